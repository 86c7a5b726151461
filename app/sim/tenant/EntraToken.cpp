// The token endpoints: /{tenant}/oauth2/v2.0/token and /{tenant}/oauth2/token
// (password and client_credentials grants). Validation order and codes: README.md.
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

} // namespace

SignInResult checkPassword(const TenantState &t, const QString &username, const QString &pass,
                           const QString &resourceAppId)
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
    if (user->federated || user->password != pass)
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
    if (t.securityDefaults)
        return fail(
            530035,
            QStringLiteral("Access has been blocked by security defaults. This is due to the request using "
                           "legacy auth or being deemed unsafe by security defaults."));
    if (user->mfa == Mfa::Enforced)
        return fail(
            50076,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must use multi-factor authentication to access '%1'.")
                .arg(resourceAppId),
            QStringLiteral("basic_action"));
    if (user->mfa == Mfa::RegistrationRequired)
        return fail(
            50079,
            QStringLiteral("Due to a configuration change made by your administrator, or because you moved "
                           "to a new location, you must enroll in multi-factor authentication to access "
                           "'%1'.")
                .arg(resourceAppId),
            QStringLiteral("basic_action"));
    return SignInResult{0, {}, {}, {}, user};
}

SimResponse token(const Context &ctx, Instance hostInstance, const QString &tenantSegment, bool v2)
{
    const TenantState &t = ctx.state;
    const SimRequest &req = ctx.request;
    if (req.method != "POST")
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 900561,
            QStringLiteral("The endpoint only accepts POST, OPTIONS requests. Received a %1 request.")
                .arg(QString::fromLatin1(req.method)));
    if (ctx.throttled) {
        SimResponse r =
            error(ctx, 429, QStringLiteral("temporarily_unavailable"), 90055,
                  QStringLiteral("The request is throttled temporarily. There are too many incoming "
                                 "requests for this tenant. Please try again later."));
        r.setHeader("Retry-After", QByteArray::number((ctx.retryAfterMs + 999) / 1000));
        return r;
    }
    QByteArray body = req.body;
    body.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(body));
    const auto missing = [&](const char *param) {
        return error(ctx, 400, QStringLiteral("invalid_request"), 900144,
                     QStringLiteral("The request body must contain the following parameter: '%1'.")
                         .arg(QLatin1String(param)));
    };

    const QString grant = formValue(form, QStringLiteral("grant_type"));
    if (grant.isEmpty())
        return missing("grant_type");
    const bool password = grant == QLatin1String("password");
    const bool clientCredentials = grant == QLatin1String("client_credentials");
    if (!password && !clientCredentials) {
        static const QStringList known{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                                       QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"),
                                       QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"),
                                       QStringLiteral("urn:ietf:params:oauth:grant-type:saml1_1-bearer")};
        if (known.contains(grant))
            return error(ctx, 400, QStringLiteral("invalid_grant"), 9002313,
                         QStringLiteral("Invalid request. Request is malformed or invalid."));
        return error(ctx, 400, QStringLiteral("unsupported_grant_type"), 70003,
                     QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
    }

    // Tenant.
    const QString tenantRef = tenantSegment.toLower();
    const QString username = formValue(form, QStringLiteral("username"));
    if (tenantRef == QLatin1String("common") || tenantRef == QLatin1String("consumers"))
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 9001023,
            QStringLiteral("The grant type is not supported over the /common or /consumers endpoints. "
                           "Please use the /organizations or tenant-specific endpoint."));
    if (tenantRef == QLatin1String("organizations")) {
        if (clientCredentials)
            return error(
                ctx, 400, QStringLiteral("invalid_request"), 50059,
                QStringLiteral("No tenant-identifying information found in either the request or implied "
                               "by any provided credentials."));
        if (username.isEmpty())
            return missing("username");
        if (!t.isTenantDomain(username.section(QLatin1Char('@'), 1)))
            return error(
                ctx, 400, QStringLiteral("invalid_request"), 50128,
                QStringLiteral("Invalid domain name - No tenant-identifying information found in either "
                               "the request or implied by any provided credentials."));
    } else if (!t.isTenantRef(tenantSegment)) {
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID and "
                           "are signing into the correct cloud. Check with your subscription "
                           "administrator, this may happen if there are no active subscriptions for the "
                           "tenant.")
                .arg(tenantSegment));
    }
    if (instanceOf(t.cloud) != hostInstance)
        return error(
            ctx, 400, QStringLiteral("invalid_request"), 90038,
            QStringLiteral("The specified tenant '%1' belongs to the National Cloud '%2'. Current cloud "
                           "instance '%3' does not federate with '%2'.")
                .arg(tenantSegment, instanceDisplayName(instanceOf(t.cloud)),
                     instanceDisplayName(hostInstance)));

    // Client.
    QString clientId = formValue(form, QStringLiteral("client_id"));
    QString secret = formValue(form, QStringLiteral("client_secret"));
    QString basicUser;
    QString basicPassword;
    if (basicCredentials(req, &basicUser, &basicPassword)) { // RFC 6749 §2.3.1
        clientId = QUrl::fromPercentEncoding(basicUser.toUtf8());
        secret = QUrl::fromPercentEncoding(basicPassword.toUtf8());
    }
    if (clientId.isEmpty())
        return missing("client_id");
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
    const bool assertion = !formValue(form, QStringLiteral("client_assertion")).isEmpty();
    const bool credential = !secret.isEmpty() || assertion;
    if (password && app->publicClient && credential && !app->secret)
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be "
                           "presented."));
    if (assertion)
        return error(ctx, 401, QStringLiteral("invalid_client"), 700027,
                     QStringLiteral("Client assertion failed signature validation."));
    if (!credential && (clientCredentials || !app->publicClient))
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' or "
                           "'client_secret'."));
    if (!secret.isEmpty() && (!app->secret || *app->secret != secret))
        return error(
            ctx, 401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request is "
                           "the client secret value, not the client secret ID, for a secret added to app "
                           "'%1'.")
                .arg(app->clientId));
    const int appidacr = secret.isEmpty() ? 0 : 1;

    // Resource and requested permissions.
    Request wanted;
    if (v2) {
        if (auto e = parseScope(ctx, formValue(form, QStringLiteral("scope")), clientCredentials, &wanted))
            return *e;
    } else {
        const QString resource = formValue(form, QStringLiteral("resource"));
        if (resource.isEmpty())
            return missing("resource");
        const auto r = Tokens::resolveResource(t, resource);
        if (!r)
            return resourceNotFound(ctx, resource);
        wanted.resource = *r;
        wanted.names = {QStringLiteral(".default")};
        wanted.oidc = formValue(form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const Tokens::ResourceRef &res = wanted.resource;
    if ((res.resource == Resource::Exchange && !t.anyExchangePlan()) ||
        (res.resource == Resource::SharePoint && !t.anySharePointPlan()))
        return error(
            ctx, 400, QStringLiteral("invalid_client"), 650052,
            QStringLiteral("The app needs access to a service (\"%1/\") that your organization \"%2\" has "
                           "not subscribed to or enabled. Contact your IT Admin to review the "
                           "configuration of your service subscriptions.")
                .arg(res.url, t.tenantId.toString(QUuid::WithoutBraces)));

    if (clientCredentials) {
        const QStringList roles = app->consented ? app->applicationFor(res.resource) : QStringList();
        const QByteArray at = Tokens::mintAppOnly(ctx, *app, res, roles, appidacr);
        if (v2)
            return success(ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                             {QStringLiteral("expires_in"), Tokens::kLifetimeSeconds},
                                             {QStringLiteral("ext_expires_in"), Tokens::kLifetimeSeconds},
                                             {QStringLiteral("access_token"), QString::fromLatin1(at)}}));
        const qint64 now = ctx.nowMs / 1000;
        return success(
            ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                              {QStringLiteral("ext_expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                              {QStringLiteral("expires_on"), QString::number(now + Tokens::kLifetimeSeconds)},
                              {QStringLiteral("not_before"), QString::number(now)},
                              {QStringLiteral("resource"), res.aud},
                              {QStringLiteral("access_token"), QString::fromLatin1(at)}}));
    }

    // Delegated (ROPC): the app must list the resource among its permissions.
    const QStringList configured = app->delegatedFor(res.resource);
    if (configured.isEmpty()) {
        QStringList valid;
        for (Resource r : {Resource::Exchange, Resource::Graph, Resource::SharePoint})
            if (!app->delegatedFor(r).isEmpty() || !app->applicationFor(r).isEmpty())
                valid << (r == Resource::Exchange ? kExchangeAppId
                          : r == Resource::Graph  ? kGraphAppId
                                                  : kSharePointAppId);
        return error(
            ctx, 400, QStringLiteral("invalid_client"), 650057,
            QStringLiteral("Invalid resource. The client has requested access to a resource which is not "
                           "listed in the requested permissions in the client's application registration. "
                           "Client app ID: %1(%2). Resource value from request: %3. Resource app ID: %4. "
                           "List of valid resources from app registration: %5.")
                .arg(app->clientId, app->name, res.aud, res.appId, valid.join(QStringLiteral(", "))));
    }
    if (username.isEmpty())
        return missing("username");
    const QString pass = formValue(form, QStringLiteral("password"));
    if (!form.hasQueryItem(QStringLiteral("password")))
        return missing("password");

    const SignInResult signIn = checkPassword(t, username, pass, res.appId);
    if (signIn.code != 0)
        return error(ctx, 400, signIn.errorClass, signIn.code, signIn.message, signIn.suberror);
    const User *user = signIn.user;
    bool consentCovers = app->consented;
    for (const QString &n : wanted.names)
        if (n != QLatin1String(".default") && !configured.contains(n, Qt::CaseInsensitive))
            consentCovers = false;
    if (!consentCovers)
        return error(
            ctx, 400, QStringLiteral("invalid_grant"), 65001,
            QStringLiteral("The user or administrator has not consented to use the application with ID "
                           "'%1' named '%2'. Send an interactive authorization request for this user and "
                           "resource.")
                .arg(app->clientId, app->name),
            QStringLiteral("consent_required"));

    const QByteArray at = Tokens::mintDelegated(ctx, *app, res, *user, configured, appidacr);
    const bool offline = wanted.oidc.contains(QStringLiteral("offline_access")) || !v2;
    const bool openid = wanted.oidc.contains(QStringLiteral("openid"));
    const QJsonValue rt =
        offline ? QJsonValue(QString::fromLatin1(Tokens::mintRefreshToken(ctx))) : QJsonValue();
    const QJsonValue idt = openid ? QJsonValue(QString::fromLatin1(Tokens::mintIdToken(
                                        ctx, *app, *user, wanted.oidc.contains(QStringLiteral("email")))))
                                  : QJsonValue();
    const auto undefinedIfNull = [](const QJsonValue &v) {
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    };
    if (v2)
        return success(
            ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("scope"), grantedScopeString(res, configured, wanted.oidc)},
                              {QStringLiteral("expires_in"), Tokens::kLifetimeSeconds},
                              {QStringLiteral("ext_expires_in"), Tokens::kLifetimeSeconds},
                              {QStringLiteral("access_token"), QString::fromLatin1(at)},
                              {QStringLiteral("refresh_token"), undefinedIfNull(rt)},
                              {QStringLiteral("id_token"), undefinedIfNull(idt)}}));
    const qint64 now = ctx.nowMs / 1000;
    return success(
        ctx, orderedJson({{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("scope"), configured.join(QLatin1Char(' '))},
                          {QStringLiteral("expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                          {QStringLiteral("ext_expires_in"), QString::number(Tokens::kLifetimeSeconds)},
                          {QStringLiteral("expires_on"), QString::number(now + Tokens::kLifetimeSeconds)},
                          {QStringLiteral("not_before"), QString::number(now)},
                          {QStringLiteral("resource"), res.aud},
                          {QStringLiteral("access_token"), QString::fromLatin1(at)},
                          {QStringLiteral("refresh_token"), undefinedIfNull(rt)},
                          {QStringLiteral("id_token"), undefinedIfNull(idt)}}));
}

} // namespace AuthDoctor::Sim::Tenant::Entra
