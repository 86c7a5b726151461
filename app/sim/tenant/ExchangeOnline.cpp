#include "ExchangeOnline.h"

#include "Autodiscover.h"
#include "EntraEndpoints.h"
#include "EwsSoap.h"
#include "TokenIssuer.h"

#include <QCryptographicHash>
#include <QDateTime>

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

// The mailbox server the front end chose (X-CalculatedBETarget, X-BEServer, X-DiagInfo):
// the one of the mailbox the request ended in, else of X-AnchorMailbox, else of the host.
void addBackEndHeaders(SimResponse &r, const QString &mailbox)
{
    const QByteArray target = beTarget(mailbox);
    const QByteArray server = target.left(target.indexOf('.'));
    r.setHeader("X-CalculatedBETarget", target);
    r.setHeader("X-BEServer", server);
    r.setHeader("X-DiagInfo", server);
}

QString anchorOf(const Context &ctx)
{
    const QByteArray anchor = ctx.request.header("X-AnchorMailbox").trimmed();
    return anchor.isEmpty() ? ctx.request.host : QString::fromUtf8(anchor);
}

// EXO sends its challenges in ONE WWW-Authenticate line, Bearer first, then Basic
// (facts §9.3: `Bearer client_id="…", …, authorization_uri="…"[, error="invalid_token"],Basic Realm=""`).
QByteArray challengeLine(Cloud c, bool invalidToken)
{
    return exchangeBearerChallenge("*", utf8(cloudInfo(c).loginHosts.first()), invalidToken) +
           ",Basic Realm=\"\"";
}

// 401 with the EXO challenge line; with diagnostics also x-ms-diagnostics and X-BackEndHttpStatus.
SimResponse challenge(const Context &ctx, Cloud c, const QString &rule, bool invalidToken = false,
                      const QByteArray &diagnostics = {})
{
    SimResponse r = SimResponse::empty(401, rule);
    addStandardHeaders(r);
    r.addHeader("WWW-Authenticate", challengeLine(c, invalidToken));
    addBackEndHeaders(r, anchorOf(ctx));
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
    if (u && t.isFederated(*u)) {
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
    const Entra::SignInResult s =
        Entra::checkPassword(t, user, password, kExchangeAppId, Entra::SignInFlow::Legacy);
    if (s.code == 0) {
        a.caller.user = s.user;
        a.caller.fullAccessAll = s.user->hasFullAccess();
        return a;
    }
    static const QList<int> credentialsAccepted{50053, 50055, 53003, 530035, 50076, 50079};
    const bool blockedAfterPassword = credentialsAccepted.contains(s.code);
    SimResponse r = blockedAfterPassword && autodiscover
                        ? SimResponse::empty(456, QStringLiteral("tenant:exo-basic-456"))
                        : challenge(ctx, c, QStringLiteral("tenant:exo-basic-rejected"));
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
        SimResponse r = challenge(ctx, c, QStringLiteral("tenant:exo-basic-blocked"));
        if (ep != Endpoint::Ews)
            r.setHeader(
                "X-AutoDiscovery-Error",
                "LiveIdBasicAuth:BasicAuthBlockStatus - Deny:Basic Auth Blocked. BlockBasicAuth - User "
                "blocked;<X-forwarded-for:203.0.113.10>;");
        a.failure = r;
        return a;
    }
    if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        a.failure = challenge(ctx, c, QStringLiteral("tenant:exo-challenge"));
        return a;
    }
    Tokens::AccessToken tok;
    switch (Tokens::readAccessToken(ctx, &tok)) {
    case Tokens::TokenProblem::None:
        break;
    case Tokens::TokenProblem::Missing:
    case Tokens::TokenProblem::Unparseable:
        a.failure = challenge(
            ctx, c, QStringLiteral("tenant:exo-2000001"), true,
            msDiagnostics(2000001, QStringLiteral("OAuth token submitted with the request cannot be parsed."),
                          "invalid_token"));
        return a;
    case Tokens::TokenProblem::Expired:
    case Tokens::TokenProblem::NotYetValid:
        a.failure = challenge(
            ctx, c, QStringLiteral("tenant:exo-token-expired"), true,
            msDiagnostics(2000001, QStringLiteral("Lifetime validation failed, the token is expired."),
                          "invalid_token"));
        return a;
    }
    QStringList auds{kExchangeAppId};
    for (const QString &h : cloudInfo(c).exoResourceHosts)
        auds << QStringLiteral("https://") + h << QStringLiteral("https://") + h + QLatin1Char('/');
    if (!auds.contains(tok.aud, Qt::CaseInsensitive)) {
        a.failure =
            challenge(ctx, c, QStringLiteral("tenant:exo-2000003"), true,
                      // The 'aud' is literal text, not the token's audience (facts §9.4).
                      msDiagnostics(2000003, QStringLiteral("The audience claim value is invalid 'aud'."),
                                    "invalid_resource"));
        return a;
    }
    if (QUuid(tok.tid) != t.tenantId || !sameServiceCloud(c, t.cloud)) {
        a.failure = challenge(
            ctx, c, QStringLiteral("tenant:exo-issuer-not-trusted"), true,
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
            a.failure = challenge(ctx, c, QStringLiteral("tenant:exo-2000008"), true,
                                  msDiagnostics(2000008, noPermissions, "invalid_grant"));
            return a;
        }
        a.caller.appOnly = true;
        a.caller.mayImpersonate = true;
        a.caller.fullAccessAll = true;
        return a;
    }
    if (!tok.hasScope(QStringLiteral("EWS.AccessAsUser.All"))) {
        a.failure = challenge(ctx, c, QStringLiteral("tenant:exo-2000008"), true,
                              msDiagnostics(2000008, noPermissions, "invalid_grant"));
        return a;
    }
    const User *u = t.findEntraUser(tok.upn);
    if (!u && !tok.oid.isEmpty())
        u = t.findEntraUser(tok.oid);
    if (!u) {
        a.failure = challenge(
            ctx, c, QStringLiteral("tenant:exo-2000005"), true,
            msDiagnostics(
                2000005,
                QStringLiteral("The user specified by the user-context in the token does not exist."),
                "invalid_user"));
        return a;
    }
    a.caller.user = u;
    a.caller.fullAccessAll = u->hasFullAccess();
    return a;
}

