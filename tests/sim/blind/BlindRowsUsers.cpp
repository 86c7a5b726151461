// base "healthy-tenant" with user overrides (scenarios.md, authdoctor.tenant.users):
// sign-in states → AADSTS codes (facts §2.1), mailbox / OneDrive / licences / sync →
// Graph, EWS and Autodiscover answers (facts §1.6, §2.4, §2.6), and mappings placed
// in front of the model.
#include "BlindProbe.h"

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kSignin = QStringLiteral("tenant-user-signin.json");
const QString kMailbox = QStringLiteral("tenant-user-mailbox-onedrive.json");
const QString kMixed = QStringLiteral("mixed-mappings-over-tenant.json");
const QString kGuid = QLatin1String(kTenantId);
const QString kD = QLatin1String(kDelegatedApp);
const QString kScope = QLatin1String(kEwsDelegatedScope);
const QString kExo = QStringLiteral("outlook.office365.com");
const QString kAppExo = QStringLiteral("app|https://outlook.office365.com/.default");
const QString kAppGraph = QStringLiteral("app|https://graph.microsoft.com/.default");
const QString kGraph = QStringLiteral("https://graph.microsoft.com/v1.0/users/");
const QString kAdSvc = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc");

Request signin(const QString &upn, const QString &password)
{
    return ropc(kGuid, kD, upn, password, kScope);
}

Request graph(const QString &path)
{
    return withBearer(get(kGraph + path), kAppGraph);
}

Request impersonate(const QString &mailbox)
{
    return withBearer(ews(kExo, mailbox, mailbox), kAppExo);
}

} // namespace

