// When no code, phrase or status names a cause, the message may still say what it is about:
// the sign-in, rights, the app's token, the network, a retry, Autodiscover, a certificate,
// federation, a second factor... and which kind of host it talked to. Such words rank the
// causes that usually go with them, at low weights, each with its reason; only a text without
// any of them stays unrecognized-error. One pass over lower() (KeySet), so linear.
#include "Rules.h"
#include "Scoring.h"

#include <QCoreApplication>

#include <algorithm>

namespace AuthDoctor::ClassifyDetail {

namespace {

struct Family
{
    const char16_t *const *words; // whole words or phrases in lower(), nullptr-terminated
    Hint hints[MaxHints];
};

constexpr const char16_t *kSignInWords[] = {u"credentials",
                                            u"credential",
                                            u"password",
                                            u"passwd",
                                            u"login",
                                            u"log in",
                                            u"logon",
                                            u"log on",
                                            u"sign in",
                                            u"sign-in",
                                            u"signin",
                                            u"authenticate",
                                            u"authentication",
                                            u"auth",
                                            u"unauthorized",
                                            u"unauthorised",
                                            u"not authenticated",
                                            u"invalid user",
                                            nullptr};
constexpr const char16_t *kRightsWords[] = {
    u"permission",    u"permissions",     u"forbidden",
    u"not allowed",   u"not permitted",   u"privileges",
    u"rights",        u"not authorized",  u"not authorised",
    u"access denied", u"denied",          u"administrator role",
    u"full access",   u"fullaccess",      u"site collection administrator",
    u"rbac",          u"management role", nullptr};
constexpr const char16_t *kAppWords[] = {u"token",
                                         u"oauth",
                                         u"oauth2",
                                         u"client id",
                                         u"clientid",
                                         u"client_id",
                                         u"app registration",
                                         u"application id",
                                         u"app id",
                                         u"appid",
                                         u"tenant id",
                                         u"tenantid",
                                         u"consent",
                                         u"scope",
                                         u"scopes",
                                         u"azure ad app",
                                         u"enterprise application",
                                         u"service principal",
                                         nullptr};
constexpr const char16_t *kMissingWords[] = {
    u"not found",      u"does not exist",     u"doesn't exist",     u"cannot be found",
    u"can't be found", u"could not be found", u"couldn't be found", u"could not find",
    u"couldn't find",  u"cannot find",        u"can't find",        u"no such user",
    u"unknown user",   u"invalid user",       u"not exist",         nullptr};
constexpr const char16_t *kNetworkWords[] = {
    u"connect",  u"connection", u"connecting", u"unreachable",     u"network",      u"dns",  u"socket",
    u"firewall", u"proxy",      u"port",       u"could not reach", u"cannot reach", u"host", nullptr};
constexpr const char16_t *kRetryWords[] = {u"busy",        u"unavailable", u"try again",  u"retry",
                                           u"retrying",    u"retries",     u"later",      u"temporary",
                                           u"temporarily", u"transient",   u"slow",       u"limit",
                                           u"limits",      u"quota",       u"rate limit", nullptr};
constexpr const char16_t *kAutodiscoverWords[] = {u"autodiscover", u"auto discover", u"autodiscovery",
                                                  u"auto-discover", nullptr};
constexpr const char16_t *kTlsWords[] = {u"certificate", u"ssl",   u"tls", u"handshake",
                                         u"x509",        u"x.509", nullptr};
constexpr const char16_t *kFederationWords[] = {
    u"federated", u"federation", u"ad fs", u"single sign-on", u"sso", u"okta", u"pingfederate", nullptr};
constexpr const char16_t *kSecondFactorWords[] = {
    u"mfa",    u"2fa",           u"multi-factor",      u"multifactor",   u"two-factor",    u"two-step",
    u"2-step", u"authenticator", u"verification code", u"second factor", u"one-time code", nullptr};
constexpr const char16_t *kLockedWords[] = {u"locked", u"lockout", u"locked out", nullptr};
constexpr const char16_t *kBlockedWords[] = {u"disabled",    u"blocked",  u"suspended",
                                             u"deactivated", u"inactive", nullptr};
constexpr const char16_t *kExpiredWords[] = {u"expired", u"expire", u"expires", u"expiry", nullptr};
constexpr const char16_t *kLicenceWords[] = {u"license",   u"licence",      u"licensed", u"licenced",
                                             u"licensing", u"subscription", nullptr};
constexpr const char16_t *kMailProtocolWords[] = {u"imap", u"imap4", u"pop3", u"smtp", nullptr};
constexpr const char16_t *kRetiredWords[] = {u"deprecated",
                                             u"no longer supported",
                                             u"no longer works",
                                             u"legacy",
                                             u"retired",
                                             u"basic auth",
                                             u"no longer working",
                                             u"deprecation",
                                             u"basic authentication",
                                             nullptr};

constexpr const char16_t *kTenantWords[] = {u"tenant", u"tenants", u"directory", u"namespace", nullptr};
constexpr const char16_t *kMailboxWords[] = {u"mailbox", u"mailboxes", u"mail user", u"mailuser", nullptr};
constexpr const char16_t *kServerWords[] = {u"server", u"servers", u"service", u"url", u"endpoint", nullptr};
constexpr const char16_t *kEwsWords[] = {u"ews", u"exchange web services", u"exchange.asmx", nullptr};
// The scan splits "SharePoint" and "OneDrive" at their capitals, so both spellings are listed.
constexpr const char16_t *kSiteWords[] = {u"sharepoint",      u"share point", u"onedrive", u"one drive",
                                          u"site collection", u"mysite",      nullptr};
// Access to a resource failed without saying why: rights first, then the way there.
constexpr const char16_t *kAccessWords[] = {
    u"unable to access", u"cannot access", u"can't access", u"could not access",
    u"couldn't access",  u"no access",     nullptr};
// A migration tool's connector is its sign-in to one side (Mover, CloudM, MigrationWiz endpoints):
// when it fails, it usually has to be authorised again.
constexpr const char16_t *kConnectorWords[] = {u"connector", u"connectors", nullptr};
constexpr const char16_t *kAdminWords[] = {u"admin", u"administrator", u"global admin", u"role",
                                           u"roles", u"profile",       u"app profile",  nullptr};
constexpr const char16_t *kGoogleWords[] = {u"google", u"gmail",     u"g suite",
                                            u"gsuite", u"workspace", nullptr};
constexpr const char16_t *kPolicyWords[] = {u"policy", u"policies", u"conditional", u"risky", nullptr};
constexpr const char16_t *kSecretWords[] = {u"secret", u"client secret", u"thumbprint", u"key", nullptr};
constexpr const char16_t *kCancelWords[] = {u"canceled", u"cancelled", u"aborted", u"interrupted", nullptr};
constexpr const char16_t *kUserWords[] = {u"user", u"username",   u"user name", u"account",
                                          u"upn",  u"login name", nullptr};

constexpr const char16_t *kAppPasswordWords[] = {u"app password", u"app passwords", u"application password",
                                                 u"app-password", nullptr};
constexpr const char16_t *kOutlookAnywhereWords[] = {u"outlook anywhere", u"rpc over http", u"rpc/http",
                                                     u"mapi over http",   u"mapi/http",     nullptr};
constexpr const char16_t *kGuestWords[] = {u"guest", u"guests", u"external user", u"b2b", nullptr};
constexpr const char16_t *kSyncWords[] = {
    u"dirsync",      u"azure ad connect", u"entra connect", u"aad connect",
    u"synchronized", u"synchronised",     u"not synced",    nullptr};
constexpr const char16_t *kSharedMailboxWords[] = {u"shared mailbox", u"shared mailboxes", u"delegate",
                                                   u"full access permission", nullptr};
constexpr const char16_t *kArchiveWords[] = {u"archive mailbox", u"online archive", u"in-place archive",
                                             nullptr};

constexpr const char *kWhySignIn = QT_TRANSLATE_NOOP(
    "AuthDoctor::Classifier", "no rule matched, but the message is about the sign-in: a wrong or changed "
                              "password is the most common cause");
constexpr const char *kWhySignInUser =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the user name is not the user principal name");
constexpr const char *kWhySignInMfa =
    QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                      "or a second sign-in step (MFA) stops the tool, which can only send a password");

constexpr Family kFamilies[] = {
    {kSignInWords,
     {{"wrong-password", 0.30, kWhySignIn},
      {"wrong-username", 0.20, kWhySignInUser},
      {"mfa-required", 0.15, kWhySignInMfa}}},
    {kRightsWords,
     {{"insufficient-permission", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about rights: the account lacks the role or "
                         "mailbox permission the tool needs")},
      {"impersonation-denied", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "for Exchange, impersonation (or the app's access policy)")},
      {"consent-missing", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "for an app, its permissions may lack consent")}}},
    {kAppWords,
     {{"modern-auth-not-configured", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about the app's token: check the app "
                         "registration (client id, tenant)")},
      {"consent-missing", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the app's permissions may lack administrator consent")},
      {"client-secret-invalid", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the app's secret or certificate may have expired")}}},
    {kMissingWords,
     {{"mailbox-not-found", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but something was not found: a missing or unlicensed mailbox is "
                         "the usual case")},
      {"wrong-username", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the name in the project is mistyped")},
      {"new-account-not-ready", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account is too new to be provisioned")}}},
    {kNetworkWords,
     {{"network-unreachable", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about the connection: the server may not be "
                         "reachable (DNS, firewall, proxy)")},
      {"server-overutilized", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server is down or overloaded")}}},
    {kRetryWords,
     {{"throttled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a retry or a limit: throttling is the "
                         "usual reason")},
      {"server-overutilized", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server is busy or briefly unavailable")},
      {"network-unreachable", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the network failed for a moment")}}},
    {kAutodiscoverWords,
     {{"autodiscover-failed", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about Autodiscover: its lookup failed")},
      {"ews-url-wrong", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "entering the EWS URL by hand avoids Autodiscover")}}},
    {kTlsWords,
     {{"tls-problem", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about certificates or TLS")}}},
    {kFederationWords,
     {{"federated-sign-in", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about federation: the sign-in goes to the "
                         "organisation's own identity provider")}}},
    {kSecondFactorWords,
     {{"mfa-required", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a second factor (MFA)")}}},
    {kLockedWords,
     {{"account-locked", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "no rule matched, but the message says locked")}}},
    {kBlockedWords,
     {{"account-disabled", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but something is disabled or blocked: the account itself?")},
      {"conditional-access-blocked", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or a sign-in policy")},
      {"basic-auth-disabled", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the protocol or Basic authentication")}}},
    {kExpiredWords,
     {{"password-expired", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but something expired: the password is the usual one")},
      {"client-secret-invalid", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the app's client secret or certificate")}}},
    {kLicenceWords,
     {{"mailbox-not-found", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about licences: an unlicensed user has no "
                         "mailbox")},
      {"onedrive-not-licensed", 0.25, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "nor a OneDrive")}}},
    {kMailProtocolWords,
     {{"wrong-password", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a mail protocol login: the password is "
                         "the usual cause")},
      {"basic-auth-disabled", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Exchange Online and Gmail refuse protocol passwords when Basic authentication is "
                         "off")}}},
    {kTenantWords,
     {{"tenant-not-found", 0.30,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about the tenant: its id or domain may be wrong")},
      {"wrong-cloud", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the tenant lives in another (national) cloud")},
      {"modern-auth-not-configured", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the app registration is in another tenant")}}},
    {kMailboxWords,
     {{"mailbox-not-found", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a mailbox: it may not exist or not be "
                         "licensed")},
      {"insufficient-permission", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account has no access to it")},
      {"mailbox-not-instantiated", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or it was never created in the cloud")}}},
    {kServerWords,
     {{"network-unreachable", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about the server: it may not be reachable")},
      {"ews-url-wrong", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server's address in the project is wrong")},
      {"server-overutilized", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server is overloaded")}}},
    {kEwsWords,
     {{"ews-url-wrong", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about EWS: check the EWS URL")},
      {"ews-disabled", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "EWS may be switched off for the tenant, app or user")}}},
    {kSiteWords,
     {{"onedrive-not-provisioned", 0.20,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about OneDrive or SharePoint: the user's OneDrive "
           "may not exist yet")},
      {"insufficient-permission", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account is not an administrator of the site")},
      {"sharepoint-app-only-secret", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "or SharePoint refuses an app-only token obtained with a client secret")}}},
    {kAccessWords,
     {{"insufficient-permission", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the tool could not access something: the account may lack "
                         "rights to it")},
      {"network-unreachable", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or it cannot be reached from here")}}},
    {kConnectorWords,
     {{"modern-auth-not-configured", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about the tool's connector: its sign-in or "
                         "app authorisation may have to be set up again")},
      {"consent-missing", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or an administrator has to authorise it again")},
      {"wrong-password", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account it signs in with changed its password")}}},
    {kAdminWords,
     {{"insufficient-permission", 0.30,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about an administrator or role: the account may "
           "lack the role the tool needs")},
      {"consent-missing", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or an administrator has to consent to the app")}}},
    {kGoogleWords,
     {{"basic-auth-disabled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about Google: it refuses plain passwords from "
                         "other apps (OAuth or an app password is needed)")},
      {"mfa-required", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "an account with 2-step verification needs an app password")}}},
    {kPolicyWords,
     {{"conditional-access-blocked", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a policy: a sign-in policy may block the "
                         "account")},
      {"security-defaults", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "security defaults act like such a policy")}}},
    {kSecretWords,
     {{"client-secret-invalid", 0.35,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about the app's secret or certificate: it may be "
           "wrong or expired")}}},
    {kCancelWords,
     {{"network-unreachable", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the request was cancelled: usually a timeout on the way")},
      {"server-overutilized", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server took too long to answer")}}},
    {kUserWords,
     {{"wrong-username", 0.15,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a user: the name may be the wrong one")},
      {"wrong-password", 0.12,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the user's password is wrong")},
      {"account-disabled", 0.10, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the account is disabled")}}},
    {kAppPasswordWords,
     {{"mfa-required", 0.35,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about app passwords: the account has multi-factor "
           "authentication")},
      {"basic-auth-disabled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "app passwords work only where Basic authentication is still allowed")}}},
    {kOutlookAnywhereWords,
     {{"basic-auth-disabled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about Outlook Anywhere: migrations need Basic "
                         "authentication enabled on it")},
      {"network-unreachable", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "and its external address must be reachable")},
      {"ews-url-wrong", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "and the server name (FQDN) must be the published one")}}},
    {kGuestWords,
     {{"wrong-username", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but the message is about a guest (external) account: it is not a "
                         "member of this tenant")},
      {"new-account-not-ready", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a new guest takes time to replicate")}}},
    {kSyncWords,
     {{"mailbox-not-instantiated", 0.30,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about directory synchronisation: the synchronised "
           "user may have no cloud mailbox yet")},
      {"new-account-not-ready", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or it is not provisioned yet")}}},
    {kSharedMailboxWords,
     {{"insufficient-permission", 0.30,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about a shared or delegated mailbox: the account "
           "needs FullAccess on it")},
      {"mailbox-not-found", 0.20,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the mailbox is not found")}}},
    {kArchiveWords,
     {{"mailbox-not-found", 0.35,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "no rule matched, but the message is about an archive mailbox: it may not be enabled")}}},
    {kRetiredWords,
     {{"basic-auth-disabled", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "no rule matched, but something was retired: Basic (legacy) authentication is")}}},
};

// Words that say something went wrong. The families count only in a text that has one of them
// (or a status, host, side or code): a long paste of unrelated text or noise that happens to
// contain "tls" somewhere says nothing about a failure.
constexpr const char16_t *kFailureWords[] = {u"fail",
                                             u"failed",
                                             u"fails",
                                             u"failing",
                                             u"failure",
                                             u"error",
                                             u"errors",
                                             u"unable",
                                             u"cannot",
                                             u"can't",
                                             u"could not",
                                             u"couldn't",
                                             u"denied",
                                             u"invalid",
                                             u"refused",
                                             u"rejected",
                                             u"problem",
                                             u"exception",
                                             u"incorrect",
                                             u"wrong",
                                             u"not working",
                                             u"isn't working",
                                             u"stopped working",
                                             u"does not work",
                                             u"doesn't work",
                                             u"trouble",
                                             u"unsuccessful",
                                             u"not authorized",
                                             u"unauthorized",
                                             u"forbidden",
                                             u"blocked",
                                             u"locked",
                                             u"expired",
                                             u"missing",
                                             u"not found",
                                             u"does not exist",
                                             u"doesn't exist",
                                             u"not allowed",
                                             u"required",
                                             u"try again",
                                             u"retry",
                                             u"timeout",
                                             u"unavailable",
                                             u"problems",
                                             u"issue",
                                             u"issues",
                                             u"troubleshooting",
                                             u"troubleshoot",
                                             u"resolve",
                                             u"resolving",
                                             u"how to fix",
                                             u"not supported",
                                             u"unsupported",
                                             u"refused",
                                             u"declined",
                                             u"revoked",
                                             u"no longer working",
                                             nullptr};

constexpr qsizetype ShortPaste = 500;

struct CompiledFamilies
{
    QStringList keys;
    QList<int> familyOf;
    KeySet set;
    CompiledFamilies(QStringList k, QList<int> f) : keys(k), familyOf(std::move(f)), set(k) {}
};

const CompiledFamilies &compiledFamilies()
{
    static const CompiledFamilies compiled = [] {
        QStringList keys;
        QList<int> familyOf;
        for (int f = 0; f < int(std::size(kFamilies)); ++f)
            for (const char16_t *const *w = kFamilies[f].words; *w; ++w) {
                keys << QString::fromUtf16(*w);
                familyOf << f;
            }
        // The failure words share the pass, as family -1.
        for (const char16_t *const *w = kFailureWords; *w; ++w) {
            keys << QString::fromUtf16(*w);
            familyOf << -1;
        }
        return CompiledFamilies(keys, familyOf);
    }();
    return compiled;
}

// The causes a kind of host usually goes with, when the text says nothing else.
void addHostSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    if (x.host.isEmpty())
        return;
    const Reason where = located(t, x.host, t.lineAt(std::max<qsizetype>(0, t.lower().indexOf(x.host))));
    if (x.hostKind == HostKind::EntraLogin) {
        out.add(
            "wrong-password", 0.25,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "the sign-in service failed: the password is the usual cause")));
        out.add("mfa-required", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or a second factor (MFA)")));
        out.add("conditional-access-blocked", 0.15,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or a sign-in policy")));
        return;
    }
    switch (x.endpoint) {
    case EndpointKind::ExchangeOnline:
        out.add("wrong-password", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "a failure at Exchange Online: the credentials are the usual "
                                                "cause")));
        out.add("basic-auth-disabled", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "Exchange Online no longer accepts Basic authentication")));
        out.add("modern-auth-not-configured", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "the project needs modern authentication (an app) for "
                                                "Exchange Online")));
        break;
    case EndpointKind::ExchangeServer:
        out.add("wrong-password", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "a failure at the Exchange server: the credentials are the "
                                                "usual cause")));
        out.add("ews-url-wrong", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server URL")));
        out.add("network-unreachable", 0.15,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "or the server is not reachable from here")));
        break;
    case EndpointKind::OneDrive:
        out.add(
            "onedrive-not-provisioned", 0.20,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "a failure at OneDrive: the user's OneDrive may not exist yet")));
        out.add("insufficient-permission", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "or the account is not an administrator of the site")));
        out.add(
            "onedrive-not-licensed", 0.15,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the user has no licence for it")));
        break;
    case EndpointKind::Unknown:
        break;
    }
}

} // namespace

void addFallbackSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    // Identifiers say what they are about in their parts: "EX-AccessDeniedToOffice365Group",
    // "CO-ConsentUserUnavailable", "MailboxNotFoundException". The words are looked for in lower()
    // with a space put between a lower-case letter and the capital that follows it; `origin` maps
    // every character back to its offset in text(). One pass, at most twice the text's length.
    const QString &text = t.text();
    const QString &lower = t.lower();
    QList<std::pair<qsizetype, qsizetype>> codeSpans;
    for (const FoundCode &fc : x.codes)
        codeSpans.append({fc.pos, fc.pos + fc.code.size()});
    const auto isUpper = [](char16_t u) { return u < 0x80 ? (u >= u'A' && u <= u'Z') : QChar(u).isUpper(); };
    const auto isLower = [](char16_t u) { return u < 0x80 ? (u >= u'a' && u <= u'z') : QChar(u).isLower(); };
    // The offsets in text() before which a space goes, in order.
    QList<qsizetype> breaks;
    qsizetype span = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isUpper(text.at(i).unicode()) || !isLower(text.at(i - 1).unicode()))
            continue;
        while (span < codeSpans.size() && codeSpans.at(span).second <= i)
            ++span;
        if (span >= codeSpans.size() || codeSpans.at(span).first > i)
            breaks.append(i);
    }
    QString split(text.size() + breaks.size(), Qt::Uninitialized);
    {
        char16_t *buf = reinterpret_cast<char16_t *>(split.data());
        const char16_t *src = reinterpret_cast<const char16_t *>(lower.constData());
        qsizetype n = 0;
        qsizetype i = 0;
        for (const qsizetype b : std::as_const(breaks)) {
            std::copy(src + i, src + b, buf + n);
            n += b - i;
            buf[n++] = u' ';
            i = b;
        }
        std::copy(src + i, src + text.size(), buf + n);
    }
    // Offset in text() of an offset in split: minus the spaces put before it.
    const auto origin = [&](qsizetype pos) {
        qsizetype lo = 0;
        qsizetype hi = breaks.size();
        while (lo < hi) { // the number of breaks whose space lies before pos
            const qsizetype mid = (lo + hi) / 2;
            if (breaks.at(mid) + mid < pos)
                lo = mid + 1;
            else
                hi = mid;
        }
        return pos - lo;
    };

    const CompiledFamilies &c = compiledFamilies();
    const QList<qsizetype> at = c.set.firstOccurrences(split, true);
    bool failure = false;
    for (qsizetype k = 0; k < at.size() && !failure; ++k)
        failure = c.familyOf.at(k) < 0 && at.at(k) >= 0;
    // A short paste is what the user took for the error (an issue title, a knowledge-base article's
    // name); a long one must say that something went wrong.
    const bool context = text.size() <= ShortPaste || x.httpStatus || !x.host.isEmpty() ||
                         x.side != Side::Unknown || !x.codes.isEmpty() || failure;
    if (!context)
        return;
    QList<qsizetype> familyAt(qsizetype(std::size(kFamilies)), -1);
    QList<int> familyKey(qsizetype(std::size(kFamilies)), -1);
    for (qsizetype k = 0; k < at.size(); ++k) {
        const int f = c.familyOf.at(k);
        if (at.at(k) < 0 || f < 0)
            continue;
        const qsizetype end = at.at(k) + c.keys.at(k).size();
        // "password=..." or "password": "..." is a setting that was pasted along, not what the
        // message says.
        const QStringView rest = QStringView(split).mid(end, 3);
        const bool setting = rest.startsWith(u'=') || rest.startsWith(u"\":") || rest.startsWith(u"\" :");
        if (!setting && (familyAt.at(f) < 0 || at.at(k) < familyAt.at(f))) {
            familyAt[f] = at.at(k);
            familyKey[f] = int(k);
        }
    }
    for (qsizetype f = 0; f < familyAt.size(); ++f)
        if (familyAt.at(f) >= 0) {
            const qsizetype from = origin(familyAt.at(f));
            const qsizetype to = origin(familyAt.at(f) + c.keys.at(familyKey.at(f)).size() - 1) + 1;
            const Reason where = located(t,
                                         Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "\"%1\""),
                                                      {Reason::literal(text.mid(from, to - from))}),
                                         t.lineAt(from));
            addHints(kFamilies[f].hints, where, out);
        }
    addHostSignals(t, x, out);
}

} // namespace AuthDoctor::ClassifyDetail
