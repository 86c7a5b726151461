// The token endpoints: /{tenant}/oauth2/v2.0/token and /{tenant}/oauth2/token
// (password and client_credentials grants). Validation order and codes: README.md.
// One function per stage (grant, tenant, client, resource, subscription) and one per
// grant (client credentials, password), so that a new grant or stage is a new function.
#include "EntraEndpoints.h"
#include "TokenIssuer.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace AuthDoctor::Sim::Tenant::Entra {

namespace {

const QStringList kOidcScopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                              QStringLiteral("offline_access")};

QString formValue(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

// What the request asks for: one resource and the permission names on it.
struct Request
{
    Tokens::ResourceRef resource;
    QStringList names; // requested permission names (".default" kept as is)
    QStringList oidc;  // openid/profile/email/offline_access as requested
};

SimResponse invalidScope(const Context &ctx, const QString &message)
{
    return error(ctx, 400, QStringLiteral("invalid_scope"), 70011, message);
}

SimResponse resourceNotFound(const Context &ctx, const QString &resource)
{
    return error(
        ctx, 400, QStringLiteral("invalid_resource"), 500011,
        QStringLiteral("The resource principal named %1 was not found in the tenant named %2. This can "
                       "happen if the application has not been installed by the administrator of the "
                       "tenant or consented to by any user in the tenant. You might have sent your "
                       "authentication request to the wrong tenant.")
            .arg(resource, ctx.state.displayName));
}

// v2.0: parse `scope`. Returns an error response or fills `out`.
std::optional<SimResponse> parseScope(const Context &ctx, const QString &scope, bool appOnly, Request *out)
{
    const QStringList items = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return appOnly
                   ? invalidScope(ctx, QStringLiteral("The provided request must include a 'scope' input "
                                                      "parameter."))
                   : error(ctx, 400, QStringLiteral("invalid_request"), 900144,
                           QStringLiteral("The request body must contain the following parameter: 'scope'."));
    std::optional<Tokens::ResourceRef> resource;
    for (const QString &item : items) {
        if (kOidcScopes.contains(item, Qt::CaseInsensitive)) {
            if (appOnly)
                return invalidScope(
                    ctx, QStringLiteral("The provided value for the input parameter 'scope' is not "
                                        "valid. The scope %1 is not valid.")
                             .arg(scope));
            out->oidc << item.toLower();
            continue;
        }
        QString resourceId;
        QString name = item;
        const qsizetype slash = item.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0) {
            resourceId = item.left(slash);
            name = item.mid(slash + 1);
        }
        if (name.isEmpty())
            return invalidScope(ctx,
                                QStringLiteral("The provided value for the input parameter 'scope' is not "
                                               "valid. The scope %1 is not valid.")
                                    .arg(item));
        std::optional<Tokens::ResourceRef> r;
        if (resourceId.isEmpty()) {
            r = Tokens::resolveResource(ctx.state, kGraphAppId);
        } else {
            r = Tokens::resolveResource(ctx.state, resourceId);
            if (!r)
                return resourceNotFound(ctx, resourceId);
        }
        if (resource && resource->appId != r->appId)
            return invalidScope(
                ctx, QStringLiteral("The provided value for the input parameter 'scope' is not "
                                    "valid. One or more scopes in '%1' are not compatible with each "
                                    "other.")
                         .arg(scope));
        if (!resource)
            resource = r;
        out->names << name;
    }
    if (appOnly && (out->names.size() != 1 || out->names.first() != QLatin1String(".default") || !resource ||
                    items.first().indexOf(QLatin1Char('/')) < 0))
        return invalidScope(ctx,
                            QStringLiteral("The provided value for the input parameter 'scope' is not valid. "
                                           "The scope %1 is not valid.")
                                .arg(scope));
    out->resource = resource ? *resource : *Tokens::resolveResource(ctx.state, kGraphAppId);
    return std::nullopt;
}

