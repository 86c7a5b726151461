#include "OnPremExchange.h"

#include "Autodiscover.h"
#include "EwsSoap.h"
#include "Ntlm.h"
#include "TokenIssuer.h"

#include <QRandomGenerator>
#include <QUrl>

namespace AuthDoctor::Sim::Tenant::OnPremExchange {

namespace {

const QByteArray kUnauthorizedPage =
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
    "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\r\n<html "
    "xmlns=\"http://www.w3.org/1999/xhtml\">\r\n"
    "<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"/>\r\n"
    "<title>401 - Unauthorized: Access is denied due to invalid credentials.</title>\r\n</head>\r\n<body>\r\n"
    "<div id=\"header\"><h1>Server Error</h1></div>\r\n<div id=\"content\">\r\n <div "
    "class=\"content-container\">"
    "<fieldset>\r\n  <h2>401 - Unauthorized: Access is denied due to invalid credentials.</h2>\r\n  <h3>You "
    "do not "
    "have permission to view this directory or page using the credentials that you supplied.</h3>\r\n "
    "</fieldset>"
    "</div>\r\n</div>\r\n</body>\r\n</html>\r\n";

const QByteArray kLockedOutPage = "<html><head><title>Logon failure</title></head><body><h2>401 - "
                                  "Unauthorized: Access is denied due to invalid "
                                  "credentials.</h2><p>Logon failure: The referenced account is currently "
                                  "locked out and may not be logged on "
                                  "to.</p></body></html>\r\n";

enum class Endpoint
{
    Ews,
    AutodiscoverPox,
    AutodiscoverSoap
};

void addStandardHeaders(const Context &ctx, SimResponse &r)
{
    const OnPrem &op = *ctx.state.onPrem;
    addExchangeHeaders(r, utf8(op.serverName()));
    r.setHeader("X-OWA-Version", utf8(op.version));
}

QByteArray bearerChallenge(const Context &ctx, bool invalidToken)
{
    return exchangeBearerChallenge(utf8(ctx.state.tenantId.toString(QUuid::WithoutBraces)),
                                   "login.windows.net", invalidToken);
}

// 401 with one WWW-Authenticate header per configured method, in the configured order.
SimResponse challenge(const Context &ctx, const QString &rule, const QByteArray &body = kUnauthorizedPage,
                      const QByteArray &diagnostics = {})
{
    const OnPrem &op = *ctx.state.onPrem;
    SimResponse r = SimResponse::empty(401, rule);
    addStandardHeaders(ctx, r);
    for (const QString &m : op.authMethods) {
        if (m == QLatin1String("Negotiate"))
            r.addHeader("WWW-Authenticate", "Negotiate");
        else if (m == QLatin1String("NTLM"))
            r.addHeader("WWW-Authenticate", "NTLM");
        else if (m == QLatin1String("Basic"))
            r.addHeader("WWW-Authenticate", "Basic realm=\"" + utf8(op.host) + "\"");
        else if (m == QLatin1String("OAuth"))
            r.addHeader("WWW-Authenticate", bearerChallenge(ctx, !diagnostics.isEmpty()));
    }
    if (!diagnostics.isEmpty())
        r.setHeader("x-ms-diagnostics", diagnostics);
    r.body = body;
    r.setHeader("Content-Type", "text/html");
    return r;
}

struct Auth
{
    std::optional<SimResponse> failure;
    Ews::Caller caller;
    QByteArray finalNegotiate; // SPNEGO accept-completed token to return with the answer
};

Ews::Caller callerFor(const User *u)
{
    Ews::Caller c;
    c.user = u;
    c.mayImpersonate = u->mayImpersonateOnPrem();
    c.fullAccessAll = u->hasFullAccess();
    return c;
}

// Why a correctly verified logon still fails (Windows logon rules), or "" when it succeeds.
QString accountProblem(const User *u)
{
    if (u->locked)
        return QStringLiteral("locked");
    if (!u->enabled)
        return QStringLiteral("disabled");
    if (u->passwordExpired)
        return QStringLiteral("expired");
    return {};
}

Auth basic(const Context &ctx)
{
    Auth a;
    QString user;
    QString password;
    if (!basicCredentials(ctx.request, &user, &password)) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-basic-malformed"));
        return a;
    }
    QString domain;
    const qsizetype slash = user.indexOf(QLatin1Char('\\'));
    if (slash >= 0) {
        domain = user.left(slash);
        user = user.mid(slash + 1);
    }
    const User *u = ctx.state.findOnPremAccount(user, domain);
    if (u && u->locked) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-account-locked"), kLockedOutPage);
        return a;
    }
    if (!u || u->password != password || !accountProblem(u).isEmpty()) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-basic-rejected"));
        return a;
    }
    a.caller = callerFor(u);
    return a;
}

