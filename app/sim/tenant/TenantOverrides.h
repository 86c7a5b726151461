#pragma once

#include "TenantState.h"

#include <QJsonObject>

namespace AuthDoctor::Sim::Tenant {

// Applies an "authdoctor.tenant" object to `state` (README.md "Schema").
// On error returns false, leaves `state` untouched and sets `error` to
// "<json path>: <what was expected>, got <value>" (secret values are never quoted).
// `nowMs` resolves relative "created" values only when they are read, so it is not needed here.
bool applyOverrides(TenantState &state, const QJsonObject &tenant, const QString &jsonPath, QString *error);

} // namespace AuthDoctor::Sim::Tenant
