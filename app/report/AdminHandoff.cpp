// The admin hand-off: read-only PowerShell per finding (Exchange Online PowerShell, Exchange
// Management Shell, Microsoft Graph PowerShell, SharePoint Online Management Shell, Active
// Directory), the admin-consent URL and the sign-in-log guidance. Cmdlet names and parameters
// follow Microsoft's documentation (m365-auth-facts §5, §9.6 and the Learn pages of each cmdlet).
#include "AdminHandoff.h"

#include "core/Clouds.h"
#include "core/Redaction.h"
#include "engine/Plan.h"
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace AuthDoctor::Report {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Report)
};

// A value put into a single-quoted PowerShell string: quotes doubled, nothing else can break out.
QString ps(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return v;
}

QString orPlaceholder(const QString &value, const char *placeholder)
{
    return value.trimmed().isEmpty() ? QString::fromLatin1(placeholder) : ps(value.trimmed());
}

bool isCloud(EndpointKind e)
{
    return e == EndpointKind::ExchangeOnline || e == EndpointKind::OneDrive;
}

QString exoEnvironment(Cloud c)
{
    switch (c) {
    case Cloud::GccHigh:
        return QStringLiteral(" -ExchangeEnvironmentName O365USGovGCCHigh");
    case Cloud::Dod:
        return QStringLiteral(" -ExchangeEnvironmentName O365USGovDoD");
    case Cloud::China:
        return QStringLiteral(" -ExchangeEnvironmentName O365China");
    case Cloud::Commercial:
    case Cloud::Gcc:
        break;
    }
    return {};
}

QString graphEnvironment(Cloud c)
{
    switch (c) {
    case Cloud::GccHigh:
        return QStringLiteral(" -Environment USGov");
    case Cloud::Dod:
        return QStringLiteral(" -Environment USGovDoD");
    case Cloud::China:
        return QStringLiteral(" -Environment China");
    case Cloud::Commercial:
    case Cloud::Gcc:
        break;
    }
    return {};
}

AdminCommand connectExo(const HandoffContext &ctx)
{
    return {T::tr("Connect to Exchange Online PowerShell (module ExchangeOnlineManagement) as an Exchange "
                  "admin or a Global Reader."),
            QStringLiteral("Connect-ExchangeOnline") + exoEnvironment(ctx.cloud)};
}

AdminCommand connectGraph(const HandoffContext &ctx, const QStringList &scopes)
{
    QStringList quoted;
    for (const QString &s : scopes)
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    QString command = QStringLiteral("Connect-MgGraph -Scopes ") + quoted.join(QLatin1Char(','));
    if (!ctx.tenantId.isEmpty())
        command += QStringLiteral(" -TenantId '%1'").arg(ps(ctx.tenantId));
    command += graphEnvironment(ctx.cloud);
    return {T::tr("Connect to Microsoft Graph PowerShell (module Microsoft.Graph) with read-only "
                  "permissions."),
            command};
}

AdminCommand onPremShell()
{
    return {T::tr("Run the following in the Exchange Management Shell on an Exchange server."),
            QStringLiteral("Get-ExchangeServer | Format-Table Name,AdminDisplayVersion")};
}

QString sharePointAdminUrl(const HandoffContext &ctx)
{
    // contoso.onmicrosoft.com → https://contoso-admin.sharepoint.com; otherwise a placeholder.
    QString prefix = QStringLiteral("<tenant>");
    const QString domain = ctx.domain.toLower();
    if (domain.endsWith(QLatin1String(".onmicrosoft.com")))
        prefix = domain.section(QLatin1Char('.'), 0, 0);
    return QStringLiteral("https://%1-admin.%2").arg(prefix, Clouds::info(ctx.cloud).sharePointSuffix);
}