Auth ntlm(const Context &ctx, const QString &scheme)
{
    const TenantState &t = ctx.state;
    const OnPrem &op = *t.onPrem;
    Auth a;
    const QByteArray value = ctx.request.header("Authorization").trimmed();
    const QByteArray token = QByteArray::fromBase64(value.mid(value.indexOf(' ') + 1).trimmed());
    const bool negotiate = scheme.compare(QLatin1String("Negotiate"), Qt::CaseInsensitive) == 0;
    QByteArray message = token;
    bool spnego = false;
    if (Ntlm::messageType(token) == 0 && negotiate) {
        message = Ntlm::ntlmFromSpnego(token);
        spnego = true;
    }
    const QByteArray schemeName = negotiate ? "Negotiate" : "NTLM";
    const int type = Ntlm::messageType(message);
    // NTLM authenticates the TCP connection: the Type-3 must answer the Type-2 sent on the
    // same connection (facts §9.9). Any new handshake replaces what the connection had.
    ConnectionState *conn = ctx.connection;
    const bool hasPending = conn && conn->ntlmChallenge.has_value();
    const quint64 pending = hasPending ? *conn->ntlmChallenge : 0;
    if (conn)
        conn->ntlmChallenge.reset();
    if (type == 1) {
        const quint64 filetime = Ntlm::filetimeFromMs(ctx.nowMs) + QRandomGenerator::global()->bounded(10000);
        if (conn)
            conn->ntlmChallenge = filetime;
        const Ntlm::ServerInfo info{op.netbiosDomain(), op.serverName(), op.domain(),
                                    op.serverName() + QLatin1Char('.') + op.domain()};
        const QByteArray type2 = Ntlm::challengeMessage(Ntlm::negotiateFlags(message), info, filetime,
                                                        Ntlm::deriveChallenge(ctx.key, filetime, op.host));
        SimResponse r = SimResponse::empty(401, QStringLiteral("tenant:onprem-ntlm-challenge"));
        addStandardHeaders(ctx, r);
        r.addHeader("WWW-Authenticate",
                    schemeName + ' ' + (spnego ? Ntlm::spnegoChallenge(type2) : type2).toBase64());
        r.body = kUnauthorizedPage;
        r.setHeader("Content-Type", "text/html");
        a.failure = r;
        return a;
    }
    if (type != 3) {
        // Kerberos (no KDC in the simulated world) or garbage: start over.
        a.failure = challenge(ctx, negotiate && !token.isEmpty()
                                       ? QStringLiteral("tenant:onprem-kerberos-unsupported")
                                       : QStringLiteral("tenant:onprem-ntlm-invalid"));
        return a;
    }
    const Ntlm::Authenticate msg = Ntlm::parseAuthenticate(message);
    const Ntlm::Blob blob = Ntlm::parseBlob(msg.ntResponse);
    if (!msg.valid || !blob.v2) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-ntlm-rejected"));
        return a;
    }
    const quint64 filetime = blob.avTimestamp.value_or(blob.timestamp);
    if (conn && (!hasPending || pending != filetime)) {
        // No Type-2 of this connection to answer (the Type-1 went over another one).
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-ntlm-other-connection"));
        return a;
    }
    const QByteArray serverChallenge = Ntlm::deriveChallenge(ctx.key, filetime, op.host);
    const User *u = t.findOnPremAccount(msg.user, msg.domain);
    if (u && u->locked) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-account-locked"), kLockedOutPage);
        return a;
    }
    if (!u || !Ntlm::verifyV2(msg, u->password, serverChallenge) || !accountProblem(u).isEmpty()) {
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-ntlm-rejected"));
        return a;
    }
    if (op.extendedProtection && !blob.hasChannelBindings) {
        // Extended Protection "Require": the handshake completed, but without a
        // channel binding token IIS refuses it and starts over (the 401 loop).
        a.failure = challenge(ctx, QStringLiteral("tenant:onprem-extended-protection"));
        return a;
    }
    a.caller = callerFor(u);
    if (conn)
        conn->authenticatedUpn = u->upn;
    if (spnego)
        a.finalNegotiate = "Negotiate " + Ntlm::spnegoAccepted().toBase64();
    return a;
}

