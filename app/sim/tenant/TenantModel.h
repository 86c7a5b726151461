#pragma once

#include "sim/SimHttp.h"
#include "sim/tenant/TenantState.h"

#include <QHash>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace AuthDoctor::Sim {

// The simulated tenant (scenarios.md "authdoctor.tenant"): state plus the
// responses of every endpoint the product talks to. Schema, defaults and the
// behaviour of each endpoint are documented in app/sim/tenant/README.md.
//
// The model is pure apart from two things: per host family (login, Exchange
// Online, Graph, SharePoint) it counts requests of the last 60 seconds for the
// `throttle` setting, and per client connection (SimRequest::connectionId) the
// on-premises server remembers its NTLM handshake. The clock is injectable for tests.
class TenantModel
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch (UTC)

    // "healthy-tenant" or "none"; nullopt + error for any other base name.
    static std::optional<TenantModel> fromBase(const QString &base, QString *error);

    // Apply an "authdoctor.tenant" object. jsonPath is where it sits in the file
    // (for error messages, e.g. "$.authdoctor.tenant"). Returns false with a
    // precise error ("$.authdoctor.tenant.users[0].mfa: expected one of "none", …, got "yes"")
    // and leaves the model unchanged.
    bool applyOverrides(const QJsonObject &tenant, const QString &jsonPath, QString *error);

    // Answer a request; nullopt when the model does not know the request
    // (the server then answers 404 with an empty body).
    std::optional<SimResponse> handle(const SimRequest &request);

    bool isEmptyWorld() const;

    void setClock(Clock clock);
    const Tenant::TenantState &state() const { return m_state; }

private:
    TenantModel();
    bool countAndCheckThrottle(int family, qint64 now, qint64 *retryAfterMs);
    Tenant::ConnectionState *connectionState(quint64 connectionId);

    Tenant::TenantState m_state;
    bool m_empty = true;
    QByteArray m_key; // signs the fake tokens, derives NTLM challenges
    Clock m_clock;
    QHash<int, QList<qint64>> m_requests; // family -> request times within the last minute
    // Per client connection (NTLM): the most recent connections only, oldest dropped first.
    QHash<quint64, Tenant::ConnectionState> m_connections;
    QList<quint64> m_connectionOrder;
};

} // namespace AuthDoctor::Sim
