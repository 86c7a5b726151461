// base "healthy-tenant" with app and tenant-wide overrides (scenarios.md:
// public_client, consented, secret, delegated, application, enabled;
// security_defaults, ews_enabled, conditional_access, basic_auth) and the
// on-premises server (on_prem.*) with authdoctor.tls.
#include "BlindProbe.h"

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kApps = QStringLiteral("tenant-apps.json");
const QString kPolicies = QStringLiteral("tenant-policies.json");
const QString kBasicOn = QStringLiteral("tenant-basic-auth-on.json");
const QString kOnPrem = QStringLiteral("tenant-onprem-server.json");
const QString kDbTls = QStringLiteral("tenant-onprem-database-tls.json");
const QString kGuid = QLatin1String(kTenantId);
const QString kD = QLatin1String(kDelegatedApp);
const QString kA = QLatin1String(kAppOnlyApp);
const QString kSecret = QLatin1String(kAppOnlySecret);
const QString kEwsScope = QLatin1String(kEwsDelegatedScope);
const QString kExoApp = QLatin1String(kEwsAppScope);
const QString kGraphApp = QLatin1String(kGraphAppScope);
const QString kExo = QStringLiteral("outlook.office365.com");
const QString kUser1 = QStringLiteral("user1@contoso.com");
const QString kUser1Pw = QStringLiteral("User1-Contoso-2026!");
const QString kAdded1 = QStringLiteral("0a0a0a0a-1111-4222-8333-444444444401");
const QString kAdded2 = QStringLiteral("0a0a0a0a-1111-4222-8333-444444444402");
const QString kAdded3 = QStringLiteral("0a0a0a0a-1111-4222-8333-444444444403");
const QString kAdded4 = QStringLiteral("0a0a0a0a-1111-4222-8333-444444444404");

Request fabrikamBasic(const QString &host, const QString &password)
{
    return withHeader(ews(host, QString()), "Authorization",
                      basicAuth(QStringLiteral("user1@fabrikam.com"), password));
}

} // namespace

