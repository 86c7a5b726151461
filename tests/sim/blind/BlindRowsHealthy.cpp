// The healthy tenant as documented: realm discovery, the v2.0 token endpoint,
// Autodiscover (POX, SOAP, v2) and EWS (m365-auth-facts.md §1.2–§1.5, §2.1–§2.4).
#include "BlindProbe.h"

#include <QUrl>

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kHealthy = QStringLiteral("healthy-baseline.json");
const QString kGuid = QLatin1String(kTenantId);
const QString kD = QLatin1String(kDelegatedApp);
const QString kA = QLatin1String(kAppOnlyApp);
const QString kSecret = QLatin1String(kAppOnlySecret);
const QString kEwsScope = QLatin1String(kEwsDelegatedScope);
const QString kExoChallenge = QStringLiteral("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\"");
const QString kUser1 = QStringLiteral("user1@contoso.com");
const QString kUser1Pw = QStringLiteral("User1-Contoso-2026!");
const QString kAppExo = QStringLiteral("app|https://outlook.office365.com/.default");
const QString kAppGraph = QStringLiteral("app|https://graph.microsoft.com/.default");

Request withSecret(Request r, const QString &secret)
{
    r.body += "&client_secret=" + QUrl::toPercentEncoding(secret);
    return r;
}

} // namespace

