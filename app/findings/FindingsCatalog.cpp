#include "FindingsCatalog.h"

#include "FindingTexts.h"
#include "core/Logging.h"

#include <QJsonArray>

#include <array>

namespace AuthDoctor {

using FindingsDetail::Texts;

namespace {

struct Entry
{
    QLatin1String id;
    QLatin1String kb; // the seed article's section, English, exactly as findings.md
    Severity severity;
    void (*fill)(Finding &);
};

constexpr auto B = Severity::Blocker;
constexpr auto W = Severity::Warning;
constexpr auto I = Severity::Info;

// The contract of ../shared/spec/findings.md, in its order. Ids and kb never change.
const std::array kCatalog{
    Entry{QLatin1String("wrong-password"), QLatin1String("Username and/or Password incorrect"), B,
          &Texts::wrongPassword},
    Entry{QLatin1String("wrong-username"), QLatin1String("Username and/or Password incorrect"), B,
          &Texts::wrongUsername},
    Entry{QLatin1String("tenant-not-found"), QLatin1String("Modern Authentication has not been configured"),
          B, &Texts::tenantNotFound},
    Entry{QLatin1String("wrong-cloud"), QLatin1String("Modern Authentication has not been configured"), B,
          &Texts::wrongCloud},
    Entry{QLatin1String("federated-sign-in"), QLatin1String("Username and/or Password incorrect"), B,
          &Texts::federatedSignIn},
    Entry{QLatin1String("mfa-required"), QLatin1String("Unexpected Input During Login"), B,
          &Texts::mfaRequired},
    Entry{QLatin1String("password-expired"), QLatin1String("Unexpected Input During Login"), B,
          &Texts::passwordExpired},
    Entry{QLatin1String("account-picker"), QLatin1String("Unexpected Input During Login"), B,
          &Texts::accountPicker},
    Entry{QLatin1String("security-defaults"), QLatin1String("Azure Security Default Settings"), B,
          &Texts::securityDefaults},
    Entry{QLatin1String("conditional-access-blocked"), QLatin1String("Unexpected Input During Login"), B,
          &Texts::conditionalAccessBlocked},
    Entry{QLatin1String("account-locked"), QLatin1String("Username and/or Password incorrect"), B,
          &Texts::accountLocked},
    Entry{QLatin1String("account-disabled"), QLatin1String("OneDrive Migrations / Insufficient Permission"),
          B, &Texts::accountDisabled},
    Entry{QLatin1String("modern-auth-not-configured"),
          QLatin1String("Modern Authentication has not been configured"), B, &Texts::modernAuthNotConfigured},
    Entry{QLatin1String("consent-missing"), QLatin1String("Modern Authentication has not been configured"), B,
          &Texts::consentMissing},
    Entry{QLatin1String("client-secret-invalid"),
          QLatin1String("Modern Authentication has not been configured"), B, &Texts::clientSecretInvalid},
    Entry{QLatin1String("basic-auth-disabled"), QLatin1String("(error form \"Basic Auth Disabled\")"), B,
          &Texts::basicAuthDisabled},
    Entry{QLatin1String("impersonation-denied"), QLatin1String("Insufficient Permission"), B,
          &Texts::impersonationDenied},
    Entry{QLatin1String("insufficient-permission"), QLatin1String("Insufficient Permission"), B,
          &Texts::insufficientPermission},
    Entry{QLatin1String("mailbox-not-found"),
          QLatin1String("If Microsoft Entra Connect is used to create the mailboxes"), B,
          &Texts::mailboxNotFound},
    Entry{QLatin1String("new-account-not-ready"),
          QLatin1String("Troubleshooting 401 Unauthorized (newly created accounts, up to 24 hours)"), B,
          &Texts::newAccountNotReady},
    Entry{QLatin1String("mailbox-not-instantiated"),
          QLatin1String("If Microsoft Entra Connect is used to create the mailboxes"), B,
          &Texts::mailboxNotInstantiated},
    Entry{QLatin1String("database-not-found"), QLatin1String("(error form \"DatabaseNotFoundException\")"), B,
          &Texts::databaseNotFound},
    Entry{QLatin1String("onedrive-not-provisioned"), QLatin1String("OneDrive Migrations"), B,
          &Texts::onedriveNotProvisioned},
    Entry{QLatin1String("onedrive-not-licensed"), QLatin1String("OneDrive Migrations"), B,
          &Texts::onedriveNotLicensed},
    Entry{QLatin1String("sharepoint-app-only-secret"), QLatin1String("OneDrive Migrations"), B,
          &Texts::sharepointAppOnlySecret},
    Entry{QLatin1String("ews-disabled"), QLatin1String("Insufficient Permission"), B, &Texts::ewsDisabled},
    Entry{QLatin1String("throttled"), QLatin1String("Overutilized Resources"), W, &Texts::throttled},
    Entry{QLatin1String("server-overutilized"), QLatin1String("Overutilized Resources"), W,
          &Texts::serverOverutilized},
    Entry{QLatin1String("ews-url-wrong"), QLatin1String("Troubleshooting Steps (EWS URL)"), B,
          &Texts::ewsUrlWrong},
    Entry{QLatin1String("autodiscover-failed"), QLatin1String("Troubleshooting Steps"), B,
          &Texts::autodiscoverFailed},
    Entry{QLatin1String("network-unreachable"), QLatin1String("Troubleshooting Steps"), B,
          &Texts::networkUnreachable},
    Entry{QLatin1String("tls-problem"), QLatin1String("Troubleshooting Steps"), B, &Texts::tlsProblem},
    Entry{QLatin1String("extended-protection"), QLatin1String("Insufficient Permission"), B,
          &Texts::extendedProtection},
    Entry{QLatin1String("unsafe-redirect-blocked"), QLatin1String("Troubleshooting Steps"), I,
          &Texts::unsafeRedirectBlocked},
    Entry{QLatin1String("credentials-ok"), QLatin1String("Troubleshooting 401 Unauthorized"), I,
          &Texts::credentialsOk},
    Entry{QLatin1String("unrecognized-error"), QLatin1String("Troubleshooting 401 Unauthorized"), B,
          &Texts::unrecognizedError},
};

Finding build(const Entry &e)
{
    Finding f;
    f.id = e.id;
    f.kb = e.kb;
    f.severity = e.severity;
    e.fill(f);
    // Every finding names a section of the knowledge-base article it comes from.
    f.links.append(Texts::bitTitanErrorSuite());
    return f;
}

const Entry *entryFor(QStringView id)
{
    for (const Entry &e : kCatalog)
        if (id == e.id)
            return &e;
    return nullptr;
}

} // namespace

QString severityToString(Severity s)
{
    switch (s) {
    case Severity::Blocker:
        return QStringLiteral("blocker");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

QString actorToString(Actor a)
{
    switch (a) {
    case Actor::Helpdesk:
        return QStringLiteral("helpdesk");
    case Actor::TenantAdmin:
        return QStringLiteral("tenant admin");
    case Actor::ExchangeAdmin:
        return QStringLiteral("Exchange admin");
    case Actor::EndUser:
        return QStringLiteral("end user");
    }
    return QStringLiteral("helpdesk");
}

QJsonObject findingToJson(const Finding &f)
{
    QJsonArray links;
    for (const Link &l : f.links)
        links.append(QJsonObject{{QStringLiteral("title"), l.title}, {QStringLiteral("url"), l.url}});
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("severity"), severityToString(f.severity)},
        {QStringLiteral("title"), f.title},
        {QStringLiteral("explanation"), f.explanation},
        {QStringLiteral("steps"), QJsonArray::fromStringList(f.steps)},
        {QStringLiteral("who"), f.whoText},
        {QStringLiteral("links"), links},
        {QStringLiteral("kb"), f.kb},
    };
}

QList<Finding> FindingsCatalog::all()
{
    QList<Finding> out;
    out.reserve(qsizetype(kCatalog.size()));
    for (const Entry &e : kCatalog)
        out.append(build(e));
    return out;
}

std::optional<Finding> FindingsCatalog::find(QStringView id)
{
    if (const Entry *e = entryFor(id))
        return build(*e);
    qCDebug(lcFindings) << "no finding with id" << id;
    return std::nullopt;
}

QStringList FindingsCatalog::ids()
{
    QStringList out;
    out.reserve(qsizetype(kCatalog.size()));
    for (const Entry &e : kCatalog)
        out.append(e.id);
    return out;
}

bool FindingsCatalog::contains(QStringView id)
{
    return entryFor(id) != nullptr;
}

// ---- shared links and steps ------------------------------------------------

namespace FindingsDetail {

Link Texts::link(const QString &title, const char *url)
{
    return Link{title, QString::fromLatin1(url)};
}

Link Texts::entraAdminCenter()
{
    return link(tr("Microsoft Entra admin center"), "https://entra.microsoft.com");
}

Link Texts::exchangeAdminCenter()
{
    return link(tr("Exchange admin center"), "https://admin.exchange.microsoft.com");
}

Link Texts::m365AdminCenter()
{
    return link(tr("Microsoft 365 admin center"), "https://admin.microsoft.com");
}

Link Texts::connectivityAnalyzer()
{
    return link(tr("Microsoft Remote Connectivity Analyzer"), "https://testconnectivity.microsoft.com");
}

Link Texts::signInLogs()
{
    return link(tr("Microsoft Learn: Sign-in logs in Microsoft Entra ID"),
                "https://learn.microsoft.com/en-us/entra/identity/monitoring-health/concept-sign-ins");
}

Link Texts::aadstsReference()
{
    return link(tr("Microsoft Learn: Microsoft Entra authentication and authorization error codes (AADSTS)"),
                "https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes");
}

Link Texts::ewsOAuth()
{
    return link(tr("Microsoft Learn: Authenticate an EWS application by using OAuth"),
                "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/"
                "how-to-authenticate-an-ews-application-by-using-oauth");
}

Link Texts::adminConsent()
{
    return link(tr("Microsoft Learn: Grant tenant-wide admin consent to an application"),
                "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent");
}

Link Texts::rbacForApplications()
{
    return link(tr("Microsoft Learn: Role Based Access Control for Applications in Exchange Online"),
                "https://learn.microsoft.com/en-us/exchange/permissions-exo/application-rbac");
}

Link Texts::ropc()
{
    return link(tr("Microsoft Learn: Sign in with a user name and password (ROPC) and its limits"),
                "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth-ropc");
}

Link Texts::webServicesVirtualDirectory()
{
    return link(
        tr("Microsoft Learn: Get-WebServicesVirtualDirectory"),
        "https://learn.microsoft.com/en-us/powershell/module/exchange/get-webservicesvirtualdirectory");
}

Link Texts::conditionalAccessTroubleshooting()
{
    return link(tr("Microsoft Learn: Troubleshoot sign-in problems with Conditional Access"),
                "https://learn.microsoft.com/en-us/entra/identity/conditional-access/"
                "troubleshoot-conditional-access");
}

Link Texts::preProvisionOneDrive()
{
    return link(tr("Microsoft Learn: Pre-provision OneDrive for users in your organization"),
                "https://learn.microsoft.com/en-us/sharepoint/pre-provision-accounts");
}

Link Texts::certificateCredentials()
{
    return link(
        tr("Microsoft Learn: Microsoft identity platform application authentication certificate credentials"),
        "https://learn.microsoft.com/en-us/entra/identity-platform/certificate-credentials");
}

Link Texts::entraConnectScheduler()
{
    return link(tr("Microsoft Learn: Microsoft Entra Connect sync scheduler"),
                "https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/"
                "how-to-connect-sync-feature-scheduler");
}

Link Texts::getMgUser()
{
    return link(tr("Microsoft Learn: Get-MgUser (Microsoft Graph PowerShell)"),
                "https://learn.microsoft.com/en-us/powershell/module/microsoft.graph.users/get-mguser");
}

Link Texts::ewsThrottling()
{
    return link(tr("Microsoft Learn: EWS throttling in Exchange"),
                "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/"
                "ews-throttling-in-exchange");
}

Link Texts::autodiscoverForExchange()
{
    return link(tr("Microsoft Learn: Autodiscover for Exchange"),
                "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/"
                "autodiscover-for-exchange");
}

Link Texts::assignLicenses()
{
    return link(tr("Microsoft Learn: Assign Microsoft 365 licenses to users"),
                "https://learn.microsoft.com/en-us/microsoft-365/admin/manage/assign-licenses-to-users");
}

Link Texts::bitTitanAuthenticationMethods()
{
    return link(tr("BitTitan: Authentication Methods for Microsoft 365 migrations (section \"Obtain Client "
                   "and Tenant ID Settings for Mailbox and Exchange Online Migrations\")"),
                "https://help.bittitan.com/hc/en-us/articles/"
                "360034124813-Authentication-Methods-for-Microsoft-365-All-Products-Migrations");
}

Link Texts::bitTitanCredentials()
{
    return link(
        tr("BitTitan: MigrationWiz Credentials & Authentication (grant the administrator permission)"),
        "https://help.bittitan.com/hc/en-us/articles/360039368533-MigrationWiz-Credentials-Authentication");
}

Link Texts::bitTitanImpersonation()
{
    return link(
        tr("BitTitan: Impersonation and Delegation for Microsoft 365 and Exchange migrations"),
        "https://help.bittitan.com/hc/en-us/articles/"
        "115015661147-MigrationWiz-Impersonation-and-Delegation-for-Microsoft-365-Exchange-Migrations");
}

Link Texts::bitTitanPermissionRequirements()
{
    return link(
        tr("BitTitan: MigrationWiz Permission Requirements"),
        "https://help.bittitan.com/hc/en-us/articles/360041202494-MigrationWiz-Permission-Requirements");
}

Link Texts::bitTitanConcurrency()
{
    return link(tr("BitTitan: How do I specify how many items to migrate simultaneously?"),
                "https://help.bittitan.com/hc/en-us/articles/115008101127");
}

Link Texts::bitTitanErrorSuite()
{
    return link(tr("BitTitan: MigrationWiz Errors - 401 Unauthorized Error Suite"),
                "https://help.bittitan.com/hc/en-us/articles/"
                "360041677953-MigrationWiz-Errors-401-Unauthorized-Error-Suite");
}

QString Texts::editEndpointStep()
{
    return tr("In MigrationWiz open the project and go to Edit Project > Edit Project > Source or "
              "Destination Settings > Edit Endpoint (the tab of the side that failed). For end-user "
              "credentials, click the edit icon next to the user in the project instead.");
}

QString Texts::verifyCredentialsStep()
{
    return tr("In MigrationWiz select the affected line items and run Start > Verify credentials; it checks "
              "the sign-in without migrating data or using a licence.");
}

QString Texts::signInLogStep()
{
    return tr("Look up the failed sign-in: Entra admin center > Entra ID > Monitoring & health > Sign-in "
              "logs, filter by the account (or by the correlation ID AuthDoctor shows) and open the entry; "
              "the \"Failure reason\" and \"Conditional Access\" tabs name the exact cause.");
}

} // namespace FindingsDetail

} // namespace AuthDoctor
