// Findings where the mailbox or OneDrive does not exist (yet) where the
// project looks for it (seed sections "If Microsoft Entra Connect is used to
// create the mailboxes", "OneDrive Migrations", the 24-hour provisioning note
// and the "DatabaseNotFoundException" error form).
#include "FindingTexts.h"

namespace AuthDoctor::FindingsDetail {

void Texts::mailboxNotFound(Finding &f)
{
    f.title = tr("There is no mailbox for this address where the project looks");
    f.explanation = tr("Exchange could not find a mailbox for the address in the project. The address may be "
                       "mistyped or only an alias of another object, the user may have no Exchange Online "
                       "licence (the \"Exchange Foundation\" plan does not count), or the mailbox is still "
                       "on-premises, soft-deleted or inactive. The sign-in itself may be fine.");
    f.steps = {
        tr("Check the address (Exchange Online PowerShell): %1")
            .arg(QStringLiteral("Get-EXOMailbox -Identity user@contoso.com | Format-List "
                                "UserPrincipalName,PrimarySmtpAddress,RecipientTypeDetails")),
        tr("Check the licence: Microsoft 365 admin center > Users > Active users > the user > Licenses and "
           "apps; a licence with Exchange Online (Plan 1 or Plan 2, Kiosk or Essentials) must be assigned "
           "and its Exchange app switched on."),
        tr("Or list the service plans: %1")
            .arg(QStringLiteral(
                "Get-MgUserLicenseDetail -UserId user@contoso.com | Select-Object -ExpandProperty "
                "ServicePlans | Format-Table ServicePlanName,ProvisioningStatus")),
        tr("Soft-deleted mailbox: %1; restore it or create the user again.")
            .arg(QStringLiteral("Get-Mailbox -SoftDeletedMailbox -Identity user@contoso.com")),
        tr("If the mailbox is still on Exchange Server, point this side of the project at the on-premises "
           "server instead of Exchange Online."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::Helpdesk};
    f.whoText = tr("Tenant admin (licence and mailbox); helpdesk (address in the project)");
    f.timeToApply = tr("After a licence is assigned the mailbox usually appears within minutes, but it can "
                       "take up to 24 hours for new accounts.");
    f.links = {
        assignLicenses(),
        m365AdminCenter(),
        exchangeAdminCenter(),
        connectivityAnalyzer(),
    };
}

void Texts::newAccountNotReady(Finding &f)
{
    f.title = tr("The account was created recently and is not fully provisioned yet");
    f.explanation = tr("New Microsoft 365 accounts can take up to 24 hours until the mailbox or OneDrive is "
                       "fully provisioned. During that time the admin center may already look fine while "
                       "programs such as the migration tool still get errors. Waiting is the fix; deleting "
                       "and recreating the account restarts the clock.");
    f.steps = {
        tr("Check when the account was created: %1")
            .arg(
                QStringLiteral("Get-MgUser -UserId user@contoso.com -Property AccountEnabled,CreatedDateTime "
                               "| Format-List AccountEnabled,CreatedDateTime")),
        tr("Check the licence state: Microsoft 365 admin center > Users > Active users > the user > Licenses "
           "and apps; apps still shown as being set up are not ready."),
        tr("Wait until 24 hours have passed since creation; do not delete and recreate the account "
           "meanwhile."),
        verifyCredentialsStep(),
        tr("Resubmit the migration for the account once Verify credentials succeeds."),
    };
    f.who = {Actor::Helpdesk};
    f.whoText = tr("Helpdesk (wait, then verify again)");
    f.timeToApply = tr("Up to 24 hours for new accounts.");
    f.links = {
        getMgUser(),
        m365AdminCenter(),
    };
}

void Texts::mailboxNotInstantiated(Finding &f)
{
    f.title = tr("The synchronized user has a licence but no mailbox in Exchange Online");
    f.explanation = tr("The user comes from on-premises Active Directory through Microsoft Entra Connect and "
                       "has an Exchange Online licence, but Exchange Online never created a mailbox. This "
                       "usually happens when on-premises Exchange attributes (such as a mailbox GUID) were "
                       "synchronized, so Exchange Online believes the mailbox still lives on-premises, or "
                       "when provisioning failed and left the object incomplete.");
    f.steps = {
        tr("Sign in to https://outlook.office.com as the user; a redirect to the on-premises server or an "
           "error confirms that there is no cloud mailbox."),
        tr("Microsoft 365 admin center > Users > Active users > the user > Mail: a note that the user's "
           "mailbox has not been migrated (or is on-premises) confirms it."),
        tr("In Exchange Online PowerShell: %1 (MailUser instead of UserMailbox means no cloud mailbox).")
            .arg(QStringLiteral(
                "Get-User -Identity user@contoso.com | Format-List RecipientType,RecipientTypeDetails")),
        tr("In a hybrid organization, create the cloud mailbox the supported way from on-premises Exchange "
           "(%1) or move the on-premises mailbox; then run a sync on the Entra Connect server: %2")
            .arg(QStringLiteral(
                     "Enable-RemoteMailbox user -RemoteRoutingAddress user@contoso.mail.onmicrosoft.com"),
                 QStringLiteral("Start-ADSyncSyncCycle -PolicyType Delta")),
        tr("If the object is incomplete or corrupt, delete and recreate the user (or its mailbox) in "
           "Microsoft 365 only after checking it holds no data, or open a case with Microsoft."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::ExchangeAdmin};
    f.whoText = tr("Tenant admin and the on-premises Exchange admin");
    f.timeToApply =
        tr("After the next Microsoft Entra Connect synchronization (every 30 minutes by default, or right "
           "away with Start-ADSyncSyncCycle); creating the mailbox can then take up to 24 hours.");
    f.links = {
        entraConnectScheduler(),
        link(tr("Microsoft Learn: Enable-RemoteMailbox"),
             "https://learn.microsoft.com/en-us/powershell/module/exchange/enable-remotemailbox"),
        m365AdminCenter(),
        exchangeAdminCenter(),
    };
}

void Texts::databaseNotFound(Finding &f)
{
    f.title = tr("Exchange cannot reach the mailbox database");
    f.explanation =
        tr("The sign-in reached Exchange, but the database that holds the mailbox could not be opened. On "
           "Exchange Server the database may be dismounted, failing over or overloaded; in Exchange Online "
           "and on-premises the mailbox may be in the middle of a move. This is usually temporary, but the "
           "migration fails until the database is reachable again.");
    f.steps = {
        tr("Exchange Online: check for a running move with %1 and wait for it to finish.")
            .arg(QStringLiteral(
                "Get-MoveRequest -Identity user@contoso.com | Format-List Status,PercentComplete")),
        tr("Exchange Server: find the mailbox's database with %1.")
            .arg(QStringLiteral("Get-Mailbox -Identity user | Format-List Database")),
        tr("Check that the database is mounted and healthy: %1")
            .arg(QStringLiteral("Get-MailboxDatabaseCopyStatus * | Format-Table "
                                "Name,Status,CopyQueueLength,ContentIndexState")),
        tr("Mount it if needed (Mount-Database) and look at the Application event log on the mailbox "
           "server."),
        tr("For an account created within the last 24 hours, wait for provisioning to finish."),
        verifyCredentialsStep(),
        tr("Resubmit the failed items."),
    };
    f.who = {Actor::ExchangeAdmin, Actor::Helpdesk};
    f.whoText = tr("Exchange admin; helpdesk resubmits");
    f.timeToApply = tr(
        "As soon as the database is mounted or the mailbox move has finished; resubmit the migration then.");
    f.links = {
        link(tr("Microsoft Learn: Get-MailboxDatabaseCopyStatus"),
             "https://learn.microsoft.com/en-us/powershell/module/exchange/get-mailboxdatabasecopystatus"),
        connectivityAnalyzer(),
        exchangeAdminCenter(),
    };
}

void Texts::onedriveNotProvisioned(Finding &f)
{
    f.title = tr("The user's OneDrive has not been created yet");
    f.explanation = tr("A OneDrive is only created when the user first opens it or when an admin "
                       "pre-provisions it; a licence alone is not enough. Until then there is nothing to "
                       "migrate from or into, and Microsoft answers \"User's mysite not found\". On the "
                       "source side, a blocked, unlicensed or long-inactive user gives the same result.");
    f.steps = {
        tr("Make sure the user has a licence that includes OneDrive (SharePoint Plan 1 or Plan 2)."),
        tr("Either let the user sign in once at https://www.office.com and open OneDrive, or pre-provision "
           "it (SharePoint Online Management Shell, as SharePoint or Global Administrator): %1")
            .arg(QStringLiteral("Connect-SPOService -Url https://contoso-admin.sharepoint.com; "
                                "Request-SPOPersonalSite -UserEmails user@contoso.com")),
        tr("Source OneDrive: check that the user is not blocked or disabled, is licensed for OneDrive in the "
           "source tenant and has used it recently."),
        tr("Make sure the migration admin has the rights the project needs: Global Administrator, or Site "
           "Collection Administrator on the OneDrive (see MigrationWiz Permission Requirements)."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::EndUser};
    f.whoText =
        tr("Tenant admin (SharePoint or Global Administrator); or the end user by opening OneDrive once");
    f.timeToApply = tr("Pre-provisioning is queued; full provisioning can take up to 24 hours.");
    f.links = {
        preProvisionOneDrive(),
        bitTitanPermissionRequirements(),
        m365AdminCenter(),
    };
}

void Texts::onedriveNotLicensed(Finding &f)
{
    f.title = tr("The user (or the tenant) has no licence for OneDrive");
    f.explanation = tr("OneDrive needs a SharePoint Online service plan (SharePoint Plan 1 or Plan 2) on the "
                       "user's licence, and the tenant needs an active SharePoint subscription. Without it "
                       "no OneDrive can be created or opened, so the migration fails for this user.");
    f.steps = {
        tr("Microsoft 365 admin center > Users > Active users > the user > Licenses and apps: assign a "
           "licence that includes OneDrive/SharePoint and make sure the SharePoint app is switched on."),
        tr("Check the plans: %1")
            .arg(QStringLiteral(
                "Get-MgUserLicenseDetail -UserId user@contoso.com | Select-Object -ExpandProperty "
                "ServicePlans | Where-Object ServicePlanName -like 'SHAREPOINT*'")),
        tr("If the whole tenant reports no SharePoint licence, check Microsoft 365 admin center > Billing > "
           "Your products."),
        tr("Then let the OneDrive be provisioned (user opens it once, or Request-SPOPersonalSite)."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (licence administrator)");
    f.timeToApply =
        tr("The licence applies within minutes; creating the OneDrive can then take up to 24 hours.");
    f.links = {
        assignLicenses(),
        preProvisionOneDrive(),
        m365AdminCenter(),
    };
}

} // namespace AuthDoctor::FindingsDetail