QString grantedScopeString(const Tokens::ResourceRef &res, const QStringList &scopes, const QStringList &oidc)
{
    QStringList out;
    for (const QString &s : scopes)
        out << (res.resource == Resource::Graph ? s : QString(res.url + QLatin1Char('/') + s));
    for (const QString &o : oidc)
        if (o != QLatin1String("offline_access"))
            out << o;
    return out.join(QLatin1Char(' '));
}

SimResponse success(const Context &ctx, const QByteArray &json)
{
    SimResponse r = SimResponse::json(200, json, QStringLiteral("tenant:token"));
    addStandardHeaders(ctx, r, newGuid());
    return r;
}

// Everything read from one token request, filled stage by stage.
struct TokenRequest
{
    Instance hostInstance = Instance::Global;
    QString tenantSegment;
    bool v2 = true;
    QUrlQuery form;
    QString grant;
    bool password = false;
    bool clientCredentials = false;
    QString username;
    const App *app = nullptr;
    QString secret;
    int appidacr = 0;
    Request wanted;
};

// A stage either lets the request go on (nullopt) or answers it.
using Stage = std::optional<SimResponse>;

SimResponse missingParameter(const Context &ctx, const char *param)
{
    return error(ctx, 400, QStringLiteral("invalid_request"), 900144,
                 QStringLiteral("The request body must contain the following parameter: '%1'.")
                     .arg(QLatin1String(param)));
}

SimResponse tenantNotFound(const Context &ctx, const QString &tenant)
{
    return error(
        ctx, 400, QStringLiteral("invalid_request"), 90002,
        QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                       "are signing into the correct cloud. Check with your subscription "
                       "administrator, this may happen if there are no active subscriptions for the "
                       "tenant.")
            .arg(tenant));
}

// Method, throttling, and the form body.
Stage readRequest(const Context &ctx, TokenRequest &req)
{
    if (ctx.request.method != "POST")
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 900561,
            QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.")
                .arg(QString::fromLatin1(ctx.request.method)));
    if (ctx.throttled) {
        SimResponse r =
            error(ctx, 429, QStringLiteral("temporarily_unavailable"), 90055,
                  QStringLiteral("The request is throttled temporarily. There are too many incoming "
                                 "requests for this tenant. Please try again later."));
        r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
        return r;
    }
    QByteArray body = ctx.request.body;
    body.replace('+', "%20");
    req.form = QUrlQuery(QString::fromUtf8(body));
    req.username = formValue(req.form, QStringLiteral("username"));
    return std::nullopt;
}

// grant_type: password and client_credentials are modelled; other known grants need
// codes or tokens the simulator never issues.
Stage readGrant(const Context &ctx, TokenRequest &req)
{
    req.grant = formValue(req.form, QStringLiteral("grant_type"));
    if (req.grant.isEmpty())
        return missingParameter(ctx, "grant_type");
    req.password = req.grant == QLatin1String("password");
    req.clientCredentials = req.grant == QLatin1String("client_credentials");
    if (req.password || req.clientCredentials)
        return std::nullopt;
    static const QStringList known{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                                   QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"),
                                   QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"),
                                   QStringLiteral("urn:ietf:params:oauth:grant-type:saml1_1-bearer")};
    if (known.contains(req.grant))
        return error(ctx, 400, QStringLiteral("invalid_grant"), 9002313,
                     QStringLiteral("Invalid request. Request is malformed or invalid."));
    return error(ctx, 400, QStringLiteral("unsupported_grant_type"), 70003,
                 QStringLiteral("The app requested an unsupported grant type '%1'.").arg(req.grant));
}

// v2.0: /common and /consumers take no password or client-credentials grant (9001023).
Stage resolveTenantV2(const Context &ctx, const QString &tenantRef)
{
    if (tenantRef == QLatin1String("common") || tenantRef == QLatin1String("consumers"))
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 9001023,
            QStringLiteral("The grant type is not supported over the /common or /consumers endpoints. "
                           "Please use the /organizations or tenant-specific endpoint."));
    return std::nullopt;
}