QList<AdminCommand> exchangeOnline(const HandoffContext &ctx, const QString &finding)
{
    const QString m = orPlaceholder(ctx.mailbox, "<mailbox@contoso.com>");
    const QString u = orPlaceholder(ctx.user, "<migration-account@contoso.com>");
    const QString c = orPlaceholder(ctx.clientId, "<client-id>");
    QList<AdminCommand> out;
    if (finding == QLatin1String("ews-disabled")) {
        out << AdminCommand{T::tr("The tenant's EWS settings: EwsEnabled False, or an EwsAllowedAppIDs list "
                                  "without the app's client ID (%1), blocks EWS for the app.")
                                .arg(ctx.clientId.isEmpty() ? QStringLiteral("<client-id>") : ctx.clientId),
                            QStringLiteral("Get-OrganizationConfig | Format-List "
                                           "EwsEnabled,EwsAllowedAppIDs,EwsApplicationAccessPolicy,"
                                           "EwsAllowList,EwsBlockList")};
        out << AdminCommand{T::tr("The mailbox's own EWS settings: EwsEnabled False here blocks EWS for "
                                  "this mailbox whatever the organisation setting says."),
                            QStringLiteral("Get-CASMailbox -Identity '%1' | Format-List "
                                           "EwsEnabled,EwsApplicationAccessPolicy,EwsAllowList,EwsBlockList")
                                .arg(m)};
    } else if (finding == QLatin1String("impersonation-denied")) {
        out << AdminCommand{
            T::tr("Who still holds ApplicationImpersonation (retired in Exchange Online; an "
                  "error or an empty list means the role is gone)."),
            QStringLiteral("Get-ManagementRoleAssignment -Role ApplicationImpersonation "
                           "-GetEffectiveUsers | Format-Table EffectiveUserName,RoleAssigneeName")};
        out << AdminCommand{
            T::tr("Whether the app may open the mailbox through RBAC for Applications "
                  "(InScope True)."),
            QStringLiteral("Test-ServicePrincipalAuthorization -Identity '%1' -Resource '%2' | "
                           "Format-Table RoleName,GrantedPermissions,AllowedResourceScope,InScope")
                .arg(c, m)};
    } else if (finding == QLatin1String("insufficient-permission")) {
        out << AdminCommand{
            T::tr("Whether the migration account has FullAccess on the mailbox (no admin role "
                  "grants it by itself)."),
            QStringLiteral("Get-MailboxPermission -Identity '%1' -User '%2' | Format-Table "
                           "User,AccessRights,IsInherited,Deny")
                .arg(m, u)};
        out << AdminCommand{T::tr("Application access policies that limit the app to some mailboxes."),
                            QStringLiteral("Get-ApplicationAccessPolicy | Format-List "
                                           "AppId,ScopeName,AccessRight,Description")};
        out << AdminCommand{
            T::tr("Whether such a policy lets the app open this mailbox (AccessCheckResult)."),
            QStringLiteral("Test-ApplicationAccessPolicy -Identity '%1' -AppId '%2'").arg(m, c)};
    } else if (finding == QLatin1String("mailbox-not-found") ||
               finding == QLatin1String("new-account-not-ready")) {
        out << AdminCommand{
            T::tr("Whether Exchange Online has a mailbox for the address, and of which type."),
            QStringLiteral("Get-EXOMailbox -Identity '%1' -Properties WhenCreated | Format-List "
                           "UserPrincipalName,PrimarySmtpAddress,RecipientTypeDetails,WhenCreated")
                .arg(m)};
        out << AdminCommand{T::tr("What the address belongs to when it is not a mailbox (MailUser: the "
                                  "mailbox is elsewhere, for example on-premises)."),
                            QStringLiteral("Get-EXORecipient -Identity '%1' | Format-List "
                                           "RecipientTypeDetails,PrimarySmtpAddress")
                                .arg(m)};
    } else if (finding == QLatin1String("mailbox-not-instantiated")) {
        out << AdminCommand{T::tr("MailUser here, with an Exchange licence assigned, means the cloud mailbox "
                                  "was never created."),
                            QStringLiteral("Get-EXORecipient -Identity '%1' | Format-List "
                                           "RecipientTypeDetails,PrimarySmtpAddress,ExternalEmailAddress")
                                .arg(m)};
    } else if (finding == QLatin1String("database-not-found")) {
        out << AdminCommand{T::tr("Whether a move of the mailbox is in progress."),
                            QStringLiteral("Get-MoveRequest -Identity '%1' | Format-List "
                                           "Status,SourceDatabase,TargetDatabase")
                                .arg(m)};
    } else if (finding == QLatin1String("basic-auth-disabled")) {
        out << AdminCommand{T::tr("Whether modern authentication is on for the organisation (it must be: "
                                  "Exchange Online no longer accepts Basic authentication for EWS)."),
                            QStringLiteral("Get-OrganizationConfig | Format-List "
                                           "OAuth2ClientProfileEnabled,DefaultAuthenticationPolicy")};
        out << AdminCommand{T::tr("Authentication policies that block Basic authentication per protocol."),
                            QStringLiteral("Get-AuthenticationPolicy | Format-List "
                                           "Name,AllowBasicAuthWebServices,AllowBasicAuthAutodiscover")};
    } else if (finding == QLatin1String("consent-missing")) {
        out << AdminCommand{
            T::tr("If the tenant limits the app with RBAC for Applications: whether the "
                  "mailbox is in the app's scope (InScope True)."),
            QStringLiteral("Test-ServicePrincipalAuthorization -Identity '%1' -Resource '%2' | "
                           "Format-Table RoleName,GrantedPermissions,InScope")
                .arg(c, m)};
    }
    if (!out.isEmpty())
        out.prepend(connectExo(ctx));
    return out;
}

