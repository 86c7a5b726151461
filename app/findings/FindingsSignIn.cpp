// Findings about the account itself: its name, its password and what the
// sign-in asks for beyond them (seed sections "Username and/or Password
// incorrect" and "Unexpected Input During Login").
#include "FindingTexts.h"

namespace AuthDoctor::FindingsDetail {

void Texts::wrongPassword(Finding &f)
{
    f.title = tr("The password in the project is wrong");
    f.explanation =
        tr("Microsoft 365 or the Exchange server rejected the user name and password the migration tool "
           "uses. The most common reasons are a typo or a password that was changed after the project was "
           "set up. Nothing else can be checked until the sign-in itself works.");
    f.steps = {
        tr("Open a private browser window and sign in at https://outlook.office.com (Exchange Online) or at "
           "your Outlook on the web address (Exchange Server) with exactly the user name and password from "
           "the project."),
        tr("If that sign-in fails too, have the password reset: Microsoft 365 admin center > Users > Active "
           "users > select the user > Reset password (for accounts synchronized from Active Directory, reset "
           "it on-premises). Clear \"Require this user to change their password when they first sign in\" "
           "for a migration account."),
        editEndpointStep(),
        tr("Type the user name and password again exactly as they worked in the browser (no leading or "
           "trailing spaces, which Microsoft's password sign-in does not support) and save."),
        verifyCredentialsStep(),
        signInLogStep(),
    };
    f.who = {Actor::Helpdesk, Actor::EndUser};
    f.whoText = tr("Helpdesk (re-enter the password in the project); the end user or an admin if the "
                   "password has to be reset");
    f.timeToApply =
        tr("Immediately after the password is re-entered. A password changed in on-premises Active Directory "
           "reaches Microsoft 365 with the next password hash synchronization (about 2 minutes).");
    f.links = {
        ropc(), signInLogs(), aadstsReference(), m365AdminCenter(), bitTitanCredentials(),
    };
}

void Texts::wrongUsername(Finding &f)
{
    f.title = tr("The user name in the project is not the account's sign-in name");
    f.explanation = tr("The directory has no account with the user name the project uses, or the account "
                       "lives in another tenant. A frequent cause is an email alias typed where the sign-in "
                       "name (the user principal name, UPN) is required; the two often differ. Source and "
                       "destination accounts that were swapped in the project give the same error.");
    f.steps = {
        tr("Find the sign-in name: Microsoft 365 admin center > Users > Active users > select the user; the "
           "\"Username\" shown there is the UPN."),
        tr("Or in Exchange Online PowerShell: %1")
            .arg(QStringLiteral("Get-EXOMailbox -Identity alias@contoso.com | Format-List "
                                "UserPrincipalName,PrimarySmtpAddress")),
        tr("Or with Microsoft Graph PowerShell: %1")
            .arg(
                QStringLiteral("Get-MgUser -UserId user@contoso.com -Property "
                               "UserPrincipalName,Mail,ProxyAddresses | Format-List UserPrincipalName,Mail")),
        tr("Check that the account belongs to the tenant of this side of the project (source or "
           "destination); a guest account from another tenant cannot be used."),
        tr("For Exchange Server, use the form the server accepts (DOMAIN\\user or the UPN)."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk};
    f.whoText = tr("Helpdesk");
    f.timeToApply = tr("Immediately after the correct user name is entered in the project.");
    f.links = {
        getMgUser(),
        aadstsReference(),
        m365AdminCenter(),
    };
}

void Texts::federatedSignIn(Finding &f)
{
    f.title = tr("The account signs in through a federation server (AD FS or another identity provider)");
    f.explanation =
        tr("The account's domain is federated, so its password is checked by an on-premises AD FS or a "
           "third-party identity provider instead of Microsoft Entra ID. Migration tools that send a user "
           "name and password directly cannot complete such a sign-in unless the tenant also validates cloud "
           "passwords, and the sign-in also fails when the federation server cannot be reached. AADSTS50056 "
           "means Entra ID holds no password for this user.");
    f.steps = {
        tr("Confirm the domain type: open %1 and look at NameSpaceType (Federated or Managed).")
            .arg(QStringLiteral(
                "https://login.microsoftonline.com/getuserrealm.srf?login=user@contoso.com&json=1")),
        tr("For Exchange Online projects, prefer modern authentication with an app registration (client and "
           "tenant ID) so that no user password is sent at all."),
        tr("Or use a cloud-only admin account (user@yourtenant.onmicrosoft.com) as the migration account; "
           "cloud-only accounts are never federated."),
        tr("Only if user password sign-in must stay: enable password hash synchronization in Microsoft Entra "
           "Connect and assign a home realm discovery policy with AllowCloudPasswordValidation to the "
           "migration tool's app (Microsoft Graph PowerShell: New-MgPolicyHomeRealmDiscoveryPolicy)."),
        tr("If AuthDoctor reported the federation server as unreachable (FederatedStsUnreachable), check "
           "that AD FS is reachable from the internet and that its certificate is valid."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin, Actor::Helpdesk};
    f.whoText = tr("Tenant admin (sign-in method); helpdesk (project settings)");
    f.timeToApply = tr("Immediately for a cloud-only account or app-only authentication. A change to "
                       "password hash synchronization or a home realm discovery policy can take longer; "
                       "check again after the next directory synchronization (30 minutes by default).");
    f.links = {
        link(tr("Microsoft Learn: Home realm discovery policy"),
             "https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/home-realm-discovery-policy"),
        link(tr("Microsoft Learn: Password hash synchronization"),
             "https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/"
             "how-to-connect-password-hash-synchronization"),
        ropc(),
        bitTitanAuthenticationMethods(),
    };
}

void Texts::mfaRequired(Finding &f)
{
    f.title = tr("The account must use multifactor authentication (MFA)");
    f.explanation =
        tr("The password was accepted, but Microsoft Entra ID then asked for a second factor (an "
           "authenticator app, a text message or a third-party MFA). A migration tool signs in without "
           "anyone at the keyboard, so it cannot answer that prompt and gets 401. The requirement comes from "
           "a Conditional Access policy, per-user MFA or a third-party MFA provider.");
    f.steps = {
        signInLogStep(),
        tr("Best fix for Exchange Online projects: switch the endpoint to modern authentication with an app "
           "registration (client and tenant ID, application permission full_access_as_app); app-only sign-in "
           "involves no user and no MFA prompt."),
        tr("Or exclude only the migration account from the policy that requires MFA: Entra admin center > "
           "Entra ID > Conditional Access > Policies > open the policy > Users > Exclude > add the account, "
           "then Save."),
        tr("If per-user MFA is on: Entra admin center > Entra ID > Users > All users > Per-user MFA > select "
           "the migration account > Disable MFA."),
        tr("If a third-party MFA provider (for example Duo) asks (AADSTS50158), add the exclusion there."),
        tr("Do not turn MFA off for everyone; limit the exclusion to the migration account and remove it "
           "after the migration."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (Conditional Access or authentication administrator)");
    f.timeToApply = tr("Conditional Access and per-user MFA changes usually apply within a few minutes; the "
                       "next sign-in (Verify credentials) picks them up.");
    f.links = {
        conditionalAccessTroubleshooting(),
        link(tr("Microsoft Learn: Enable per-user Microsoft Entra multifactor authentication"),
             "https://learn.microsoft.com/en-us/entra/identity/authentication/howto-mfa-userstates"),
        ropc(),
        ewsOAuth(),
        signInLogs(),
        entraAdminCenter(),
        bitTitanAuthenticationMethods(),
    };
}

void Texts::passwordExpired(Finding &f)
{
    f.title = tr("The password has expired or must be changed");
    f.explanation = tr(
        "The password was right, but the account must change it (or complete a password-reset registration) "
        "before it may sign in. The migration tool cannot change a password, so every sign-in fails until a "
        "person does. Which AADSTS code Microsoft returns for \"must change password at next sign-in\" is "
        "not documented, so AuthDoctor reports the related codes under this finding.");
    f.steps = {
        tr("Have the user sign in once interactively at https://myaccount.microsoft.com and change the "
           "password when asked (AADSTS50055, 50135)."),
        tr("If the password expired in on-premises Active Directory (AADSTS50144), change it there and let "
           "password hash synchronization carry it to Microsoft 365."),
        tr("If asked to register for password reset (AADSTS50125), complete the registration at "
           "https://mysignins.microsoft.com/security-info."),
        tr("For a dedicated migration account, stop cloud password expiry: %1")
            .arg(QStringLiteral("Update-MgUser -UserId svc-migration@contoso.com -PasswordPolicies "
                                "DisablePasswordExpiration")),
        editEndpointStep(),
        tr("Enter the new password and save."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::EndUser, Actor::Helpdesk};
    f.whoText = tr("End user (changes the password); helpdesk (re-enters it in the project)");
    f.timeToApply = tr("Immediately after the new password is entered in the project. On-premises changes "
                       "reach Microsoft 365 with the next password hash synchronization (about 2 minutes).");
    f.links = {
        link(tr("Microsoft Learn: How self-service password reset works"),
             "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-howitworks"),
        aadstsReference(),
        signInLogs(),
    };
}

void Texts::accountPicker(Finding &f)
{
    f.title = tr("The sign-in asks which account to use");
    f.explanation =
        tr("When this address belongs to more than one account (for example a work account and a personal "
           "Microsoft account), the sign-in page asks which one to use. A migration tool cannot answer that "
           "question, so it fails with 401. AuthDoctor relies on your answer for this finding; Microsoft's "
           "account-type hints are only a clue, never proof.");
    f.steps = {
        tr("In a private browser window sign in at https://portal.office.com with the project's user name "
           "and note whether a \"Work or school account\" / \"Personal account\" chooser (or any other extra "
           "question) appears."),
        tr("If it does, use a sign-in name that exists only as a work account, such as the "
           "user@yourtenant.onmicrosoft.com address, as the migration account."),
        tr("Or let the end user move the personal Microsoft account to another email address at "
           "https://account.microsoft.com so the work address becomes unambiguous."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::EndUser};
    f.whoText = tr("Helpdesk; the end user if their personal account has to be changed");
    f.timeToApply =
        tr("Immediately after the project uses a sign-in name that leads straight to the work account.");
    f.links = {
        m365AdminCenter(),
        signInLogs(),
    };
}

void Texts::accountLocked(Finding &f)
{
    f.title = tr("The account is locked after too many failed sign-ins");
    f.explanation =
        tr("Microsoft Entra smart lockout (or on-premises Active Directory) has locked the account because "
           "of repeated wrong passwords, often from an old password still saved in the migration project or "
           "on a device. Entra ID uses the same code when sign-ins come from an address it considers "
           "malicious. Every retry with the wrong password extends the lockout.");
    f.steps = {
        tr("Pause the migration and stop re-running Verify credentials until the cause is fixed."),
        signInLogStep(),
        tr("Find what keeps sending the old password (the project, a phone, a script) and update or stop "
           "it."),
        tr("On-premises accounts: %1").arg(QStringLiteral("Unlock-ADAccount -Identity svc-migration")),
        tr("If the password is in doubt, reset it (Microsoft 365 admin center > Users > Active users > "
           "select the user > Reset password) and enter the new one in the project."),
        editEndpointStep(),
        verifyCredentialsStep(),
    };
    f.who = {Actor::Helpdesk, Actor::TenantAdmin};
    f.whoText = tr("Helpdesk; tenant admin to read the sign-in logs or reset the password");
    f.timeToApply =
        tr("Smart lockout lifts by itself after the lockout period (1 minute by default, longer after "
           "repeated failures). On-premises: after the unlock or the domain's lockout duration.");
    f.links = {
        link(tr("Microsoft Learn: Protect user accounts from attacks with Microsoft Entra smart lockout"),
             "https://learn.microsoft.com/en-us/entra/identity/authentication/howto-password-smart-lockout"),
        signInLogs(),
        aadstsReference(),
    };
}

void Texts::accountDisabled(Finding &f)
{
    f.title = tr("The account is disabled or blocked from signing in");
    f.explanation =
        tr("The account exists but is disabled in Microsoft Entra ID or in on-premises Active Directory, so "
           "every sign-in fails whatever the password. This often happens to leavers whose mailbox or "
           "OneDrive is still being migrated. A disabled admin account blocks the whole project.");
    f.steps = {
        tr("Check the state: %1")
            .arg(QStringLiteral(
                "Get-MgUser -UserId user@contoso.com -Property AccountEnabled,OnPremisesSyncEnabled | "
                "Format-List AccountEnabled,OnPremisesSyncEnabled")),
        tr("Cloud accounts: Microsoft 365 admin center > Users > Active users > select the user > Block "
           "sign-in > clear \"Block this user from signing in\" > Save (or Entra admin center > Entra ID > "
           "Users > select the user > Edit properties > Settings > Account enabled)."),
        tr("Accounts synchronized from Active Directory (OnPremisesSyncEnabled true): enable the account "
           "on-premises (%1) and wait for the next synchronization.")
            .arg(QStringLiteral("Enable-ADAccount -Identity user")),
        tr("If the user must stay disabled, migrate with an admin account or app-only access instead of the "
           "user's own credentials."),
        verifyCredentialsStep(),
    };
    f.who = {Actor::TenantAdmin};
    f.whoText = tr("Tenant admin (or the on-premises Active Directory admin for synchronized accounts)");
    f.timeToApply = tr("Cloud accounts: within a few minutes. Synchronized accounts: after the next "
                       "Microsoft Entra Connect synchronization (every 30 minutes by default).");
    f.links = {
        entraConnectScheduler(),
        m365AdminCenter(),
        entraAdminCenter(),
        bitTitanPermissionRequirements(),
    };
}

} // namespace AuthDoctor::FindingsDetail
