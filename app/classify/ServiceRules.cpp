// Codes from outside Exchange mapped to findings: Microsoft Graph error codes (facts §1.6, §2.6),
// exception names seen in migration logs, and token endpoint "error" / "suberror" values (§1.3).
#include "Rules.h"

#include <QCoreApplication>

namespace AuthDoctor::ClassifyDetail {

namespace {

constexpr CodeRule kGraph[] = {
    {"MailboxNotEnabledForRESTAPI",
     {{"mailbox-not-found", 0.90,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Microsoft Graph finds no cloud mailbox for the user (inactive, soft-deleted, "
                         "unlicensed or hosted on premises)")},
      {"mailbox-not-instantiated", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "a synchronised user whose mailbox was never created in the cloud looks the same")},
      {"new-account-not-ready", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a newly created user may still be provisioning")}}},
    {"Authorization_RequestDenied",
     {{"insufficient-permission", 0.85,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "Microsoft Graph: the caller is authenticated but not authorised (insufficient privileges)")},
      {"consent-missing", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the application may lack a granted permission")}}},
    {"InvalidAuthenticationToken",
     {{"modern-auth-not-configured", 0.65,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "Microsoft Graph rejected the access token (expired, wrong audience or wrong cloud)")},
      {"wrong-cloud", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a token from another cloud is rejected the same way")}}},
    {"MailboxInfoStale",
     {{"server-overutilized", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Microsoft Graph does not know the mailbox's back end at the moment (transient): "
                         "retry later")},
      {"throttled", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "a busy service answers the same way; retry with fewer requests")}}},
    {"ApplicationThrottled",
     {{"throttled", 0.92,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Microsoft Graph is throttling the application; honour Retry-After")}}},
    {"TooManyRequests",
     {{"throttled", 0.88,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "too many requests: the service is throttling; honour Retry-After")}}},
    {"activityLimitReached",
     {{"throttled", 0.88,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the activity limit was reached: the service is throttling; honour Retry-After")}}},
    {"Request_ResourceNotFound",
     {{"wrong-username", 0.70,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "Microsoft Graph does not find this user in the tenant")},
      {"new-account-not-ready", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a newly created user may not be visible yet")}}},
    {"AuthenticationError",
     {{"consent-missing", 0.35,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "Microsoft Graph authentication error (missing permissions, unlicensed user or bad token)")},
      {"mailbox-not-found", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "an unlicensed user gives the same error")}}},
    {"accessDenied",
     {{"insufficient-permission", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "access denied to the resource")}}},
};

constexpr CodeRule kExceptions[] = {
    {"DatabaseNotFoundException",
     {{"database-not-found", 0.93,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the migration tool could not locate or access the mailbox database")}}},
    {"AutodiscoverLocalException",
     {{"autodiscover-failed", 0.75,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the Autodiscover service could not be located or gave no settings")}}},
    {"AutodiscoverRemoteException",
     {{"autodiscover-failed", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "Autodiscover answered with an error")}}},
    {"MapiExceptionMdbOffline",
     {{"database-not-found", 0.85,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the mailbox database is offline")}}},
    {"MapiExceptionLogonFailed",
     {{"wrong-password", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "logging on to the mailbox failed")},
      {"insufficient-permission", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the account may lack rights on the mailbox")}}},
    {"MapiExceptionUnknownUser",
     {{"mailbox-not-found", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "Exchange does not know the user")}}},
    {"MapiExceptionNetworkError",
     {{"network-unreachable", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a network error between Exchange servers")}}},
    {"ConnectionFailedTransientException",
     {{"database-not-found", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "Exchange could not connect to the mailbox database (transient)")},
      {"network-unreachable", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a network problem inside the Exchange organisation")}}},
    {"AuthenticationException",
     {{"tls-problem", 0.70,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the TLS handshake failed (System.Security.Authentication.AuthenticationException)")}}},
    {"SocketException",
     {{"network-unreachable", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "a socket error: the connection could not be made or was cut")}}},
    {"TimeoutException",
     {{"network-unreachable", 0.45, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the request timed out")},
      {"server-overutilized", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a slow server times out too")}}},
    {"TaskCanceledException",
     {{"network-unreachable", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the request was cancelled, usually by a timeout")},
      {"server-overutilized", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a slow server times out too")}}},
    {"UnauthorizedAccessException",
     {{"insufficient-permission", 0.50, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "access was denied")}}},
    {"ServerBusyException",
     {{"throttled", 0.70, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server is busy")},
      {"server-overutilized", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server may be overloaded")}}},
    {"ServerTooBusyException",
     {{"throttled", 0.70, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server is too busy")},
      {"server-overutilized", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server may be overloaded")}}},
    {"MsalUiRequiredException",
     {{"mfa-required", 0.40,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the sign-in needs user interaction (MFA, consent or a password change)")},
      {"consent-missing", 0.30, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "consent may be missing")}}},
    {"DavMailAuthenticationException",
     {{"wrong-password", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "DavMail could not sign in with the user name and password")}}},
    // Error classes of Python libraries (exchangelib, requests).
    {"UnauthorizedError",
     {{"wrong-password", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server refused the credentials (401)")}}},
    {"RateLimitError",
     {{"throttled", 0.75,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the server kept asking the client to back off until it gave up (throttling)")},
      {"server-overutilized", 0.35,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "an overloaded server answers the same way")}}},
    {"AutoDiscoverFailed",
     {{"autodiscover-failed", 0.65,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "every step of Autodiscover failed")}}},
    {"ServiceVersionException",
     {{"ews-url-wrong", 0.35,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the Exchange version of the server does not support the request: check the endpoint type")}}},
};

constexpr CodeRule kOAuthErrors[] = {
    {"invalid_client",
     {{"client-secret-invalid", 0.60,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the token endpoint rejected the client credentials (client id, secret or certificate)")}}},
    {"unauthorized_client",
     {{"modern-auth-not-configured", 0.55,
       QT_TRANSLATE_NOOP(
           "AuthDoctor::Classifier",
           "the application is not allowed to use this sign-in flow or is not known in the tenant")}}},
    {"invalid_resource",
     {{"modern-auth-not-configured", 0.55,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the requested resource is not valid for this tenant")},
      {"wrong-cloud", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a resource from another cloud is invalid too")}}},
    {"invalid_scope",
     {{"modern-auth-not-configured", 0.60,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the requested scope is not valid")}}},
    {"unsupported_grant_type",
     {{"modern-auth-not-configured", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the sign-in flow (grant type) is not supported for this application")}}},
    {"interaction_required",
     {{"mfa-required", 0.45,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the sign-in needs user interaction (usually multi-factor authentication)")},
      {"conditional-access-blocked", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a Conditional Access policy can require it too")}}},
    {"consent_required",
     {{"consent-missing", 0.75,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "consent to the application's permissions is required")}}},
    {"user_password_expired",
     {{"password-expired", 0.85, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the password has expired")}}},
    {"invalid_tenant",
     {{"tenant-not-found", 0.60, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the tenant is not valid")}}},
    {"temporarily_unavailable",
     {{"throttled", 0.50,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the sign-in service is temporarily unavailable; retry later")},
      {"server-overutilized", 0.25,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the service is overloaded")}}},
    {"invalid_grant",
     {{"wrong-password", 0.30,
       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                         "the sign-in grant was rejected (wrong credentials or an expired grant)")}}},
};

} // namespace

const CodeRule *findGraphCode(QStringView name)
{
    return findRule(kGraph, name);
}

const CodeRule *findExceptionName(QStringView name)
{
    return findRule(kExceptions, name);
}

const CodeRule *findOAuthError(QStringView value)
{
    return findRule(kOAuthErrors, value);
}

} // namespace AuthDoctor::ClassifyDetail