// v1: /common still resolves the tenant from the user name of a password grant (facts §9.2);
// client credentials cannot name a tenant there. v1 has no /consumers alias.
Stage resolveTenantV1(const Context &ctx, const TokenRequest &req, const QString &tenantRef)
{
    if (tenantRef == QLatin1String("consumers"))
        return tenantNotFound(ctx, req.tenantSegment);
    if (tenantRef != QLatin1String("common"))
        return std::nullopt;
    if (req.clientCredentials)
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 50059,
            QStringLiteral("No tenant-identifying information found in either the request or implied by any "
                           "provided credentials."));
    if (req.username.isEmpty())
        return missingParameter(ctx, "username");
    const QString domain = req.username.section(QLatin1Char('@'), 1);
    if (!ctx.state.isTenantDomain(domain))
        return error(ctx, 400, QStringLiteral("invalid_grant"), 50034,
                     QStringLiteral("The user account {EUII Hidden} does not exist in the %1 directory. To "
                                    "sign into this application, the account must be added to the directory.")
                         .arg(domain.toLower()));
    return std::nullopt;
}

// The tenant segment, then the cloud: a tenant of another cloud's instance is refused
// (AADSTS90038; an app-only request for a national-cloud tenant at the global login host
// answers AADSTS900382, facts §9.1).
Stage resolveTenant(const Context &ctx, TokenRequest &req)
{
    const TenantState &t = ctx.state;
    const QString tenantRef = req.tenantSegment.toLower();
    if (Stage s = req.v2 ? resolveTenantV2(ctx, tenantRef) : resolveTenantV1(ctx, req, tenantRef))
        return s;
    if (tenantRef == QLatin1String("organizations")) {
        if (req.clientCredentials)
            return error(
                ctx, 400, QStringLiteral("invalid_request"), 50059,
                QStringLiteral("No tenant-identifying information found in either the request or implied "
                               "by any provided credentials."));
        if (req.username.isEmpty())
            return missingParameter(ctx, "username");
        if (!t.isTenantDomain(req.username.section(QLatin1Char('@'), 1)))
            return error(
                ctx, 400, QStringLiteral("invalid_request"), 50128,
                QStringLiteral("Invalid domain name - No tenant-identifying information found in either "
                               "the request or implied by any provided credentials."));
    } else if (tenantRef != QLatin1String("common") && !t.isTenantRef(req.tenantSegment)) {
        return tenantNotFound(ctx, req.tenantSegment);
    }
    const Instance own = instanceOf(t.cloud);
    if (own == req.hostInstance)
        return std::nullopt;
    if (req.clientCredentials && req.hostInstance == Instance::Global)
        return error(ctx, 400, QStringLiteral("invalid_request"), 900382,
                     QStringLiteral("Confidential Client is not supported in Cross Cloud request."));
    return error(
        ctx, 400, QStringLiteral("invalid_request"), 90038,
        QStringLiteral("The specified tenant '%1' belongs to the National Cloud '%2'. Current cloud "
                       "instance '%3' does not federate with '%2'.")
            .arg(req.tenantSegment, instanceDisplayName(own), instanceDisplayName(req.hostInstance)));
}

