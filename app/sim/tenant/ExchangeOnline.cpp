#include "ExchangeOnline.h"

#include "Autodiscover.h"
#include "EntraEndpoints.h"
#include "EwsSoap.h"
#include "TokenIssuer.h"

#include <QCryptographicHash>

namespace AuthDoctor::Sim::Tenant::ExchangeOnline {

namespace {

enum class Endpoint
{
    Ews,
    AutodiscoverPox,
    AutodiscoverSoap
};

QByteArray beTarget(const QString &mailbox)
{
    const QByteArray h =
        QCryptographicHash::hash(utf8(mailbox.toLower()), QCryptographicHash::Sha1).toHex().toUpper();
    return "SA1PR" + h.left(2) + "MB" + h.mid(2, 4) + ".namprd22.prod.outlook.com";
}

void addStandardHeaders(SimResponse &r)
{
    addExchangeHeaders(r, "BN9PR03CA0427");
}

QByteArray bearerChallenge(Cloud c, bool invalidToken)
{
    return exchangeBearerChallenge("*", utf8(cloudInfo(c).loginHosts.first()), invalidToken);
}

// 401 with the EXO challenges: Bearer, then `Basic Realm=""` as its own header.
SimResponse challenge(Cloud c, const QString &rule, bool invalidToken = false,
                      const QByteArray &diagnostics = {})
{
    SimResponse r = SimResponse::empty(401, rule);
    addStandardHeaders(r);
    r.addHeader("WWW-Authenticate", bearerChallenge(c, invalidToken));
    r.addHeader("WWW-Authenticate", "Basic Realm=\"\"");
    if (!diagnostics.isEmpty()) {
        r.setHeader("x-ms-diagnostics", diagnostics);
        r.setHeader("X-BackEndHttpStatus", "401");
    }
    return r;
}

struct Auth
{
    std::optional<SimResponse> failure;
    Ews::Caller caller;
    QString appId;
};

Auth basicHistorical(const Context &ctx, Cloud c, Endpoint ep, const QString &user, const QString &password)
{
    const TenantState &t = ctx.state;
    Auth a;
    const User *u = t.findUser(user);
    const bool autodiscover = ep != Endpoint::Ews;
    if (u && t.isEntraUser(*u) && u->federated) {
        SimResponse r = SimResponse::empty(503, QStringLiteral("tenant:exo-basic-federated-sts-unreachable"));
        addStandardHeaders(r);
        r.setHeader("Retry-After", "30");
        if (autodiscover)
            r.setHeader(
                "X-AutoDiscovery-Error",
                "LiveIdBasicAuth:FederatedStsUnreachable:<X-forwarded-for:203.0.113.10><FederatedSTSFailure>"
                "System.Net.WebException: Unable to connect to the remote server https://sts." +
                    utf8(u->domain()) + "/adfs/services/trust/2005/usernamemixed;");
        a.failure = r;
        return a;
    }
    const Entra::SignInResult s = Entra::checkPassword(t, user, password, kExchangeAppId);
    if (s.code == 0) {
        a.caller.user = s.user;
        a.caller.fullAccessAll = s.user->hasCloudFullAccess();
        return a;
    }
    static const QList<int> credentialsAccepted{50053, 50055, 53003, 530035, 50076, 50079};
    const bool blockedAfterPassword = credentialsAccepted.contains(s.code);
    SimResponse r = blockedAfterPassword && autodiscover
                        ? SimResponse::empty(456, QStringLiteral("tenant:exo-basic-456"))
                        : challenge(c, QStringLiteral("tenant:exo-basic-rejected"));
    if (blockedAfterPassword && autodiscover)
        addStandardHeaders(r);
    if (autodiscover)
        r.setHeader("X-AutoDiscovery-Error",
                    "LiveIdBasicAuth:AADSTS" + QByteArray::number(s.code) + ": " + utf8(s.message) + ";");
    a.failure = r;
    return a;
}

Auth authenticate(const Context &ctx, Cloud c, Endpoint ep)
{
    const TenantState &t = ctx.state;
    const SimRequest &req = ctx.request;
    Auth a;
    const QString scheme = req.authScheme();
    if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
        QString user;
        QString password;
        const bool parsed = basicCredentials(req, &user, &password);
        if (t.basicAuth && parsed && sameServiceCloud(c, t.cloud))
            return basicHistorical(ctx, c, ep, user, password);
        SimResponse r = challenge(c, QStringLiteral("tenant:exo-basic-blocked"));
        if (ep != Endpoint::Ews)
            r.setHeader(
                "X-AutoDiscovery-Error",
                "LiveIdBasicAuth:BasicAuthBlockStatus - Deny:Basic Auth Blocked. BlockBasicAuth - User "
                "blocked;<X-forwarded-for:203.0.113.10>;");
        a.failure = r;
        return a;
    }
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        a.failure = challenge(c, QStringLiteral("tenant:exo-challenge"));
        return a;
    }
    Tokens::AccessToken tok;
    switch (Tokens::readAccessToken(ctx, &tok)) {
    case Tokens::TokenProblem::None:
        break;
    case Tokens::TokenProblem::Missing:
    case Tokens::TokenProblem::Unparseable:
        a.failure = challenge(
            c, QStringLiteral("tenant:exo-2000001"), true,
            msDiagnostics(2000001, QStringLiteral("OAuth token submitted with the request cannot be parsed."),
                          "invalid_token"));
        return a;
    case Tokens::TokenProblem::Expired:
    case Tokens::TokenProblem::NotYetValid:
        a.failure = challenge(
            c, QStringLiteral("tenant:exo-token-expired"), true,
            msDiagnostics(2000001, QStringLiteral("Lifetime validation failed, the token is expired."),
                          "invalid_token"));
        return a;
    }
    QStringList auds{kExchangeAppId};
    for (const QString &h : cloudInfo(c).exoResourceHosts)
        auds << QStringLiteral("https://") + h << QStringLiteral("https://") + h + QLatin1Char('/');
    if (!auds.contains(tok.aud, Qt::CaseInsensitive)) {
        a.failure = challenge(
            c, QStringLiteral("tenant:exo-2000003"), true,
            msDiagnostics(2000003, QStringLiteral("The audience claim value is invalid '%1'.").arg(tok.aud),
                          "invalid_resource"));
        return a;
    }
    if (QUuid(tok.tid) != t.tenantId || !sameServiceCloud(c, t.cloud)) {
        a.failure = challenge(
            c, QStringLiteral("tenant:exo-issuer-not-trusted"), true,
            msDiagnostics(2000001,
                          QStringLiteral("ID4175: The issuer of the security token was not recognized by "
                                         "the IssuerNameRegistry."),
                          "invalid_token"));
        return a;
    }
    const QString noPermissions =
        QStringLiteral("The token contains no permissions, or permissions can not be "
                       "understood.");
    a.appId = tok.appId;
    if (tok.appOnly) {
        if (!tok.hasRole(QStringLiteral("full_access_as_app"))) {
            a.failure = challenge(c, QStringLiteral("tenant:exo-2000008"), true,
                                  msDiagnostics(2000008, noPermissions, "invalid_grant"));
            return a;
        }
        a.caller.appOnly = true;
        a.caller.mayImpersonate = true;
        a.caller.fullAccessAll = true;
        return a;
    }
    if (!tok.hasScope(QStringLiteral("EWS.AccessAsUser.All"))) {
        a.failure = challenge(c, QStringLiteral("tenant:exo-2000008"), true,
                              msDiagnostics(2000008, noPermissions, "invalid_grant"));
        return a;
    }
    const User *u = t.findEntraUser(tok.upn);
    if (!u && !tok.oid.isEmpty())
        u = t.findEntraUser(tok.oid);
    if (!u) {
        a.failure = challenge(
            c, QStringLiteral("tenant:exo-2000005"), true,
            msDiagnostics(
                2000005,
                QStringLiteral("The user specified by the user-context in the token does not exist."),
                "invalid_user"));
        return a;
    }
    a.caller.user = u;
    a.caller.fullAccessAll = u->hasCloudFullAccess();
    return a;
}

