// Network and TLS failures, timeouts and on-premises Exchange signatures (facts §2.3, §2.4, §6).
#include "ClassifierRows.h"

namespace ClassifierRows {

void addNetworkRows()
{
    add("DNS: remote name could not be resolved",
        QStringLiteral("System.Net.WebException: The remote name could not be resolved: 'mail.contoso.com'\n"
                       "   at System.Net.HttpWebRequest.GetRequestStream()"),
        {"unknown",
         "unknown",
         "mail.contoso.com",
         0,
         {QStringLiteral("WebException")},
         "network-unreachable",
         {QStringLiteral("ews-url-wrong")}});
    add("DNS: no such host is known, on the source",
        QStringLiteral("[Source] No such host is known. (webmail.fabrikam.com:443) "
                       "https://webmail.fabrikam.com/EWS/Exchange.asmx"),
        {"source",
         "exchange-server",
         "webmail.fabrikam.com",
         0,
         {},
         "network-unreachable",
         {QStringLiteral("ews-url-wrong")}});
    add("TLS: trust relationship",
        QStringLiteral(
            "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS "
            "secure channel. ---> System.Security.Authentication.AuthenticationException: The remote "
            "certificate is invalid according to the validation procedure."),
        {"unknown", "unknown", "", 0, {QStringLiteral("AuthenticationException")}, "tls-problem", {}, 0.85});
    add("TLS: could not create secure channel",
        QStringLiteral("Destination: The request was aborted: Could not create SSL/TLS secure channel."),
        {"destination", "unknown", "", 0, {}, "tls-problem", {}, 0.85});
    add("TLS: certificate expired, curl style",
        QStringLiteral(
            "*   Trying 203.0.113.7:443...\n* Connected to mail.contoso.com (203.0.113.7) port 443\n"
            "curl: (60) SSL certificate problem: certificate has expired"),
        {"unknown", "unknown", "mail.contoso.com", 0, {}, "tls-problem", {}, 0.85});
    add("connection: unable to connect",
        QStringLiteral(
            "Unable to connect to the remote server ---> System.Net.Sockets.SocketException: No "
            "connection could be made because the target machine actively refused it 10.0.0.5:443"),
        {"unknown", "unknown", "", 0, {QStringLiteral("SocketException")}, "network-unreachable", {}, 0.85});
    add("connection: proxy wants credentials",
        QStringLiteral("The remote server returned an error: (407) Proxy Authentication Required."),
        {"unknown", "unknown", "", 407, {}, "network-unreachable"});
    add("timeout on an Exchange 2010 server",
        QStringLiteral("Source: The operation has timed out. https://mail.contoso.com/EWS/Exchange.asmx "
                       "(Exchange 2010 SP3)"),
        {"source",
         "exchange-server",
         "mail.contoso.com",
         0,
         {},
         "server-overutilized",
         {QStringLiteral("network-unreachable")}});
    add("timeout without context", QStringLiteral("The operation has timed out"),
        {"unknown", "unknown", "", 0, {}, "network-unreachable", {QStringLiteral("server-overutilized")}});
    add("on-premises NTLM 401 loop on Exchange 2019",
        QStringLiteral("Exchange 2019 CU14\nPOST https://mail.contoso.com/EWS/Exchange.asmx\nHTTP/1.1 401 "
                       "Unauthorized\nWWW-Authenticate: NTLM\nServer: Microsoft-IIS/10.0\n"),
        {"unknown",
         "exchange-server",
         "mail.contoso.com",
         401,
         {},
         "extended-protection",
         {QStringLiteral("wrong-password")}});
    add("on-premises account locked out",
        QStringLiteral("The referenced account is currently locked out and may not be logged on to. "
                       "https://owa.contoso.com/owa/"),
        {"unknown", "exchange-server", "owa.contoso.com", 0, {}, "account-locked", {}, 0.8});
    add("EWS URL redirected to OWA sign-in",
        QStringLiteral(
            "HTTP/1.1 302 Found\nLocation: https://mail.contoso.com/owa/auth/logon.aspx?url=https%3a%2f%2f"
            "mail.contoso.com%2fEWS%2fExchange.asmx&reason=0"),
        {"unknown", "exchange-server", "mail.contoso.com", 302, {}, "ews-url-wrong"});
    add("EWS URL not found",
        QStringLiteral("The request failed. The remote server returned an error: (404) Not Found. "
                       "https://mail.contoso.com/EWS/Exchange.asmx"),
        {"unknown", "exchange-server", "mail.contoso.com", 404, {}, "ews-url-wrong"});
    add("generic error page",
        QStringLiteral(
            "302 -> https://mail.contoso.com/ews/genericerrorpage.htm?aspxerrorpath=/ews/exchange.asmx"),
        {"unknown", "exchange-server", "mail.contoso.com", 0, {}, "ews-url-wrong"});
    add("Server Error in /EWS Application",
        QStringLiteral(
            "<title>Server Error in '/EWS' Application.</title> https://exch01.corp.contoso.local/EWS/"
            "Exchange.asmx"),
        {"unknown", "exchange-server", "exch01.corp.contoso.local", 0, {}, "server-overutilized"});
    add("gateway timeout", QStringLiteral("HTTP/1.1 504 Gateway Timeout\nvia https://proxy.contoso.com"),
        {"unknown",
         "unknown",
         "proxy.contoso.com",
         504,
         {},
         "network-unreachable",
         {QStringLiteral("server-overutilized")}});
    add("bare host after 'server'",
        QStringLiteral("Could not connect to server mail.fabrikam.de: connection refused"),
        {"unknown", "unknown", "mail.fabrikam.de", 0, {}, "network-unreachable", {}, 0.8});
    add("quoted Microsoft host without a cue",
        QStringLiteral("Error 401 while talking to 'outlook.office365.com'"),
        {"unknown", "exchange-online", "outlook.office365.com", 401, {}, "wrong-password"});
    add("quoted identity provider is not a host",
        QStringLiteral("The identity provider 'live.com' is not trusted"), {});
    add("IP address URL",
        QStringLiteral(
            "Http POST request to 'https://192.168.10.20/EWS/Exchange.asmx' failed - 401 Unauthorized"),
        {"unknown", "exchange-server", "192.168.10.20", 401, {}, "wrong-password"});
}

} // namespace ClassifierRows
