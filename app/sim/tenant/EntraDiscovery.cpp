// Entra ID discovery endpoints (facts §1.2 a–d) and the login hosts' dispatcher.
#include "EntraEndpoints.h"
#include "TokenIssuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace AuthDoctor::Sim::Tenant::Entra {

namespace {

QString loginHostOf(const Context &ctx)
{
    return ctx.request.host;
}

QString correlationId(const Context &ctx)
{
    const QUuid requested(QString::fromLatin1(ctx.request.header("client-request-id")));
    return requested.isNull() ? newGuid() : requested.toString(QUuid::WithoutBraces);
}

QString rbacUrl(Instance i)
{
    switch (i) {
    case Instance::Global:
        return QStringLiteral("https://pas.windows.net");
    case Instance::UsGov:
        return QStringLiteral("https://pasff.usgovcloudapi.net");
    case Instance::China:
        return QStringLiteral("https://pas.chinacloudapi.cn");
    }
    return {};
}

// Which cloud's values a login host shows for the tenant; nullopt = the tenant is
// unknown on this host. A US Government tenant is also known to the global
// host, which serves its configuration (facts §1.1: tools read the sub scope there).
std::optional<Cloud> visibleCloud(const TenantState &t, Instance host)
{
    const Instance own = instanceOf(t.cloud);
    if (own == host || (host == Instance::Global && own == Instance::UsGov))
        return t.cloud;
    return std::nullopt;
}

SimResponse openIdConfiguration(const Context &ctx, Instance host, const QString &tenantSeg, bool v2)
{
    const TenantState &t = ctx.state;
    const QString lower = tenantSeg.toLower();
    const bool generic = lower == QLatin1String("common") || lower == QLatin1String("organizations") ||
                         lower == QLatin1String("consumers");
    std::optional<Cloud> cloud;
    if (!generic) {
        if (!t.isTenantRef(tenantSeg))
            return error(
                ctx, 400, QStringLiteral("invalid_tenant"), 90002,
                QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                               "and are signing into the correct cloud. Check with your subscription "
                               "administrator, this may happen if there are no active subscriptions for the "
                               "tenant.")
                    .arg(tenantSeg));
        cloud = visibleCloud(t, host);
        if (!cloud)
            return error(
                ctx, 400, QStringLiteral("invalid_tenant"), 90038,
                QStringLiteral("The specified tenant '%1' belongs to the National Cloud '%2'. Current cloud "
                               "instance '%3' does not federate with '%2'.")
                    .arg(tenantSeg, instanceDisplayName(instanceOf(t.cloud)), instanceDisplayName(host)));
    }
    const Instance inst = cloud ? instanceOf(*cloud) : host;
    const CloudInfo &info = cloudInfo(cloud ? *cloud
                                            : (host == Instance::Global  ? Cloud::Commercial
                                               : host == Instance::UsGov ? Cloud::GccHigh
                                                                         : Cloud::China));
    const QString loginHost =
        cloud && instanceOf(*cloud) != host ? canonicalLoginHost(inst) : loginHostOf(ctx);
    const QString tid = generic ? lower : t.tenantId.toString(QUuid::WithoutBraces);
    const QString base = QStringLiteral("https://") + loginHost + QLatin1Char('/') + tid;
    const QString oauth = base + (v2 ? QStringLiteral("/oauth2/v2.0") : QStringLiteral("/oauth2"));
    QString issuer;
    if (generic)
        issuer = v2 ? QString(QStringLiteral("https://") + loginHost + QStringLiteral("/{tenantid}/v2.0"))
                    : QString(info.issuerV1Prefix + QStringLiteral("{tenantid}/"));
    else
        issuer = v2 ? QString(base + QStringLiteral("/v2.0")) : Tokens::issuerV1(t);
    JsonFields f{
        {QStringLiteral("token_endpoint"), QString(oauth + QStringLiteral("/token"))},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_post"), QStringLiteral("private_key_jwt"),
                    QStringLiteral("client_secret_basic")}},
        {QStringLiteral("jwks_uri"),
         v2 ? QString(base + QStringLiteral("/discovery/v2.0/keys"))
            : QString(QStringLiteral("https://") + loginHost + QStringLiteral("/common/discovery/keys"))},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("pairwise")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("id_token"), QStringLiteral("code id_token"),
                    QStringLiteral("id_token token")}},
        {QStringLiteral("scopes_supported"),
         v2 ? QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                         QStringLiteral("offline_access")}
            : QJsonArray{QStringLiteral("openid")}},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("userinfo_endpoint"),
         v2 ? QString(QStringLiteral("https://") + info.graphHost + QStringLiteral("/oidc/userinfo"))
            : QString(base + QStringLiteral("/openid/userinfo"))},
        {QStringLiteral("authorization_endpoint"), QString(oauth + QStringLiteral("/authorize"))},
        {QStringLiteral("device_authorization_endpoint"), QString(oauth + QStringLiteral("/devicecode"))},
        {QStringLiteral("http_logout_supported"), true},
        {QStringLiteral("frontchannel_logout_supported"), true},
        {QStringLiteral("end_session_endpoint"), QString(oauth + QStringLiteral("/logout"))},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("cloud_instance_name"),
                    QStringLiteral("cloud_instance_host_name"), QStringLiteral("cloud_graph_host_name"),
                    QStringLiteral("msgraph_host"), QStringLiteral("aud"), QStringLiteral("exp"),
                    QStringLiteral("iat"), QStringLiteral("auth_time"), QStringLiteral("acr"),
                    QStringLiteral("nonce"), QStringLiteral("preferred_username"), QStringLiteral("name"),
                    QStringLiteral("tid"), QStringLiteral("ver"), QStringLiteral("at_hash"),
                    QStringLiteral("c_hash"), QStringLiteral("email")}},
        {QStringLiteral("kerberos_endpoint"), QString(base + QStringLiteral("/kerberos"))},
        {QStringLiteral("tenant_region_scope"), generic ? QJsonValue() : QJsonValue(info.regionScope)},
        {QStringLiteral("tenant_region_sub_scope"), generic || info.regionSubScope.isEmpty()
                                                        ? QJsonValue(QJsonValue::Undefined)
                                                        : QJsonValue(info.regionSubScope)},
        {QStringLiteral("cloud_instance_name"), info.cloudInstanceName},
        {QStringLiteral("cloud_graph_host_name"), info.cloudGraphHostName},
        {QStringLiteral("msgraph_host"), info.graphHost},
        {QStringLiteral("rbac_url"), rbacUrl(inst)},
    };
    SimResponse r = SimResponse::json(200, orderedJson(f), QStringLiteral("tenant:openid-configuration"));
    addStandardHeaders(ctx, r, newGuid());
    r.setHeader("Cache-Control", "max-age=86400, private");
    r.setHeader("Access-Control-Allow-Origin", "*");
    return r;
}