SimResponse ews(const Context &ctx, Cloud c)
{
    const TenantState &t = ctx.state;
    const Auth auth = authenticate(ctx, c, Endpoint::Ews);
    if (auth.failure)
        return *auth.failure;
    SimResponse r;
    if (!t.ewsEnabled) {
        r = SimResponse::empty(403, QStringLiteral("tenant:exo-ews-disabled"));
    } else if (ctx.throttled) {
        r = SimResponse::xml(
            500,
            Ews::fault(QStringLiteral("ErrorServerBusy"),
                       QStringLiteral("The server cannot service this request right now. Try again "
                                      "later."),
                       {{QStringLiteral("BackOffMilliseconds"), QString::number(ctx.retryAfterMs)}}),
            QStringLiteral("tenant:exo-server-busy"));
    } else if (ctx.request.method != "POST") {
        r = SimResponse::empty(405, QStringLiteral("tenant:exo-ews-method"));
        r.setHeader("Allow", "POST");
    } else {
        Ews::Site site;
        site.server = Ews::exchangeOnlineServer();
        const Ews::Outcome o = Ews::run(ctx, site, auth.caller, Ews::parse(ctx.request.body));
        r = SimResponse::xml(o.status, o.body, o.rule);
        if (!o.anchorMailbox.isEmpty()) {
            r.setHeader("X-CalculatedBETarget", beTarget(o.anchorMailbox));
            r.setHeader("X-BEServer", beTarget(o.anchorMailbox).left(12));
        }
    }
    addStandardHeaders(r);
    r.setHeader("X-BackEndHttpStatus", QByteArray::number(r.status));
    if (auth.caller.appOnly && !auth.appId.isEmpty())
        r.setHeader("x-ms-appId", utf8(auth.appId));
    return r;
}