QList<Row> tenantAppPolicyRows()
{
    const QString adPox = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml");
    const QString fabPw = QStringLiteral("User1-Fabrikam-2026!");
    return {
        // Apps.
        {"apps/public client flows off 7000218",
         {kApps, ropc(kGuid, kD, kUser1, kUser1Pw, kEwsScope), {.status = 401, .aadsts = {7000218}}}},
        {"apps/no admin consent gives a token without roles",
         {kApps,
          clientCredentials(kGuid, kA, kSecret, kExoApp),
          {.claims = {{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                      {QStringLiteral("roles"), QStringLiteral("!")}}}}},
        {"apps/token without permissions at EWS 2000008",
         {kApps,
          withBearer(ews(kExo, kUser1, kUser1), QStringLiteral("app|") + kExoApp),
          {.status = 401, .headerHas = {{"x-ms-diagnostics", QStringLiteral("2000008")}}}}},
        {"apps/delegated permission not requested 650057",
         {kApps,
          ropc(kGuid, kAdded1, kUser1, kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {650057, 650056}}}},
        {"apps/delegated permission present",
         {kApps,
          ropc(kGuid, kAdded1, kUser1, kUser1Pw, QStringLiteral("https://graph.microsoft.com/User.Read")),
          {.claims = {{QStringLiteral("scp"), QStringLiteral("User.Read")},
                      {QStringLiteral("aud"), QStringLiteral("https://graph.microsoft.com")}}}}},
        {"apps/added confidential app with its secret",
         {kApps,
          clientCredentials(kGuid, kAdded2, QStringLiteral("Rotated~Secret.Value-2026"), kGraphApp),
          {.claims = {{QStringLiteral("roles"), QStringLiteral("User.Read.All")},
                      {QStringLiteral("appid"), kAdded2}}}}},
        {"apps/added app lacks full_access_as_app",
         {kApps,
          clientCredentials(kGuid, kAdded2, QStringLiteral("Rotated~Secret.Value-2026"), kExoApp),
          {.claims = {{QStringLiteral("roles"), QStringLiteral("!")}}}}},
        {"apps/old secret on the added app 7000215",
         {kApps,
          clientCredentials(kGuid, kAdded2, kSecret, kGraphApp),
          {.status = 401, .aadsts = {7000215, 70002}}}},
        {"apps/disabled app",
         {kApps,
          clientCredentials(kGuid, kAdded3, QStringLiteral("Disabled~Secret.Value-2026"), kExoApp),
          {.status = 400, .aadsts = {7000112, 70001}}}},
        {"apps/not consented delegated app 65001",
         {kApps,
          ropc(kGuid, kAdded4, kUser1, kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {65001, 90094}}}},
        // Tenant-wide policies.
        {"policies/security defaults block ROPC",
         {kPolicies,
          ropc(kGuid, kD, kUser1, kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {530035, 50079, 50072, 50076}}}},
        {"policies/security defaults in Graph",
         {kPolicies,
          withBearer(
              get(QStringLiteral(
                  "https://graph.microsoft.com/v1.0/policies/identitySecurityDefaultsEnforcementPolicy")),
              QStringLiteral("app|") + kGraphApp),
          {.json = {{QStringLiteral("isEnabled"), QStringLiteral("true")}}}}},
        {"policies/conditional access 53003",
         {kPolicies,
          ropc(kGuid, kD, QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!"),
               kEwsScope),
          {.status = 400, .aadsts = {53003}}}},
        {"policies/conditional access after the password check",
         {kPolicies,
          ropc(kGuid, kD, QStringLiteral("user2@contoso.com"), QStringLiteral("wrong"), kEwsScope),
          {.status = 400, .aadsts = {50126}}}},
        {"policies/app-only still gets a token",
         {kPolicies,
          clientCredentials(kGuid, kA, kSecret, kExoApp),
          {.claims = {{QStringLiteral("roles"), QStringLiteral("full_access_as_app")}}}}},
        {"policies/EWS disabled 403",
         {kPolicies,
          withBearer(ews(kExo, kUser1, kUser1), QStringLiteral("app|") + kExoApp),
          {.status = 403}}},
        // Basic authentication turned on (historical state), changed password.
        {"basic-on/EWS accepts basic",
         {kBasicOn,
          withHeader(ews(kExo, QString()), "Authorization", basicAuth(kUser1, kUser1Pw)),
          {.ewsCode = QStringLiteral("NoError")}}},
        {"basic-on/EWS wrong basic password",
         {kBasicOn,
          withHeader(ews(kExo, QString()), "Authorization", basicAuth(kUser1, QStringLiteral("wrong"))),
          {.status = 401}}},
        {"basic-on/autodiscover old password",
         {kBasicOn,
          post(adPox, poxBody(QStringLiteral("admin@contoso.com")), "text/xml; charset=utf-8",
               {{"Authorization",
                 basicAuth(QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso-Admin-2026!"))}}),
          {.status = 401, .headerHas = {{"X-AutoDiscovery-Error", QStringLiteral("AADSTS50126")}}}}},
        {"basic-on/changed password works for ROPC",
         {kBasicOn,
          ropc(kGuid, kD, QStringLiteral("admin@contoso.com"), QStringLiteral("New-Admin-Password-2026!"),
               kEwsScope),
          {.claims = {{QStringLiteral("upn"), QStringLiteral("admin@contoso.com")}}}}},
        {"basic-on/old password refused",
         {kBasicOn,
          ropc(kGuid, kD, QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso-Admin-2026!"),
               kEwsScope),
          {.status = 400, .aadsts = {50126}}}},
        // On-premises server moved, NTLM/Negotiate only, Extended Protection.
        {"onprem/new host challenge",
         {kOnPrem,
          raw(ews(QStringLiteral("owa.fabrikam.com"), QString())),
          {.status = 401,
           .headerHas =
               {{"WWW-Authenticate", QStringLiteral("NTLM")},
                {"WWW-Authenticate", QStringLiteral("Negotiate")},
                {"WWW-Authenticate",
                 QStringLiteral("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\"")},
                {"WWW-Authenticate",
                 QStringLiteral("trusted_issuers=\"00000001-0000-0000-c000-000000000000@%1").arg(kGuid)},
                {"X-OWA-Version", QStringLiteral("15.2.1258.12")}},
           .headerLines = {{"WWW-Authenticate", 3}}}}},
        {"onprem/basic not offered",
         {kOnPrem,
          raw(ews(QStringLiteral("owa.fabrikam.com"), QString())),
          {.status = 401, .headerLacks = {{"WWW-Authenticate", QStringLiteral("Basic")}}}}},
        {"onprem/basic refused",
         {kOnPrem, fabrikamBasic(QStringLiteral("owa.fabrikam.com"), fabPw), {.status = 401}}},
        {"onprem/old host gone",
         {kOnPrem,
          ews(QStringLiteral("mail.fabrikam.com"), QString()),
          {.status = 404, .bodyEquals = QByteArray()}}},
        // Database offline, Basic only, bad certificates.
        {"dbtls/basic-only challenge",
         {kDbTls,
          ews(QStringLiteral("mail.fabrikam.com"), QString()),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", QStringLiteral("Basic realm=\"mail.fabrikam.com\"")}},
           .headerLacks = {{"WWW-Authenticate", QStringLiteral("NTLM")},
                           {"WWW-Authenticate", QStringLiteral("Negotiate")}}}}},
        {"dbtls/database offline",
         {kDbTls,
          fabrikamBasic(QStringLiteral("mail.fabrikam.com"), fabPw),
          {.ewsCode = QStringLiteral("ErrorMailboxStoreUnavailable")}}},
        {"dbtls/expired certificate",
         {kDbTls,
          get(QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml")),
          {.status = -1,
           .errors = {QNetworkReply::SslHandshakeFailedError},
           .sslErrors = {QSslError::CertificateExpired}}}},
        {"dbtls/self-signed certificate",
         {kDbTls,
          get(QStringLiteral("https://contoso-my.sharepoint.com/personal/user1_contoso_com/_api/web")),
          {.status = -1,
           .errors = {QNetworkReply::SslHandshakeFailedError},
           .sslErrors = {QSslError::SelfSignedCertificate}}}},
        {"dbtls/wrong-name certificate",
         {kDbTls,
          get(QStringLiteral("https://graph.microsoft.com/v1.0/users/user1@contoso.com")),
          {.status = -1,
           .errors = {QNetworkReply::SslHandshakeFailedError},
           .sslErrors = {QSslError::HostNameMismatch}}}},
        {"dbtls/other hosts keep the good certificate",
         {kDbTls,
          get(QStringLiteral(
              "https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration")),
          {.json = {{QStringLiteral("token_endpoint"), QStringLiteral("~") + kGuid}}}}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
