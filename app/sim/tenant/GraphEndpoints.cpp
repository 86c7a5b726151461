#include "GraphEndpoints.h"

#include "TokenIssuer.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace AuthDoctor::Sim::Tenant::GraphEndpoints {

namespace {

struct Call
{
    const Context &ctx;
    Cloud cloud;
    QString requestId;
    QString version; // "v1.0" or "beta"
};

SimResponse withHeaders(const Call &c, SimResponse r)
{
    const QByteArray clientRequestId = c.ctx.request.header("client-request-id");
    r.setHeader("Cache-Control", "no-cache");
    r.setHeader("Strict-Transport-Security", "max-age=31536000");
    r.setHeader("request-id", utf8(c.requestId));
    r.setHeader("client-request-id", clientRequestId.isEmpty() ? utf8(c.requestId) : clientRequestId);
    r.setHeader(
        "x-ms-ags-diagnostic",
        "{\"ServerInfo\":{\"DataCenter\":\"West US 2\",\"Slice\":\"E\",\"Ring\":\"1\",\"ScaleUnit\":\"002\","
        "\"RoleInstance\":\"MWH0EPF00057B1F\"}}");
    return r;
}

SimResponse graphError(const Call &c, int status, const QString &code, const QString &message,
                       const QString &rule)
{
    const QByteArray clientRequestId = c.ctx.request.header("client-request-id");
    const QByteArray inner =
        orderedJson({{QStringLiteral("date"), isoTime(c.ctx.nowMs).chopped(1)},
                     {QStringLiteral("request-id"), c.requestId},
                     {QStringLiteral("client-request-id"),
                      clientRequestId.isEmpty() ? c.requestId : QString::fromLatin1(clientRequestId)}});
    QByteArray body = orderedJson({{QStringLiteral("code"), code},
                                   {QStringLiteral("message"), message},
                                   {QStringLiteral("innerError"), QStringLiteral("@I@")}});
    body.replace("\"@I@\"", inner);
    return withHeaders(c, SimResponse::json(status, "{\"error\":" + body + "}", rule));
}

SimResponse ok(const Call &c, const QByteArray &json, const QString &rule)
{
    SimResponse r = SimResponse::json(200, json, rule);
    r.setHeader("Content-Type",
                "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;"
                "charset=utf-8");
    r.setHeader("OData-Version", "4.0");
    return withHeaders(c, r);
}

SimResponse unauthorized(const Call &c, const QString &message, const QString &rule)
{
    SimResponse r = graphError(c, 401, QStringLiteral("InvalidAuthenticationToken"), message, rule);
    r.addHeader("WWW-Authenticate",
                "Bearer realm=\"\", authorization_uri=\"https://" +
                    utf8(cloudInfo(c.cloud).loginHosts.first()) +
                    "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
    return r;
}

SimResponse denied(const Call &c)
{
    return graphError(c, 403, QStringLiteral("Authorization_RequestDenied"),
                      QStringLiteral("Insufficient privileges to complete the operation."),
                      QStringLiteral("tenant:graph-403"));
}

bool grants(const Tokens::AccessToken &tok, const QStringList &appRoles, const QStringList &delegatedScopes)
{
    for (const QString &r : appRoles)
        if (tok.appOnly && tok.hasRole(r))
            return true;
    for (const QString &s : delegatedScopes)
        if (!tok.appOnly && tok.hasScope(s))
            return true;
    return false;
}

QString userKey(QString segment)
{
    // users('x') form, and the key percent-decoded by SimRequest::path().
    if (segment.startsWith(QLatin1String("('")) && segment.endsWith(QLatin1String("')")))
        segment = segment.mid(2, segment.size() - 4);
    return segment;
}

SimResponse userResource(const Call &c, const Tokens::AccessToken &tok, const User &u, bool self,
                         const QStringList &rest, const QString &entityPath)
{
    const Context &ctx = c.ctx;
    const TenantState &t = ctx.state;
    const QString base = QStringLiteral("https://") + cloudInfo(c.cloud).graphHost + QLatin1Char('/') +
                         c.version + QStringLiteral("/$metadata#");
    const QString id = t.userId(u).toString(QUuid::WithoutBraces);
    const QString sub = rest.isEmpty() ? QString() : rest.first().toLower();
    const User *caller = tok.appOnly ? nullptr : t.findEntraUser(tok.upn);

    if (sub.isEmpty()) {
        static const QStringList selfScopes{QStringLiteral("User.Read"),
                                            QStringLiteral("User.ReadWrite"),
                                            QStringLiteral("User.ReadBasic.All"),
                                            QStringLiteral("User.Read.All"),
                                            QStringLiteral("User.ReadWrite.All"),
                                            QStringLiteral("Directory.Read.All"),
                                            QStringLiteral("Directory.ReadWrite.All"),
                                            QStringLiteral("Directory.AccessAsUser.All")};
        const QStringList delegated = self ? selfScopes : selfScopes.mid(2);
        if (!grants(tok,
                    {QStringLiteral("User.Read.All"), QStringLiteral("User.ReadWrite.All"),
                     QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All"),
                     QStringLiteral("User.ReadBasic.All")},
                    delegated))
            return denied(c);
        const QString select = queryValue(ctx.request, QStringLiteral("$select"));
        QStringList props;
        if (select.isEmpty()) {
            props = defaultUserProperties();
        } else {
            for (const QString &raw : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                QString canonical;
                if (!isKnownUserProperty(raw.trimmed(), &canonical))
                    return graphError(c, 400, QStringLiteral("Request_BadRequest"),
                                      QStringLiteral("Could not find a property named '%1' on type "
                                                     "'microsoft.graph.user'.")
                                          .arg(raw.trimmed()),
                                      QStringLiteral("tenant:graph-bad-select"));
                if (!props.contains(canonical))
                    props << canonical;
            }
            if (!props.contains(QStringLiteral("id")))
                props << QStringLiteral("id");
        }
        const QJsonObject all = userObject(ctx, u);
        const QString contextUrl = select.isEmpty()
                                       ? QString(base + entityPath + QStringLiteral("/$entity"))
                                       : QString(base + QStringLiteral("users(") +
                                                 props.join(QLatin1Char(',')) + QStringLiteral(")/$entity"));
        JsonFields f{{QStringLiteral("@odata.context"), contextUrl}};
        for (const QString &p : props)
            f.append({p, all.value(p)});
        return ok(c, orderedJson(f), QStringLiteral("tenant:graph-user"));
    }
    const QString contextUrl = base + QStringLiteral("users('") + id + QStringLiteral("')/") + rest.first();
    if (sub == QLatin1String("licensedetails") && rest.size() == 1) {
        if (!grants(tok,
                    {QStringLiteral("User.Read.All"), QStringLiteral("User.ReadWrite.All"),
                     QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All"),
                     QStringLiteral("LicenseAssignment.Read.All")},
                    self ? QStringList{QStringLiteral("User.Read"), QStringLiteral("User.Read.All"),
                                       QStringLiteral("Directory.Read.All"),
                                       QStringLiteral("LicenseAssignment.Read.All")}
                         : QStringList{QStringLiteral("User.Read.All"), QStringLiteral("Directory.Read.All"),
                                       QStringLiteral("LicenseAssignment.Read.All")}))
            return denied(c);
        return ok(c, licenseDetails(ctx, u, contextUrl), QStringLiteral("tenant:graph-licensedetails"));
    }
    if (sub == QLatin1String("mailboxsettings") && rest.size() <= 2) {
        const bool allowed =
            grants(tok, {QStringLiteral("MailboxSettings.Read"), QStringLiteral("MailboxSettings.ReadWrite")},
                   {QStringLiteral("MailboxSettings.Read"), QStringLiteral("MailboxSettings.ReadWrite")}) &&
            (tok.appOnly || self || (caller && caller->hasFullAccess()));
        if (!allowed)
            return graphError(c, 403, QStringLiteral("ErrorAccessDenied"),
                              QStringLiteral("Access is denied. Check credentials and try again."),
                              QStringLiteral("tenant:graph-mailboxsettings-403"));
        if (u.mailbox != Mailbox::Cloud || !u.hasExchangePlan())
            return graphError(
                c, 404, QStringLiteral("MailboxNotEnabledForRESTAPI"),
                QStringLiteral("The mailbox is either inactive, soft-deleted, or is hosted on-premise."),
                QStringLiteral("tenant:graph-mailbox-not-enabled"));
        return ok(c,
                  mailboxSettings(ctx, u,
                                  contextUrl + (rest.size() == 2 ? QLatin1Char('/') + rest.at(1) : QString()),
                                  rest.size() == 2 ? rest.at(1) : QString()),
                  QStringLiteral("tenant:graph-mailboxsettings"));
    }
    if (sub == QLatin1String("drive") &&
        (rest.size() == 1 || (rest.size() == 2 && rest.at(1) == QLatin1String("root")))) {
        const bool allowed =
            grants(tok,
                   {QStringLiteral("Files.Read.All"), QStringLiteral("Files.ReadWrite.All"),
                    QStringLiteral("Sites.Read.All"), QStringLiteral("Sites.ReadWrite.All"),
                    QStringLiteral("Sites.Manage.All"), QStringLiteral("Sites.FullControl.All")},
                   {QStringLiteral("Files.Read"), QStringLiteral("Files.ReadWrite"),
                    QStringLiteral("Files.Read.All"), QStringLiteral("Files.ReadWrite.All"),
                    QStringLiteral("Sites.Read.All"), QStringLiteral("Sites.ReadWrite.All")}) &&
            (tok.appOnly || self || (caller && caller->hasRole(QStringLiteral("Global Administrator"))));
        if (!allowed)
            return graphError(c, 403, QStringLiteral("accessDenied"), QStringLiteral("Access denied"),
                              QStringLiteral("tenant:graph-drive-403"));
        if (!t.anySharePointPlan())
            return graphError(c, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("Tenant does not have a SPO license."),
                              QStringLiteral("tenant:graph-drive-no-spo-license"));
        if (!u.oneDrive) {
            if (!u.hasSharePointPlan())
                return graphError(c, 400, QStringLiteral("BadRequest"),
                                  QStringLiteral("Unable to retrieve user's mysite URL."),
                                  QStringLiteral("tenant:graph-drive-no-mysite-url"));
            return graphError(c, 404, QStringLiteral("ResourceNotFound"),
                              QStringLiteral("User's mysite not found."),
                              QStringLiteral("tenant:graph-drive-mysite-not-found"));
        }
        const bool root = rest.size() == 2;
        const QString driveContext =
            root ? QString(base + QStringLiteral("users('") + id + QStringLiteral("')/drive/root/$entity"))
                 : QString(base + QStringLiteral("drives/$entity"));
        return ok(c, drive(ctx, u, driveContext, root), QStringLiteral("tenant:graph-drive"));
    }
    return graphError(c, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("Resource not found for the segment '%1'.").arg(rest.first()),
                      QStringLiteral("tenant:graph-segment-not-found"));
}

} // namespace

std::optional<SimResponse> handle(const Context &ctx, Cloud hostCloud)
{
    const TenantState &t = ctx.state;
    QStringList seg = ctx.request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (seg.size() < 2 || (seg.first() != QLatin1String("v1.0") && seg.first() != QLatin1String("beta")))
        return std::nullopt;
    const Call c{ctx, hostCloud, newGuid(), seg.takeFirst()};
    const QString first = seg.first().toLower();
    const bool known = first == QLatin1String("me") || first == QLatin1String("organization") ||
                       (first == QLatin1String("users") && seg.size() >= 2) ||
                       first.startsWith(QLatin1String("users(")) ||
                       (first == QLatin1String("policies") && seg.size() == 2 &&
                        seg.at(1).compare(QLatin1String("identitySecurityDefaultsEnforcementPolicy"),
                                          Qt::CaseInsensitive) == 0);
    if (!known)
        return std::nullopt;
    if (ctx.request.method != "GET")
        return graphError(c, 405, QStringLiteral("Request_BadRequest"),
                          QStringLiteral("The simulated Graph answers GET requests only."),
                          QStringLiteral("tenant:graph-method"));

    Tokens::AccessToken tok;
    switch (Tokens::readAccessToken(ctx, &tok)) {
    case Tokens::TokenProblem::None:
        break;
    case Tokens::TokenProblem::Missing:
        return unauthorized(c, QStringLiteral("Access token is empty."),
                            QStringLiteral("tenant:graph-401-empty"));
    case Tokens::TokenProblem::Unparseable:
        // A token without any dot is refused by the JWT reader itself (facts §9.11); other
        // malformed tokens still get the older CompactToken message.
        if (!bearerToken(ctx.request).contains('.'))
            return unauthorized(
                c,
                QStringLiteral(
                    "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be "
                    "in JWS or JWE Compact Serialization Format. (JWS): "
                    "'EncodedHeader.EndcodedPayload.EncodedSignature'. (JWE): "
                    "'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector."
                    "EncodedCiphertext.EncodedAuthenticationTag'."),
                QStringLiteral("tenant:graph-401-not-jwt"));
        return unauthorized(c, QStringLiteral("CompactToken parsing failed with error code: 80049217"),
                            QStringLiteral("tenant:graph-401-malformed"));
    case Tokens::TokenProblem::Expired:
    case Tokens::TokenProblem::NotYetValid:
        return unauthorized(c, QStringLiteral("Lifetime validation failed, the token is expired."),
                            QStringLiteral("tenant:graph-401-expired"));
    }
    const QString graphUrl = QStringLiteral("https://") + cloudInfo(hostCloud).graphHost;
    if (tok.aud != kGraphAppId && tok.aud.compare(graphUrl, Qt::CaseInsensitive) != 0 &&
        tok.aud.compare(graphUrl + QLatin1Char('/'), Qt::CaseInsensitive) != 0)
        return unauthorized(c, QStringLiteral("Access token validation failure. Invalid audience."),
                            QStringLiteral("tenant:graph-401-audience"));
    if (QUuid(tok.tid) != t.tenantId || !sameServiceCloud(hostCloud, t.cloud))
        return unauthorized(c, QStringLiteral("Access token validation failure. Invalid issuer."),
                            QStringLiteral("tenant:graph-401-issuer"));
    if (ctx.throttled) {
        SimResponse r = graphError(c, 429, QStringLiteral("TooManyRequests"),
                                   QStringLiteral("Too many requests. Please try again later."),
                                   QStringLiteral("tenant:graph-429"));
        r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
        return r;
    }
    if (tok.scopes.isEmpty() && tok.roles.isEmpty())
        return graphError(c, 403, QStringLiteral("AccessDenied"),
                          QStringLiteral("Either scp or roles claim need to be present in the token."),
                          QStringLiteral("tenant:graph-403-no-permissions"));

    const QString base = QStringLiteral("https://") + cloudInfo(hostCloud).graphHost + QLatin1Char('/') +
                         c.version + QStringLiteral("/$metadata#");
    if (first == QLatin1String("policies")) {
        if (!grants(tok,
                    {QStringLiteral("Policy.Read.All"), QStringLiteral("Policy.ReadWrite.ConditionalAccess")},
                    {QStringLiteral("Policy.Read.All")}))
            return denied(c);
        return ok(
            c,
            orderedJson(
                {{QStringLiteral("@odata.context"),
                  QString(base +
                          QStringLiteral("policies/identitySecurityDefaultsEnforcementPolicy/$entity"))},
                 {QStringLiteral("id"), QStringLiteral("00000000-0000-0000-0000-000000000005")},
                 {QStringLiteral("displayName"), QStringLiteral("Security Defaults")},
                 {QStringLiteral("description"),
                  QStringLiteral("Security defaults is a set of basic identity security mechanisms "
                                 "recommended by Microsoft. When enabled, these recommendations will be "
                                 "automatically enforced in your organization. Administrators and users "
                                 "will be better protected from common identity related attacks.")},
                 {QStringLiteral("isEnabled"), t.securityDefaults}}),
            QStringLiteral("tenant:graph-security-defaults"));
    }
    if (first == QLatin1String("organization")) {
        if (!grants(tok, {QStringLiteral("Organization.Read.All"), QStringLiteral("Directory.Read.All")},
                    {QStringLiteral("User.Read"), QStringLiteral("Organization.Read.All"),
                     QStringLiteral("Directory.Read.All")}))
            return denied(c);
        return ok(c, organization(ctx, base + QStringLiteral("organization")),
                  QStringLiteral("tenant:graph-organization"));
    }
    if (first == QLatin1String("me")) {
        if (tok.appOnly)
            return graphError(c, 400, QStringLiteral("BadRequest"),
                              QStringLiteral("/me request is only valid with delegated authentication flow."),
                              QStringLiteral("tenant:graph-me-app-only"));
        const User *me = t.findEntraUser(tok.upn);
        if (!me)
            return graphError(
                c, 404, QStringLiteral("Request_ResourceNotFound"),
                QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                               "objects are not present.")
                    .arg(tok.oid),
                QStringLiteral("tenant:graph-404"));
        return userResource(c, tok, *me, true, seg.mid(1), QStringLiteral("users"));
    }
    QString key;
    QStringList rest;
    if (first == QLatin1String("users")) {
        key = userKey(seg.at(1));
        rest = seg.mid(2);
    } else {
        key = userKey(seg.first().mid(5));
        rest = seg.mid(1);
    }
    const User *u = t.findEntraUser(key);
    if (!u)
        return graphError(
            c, 404, QStringLiteral("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property objects "
                           "are not present.")
                .arg(key),
            QStringLiteral("tenant:graph-404"));
    const bool self = !tok.appOnly && tok.upn.compare(u->upn, Qt::CaseInsensitive) == 0;
    return userResource(c, tok, *u, self, rest, QStringLiteral("users"));
}

} // namespace AuthDoctor::Sim::Tenant::GraphEndpoints
