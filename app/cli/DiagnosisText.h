#pragma once

#include "engine/Diagnosis.h"

#include <QString>

namespace AuthDoctor::Cli {

// The human output of `diagnose` (stdout without --json): the primary cause with its steps, the
// other findings, what was ruled out, open questions, and one line per check.
QString diagnosisToText(const Engine::Result &result);

} // namespace AuthDoctor::Cli
