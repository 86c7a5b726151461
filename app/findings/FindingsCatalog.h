#pragma once

#include "Finding.h"

#include <optional>

namespace AuthDoctor {

// The findings catalog: every id of findings.md with its resolution texts.
// Texts are translated (QCoreApplication::translate) at the time of the call,
// so call again after a language change.
namespace FindingsCatalog {
QList<Finding> all();
std::optional<Finding> find(QStringView id);
QStringList ids(); // in catalog order
bool contains(QStringView id);
} // namespace FindingsCatalog

} // namespace AuthDoctor