struct Realm
{
    QString nameSpaceType = QStringLiteral("Unknown");
    QString domain;
    QString authUrl;
    QString cloudInstance;
};

Realm realmOf(const Context &ctx, Instance host, const QString &login)
{
    const TenantState &t = ctx.state;
    Realm r;
    r.domain =
        login.contains(QLatin1Char('@')) ? login.section(QLatin1Char('@'), -1).toLower() : login.toLower();
    const auto cloud = visibleCloud(t, host);
    if (!t.isTenantDomain(r.domain) || !cloud)
        return r;
    r.cloudInstance = cloudInfo(*cloud).cloudInstanceName;
    // Federation belongs to the domain: every account of it, known or not, is sent to the
    // federation service (facts §9.10).
    if (t.isFederatedDomain(r.domain)) {
        r.nameSpaceType = QStringLiteral("Federated");
        r.authUrl = QStringLiteral("https://sts.") + r.domain + QStringLiteral("/adfs/ls/?username=") +
                    QString::fromLatin1(QUrl::toPercentEncoding(login)) +
                    QStringLiteral("&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=");
    } else {
        r.nameSpaceType = QStringLiteral("Managed");
    }
    return r;
}

SimResponse getUserRealm(const Context &ctx, Instance host)
{
    const QString login = queryValue(ctx.request, QStringLiteral("login"));
    const Realm realm = realmOf(ctx, host, login);
    const bool federated = realm.nameSpaceType == QLatin1String("Federated");
    const bool known = realm.nameSpaceType != QLatin1String("Unknown");
    SimResponse r;
    if (queryValue(ctx.request, QStringLiteral("xml")) == QLatin1String("1")) {
        QString x =
            QStringLiteral("<?xml version=\"1.0\" ?><RealmInfo Success=\"true\"><State>%1</State>"
                           "<UserState>%2</UserState><Login>%3</Login><NameSpaceType>%4</NameSpaceType>")
                .arg(federated ? 3 : 4)
                .arg(federated ? 2 : 1)
                .arg(xmlEscape(login), realm.nameSpaceType);
        if (known) {
            x += QStringLiteral("<DomainName>%1</DomainName><IsFederatedNS>%2</IsFederatedNS>")
                     .arg(xmlEscape(realm.domain),
                          federated ? QStringLiteral("true") : QStringLiteral("false"));
            if (federated)
                x += QStringLiteral(
                         "<FederationGlobalVersion>-1</FederationGlobalVersion><AuthURL>%1</AuthURL>")
                         .arg(xmlEscape(realm.authUrl));
            x += QStringLiteral(
                     "<FederationBrandName>%1</FederationBrandName><CloudInstanceName>%2</CloudInstanceName>")
                     .arg(xmlEscape(ctx.state.displayName), realm.cloudInstance);
        }
        x += QStringLiteral("</RealmInfo>");
        r = SimResponse::xml(200, utf8(x), QStringLiteral("tenant:getuserrealm"));
    } else {
        JsonFields f{{QStringLiteral("State"), federated ? 3 : 4},
                     {QStringLiteral("UserState"), federated ? 2 : 1},
                     {QStringLiteral("Login"), login},
                     {QStringLiteral("NameSpaceType"), realm.nameSpaceType}};
        if (known) {
            f.append({QStringLiteral("DomainName"), realm.domain});
            if (federated) {
                f.append({QStringLiteral("FederationGlobalVersion"), -1});
                f.append({QStringLiteral("AuthURL"), realm.authUrl});
            }
            f.append({QStringLiteral("FederationBrandName"), ctx.state.displayName});
            f.append({QStringLiteral("CloudInstanceName"), realm.cloudInstance});
        }
        r = SimResponse::json(200, orderedJson(f), QStringLiteral("tenant:getuserrealm"));
    }
    addStandardHeaders(ctx, r, newGuid());
    return r;
}

