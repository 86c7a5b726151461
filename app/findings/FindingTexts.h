#pragma once

// Internal to the findings catalog: the texts of every finding, split over
// several .cpp files by theme. Each fill function sets the translated parts of
// one finding (title, explanation, steps, who, whoText, timeToApply, links);
// the catalog table in FindingsCatalog.cpp sets id, kb and severity, which are
// the contract of ../shared/spec/findings.md.
//
// tr() translates in the context "AuthDoctor::Findings" at call time, so the
// texts follow a language change.

#include "Finding.h"

#include <QCoreApplication>

namespace AuthDoctor::FindingsDetail {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Findings)

public:
    // FindingsSignIn.cpp: the account and its password
    static void wrongPassword(Finding &f);
    static void wrongUsername(Finding &f);
    static void federatedSignIn(Finding &f);
    static void mfaRequired(Finding &f);
    static void passwordExpired(Finding &f);
    static void accountPicker(Finding &f);
    static void accountLocked(Finding &f);
    static void accountDisabled(Finding &f);

    // FindingsTenant.cpp: tenant, cloud, policies and the app registration
    static void tenantNotFound(Finding &f);
    static void wrongCloud(Finding &f);
    static void securityDefaults(Finding &f);
    static void conditionalAccessBlocked(Finding &f);
    static void modernAuthNotConfigured(Finding &f);
    static void consentMissing(Finding &f);
    static void clientSecretInvalid(Finding &f);
    static void basicAuthDisabled(Finding &f);

    // FindingsAccess.cpp: permissions and blocked protocols
    static void impersonationDenied(Finding &f);
    static void insufficientPermission(Finding &f);
    static void ewsDisabled(Finding &f);
    static void sharepointAppOnlySecret(Finding &f);
    static void extendedProtection(Finding &f);

    // FindingsProvisioning.cpp: mailboxes and OneDrive that do not exist (yet)
    static void mailboxNotFound(Finding &f);
    static void newAccountNotReady(Finding &f);
    static void mailboxNotInstantiated(Finding &f);
    static void databaseNotFound(Finding &f);
    static void onedriveNotProvisioned(Finding &f);
    static void onedriveNotLicensed(Finding &f);

    // FindingsService.cpp: load, reachability, URLs, certificates, outcomes
    static void throttled(Finding &f);
    static void serverOverutilized(Finding &f);
    static void ewsUrlWrong(Finding &f);
    static void autodiscoverFailed(Finding &f);
    static void networkUnreachable(Finding &f);
    static void tlsProblem(Finding &f);
    static void unsafeRedirectBlocked(Finding &f);
    static void credentialsOk(Finding &f);
    static void unrecognizedError(Finding &f);

    // Links and steps several findings share (FindingsCatalog.cpp).
    static Link link(const QString &title, const char *url);
    static Link entraAdminCenter();
    static Link exchangeAdminCenter();
    static Link m365AdminCenter();
    static Link connectivityAnalyzer();
    static Link signInLogs();
    static Link aadstsReference();
    static Link ewsOAuth();
    static Link adminConsent();
    static Link rbacForApplications();
    static Link ropc();
    static Link webServicesVirtualDirectory();
    static Link conditionalAccessTroubleshooting();
    static Link preProvisionOneDrive();
    static Link certificateCredentials();
    static Link entraConnectScheduler();
    static Link getMgUser();
    static Link ewsThrottling();
    static Link autodiscoverForExchange();
    static Link assignLicenses();
    static Link bitTitanAuthenticationMethods(); // "Obtain Client and Tenant ID Settings…" lives here
    static Link bitTitanCredentials();           // "grant the administrator permission"
    static Link bitTitanImpersonation();         // "Impersonation Guide"
    static Link bitTitanPermissionRequirements();
    static Link bitTitanConcurrency();
    static Link bitTitanErrorSuite(); // the seed article; appended to every finding

    static QString editEndpointStep();      // "Edit Project > Edit Project > … > Edit Endpoint"
    static QString verifyCredentialsStep(); // "Verify credentials" in MigrationWiz
    static QString signInLogStep();         // read the failure in the Entra sign-in logs
};

} // namespace AuthDoctor::FindingsDetail
