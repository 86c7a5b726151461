// Autodiscover: POX ErrorCode 500–603, SOAP ErrorCode values and the X-AutoDiscovery-Error
// header of Exchange Online (facts §2.5).
#include "ClassifierRows.h"

namespace ClassifierRows {

namespace {

QString poxError(int code, const char *message)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover "
               "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">\n"
               "  <Response>\n    <Error Time=\"10:11:12.1234567\" Id=\"2477566781\">\n      <ErrorCode>") +
           QString::number(code) + QStringLiteral("</ErrorCode>\n      <Message>") +
           QString::fromUtf8(message) +
           QStringLiteral("</Message>\n      <DebugData />\n    </Error>\n  </Response>\n</Autodiscover>");
}

QString soapError(const char *code)
{
    return QStringLiteral(
               "POST https://autodiscover.contoso.com/autodiscover/autodiscover.svc\n"
               "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
               "<GetUserSettingsResponseMessage xmlns=\"http://schemas.microsoft.com/exchange/2010/"
               "Autodiscover\"><Response><ErrorCode>NoError</ErrorCode><UserResponses><UserResponse>"
               "<ErrorCode>") +
           QLatin1String(code) +
           QStringLiteral("</ErrorCode><ErrorMessage>see code</ErrorMessage></UserResponse></UserResponses>"
                          "</Response></GetUserSettingsResponseMessage></s:Body></s:Envelope>");
}

} // namespace

void addAutodiscoverRows()
{
    add("POX 500", poxError(500, "The email address can't be found."),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX500")}, "mailbox-not-found", {}, 0.85});
    add("POX 501", poxError(501, "Bad Address"),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX501")}, "mailbox-not-found"});
    add("POX 600", poxError(600, "Invalid Request"),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX600")}, "autodiscover-failed"});
    add("POX 601", poxError(601, "Provider not found"),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX601")}, "autodiscover-failed"});
    add("POX 602", poxError(602, "Bad Address"),
        {"unknown",
         "unknown",
         "",
         0,
         {QStringLiteral("POX602")},
         "mailbox-not-found",
         {QStringLiteral("autodiscover-failed")}});
    add("POX 603", poxError(603, "Server Error"),
        {"unknown", "unknown", "", 0, {QStringLiteral("POX603")}, "autodiscover-failed"});
    add("SOAP InvalidUser", QString(soapError("InvalidUser")),
        {"unknown",
         "exchange-server",
         "autodiscover.contoso.com",
         0,
         {QStringLiteral("InvalidUser")},
         "mailbox-not-found",
         {},
         0.85});
    add("SOAP ServerBusy", soapError("ServerBusy"),
        {"unknown",
         "exchange-server",
         "autodiscover.contoso.com",
         0,
         {QStringLiteral("ServerBusy")},
         "throttled"});
    add("SOAP InvalidDomain", soapError("InvalidDomain"),
        {"unknown",
         "exchange-server",
         "autodiscover.contoso.com",
         0,
         {QStringLiteral("InvalidDomain")},
         "autodiscover-failed"});
    add("SOAP NotFederated", soapError("NotFederated"),
        {"unknown",
         "exchange-server",
         "autodiscover.contoso.com",
         0,
         {QStringLiteral("NotFederated")},
         "autodiscover-failed"});
    add("X-AutoDiscovery-Error BasicAuthBlockStatus - Deny",
        QStringLiteral(
            "HTTP/1.1 401 Unauthorized\r\nX-AutoDiscovery-Error: LiveIdBasicAuth:BasicAuthBlockStatus - "
            "Deny;\r\nrequest-id: 1b2c3d4e-5f60-7182-93a4-b5c6d7e8f901\r\n"),
        {"unknown",
         "exchange-online",
         "",
         401,
         {QStringLiteral("BasicAuthBlockStatusDeny")},
         "basic-auth-disabled",
         {QStringLiteral("modern-auth-not-configured")},
         0.85});
    add("X-AutoDiscovery-Error Basic Auth Blocked",
        QStringLiteral(
            "POST https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml\n"
            "< HTTP/1.1 401 Unauthorized\n< X-AutoDiscovery-Error: LiveIdBasicAuth:Basic Auth Blocked;"),
        {"unknown",
         "exchange-online",
         "autodiscover-s.outlook.com",
         401,
         {QStringLiteral("BasicAuthBlocked")},
         "basic-auth-disabled",
         {},
         0.85});
    add("X-AutoDiscovery-Error BlockBasicAuth - User blocked",
        QStringLiteral("x-autodiscovery-error: LiveIdBasicAuth:BlockBasicAuth - User blocked;"),
        {"unknown",
         "exchange-online",
         "",
         0,
         {QStringLiteral("BlockBasicAuthUserBlocked")},
         "basic-auth-disabled",
         {},
         0.85});
    add("X-AutoDiscovery-Error FederatedStsUnreachable (503, Retry-After)",
        QStringLiteral(
            "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nX-AutoDiscovery-Error: "
            "LiveIdBasicAuth:FederatedStsUnreachable:<X-forwarded-for:203.0.113.5><FederatedSTSFailure>"
            "System.Net.WebException: The underlying connection was closed: An unexpected error occurred "
            "on a send."),
        {"unknown",
         "exchange-online",
         "",
         503,
         {QStringLiteral("FederatedStsUnreachable"), QStringLiteral("WebException")},
         "federated-sign-in",
         {QStringLiteral("throttled")},
         0.85});
    add("X-AutoDiscovery-Error TenantNotProvisioned",
        QStringLiteral("X-AutoDiscovery-Error: LiveIdBasicAuth:TenantNotProvisioned;"),
        {"unknown", "exchange-online", "", 0, {QStringLiteral("TenantNotProvisioned")}, "tenant-not-found"});
    add("X-AutoDiscovery-Error with an AADSTS code",
        QStringLiteral(
            "HTTP/1.1 456\r\nX-AutoDiscovery-Error: LiveIdBasicAuth:AADSTS50076: Due to a configuration "
            "change made by your administrator, you must use multi-factor authentication;"),
        {"unknown", "exchange-online", "", 456, {QStringLiteral("AADSTS50076")}, "mfa-required", {}, 0.85});
    add("Autodiscover could not be located",
        QStringLiteral(
            "Microsoft.Exchange.WebServices.Data.AutodiscoverLocalException: The Autodiscover service "
            "couldn't be located."),
        {"unknown",
         "unknown",
         "",
         0,
         {QStringLiteral("AutodiscoverLocalException")},
         "autodiscover-failed",
         {},
         0.85});
    add("Autodiscover refused a redirect",
        QStringLiteral(
            "Autodiscover blocked a potentially insecure redirection to "
            "https://autodiscover.evil.example/autodiscover/autodiscover.xml. To allow Autodiscover to "
            "follow the redirection, use the AutodiscoverUrl(string, AutodiscoverRedirectionUrlValidation"
            "Callback) overload."),
        {"unknown",
         "exchange-server",
         "autodiscover.evil.example",
         0,
         {},
         "unsafe-redirect-blocked",
         {},
         0.85});
}

} // namespace ClassifierRows