SimResponse userRealm(const Context &ctx, Instance host, const QString &login)
{
    const Realm realm = realmOf(ctx, host, login);
    const bool federated = realm.nameSpaceType == QLatin1String("Federated");
    const bool known = realm.nameSpaceType != QLatin1String("Unknown");
    const QString version = queryValue(ctx.request, QStringLiteral("api-version"));
    JsonFields f;
    if (version == QLatin1String("2.0")) {
        f = {{QStringLiteral("NameSpaceType"), realm.nameSpaceType},
             {QStringLiteral("Login"), login},
             {QStringLiteral("DomainName"),
              known ? QJsonValue(realm.domain) : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("FederationBrandName"),
              known ? QJsonValue(ctx.state.displayName) : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("TenantBrandingInfo"), known ? QJsonValue() : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("AuthURL"),
              federated ? QJsonValue(realm.authUrl) : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("cloud_instance_name"),
              known ? QJsonValue(realm.cloudInstance) : QJsonValue(QJsonValue::Undefined)}};
    } else {
        const QString fedBase =
            QStringLiteral("https://sts.") + realm.domain + QStringLiteral("/adfs/services/trust/");
        f = {{QStringLiteral("ver"), QStringLiteral("1.0")},
             {QStringLiteral("account_type"), realm.nameSpaceType},
             {QStringLiteral("domain_name"), realm.domain},
             {QStringLiteral("cloud_instance_name"),
              known ? QJsonValue(realm.cloudInstance) : QJsonValue(QJsonValue::Undefined)},
             {QStringLiteral("cloud_audience_urn"),
              known ? QJsonValue(QStringLiteral("urn:federation:MicrosoftOnline"))
                    : QJsonValue(QJsonValue::Undefined)}};
        if (federated) {
            f.append({QStringLiteral("federation_protocol"), QStringLiteral("WSTrust")});
            f.append({QStringLiteral("federation_metadata_url"), QString(fedBase + QStringLiteral("mex"))});
            f.append({QStringLiteral("federation_active_auth_url"),
                      QString(fedBase + QStringLiteral("2005/usernamemixed"))});
        }
    }
    SimResponse r = SimResponse::json(200, orderedJson(f), QStringLiteral("tenant:userrealm"));
    addStandardHeaders(ctx, r, newGuid());
    return r;
}

