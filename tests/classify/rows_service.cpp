// Microsoft Graph and SharePoint/OneDrive errors, Exchange Online 401 headers (x-ms-diagnostics,
// WWW-Authenticate), .NET exception text and HTTP status lines (facts §1.6, §1.7, §2.2, §2.6, §6).
#include "ClassifierRows.h"

namespace ClassifierRows {

namespace {

QString graphError(const char *code, const char *message)
{
    return QStringLiteral("{\"error\":{\"code\":\"") + QLatin1String(code) +
           QStringLiteral("\",\"message\":\"") + QString::fromUtf8(message) +
           QStringLiteral(
               "\",\"innerError\":{\"date\":\"2024-06-01T10:00:00\",\"request-id\":\"5e6f7a8b-1111-2222-"
               "3333-444455556666\",\"client-request-id\":\"5e6f7a8b-1111-2222-3333-444455556667\"}}}");
}

} // namespace

void addServiceRows()
{
    add("Graph MailboxNotEnabledForRESTAPI",
        graphError("MailboxNotEnabledForRESTAPI",
                   "The mailbox is either inactive, soft-deleted, or is hosted on-premise."),
        {"unknown",
         "exchange-online",
         "",
         0,
         {QStringLiteral("MailboxNotEnabledForRESTAPI")},
         "mailbox-not-found",
         {QStringLiteral("mailbox-not-instantiated")},
         0.85});
    add("Graph MailboxNotEnabledForRESTAPI, older wording, with 404 and URL",
        QStringLiteral(
            "GET https://graph.microsoft.com/v1.0/users/jo@contoso.com/mailboxSettings\nHTTP/1.1 404 Not "
            "Found\n") +
            graphError("MailboxNotEnabledForRESTAPI", "REST API is not yet supported for this mailbox."),
        {"unknown",
         "exchange-online",
         "graph.microsoft.com",
         404,
         {QStringLiteral("MailboxNotEnabledForRESTAPI")},
         "mailbox-not-found",
         {},
         0.85});
    add("Graph Authorization_RequestDenied",
        QStringLiteral("HTTP/1.1 403 Forbidden\n") +
            graphError("Authorization_RequestDenied", "Insufficient privileges to complete the operation."),
        {"unknown",
         "unknown",
         "",
         403,
         {QStringLiteral("Authorization_RequestDenied")},
         "insufficient-permission",
         {},
         0.85});
    add("Graph ErrorAccessDenied RAOP",
        graphError("ErrorAccessDenied", "Access to OData is disabled: [RAOP] : Blocked by tenant configured "
                                        "AppOnly AccessPolicy settings."),
        {"unknown",
         "unknown",
         "",
         0,
         {QStringLiteral("ErrorAccessDenied")},
         "insufficient-permission",
         {},
         0.85});
    add("Graph InvalidAuthenticationToken",
        QStringLiteral("HTTP/1.1 401 Unauthorized\n") +
            graphError("InvalidAuthenticationToken", "Access token has expired or is not yet valid."),
        {"unknown",
         "unknown",
         "",
         401,
         {QStringLiteral("InvalidAuthenticationToken")},
         "modern-auth-not-configured"});
    add("Graph ApplicationThrottled with 429",
        QStringLiteral("HTTP/1.1 429 Too Many Requests\nRetry-After: 10\n") +
            graphError("ApplicationThrottled", "Application is over its MailboxConcurrency limit."),
        {"unknown", "unknown", "", 429, {QStringLiteral("ApplicationThrottled")}, "throttled", {}, 0.9});
    add("Graph Request_ResourceNotFound",
        graphError("Request_ResourceNotFound",
                   "Resource 'jo@contoso.com' does not exist or one of its queried "
                   "reference-property objects are not present."),
        {"unknown", "unknown", "", 0, {QStringLiteral("Request_ResourceNotFound")}, "wrong-username"});
    add("OneDrive mysite not found",
        QStringLiteral("GET https://graph.microsoft.com/v1.0/users/jo@contoso.com/drive 404\n") +
            graphError("itemNotFound", "User's mysite not found."),
        {"unknown",
         "onedrive",
         "graph.microsoft.com",
         404,
         {QStringLiteral("itemNotFound")},
         "onedrive-not-provisioned",
         {},
         0.85});
    add("OneDrive mysite URL not retrievable (plain)",
        QStringLiteral("Unable to retrieve user's mysite URL."),
        {"unknown", "onedrive", "", 0, {}, "onedrive-not-provisioned", {}, 0.85});
    add("OneDrive no SPO licence", graphError("BadRequest", "Tenant does not have a SPO license."),
        {"unknown", "onedrive", "", 0, {QStringLiteral("BadRequest")}, "onedrive-not-licensed", {}, 0.85});
    add("SharePoint Unsupported app only token",
        QStringLiteral("Destination: The remote server returned an error: (401) Unauthorized. "
                       "https://contoso-my.sharepoint.com/personal/jo_contoso_com/_api/web - "
                       "{\"error_description\":\"Unsupported app only token.\"}"),
        {"destination",
         "onedrive",
         "contoso-my.sharepoint.com",
         401,
         {},
         "sharepoint-app-only-secret",
         {},
         0.85});
    add("x-ms-diagnostics 2000008 with headers",
        QStringLiteral(
            "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer client_id=\"00000002-0000-0ff1-ce00-"
            "000000000000\", trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
            "token_types=\"app_asserted_user_v1 service_asserted_app_v1\", authorization_uri=\"https://"
            "login.microsoftonline.com/common/oauth2/authorize\", error=\"invalid_token\",Basic Realm=\"\"\n"
            "x-ms-diagnostics: 2000008;reason=\"The token contains no permissions, or permissions can not "
            "be understood.\";error_category=\"invalid_grant\"\nX-BackEndHttpStatus: 401\n"),
        {"unknown", "exchange-online", "", 401, {QStringLiteral("2000008")}, "consent-missing", {}, 0.85});
    add("x-ms-diagnostics 2000003 audience",
        QStringLiteral("x-ms-diagnostics: 2000003;reason=\"The audience claim value is invalid 'aud'.\";"
                       "error_category=\"invalid_resource\""),
        {"unknown", "unknown", "", 0, {QStringLiteral("2000003")}, "modern-auth-not-configured"});
    add("x-ms-diagnostics value pasted alone",
        QStringLiteral(
            "2000008;reason=\"The token should have valid permissions or linked account associated with "
            "partner application '00000002-0000-0ff1-ce00-000000000000'.\";error_category=\"invalid_grant\""),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("2000008")}, "consent-missing", {}, 0.85});
    add("x-ms-diagnostics 2000005 user",
        QStringLiteral(
            "X-MS-Diagnostics: 2000005;reason=\"The user specified by the user-context in the token does "
            "not exist.\";error_category=\"invalid_user\""),
        {"unknown", "unknown", "", 0, {QStringLiteral("2000005")}, "mailbox-not-found"});
    add(".NET WebException 401 with stack trace",
        QStringLiteral(
            "System.Net.WebException: The remote server returned an error: (401) Unauthorized.\n"
            "   at System.Net.HttpWebRequest.GetResponse()\n"
            "   at Microsoft.Exchange.WebServices.Data.EwsHttpWebRequest.Microsoft.Exchange.WebServices."
            "Data.IEwsHttpWebRequest.GetResponse()\n"
            "   at Microsoft.Exchange.WebServices.Data.ServiceRequestBase.GetEwsHttpWebResponse("
            "IEwsHttpWebRequest request)\n"),
        {"unknown",
         "unknown",
         "",
         401,
         {QStringLiteral("WebException")},
         "wrong-password",
         {QStringLiteral("mfa-required")}});
    add(".NET ServiceRequestException 503",
        QStringLiteral(
            "Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote "
            "server returned an error: (503) Server Unavailable."),
        {"unknown",
         "unknown",
         "",
         503,
         {QStringLiteral("ServiceRequestException")},
         "server-overutilized",
         {QStringLiteral("throttled")}});
    add("HTTP 429 status line with Retry-After",
        QStringLiteral("HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Length: 0\r\n"),
        {"unknown", "unknown", "", 429, {}, "throttled", {}, 0.85});
    add("status 429 in words", QStringLiteral("request failed with status 429"),
        {"unknown", "unknown", "", 429, {}, "throttled", {}, 0.85});
    add("JSON status field", QStringLiteral("{\"status\": 403, \"message\": \"forbidden\"}"),
        {"unknown", "unknown", "", 403, {}, "insufficient-permission"});
    add("HTTP/2 503 with Retry-After",
        QStringLiteral("HTTP/2 503\nretry-after: 120\nGET https://outlook.office365.com/EWS/Exchange.asmx"),
        {"unknown", "exchange-online", "outlook.office365.com", 503, {}, "throttled"});
    add("redirects then 401, the failure's status wins",
        QStringLiteral(
            "HTTP/1.1 302 Found\nLocation: https://autodiscover.contoso.com/autodiscover/autodiscover.xml\n"
            "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\nWWW-Authenticate: NTLM\n"
            "X-OWA-Version: 15.2.1544.4\n"),
        {"unknown",
         "exchange-server",
         "autodiscover.contoso.com",
         401,
         {},
         "extended-protection", // X-OWA-Version 15.2.1544 is Exchange 2019 CU14: Extended Protection is on
         {QStringLiteral("wrong-password")}});
    add("Basic credentials sent to Exchange Online",
        QStringLiteral("POST https://outlook.office365.com/EWS/Exchange.asmx HTTP/1.1\nAuthorization: Basic "
                       "dXNlcjpwYXNz\n\nHTTP/1.1 401 Unauthorized"),
        {"unknown", "exchange-online", "outlook.office365.com", 401, {}, "basic-auth-disabled"});
    add("claims challenge",
        QStringLiteral(
            "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"\", error=\"insufficient_claims\", "
            "claims=\"eyJhY2Nlc3NfdG9rZW4iOnt9fQ==\"\nhttps://graph.microsoft.com/v1.0/me"),
        {"unknown", "unknown", "graph.microsoft.com", 401, {}, "conditional-access-blocked"});
    add("ApplicationImpersonation retired",
        QStringLiteral("Destination: The account does not have permission to impersonate the requested user. "
                       "(ApplicationImpersonation role)"),
        {"destination", "unknown", "", 0, {}, "impersonation-denied", {}, 0.85});
    add("mailbox does not exist phrase", QStringLiteral("Source: Mailbox does not exist: jo@contoso.com"),
        {"source", "unknown", "", 0, {}, "mailbox-not-found", {}, 0.85});
    add("EWS disabled",
        QStringLiteral(
            "403 Forbidden: EWS is disabled for this organization (Set-OrganizationConfig -EwsEnabled)"),
        {"unknown", "unknown", "", 403, {}, "ews-disabled"});
    add("modern auth not configured wording",
        QStringLiteral("Destination: Modern Authentication has not been configured for your project."),
        {"destination", "unknown", "", 0, {}, "modern-auth-not-configured", {}, 0.85});
    add("HttpClient status wording",
        QStringLiteral("Response status code does not indicate success: 401 (Unauthorized)."),
        {"unknown", "unknown", "", 401, {}, "wrong-password"});
    add("a bare status", QStringLiteral("401"), {"unknown", "unknown", "", 401, {}, "wrong-password"});
    add("status in prose", QStringLiteral("we get a 403 error on the destination"),
        {"destination", "unknown", "", 403, {}, "insufficient-permission"});
    add("a count is not a status", QStringLiteral("Migration of 500 items failed"), {});
    add("token endpoint request with 400 and no code",
        QStringLiteral(
            "POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token 400\n"
            "{\"error\":\"invalid_client\"}"),
        {"unknown", "exchange-online", "login.microsoftonline.com", 400, {}, "client-secret-invalid"});
    add("token endpoint of a national cloud",
        QStringLiteral("POST https://login.microsoftonline.us/contoso.us/oauth2/v2.0/token\n"
                       "AADSTS90038: NationalCloudTenantRedirection"),
        {"unknown",
         "exchange-online",
         "login.microsoftonline.us",
         0,
         {QStringLiteral("AADSTS90038")},
         "wrong-cloud",
         {},
         0.85});
    add("POX code in prose", QStringLiteral("Autodiscover ErrorCode 500: The email address can't be found."),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX500")}, "mailbox-not-found", {}, 0.85});
    add("ErrorCode in prose is not a code",
        QStringLiteral("[Destination] ErrorCode is unknown for this item"),
        {"destination", "unknown", "", 0, {}, "unrecognized-error"});
    add("modern authentication mentioned",
        QStringLiteral(
            "Http POST request to 'outlook.office365.com' failed - 401 Unauthorized: the account is not set "
            "up for Modern Authentication"),
        {"unknown", "exchange-online", "outlook.office365.com", 401, {}, "modern-auth-not-configured"});
    add("licence wording", QStringLiteral("[Source] The user doesn't have a valid license."),
        {"source", "unknown", "", 0, {}, "mailbox-not-found"});
    add("impersonation mentioned",
        QStringLiteral("Destination: Impersonation is not configured for the admin account."),
        {"destination", "unknown", "", 0, {}, "impersonation-denied"});
    add("security defaults wording",
        QStringLiteral("Sign-in blocked: Security defaults are enabled in the tenant. 401 Unauthorized"),
        {"unknown", "unknown", "", 401, {}, "security-defaults"});
}

} // namespace ClassifierRows
