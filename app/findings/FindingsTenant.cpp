// Findings about the tenant, the cloud, tenant-wide sign-in policies and the
// app registration modern authentication needs (seed sections "Modern
// Authentication has not been configured", "Azure Security Default Settings",
// the "Basic Auth Disabled" error form).
#include "FindingTexts.h"

namespace AuthDoctor::FindingsDetail {

void Texts::tenantNotFound(Finding &f)
{
    f.title = tr("Microsoft 365 does not know this domain or tenant ID");
    f.explanation =
        tr("Microsoft Entra ID could not find a tenant for the domain or tenant ID the project uses. Usually "
           "the domain is mistyped, is not (or no longer) added to the tenant, or the tenant ID belongs to "
           "the other side of the migration. A tenant in a national cloud (US Government, China) gives the "
           "same error when it is looked up in the commercial cloud.");
    f.steps = {
        tr("Check the domain: Microsoft 365 admin center > Settings > Domains; it must be listed with status "
           "Healthy (or at least verified)."),
        tr("Copy the tenant ID from Entra admin center > Entra ID > Overview > Properties > Tenant ID, or "
           "use the tenant's yourtenant.onmicrosoft.com domain."),
        tr("Test the lookup in a browser: %1 must return a JSON document, not an AADSTS90002 error.")
            .arg(QStringLiteral(
                "https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration")),
        tr("If the tenant is in a national cloud, see the finding about the wrong cloud."),
        editEndpointStep(),
        tr("Enter the corrected domain or tenant ID (a GUID) and save."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::TenantAdmin};
    f.whoText = tr("Helpdesk; tenant admin to confirm the domain and tenant ID");
    f.timeToApply = tr("Immediately once the project uses the right domain or tenant ID; a newly added "
                       "domain works once it shows as verified.");
    f.links = {
        aadstsReference(),
        m365AdminCenter(),
        entraAdminCenter(),
        bitTitanAuthenticationMethods(),
    };
}

void Texts::wrongCloud(Finding &f)
{
    f.title = tr("The tenant is in a different Microsoft cloud than the one used");
    f.explanation =
        tr("Microsoft runs separate clouds: the commercial cloud (including GCC), GCC High, DoD and the "
           "21Vianet cloud in China. Each has its own sign-in and mailbox addresses, and app registrations "
           "do not carry over from one to another. The tenant answered from a different cloud than the one "
           "the project or AuthDoctor used, so the sign-in cannot succeed.");
    f.steps = {
        tr("Read the tenant's cloud from %1: tenant_region_sub_scope DODCON means GCC High, DOD means DoD, "
           "and cloud_instance_name names the sign-in cloud.")
            .arg(QStringLiteral(
                "https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration")),
        tr("In AuthDoctor choose the matching cloud (commercial, GCC, GCC High, DoD or China) and run the "
           "checks again."),
        tr("Register the migration app in the tenant's own cloud portal; an app registered in the commercial "
           "cloud cannot get tokens for a GCC High, DoD or China tenant."),
        tr("In the migration tool, use the endpoint type or region that matches that cloud, if it offers "
           "one; otherwise ask the vendor whether the cloud is supported."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::TenantAdmin};
    f.whoText = tr("Helpdesk; tenant admin for the app registration in the right cloud");
    f.timeToApply = tr("Immediately after the project and the app registration use the tenant's cloud.");
    f.links = {
        link(tr("Microsoft Learn: National clouds (Microsoft identity platform)"),
             "https://learn.microsoft.com/en-us/entra/identity-platform/authentication-national-cloud"),
        link(tr("Microsoft Learn: National cloud deployments of Microsoft Graph"),
             "https://learn.microsoft.com/en-us/graph/deployments"),
        aadstsReference(),
    };
}

void Texts::securityDefaults(Finding &f)
{
    f.title = tr("Security defaults require MFA for the migration account");
    f.explanation = tr("Security defaults are a tenant-wide switch in Microsoft Entra ID that makes every "
                       "account register for multifactor authentication and blocks older sign-in methods. A "
                       "migration tool signing in with a user name and password cannot do either, so it gets "
                       "401. The error often appears days after a pre-stage migration, when the grace period "
                       "for registering MFA (14 days where it still exists) runs out.");
    f.steps = {
        tr("Check the setting: Entra admin center > Entra ID > Overview > Properties > Manage security "
           "defaults (older menus: Entra admin center > Identity > Overview > Properties > Manage security "
           "defaults), or %1")
            .arg(QStringLiteral(
                "Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Format-List IsEnabled")),
        tr("Preferred for Exchange Online projects: keep security defaults on and switch the endpoint to "
           "modern authentication with an app registration (client and tenant ID); app-only sign-in is not "
           "asked for MFA."),
        tr("Otherwise, as the knowledge-base article describes: sign in to the Entra admin center as at "
           "least a Security Administrator, open Manage security defaults, set Security defaults to Disabled "
           "(not recommended), choose a reason and Save."),
        tr("With Microsoft Entra ID P1, replace security defaults by Conditional Access policies that "
           "require MFA for everyone except the migration account, so the tenant stays protected."),
        verifyCredentialsStep(),
        tr("After the migration, turn security defaults back on (or keep the Conditional Access policies)."),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (Security Administrator or Global Administrator)");
    f.timeToApply = tr("A few minutes after saving; then run Verify credentials again.");
    f.links = {
        link(tr("Microsoft Learn: Security defaults in Microsoft Entra ID"),
             "https://learn.microsoft.com/en-us/entra/fundamentals/security-defaults"),
        ropc(),
        entraAdminCenter(),
        signInLogs(),
        bitTitanAuthenticationMethods(),
    };
}

void Texts::conditionalAccessBlocked(Finding &f)
{
    f.title = tr("A Conditional Access policy blocks the sign-in");
    f.explanation = tr("The password was accepted, but a Conditional Access policy (or a tenant security "
                       "policy) refused to issue a token. Typical conditions are the location or network, a "
                       "required compliant or joined device, or a required approved app, and none of them "
                       "can be met by a cloud migration service. The sign-in log names the exact policy.");
    f.steps = {
        signInLogStep(),
        tr("Open the policy: Entra admin center > Entra ID > Conditional Access > Policies > the policy "
           "shown as \"Failure\" in the sign-in entry."),
        tr("Exclude only the migration account: in the policy select Users > Exclude > Users and groups > "
           "add the account > Save. Use the policy's What If tool to confirm the account is no longer "
           "blocked."),
        tr("For Exchange Online projects, app-only modern authentication (client and tenant ID) avoids user "
           "Conditional Access policies; policies for workload identities can still apply to the app."),
        tr("Remove the exclusion after the migration."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (Conditional Access Administrator)");
    f.timeToApply = tr("Policy changes usually apply within a few minutes; the next sign-in picks them up.");
    f.links = {
        conditionalAccessTroubleshooting(),
        signInLogs(),
        entraAdminCenter(),
        aadstsReference(),
    };
}

void Texts::modernAuthNotConfigured(Finding &f)
{
    f.title = tr("Modern authentication is not set up for the project");
    f.explanation = tr("Exchange Online only accepts modern authentication (OAuth), which needs an app "
                       "registration in Microsoft Entra ID whose client ID and tenant ID are entered in the "
                       "project. The project has no such app, or Entra ID rejected the one given: unknown or "
                       "disabled app, wrong tenant, wrong permission or scope. This applies to the source "
                       "and the destination whenever they are Exchange Online.");
    f.steps = {
        tr("Follow \"Obtain Client and Tenant ID Settings for Mailbox and Exchange Online Migrations\" in "
           "BitTitan's Authentication Methods article, signed in as a Global Administrator."),
        tr("Create or open the app: Entra admin center > Entra ID > App registrations > New registration (or "
           "the existing app) and copy Application (client) ID and Directory (tenant) ID from its Overview."),
        tr("API permissions > Add a permission > APIs my organization uses > Office 365 Exchange Online: add "
           "the permission the project uses (Delegated EWS.AccessAsUser.All, or Application "
           "full_access_as_app) and select Grant admin consent."),
        tr("For delegated sign-in with a user name and password, set Authentication > Allow public client "
           "flows to Yes (AADSTS7000218 most likely means this is off)."),
        tr("AADSTS700016 or 700011: the client ID is wrong or the app belongs to another tenant. AADSTS70001 "
           "or 7000112: the app is disabled (Entra ID > Enterprise apps > the app > Properties > Enabled for "
           "users to sign in: Yes). AADSTS9001023 or 50194: use the tenant ID, not \"common\"."),
        editEndpointStep(),
        tr("Enter the client ID and tenant ID in the endpoint's modern authentication fields and save."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::Helpdesk};
    f.whoText =
        tr("Tenant admin (Global Administrator creates the app and consents); helpdesk enters the IDs");
    f.timeToApply = tr("App registration and consent: a few minutes; then get a fresh token by running "
                       "Verify Credentials again.");
    f.links = {
        bitTitanAuthenticationMethods(), ewsOAuth(), aadstsReference(), adminConsent(), entraAdminCenter(),
    };
}

void Texts::consentMissing(Finding &f)
{
    f.title = tr("The app has not been granted the Exchange permission it needs");
    f.explanation = tr(
        "The app registration signed in, but nobody has consented to the permission it needs, or the token "
        "it received carries no Exchange permission. For app-only access that is the application permission "
        "full_access_as_app; for delegated access it is EWS.AccessAsUser.All, both on Office 365 Exchange "
        "Online. A token issued before consent keeps its old, empty permission set until it expires.");
    f.steps = {
        tr("Entra admin center > Entra ID > App registrations > the app > API permissions: check that Office "
           "365 Exchange Online lists full_access_as_app (Application) or EWS.AccessAsUser.All (Delegated)."),
        tr("Select Grant admin consent for the tenant; the Status column must show \"Granted\". Or open %1 "
           "as a Global Administrator.")
            .arg(QStringLiteral(
                "https://login.microsoftonline.com/<tenant-id>/adminconsent?client_id=<client-id>")),
        tr("AADSTS50105: the app requires user assignment; add the migration account under Entra ID > "
           "Enterprise apps > the app > Users and groups, or set Properties > Assignment required to No."),
        tr("AADSTS650052: the tenant has no active Exchange Online subscription for the app to use; check "
           "the tenant's licences."),
        tr("If the tenant limits the app with RBAC for Applications, check the target mailbox: %1")
            .arg(QStringLiteral(
                "Test-ServicePrincipalAuthorization -Identity <client-id> -Resource user@contoso.com")),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (Global Administrator or Privileged Role Administrator grants consent)");
    f.timeToApply = tr("Consent: a few minutes; get a fresh token (a token issued before consent stays "
                       "without the permission for up to about an hour).");
    f.links = {
        adminConsent(), ewsOAuth(), rbacForApplications(), aadstsReference(), bitTitanAuthenticationMethods(),
    };
}

void Texts::clientSecretInvalid(Finding &f)
{
    f.title = tr("The app's client secret or certificate is wrong or expired");
    f.explanation =
        tr("Entra ID refused the app's own credential. Most often the secret has expired, or the secret's ID "
           "was pasted instead of its value, which is only shown once when the secret is created. A "
           "certificate that does not match the one uploaded to the app gives the same result.");
    f.steps = {
        tr("Entra admin center > Entra ID > App registrations > the app > Certificates & secrets: check the "
           "expiry dates (AADSTS7000222 means expired)."),
        tr("Select New client secret, choose an expiry that covers the migration, and copy the Value column "
           "right away (not the Secret ID; AADSTS7000215 usually means the ID was used)."),
        tr("For certificate sign-in (AADSTS700027), upload the public key of the certificate the tool really "
           "uses under Certificates."),
        tr("AADSTS700025: the app is a public client and must not send a secret; remove the secret from the "
           "project or set Authentication > Allow public client flows to No."),
        editEndpointStep(),
        tr("Paste the new secret value into the endpoint and save. Never send the secret by email or put it "
           "into a ticket."),
        verifyCredentialsStep(),
        tr("Delete the old secret once the new one works."),
    };
    f.who = {Actor::TenantAdmin, Actor::Helpdesk};
    f.whoText = tr("Tenant admin (creates the secret); helpdesk (enters it in the project)");
    f.timeToApply = tr("Immediately after the new secret value is saved in the project (allow a few minutes "
                       "for a secret created just now).");
    f.links = {
        certificateCredentials(),
        link(tr("Microsoft Learn: OAuth 2.0 client credentials flow"),
             "https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-client-creds-grant-flow"),
        aadstsReference(),
        entraAdminCenter(),
    };
}

void Texts::basicAuthDisabled(Finding &f)
{
    f.title = tr("The project uses Basic authentication, which Exchange Online no longer accepts");
    f.explanation = tr(
        "Microsoft has permanently turned off Basic authentication (user name and password sent to the mail "
        "server) for Exchange Web Services and Autodiscover in Exchange Online; nobody, including Microsoft "
        "support, can turn it back on. A project that still signs in this way gets 401 even with the right "
        "password. Exchange Online projects must use modern authentication with a client and tenant ID.");
    f.steps = {
        tr("Do not try to re-enable Basic authentication for Exchange Online: it is not possible any more."),
        tr("Set up modern authentication as in \"Obtain Client and Tenant ID Settings for Mailbox and "
           "Exchange Online Migrations\" (BitTitan's Authentication Methods article)."),
        editEndpointStep(),
        tr("Enter the client ID and tenant ID and save."),
        tr("Exchange Server (on-premises) projects that use Basic: check the EWS virtual directory with %1 "
           "and, if Basic is wanted, enable it over HTTPS only (Set-WebServicesVirtualDirectory "
           "-BasicAuthentication $true), or switch the project to NTLM.")
            .arg(QStringLiteral("Get-WebServicesVirtualDirectory | Format-List Identity,*Authentication*")),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::TenantAdmin, Actor::ExchangeAdmin};
    f.whoText =
        tr("Helpdesk and tenant admin (modern authentication); Exchange admin for on-premises servers");
    f.timeToApply =
        tr("As soon as the endpoint is saved with client and tenant ID and consent is granted. On-premises "
           "virtual directory changes usually need an IIS restart (iisreset /noforce).");
    f.links = {
        link(tr("Microsoft Learn: Deprecation of Basic authentication in Exchange Online"),
             "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/"
             "deprecation-of-basic-authentication-exchange-online"),
        bitTitanAuthenticationMethods(),
        ewsOAuth(),
        webServicesVirtualDirectory(),
    };
}

} // namespace AuthDoctor::FindingsDetail