Auth oauth(const Context &ctx)
{
    const TenantState &t = ctx.state;
    Auth a;
    Tokens::AccessToken tok;
    const Tokens::TokenProblem p = Tokens::readAccessToken(ctx, &tok);
    if (p != Tokens::TokenProblem::None) {
        a.failure = challenge(
            ctx, QStringLiteral("tenant:onprem-oauth-invalid-token"), kUnauthorizedPage,
            msDiagnostics(2000001, QStringLiteral("OAuth token submitted with the request cannot be parsed."),
                          "invalid_token"));
        return a;
    }
    const QString expected = QStringLiteral("https://") + t.onPrem->host;
    if (tok.aud.compare(expected, Qt::CaseInsensitive) != 0 && tok.aud != kExchangeAppId) {
        a.failure = challenge(
            ctx, QStringLiteral("tenant:onprem-oauth-2000003"), kUnauthorizedPage,
            msDiagnostics(2000003,
                          QStringLiteral("The hostname component of the audience claim value is invalid. "
                                         "Expected '%1'. Actual '%2'.")
                              .arg(expected, tok.aud),
                          "invalid_resource"));
        return a;
    }
    if (tok.appOnly) {
        if (!tok.hasRole(QStringLiteral("full_access_as_app"))) {
            a.failure = challenge(
                ctx, QStringLiteral("tenant:onprem-oauth-2000008"), kUnauthorizedPage,
                msDiagnostics(2000008,
                              QStringLiteral("The token contains no permissions, or permissions can not be "
                                             "understood."),
                              "invalid_grant"));
            return a;
        }
        a.caller.appOnly = true;
        a.caller.mayImpersonate = true;
        a.caller.fullAccessAll = true;
        return a;
    }
    const User *u = t.findUser(tok.upn);
    if (!u || !t.isOnPremAccount(*u)) {
        a.failure = challenge(
            ctx, QStringLiteral("tenant:onprem-oauth-2000005"), kUnauthorizedPage,
            msDiagnostics(
                2000005,
                QStringLiteral("The user specified by the user-context in the token does not exist."),
                "invalid_user"));
        return a;
    }
    a.caller = callerFor(u);
    return a;
}

Auth authenticate(const Context &ctx)
{
    const OnPrem &op = *ctx.state.onPrem;
    const QString scheme = ctx.request.authScheme();
    Auth a;
    ConnectionState *conn = ctx.connection;
    if (scheme.isEmpty() && conn && !conn->authenticatedUpn.isEmpty()) {
        // IIS keeps an NTLM-authenticated connection authenticated (AuthPersistence):
        // later requests on it need no Authorization header.
        const User *u = ctx.state.findOnPremAccount(conn->authenticatedUpn, QString());
        if (u && accountProblem(u).isEmpty()) {
            a.caller = callerFor(u);
            return a;
        }
        conn->authenticatedUpn.clear();
    }
    if (conn && !scheme.isEmpty())
        conn->authenticatedUpn.clear(); // a new Authorization header authenticates afresh
    if (!scheme.isEmpty()) {
        if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0 &&
            op.offers(QStringLiteral("Basic")))
            return basic(ctx);
        if ((scheme.compare(QLatin1String("NTLM"), Qt::CaseInsensitive) == 0 &&
             op.offers(QStringLiteral("NTLM"))) ||
            (scheme.compare(QLatin1String("Negotiate"), Qt::CaseInsensitive) == 0 &&
             op.offers(QStringLiteral("Negotiate"))))
            return ntlm(ctx, scheme);
        if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0 &&
            op.offers(QStringLiteral("OAuth")))
            return oauth(ctx);
    }
    a.failure = challenge(ctx, scheme.isEmpty() ? QStringLiteral("tenant:onprem-challenge")
                                                : QStringLiteral("tenant:onprem-scheme-not-offered"));
    return a;
}

