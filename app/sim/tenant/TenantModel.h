#pragma once

#include "sim/SimHttp.h"

#include <QJsonObject>
#include <optional>

namespace AuthDoctor::Sim {

// The simulated tenant (scenarios.md "authdoctor.tenant"): state plus the
// responses of every endpoint the product talks to. Schema and defaults are
// documented in app/sim/TENANT.md.
class TenantModel
{
public:
    // "healthy-tenant" or "none"; nullopt + error for any other base name.
    static std::optional<TenantModel> fromBase(const QString &base, QString *error);

    // Apply an "authdoctor.tenant" object. jsonPath is where it sits in the file
    // (for error messages, e.g. "$.authdoctor.tenant"). Returns false with a
    // precise error ("$.authdoctor.tenant.users[0].mfa: expected one of none, enforced, …").
    bool applyOverrides(const QJsonObject &tenant, const QString &jsonPath, QString *error);

    // Answer a request; nullopt when the model does not know the request
    // (the server then answers 404 with an empty body).
    std::optional<SimResponse> handle(const SimRequest &request);

    bool isEmptyWorld() const;

private:
    TenantModel() = default;
    bool m_empty = true;
};

} // namespace AuthDoctor::Sim
