// Findings about load, reachability, URLs and certificates, and the two
// outcomes "everything works now" and "nothing matched" (seed sections
// "Overutilized Resources", "Troubleshooting Steps", "Troubleshooting 401
// Unauthorized").
#include "FindingTexts.h"

namespace AuthDoctor::FindingsDetail {

void Texts::throttled(Finding &f)
{
    f.title = tr("The server is throttling the migration (too many requests at once)");
    f.explanation = tr("Exchange or Microsoft Graph limits how many requests one account or app may send at "
                       "the same time and asked the client to back off (server busy, 429 or 503 with a "
                       "waiting time). Clients have also seen Exchange under heavy load answer with a 401 "
                       "that disappears after waiting, which looks like a password problem but is not one.");
    f.steps = {
        tr("Wait at least as long as the server asked (the Retry-After header or BackOffMilliseconds shown "
           "in the evidence), then run Verify credentials again."),
        tr("Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project > Advanced Options "
           "> Performance > Max. Concurrent Migrations (for example 15 instead of 100). Running items finish "
           "first; stop and resubmit items to reduce them at once."),
        tr("Prefer app-only or impersonation access: each mailbox then gets its own throttling budget "
           "instead of sharing one admin account's."),
        tr("Exchange Online throttling policies cannot be changed. Exchange Server: give the migration "
           "account its own policy, for example %1")
            .arg(QStringLiteral(
                "New-ThrottlingPolicy -Name Migration -EwsMaxConcurrency Unlimited; "
                "Set-ThrottlingPolicyAssociation -Identity svc-migration -ThrottlingPolicy Migration")),
    };
    f.who = {Actor::Helpdesk, Actor::ExchangeAdmin};
    f.whoText =
        tr("Helpdesk (concurrency in the project); Exchange admin for on-premises throttling policies");
    f.timeToApply = tr("Right after the back-off time the server asked for; a lower concurrency limit takes "
                       "effect within a few minutes for new items.");
    f.links = {
        ewsThrottling(),
        link(tr("Microsoft Learn: Microsoft Graph throttling guidance"),
             "https://learn.microsoft.com/en-us/graph/throttling"),
        bitTitanConcurrency(),
    };
}

void Texts::serverOverutilized(Finding &f)
{
    f.title = tr("The mail server is overloaded or too slow");
    f.explanation = tr("The server itself answers slowly or not at all, even to requests that need no "
                       "sign-in, while the network round trip is fine. This is typical for older servers "
                       "(for example Exchange 2010) that lack the resources for a migration on top of their "
                       "normal work. Overloaded servers can also reject valid sign-ins.");
    f.steps = {
        tr("Open the Outlook on the web address from an outside network on a computer that is not joined to "
           "the domain; if it loads slowly, the server is the bottleneck."),
        tr("On the server check CPU and memory use, disk I/O (Performance Monitor) and network use during "
           "the migration."),
        tr("Lower the number of mailboxes migrated at once: in MigrationWiz Edit Project > Advanced Options "
           "> Performance > Max. Concurrent Migrations (for example 15)."),
        tr("Migrate outside business hours, and add resources to the server if it stays saturated."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::ExchangeAdmin, Actor::Helpdesk};
    f.whoText = tr("Exchange admin (server resources); helpdesk (concurrency in the project)");
    f.timeToApply = tr("As soon as the load drops; a lower concurrency limit takes effect within a few "
                       "minutes for new items.");
    f.links = {
        bitTitanConcurrency(),
        ewsThrottling(),
        connectivityAnalyzer(),
    };
}

void Texts::ewsUrlWrong(Finding &f)
{
    f.title = tr("The EWS URL in the project is wrong");
    f.explanation =
        tr("The address entered for Exchange Web Services does not lead to EWS: it answers \"not found\", a "
           "web page, a redirect to Outlook on the web or an error page, or its host name does not resolve. "
           "The migration tool then cannot even reach the point where it signs in.");
    f.steps = {
        tr("Open the URL in a browser, for example https://mail.contoso.com/EWS/Exchange.asmx: it should ask "
           "for credentials; a 404, a web page or Outlook on the web means the URL is wrong."),
        tr("Exchange Online always uses %1.")
            .arg(QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx")),
        tr("Exchange Server: read the published URLs with %1.")
            .arg(QStringLiteral(
                "Get-WebServicesVirtualDirectory | Format-List Server,InternalUrl,ExternalUrl")),
        tr("Test it with the Microsoft Remote Connectivity Analyzer (Exchange Server > Exchange Web Services "
           "tests)."),
        editEndpointStep(),
        tr("Enter the correct EWS URL and save."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::ExchangeAdmin};
    f.whoText = tr("Helpdesk; Exchange admin to confirm the published URL");
    f.timeToApply = tr("Immediately after the correct URL is saved in the project.");
    f.links = {
        connectivityAnalyzer(),
        webServicesVirtualDirectory(),
        bitTitanCredentials(),
    };
}

void Texts::autodiscoverFailed(Finding &f)
{
    f.title = tr("Autodiscover could not find the mailbox settings");
    f.explanation = tr("Autodiscover is how a mail program finds the EWS address from an email address. None "
                       "of the places it tries answered with usable settings, because of missing DNS "
                       "records, a server that does not publish Autodiscover, or a certificate or redirect "
                       "problem. Entering the EWS URL directly avoids Autodiscover entirely.");
    f.steps = {
        tr("Enter the EWS URL directly in the project instead of relying on Autodiscover (Exchange Online: "
           "%1).")
            .arg(QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx")),
        tr("Check DNS: %1")
            .arg(QStringLiteral("Resolve-DnsName autodiscover.contoso.com; Resolve-DnsName -Type SRV "
                                "_autodiscover._tcp.contoso.com")),
        tr("Exchange Server: check the published Autodiscover address with %1.")
            .arg(QStringLiteral("Get-ClientAccessService | Format-List Name,AutoDiscoverServiceInternalUri")),
        tr("Run the Outlook Autodiscover test in the Microsoft Remote Connectivity Analyzer."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::ExchangeAdmin};
    f.whoText = tr("Helpdesk; Exchange admin for DNS and Autodiscover settings");
    f.timeToApply = tr("Immediately with an explicit EWS URL; DNS changes take effect when the old records "
                       "expire (their TTL).");
    f.links = {
        autodiscoverForExchange(),
        connectivityAnalyzer(),
    };
}

void Texts::networkUnreachable(Finding &f)
{
    f.title = tr("The server could not be reached from this computer");
    f.explanation =
        tr("The name did not resolve, the connection was refused or timed out, or a proxy failed. Nothing "
           "about the credentials can be concluded until the server is reachable. The migration service "
           "connects from the internet, so an on-premises server must also be reachable from outside.");
    f.steps = {
        tr("From this computer: %1")
            .arg(QStringLiteral(
                "Resolve-DnsName mail.contoso.com; Test-NetConnection mail.contoso.com -Port 443")),
        tr("Check proxy and firewall settings; AuthDoctor uses the system proxy unless one is given with "
           "--proxy."),
        tr("For an on-premises server, make sure HTTPS (port 443) is open from the internet and test it with "
           "the Microsoft Remote Connectivity Analyzer."),
        tr("For Microsoft 365, make sure the Microsoft 365 endpoints are allowed through the firewall and "
           "proxy."),
        tr("Run the checks again once the server answers."),
    };
    f.who = {Actor::Helpdesk, Actor::ExchangeAdmin};
    f.whoText = tr("Helpdesk; the network or Exchange admin for firewalls and DNS");
    f.timeToApply = tr("Immediately once the server is reachable; DNS changes follow the records' TTL.");
    f.links = {
        link(tr("Microsoft Learn: Microsoft 365 URLs and IP address ranges"),
             "https://learn.microsoft.com/en-us/microsoft-365/enterprise/urls-and-ip-address-ranges"),
        connectivityAnalyzer(),
    };
}

void Texts::tlsProblem(Finding &f)
{
    f.title = tr("The server's certificate or TLS setup is not trusted");
    f.explanation = tr("The secure connection failed before any sign-in: the certificate is expired, issued "
                       "by an untrusted authority, or for a different name, or the server offers no TLS "
                       "version in common with the client (for example only TLS 1.0). Credentials are never "
                       "sent over such a connection, and the migration service will refuse it too.");
    f.steps = {
        tr("Open the URL in a browser and look at the certificate: name, issuer and expiry date."),
        tr("Exchange Server: %1")
            .arg(QStringLiteral("Get-ExchangeCertificate | Format-List "
                                "FriendlyName,Subject,CertificateDomains,NotAfter,Services")),
        tr("Install a certificate from a public authority that covers the host names in use and bind it to "
           "IIS: %1")
            .arg(QStringLiteral("Enable-ExchangeCertificate -Thumbprint <thumbprint> -Services IIS")),
        tr("Enable TLS 1.2 on older servers (Exchange 2010/2013 and their Windows versions need it "
           "configured)."),
        tr("Test with the SSL Server Test in the Microsoft Remote Connectivity Analyzer (Exchange Server "
           "tab)."),
        tr("For an internal certificate authority, give AuthDoctor its certificate with --ca-file; the "
           "migration service still needs a publicly trusted certificate."),
    };
    f.who = {Actor::ExchangeAdmin};
    f.whoText = tr("Exchange admin (or whoever manages the server's certificates)");
    f.timeToApply = tr("Immediately after the new certificate is bound (an IIS restart may be needed).");
    f.links = {
        link(tr("Microsoft Learn: Digital certificates and encryption in Exchange Server"),
             "https://learn.microsoft.com/en-us/exchange/architecture/client-access/certificates"),
        connectivityAnalyzer(),
    };
}

void Texts::unsafeRedirectBlocked(Finding &f)
{
    f.title = tr("AuthDoctor refused an unsafe Autodiscover redirect (no password was sent)");
    f.explanation =
        tr("During Autodiscover the server redirected to another domain or to an unencrypted http:// "
           "address. Blindly following such redirects is how some mail programs have leaked passwords, so "
           "AuthDoctor stopped there without sending any credentials. This is information, not an error; it "
           "only matters if the redirect was the way to your mail server.");
    f.steps = {
        tr("Look at the redirect target in the evidence and decide whether it really belongs to your "
           "organization or your mail provider."),
        tr("If it does, enter the EWS URL directly in AuthDoctor and in the project instead of using "
           "Autodiscover."),
        tr("If the redirect goes to http://, fix the server or DNS so that Autodiscover uses https:// only."),
        tr("Never send credentials to a host you do not recognize."),
    };
    f.who = {Actor::Helpdesk, Actor::ExchangeAdmin};
    f.whoText = tr("Helpdesk; Exchange admin if the redirect must be fixed");
    f.timeToApply =
        tr("Immediately: enter the EWS URL, or run the checks again after the redirect is fixed.");
    f.links = {
        autodiscoverForExchange(),
        connectivityAnalyzer(),
    };
}

void Texts::credentialsOk(Finding &f)
{
    f.title = tr("These credentials work now");
    f.explanation =
        tr("Every check passed with the credentials entered here, so the account, password and permissions "
           "are fine at this moment. If the migration still fails, the project most likely holds different "
           "or older credentials, or a recent change had not yet taken effect when the migration ran.");
    f.steps = {
        editEndpointStep(),
        tr("Re-enter the user name and password exactly as tested here (and the client and tenant ID for "
           "modern authentication), then save."),
        tr("If a change was made recently, wait for it to apply: a new account up to 24 hours, consent a few "
           "minutes, RBAC for Applications 30–60 minutes."),
        verifyCredentialsStep(),
        tr("Resubmit the failed items."),
        tr("If it still fails, compare the account and endpoint in the project with the ones tested here, "
           "and attach AuthDoctor's report to the support ticket."),
    };
    f.who = {Actor::Helpdesk};
    f.whoText = tr("Helpdesk");
    f.timeToApply = tr("Immediately after the credentials are re-entered; changes made in the last hour may "
                       "still be applying.");
    f.links = {
        bitTitanCredentials(),
        connectivityAnalyzer(),
    };
}

void Texts::unrecognizedError(Finding &f)
{
    f.title = tr("The error does not match any known cause");
    f.explanation = tr("None of the known causes matched the codes and answers AuthDoctor saw. The raw "
                       "codes, headers and IDs in the evidence are exactly what Microsoft or the migration "
                       "vendor need to find the cause, so keep them together for a support ticket.");
    f.steps = {
        tr("Copy the AADSTS code, trace ID, correlation ID and timestamp, and the request-id, "
           "x-ms-diagnostics and X-AutoDiscovery-Error headers from the evidence."),
        tr("Look up an AADSTS code at %1 (replace the number).")
            .arg(QStringLiteral("https://login.microsoftonline.com/error?code=50126")),
        signInLogStep(),
        tr("Run the matching test in the Microsoft Remote Connectivity Analyzer."),
        tr("Open a ticket with the migration vendor or Microsoft and attach AuthDoctor's report (it contains "
           "no passwords or tokens)."),
    };
    f.who = {Actor::Helpdesk};
    f.whoText = tr("Helpdesk (collects the evidence and opens a ticket)");
    f.timeToApply = tr("Depends on the cause, which is not known yet.");
    f.links = {
        aadstsReference(),
        signInLogs(),
        connectivityAnalyzer(),
    };
}

} // namespace AuthDoctor::FindingsDetail