QList<AdminCommand> exchangeServer(const HandoffContext &ctx, const QString &finding)
{
    const QString m = orPlaceholder(ctx.mailbox, "<mailbox@contoso.com>");
    const QString u = orPlaceholder(ctx.user, "<migration-account@contoso.com>");
    QList<AdminCommand> out;
    if (finding == QLatin1String("impersonation-denied")) {
        out << AdminCommand{
            T::tr("Who holds ApplicationImpersonation, and for which recipients; the migration "
                  "account must be listed."),
            QStringLiteral("Get-ManagementRoleAssignment -Role ApplicationImpersonation "
                           "-GetEffectiveUsers | Format-Table "
                           "EffectiveUserName,RoleAssigneeName,CustomRecipientWriteScope")};
    } else if (finding == QLatin1String("insufficient-permission")) {
        out << AdminCommand{T::tr("Whether the migration account has FullAccess on the mailbox."),
                            QStringLiteral("Get-MailboxPermission -Identity '%1' -User '%2' | Format-Table "
                                           "User,AccessRights,IsInherited,Deny")
                                .arg(m, u)};
    } else if (finding == QLatin1String("mailbox-not-found")) {
        out << AdminCommand{T::tr("Whether the mailbox exists on this organisation and where."),
                            QStringLiteral("Get-Recipient -Identity '%1' | Format-List "
                                           "RecipientTypeDetails,PrimarySmtpAddress,Database")
                                .arg(m)};
    } else if (finding == QLatin1String("database-not-found")) {
        out << AdminCommand{T::tr("Whether every mailbox database is mounted."),
                            QStringLiteral("Get-MailboxDatabase -Status | Format-Table Name,Server,Mounted")};
        out << AdminCommand{
            T::tr("The database of this mailbox, and a move in progress."),
            QStringLiteral("Get-Mailbox -Identity '%1' | Format-List Database,ServerName").arg(m)};
        out << AdminCommand{
            T::tr("A move request for the mailbox, if any."),
            QStringLiteral("Get-MoveRequest -Identity '%1' | Format-List Status,TargetDatabase").arg(m)};
    } else if (finding == QLatin1String("basic-auth-disabled")) {
        out << AdminCommand{
            T::tr("Which sign-in methods the EWS virtual directories accept."),
            QStringLiteral("Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-List "
                           "Server,BasicAuthentication,WindowsAuthentication,OAuthAuthentication,"
                           "ExternalUrl")};
        out << AdminCommand{
            T::tr("The same for Autodiscover."),
            QStringLiteral("Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Format-List "
                           "Server,BasicAuthentication,WindowsAuthentication,OAuthAuthentication")};
    } else if (finding == QLatin1String("extended-protection")) {
        out << AdminCommand{T::tr("Whether Extended Protection is required on EWS (Require blocks clients "
                                  "that cannot bind NTLM to the TLS channel)."),
                            QStringLiteral("Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-List "
                                           "Server,ExtendedProtectionTokenChecking,ExtendedProtectionFlags,"
                                           "WindowsAuthentication")};
    } else if (finding == QLatin1String("ews-url-wrong") || finding == QLatin1String("autodiscover-failed") ||
               finding == QLatin1String("unsafe-redirect-blocked")) {
        out << AdminCommand{T::tr("The EWS URLs the servers publish: the project's EWS URL must be one of "
                                  "the ExternalUrl values."),
                            QStringLiteral("Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-List "
                                           "Server,InternalUrl,ExternalUrl")};
        out << AdminCommand{T::tr("The Autodiscover address the servers publish."),
                            QStringLiteral("Get-ClientAccessService | Format-List "
                                           "Name,AutoDiscoverServiceInternalUri")};
    } else if (finding == QLatin1String("tls-problem")) {
        out << AdminCommand{T::tr("The certificates bound to IIS: the EWS host name must be in "
                                  "CertificateDomains and NotAfter in the future."),
                            QStringLiteral("Get-ExchangeCertificate | Format-List "
                                           "Thumbprint,Subject,CertificateDomains,NotAfter,Services,Status")};
    } else if (finding == QLatin1String("throttled")) {
        out << AdminCommand{T::tr("Which throttling policy applies to the migration account."),
                            QStringLiteral("Get-ThrottlingPolicyAssociation -Identity '%1' | Format-List "
                                           "ThrottlingPolicy")
                                .arg(u)};
        out << AdminCommand{
            T::tr("The EWS limits of the throttling policies."),
            QStringLiteral("Get-ThrottlingPolicy | Format-Table "
                           "Name,EwsMaxConcurrency,EwsMaxBurst,EwsRechargeRate,EwsCutoffBalance")};
    } else if (finding == QLatin1String("server-overutilized")) {
        out << AdminCommand{
            T::tr("Health sets of the server that are not healthy."),
            QStringLiteral("Get-HealthReport -Identity '<server>' | Where-Object AlertValue -ne "
                           "'Healthy' | Format-Table HealthSet,AlertValue")};
    } else if (finding == QLatin1String("account-locked") || finding == QLatin1String("account-disabled")) {
        out << AdminCommand{
            T::tr("The account in Active Directory (module ActiveDirectory): Enabled, LockedOut "
                  "and the last bad password attempt."),
            QStringLiteral("Get-ADUser -Filter \"UserPrincipalName -eq '%1'\" -Properties "
                           "LockedOut,LastBadPasswordAttempt | Format-List "
                           "Enabled,LockedOut,LastBadPasswordAttempt")
                .arg(u)};
        return out; // Active Directory, not the Exchange Management Shell
    }
    if (!out.isEmpty())
        out.prepend(onPremShell());
    return out;
}

