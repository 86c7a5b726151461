// The healthy tenant's services: EWS (§1.5, §2.2, §2.4), Graph (§1.6), SharePoint /
// OneDrive (§1.7), on-premises IIS challenges (§2.3), and the proxy's own rules
// (scenarios.md: unknown request → 404 empty; host outside the certificate → name mismatch).
#include "BlindProbe.h"

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kHealthy = QStringLiteral("healthy-baseline.json");
const QString kGuid = QLatin1String(kTenantId);
const QString kExo = QStringLiteral("outlook.office365.com");
const QString kExoChallenge = QStringLiteral("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\"");
const QString kUser1 = QStringLiteral("user1@contoso.com");
const QString kAppExo = QStringLiteral("app|https://outlook.office365.com/.default");
const QString kAppGraph = QStringLiteral("app|https://graph.microsoft.com/.default");
const QString kAppSpo = QStringLiteral("app|https://contoso-my.sharepoint.com/.default");
const QString kAdminEws = QStringLiteral(
    "user|admin@contoso.com|Contoso-Admin-2026!|https://outlook.office365.com/EWS.AccessAsUser.All");
const QString kUser1Graph =
    QStringLiteral("user|user1@contoso.com|User1-Contoso-2026!|https://graph.microsoft.com/User.Read");
const QString kGraph = QStringLiteral("https://graph.microsoft.com/v1.0");
const QString kSelect = QStringLiteral(
    "?$select=id,userPrincipalName,mail,proxyAddresses,accountEnabled,createdDateTime,userType,"
    "onPremisesSyncEnabled,assignedLicenses,assignedPlans");

} // namespace