// ---- EWS retirement in Exchange Online (facts §5.4, §9.6; scenarios.md) ----

qint64 utcMs(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The cloud mailboxes an EWS request opens: the impersonated one, or each folder's
// mailbox (the caller's own when a folder names none).
QList<const User *> openedMailboxes(const Context &ctx, const Ews::Caller &caller, const Ews::Request &req)
{
    const TenantState &t = ctx.state;
    QList<const User *> out;
    const auto add = [&out](const User *u) {
        if (u && !out.contains(u))
            out << u;
    };
    const auto byAddress = [&](const QString &address) {
        const User *u = t.findUser(address);
        add(u && t.isEntraUser(*u) ? u : nullptr);
    };
    if (req.impersonation) {
        byAddress(req.impersonatedAddress());
        return out;
    }
    for (const Ews::FolderRef &f : req.folders) {
        QString mailbox = f.mailbox;
        QString distinguished;
        if (!f.folderId.isEmpty())
            Ews::decodeFolderId(f.folderId, &mailbox, &distinguished);
        if (mailbox.isEmpty())
            add(caller.user);
        else
            byAddress(mailbox);
    }
    if (out.isEmpty())
        add(caller.user);
    return out;
}

// Why EWS refuses this request (a rule name), or "" when it may go on. Checked in this
// order: the app allow list, the organisation switch (an explicit `true` on every opened
// mailbox overrides an organisation that is off), the mailbox switch, the Kiosk/F3 licence.
QString ewsRefusal(const Context &ctx, const QString &appId, const QList<const User *> &mailboxes)
{
    const TenantState &t = ctx.state;
    static const qint64 kOrgDefaultOff = utcMs(2026, 10, 1);
    static const qint64 kKioskBlocked = utcMs(2026, 7, 1);
    if (t.ewsAllowedAppIds && !t.ewsAllowedAppIds->contains(appId.toLower()))
        return QStringLiteral("tenant:exo-ews-app-not-allowed");
    const bool orgOn = t.ewsEnabled.value_or(ctx.nowMs < kOrgDefaultOff);
    bool allOverridden = !mailboxes.isEmpty();
    for (const User *u : mailboxes)
        allOverridden = allOverridden && u->ewsEnabled.value_or(false);
    if (!orgOn && !allOverridden)
        return t.ewsEnabled.has_value() ? QStringLiteral("tenant:exo-ews-disabled")
                                        : QStringLiteral("tenant:exo-ews-not-set");
    for (const User *u : mailboxes) {
        if (!u->ewsEnabled.value_or(true))
            return QStringLiteral("tenant:exo-ews-mailbox-disabled");
        if (u->isKioskOnly() && ctx.nowMs >= kKioskBlocked)
            return QStringLiteral("tenant:exo-ews-kiosk-licence");
    }
    return {};
}

SimResponse ews(const Context &ctx, Cloud c)
{
    const Auth auth = authenticate(ctx, c, Endpoint::Ews);
    if (auth.failure)
        return *auth.failure;
    const Ews::Request request = Ews::parse(ctx.request.body);
    SimResponse r;
    // A policy refusal is 403 with an empty body: its real shape is UNVERIFIED (facts §5.4).
    if (const QString refusal = ewsRefusal(ctx, auth.appId, openedMailboxes(ctx, auth.caller, request));
        !refusal.isEmpty()) {
        r = SimResponse::empty(403, refusal);
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
        const Ews::Outcome o = Ews::run(ctx, site, auth.caller, request);
        r = SimResponse::xml(o.status, o.body, o.rule);
        if (!o.anchorMailbox.isEmpty())
            addBackEndHeaders(r, o.anchorMailbox);
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