QList<Row> healthyRows()
{
    const QString login = QStringLiteral("https://login.microsoftonline.com");
    const QString adPox = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml");
    const QString adSvc = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc");
    return {
        // §1.2(a) OpenID configuration.
        {"healthy/openid v2.0 by domain",
         {kHealthy,
          get(login + QStringLiteral("/contoso.com/v2.0/.well-known/openid-configuration")),
          {.json = {{QStringLiteral("token_endpoint"), QStringLiteral("~") + kGuid},
                    {QStringLiteral("cloud_instance_name"), QStringLiteral("microsoftonline.com")},
                    {QStringLiteral("tenant_region_sub_scope"), QStringLiteral("!")}}}}},
        {"healthy/openid v1 issuer is sts.windows.net",
         {kHealthy,
          get(login + QStringLiteral("/contoso.com/.well-known/openid-configuration")),
          {.json = {{QStringLiteral("issuer"), QStringLiteral("https://sts.windows.net/%1/").arg(kGuid)}}}}},
        {"healthy/openid by GUID",
         {kHealthy,
          get(login + QStringLiteral("/%1/v2.0/.well-known/openid-configuration").arg(kGuid)),
          {.json = {{QStringLiteral("token_endpoint"), QStringLiteral("~") + kGuid}}}}},
        {"healthy/openid onmicrosoft domain",
         {kHealthy,
          get(login + QStringLiteral("/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration")),
          {.json = {{QStringLiteral("token_endpoint"), QStringLiteral("~") + kGuid}}}}},
        {"healthy/openid unknown domain 90002",
         {kHealthy,
          get(login + QStringLiteral("/nosuch.example/v2.0/.well-known/openid-configuration")),
          {.status = 400, .aadsts = {90002}}}},
        // §1.2(b) getuserrealm.
        {"healthy/getuserrealm managed",
         {kHealthy,
          get(login + QStringLiteral("/getuserrealm.srf?login=user1@contoso.com&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Managed")},
                    {QStringLiteral("DomainName"), QStringLiteral("contoso.com")}}}}},
        {"healthy/getuserrealm unknown domain",
         {kHealthy,
          get(login + QStringLiteral("/getuserrealm.srf?login=someone@nosuch.example&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Unknown")}}}}},
        {"healthy/getuserrealm xml=1",
         {kHealthy,
          get(login + QStringLiteral("/getuserrealm.srf?login=user1@contoso.com&xml=1")),
          {.bodyHas = {QStringLiteral("<NameSpaceType>Managed</NameSpaceType>")}}}},
        // §1.3(a) ROPC.
        {"healthy/ropc user1 gets a delegated EWS token",
         {kHealthy,
          ropc(kGuid, kD, kUser1, kUser1Pw, kEwsScope + QStringLiteral(" offline_access")),
          {.json = {{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("refresh_token"), QStringLiteral("~")}},
           .claims = {{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                      {QStringLiteral("tid"), kGuid},
                      {QStringLiteral("appid"), kD},
                      {QStringLiteral("scp"), QStringLiteral("EWS.AccessAsUser.All")},
                      {QStringLiteral("appidacr"), QStringLiteral("0")},
                      {QStringLiteral("upn"), kUser1},
                      {QStringLiteral("roles"), QStringLiteral("!")}}}}},
        {"healthy/ropc via organizations",
         {kHealthy,
          ropc(QStringLiteral("organizations"), kD, kUser1, kUser1Pw, kEwsScope),
          {.claims = {{QStringLiteral("tid"), kGuid}}}}},
        {"healthy/ropc wrong password 50126",
         {kHealthy,
          ropc(QStringLiteral("contoso.com"), kD, kUser1, QStringLiteral("not-the-password"), kEwsScope),
          {.status = 400,
           .aadsts = {50126},
           .json = {{QStringLiteral("error"), QStringLiteral("invalid_grant")}}}}},
        {"healthy/token error carries trace and correlation ids",
         {kHealthy,
          ropc(kGuid, kD, kUser1, QStringLiteral("not-the-password"), kEwsScope),
          {.status = 400,
           .json = {{QStringLiteral("error_codes"), QStringLiteral("[50126]")},
                    {QStringLiteral("error_description"), QStringLiteral("~AADSTS50126: ")},
                    {QStringLiteral("error_description"), QStringLiteral("~\r\nTrace ID: ")},
                    {QStringLiteral("error_description"), QStringLiteral("~\r\nCorrelation ID: ")},
                    {QStringLiteral("trace_id"), QStringLiteral("~-")},
                    {QStringLiteral("correlation_id"), QStringLiteral("~-")},
                    {QStringLiteral("timestamp"), QStringLiteral("~:")}}}}},
        {"healthy/ropc unknown user 50034",
         {kHealthy,
          ropc(kGuid, kD, QStringLiteral("nobody@contoso.com"), kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {50034}}}},
        {"healthy/ropc over common 9001023",
         {kHealthy,
          ropc(QStringLiteral("common"), kD, kUser1, kUser1Pw, kEwsScope),
          {.status = 400,
           .aadsts = {9001023},
           .json = {{QStringLiteral("error"), QStringLiteral("invalid_request")}}}}},
        {"healthy/ropc over consumers 9001023",
         {kHealthy,
          ropc(QStringLiteral("consumers"), kD, kUser1, kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {9001023}}}},
        {"healthy/ropc unknown tenant 90002",
         {kHealthy,
          ropc(QStringLiteral("nosuch.example"), kD, kUser1, kUser1Pw, kEwsScope),
          {.status = 400, .aadsts = {90002}}}},
        {"healthy/ropc public client with a secret 700025",
         {kHealthy,
          withSecret(ropc(kGuid, kD, kUser1, kUser1Pw, kEwsScope), QStringLiteral("x")),
          {.status = 401, .aadsts = {700025}}}},
        // §1.3(b) client credentials.
        {"healthy/client credentials EXO token",
         {kHealthy,
          clientCredentials(kGuid, kA, kSecret, QLatin1String(kEwsAppScope)),
          {.json = {{QStringLiteral("refresh_token"), QStringLiteral("!")}},
           .claims = {{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                      {QStringLiteral("roles"), QStringLiteral("full_access_as_app")},
                      {QStringLiteral("appid"), kA},
                      {QStringLiteral("appidacr"), QStringLiteral("1")},
                      {QStringLiteral("tid"), kGuid},
                      {QStringLiteral("scp"), QStringLiteral("!")}}}}},
        {"healthy/client credentials Graph token roles",
         {kHealthy,
          clientCredentials(kGuid, kA, kSecret, QLatin1String(kGraphAppScope)),
          {.claims = {{QStringLiteral("aud"), QStringLiteral("https://graph.microsoft.com")},
                      {QStringLiteral("roles"), QStringLiteral("User.Read.All")},
                      {QStringLiteral("roles"), QStringLiteral("Files.Read.All")},
                      {QStringLiteral("roles"), QStringLiteral("MailboxSettings.Read")},
                      {QStringLiteral("roles"), QStringLiteral("Policy.Read.All")}}}}},
        {"healthy/client credentials wrong secret 7000215",
         {kHealthy,
          clientCredentials(kGuid, kA, QStringLiteral("the-secret-id-not-value"),
                            QLatin1String(kEwsAppScope)),
          {.status = 401,
           .aadsts = {7000215, 70002},
           .json = {{QStringLiteral("error"), QStringLiteral("invalid_client")}}}}},
        {"healthy/client credentials no secret 7000218",
         {kHealthy,
          clientCredentials(kGuid, kA, QString(), QLatin1String(kEwsAppScope)),
          {.status = 401, .aadsts = {7000218}}}},
        {"healthy/client credentials unknown app 700016",
         {kHealthy,
          clientCredentials(kGuid, QStringLiteral("11111111-2222-3333-4444-555555555555"), kSecret,
                            QLatin1String(kEwsAppScope)),
          {.status = 400, .aadsts = {700016}}}},
        {"healthy/client credentials delegated scope 70011",
         {kHealthy, clientCredentials(kGuid, kA, kSecret, kEwsScope), {.status = 400, .aadsts = {70011}}}},
        {"healthy/client credentials two resources 70011",
         {kHealthy,
          clientCredentials(kGuid, kA, kSecret,
                            QLatin1String(kEwsAppScope) + QLatin1Char(' ') + QLatin1String(kGraphAppScope)),
          {.status = 400, .aadsts = {70011}}}},
        {"healthy/client credentials EWS URL as resource 500011",
         {kHealthy,
          clientCredentials(kGuid, kA, kSecret,
                            QStringLiteral("https://outlook.office365.com/ews/Exchange.asmx/.default")),
          {.status = 400, .aadsts = {500011}}}},
        {"healthy/client credentials over common 9001023",
         {kHealthy,
          clientCredentials(QStringLiteral("common"), kA, kSecret, QLatin1String(kEwsAppScope)),
          {.status = 400, .aadsts = {9001023}}}},
        // §1.2(f) Autodiscover v2.
        {"healthy/autodiscover v2 cloud mailbox",
         {kHealthy,
          get(QStringLiteral("https://outlook.office365.com/autodiscover/"
                             "autodiscover.json?Email=user1@contoso.com&Protocol=EWS"),
              {{"Accept", "application/json"}}),
          {.json = {{QStringLiteral("Protocol"), QStringLiteral("EWS")},
                    {QStringLiteral("Url"),
                     QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx")}}}}},
        {"healthy/autodiscover v2 path form AutodiscoverV1",
         {kHealthy,
          get(QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/"
                             "user1@contoso.com?Protocol=AutodiscoverV1"),
              {{"Accept", "application/json"}}),
          {.json = {{QStringLiteral("Protocol"), QStringLiteral("AutodiscoverV1")},
                    {QStringLiteral("Url"), QStringLiteral("~https://")}}}}},
        {"healthy/autodiscover v2 invalid protocol 400",
         {kHealthy,
          get(QStringLiteral("https://outlook.office365.com/autodiscover/"
                             "autodiscover.json?Email=user1@contoso.com&Protocol=Bogus")),
          {.status = 400, .bodyHas = {QStringLiteral("InvalidProtocol")}}}},
        // §1.4 Autodiscover POX / SOAP, §2.2 challenge.
        {"healthy/pox unauthenticated challenge",
         {kHealthy,
          post(adPox, poxBody(kUser1), "text/xml; charset=utf-8"),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", kExoChallenge},
                         {"WWW-Authenticate", QStringLiteral("Basic Realm=\"\"")}}}}},
        {"healthy/pox with app token",
         {kHealthy,
          withBearer(post(adPox, poxBody(kUser1), "text/xml; charset=utf-8",
                          {{"X-AnchorMailbox", "user1@contoso.com"}}),
                     kAppExo),
          {.bodyHas =
               {QStringLiteral("<Action>settings</Action>"),
                QStringLiteral("<EwsUrl>https://outlook.office365.com/EWS/Exchange.asmx</EwsUrl>"),
                QStringLiteral("<MicrosoftOnline>True</MicrosoftOnline>"),
                QStringLiteral(
                    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a")}}}},
        {"healthy/pox basic is blocked",
         {kHealthy,
          post(adPox, poxBody(kUser1), "text/xml; charset=utf-8",
               {{"Authorization", basicAuth(kUser1, kUser1Pw)}}),
          {.status = 401,
           .headerHas = {{"X-AutoDiscovery-Error", QStringLiteral("BasicAuthBlockStatus - Deny")}}}}},
        {"healthy/soap GetUserSettings",
         {kHealthy,
          withBearer(post(adSvc, soapGetUserSettings(kUser1, adSvc), "text/xml; charset=utf-8",
                          {{"X-AnchorMailbox", "user1@contoso.com"}}),
                     kAppExo),
          {.ewsCode = QStringLiteral("NoError"),
           .bodyHas = {QStringLiteral("ExternalEwsUrl"),
                       QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx"),
                       QStringLiteral("GetUserSettingsResponseMessage")}}}},
        {"healthy/soap GetUserSettings unknown mailbox InvalidUser",
         {kHealthy,
          withBearer(post(adSvc, soapGetUserSettings(QStringLiteral("ghost@contoso.com"), adSvc),
                          "text/xml; charset=utf-8", {{"X-AnchorMailbox", "ghost@contoso.com"}}),
                     kAppExo),
          {.ewsCode = QStringLiteral("InvalidUser")}}},
        {"healthy/plain http autodiscover redirect",
         {kHealthy,
          get(QStringLiteral("http://autodiscover.contoso.com/autodiscover/autodiscover.xml")),
          {.status = 302, .headerHas = {{"Location", QStringLiteral("https://")}}}}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
