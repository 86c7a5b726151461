#include "TenantModel.h"

#include "Clouds.h"
#include "EntraEndpoints.h"
#include "ExchangeOnline.h"
#include "GraphEndpoints.h"
#include "OnPremExchange.h"
#include "SharePointEndpoints.h"
#include "TenantOverrides.h"
#include "Wire.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace AuthDoctor::Sim {

namespace {

enum Family
{
    None,
    Login,
    Exchange,
    Graph,
    SharePoint,
    OnPremises,
    TenantDomainHttp
};

constexpr qint64 kWindowMs = 60000;
constexpr qsizetype kMaxConnections = 1024; // connections whose NTLM state is kept

struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(TenantModel)
};

} // namespace

TenantModel::TenantModel() : m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_key.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_key.data()), 8);
}

std::optional<TenantModel> TenantModel::fromBase(const QString &base, QString *error)
{
    if (base == QLatin1String("none") || base == QLatin1String("healthy-tenant")) {
        TenantModel m;
        m.m_empty = base == QLatin1String("none");
        m.m_state = Tenant::TenantState::healthy();
        return m;
    }
    if (error)
        *error = Msg::tr("unknown base \"%1\" (expected \"healthy-tenant\" or \"none\")").arg(base);
    return std::nullopt;
}

bool TenantModel::applyOverrides(const QJsonObject &tenant, const QString &jsonPath, QString *error)
{
    return Tenant::applyOverrides(m_state, tenant, jsonPath, error);
}

bool TenantModel::isEmptyWorld() const
{
    return m_empty;
}

void TenantModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

bool TenantModel::countAndCheckThrottle(int family, qint64 now, qint64 *retryAfterMs)
{
    if (m_state.throttle <= 0)
        return false; // nothing to count
    // The times stay sorted (a clock that went back drops the later ones), so the window is
    // kept by trimming its ends: constant work per request, however many requests it holds.
    QList<qint64> &times = m_requests[family];
    while (!times.isEmpty() && times.last() > now)
        times.removeLast();
    while (!times.isEmpty() && times.first() <= now - kWindowMs)
        times.removeFirst();
    times.append(now);
    if (times.size() <= m_state.throttle)
        return false;
    *retryAfterMs = qMax<qint64>(1, times.first() + kWindowMs - now);
    return true;
}

Tenant::ConnectionState *TenantModel::connectionState(quint64 connectionId)
{
    if (!m_connections.contains(connectionId)) {
        m_connectionOrder.append(connectionId);
        while (m_connectionOrder.size() > kMaxConnections)
            m_connections.remove(m_connectionOrder.takeFirst());
    }
    return &m_connections[connectionId];
}

std::optional<SimResponse> TenantModel::handle(const SimRequest &request)
{
    using namespace Tenant;
    if (m_empty)
        return std::nullopt;
    const QString host = request.host.toLower();
    const TenantState &t = m_state;

    Family family = None;
    std::optional<Instance> loginInstance = loginInstanceOfHost(host);
    if (loginInstance)
        family = Login;
    else if (exoCloudOfHost(host))
        family = Exchange;
    else if (graphCloudOfHost(host))
        family = Graph;
    else if (SharePointEndpoints::isSharePointHost(host))
        family = SharePoint;
    else if (t.onPrem && (host == t.onPrem->host || host == t.onPrem->autodiscoverHost()))
        family = OnPremises;
    else if (!request.tls && host.startsWith(QLatin1String("autodiscover.")) &&
             t.isTenantDomain(host.mid(int(qstrlen("autodiscover.")))))
        family = TenantDomainHttp;
    if (family == None)
        return std::nullopt;

    // Microsoft's cloud hosts send plain-http requests to https before reading them,
    // so nothing sent over http (a password in a token request) is ever accepted.
    if (!request.tls && (family == Login || family == Graph || family == SharePoint)) {
        SimResponse r = SimResponse::empty(301, QStringLiteral("tenant:https-redirect"));
        r.setHeader("Location", "https://" + request.host.toUtf8() + request.target);
        return r;
    }

    const qint64 now = m_clock();
    Context ctx{t, request, now, m_key};
    if (family == Login || family == Exchange || family == Graph || family == SharePoint)
        ctx.throttled = countAndCheckThrottle(family, now, &ctx.retryAfterMs);

    std::optional<SimResponse> r;
    int latency = t.latencyMs;
    switch (family) {
    case Login:
        r = Entra::handle(ctx, *loginInstance);
        break;
    case Exchange:
        r = ExchangeOnline::handle(ctx, *exoCloudOfHost(host));
        break;
    case Graph:
        r = GraphEndpoints::handle(ctx, *graphCloudOfHost(host));
        break;
    case SharePoint:
        r = SharePointEndpoints::handle(ctx);
        break;
    case OnPremises:
        ctx.connection = connectionState(request.connectionId);
        r = OnPremExchange::handle(ctx);
        latency = t.onPrem->latencyMs;
        break;
    case TenantDomainHttp:
        r = ExchangeOnline::httpRedirect(ctx);
        break;
    case None:
        break;
    }
    if (!r)
        return std::nullopt;
    r->delayMs += latency;
    qCDebug(lcSim) << "tenant model:" << request.method << request.url() << "->" << r->status << r->rule;
    return r;
}

} // namespace AuthDoctor::Sim