QList<Row> tenantUserRows()
{
    return {
        // Sign-in states.
        {"users/mfa enforced 50076",
         {kSignin,
          signin(QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso-Admin-2026!")),
          {.status = 400,
           .aadsts = {50076, 50074},
           .json = {{QStringLiteral("error"), QStringLiteral("invalid_grant")}}}}},
        {"users/mfa enforced but wrong password 50126",
         {kSignin,
          signin(QStringLiteral("admin@contoso.com"), QStringLiteral("wrong")),
          {.status = 400, .aadsts = {50126}}}},
        {"users/mfa registration required 50079",
         {kSignin,
          signin(QStringLiteral("migration@contoso.com"), QStringLiteral("Migrate-Contoso-2026!")),
          {.status = 400, .aadsts = {50079, 50072}}}},
        {"users/locked 50053",
         {kSignin,
          signin(QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!")),
          {.status = 400, .aadsts = {50053}}}},
        {"users/disabled 50057",
         {kSignin,
          signin(QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!")),
          {.status = 400, .aadsts = {50057}}}},
        {"users/password expired 50055",
         {kSignin,
          signin(QStringLiteral("user3@contoso.com"), QStringLiteral("User3-Contoso-2026!")),
          {.status = 400, .aadsts = {50055}}}},
        {"users/added user signs in",
         {kSignin,
          signin(QStringLiteral("newbie@contoso.com"), QStringLiteral("Newbie-Contoso-2026!")),
          {.claims = {{QStringLiteral("upn"), QStringLiteral("newbie@contoso.com")},
                      {QStringLiteral("tid"), kGuid}}}}},
        {"users/added user has the base defaults",
         {kSignin,
          graph(QStringLiteral("newbie@contoso.com?$select=accountEnabled,createdDateTime,assignedPlans")),
          {.json = {{QStringLiteral("accountEnabled"), QStringLiteral("true")},
                    {QStringLiteral("assignedPlans"),
                     QStringLiteral("~efb87545-963c-4e0d-99df-69c6916d9eb0")}}}}},
        {"users/added user has a mailbox",
         {kSignin,
          impersonate(QStringLiteral("newbie@contoso.com")),
          {.ewsCode = QStringLiteral("NoError")}}},
        {"users/disabled in Graph",
         {kSignin,
          graph(QStringLiteral("user2@contoso.com?$select=accountEnabled")),
          {.json = {{QStringLiteral("accountEnabled"), QStringLiteral("false")}}}}},
        {"users/disabled in EWS",
         {kSignin,
          impersonate(QStringLiteral("user2@contoso.com")),
          {.ewsCode = QStringLiteral("ErrorAccountDisabled")}}},
        // Mailbox, OneDrive, licences, sync, federation.
        {"mailbox/on-prem mailbox not in Graph",
         {kMailbox,
          graph(QStringLiteral("user1@contoso.com/mailboxSettings")),
          {.status = 404,
           .json = {{QStringLiteral("error.code"), QStringLiteral("MailboxNotEnabledForRESTAPI")}}}}},
        {"mailbox/on-prem mailbox not in EXO",
         {kMailbox,
          impersonate(QStringLiteral("user1@contoso.com")),
          {.status = 500, .ewsCode = QStringLiteral("ErrorNonExistentMailbox")}}},
        // facts §9.5(b): Exchange Online answers 302 to the on-premises Autodiscover.
        {"mailbox/on-prem mailbox autodiscover v2 points on-prem",
         {kMailbox,
          get(QStringLiteral("https://outlook.office365.com/autodiscover/"
                             "autodiscover.json?Email=user1@contoso.com&Protocol=EWS")),
          {.status = 302,
           .headerHas = {{"Location",
                          QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/"
                                         "autodiscover.json/v1.0/user1@contoso.com?Protocol=EWS")}}}}},
        {"mailbox/on-prem mailbox soap autodiscover redirects",
         {kMailbox,
          withBearer(post(kAdSvc, soapGetUserSettings(QStringLiteral("user1@contoso.com"), kAdSvc),
                          "text/xml; charset=utf-8", {{"X-AnchorMailbox", "user1@contoso.com"}}),
                     kAppExo),
          {.bodyHas = {QStringLiteral("mail.fabrikam.com")}}}},
        {"mailbox/synced from on-prem",
         {kMailbox,
          graph(QStringLiteral("user1@contoso.com?$select=onPremisesSyncEnabled")),
          {.json = {{QStringLiteral("onPremisesSyncEnabled"), QStringLiteral("true")}}}}},
        {"mailbox/no mailbox in EWS",
         {kMailbox,
          impersonate(QStringLiteral("user2@contoso.com")),
          {.status = 500, .ewsCode = QStringLiteral("ErrorNonExistentMailbox")}}},
        {"mailbox/foundation plan only",
         {kMailbox,
          graph(QStringLiteral("user2@contoso.com/licenseDetails")),
          {.json = {{QStringLiteral("value.0.servicePlans"), QStringLiteral("~EXCHANGE_S_FOUNDATION")}}}}},
        {"mailbox/foundation plan is not a mailbox plan",
         {kMailbox,
          graph(QStringLiteral("user2@contoso.com/licenseDetails")),
          {.bodyLacks = {QStringLiteral("EXCHANGE_S_ENTERPRISE"), QStringLiteral("EXCHANGE_S_STANDARD"),
                         QStringLiteral("SHAREPOINTENTERPRISE")}}}},
        {"mailbox/onedrive none in Graph",
         {kMailbox,
          graph(QStringLiteral("user2@contoso.com/drive")),
          {.status = 400, .bodyHas = {QStringLiteral("mysite")}}}},
        {"mailbox/onedrive none personal site 404",
         {kMailbox,
          get(QStringLiteral(
              "https://contoso-my.sharepoint.com/personal/user2_contoso_com/_layouts/15/onedrive.aspx")),
          {.status = 404}}},
        {"mailbox/provisioning pending",
         {kMailbox,
          graph(QStringLiteral("user3@contoso.com/licenseDetails")),
          {.json = {{QStringLiteral("value.0.servicePlans"), QStringLiteral("~PendingProvisioning")}}}}},
        {"mailbox/provisioning not reachable in EWS",
         {kMailbox,
          impersonate(QStringLiteral("user3@contoso.com")),
          {.status = 500, .ewsCode = QStringLiteral("ErrorNonExistentMailbox")}}},
        {"mailbox/created",
         {kMailbox,
          graph(QStringLiteral("user3@contoso.com?$select=createdDateTime")),
          {.json = {{QStringLiteral("createdDateTime"), QStringLiteral("2026-11-26T08:00:00Z")}}}}},
        {"mailbox/sharepoint-only user has a drive",
         {kMailbox,
          graph(QStringLiteral("spo@contoso.com/drive")),
          {.json = {{QStringLiteral("driveType"), QStringLiteral("business")}}}}},
        {"mailbox/sharepoint-only user has no mailbox",
         {kMailbox,
          graph(QStringLiteral("spo@contoso.com/mailboxSettings")),
          {.status = 404,
           .json = {{QStringLiteral("error.code"), QStringLiteral("MailboxNotEnabledForRESTAPI")}}}}},
        {"mailbox/personal site name replaces '.', '@' and '-'",
         {kMailbox,
          graph(QStringLiteral("jean-luc.picard@contoso.com/drive")),
          {.json = {{QStringLiteral("webUrl"),
                     QStringLiteral(
                         "~https://contoso-my.sharepoint.com/personal/jean_luc_picard_contoso_com")}}}}},
        {"mailbox/personal site of a dotted name exists",
         {kMailbox,
          get(QStringLiteral("https://contoso-my.sharepoint.com/personal/jean_luc_picard_contoso_com/"
                             "_layouts/15/onedrive.aspx")),
          {.status = 401}}},
        // Federation is per domain (scenarios.md): the federated account sits in its own domain, so
        // that the contoso.com accounts of this file stay managed.
        {"mailbox/federated realm",
         {kMailbox,
          get(QStringLiteral("https://login.microsoftonline.com/"
                             "getuserrealm.srf?login=fed@contoso.onmicrosoft.com&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Federated")},
                    {QStringLiteral("AuthURL"), QStringLiteral("~https://")}}}}},
        {"mailbox/federated user ropc fails",
         {kMailbox,
          signin(QStringLiteral("fed@contoso.onmicrosoft.com"), QStringLiteral("Fed-Contoso-2026!")),
          {.status = 400,
           .json = {{QStringLiteral("access_token"), QStringLiteral("!")},
                    {QStringLiteral("error"), QStringLiteral("~invalid")}}}}},
        {"mailbox/user without roles still reads own mailbox",
         {kMailbox,
          withBearer(ews(kExo, QString()),
                     QStringLiteral("user|migration@contoso.com|Migrate-Contoso-2026!|") + kScope),
          {.ewsCode = QStringLiteral("NoError")}}},
        // Mappings in front of the model.
        {"mixed/mapping answers first",
         {kMixed,
          signin(QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso-Admin-2026!")),
          {.status = 400,
           .aadsts = {50158},
           .json = {{QStringLiteral("suberror"), QStringLiteral("basic_action")}}}}},
        {"mixed/unmatched goes to the model",
         {kMixed,
          signin(QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!")),
          {.claims = {{QStringLiteral("upn"), QStringLiteral("user1@contoso.com")}}}}},
        {"mixed/mapping header matcher case-insensitive",
         {kMixed,
          withBearer(ews(kExo, QStringLiteral("user3@contoso.com"), QStringLiteral("USER3@contoso.com")),
                     kAppExo),
          {.status = 503,
           .headerHas = {{"Retry-After", QStringLiteral("30")}},
           .reason = "Service Unavailable"}}},
        {"mixed/other mailbox served by the model",
         {kMixed, impersonate(QStringLiteral("user1@contoso.com")), {.ewsCode = QStringLiteral("NoError")}}},
        {"mixed/mapping needs Authorization",
         {kMixed,
          ews(kExo, QStringLiteral("user3@contoso.com"), QStringLiteral("user3@contoso.com")),
          {.status = 401}}},
        {"mixed/unlicensed user",
         {kMixed,
          graph(QStringLiteral("nolicence@contoso.com?$select=assignedLicenses,assignedPlans")),
          {.json = {{QStringLiteral("assignedLicenses"), QStringLiteral("[]")},
                    {QStringLiteral("assignedPlans"), QStringLiteral("[]")}}}}},
        {"mixed/unlicensed user licenseDetails empty",
         {kMixed,
          withBearer(get(kGraph + QStringLiteral("nolicence@contoso.com/licenseDetails")),
                     QStringLiteral("user|nolicence@contoso.com|NoLicence-Contoso-2026!|https://"
                                    "graph.microsoft.com/User.Read")),
          {.json = {{QStringLiteral("value"), QStringLiteral("[]")}}}}},
        {"mixed/added user with roles signs in",
         {kMixed,
          signin(QStringLiteral("fresh@contoso.com"), QStringLiteral("Fresh-Contoso-2026!")),
          {.claims = {{QStringLiteral("upn"), QStringLiteral("fresh@contoso.com")}}}}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