// client_id, the app, and its credential (client_secret, Authorization: Basic, client_assertion).
Stage authenticateClient(const Context &ctx, TokenRequest &req)
{
    const TenantState &t = ctx.state;
    QString clientId = formValue(req.form, QStringLiteral("client_id"));
    req.secret = formValue(req.form, QStringLiteral("client_secret"));
    QString basicUser;
    QString basicPassword;
    if (basicCredentials(ctx.request, &basicUser, &basicPassword)) { // RFC 6749 §2.3.1
        clientId = QUrl::fromPercentEncoding(basicUser.toUtf8());
        req.secret = QUrl::fromPercentEncoding(basicPassword.toUtf8());
    }
    if (clientId.isEmpty())
        return missingParameter(ctx, "client_id");
    const App *app = t.findApp(clientId);
    if (!app)
        return error(
            ctx, 400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This "
                           "can happen if the application has not been installed by the administrator of "
                           "the tenant or consented to by any user in the tenant. You may have sent your "
                           "authentication request to the wrong tenant.")
                .arg(clientId, t.displayName));
    if (!app->enabled)
        return error(ctx, 400, QStringLiteral("unauthorized_client"), 7000112,
                     QStringLiteral("Application '%1'(%2) is disabled.").arg(app->clientId, app->name));
    const bool assertion = !formValue(req.form, QStringLiteral("client_assertion")).isEmpty();
    const bool credential = !req.secret.isEmpty() || assertion;
    if (req.password && app->publicClient && credential && !app->secret)
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be "
                           "presented."));
    if (assertion)
        return error(ctx, 401, QStringLiteral("invalid_client"), 700027,
                     QStringLiteral("Client assertion failed signature validation."));
    if (!credential && (req.clientCredentials || !app->publicClient))
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                           "'client_secret'."));
    if (!req.secret.isEmpty() && (!app->secret || *app->secret != req.secret))
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is "
                           "the client secret value, not the client secret ID, for a secret added to app "
                           "'%1'.")
                .arg(app->clientId));
    req.app = app;
    req.appidacr = req.secret.isEmpty() ? 0 : 1;
    return std::nullopt;
}

// v2.0 `scope`, v1 `resource`: the one resource and the permissions asked for.
Stage resolveResource(const Context &ctx, TokenRequest &req)
{
    if (req.v2)
        return parseScope(ctx, formValue(req.form, QStringLiteral("scope")), req.clientCredentials,
                          &req.wanted);
    const QString resource = formValue(req.form, QStringLiteral("resource"));
    if (resource.isEmpty())
        return missingParameter(ctx, "resource");
    const auto r = Tokens::resolveResource(ctx.state, resource);
    if (!r)
        return resourceNotFound(ctx, resource);
    req.wanted.resource = *r;
    req.wanted.names = {QStringLiteral(".default")};
    req.wanted.oidc =
        formValue(req.form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::nullopt;
}

// Exchange Online or SharePoint asked for while no user of the tenant holds such a plan.
Stage checkSubscription(const Context &ctx, TokenRequest &req)
{
    const TenantState &t = ctx.state;
    const Tokens::ResourceRef &res = req.wanted.resource;
    if ((res.resource == Resource::Exchange && !t.anyExchangePlan()) ||
        (res.resource == Resource::SharePoint && !t.anySharePointPlan()))
        return error(
            ctx, 400, QStringLiteral("invalid_client"), 650052,
            QStringLiteral("The app needs access to a service (\"%1/\") that your organization \"%2\" has "
                           "not subscribed to or enabled. Contact your IT Admin to review the "
                           "configuration of your service subscriptions.")
                .arg(res.url, t.tenantId.toString(QUuid::WithoutBraces)));
    return std::nullopt;
}

// The answer with a token: v2.0 numbers, v1 strings plus expires_on/not_before/resource.
SimResponse tokenAnswer(const Context &ctx, const TokenRequest &req, const QByteArray &accessToken,
                        const QJsonValue &scope, const QJsonValue &refreshToken, const QJsonValue &idToken)
{
    const auto undefinedIfNull = [](const QJsonValue &v) {
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    };
    if (req.v2)
        return success(ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                         {QStringLiteral("scope"), undefinedIfNull(scope)},
                                         {QStringLiteral("expires_in"), Tokens::kLifetimeSeconds},
                                         {QStringLiteral("ext_expires_in"), Tokens::kLifetimeSeconds},
                                         {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                                         {QStringLiteral("refresh_token"), undefinedIfNull(refreshToken)},
                                         {QStringLiteral("id_token"), undefinedIfNull(idToken)}}));
    const qint64 now = ctx.nowMs / 1000;
    return success(
        ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("scope"), undefinedIfNull(scope)},
                          {QStringLiteral("expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                          {QStringLiteral("ext_expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                          {QStringLiteral("expires_on"), QString::number(now + Tokens::kLifetimeSeconds)},
                          {QStringLiteral("not_before"), QString::number(now)},
                          {QStringLiteral("resource"), req.wanted.resource.aud},
                          {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                          {QStringLiteral("refresh_token"), undefinedIfNull(refreshToken)},
                          {QStringLiteral("id_token"), undefinedIfNull(idToken)}}));
}