QList<AdminCommand> graph(const HandoffContext &ctx, const QString &finding)
{
    const QString u = orPlaceholder(ctx.user, "<migration-account@contoso.com>");
    const QString m = orPlaceholder(ctx.mailbox, "<mailbox@contoso.com>");
    const QString c = orPlaceholder(ctx.clientId, "<client-id>");
    const QString d = orPlaceholder(ctx.domain, "<contoso.com>");
    QStringList scopes;
    QList<AdminCommand> out;
    if (finding == QLatin1String("security-defaults")) {
        scopes << QStringLiteral("Policy.Read.All");
        out << AdminCommand{
            T::tr("Whether security defaults are on for the tenant (IsEnabled True)."),
            QStringLiteral("Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Format-List IsEnabled")};
    } else if (finding == QLatin1String("conditional-access-blocked") ||
               finding == QLatin1String("mfa-required")) {
        scopes << QStringLiteral("Policy.Read.All");
        out << AdminCommand{
            T::tr("The Conditional Access policies and whether each is on; the sign-in log "
                  "entry names the one that applied."),
            QStringLiteral("Get-MgIdentityConditionalAccessPolicy | Format-Table DisplayName,State,Id")};
        out << AdminCommand{
            T::tr("Whether security defaults are on (they require MFA too)."),
            QStringLiteral("Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy | Format-List IsEnabled")};
        if (finding == QLatin1String("mfa-required")) {
            scopes << QStringLiteral("UserAuthenticationMethod.Read.All");
            out << AdminCommand{T::tr("The MFA methods the migration account has registered."),
                                QStringLiteral("Get-MgUserAuthenticationMethod -UserId '%1' | Format-List Id,"
                                               "AdditionalProperties")
                                    .arg(u)};
        }
    } else if (finding == QLatin1String("modern-auth-not-configured")) {
        scopes << QStringLiteral("Application.Read.All");
        out << AdminCommand{T::tr("The app registration (no result: the client ID is not registered in this "
                                  "tenant). IsFallbackPublicClient True is needed for sign-in with a "
                                  "user name and password."),
                            QStringLiteral("Get-MgApplication -Filter \"appId eq '%1'\" | Format-List "
                                           "DisplayName,AppId,SignInAudience,IsFallbackPublicClient")
                                .arg(c)};
        out << AdminCommand{T::tr("The app's enterprise application in this tenant: AccountEnabled must be "
                                  "True; AppRoleAssignmentRequired True needs the account assigned."),
                            QStringLiteral("Get-MgServicePrincipal -Filter \"appId eq '%1'\" | Format-List "
                                           "DisplayName,AppId,AccountEnabled,AppRoleAssignmentRequired")
                                .arg(c)};
    } else if (finding == QLatin1String("consent-missing")) {
        scopes << QStringLiteral("Application.Read.All") << QStringLiteral("Directory.Read.All");
        out << AdminCommand{T::tr("The app's enterprise application in this tenant (kept in $sp for the next "
                                  "commands)."),
                            QStringLiteral("$sp = Get-MgServicePrincipal -Filter \"appId eq '%1'\"").arg(c)};
        out << AdminCommand{
            T::tr("Application permissions with admin consent: Office 365 Exchange Online "
                  "with AppRoleId dc890d15-9560-4a4c-9b7f-a736ec74ec40 is full_access_as_app."),
            QStringLiteral("Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id | "
                           "Format-Table ResourceDisplayName,AppRoleId,CreatedDateTime")};
        out << AdminCommand{T::tr("Delegated permissions with consent: Scope must contain "
                                  "EWS.AccessAsUser.All for Office 365 Exchange Online."),
                            QStringLiteral("Get-MgServicePrincipalOauth2PermissionGrant -ServicePrincipalId "
                                           "$sp.Id | Format-Table ResourceId,ConsentType,Scope")};
    } else if (finding == QLatin1String("client-secret-invalid")) {
        scopes << QStringLiteral("Application.Read.All");
        out << AdminCommand{
            T::tr("The app's client secrets: Hint is the first characters of each secret's "
                  "value (the project needs the value, not the secret ID); an EndDateTime in "
                  "the past means it expired."),
            QStringLiteral("Get-MgApplication -Filter \"appId eq '%1'\" -Property "
                           "PasswordCredentials | Select-Object -ExpandProperty "
                           "PasswordCredentials | Format-Table DisplayName,Hint,KeyId,EndDateTime")
                .arg(c)};
    } else if (finding == QLatin1String("sharepoint-app-only-secret")) {
        scopes << QStringLiteral("Application.Read.All");
        out << AdminCommand{T::tr("Whether the app has a certificate (KeyCredentials); SharePoint app-only "
                                  "access needs one, a client secret is refused."),
                            QStringLiteral("Get-MgApplication -Filter \"appId eq '%1'\" -Property "
                                           "KeyCredentials | Select-Object -ExpandProperty KeyCredentials | "
                                           "Format-Table DisplayName,Type,EndDateTime")
                                .arg(c)};
    } else if (finding == QLatin1String("account-disabled") || finding == QLatin1String("account-locked") ||
               finding == QLatin1String("password-expired")) {
        scopes << QStringLiteral("User.Read.All");
        out << AdminCommand{T::tr("The account: AccountEnabled, when the password last changed, whether it "
                                  "is synchronised from on-premises Active Directory."),
                            QStringLiteral("Get-MgUser -UserId '%1' -Property "
                                           "UserPrincipalName,AccountEnabled,LastPasswordChangeDateTime,"
                                           "OnPremisesSyncEnabled | Format-List "
                                           "UserPrincipalName,AccountEnabled,LastPasswordChangeDateTime,"
                                           "OnPremisesSyncEnabled")
                                .arg(u)};
    } else if (finding == QLatin1String("tenant-not-found") || finding == QLatin1String("wrong-cloud")) {
        scopes << QStringLiteral("Domain.Read.All");
        out << AdminCommand{T::tr("The tenant's ID (signing in proves the cloud: use -Environment USGov for "
                                  "GCC High, USGovDoD for DoD, China for 21Vianet)."),
                            QStringLiteral("Get-MgOrganization | Format-List Id,DisplayName")};
        out << AdminCommand{T::tr("The tenant's domains: the project's domain must be listed and verified."),
                            QStringLiteral("Get-MgDomain | Format-Table Id,IsVerified,AuthenticationType")};
    } else if (finding == QLatin1String("federated-sign-in")) {
        scopes << QStringLiteral("Domain.Read.All");
        out << AdminCommand{
            T::tr("Whether the domain is federated (AuthenticationType Federated)."),
            QStringLiteral("Get-MgDomain -DomainId '%1' | Format-List Id,AuthenticationType").arg(d)};
        out << AdminCommand{
            T::tr("Where federated sign-ins go (the identity provider that must be reachable)."),
            QStringLiteral("Get-MgDomainFederationConfiguration -DomainId '%1' | Format-List "
                           "IssuerUri,PassiveSignInUri")
                .arg(d)};
    } else if (finding == QLatin1String("mailbox-not-found") ||
               finding == QLatin1String("mailbox-not-instantiated") ||
               finding == QLatin1String("ews-disabled")) {
        scopes << QStringLiteral("User.Read.All");
        out << AdminCommand{
            T::tr("The mailbox user's licences: an Exchange Online plan must be there (Kiosk "
                  "and F3 licences have no EWS rights)."),
            QStringLiteral("Get-MgUserLicenseDetail -UserId '%1' | Format-Table SkuPartNumber").arg(m)};
        if (finding == QLatin1String("mailbox-not-instantiated"))
            out << AdminCommand{T::tr("Whether the user is synchronised from on-premises Active Directory."),
                                QStringLiteral("Get-MgUser -UserId '%1' -Property "
                                               "OnPremisesSyncEnabled,CreatedDateTime | Format-List "
                                               "OnPremisesSyncEnabled,CreatedDateTime")
                                    .arg(m)};
    } else if (finding == QLatin1String("onedrive-not-licensed")) {
        scopes << QStringLiteral("User.Read.All");
        out << AdminCommand{
            T::tr("The user's SharePoint service plans: SHAREPOINTSTANDARD or "
                  "SHAREPOINTENTERPRISE must be there and Success."),
            QStringLiteral("Get-MgUserLicenseDetail -UserId '%1' | Select-Object -ExpandProperty "
                           "ServicePlans | Where-Object ServicePlanName -like 'SHAREPOINT*' | "
                           "Format-Table ServicePlanName,ProvisioningStatus")
                .arg(m)};
    } else if (finding == QLatin1String("onedrive-not-provisioned")) {
        scopes << QStringLiteral("Files.Read.All");
        out << AdminCommand{
            T::tr("The user's OneDrive (an error \"mysite not found\" means it was never "
                  "created)."),
            QStringLiteral("Get-MgUserDrive -UserId '%1' | Format-List WebUrl,DriveType").arg(m)};
    }
    if (!out.isEmpty())
        out.prepend(connectGraph(ctx, scopes));
    return out;
}

