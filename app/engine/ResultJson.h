#pragma once

#include "Diagnosis.h"

#include <QJsonObject>

namespace AuthDoctor::Engine {

// The cli.md "diagnose --json" document (schema authdoctor.diagnosis/1), texts rendered in the
// current language. No secret can reach it: Inputs::toJson drops them, evidence is redacted.
QJsonObject resultToJson(const Result &result);

} // namespace AuthDoctor::Engine
