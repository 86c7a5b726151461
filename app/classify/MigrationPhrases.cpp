// Phrases of the other migration and sync tools and of the protocols they speak (issue 10):
// vendors' own messages and knowledge-base titles (ShareGate, Quest On Demand Migration, AvePoint
// Fly, Cloudiway, CloudM, CodeTwo, BitTitan, Cisco's mailbox connector, Google Workspace's data
// migration, Microsoft's cutover/staged/IMAP and cross-tenant migrations), IMAP servers' refusals,
// Autodiscover clients' own errors, the "no supported authentication method" family, the pages a
// federated user is sent to, token refresh, and the generic "retry later" wording. Every phrase
// was taken from a public source; tests/classify/realworld/ holds messages with their sources.
#include "Rules.h"

#include <QCoreApplication>

namespace AuthDoctor::ClassifyDetail {

namespace {

constexpr const char *kWhyRetryThrottled =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                      "the service asks to retry later: throttling is the usual reason; migrate fewer "
                      "mailboxes at once");
constexpr const char *kWhyRetryOverloaded =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server may be overloaded or briefly unavailable");
constexpr const char *kWhyRetryNetwork = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a transient failure can also be the network between the tool and the server");
constexpr const char *kWhyTokenRenew = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the tool's OAuth token could not be renewed: the app registration or its "
                              "sign-in must be set up again");
constexpr const char *kWhyTokenPassword = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a changed or reset password revokes the refresh tokens issued before");
constexpr const char *kWhyTokenConsent = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "revoked or missing consent for the app also stops the token renewal");
constexpr const char *kWhyTokenNotObtained = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the tool could not get an OAuth token: check the app registration's client "
                              "id, tenant and redirect settings");
constexpr const char *kWhyTokenSecret = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "an expired or wrong client secret or certificate stops the token request too");
constexpr const char *kWhyTokenPermission =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the app's API permissions may lack consent");
constexpr const char *kWhyFederatedPage = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in was handed to the organisation's own identity provider (AD FS or "
                              "another federation server): a migration tool cannot sign in there");
constexpr const char *kWhyNoMechanism = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the server offers no authentication method the client can use: Basic "
                              "(password) authentication is switched off there");
constexpr const char *kWhyNoMechanismModern = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "Exchange Online accepts only OAuth: the client needs modern authentication");
constexpr const char *kWhyNoMechanismNtlm = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a server that offers only NTLM/Negotiate with Extended Protection refuses "
                              "clients without channel binding");
constexpr const char *kWhyImapRefused =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the IMAP server refused the user name and password");
constexpr const char *kWhyImapUser = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "IMAP servers refuse an unknown user name with the same answer");
constexpr const char *kWhyImapBasic = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "Exchange Online and Gmail refuse IMAP passwords when Basic authentication "
                              "(or \"less secure apps\") is off, whatever the password");
constexpr const char *kWhyImapAppPassword = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "an account with two-step verification needs an app password for IMAP");
constexpr const char *kWhyNotConnected = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "Exchange Online accepted the OAuth token but the app or user has no access to "
                              "that mailbox (FullAccess and the service principal in Exchange)");
constexpr const char *kWhyNotConnectedConsent = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the app's IMAP.AccessAsApp (or IMAP.AccessAsUser.All) permission may lack "
                              "consent");
constexpr const char *kWhyNotConnectedMailbox =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the mailbox may not exist or not be licensed");
constexpr const char *kWhySignInFailed = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the sign-in failed: a wrong or changed password is the usual cause");
constexpr const char *kWhySignInMfa = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a second sign-in step (MFA) stops a tool that can only send a password");
constexpr const char *kWhySignInPolicy = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a sign-in policy (Conditional Access, risky user) can refuse it");
constexpr const char *kWhyGooglePassword = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "Google no longer accepts a plain password from other apps over IMAP: it needs "
                              "OAuth or an app password");
constexpr const char *kWhyAdfsPage =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                      "this is AD FS's error page: the organisation's federation server failed the sign-in");
constexpr const char *kWhyAutodiscoverClient = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the client's Autodiscover lookup found no usable answer: check the "
                              "autodiscover DNS record and the server's Autodiscover settings");
constexpr const char *kWhyAutodiscoverNetwork = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "none of the Autodiscover URLs answered: DNS or the network may be the cause");
constexpr const char *kWhyAppMissing = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the tool's app registration (client id, tenant, certificate or secret) is "
                              "missing or does not match");
constexpr const char *kWhyAppCredential =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the app's credential (certificate or secret) was refused");
constexpr const char *kWhyToolConsent = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the migration tool's app has no administrator consent in this tenant");
constexpr const char *kWhyMailboxAbsent =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the tool found no mailbox for this user");
constexpr const char *kWhyMailboxNotCreated = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the cloud mailbox or mail user may not be set up (or not synchronised) yet");
constexpr const char *kWhyNoRights = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the account or app lacks the rights the tool needs on the mailbox or site");
constexpr const char *kWhyImapUnreachable =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the IMAP server could not be reached from the service");
constexpr const char *kWhyStalled = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the migration stalled: a slow or overloaded source server is the usual cause");
constexpr const char *kWhyCanceled = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the request was cancelled after waiting too long for an answer");

