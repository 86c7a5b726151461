#pragma once

#include "Check.h"

// The checks the engine knows. Each is a Check subclass in checks/; ids are stable (they appear in
// session files, reports and the --json output). engine/README.md lists what each one sends, what
// it concludes and which facts it leaves for the others.
namespace AuthDoctor::Engine::Checks {

// Entra ID (checks/EntraChecks.cpp)
Check *tenantDiscovery(const NetworkContext &ctx, QObject *parent); // "tenant-discovery"
Check *userRealm(const NetworkContext &ctx, QObject *parent);       // "user-realm"
// "token-password-grant" / "token-client-credentials": a token for the endpoint's resource
// (Exchange Online, or Microsoft Graph for OneDrive), with its claims inspected.
Check *passwordGrant(const NetworkContext &ctx, QObject *parent);
Check *clientCredentials(const NetworkContext &ctx, QObject *parent);
// "token-graph": a Microsoft Graph token with the same sign-in (for the Graph checks).
Check *graphToken(const NetworkContext &ctx, QObject *parent);
// "basic-auth-retired": Basic/NTLM chosen for Exchange Online or OneDrive: no request needed.
Check *legacyAuthForCloud(const NetworkContext &ctx, QObject *parent);

// Exchange Server (checks/ExchangeServerChecks.cpp)
// "autodiscover-v1": POX Autodiscover for the user's exact domain under facts §4.5 (no --ews-url).
Check *autodiscoverV1(const NetworkContext &ctx, QObject *parent);
// "onprem-challenge": unauthenticated POST to the EWS URL: schemes, build.
Check *onPremChallenge(const NetworkContext &ctx, QObject *parent);
// "onprem-latency": the same request 5 more times on one connection: median/p95 against set-up.
Check *onPremLatency(const NetworkContext &ctx, QObject *parent);
// "onprem-auth": GetFolder signed in as the project does (Basic, or NTLM on one connection).
Check *onPremAuth(const NetworkContext &ctx, QObject *parent);

// Where Autodiscover looks and may send credentials (facts §4.5): the domain of the user's address
// (else the mailbox's); its candidates; an EWS host it found, when in that registrable domain.
QString autodiscoverDomain(const Inputs &in);
QStringList autodiscoverCredentialHosts(const Inputs &in);
QString discoveredEwsHost(const Inputs &in, const QString &ewsUrl); // "" when not acceptable
bool isPublicSuffix(const QString &domain);     // Qt's public-suffix list; single labels too
QString registrableDomain(const QString &host); // "autodiscover.fabrikam.co.uk" → "fabrikam.co.uk"

// Exchange Online (checks/ExchangeOnlineChecks.cpp)
Check *autodiscoverV2(const NetworkContext &ctx, QObject *parent); // "autodiscover-v2": where the mailbox is
Check *ewsChallenge(const NetworkContext &ctx, QObject *parent);   // "ews-challenge": EWS URL, schemes
Check *ewsLatency(const NetworkContext &ctx, QObject *parent);     // "ews-latency": 5 probes, median/p95
Check *ewsAccess(const NetworkContext &ctx, QObject *parent);      // "ews-access": GetFolder with the token
// Microsoft Graph and SharePoint (checks/GraphChecks.cpp); they use the Graph token of token-graph
// (Exchange Online) or of the main token check (OneDrive).
Check *graphUser(const NetworkContext &ctx, QObject *parent);             // "graph-user"
Check *graphLicenses(const NetworkContext &ctx, QObject *parent);         // "graph-licenses"
Check *graphMailbox(const NetworkContext &ctx, QObject *parent);          // "graph-mailbox"
Check *graphDrive(const NetworkContext &ctx, QObject *parent);            // "graph-drive"
Check *graphSecurityDefaults(const NetworkContext &ctx, QObject *parent); // "graph-security-defaults"
// "sharepoint-site": the personal site graph-drive found, with a SharePoint token of the same sign-in.
Check *sharePointSite(const NetworkContext &ctx, QObject *parent);

} // namespace AuthDoctor::Engine::Checks