QList<Row> healthyServiceRows()
{
    const QString site = QStringLiteral("https://contoso-my.sharepoint.com/personal/user1_contoso_com");
    Request ewsDelegateOther = ews(kExo, QString());
    ewsDelegateOther.body = ewsGetFolder(QString(), QStringLiteral("user2@contoso.com"));
    Request onpremUserImp = ews(QStringLiteral("mail.fabrikam.com"), QStringLiteral("admin@fabrikam.com"));
    onpremUserImp.headers.append({"Authorization", basicAuth(QStringLiteral("user1@fabrikam.com"),
                                                             QStringLiteral("User1-Fabrikam-2026!"))});
    return {
        // EWS in Exchange Online.
        {"healthy/ews unauthenticated challenge",
         {kHealthy,
          raw(ews(kExo, QString())),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", kExoChallenge},
                         {"WWW-Authenticate",
                          QStringLiteral("trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\"")},
                         {"WWW-Authenticate", QStringLiteral("Basic Realm=\"\"")}}}}},
        {"healthy/ews app-only with impersonation",
         {kHealthy,
          withBearer(ews(kExo, kUser1, kUser1), kAppExo),
          {.ewsCode = QStringLiteral("NoError"),
           .bodyHas = {QStringLiteral("ResponseClass=\"Success\""), QStringLiteral("ServerVersionInfo")},
           .headerHas = {{"request-id", QStringLiteral("-")}, {"X-FEServer", QString()}}}}},
        {"healthy/ews app-only without impersonation",
         {kHealthy,
          withBearer(ews(kExo, QString()), kAppExo),
          {.status = 500,
           .ewsCode = QStringLiteral("ErrorInvalidExchangeImpersonationHeaderData"),
           .bodyHas = {QStringLiteral("ExchangeImpersonation SOAP header must be present")}}}},
        {"healthy/ews app-only impersonating a missing mailbox",
         {kHealthy,
          withBearer(ews(kExo, QStringLiteral("ghost@contoso.com"), QStringLiteral("ghost@contoso.com")),
                     kAppExo),
          {.status = 500, .ewsCode = QStringLiteral("ErrorNonExistentMailbox")}}},
        {"healthy/ews Graph token 2000003",
         {kHealthy,
          withBearer(ews(kExo, kUser1, kUser1), kAppGraph),
          {.status = 401,
           .headerHas = {{"x-ms-diagnostics", QStringLiteral("2000003")},
                         {"x-ms-diagnostics", QStringLiteral("invalid_resource")},
                         {"WWW-Authenticate", QStringLiteral("invalid_token")}}}}},
        {"healthy/ews garbage token 2000001",
         {kHealthy,
          withBearer(ews(kExo, kUser1, kUser1), QStringLiteral("raw|not-a-jwt")),
          {.status = 401, .headerHas = {{"x-ms-diagnostics", QStringLiteral("2000001")}}}}},
        {"healthy/ews token for outlook.office.com 2000008",
         {kHealthy,
          withBearer(ews(kExo, kUser1, kUser1), QStringLiteral("app|https://outlook.office.com/.default")),
          {.status = 401,
           .headerHas = {{"x-ms-diagnostics", QStringLiteral("2000008")}},
           .xfail = QStringLiteral(
               "facts §2.2 [3P]: an app-only token for scope outlook.office.com gets 2000008 at "
               "EWS; the simulator issues it with full_access_as_app and EWS answers NoError")}}},
        {"healthy/ews delegated own mailbox",
         {kHealthy, withBearer(ews(kExo, QString()), kAdminEws), {.ewsCode = QStringLiteral("NoError")}}},
        {"healthy/ews delegated impersonation denied",
         {kHealthy,
          withBearer(ews(kExo, kUser1, kUser1), kAdminEws),
          {.status = 500, .ewsCode = QStringLiteral("ErrorImpersonateUserDenied")}}},
        {"healthy/ews plain user opens another mailbox",
         {kHealthy,
          withBearer(ewsDelegateOther, QStringLiteral("user|user1@contoso.com|User1-Contoso-2026!|https://"
                                                      "outlook.office365.com/EWS.AccessAsUser.All")),
          {.ewsCode = QStringLiteral("ErrorAccessDenied")}}},
        {"healthy/ews basic credentials are retired",
         {kHealthy,
          withHeader(ews(kExo, QString()), "Authorization",
                     basicAuth(kUser1, QStringLiteral("User1-Contoso-2026!"))),
          {.status = 401, .headerHas = {{"WWW-Authenticate", kExoChallenge}}}}},
        // Graph.
        {"healthy/graph user with $select",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com") + kSelect), kAppGraph),
          {.json = {{QStringLiteral("userPrincipalName"), kUser1},
                    {QStringLiteral("accountEnabled"), QStringLiteral("true")},
                    {QStringLiteral("createdDateTime"), QStringLiteral("2024-01-15T09:00:00Z")},
                    {QStringLiteral("assignedPlans"),
                     QStringLiteral("~efb87545-963c-4e0d-99df-69c6916d9eb0")},
                    {QStringLiteral("assignedPlans"),
                     QStringLiteral("~5dbe027f-2339-4123-9542-606e4d348a72")}}}}},
        {"healthy/graph user default properties only",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com")), kAppGraph),
          {.json = {{QStringLiteral("userPrincipalName"), kUser1},
                    {QStringLiteral("accountEnabled"), QStringLiteral("!")},
                    {QStringLiteral("createdDateTime"), QStringLiteral("!")}}}}},
        {"healthy/graph missing user 404",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/ghost@contoso.com") + kSelect), kAppGraph),
          {.status = 404,
           .json = {{QStringLiteral("error.code"), QStringLiteral("Request_ResourceNotFound")},
                    {QStringLiteral("error.innerError.request-id"), QStringLiteral("~-")},
                    {QStringLiteral("error.innerError.client-request-id"), QStringLiteral("~-")},
                    {QStringLiteral("error.innerError.date"), QStringLiteral("~T")}}}}},
        {"healthy/graph licenseDetails delegated",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com/licenseDetails")), kUser1Graph),
          {.json = {{QStringLiteral("value.0.servicePlans"),
                     QStringLiteral("~\"servicePlanName\":\"EXCHANGE_S_ENTERPRISE\"")},
                    {QStringLiteral("value.0.servicePlans"),
                     QStringLiteral("~\"servicePlanName\":\"SHAREPOINTENTERPRISE\"")},
                    {QStringLiteral("value.0.servicePlans"),
                     QStringLiteral("~\"servicePlanName\":\"EXCHANGE_S_FOUNDATION\"")},
                    {QStringLiteral("value.0.servicePlans"),
                     QStringLiteral("~\"appliesTo\":\"Company\"")}}}}},
        {"healthy/graph licenseDetails app-only not supported",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com/licenseDetails")), kAppGraph),
          {.status = 403,
           .xfail = QStringLiteral(
               "facts §1.6: licenseDetails application permission 'Not supported'; the simulator "
               "answers 200 to an app-only token")}}},
        {"healthy/graph mailboxSettings",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com/mailboxSettings")), kAppGraph),
          {.json = {{QStringLiteral("userPurpose"), QStringLiteral("user")}}}}},
        {"healthy/graph drive",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com/drive")), kAppGraph),
          {.json = {{QStringLiteral("driveType"), QStringLiteral("business")},
                    {QStringLiteral("webUrl"),
                     QStringLiteral("~https://contoso-my.sharepoint.com/personal/user1_contoso_com")}}}}},
        {"healthy/graph security defaults off",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/policies/identitySecurityDefaultsEnforcementPolicy")),
                     kAppGraph),
          {.json = {{QStringLiteral("isEnabled"), QStringLiteral("false")}}}}},
        {"healthy/graph without token",
         {kHealthy,
          get(kGraph + QStringLiteral("/users/user1@contoso.com")),
          {.status = 401,
           .json = {{QStringLiteral("error.code"), QStringLiteral("InvalidAuthenticationToken")}}}}},
        {"healthy/graph with an EXO token",
         {kHealthy,
          withBearer(get(kGraph + QStringLiteral("/users/user1@contoso.com")), kAppExo),
          {.status = 401,
           .json = {{QStringLiteral("error.code"), QStringLiteral("InvalidAuthenticationToken")}}}}},
        // SharePoint / OneDrive.
        {"healthy/sharepoint unauthenticated challenge",
         {kHealthy,
          get(site + QStringLiteral("/_api/web")),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", QStringLiteral("Bearer realm=\"%1\"").arg(kGuid)},
                         {"WWW-Authenticate",
                          QStringLiteral("client_id=\"%1\"").arg(QLatin1String(kSpoResourceId))}}}}},
        {"healthy/sharepoint personal site exists",
         {kHealthy, get(site + QStringLiteral("/_layouts/15/onedrive.aspx")), {.status = 401}}},
        {"healthy/sharepoint personal site missing",
         {kHealthy,
          get(QStringLiteral(
              "https://contoso-my.sharepoint.com/personal/ghost_contoso_com/_layouts/15/onedrive.aspx")),
          {.status = 404}}},
        {"healthy/sharepoint secret app-only token",
         {kHealthy,
          withBearer(get(site + QStringLiteral("/_api/web")), kAppSpo),
          {.status = 401, .bodyHas = {QStringLiteral("Unsupported app only token.")}}}},
        // On-premises Exchange 2019 (mail.fabrikam.com).
        {"healthy/onprem challenge",
         {kHealthy,
          raw(ews(QStringLiteral("mail.fabrikam.com"), QString())),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", QStringLiteral("Negotiate")},
                         {"WWW-Authenticate", QStringLiteral("NTLM")},
                         {"WWW-Authenticate", QStringLiteral("Basic realm=\"mail.fabrikam.com\"")},
                         {"X-OWA-Version", QStringLiteral("15.2.1544.4")}},
           .headerLines = {{"WWW-Authenticate", 3}}}}},
        {"healthy/onprem basic",
         {kHealthy,
          withHeader(ews(QStringLiteral("mail.fabrikam.com"), QString()), "Authorization",
                     basicAuth(QStringLiteral("user1@fabrikam.com"), QStringLiteral("User1-Fabrikam-2026!"))),
          {.ewsCode = QStringLiteral("NoError")}}},
        {"healthy/onprem basic wrong password",
         {kHealthy,
          withHeader(ews(QStringLiteral("mail.fabrikam.com"), QString()), "Authorization",
                     basicAuth(QStringLiteral("user1@fabrikam.com"), QStringLiteral("wrong"))),
          {.status = 401}}},
        {"healthy/onprem ntlm type 1 gets a type 2",
         {kHealthy,
          raw(withHeader(ews(QStringLiteral("mail.fabrikam.com"), QString()), "Authorization",
                         "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==")),
          {.status = 401, .headerHas = {{"WWW-Authenticate", QStringLiteral("NTLM TlRMTVNTUAAC")}}}}},
        {"healthy/onprem plain user may not impersonate",
         {kHealthy, onpremUserImp, {.status = 500, .ewsCode = QStringLiteral("ErrorImpersonateUserDenied")}}},
        {"healthy/onprem autodiscover pox",
         {kHealthy,
          post(QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml"),
               poxBody(QStringLiteral("user1@fabrikam.com")), "text/xml; charset=utf-8",
               {{"Authorization",
                 basicAuth(QStringLiteral("user1@fabrikam.com"), QStringLiteral("User1-Fabrikam-2026!"))}}),
          {.bodyHas = {QStringLiteral("<EwsUrl>https://mail.fabrikam.com/EWS/Exchange.asmx</EwsUrl>")}}}},
        // The proxy's own rules.
        {"healthy/unknown request 404 empty",
         {kHealthy,
          get(QStringLiteral("https://nothing-here.contoso.com/whatever")),
          {.status = 404, .bodyEquals = QByteArray()}}},
        {"healthy/host outside the certificate",
         {kHealthy,
          get(QStringLiteral("https://www.example.org/")),
          {.status = -1,
           .errors = {QNetworkReply::SslHandshakeFailedError},
           .sslErrors = {QSslError::HostNameMismatch}}}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