QList<AdminCommand> sharePoint(const HandoffContext &ctx, const QString &finding)
{
    QList<AdminCommand> out;
    if (finding == QLatin1String("sharepoint-app-only-secret")) {
        out << AdminCommand{T::tr("Connect to the SharePoint Online Management Shell as a SharePoint admin."),
                            QStringLiteral("Connect-SPOService -Url %1").arg(sharePointAdminUrl(ctx))};
        out << AdminCommand{T::tr("DisableCustomAppAuthentication True means the older SharePoint app-only "
                                  "model (ACS, client secret) is switched off for the tenant."),
                            QStringLiteral("Get-SPOTenant | Format-List DisableCustomAppAuthentication")};
    }
    return out;
}

QString entraPortal(Cloud cloud)
{
    switch (Clouds::instanceOf(cloud)) {
    case Clouds::Instance::UsGov:
        return QStringLiteral("https://portal.azure.us");
    case Clouds::Instance::China:
        return QStringLiteral("https://portal.azure.cn");
    case Clouds::Instance::Global:
        break;
    }
    return QStringLiteral("https://entra.microsoft.com");
}

const QRegularExpression &guidPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                                      "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re;
}

QString matchFirst(const QString &text, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

HandoffContext HandoffContext::fromResult(const Engine::Result &result)
{
    const Engine::Inputs &in = result.inputs;
    HandoffContext ctx;
    ctx.endpoint = in.endpoint;
    ctx.cloud = in.cloud;
    ctx.user = in.user;
    ctx.mailbox = in.mailboxOrUser();
    ctx.domain = in.tenantHint();
    ctx.clientId = in.clientId;
    for (const Engine::CheckResult &c : result.checks) {
        const QString id = c.facts.value(QStringLiteral("tenant_id")).toString();
        if (guidPattern().match(id).hasMatch()) {
            ctx.tenantId = id;
            break;
        }
    }
    if (ctx.tenantId.isEmpty())
        ctx.tenantId = in.tenant;
    return ctx;
}

QList<AdminCommand> adminCommands(const QString &findingId, const HandoffContext &ctx)
{
    QList<AdminCommand> out;
    if (isCloud(ctx.endpoint)) {
        out << graph(ctx, findingId);
        out << exchangeOnline(ctx, findingId);
        out << sharePoint(ctx, findingId);
    } else {
        out << exchangeServer(ctx, findingId);
    }
    return out;
}

bool needsAdmin(const QString &findingId)
{
    const auto f = FindingsCatalog::find(findingId);
    if (!f)
        return false;
    return f->who.contains(Actor::TenantAdmin) || f->who.contains(Actor::ExchangeAdmin);
}

QString adminConsentUrl(Cloud cloud, const QString &tenant, const QString &clientId)
{
    if (clientId.trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(Clouds::info(cloud).loginHost());
    const QString t = tenant.trimmed().isEmpty() ? QStringLiteral("organizations") : tenant.trimmed();
    url.setPath(QLatin1Char('/') + t + QStringLiteral("/adminconsent"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("client_id"), clientId.trimmed());
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

bool consentApplies(const QString &findingId)
{
    return findingId == QLatin1String("consent-missing") ||
           findingId == QLatin1String("modern-auth-not-configured");
}

QList<SignInRef> signInRefs(const Engine::Result &result)
{
    QList<SignInRef> out;
    for (const Engine::CheckResult &c : result.checks) {
        for (const Engine::Evidence &e : c.evidence) {
            const QString host = e.host();
            if (!Clouds::loginInstanceOfHost(host) || !e.url.contains(QLatin1String("/token")))
                continue;
            if (e.status == 200)
                continue; // the sign-in worked
            SignInRef ref;
            ref.source = Engine::checkTitle(c.id).render();
            ref.host = host;
            if (result.started.isValid())
                ref.time = result.started.toUTC().addMSecs(e.startedMs);
            const QJsonObject body = QJsonDocument::fromJson(e.bodyExcerpt.toUtf8()).object();
            ref.correlationId = body.value(QStringLiteral("correlation_id")).toString();
            ref.traceId = body.value(QStringLiteral("trace_id")).toString();
            ref.timestamp = body.value(QStringLiteral("timestamp")).toString();
            const QJsonArray codes = body.value(QStringLiteral("error_codes")).toArray();
            if (!codes.isEmpty())
                ref.code = QStringLiteral("AADSTS%1").arg(codes.first().toInteger());
            if (ref.correlationId.isEmpty())
                ref.correlationId = c.facts.value(QStringLiteral("correlation_id")).toString();
            if (ref.traceId.isEmpty())
                ref.traceId = c.facts.value(QStringLiteral("trace_id")).toString();
            if (ref.timestamp.isEmpty())
                ref.timestamp = c.facts.value(QStringLiteral("timestamp")).toString();
            if (ref.code.isEmpty())
                ref.code = e.status > 0 ? QStringLiteral("HTTP %1").arg(e.status) : e.networkErrorCode;
            out << ref;
        }
    }
    // The migration tool's own failed sign-in, from the pasted error: the most useful one, since it
    // is the sign-in the project made.
    const QString text = Redaction::maskSecrets(result.inputs.errorText);
    SignInRef pasted;
    pasted.source = T::tr("The migration tool's error message");
    const QString guid = QStringLiteral("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                        "[0-9a-fA-F]{12})");
    pasted.correlationId = matchFirst(text, QStringLiteral("correlation[ _-]?id\\W{1,4}") + guid);
    pasted.traceId = matchFirst(text, QStringLiteral("trace[ _-]?id\\W{1,4}") + guid);
    pasted.timestamp = matchFirst(
        text,
        QStringLiteral("timestamp\\W{1,4}(\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z?)"));
    pasted.code = matchFirst(text, QStringLiteral("\\b(AADSTS\\d{4,7})\\b"));
    if (!pasted.correlationId.isEmpty() || !pasted.traceId.isEmpty())
        out.prepend(pasted);
    return out;
}

QStringList signInLogSteps(Cloud cloud, AuthMethod auth)
{
    QStringList steps;
    steps << T::tr("Sign in to the Microsoft Entra admin center (%1) as at least a Reports Reader and open "
                   "Entra ID > Monitoring & health > Sign-in logs.")
                 .arg(entraPortal(cloud));
    steps
        << (auth == AuthMethod::AppOnly
                ? T::tr("Open the tab Service principal sign-ins (the app signs in with its client ID and "
                        "secret, without a user).")
                : T::tr(
                      "Stay on the tab User sign-ins (interactive): a sign-in with a user name and password "
                      "is logged there."));
    steps << T::tr("Set Date to Custom time range around the time below. The times here are UTC; the portal "
                   "shows your local time.");
    steps << T::tr(
        "Select Add filters > Correlation ID and paste the correlation ID; or Add filters > Request "
        "ID with the trace ID (the error's Trace ID is the sign-in's Request ID).");
    steps << T::tr("Open the entry: Basic info shows the sign-in error code and the failure reason; the "
                   "Conditional Access tab shows which policy applied and what it required.");
    return steps;
}

QList<AdminCommand> signInLogCommands(Cloud cloud, const QString &tenant, const QString &correlationId)
{
    HandoffContext ctx;
    ctx.cloud = cloud;
    ctx.tenantId = tenant;
    const QString id =
        guidPattern().match(correlationId).hasMatch() ? correlationId : QStringLiteral("<correlation-id>");
    return {
        connectGraph(ctx, {QStringLiteral("AuditLog.Read.All"), QStringLiteral("Directory.Read.All")}),
        {T::tr("The user sign-in with this correlation ID (Microsoft Graph returns sign-in logs only with an "
               "Entra ID P1 or P2 licence; the admin center shows them with every edition)."),
         QStringLiteral("Get-MgAuditLogSignIn -Filter \"correlationId eq '%1'\" | Format-List "
                        "CreatedDateTime,UserPrincipalName,AppDisplayName,Status,ConditionalAccessStatus")
             .arg(id)}};
}

} // namespace AuthDoctor::Report