SimResponse autodiscover(const Context &ctx, Cloud c, Endpoint ep)
{
    const Auth auth = authenticate(ctx, c, ep);
    if (auth.failure)
        return *auth.failure;
    const Autodiscover::Site site{true, c};
    SimResponse r;
    if (ctx.throttled && ep == Endpoint::AutodiscoverPox) {
        r = SimResponse::empty(503, QStringLiteral("tenant:exo-autodiscover-throttled"));
        r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
    } else {
        r = ep == Endpoint::AutodiscoverPox ? Autodiscover::pox(ctx, site) : Autodiscover::soap(ctx, site);
    }
    addStandardHeaders(r);
    r.setHeader("X-BackEndHttpStatus", QByteArray::number(r.status));
    return r;
}

} // namespace

std::optional<SimResponse> handle(const Context &ctx, Cloud hostCloud)
{
    const SimRequest &req = ctx.request;
    if (!req.tls) {
        SimResponse r = SimResponse::empty(301, QStringLiteral("tenant:exo-https-redirect"));
        r.setHeader("Location", "https://" + utf8(req.host) + req.target);
        return r;
    }
    const QString path = req.path().toLower();
    if (path == QLatin1String("/ews/exchange.asmx"))
        return ews(ctx, hostCloud);
    if (path == QLatin1String("/autodiscover/autodiscover.xml"))
        return autodiscover(ctx, hostCloud, Endpoint::AutodiscoverPox);
    if (path == QLatin1String("/autodiscover/autodiscover.svc"))
        return autodiscover(ctx, hostCloud, Endpoint::AutodiscoverSoap);
    if (Autodiscover::isV2Path(path) && req.method == "GET") {
        SimResponse r;
        if (ctx.throttled) {
            r = SimResponse::empty(503, QStringLiteral("tenant:exo-autodiscover-throttled"));
            r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
        } else {
            r = Autodiscover::v2(ctx, Autodiscover::Site{true, hostCloud});
        }
        addStandardHeaders(r);
        return r;
    }
    return std::nullopt;
}

std::optional<SimResponse> httpRedirect(const Context &ctx)
{
    const SimRequest &req = ctx.request;
    const QString path = req.path().toLower();
    if (req.method != "GET" || (path != QLatin1String("/autodiscover/autodiscover.xml") &&
                                path != QLatin1String("/autodiscover/autodiscover.svc")))
        return std::nullopt;
    SimResponse r = SimResponse::empty(302, QStringLiteral("tenant:autodiscover-http-redirect"));
    r.setHeader("Location", "https://" + utf8(cloudInfo(ctx.state.cloud).autodiscoverHost) +
                                "/autodiscover/autodiscover.xml");
    r.setHeader("Server", "Microsoft-IIS/10.0");
    return r;
}

} // namespace AuthDoctor::Sim::Tenant::ExchangeOnline
