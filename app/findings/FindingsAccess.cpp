// Findings where the sign-in works but access is refused: impersonation,
// mailbox permissions, EWS switched off, SharePoint app-only tokens and
// on-premises Extended Protection (seed section "Insufficient Permission").
#include "FindingTexts.h"

namespace AuthDoctor::FindingsDetail {

void Texts::impersonationDenied(Finding &f)
{
    f.title = tr("The migration account is not allowed to impersonate the mailboxes");
    f.explanation =
        tr("The migration account signed in, but Exchange refused to let it act as (impersonate) the mailbox "
           "being migrated. In Exchange Online the ApplicationImpersonation role was removed in February "
           "2025, so an admin account can no longer be given that right; the replacement is an app "
           "registration with the application permission full_access_as_app, admin consent, and optionally a "
           "scope with RBAC for Applications. On Exchange Server the ApplicationImpersonation role still "
           "exists and may simply be missing or scoped too narrowly.");
    f.steps = {
        tr("See who still holds the old role: %1")
            .arg(QStringLiteral(
                "Get-ManagementRoleAssignment -Role ApplicationImpersonation -GetEffectiveUsers")),
        tr("Exchange Online: Entra admin center > Entra ID > App registrations > the migration app > API "
           "permissions > Add a permission > APIs my organization uses > Office 365 Exchange Online > "
           "Application permissions > full_access_as_app > Add, then Grant admin consent; create a client "
           "secret under Certificates & secrets."),
        tr("To limit the app to the migrating mailboxes (RBAC for Applications, Exchange Online PowerShell): "
           "%1")
            .arg(
                QStringLiteral("New-ServicePrincipal -AppId <client-id> -ObjectId <enterprise-app-object-id> "
                               "-DisplayName \"Migration app\"; New-ManagementScope -Name \"Migration "
                               "mailboxes\" -RecipientRestrictionFilter \"CustomAttribute1 -eq 'migrate'\"; "
                               "New-ManagementRoleAssignment -App <client-id> -Role \"Application "
                               "EWS.AccessAsApp\" -CustomResourceScope \"Migration mailboxes\"")),
        tr("Check one mailbox: %1 (InScope must be True).")
            .arg(QStringLiteral(
                "Test-ServicePrincipalAuthorization -Identity <client-id> -Resource user@contoso.com")),
        tr("Exchange Server (on-premises only): %1")
            .arg(QStringLiteral(
                "New-ManagementRoleAssignment -Role ApplicationImpersonation -User svc-migration")),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::ExchangeAdmin};
    f.whoText = tr("Tenant admin (app registration and consent) or Exchange admin (role assignment)");
    f.timeToApply = tr("Consent: a few minutes; get a fresh token. Application access policies and RBAC for "
                       "Applications: 30–60 minutes. On-premises role assignments: usually within minutes, "
                       "longer with several domain controllers.");
    f.links = {
        link(tr("Microsoft Tech Community: Retirement of RBAC Application Impersonation in Exchange Online"),
             "https://techcommunity.microsoft.com/t5/exchange-team-blog/"
             "retirement-of-rbac-application-impersonation-in-exchange-online/ba-p/4062671"),
        rbacForApplications(),
        ewsOAuth(),
        link(tr("Microsoft Learn: Configure impersonation (Exchange Server)"),
             "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/"
             "how-to-configure-impersonation"),
        bitTitanImpersonation(),
        adminConsent(),
    };
}

void Texts::insufficientPermission(Finding &f)
{
    f.title = tr("The migration account lacks permission on the mailbox or OneDrive");
    f.explanation =
        tr("The credentials are correct, but the account the project uses is not allowed to open the mailbox "
           "or OneDrive it migrates. Typical causes are missing Full Access on the mailboxes, an admin "
           "account without a mailbox of its own, an application access policy or RBAC scope that leaves the "
           "mailbox out, or an admin role that the endpoint needs but the account lacks.");
    f.steps = {
        tr("Follow BitTitan's steps to grant the administrator permission for this kind of endpoint (see the "
           "links); if the project uses impersonation, also follow the Impersonation Guide."),
        tr("Full Access in Exchange Online: Exchange admin center > Recipients > Mailboxes > the mailbox > "
           "Delegation > Read and manage (Full Access) > Edit > add the migration account; or %1")
            .arg(QStringLiteral(
                "Add-MailboxPermission -Identity user@contoso.com -User svc-migration@contoso.com "
                "-AccessRights FullAccess -InheritanceType All -AutoMapping $false")),
        tr("ErrorMissingEmailAddress: the admin account has no mailbox; give it an Exchange Online licence "
           "or use app-only access."),
        tr("Graph 403 with [RAOP]: the app is outside an application access policy; check it with %1 and add "
           "the mailbox to the policy's group, or use RBAC for Applications.")
            .arg(
                QStringLiteral("Test-ApplicationAccessPolicy -Identity user@contoso.com -AppId <client-id>")),
        tr("Exchange Server: do not use an account that is a member of Domain Admins, Enterprise Admins or "
           "Schema Admins; Exchange explicitly denies those groups access to mailboxes."),
        tr("OneDrive: the account needs Global Administrator or SharePoint Administrator, or Site Collection "
           "Administrator on each OneDrive (see MigrationWiz Permission Requirements)."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::ExchangeAdmin};
    f.whoText = tr("Tenant admin or Exchange admin");
    f.timeToApply = tr("Mailbox permissions: usually within an hour. Application access policies and RBAC "
                       "for Applications: 30–60 minutes.");
    f.links = {
        bitTitanCredentials(),
        bitTitanImpersonation(),
        bitTitanPermissionRequirements(),
        link(tr("Microsoft Learn: Manage permissions for recipients in Exchange Online"),
             "https://learn.microsoft.com/en-us/exchange/recipients-in-exchange-online/"
             "manage-permissions-for-recipients"),
        rbacForApplications(),
        exchangeAdminCenter(),
    };
}

void Texts::ewsDisabled(Finding &f)
{
    f.title = tr("Exchange Web Services (EWS) is switched off for the tenant, the app or the mailbox");
    f.explanation =
        tr("Microsoft is retiring EWS in Exchange Online: from 1 October 2026 it is switched off tenant by "
           "tenant unless the tenant sets EWSEnabled to True and allow-lists each app's ID, and on 1 April "
           "2027 it is switched off for good. Mailboxes with Kiosk or F3 licences have been blocked since 1 "
           "July 2026, and admins can also turn EWS off per mailbox. AuthDoctor infers this from the "
           "settings and dates; the exact error Exchange Online returns for a blocked app is not documented, "
           "so confirm the settings below.");
    f.steps = {
        tr("Read the tenant settings (Exchange Online PowerShell): %1")
            .arg(QStringLiteral(
                "Get-OrganizationConfig | Format-List "
                "EwsEnabled,EwsAllowedAppIDs,EwsApplicationAccessPolicy,EwsAllowList,EwsBlockList")),
        tr("Read the mailbox settings: %1")
            .arg(QStringLiteral("Get-CASMailbox -Identity user@contoso.com | Format-List "
                                "EwsEnabled,EwsApplicationAccessPolicy,EwsAllowList,EwsBlockList")),
        tr("Allow EWS for the tenant: %1").arg(QStringLiteral("Set-OrganizationConfig -EwsEnabled $true")),
        tr("Allow-list the migration app: read the current EwsAllowedAppIDs first, then set the complete "
           "list including the app's client ID: %1")
            .arg(QStringLiteral(
                "Set-OrganizationConfig -EwsAllowedAppIDs \"<existing-ids>\",\"<client-id>\"")),
        tr("Per mailbox: Exchange admin center > Recipients > Mailboxes > the mailbox > Mailbox > Manage "
           "email apps settings > Exchange Web Services on; or %1")
            .arg(QStringLiteral("Set-CASMailbox -Identity user@contoso.com -EwsEnabled $true")),
        tr("Kiosk or F3 mailboxes: assign a licence that includes EWS rights (for example Exchange Online "
           "Plan 1) for the migration."),
        tr("From 1 April 2027 no setting helps for Exchange Online: ask the migration vendor for a version "
           "that uses Microsoft Graph."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::ExchangeAdmin};
    f.whoText = tr("Tenant admin or Exchange admin");
    f.timeToApply = tr("EwsEnabled and EwsAllowedAppIDs changes can take up to 24 hours to reach all "
                       "Exchange Online servers; licence changes usually apply within an hour.");
    f.links = {
        link(tr("Microsoft Learn: Control access to EWS in Exchange"),
             "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/"
             "how-to-control-access-to-ews-in-exchange"),
        link(tr("Microsoft Tech Community: Retirement of Exchange Web Services in Exchange Online"),
             "https://techcommunity.microsoft.com/blog/exchange/"
             "retirement-of-exchange-web-services-in-exchange-online/3924440"),
        link(tr("Microsoft Learn: Set-OrganizationConfig"),
             "https://learn.microsoft.com/en-us/powershell/module/exchange/set-organizationconfig"),
        link(tr("Microsoft Learn: Connect to Exchange Online PowerShell"),
             "https://learn.microsoft.com/en-us/powershell/exchange/connect-to-exchange-online-powershell"),
        exchangeAdminCenter(),
    };
}

void Texts::sharepointAppOnlySecret(Finding &f)
{
    f.title = tr("SharePoint refuses the app's token because it was obtained with a client secret");
    f.explanation =
        tr("SharePoint Online and OneDrive answered \"Unsupported app only token\": they are widely reported "
           "to reject app-only tokens that were obtained with a client secret and to accept only tokens "
           "obtained with a certificate (Microsoft Graph accepts both). Apps registered the old way in "
           "SharePoint (Azure ACS, appregnew.aspx) stopped working on 2 April 2026. The app needs a "
           "certificate credential in Microsoft Entra ID.");
    f.steps = {
        tr("Entra admin center > Entra ID > App registrations > the app > Certificates & secrets > "
           "Certificates > Upload certificate (the public key, a .cer file)."),
        tr("Configure the migration tool to sign in with that certificate (and its private key) instead of "
           "the client secret, or use a tool mode that goes through Microsoft Graph."),
        tr("If the app was created in SharePoint (appregnew.aspx), replace it with a Microsoft Entra app "
           "registration that uses a certificate."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::Helpdesk};
    f.whoText = tr("Tenant admin (certificate on the app); helpdesk (project settings)");
    f.timeToApply = tr("Immediately after the tool requests new tokens with the certificate.");
    f.links = {
        link(tr("Microsoft Learn: Granting access via Microsoft Entra ID app-only (SharePoint)"),
             "https://learn.microsoft.com/en-us/sharepoint/dev/solution-guidance/security-apponly-azuread"),
        certificateCredentials(),
        bitTitanAuthenticationMethods(),
        entraAdminCenter(),
    };
}

void Texts::extendedProtection(Finding &f)
{
    f.title = tr("Exchange Server's Extended Protection rejects the NTLM sign-in");
    f.explanation =
        tr("Exchange Server 2019 CU14 and later turn on Extended Protection by default, which requires "
           "clients to bind their NTLM or Kerberos sign-in to the TLS connection. Clients that cannot do "
           "this, or a load balancer that terminates TLS in front of Exchange, end in a 401 loop after a "
           "complete NTLM handshake. AuthDoctor's own NTLM client cannot send that binding, so this finding "
           "is a strong suspicion from the server version and the pattern, not a proof.");
    f.steps = {
        tr("Check the EWS virtual directory settings (Exchange Management Shell): %1")
            .arg(QStringLiteral("Get-WebServicesVirtualDirectory | fl *Authentication*,ExtendedProtection*")),
        tr("Check whether the migration tool itself also fails; if it supports channel binding, only "
           "AuthDoctor's test is affected."),
        tr("Prefer a sign-in that Extended Protection does not break: Basic authentication over HTTPS for "
           "the migration account (if the organization allows it) or OAuth (Hybrid Modern Authentication)."),
        tr("If a load balancer or reverse proxy offloads TLS, configure it for TLS bridging with the same "
           "certificate, as Microsoft's Extended Protection guide requires."),
        tr("Do not turn Extended Protection off without a security review; it protects against NTLM relay "
           "attacks."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::ExchangeAdmin};
    f.whoText = tr("Exchange admin");
    f.timeToApply = tr("After the virtual directory change and an IIS restart (iisreset /noforce).");
    f.links = {
        link(tr("Microsoft Learn: Configure Windows Extended Protection in Exchange Server"),
             "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/post-installation-tasks/"
             "security-best-practices/exchange-extended-protection"),
        webServicesVirtualDirectory(),
        connectivityAnalyzer(),
        bitTitanCredentials(),
    };
}

} // namespace AuthDoctor::FindingsDetail