constexpr const char *kWhyConnectionLimit = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the server caps the connections one account may open at once: migrate fewer "
                              "mailboxes or folders at the same time (not a password problem)");
constexpr const char *kWhyResourceHealth = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "a server resource is unhealthy and Exchange holds the work back until it "
                              "recovers");
constexpr const char *kWhyNoPasswordMechanism = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the server does not offer this sign-in command on the connection: password "
                              "sign-in (Basic authentication) is not available there");
constexpr const char *kWhyMechanismOAuth = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the server may only take OAuth, which the tool must be set up for");
constexpr const char *kWhyFederationInformation = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "federation information is fetched with an Autodiscover request: Autodiscover "
                              "did not answer");
constexpr const char *kWhyAutodiscoverManualUrl =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the Autodiscover/EWS URL points to the wrong place");
constexpr const char *kWhyWsTrustRefused = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the organisation's federation service (AD FS) refused the sign-in it was "
                              "passed");
constexpr const char *kWhyWsTrustPassword =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "usually because the on-premises password is wrong");
constexpr const char *kWhyConnectorConsent = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the tool's connection (its app) is not, or no longer, authorised: an "
                              "administrator must consent again");
constexpr const char *kWhyConnectorApp =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or its app registration must be set up again");
constexpr const char *kWhyConnectorSignIn =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account it signed in with changed its password");
constexpr const char *kWhyRightsMissing = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the account lacks the rights this needs (administrator of the site, mailbox "
                              "or role)");
constexpr const char *kWhyMessageStoreRights = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "the tool could not open the mailbox: the account or app has no access to it "
                              "(FullAccess or the app's permission)");
constexpr const char *kWhyMessageStoreImpersonation =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or impersonation is not granted for it");
constexpr const char *kWhyMessageStoreMissing =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the mailbox does not exist under that address");