SimResponse getCredentialType(const Context &ctx, Instance host)
{
    const QJsonObject body = QJsonDocument::fromJson(ctx.request.body).object();
    const QString username = body.value(QStringLiteral("username")).toString();
    const TenantState &t = ctx.state;
    const Realm realm = realmOf(ctx, host, username);
    const User *u = t.findUser(username);
    const bool exists = u && t.isEntraUser(*u) && realm.nameSpaceType != QLatin1String("Unknown");
    const bool federated = realm.nameSpaceType == QLatin1String("Federated");
    int ifExists = exists ? 0 : 1;
    if (ctx.throttled)
        ifExists = 2;
    JsonFields credentials{{QStringLiteral("PrefCredential"), federated ? 4 : 1},
                           {QStringLiteral("HasPassword"), true},
                           {QStringLiteral("RemoteNgcParams"), QJsonValue()},
                           {QStringLiteral("FidoParams"), QJsonValue()},
                           {QStringLiteral("SasParams"), QJsonValue()},
                           {QStringLiteral("CertAuthParams"), QJsonValue()},
                           {QStringLiteral("GoogleParams"), QJsonValue()},
                           {QStringLiteral("FacebookParams"), QJsonValue()}};
    if (federated && !ctx.throttled)
        credentials.append({QStringLiteral("FederationRedirectUrl"), realm.authUrl});
    const QByteArray credJson = orderedJson(credentials);
    const int domainType = realm.nameSpaceType == QLatin1String("Federated") ? 4
                           : realm.nameSpaceType == QLatin1String("Managed") ? 3
                                                                             : 1;
    const QByteArray ests = orderedJson(
        {{QStringLiteral("UserTenantBranding"), QJsonValue()}, {QStringLiteral("DomainType"), domainType}});
    QByteArray json = orderedJson({{QStringLiteral("Username"), username},
                                   {QStringLiteral("Display"), username},
                                   {QStringLiteral("IfExistsResult"), ifExists},
                                   {QStringLiteral("IsUnmanaged"), false},
                                   {QStringLiteral("ThrottleStatus"), ctx.throttled ? 1 : 0},
                                   {QStringLiteral("Credentials"), QStringLiteral("@C@")},
                                   {QStringLiteral("EstsProperties"), QStringLiteral("@E@")},
                                   {QStringLiteral("IsSignupDisallowed"), true},
                                   {QStringLiteral("apiCanary"), QStringLiteral("PAQABAAEAAAD")}});
    json.replace("\"@C@\"", credJson);
    json.replace("\"@E@\"", ests);
    SimResponse r = SimResponse::json(200, json, QStringLiteral("tenant:getcredentialtype"));
    addStandardHeaders(ctx, r, newGuid());
    return r;
}

} // namespace