// client_credentials: issued; without consent the token has no `roles` claim at all.
SimResponse clientCredentialsGrant(const Context &ctx, const TokenRequest &req)
{
    const App &app = *req.app;
    const Tokens::ResourceRef &res = req.wanted.resource;
    const QStringList roles = app.consented ? app.applicationFor(res.resource) : QStringList();
    const QByteArray at = Tokens::mintAppOnly(ctx, app, res, roles, req.appidacr);
    return tokenAnswer(ctx, req, at, QJsonValue(), QJsonValue(), QJsonValue());
}

// Delegated (ROPC): the app must list the resource among its permissions (650057).
Stage checkDelegatedPermissions(const Context &ctx, const TokenRequest &req)
{
    const App &app = *req.app;
    const Tokens::ResourceRef &res = req.wanted.resource;
    if (!app.delegatedFor(res.resource).isEmpty())
        return std::nullopt;
    QStringList valid;
    for (Resource r : {Resource::Exchange, Resource::Graph, Resource::SharePoint})
        if (!app.delegatedFor(r).isEmpty() || !app.applicationFor(r).isEmpty())
            valid << (r == Resource::Exchange ? kExchangeAppId
                      : r == Resource::Graph  ? kGraphAppId
                                              : kSharePointAppId);
    return error(
        ctx, 400, QStringLiteral("invalid_client"), 650057,
        QStringLiteral("Invalid resource. The client has requested access to a resource which is not "
                       "listed in the requested permissions in the client's application registration. "
                       "Client app ID: %1(%2). Resource value from request: %3. Resource app ID: %4. "
                       "List of valid resources from app registration: %5.")
            .arg(app.clientId, app.name, res.aud, res.appId, valid.join(QStringLiteral(", "))));
}

// Admin consent covers every permission asked for (65001 otherwise).
Stage checkConsent(const Context &ctx, const TokenRequest &req, const QStringList &configured)
{
    const App &app = *req.app;
    bool covers = app.consented;
    for (const QString &n : req.wanted.names)
        if (n != QLatin1String(".default") && !configured.contains(n, Qt::CaseInsensitive))
            covers = false;
    if (covers)
        return std::nullopt;
    return error(
        ctx, 400, QStringLiteral("invalid_grant"), 65001,
        QStringLiteral("The user or administrator has not consented to use the application with ID "
                       "'%1' named '%2'. Send an interactive authorization request for this user and "
                       "resource.")
            .arg(app.clientId, app.name),
        QStringLiteral("consent_required"));
}

// password: permissions, user name and password, the sign-in, consent; then the tokens.
SimResponse passwordGrant(const Context &ctx, const TokenRequest &req)
{
    if (Stage s = checkDelegatedPermissions(ctx, req))
        return *s;
    if (req.username.isEmpty())
        return missingParameter(ctx, "username");
    if (!req.form.hasQueryItem(QStringLiteral("password")))
        return missingParameter(ctx, "password");
    const App &app = *req.app;
    const Tokens::ResourceRef &res = req.wanted.resource;
    const SignInResult signIn =
        checkPassword(ctx.state, req.username, formValue(req.form, QStringLiteral("password")), res.appId);
    if (signIn.code != 0)
        return error(ctx, 400, signIn.errorClass, signIn.code, signIn.message, signIn.suberror);
    const QStringList configured = app.delegatedFor(res.resource);
    if (Stage s = checkConsent(ctx, req, configured))
        return *s;

    const User &user = *signIn.user;
    const QStringList &oidc = req.wanted.oidc;
    const QByteArray at = Tokens::mintDelegated(ctx, app, res, user, configured, req.appidacr);
    const bool offline = oidc.contains(QStringLiteral("offline_access")) || !req.v2;
    const QJsonValue rt =
        offline ? QJsonValue(QString::fromLatin1(Tokens::mintRefreshToken(ctx))) : QJsonValue();
    const QJsonValue idt = oidc.contains(QStringLiteral("openid"))
                               ? QJsonValue(QString::fromLatin1(Tokens::mintIdToken(
                                     ctx, app, user, oidc.contains(QStringLiteral("email")))))
                               : QJsonValue();
    const QString scope =
        req.v2 ? grantedScopeString(res, configured, oidc) : configured.join(QLatin1Char(' '));
    return tokenAnswer(ctx, req, at, scope, rt, idt);
}

} // namespace