constexpr PhraseRule kMigrationPhrases[] = {
    // --- Vendors' messages and knowledge-base titles ---
    // AvePoint Fly common codes (fly-troubleshooting/common-codes).
    {"co-cannotgetapp",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.70,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "AvePoint Fly cannot find the app profile of the connection (the app registration)")}}},
    {"co-cannotgetdelegateapp",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.70,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "AvePoint Fly cannot find the delegated app profile of the connection")},
      {"consent-missing", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "a delegated app profile must be consented again when recreated")}}},
    {"co-cannotgetsa",
     PhraseMode::Compact,
     {{"wrong-username", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "AvePoint Fly cannot find the service account of the connection: enter it again")},
      {"wrong-password", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "then enter the service account's current password")}}},
    {"co-consentuserunavailable",
     PhraseMode::Compact,
     {{"consent-missing", 0.70,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "AvePoint Fly: the account that consented to the app profile is no longer available")}}},
    // ShareGate: "You are not authorized to get a valid Azure ShareGate migration application access token."
    {"not authorized to get a valid",
     PhraseMode::Compact,
     {{"consent-missing", 0.65, kWhyToolConsent},
      {"insufficient-permission", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "an external or unprivileged account cannot get the token")}}},
    // BitTitan KB: "The refresh token must not be null nor white space" (no OAuth grant yet).
    {"refresh token must not be null",
     PhraseMode::Compact,
     {{"consent-missing", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the tool holds no OAuth grant for this user yet: the user or an administrator must "
                         "authorise it")},
      {"modern-auth-not-configured", 0.40, kWhyTokenRenew}}},
    // Cisco Secure Email mailbox connector profiles.
    {"required permissions may be missing",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.55, kWhyNoRights},
      {"impersonation-denied", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "on Exchange Server the profile's account needs the ApplicationImpersonation role")},
      {"consent-missing", 0.30, kWhyTokenPermission}}},
    {"error validating credentials",
     PhraseMode::Compact,
     {{"client-secret-invalid", 0.50, kWhyAppCredential},
      {"wrong-password", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "for a user sign-in, the password was refused")}}},
    {"credential validation failed",
     PhraseMode::Compact,
     {{"client-secret-invalid", 0.50, kWhyAppCredential},
      {"wrong-password", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "for a user sign-in, the password was refused")}}},
    {"the requested user",
     PhraseMode::Word,
     {{"mailbox-not-found", 0.35, kWhyMailboxAbsent},
      {"wrong-username", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the address may be mistyped or not the mailbox's")}}},
    // CloudM: "Incorrect Tenant ID or Client ID", "403 Forbidden Auth Methods Error".
    {"incorrect tenant id",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.60, kWhyAppMissing},
      {"tenant-not-found", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the tenant id may be wrong or belong to another tenant")}}},
    {"incorrect client id", PhraseMode::Compact, {{"modern-auth-not-configured", 0.60, kWhyAppMissing}}},
    {"invalid client id", PhraseMode::Compact, {{"modern-auth-not-configured", 0.60, kWhyAppMissing}}},
    {"clientid is not a guid", PhraseMode::Compact, {{"modern-auth-not-configured", 0.65, kWhyAppMissing}}},
    {"forbidden auth methods",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the vendor's fix is to register the app (modern authentication) again")},
      {"consent-missing", 0.35, kWhyTokenPermission}}},
    // CodeTwo application authentication troubleshooting.
    {"key size of at least",
     PhraseMode::Compact,
     {{"client-secret-invalid", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the app's certificate is refused (its key is too short)")},
      {"modern-auth-not-configured", 0.35, kWhyAppMissing}}},
    {"failed to register the application",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.55, kWhyAppMissing},
      {"insufficient-permission", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "registering an app needs a Global (or Application) Administrator")}}},
    {"the operation was canceled",
     PhraseMode::Compact,
     {{"network-unreachable", 0.35, kWhyCanceled},
      {"server-overutilized", 0.30, kWhyRetryOverloaded},
      {"modern-auth-not-configured", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "CodeTwo reports this when the client id matches no application in the tenant")}}},
    {"mapi_e_logon_failed",
     PhraseMode::Compact,
     {{"wrong-password", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the MAPI logon was refused: check the account's password")},
      {"insufficient-permission", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the account may lack rights on the mailbox")},
      {"basic-auth-disabled", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the server's IIS authentication settings may not offer what the tool uses")}}},
    // Rackspace's list of MigrationWiz errors.
    {"owa address is incorrect",
     PhraseMode::Compact,
     {{"ews-url-wrong", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the server URL in the project does not answer as expected")},
      {"wrong-password", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "check the credentials by signing in to OWA")}}},
    // Microsoft's cutover, staged and IMAP migrations (Exchange Online migration batch errors).
    {"couldn't be found in the on-premises",
     PhraseMode::Compact,
     {{"mailbox-not-found", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the address is unknown (or hidden from the address list) on premises")}}},
    {"couldn't be found in the cloud-based service",
     PhraseMode::Compact,
     {{"mailbox-not-found", 0.55, kWhyMailboxAbsent},
      {"mailbox-not-instantiated", 0.40, kWhyMailboxNotCreated}}},
    {"couldn't connect to the imap server",
     PhraseMode::Compact,
     {{"network-unreachable", 0.60, kWhyImapUnreachable}}},
    {"could not connect to the imap server",
     PhraseMode::Compact,
     {{"network-unreachable", 0.60, kWhyImapUnreachable}}},
    {"couldn't connect to the source mailbox",
     PhraseMode::Compact,
     {{"wrong-password", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the migration endpoint's credentials may be wrong")},
      {"insufficient-permission", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the migration account may lack FullAccess on the mailbox")},
      {"network-unreachable", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the source server may not be reachable")}}},
    {"has not made progress since",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyStalled},
      {"network-unreachable", 0.35, kWhyRetryNetwork},
      {"throttled", 0.30, kWhyRetryThrottled}}},
    {"doesn't have an smtp proxy matching",
     PhraseMode::Compact,
     {{"mailbox-not-instantiated", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the target mail user lacks the routing address: it is not set up as the migration "
                         "expects")},
      {"mailbox-not-found", 0.30, kWhyMailboxAbsent}}},
    {"mail service not enabled",
     PhraseMode::Compact,
     {{"mailbox-not-found", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the user has no mail service (no mailbox or licence)")}}},
    {"failed to discover emails",
     PhraseMode::Compact,
     {{"mailbox-not-found", 0.45, kWhyMailboxAbsent}, {"insufficient-permission", 0.35, kWhyNoRights}}},
    // Microsoft's tenant-to-tenant (cross-tenant) migrations.
    {"an internal server error occurred",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded}, {"throttled", 0.30, kWhyRetryThrottled}}},
    {"migration scope",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the mailbox must be in the migration scope (the security group of the organization "
                         "relationship)")},
      {"modern-auth-not-configured", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the migration app and its consent must be set up in both "
                                                   "tenants")},
      {"mailbox-not-instantiated", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the target mail user must match the source mailbox")}}},
    {"does not authorize",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the organization relationship does not allow this move: check its migration scope "
                         "and the move direction in both tenants")},
      {"modern-auth-not-configured", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the migration app and its consent must be set up in both "
                                                   "tenants")}}},
    {"recipient wasn't found",
     PhraseMode::Compact,
     {{"mailbox-not-instantiated", 0.45,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the target has no mail user prepared for this mailbox (or it was not synchronised)")},
      {"mailbox-not-found", 0.40, kWhyMailboxAbsent},
      {"wrong-username", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the name in the batch may not be the target's")}}},
    {"recipient was not found",
     PhraseMode::Compact,
     {{"mailbox-not-instantiated", 0.45,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the target has no mail user prepared for this mailbox (or it was not synchronised)")},
      {"mailbox-not-found", 0.40, kWhyMailboxAbsent},
      {"wrong-username", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the name in the batch may not be the target's")}}},
    {"onedrive site for",
     PhraseMode::Compact,
     {{"onedrive-not-provisioned", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the user's OneDrive does not exist (yet)")}}},
    {"does not yet exist",
     PhraseMode::Compact,
     {{"new-account-not-ready", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "it is still being created: retry later")}}},
    {"does not exist on the target",
     PhraseMode::Compact,
     {{"wrong-username", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the user mapping names a user the target does not have")},
      {"new-account-not-ready", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a newly created user may not be replicated yet")},
      {"mailbox-not-found", 0.30, kWhyMailboxAbsent}}},
    {"licensed for cross-tenant onedrive",
     PhraseMode::Compact,
     {{"onedrive-not-licensed", 0.70,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the users lack the licence the cross-tenant OneDrive migration needs")}}},

    {"email address is invalid",
     PhraseMode::Compact,
     {{"wrong-username", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the address in the user list or identity map is wrong")},
      {"mailbox-not-found", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the user has no licensed mailbox")}}},
    {"disconnect and reconnect",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the tool's connection to the tenant (its OAuth grant) is no longer valid: connect "
                         "again")},
      {"consent-missing", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "reconnecting asks for the app's consent again")},
      {"wrong-password", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a changed password revokes the connection too")}}},
    {"could not log into",
     PhraseMode::Compact,
     {{"wrong-password", 0.40, kWhySignInFailed},
      {"mfa-required", 0.25, kWhySignInMfa},
      {"conditional-access-blocked", 0.25, kWhySignInPolicy}}},
    {"could not log in",
     PhraseMode::Compact,
     {{"wrong-password", 0.40, kWhySignInFailed},
      {"mfa-required", 0.25, kWhySignInMfa},
      {"conditional-access-blocked", 0.25, kWhySignInPolicy}}},
    {"unable to log in",
     PhraseMode::Compact,
     {{"wrong-password", 0.40, kWhySignInFailed},
      {"mfa-required", 0.25, kWhySignInMfa},
      {"conditional-access-blocked", 0.25, kWhySignInPolicy}}},
    {"authentication problems",
     PhraseMode::Compact,
     {{"wrong-password", 0.35, kWhySignInFailed},
      {"basic-auth-disabled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "password sign-ins may be switched off at the provider (Basic authentication, "
                         "\"less secure apps\")")},
      {"mfa-required", 0.25, kWhySignInMfa}}},
    {"migrating from google",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.40, kWhyGooglePassword}, {"mfa-required", 0.35, kWhyImapAppPassword}}},
    {"migrating from gmail",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.40, kWhyGooglePassword}, {"mfa-required", 0.35, kWhyImapAppPassword}}},

    {"deprecation of basic",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Basic authentication was retired in Exchange Online: the tool must use OAuth "
                         "(modern authentication)")},
      {"modern-auth-not-configured", 0.30, kWhyNoMechanismModern}}},
    {"basic auth deprecation",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Basic authentication was retired in Exchange Online: the tool must use OAuth "
                         "(modern authentication)")},
      {"modern-auth-not-configured", 0.30, kWhyNoMechanismModern}}},
    {"uses basic authentication",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.50,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "a tool that signs in with Basic authentication stopped working when Exchange Online "
           "retired it")},
      {"modern-auth-not-configured", 0.30, kWhyNoMechanismModern}}},
    // --- IMAP servers' refusals ---
    {"no login",
     PhraseMode::Word,
     {{"wrong-password", 0.50, kWhyImapRefused},
      {"basic-auth-disabled", 0.30, kWhyImapBasic},
      {"wrong-username", 0.25, kWhyImapUser}}},
    {"getaddrinfo failed",
     PhraseMode::Compact,
     {{"network-unreachable", 0.70,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the host name does not resolve (DNS)")}}},
    {"php_network_getaddresses",
     PhraseMode::Compact,
     {{"network-unreachable", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the host name does not resolve (DNS)")}}},
    {"unrecognized authentication type",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the mail server does not accept this authentication mechanism: password AUTH is "
                         "switched off there (Exchange Online: SMTP AUTH or Basic authentication off)")},
      {"tls-problem", 0.25,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "servers offer password AUTH only after STARTTLS: the client may not have started TLS")},
      {"extended-protection", 0.15, kWhyNoMechanismNtlm}}},
    {"[authenticationfailed]",
     PhraseMode::Compact,
     {{"wrong-password", 0.55, kWhyImapRefused},
      {"basic-auth-disabled", 0.30, kWhyImapBasic},
      {"wrong-username", 0.25, kWhyImapUser}}},
    // IMAP response codes of RFC 5530, in the server's tagged NO.
    {"[unavailable]",
     PhraseMode::Compact,
     {{"server-overutilized", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the IMAP server cannot serve the login right now (a back end is down or busy)")},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"[authorizationfailed]",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the credentials are right but this account may not act for that mailbox")},
      {"wrong-username", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the mailbox name given for the admin login may be wrong")}}},
    {"[expired]",
     PhraseMode::Compact,
     {{"password-expired", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the IMAP server says the password has expired")}}},
    {"[privacyrequired]",
     PhraseMode::Compact,
     {{"tls-problem", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the IMAP server refuses a login without TLS: use port 993 or STARTTLS")}}},
    {"[contactadmin]",
     PhraseMode::Compact,
     {{"account-disabled", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the IMAP server refuses the account until an administrator acts on it")},
      {"account-locked", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a locked account is answered the same way")}}},
    {"[noperm]",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the account has no permission on that mailbox or folder")}}},
    {"[limit]",
     PhraseMode::Compact,
     {{"throttled", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the IMAP server's limit (connections or bandwidth) was reached")}}},
    {"[serverbug]",
     PhraseMode::Compact,
     {{"server-overutilized", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the IMAP server failed internally; retry later")}}},
    {"invalid credentials",
     PhraseMode::Compact,
     {{"wrong-password", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server says the credentials are invalid")},
      {"wrong-username", 0.25, kWhyImapUser}}},
    {"loginbadcredentials",
     PhraseMode::Compact,
     {{"wrong-password", 0.60, kWhyImapRefused}, {"wrong-username", 0.30, kWhyImapUser}}},
    {"invalid authentication",
     PhraseMode::Compact,
     {{"wrong-password", 0.40, kWhyImapRefused}, {"basic-auth-disabled", 0.35, kWhyImapBasic}}},
    {"all authentication types failed",
     PhraseMode::Compact,
     {{"wrong-password", 0.45, kWhyImapRefused}, {"basic-auth-disabled", 0.35, kWhyImapBasic}}},
    {"no authenticate failed",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "Exchange Online answers \"AUTHENTICATE failed\" to an OAuth token it does not accept "
           "(wrong scope or audience, or the app is not registered in Exchange)")},
      {"basic-auth-disabled", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "and to any password (AUTHENTICATE PLAIN), app passwords included, since Basic "
                         "authentication was switched off")},
      {"consent-missing", 0.35, kWhyNotConnectedConsent}}},
    {"authenticated but not connected",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.55, kWhyNotConnected},
      {"consent-missing", 0.40, kWhyNotConnectedConsent},
      {"mailbox-not-found", 0.30, kWhyNotConnectedMailbox}}},
    {"please log in via your web browser",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Gmail refuses the password for IMAP: it wants OAuth or an app password")},
      {"mfa-required", 0.40, kWhyImapAppPassword}}},
    {"application-specific password required",
     PhraseMode::Compact,
     {{"mfa-required", 0.65, kWhyImapAppPassword}, {"basic-auth-disabled", 0.35, kWhyImapBasic}}},
    {"web login required",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.50, kWhyImapBasic}, {"mfa-required", 0.35, kWhyImapAppPassword}}},

    // --- Autodiscover clients' own errors about the answer they got ---
    {"autodiscover service responded with an error",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.65, kWhyAutodiscoverClient}}},
    {"failed to retrieve autodiscover settings",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.65, kWhyAutodiscoverClient},
      {"network-unreachable", 0.30, kWhyAutodiscoverNetwork}}},
    {"autodiscover redirection is blocked",
     PhraseMode::Compact,
     {{"unsafe-redirect-blocked", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the client refused to follow Autodiscover's redirect (it had no callback to trust "
                         "it)")},
      {"autodiscover-failed", 0.35, kWhyAutodiscoverClient}}},
    {"redirect not allowed",
     PhraseMode::Compact,
     {{"unsafe-redirect-blocked", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the client refused to follow Autodiscover's redirect")},
      {"autodiscover-failed", 0.35, kWhyAutodiscoverClient}}},
    {"redirection is blocked",
     PhraseMode::Compact,
     {{"unsafe-redirect-blocked", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the client refused to follow a redirect")}}},
    {"we have already tried this url",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.65,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "Autodiscover redirected in a loop: the domain's Autodiscover settings are wrong")}}},
    {"unable to autodiscover",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.60, kWhyAutodiscoverClient},
      {"network-unreachable", 0.25, kWhyAutodiscoverNetwork}}},
    {"failed to autodiscover",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.60, kWhyAutodiscoverClient},
      {"network-unreachable", 0.25, kWhyAutodiscoverNetwork}}},
    {"could not autodiscover",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.60, kWhyAutodiscoverClient},
      {"network-unreachable", 0.25, kWhyAutodiscoverNetwork}}},
    {"autodiscover error", PhraseMode::Compact, {{"autodiscover-failed", 0.55, kWhyAutodiscoverClient}}},
    {"autodiscover returned", PhraseMode::Compact, {{"autodiscover-failed", 0.50, kWhyAutodiscoverClient}}},
    {"_autodiscover._tcp",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.40, kWhyAutodiscoverClient},
      {"network-unreachable", 0.25, kWhyAutodiscoverNetwork}}},
    {"error_winhttp_name_not_resolved",
     PhraseMode::Compact,
     {{"network-unreachable", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the host name does not resolve (DNS)")},
      {"autodiscover-failed", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a missing autodiscover DNS record looks the same")}}},

    // --- No supported authentication method ---
    {"failed to get auth type",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.45, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.40, kWhyNoMechanismModern},
      {"ews-url-wrong", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a wrong server URL gives no usable answer either")}}},
    {"no compatible authentication mechanisms",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.30, kWhyNoMechanismModern},
      {"extended-protection", 0.25, kWhyNoMechanismNtlm}}},
    {"no supported authentication",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.20, kWhyNoMechanismNtlm}}},
    {"no suitable authentication",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.20, kWhyNoMechanismNtlm}}},
    {"authentication mechanism not supported",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern}}},
    {"mechanism is not supported",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.15, kWhyNoMechanismNtlm}}},
    {"authentication method is not supported",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.55, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.15, kWhyNoMechanismNtlm}}},
    {"unsupported authentication",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.50, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.15, kWhyNoMechanismNtlm}}},
    {"does not support authentication",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.50, kWhyNoMechanism},
      {"tls-problem", 0.25,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "servers offer password AUTH only after STARTTLS: the client may not have started TLS")},
      {"modern-auth-not-configured", 0.25, kWhyNoMechanismModern}}},
    {"no authentication mechanism",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.50, kWhyNoMechanism},
      {"modern-auth-not-configured", 0.35, kWhyNoMechanismModern},
      {"extended-protection", 0.15, kWhyNoMechanismNtlm}}},
    {"unauthorized with client authentication scheme",
     PhraseMode::Compact,
     {{"wrong-password", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the server refused the credentials sent with this scheme")},
      {"basic-auth-disabled", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the scheme the client used is not enabled on that virtual directory")},
      {"extended-protection", 0.25, kWhyNoMechanismNtlm}}},
    {"failed to authenticate with ews",
     PhraseMode::Compact,
     {{"wrong-password", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the EWS server refused the credentials")},
      {"autodiscover-failed", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the EWS URL may have come from a failed Autodiscover")},
      {"ews-url-wrong", 0.30, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the EWS URL may be wrong")}}},

    // --- The pages a federated user is sent to ---
    {"taking you to your organization's sign",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.70, kWhyFederatedPage}}},
    {"taking you to your organisation's sign",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.70, kWhyFederatedPage}}},
    {"your organization could not sign you in",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.70, kWhyFederatedPage}}},
    {"federated service at", PhraseMode::Compact, {{"federated-sign-in", 0.75, kWhyFederatedPage}}},
    {"usernamemixed", PhraseMode::Compact, {{"federated-sign-in", 0.60, kWhyFederatedPage}}},
    {"federated namespace", PhraseMode::Compact, {{"federated-sign-in", 0.80, kWhyFederatedPage}}},
    {"federated domain", PhraseMode::Compact, {{"federated-sign-in", 0.55, kWhyFederatedPage}}},
    {"federated user", PhraseMode::Compact, {{"federated-sign-in", 0.50, kWhyFederatedPage}}},
    {"there was a problem accessing the site",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.60, kWhyAdfsPage}}},
    {"relying party", PhraseMode::Compact, {{"federated-sign-in", 0.50, kWhyAdfsPage}}},
    {"activity id:", PhraseMode::Compact, {{"federated-sign-in", 0.45, kWhyAdfsPage}}},
    {"sign in with your organizational account",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.60, kWhyFederatedPage}}},
    {"wstrust", PhraseMode::Compact, {{"federated-sign-in", 0.55, kWhyFederatedPage}}},
    {"incorrect user id or password",
     PhraseMode::Compact,
     {{"wrong-password", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the organisation's sign-in page refused the password")},
      {"federated-sign-in", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "this wording is AD FS's forms page: the user signs in at the organisation's own "
                         "federation server")}}},
    {"invalid on-premise username or password",
     PhraseMode::Compact,
     {{"wrong-password", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the on-premises directory refused the password")},
      {"federated-sign-in", 0.45, kWhyFederatedPage}}},

    // --- Generic transient wording ---
    {"try again later",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.40, kWhyRetryOverloaded},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"retry later",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.40, kWhyRetryOverloaded},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"try again in a few",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.40, kWhyRetryOverloaded},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"wait a few minutes",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.35, kWhyRetryOverloaded},
      {"network-unreachable", 0.20, kWhyRetryNetwork}}},
    {"currently unavailable",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded},
      {"throttled", 0.30, kWhyRetryThrottled},
      {"network-unreachable", 0.30, kWhyRetryNetwork}}},
    {"not available at the moment",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded},
      {"throttled", 0.30, kWhyRetryThrottled},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"not available for use at the moment",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded},
      {"throttled", 0.30, kWhyRetryThrottled},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"please resubmit",
     PhraseMode::Compact,
     {{"server-overutilized", 0.40, kWhyRetryOverloaded},
      {"throttled", 0.35, kWhyRetryThrottled},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},
    {"after some time",
     PhraseMode::Compact,
     {{"throttled", 0.35, kWhyRetryThrottled}, {"server-overutilized", 0.35, kWhyRetryOverloaded}}},
    {"temporarily unavailable",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded},
      {"throttled", 0.35, kWhyRetryThrottled},
      {"network-unreachable", 0.30, kWhyRetryNetwork}}},
    {"experiencing technical",
     PhraseMode::Compact,
     {{"server-overutilized", 0.50, kWhyRetryOverloaded}, {"throttled", 0.30, kWhyRetryThrottled}}},
    {"high volume of requests",
     PhraseMode::Compact,
     {{"throttled", 0.60, kWhyRetryThrottled}, {"server-overutilized", 0.35, kWhyRetryOverloaded}}},
    {"max retry",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.35, kWhyRetryOverloaded},
      {"network-unreachable", 0.35, kWhyRetryNetwork}}},
    {"maximum number of retries",
     PhraseMode::Compact,
     {{"throttled", 0.40, kWhyRetryThrottled},
      {"server-overutilized", 0.35, kWhyRetryOverloaded},
      {"network-unreachable", 0.35, kWhyRetryNetwork}}},
    {"transientexception",
     PhraseMode::Compact,
     {{"server-overutilized", 0.40, kWhyRetryOverloaded},
      {"network-unreachable", 0.35, kWhyRetryNetwork},
      {"throttled", 0.30, kWhyRetryThrottled}}},
    {"synctimeoutexception",
     PhraseMode::Compact,
     {{"server-overutilized", 0.45, kWhyRetryOverloaded},
      {"network-unreachable", 0.40, kWhyRetryNetwork},
      {"throttled", 0.30, kWhyRetryThrottled}}},
    {"resource temporarily unavailable",
     PhraseMode::Compact,
     {{"network-unreachable", 0.50, kWhyRetryNetwork}, {"server-overutilized", 0.40, kWhyRetryOverloaded}}},
    {"server busy",
     PhraseMode::Compact,
     {{"server-overutilized", 0.60, kWhyRetryOverloaded}, {"throttled", 0.45, kWhyRetryThrottled}}},
    {"server is busy",
     PhraseMode::Compact,
     {{"server-overutilized", 0.60, kWhyRetryOverloaded}, {"throttled", 0.45, kWhyRetryThrottled}}},
    {"service is busy",
     PhraseMode::Compact,
     {{"server-overutilized", 0.55, kWhyRetryOverloaded}, {"throttled", 0.50, kWhyRetryThrottled}}},
    {"service unavailable",
     PhraseMode::Compact,
     {{"server-overutilized", 0.45, kWhyRetryOverloaded},
      {"throttled", 0.35, kWhyRetryThrottled},
      {"network-unreachable", 0.25, kWhyRetryNetwork}}},

    // Connection limits: mail servers cap the connections one account may hold at once (Gmail: 15
    // per account, support.google.com/mail/answer/97150; Dovecot's mail_max_userip_connections;
    // Exchange's ErrorExceededConnectionCount). The login is refused although the password is right.
    {"too many simultaneous connections",
     PhraseMode::Compact,
     {{"throttled", 0.80, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"simultaneous connections",
     PhraseMode::Compact,
     {{"throttled", 0.70, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"concurrent connections",
     PhraseMode::Compact,
     {{"throttled", 0.65, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"maximum number of connections",
     PhraseMode::Compact,
     {{"throttled", 0.80, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"max_userip_connections", PhraseMode::Compact, {{"throttled", 0.85, kWhyConnectionLimit}}},
    {"too many connections",
     PhraseMode::Compact,
     {{"throttled", 0.75, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"connection limit",
     PhraseMode::Compact,
     {{"throttled", 0.65, kWhyConnectionLimit}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    // Rate limits worded as "wait": the service wants fewer requests, not other credentials.
    {"too recently",
     PhraseMode::Compact,
     {{"throttled", 0.60, kWhyRetryThrottled}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"please wait until",
     PhraseMode::Compact,
     {{"throttled", 0.55, kWhyRetryThrottled}, {"server-overutilized", 0.25, kWhyRetryOverloaded}}},
    {"request is throttled", PhraseMode::Compact, {{"throttled", 0.80, kWhyRetryThrottled}}},
    {"backoff time", PhraseMode::Compact, {{"throttled", 0.75, kWhyRetryThrottled}}},
    // Exchange's workload management stalls moves and requests while a server resource is
    // unhealthy ("Resource 'DiskLatency(...)' is unhealthy and shouldn't be accessed"; move
    // statuses StalledDueToTarget_..., StalledDueToSource_...).
    {"is unhealthy",
     PhraseMode::Compact,
     {{"server-overutilized", 0.55, kWhyResourceHealth}, {"throttled", 0.35, kWhyRetryThrottled}}},
    {"stalledduetotarget",
     PhraseMode::Compact,
     {{"server-overutilized", 0.60, kWhyResourceHealth}, {"throttled", 0.35, kWhyRetryThrottled}}},
    {"stalledduetosource",
     PhraseMode::Compact,
     {{"server-overutilized", 0.60, kWhyResourceHealth}, {"throttled", 0.35, kWhyRetryThrottled}}},

    // SMTP servers answer an AUTH command they do not offer with 502/504 (RFC 4954; Exchange
    // Online's "504 5.7.4 Unrecognized authentication type"): the password method is not available
    // on that connection, which is the "no supported authentication method" family.
    {"command not implemented",
     PhraseMode::Compact,
     {{"basic-auth-disabled", 0.45, kWhyNoPasswordMechanism},
      {"modern-auth-not-configured", 0.25, kWhyMechanismOAuth}}},

    // GetFederationInformation is an Autodiscover request (facts §1.2(e)): "Federation Information
    // could not be received" is an Autodiscover failure, not a federated sign-in.
    {"federationinformation",
     PhraseMode::Compact,
     {{"autodiscover-failed", 0.55, kWhyFederationInformation},
      {"ews-url-wrong", 0.25, kWhyAutodiscoverManualUrl}}},

    // AD FS / WS-Trust refusing the user name and password sent by a rich client
    // ("ID3242: The security token could not be authenticated or authorized.").
    {"id3242",
     PhraseMode::Word,
     {{"federated-sign-in", 0.60, kWhyWsTrustRefused}, {"wrong-password", 0.45, kWhyWsTrustPassword}}},
    {"security token could not be authenticated",
     PhraseMode::Compact,
     {{"federated-sign-in", 0.55, kWhyWsTrustRefused}, {"wrong-password", 0.45, kWhyWsTrustPassword}}},

    // A tool's connector (its sign-in to a source or destination) is not, or no longer, authorised:
    // Mover, MigrationWiz endpoints, ShareGate and CloudM all say "reauthorize the connector".
    {"has not been authorized",
     PhraseMode::Compact,
     {{"consent-missing", 0.60, kWhyConnectorConsent},
      {"modern-auth-not-configured", 0.30, kWhyConnectorApp}}},
    {"has not been authorised",
     PhraseMode::Compact,
     {{"consent-missing", 0.60, kWhyConnectorConsent},
      {"modern-auth-not-configured", 0.30, kWhyConnectorApp}}},
    {"authorization failure",
     PhraseMode::Compact,
     {{"consent-missing", 0.40, kWhyConnectorConsent},
      {"modern-auth-not-configured", 0.35, kWhyConnectorApp},
      {"wrong-password", 0.30, kWhyConnectorSignIn}}},
    {"authorisation failure",
     PhraseMode::Compact,
     {{"consent-missing", 0.40, kWhyConnectorConsent},
      {"modern-auth-not-configured", 0.35, kWhyConnectorApp},
      {"wrong-password", 0.30, kWhyConnectorSignIn}}},
    {"reauthorize",
     PhraseMode::Compact,
     {{"consent-missing", 0.40, kWhyConnectorConsent},
      {"modern-auth-not-configured", 0.35, kWhyConnectorApp},
      {"wrong-password", 0.30, kWhyConnectorSignIn}}},

    // Rights worded by SharePoint and .NET: "Attempted to perform an unauthorized operation"
    // (UnauthorizedAccessException), "Full Control" (SharePoint's permission level), "You do not
    // have sufficient permission", "does not have any defined role definitions".
    {"unauthorized operation", PhraseMode::Compact, {{"insufficient-permission", 0.60, kWhyRightsMissing}}},
    {"full control", PhraseMode::Compact, {{"insufficient-permission", 0.55, kWhyRightsMissing}}},
    {"sufficient permission", PhraseMode::Compact, {{"insufficient-permission", 0.60, kWhyRightsMissing}}},
    {"role definitions", PhraseMode::Compact, {{"insufficient-permission", 0.45, kWhyRightsMissing}}},

    // A mailbox copy tool could not open the mailbox ("Failed to open source message store"): the
    // account or app lacks access to it (FullAccess, impersonation, the app's permission), or the
    // mailbox is not there.
    {"message store",
     PhraseMode::Compact,
     {{"insufficient-permission", 0.40, kWhyMessageStoreRights},
      {"impersonation-denied", 0.35, kWhyMessageStoreImpersonation},
      {"mailbox-not-found", 0.30, kWhyMessageStoreMissing}}},
};

// Token refresh and acquisition. An AADSTS code, when the tables know it, says more precisely
// why the token failed (AADSTS70008, 700082, 50173...): these phrases then stay out
// (Scoring.cpp), so that they do not outweigh it.
constexpr PhraseRule kTokenPhrases[] = {
    {"refresh token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.35, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"tokenexpired",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.30, kWhyTokenConsent}}},
    {"token has expired",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"token is expired",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"accesstokenexpired",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"could not refresh",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.30, kWhyTokenConsent}}},
    {"failed to refresh",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.30, kWhyTokenConsent}}},
    {"unable to refresh",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"consent-missing", 0.30, kWhyTokenConsent}}},
    {"acquire token silently",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.40, kWhyTokenRenew},
      {"wrong-password", 0.30, kWhyTokenPassword},
      {"mfa-required", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the user must sign in interactively again (MFA)")}}},
    {"invalid token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the access token was refused (expired, or issued for another resource or tenant)")},
      {"wrong-password", 0.25, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"token is invalid",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the access token was refused (expired, or issued for another resource or tenant)")},
      {"wrong-password", 0.25, kWhyTokenPassword},
      {"consent-missing", 0.25, kWhyTokenConsent}}},
    {"failed to obtain oauth token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50, kWhyTokenNotObtained},
      {"consent-missing", 0.35, kWhyTokenPermission},
      {"client-secret-invalid", 0.30, kWhyTokenSecret}}},
    {"could not retrieve oauth token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50, kWhyTokenNotObtained},
      {"consent-missing", 0.40, kWhyTokenPermission},
      {"client-secret-invalid", 0.30, kWhyTokenSecret}}},
    {"failed to acquire token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50, kWhyTokenNotObtained},
      {"consent-missing", 0.35, kWhyTokenPermission},
      {"client-secret-invalid", 0.30, kWhyTokenSecret}}},
    {"unable to obtain access token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50, kWhyTokenNotObtained},
      {"consent-missing", 0.35, kWhyTokenPermission},
      {"client-secret-invalid", 0.30, kWhyTokenSecret}}},
    {"failed to get access token",
     PhraseMode::Compact,
     {{"modern-auth-not-configured", 0.50, kWhyTokenNotObtained},
      {"consent-missing", 0.35, kWhyTokenPermission},
      {"client-secret-invalid", 0.30, kWhyTokenSecret}}},

};

} // namespace

std::span<const PhraseRule> migrationPhraseRules()
{
    return kMigrationPhrases;
}

std::span<const PhraseRule> tokenPhraseRules()
{
    return kTokenPhrases;
}

} // namespace AuthDoctor::ClassifyDetail