void addStandardHeaders(const Context &ctx, SimResponse &r, const QString &traceId)
{
    r.setHeader("Cache-Control", "no-store, no-cache");
    r.setHeader("Pragma", "no-cache");
    r.setHeader("Expires", "-1");
    r.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.setHeader("x-ms-request-id", utf8(traceId));
    r.setHeader("x-ms-ests-server", "2.1.20512.4 - SCUS ProdSlices");
    const QByteArray clientRequestId = ctx.request.header("client-request-id");
    if (!clientRequestId.isEmpty() && !QUuid(QString::fromLatin1(clientRequestId)).isNull())
        r.setHeader("client-request-id", clientRequestId);
}

SimResponse error(const Context &ctx, int status, const QString &errorClass, int code, const QString &message,
                  const QString &suberror)
{
    const QString traceId = newGuid();
    const QString correlation = correlationId(ctx);
    const QString ts = entraTimestamp(ctx.nowMs);
    const QString description =
        QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
            .arg(QString::number(code), message, traceId, correlation, ts);
    JsonFields f{{QStringLiteral("error"), errorClass},
                 {QStringLiteral("error_description"), description},
                 {QStringLiteral("error_codes"), QJsonArray{code}},
                 {QStringLiteral("timestamp"), ts},
                 {QStringLiteral("trace_id"), traceId},
                 {QStringLiteral("correlation_id"), correlation}};
    // AADSTS900382 (cross-cloud confidential client) comes without error_uri (facts §9.1).
    if (code != 900382)
        f.append({QStringLiteral("error_uri"),
                  QStringLiteral("https://%1/error?code=%2").arg(loginHostOf(ctx), QString::number(code))});
    // MFA answers (50076/50079) carry suberror basic_action and no claims challenge (facts §9.11).
    if (!suberror.isEmpty())
        f.append({QStringLiteral("suberror"), suberror});
    SimResponse r = SimResponse::json(status, orderedJson(f), QStringLiteral("tenant:aadsts-%1").arg(code));
    addStandardHeaders(ctx, r, traceId);
    return r;
}

std::optional<SimResponse> handle(const Context &ctx, Instance hostInstance)
{
    const QStringList seg = ctx.request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto is = [&](qsizetype i, const char *s) {
        return seg.size() > i && seg.at(i).compare(QLatin1String(s), Qt::CaseInsensitive) == 0;
    };
    const QByteArray &m = ctx.request.method;
    if (seg.size() == 1 && is(0, "getuserrealm.srf") && m == "GET")
        return getUserRealm(ctx, hostInstance);
    if (seg.size() == 2 && is(1, "GetCredentialType") && m == "POST")
        return getCredentialType(ctx, hostInstance);
    if (seg.size() == 3 && is(1, "userrealm") && m == "GET")
        return userRealm(ctx, hostInstance, seg.at(2));
    if (seg.size() == 3 && is(1, ".well-known") && is(2, "openid-configuration") && m == "GET")
        return openIdConfiguration(ctx, hostInstance, seg.at(0), false);
    if (seg.size() == 4 && is(1, "v2.0") && is(2, ".well-known") && is(3, "openid-configuration") &&
        m == "GET")
        return openIdConfiguration(ctx, hostInstance, seg.at(0), true);
    if (seg.size() == 4 && is(1, "oauth2") && is(2, "v2.0") && is(3, "token"))
        return token(ctx, hostInstance, seg.at(0), true);
    if (seg.size() == 3 && is(1, "oauth2") && is(2, "token"))
        return token(ctx, hostInstance, seg.at(0), false);
    return std::nullopt;
}

} // namespace AuthDoctor::Sim::Tenant::Entra
