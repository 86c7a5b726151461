// Every AADSTS code of ../shared/reference/m365-auth-facts.md §2.1 with the finding it must
// lead to (findings.md signals; §2.7), each in one of three shapes people paste: the plain
// message with its ids, the token endpoint's JSON body, and a MigrationWiz line item.
#include "ClassifierRows.h"

namespace ClassifierRows {

namespace {

struct AadstsCase
{
    const char *code;
    const char *top;
    const char *message; // the AADSTS text as Microsoft Entra ID words it
};

// clang-format off
constexpr AadstsCase kCases[] = {
    {"50126", "wrong-password", "Error validating credentials due to invalid username or password."},
    {"50034", "wrong-username", "The user account {EmailHidden} does not exist in the contoso.com directory. To sign into this application, the account must be added to the directory."},
    {"50020", "wrong-username", "User account 'jo@fabrikam.com' from identity provider 'https://sts.windows.net/1111/' does not exist in tenant 'Contoso' and cannot access the application in that tenant."},
    {"16000", "wrong-username", "User account '{EmailHidden}' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application."},
    {"90072", "wrong-username", "PassThroughUserMfaError - The external account that the user signs in with doesn't exist on the tenant that they signed into."},
    {"50059", "tenant-not-found", "No tenant-identifying information found in either the request or implied by any provided credentials."},
    {"50128", "tenant-not-found", "Invalid domain name - No tenant-identifying information found in either the request or implied by any provided credentials."},
    {"90002", "tenant-not-found", "Tenant 'contoso.onmicrosoft.com' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."},
    {"90038", "wrong-cloud", "NationalCloudTenantRedirection - The specified tenant 'contoso.us' belongs to the National Cloud 'USGov'. Current cloud instance 'Prod' does not federate with 'USGov'."},
    {"50053", "account-locked", "The account is locked, you've tried to sign in too many times with an incorrect user ID or password."},
    {"50055", "password-expired", "The password is expired."},
    {"50144", "password-expired", "The user's Active Directory password has expired."},
    {"50135", "password-expired", "Password change is required due to account risk."},
    {"50125", "password-expired", "Sign-in was interrupted because of a password reset or password registration entry."},
    {"50056", "federated-sign-in", "Invalid or null password: password does not exist in the directory for this user."},
    {"50057", "account-disabled", "The user account is disabled."},
    {"50076", "mfa-required", "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'."},
    {"50074", "mfa-required", "Strong Authentication is required."},
    {"50158", "mfa-required", "External security challenge not satisfied. User will be redirected to another page or authentication provider to satisfy additional authentication challenges."},
    {"50079", "security-defaults", "Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access 'Office 365 Exchange Online'."},
    {"50072", "security-defaults", "Users must enroll in multi-factor authentication before they can sign in."},
    {"530035", "security-defaults", "Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies."},
    {"53003", "conditional-access-blocked", "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."},
    {"53000", "conditional-access-blocked", "Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device isn't compliant."},
    {"53001", "conditional-access-blocked", "Device is not in required device state: domain_joined."},
    {"53002", "conditional-access-blocked", "Application used is not an approved application for Conditional Access."},
    {"50131", "conditional-access-blocked", "ConditionalAccessFailed - Indicates various Conditional Access errors such as bad Windows device state, request blocked due to suspicious activity."},
    {"530032", "conditional-access-blocked", "BlockedByConditionalAccessOnSecurityPolicy - The tenant admin has configured a security policy that blocks this request."},
    {"530031", "conditional-access-blocked", "Access policy does not allow token issuance."},
    {"50097", "conditional-access-blocked", "DeviceAuthenticationRequired - Device authentication is required."},
    {"50105", "consent-missing", "Your administrator has configured the application to block users unless they are specifically granted ('assigned') access to the application."},
    {"65001", "consent-missing", "The user or administrator has not consented to use the application with ID '11111111-2222-3333-4444-555555555555'. Send an interactive authorization request for this user and resource."},
    {"90094", "consent-missing", "AdminConsentRequired - Administrator consent is required."},
    {"65004", "consent-missing", "User declined to consent to access the app."},
    {"650052", "consent-missing", "The app needs access to a service that your organization has not subscribed to or enabled. Contact your IT Admin to review the configuration of your service subscriptions."},
    {"650056", "modern-auth-not-configured", "Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Office 365 Exchange Online' in the requested permissions in the client's application registration."},
    {"650057", "modern-auth-not-configured", "Invalid resource. The client has requested access to a resource which is not listed in the requested permissions in the client's application registration."},
    {"500011", "modern-auth-not-configured", "The resource principal named https://outlook.office365.com/ews/exchange.asmx was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant."},
    {"70011", "modern-auth-not-configured", "The provided value for the input parameter 'scope' isn't valid."},
    {"700016", "modern-auth-not-configured", "Application with identifier '11111111-2222-3333-4444-555555555555' was not found in the directory 'Contoso'."},
    {"700011", "modern-auth-not-configured", "UnauthorizedClientAppNotFoundInOrgIdTenant - Application with identifier was not found in the directory."},
    {"70001", "modern-auth-not-configured", "UnauthorizedClient - The application is disabled."},
    {"7000112", "modern-auth-not-configured", "UnauthorizedClientApplicationDisabled - The application is disabled."},
    {"7000218", "modern-auth-not-configured", "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."},
    {"9001023", "modern-auth-not-configured", "The grant type isn't supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint."},
    {"50194", "modern-auth-not-configured", "Application is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications."},
    {"7000215", "client-secret-invalid", "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."},
    {"70002", "client-secret-invalid", "InvalidClient - Error validating the credentials. The specified client_secret does not match the expected value for this client."},
    {"7000222", "client-secret-invalid", "The provided client secret keys for app '11111111-2222-3333-4444-555555555555' are expired. Visit the Azure portal to create new keys for your app."},
    {"700027", "client-secret-invalid", "Client assertion failed signature validation."},
    {"700025", "client-secret-invalid", "Client is public so neither 'client_assertion' nor 'client_secret' should be presented."},
    {"80001", "federated-sign-in", "OnPremiseStoreIsNotAvailable - The Authentication Agent is unable to connect to Active Directory."},
    {"80002", "federated-sign-in", "OnPremisePasswordValidatorRequestTimedout - Password validation request timed out."},
    {"80005", "federated-sign-in", "An unknown error occurred while processing the response from the Authentication Agent."},
    {"80007", "federated-sign-in", "OnPremisePasswordValidatorErrorOccurredOnPrem - The Authentication Agent is unable to validate user's password."},
    {"80014", "federated-sign-in", "OnPremisePasswordValidationEncounteredPartialTimeout - Validation request responded after maximum elapsed time exceeded."},
    {"81004", "federated-sign-in", "DesktopSsoIdentityInTicketIsNotAuthenticated - Kerberos authentication attempt failed."},
    {"81010", "federated-sign-in", "DesktopSsoAuthTokenInvalid - Seamless SSO failed because the user's Kerberos ticket has expired or is invalid."},
    {"81012", "federated-sign-in", "DesktopSsoUserPrincipalNameMismatch - The user trying to sign in to Microsoft Entra ID is different from the user signed into the device."},
    {"50196", "throttled", "The server terminated an operation because it encountered a client request loop. Please contact your app vendor."},
    {"90055", "throttled", "TenantThrottlingError - There are too many incoming requests. This exception is thrown for blocked tenants."},
    {"90024", "throttled", "RequestBudgetExceededError - A transient error has occurred. Try again."},
    {"50088", "throttled", "Limit on telecom MFA calls reached. Please try again in a few minutes."},
    {"50173", "wrong-password", "The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password."},
    {"50133", "wrong-password", "SsoArtifactRevoked - The session isn't valid due to password expiration or recent password change."},
    {"50132", "wrong-password", "SsoArtifactInvalidOrExpired - The session isn't valid due to password expiration or recent password change."},
    {"70008", "wrong-password", "The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource."},
    {"700082", "wrong-password", "The refresh token has expired due to inactivity."},
    {"70043", "conditional-access-blocked", "The refresh token has expired or is invalid due to sign-in frequency checks by conditional access."},
};
// clang-format on

} // namespace

void addAadstsRows()
{
    int i = 0;
    for (const AadstsCase &c : kCases) {
        const QString code = QStringLiteral("AADSTS") + QLatin1String(c.code);
        const QString message = QString::fromUtf8(c.message);
        QString escaped = message;
        escaped.replace(QLatin1Char('\''), QStringLiteral("\\u0027"));
        switch (i++ % 3) {
        case 0:
            add(qPrintable(code + QStringLiteral(" plain")),
                code + QStringLiteral(": ") + message +
                    QStringLiteral("\r\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\r\nCorrelation ID: "
                                   "aaaa0000-bb11-2222-33cc-444444dddddd\r\nTimestamp: 2024-11-26 13:00:00Z"),
                {"unknown", "exchange-online", "", 0, {code}, c.top, {}, 0.0});
            break;
        case 1:
            // Token endpoint body: the code in error_description and (as a number) in error_codes.
            add(qPrintable(code + QStringLiteral(" token JSON")),
                QStringLiteral("{\"error\":\"invalid_grant\",\"error_description\":\"") + code +
                    QStringLiteral(": ") + escaped +
                    QStringLiteral(
                        "\\r\\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\\r\\nCorrelation ID: "
                        "aaaa0000-bb11-2222-33cc-444444dddddd\\r\\nTimestamp: 2024-11-26 13:00:00Z\","
                        "\"error_codes\":[") +
                    QLatin1String(c.code) +
                    QStringLiteral(
                        "],\"timestamp\":\"2024-11-26 13:00:00Z\",\"trace_id\":\"0000aaaa-11bb-cccc-"
                        "dd22-eeeeee333333\",\"error_uri\":\"https://login.microsoftonline.com/"
                        "error?code=") +
                    QLatin1String(c.code) + QStringLiteral("\"}"),
                {"unknown", "exchange-online", "login.microsoftonline.com", 0, {code}, c.top, {}, 0.0});
            break;
        default:
            add(qPrintable(code + QStringLiteral(" in a MigrationWiz line item")),
                QStringLiteral(
                    "Your migration failed while checking source credentials. Http POST request to "
                    "'outlook.office365.com' failed - 401 Unauthorized: ") +
                    code + QStringLiteral(": ") + message,
                {"source", "exchange-online", "outlook.office365.com", 401, {code}, c.top, {}, 0.0});
            break;
        }
    }
    // The rest of the Seamless SSO range 81004–81012.
    for (const char *code : {"81005", "81006", "81007", "81008", "81009", "81011"}) {
        const QString name = QStringLiteral("AADSTS") + QLatin1String(code);
        add(qPrintable(name + QStringLiteral(" (Seamless SSO)")),
            name + QStringLiteral(": Seamless SSO (Kerberos) sign-in did not succeed."),
            {"unknown", "exchange-online", "", 0, {name}, "federated-sign-in"});
    }
    // The number alone, only in error_codes.
    add("error_codes only",
        QStringLiteral("{\"error\":\"interaction_required\",\"error_description\":\"Interaction required.\","
                       "\"error_codes\":[50076],\"suberror\":\"basic_action\"}"),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("AADSTS50076")}, "mfa-required", {}, 0.85});
    add("two codes in error_codes, in order",
        QStringLiteral("{\"error\":\"invalid_grant\",\"error_codes\":[50079, 50076]}"),
        {"unknown",
         "exchange-online",
         "",
         0,
         {QStringLiteral("AADSTS50079"), QStringLiteral("AADSTS50076")},
         "mfa-required",
         {QStringLiteral("security-defaults")},
         0.85});
    add("AADSTS with a space and lower case",
        QStringLiteral("error: aadsts 50126 error validating credentials"),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("AADSTS50126")}, "wrong-password", {}, 0.85});
    add("suberror consent_required without a code",
        QStringLiteral("{\"error\":\"invalid_grant\",\"suberror\":\"consent_required\"}"),
        {"unknown", "unknown", "", 0, {}, "consent-missing"});
    add("suberror user_password_expired without a code",
        QStringLiteral("{\"error\":\"invalid_grant\",\"suberror\":\"user_password_expired\"}"),
        {"unknown", "unknown", "", 0, {}, "password-expired", {}, 0.85});
    add("error invalid_client without a code", QStringLiteral("{\"error\":\"invalid_client\"}"),
        {"unknown", "unknown", "", 0, {}, "client-secret-invalid"});
}

} // namespace ClassifierRows
