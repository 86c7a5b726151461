// Every EWS response code of ../shared/reference/m365-auth-facts.md §2.4, in the shapes EWS
// returns them: a per-item response message (HTTP 200), a SOAP fault with faultcode (HTTP
// 500), and the EWS Managed API's ServiceResponseException text.
#include "ClassifierRows.h"

namespace ClassifierRows {

namespace {

struct EwsCase
{
    const char *code;
    const char *top;
    const char *message;
};

// clang-format off
constexpr EwsCase kCases[] = {
    {"ErrorNonExistentMailbox", "mailbox-not-found", "The SMTP address has no mailbox associated with it."},
    {"ErrorImpersonateUserDenied", "impersonation-denied", "The account does not have permission to impersonate the requested user."},
    {"ErrorImpersonationDenied", "impersonation-denied", "The caller does not have the right to impersonate through this server."},
    {"ErrorImpersonationFailed", "impersonation-denied", "Impersonation failed."},
    {"ErrorInvalidExchangeImpersonationHeaderData", "impersonation-denied", "ExchangeImpersonation SOAP header must be present for this type of OAuth token."},
    {"ErrorInvalidUserPrincipalName", "wrong-username", "The user principal name is not valid."},
    {"ErrorInvalidSmtpAddress", "mailbox-not-found", "The SMTP address format is invalid."},
    {"ErrorInvalidSid", "mailbox-not-found", "The SID is invalid."},
    {"ErrorAccessDenied", "insufficient-permission", "Access is denied. Check credentials and try again."},
    {"ErrorAccountDisabled", "account-disabled", "The account has been disabled."},
    {"ErrorInvalidLicense", "mailbox-not-found", "The user doesn't have a valid license."},
    {"ErrorMissingEmailAddress", "insufficient-permission", "When making a request as an account that does not have a mailbox, you must specify the mailbox primary SMTP address for any distinguished folder Ids."},
    {"ErrorMailboxMoveInProgress", "database-not-found", "Mailbox move in progress. Try again later."},
    {"ErrorMailboxStoreUnavailable", "database-not-found", "The mailbox database is temporarily unavailable."},
    {"ErrorConnectionFailed", "database-not-found", "Connection did not succeed. Try again later."},
    {"ErrorServerBusy", "throttled", "The server cannot service this request right now. Try again later."},
    {"ErrorExceededConnectionCount", "throttled", "You have exceeded the available concurrent connections for your account. Try again once your other requests have completed."},
    {"ErrorExceededFindCountLimit", "throttled", "The number of results for this query has exceeded the allowed limit."},
    {"ErrorExceededSubscriptionCount", "throttled", "You have exceeded the maximum number of subscriptions."},
    {"ErrorTooManyObjectsOpened", "throttled", "Too many objects are opened."},
    {"ErrorInsufficientResources", "server-overutilized", "The server does not have enough resources to complete the request."},
    {"ErrorTimeoutExpired", "server-overutilized", "The request timed out."},
    {"ErrorInternalServerTransientError", "server-overutilized", "An internal server error occurred. Try again later."},
    {"ErrorInvalidRequest", "ews-url-wrong", "The request is invalid."},
    {"ErrorInvalidServerVersion", "ews-url-wrong", "The specified server version is invalid."},
    {"ErrorInvalidSchemaVersionForMailboxVersion", "ews-url-wrong", "The schema version is not valid for the mailbox version."},
    {"ErrorWrongServerVersion", "ews-url-wrong", "The request is valid but does not specify the correct server version."},
    {"ErrorCrossSiteRequest", "ews-url-wrong", "Cross-site requests are not allowed."},
    {"ErrorNoApplicableProxyCASServersAvailable", "ews-url-wrong", "No applicable proxy CAS servers available."},
};
// clang-format on

} // namespace

void addEwsRows()
{
    int i = 0;
    for (const EwsCase &c : kCases) {
        const QString code = QLatin1String(c.code);
        const QString message = QString::fromUtf8(c.message);
        switch (i++ % 3) {
        case 0:
            add(qPrintable(code + QStringLiteral(" response message")),
                QStringLiteral(
                    "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
                    "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:GetFolderResponse "
                    "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><m:"
                    "ResponseMessages>\n<m:GetFolderResponseMessage ResponseClass=\"Error\">\n<m:"
                    "MessageText>") +
                    message + QStringLiteral("</m:MessageText>\n<m:ResponseCode>") + code +
                    QStringLiteral(
                        "</m:ResponseCode>\n<m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>\n</m:"
                        "GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></"
                        "s:Envelope>"),
                {"unknown", "unknown", "", 0, {code}, c.top});
            break;
        case 1:
            add(qPrintable(code + QStringLiteral(" SOAP fault")),
                QStringLiteral(
                    "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/xml; charset=utf-8\r\n\r\n"
                    "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                    "<faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:") +
                    code + QStringLiteral("</faultcode><faultstring xml:lang=\"en-US\">") + message +
                    QStringLiteral(
                        "</faultstring><detail><e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/"
                        "exchange/services/2006/errors\">") +
                    code + QStringLiteral("</e:ResponseCode></detail></s:Fault></s:Body></s:Envelope>"),
                {"unknown", "unknown", "", 500, {code}, c.top});
            break;
        default:
            add(qPrintable(code + QStringLiteral(" ServiceResponseException")),
                QStringLiteral("Microsoft.Exchange.WebServices.Data.ServiceResponseException: ") + message +
                    QStringLiteral(
                        "\n   at "
                        "Microsoft.Exchange.WebServices.Data.ServiceResponse.InternalThrowIfNecessary()"
                        "\n   ErrorCode: ") +
                    code + QStringLiteral(" (https://mail.contoso.com/EWS/Exchange.asmx)"),
                {"unknown",
                 "exchange-server",
                 "mail.contoso.com",
                 0,
                 {QStringLiteral("ServiceResponseException"), code},
                 c.top});
            break;
        }
    }
    add("ErrorServerBusy with BackOffMilliseconds",
        QStringLiteral(
            "<s:Fault><faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            "a:ErrorServerBusy</faultcode><faultstring>The server cannot service this request right now. "
            "Try again later.</faultstring><detail><e:ResponseCode>ErrorServerBusy</e:ResponseCode>"
            "<t:MessageXml><t:Value Name=\"BackOffMilliseconds\">297749</t:Value></t:MessageXml></detail>"
            "</s:Fault>"),
        {"unknown", "unknown", "", 0, {QStringLiteral("ErrorServerBusy")}, "throttled", {}, 0.9});
    add("EXO EWS ErrorNonExistentMailbox in a log",
        QStringLiteral(
            "2024-05-01 10:00:00 POST https://outlook.office365.com/EWS/Exchange.asmx\n"
            "2024-05-01 10:00:01 ResponseCode: ErrorNonExistentMailbox - The SMTP address has no mailbox "
            "associated with it."),
        {"unknown",
         "exchange-online",
         "outlook.office365.com",
         0,
         {QStringLiteral("ErrorNonExistentMailbox")},
         "mailbox-not-found",
         {},
         0.85});
    add("unknown EWS code only in ResponseCode",
        QStringLiteral("<m:ResponseCode>ErrorItemNotFound</m:ResponseCode>"),
        {"unknown", "unknown", "", 0, {QStringLiteral("ErrorItemNotFound")}, "unrecognized-error"});
    add("unknown EWS code in a SOAP fault with namespaces",
        QStringLiteral(
            "<s:Fault><faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            "a:ErrorSchemaValidation</faultcode><detail><e:ResponseCode xmlns:e=\"http://schemas."
            "microsoft.com/exchange/services/2006/errors\">ErrorSchemaValidation</e:ResponseCode>"
            "</detail></s:Fault>"),
        {"unknown", "unknown", "", 0, {QStringLiteral("ErrorSchemaValidation")}, "unrecognized-error"});
    add("ServiceError enum spelling",
        QStringLiteral(
            "Microsoft.Exchange.WebServices.Data.ServiceResponseException: ServiceError.ErrorAccessDenied"),
        {"unknown",
         "unknown",
         "",
         0,
         {QStringLiteral("ServiceResponseException"), QStringLiteral("ErrorAccessDenied")},
         "insufficient-permission",
         {},
         0.85});
}

} // namespace ClassifierRows