SignInResult checkPassword(const TenantState &t, const QString &username, const QString &pass,
                           const QString &resourceAppId, SignInFlow flow)
{
    const auto fail = [](int code, const QString &message, const QString &suberror = QString()) {
        return SignInResult{code, QStringLiteral("invalid_grant"), message, suberror, nullptr};
    };
    const User *user = t.findUser(username);
    if (!user || user->upn.compare(username, Qt::CaseInsensitive) != 0 || !t.isEntraUser(*user))
        return fail(50034, QStringLiteral(
                               "The user account {EUII Hidden} does not exist in the %1 directory. To sign "
                               "into this application, the account must be added to the directory.")
                               .arg(t.tenantId.toString(QUuid::WithoutBraces)));
    if (!user->enabled)
        return fail(50057, QStringLiteral("The user account is disabled."));
    if (user->locked)
        return fail(50053,
                    QStringLiteral("The account is locked, you've tried to sign in too many times with an "
                                   "incorrect user ID or password."));
    if (t.isFederated(*user) || user->password != pass)
        return fail(50126,
                    QStringLiteral("Error validating credentials due to invalid username or password."));
    if (user->passwordExpired)
        return fail(50055, QStringLiteral("The password is expired."),
                    QStringLiteral("user_password_expired"));
    if (t.blockedByConditionalAccess(*user))
        return fail(
            53003,
            QStringLiteral("Access has been blocked by Conditional Access policies. The access policy does "
                           "not allow token issuance."),
            QStringLiteral("message_only"));
    // Security defaults block legacy protocols outright (530035); a password grant is asked
    // for MFA instead, or for MFA registration while the user has not registered (facts §9.7).
    if (t.securityDefaults && flow == SignInFlow::Legacy)
        return fail(
            530035,
            QStringLiteral("Access has been blocked by security defaults. This is due to the request using "
                           "legacy auth or being deemed unsafe by security defaults."));
    if (user->mfa == Mfa::RegistrationRequired)
        return fail(
            50079,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must enroll in multi-factor authentication to access "
                           "'%1'.")
                .arg(resourceAppId),
            QStringLiteral("basic_action"));
    if (user->mfa == Mfa::Enforced || t.securityDefaults)
        return fail(
            50076,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must use multi-factor authentication to access '%1'.")
                .arg(resourceAppId),
            QStringLiteral("basic_action"));
    return SignInResult{0, {}, {}, {}, user};
}

SimResponse token(const Context &ctx, Instance hostInstance, const QString &tenantSegment, bool v2)
{
    // The stages in the order of README.md; the first one that answers wins. Then the grant.
    using StageFunction = Stage (*)(const Context &, TokenRequest &);
    static constexpr StageFunction kStages[] = {readRequest,        readGrant,       resolveTenant,
                                                authenticateClient, resolveResource, checkSubscription};
    TokenRequest req;
    req.hostInstance = hostInstance;
    req.tenantSegment = tenantSegment;
    req.v2 = v2;
    for (StageFunction stage : kStages)
        if (Stage s = stage(ctx, req))
            return *s;
    return req.clientCredentials ? clientCredentialsGrant(ctx, req) : passwordGrant(ctx, req);
}

} // namespace AuthDoctor::Sim::Tenant::Entra