SimResponse authenticated(const Context &ctx, Endpoint ep)
{
    const TenantState &t = ctx.state;
    const Auth auth = authenticate(ctx);
    if (auth.failure)
        return *auth.failure;
    SimResponse r;
    if (ep == Endpoint::Ews) {
        if (ctx.request.method != "POST") {
            r = SimResponse::empty(405, QStringLiteral("tenant:onprem-ews-method"));
            r.setHeader("Allow", "POST");
        } else {
            Ews::Site site;
            site.cloud = false;
            site.server = Ews::onPremServer(t.onPrem->version);
            site.databaseOnline = t.onPrem->databaseOnline;
            const Ews::Outcome o = Ews::run(ctx, site, auth.caller, Ews::parse(ctx.request.body));
            r = SimResponse::xml(o.status, o.body, o.rule);
        }
    } else {
        const Autodiscover::Site site{false, t.cloud};
        r = ep == Endpoint::AutodiscoverPox ? Autodiscover::pox(ctx, site) : Autodiscover::soap(ctx, site);
    }
    addStandardHeaders(ctx, r);
    r.setHeader("X-CalculatedBETarget",
                utf8(t.onPrem->serverName().toLower() + QLatin1Char('.') + t.onPrem->domain()));
    r.setHeader("X-BackEndHttpStatus", QByteArray::number(r.status));
    if (!auth.finalNegotiate.isEmpty())
        r.addHeader("WWW-Authenticate", auth.finalNegotiate);
    if (ctx.request.authScheme().compare(QLatin1String("Basic"), Qt::CaseInsensitive) != 0 &&
        ctx.request.authScheme().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        r.setHeader("Persistent-Auth", "true");
    return r;
}

SimResponse redirect(const Context &ctx, const QByteArray &location, const QString &rule)
{
    SimResponse r = SimResponse::empty(302, rule);
    addStandardHeaders(ctx, r);
    r.setHeader("Location", location);
    return r;
}

} // namespace

std::optional<SimResponse> handle(const Context &ctx)
{
    const TenantState &t = ctx.state;
    const SimRequest &req = ctx.request;
    const OnPrem &op = *t.onPrem;
    const QString path = req.path().toLower();
    const QByteArray https = "https://" + utf8(op.host);
    if (!req.tls) {
        if (req.method == "GET" && (path == QLatin1String("/autodiscover/autodiscover.xml") ||
                                    path == QLatin1String("/autodiscover/autodiscover.svc")))
            return redirect(ctx, https + "/autodiscover/autodiscover.xml",
                            QStringLiteral("tenant:autodiscover-http-redirect"));
        SimResponse r = SimResponse::empty(403, QStringLiteral("tenant:onprem-ssl-required"));
        addStandardHeaders(ctx, r);
        r.body = "<html><head><title>403 - Forbidden: Access is denied.</title></head><body><h2>403.4 - SSL "
                 "required.</h2></body></html>\r\n";
        r.setHeader("Content-Type", "text/html");
        return r;
    }
    if (path == QLatin1String("/ews/exchange.asmx"))
        return authenticated(ctx, Endpoint::Ews);
    if (path == QLatin1String("/autodiscover/autodiscover.xml"))
        return authenticated(ctx, Endpoint::AutodiscoverPox);
    if (path == QLatin1String("/autodiscover/autodiscover.svc"))
        return authenticated(ctx, Endpoint::AutodiscoverSoap);
    if (Autodiscover::isV2Path(path) && req.method == "GET") {
        SimResponse r = Autodiscover::v2(ctx, Autodiscover::Site{false, t.cloud});
        addStandardHeaders(ctx, r);
        return r;
    }
    if (path == QLatin1String("/") || path == QLatin1String("/owa") || path == QLatin1String("/owa/")) {
        if (path == QLatin1String("/"))
            return redirect(ctx, https + "/owa/", QStringLiteral("tenant:onprem-owa-redirect"));
        return redirect(ctx,
                        https + "/owa/auth/logon.aspx?url=" +
                            QUrl::toPercentEncoding(QString::fromUtf8(https + "/owa/")) + "&reason=0",
                        QStringLiteral("tenant:onprem-owa-redirect"));
    }
    if (path == QLatin1String("/owa/auth/logon.aspx")) {
        SimResponse r = SimResponse::empty(200, QStringLiteral("tenant:onprem-owa-logon"));
        addStandardHeaders(ctx, r);
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.body =
            "<!DOCTYPE html><html><head><title>Outlook</title></head><body><form action=\"/owa/auth.owa\" "
            "method=\"POST\" name=\"logonForm\"><input id=\"username\" name=\"username\" type=\"text\"/>"
            "<input id=\"password\" name=\"password\" type=\"password\"/></form></body></html>";
        return r;
    }
    return std::nullopt;
}

} // namespace AuthDoctor::Sim::Tenant::OnPremExchange
