// The mailbox side of EWS, shared by Exchange Online and the on-prem server:
// impersonation, delegate access, licences, database state (facts §1.5, §2.4).
#include "EwsSoap.h"

namespace AuthDoctor::Sim::Tenant::Ews {

namespace {

const User *lookup(const TenantState &t, const Site &site, const QString &address)
{
    const User *u = t.findUser(address);
    if (!u)
        return nullptr;
    if (site.cloud ? !t.isEntraUser(*u) : !t.isOnPremAccount(*u))
        return nullptr;
    return u;
}

bool hostedHere(const Site &site, const User *u)
{
    return u && u->mailbox == (site.cloud ? Mailbox::Cloud : Mailbox::OnPrem);
}

Outcome faultOutcome(const QString &code, const QString &message, const QString &rule)
{
    return Outcome{500, fault(code, message), rule, {}};
}

FolderResult failure(const QString &code, const QString &text)
{
    FolderResult f;
    f.responseCode = code;
    f.messageText = text;
    return f;
}

const QString kNoMailbox = QStringLiteral("The SMTP address has no mailbox associated with it.");

} // namespace

Outcome run(const Context &ctx, const Site &site, const Caller &caller, const Request &request)
{
    const TenantState &t = ctx.state;
    if (!request.wellFormed) {
        if (request.parseError == QLatin1String("The request is empty."))
            return faultOutcome(QStringLiteral("ErrorInvalidRequest"),
                                QStringLiteral("The request is invalid."),
                                QStringLiteral("tenant:ews-invalid-request"));
        return Outcome{500, schemaFault(request), QStringLiteral("tenant:ews-schema"), {}};
    }
    if (request.operation.isEmpty())
        return faultOutcome(QStringLiteral("ErrorInvalidRequest"), QStringLiteral("The request is invalid."),
                            QStringLiteral("tenant:ews-invalid-request"));
    if (!request.version.isEmpty() && !site.server.supportedVersions.contains(request.version))
        return faultOutcome(QStringLiteral("ErrorInvalidServerVersion"),
                            QStringLiteral("The specified server version is invalid."),
                            QStringLiteral("tenant:ews-server-version"));

    // Whose mailbox the request acts in.
    const User *acting = caller.user;
    if (request.impersonation) {
        if (!caller.mayImpersonate)
            return faultOutcome(
                QStringLiteral("ErrorImpersonateUserDenied"),
                QStringLiteral("The account does not have permission to impersonate the requested "
                               "user."),
                QStringLiteral("tenant:ews-impersonate-denied"));
        const QString address = request.impersonatedAddress();
        if (address.isEmpty() && request.impersonatedSid.isEmpty())
            return faultOutcome(QStringLiteral("ErrorInvalidExchangeImpersonationHeaderData"),
                                QStringLiteral("The impersonation principal name is invalid."),
                                QStringLiteral("tenant:ews-impersonation-header"));
        const User *target = address.isEmpty() ? nullptr : lookup(t, site, address);
        if (!hostedHere(site, target))
            return faultOutcome(QStringLiteral("ErrorNonExistentMailbox"), kNoMailbox,
                                QStringLiteral("tenant:ews-nonexistent-mailbox"));
        acting = target;
    } else if (caller.appOnly) {
        return faultOutcome(
            QStringLiteral("ErrorInvalidExchangeImpersonationHeaderData"),
            QStringLiteral("ExchangeImpersonation SOAP header must be present for this type of OAuth "
                           "token."),
            QStringLiteral("tenant:ews-impersonation-header"));
    }

    if (request.operation != QLatin1String("GetFolder"))
        return faultOutcome(
            QStringLiteral("ErrorInvalidRequest"),
            QStringLiteral("The request is invalid. (The simulated server implements GetFolder "
                           "only.)"),
            QStringLiteral("tenant:ews-unsupported-operation"));
    for (const FolderRef &f : request.folders)
        if (f.folderId.isEmpty() && !isDistinguishedFolder(f.distinguishedId)) {
            Request bad = request;
            bad.parseError =
                QStringLiteral("The 'Id' attribute is invalid - The value '%1' is invalid according "
                               "to its datatype 'http://schemas.microsoft.com/exchange/services/2006/"
                               "types:DistinguishedFolderIdNameType' - The Enumeration constraint "
                               "failed.")
                    .arg(f.distinguishedId);
            return Outcome{500, schemaFault(bad), QStringLiteral("tenant:ews-schema"), {}};
        }
    if (request.folders.isEmpty()) {
        Request bad = request;
        bad.parseError =
            QStringLiteral("The element 'GetFolder' has incomplete content. List of possible elements "
                           "expected: 'FolderIds'.");
        return Outcome{500, schemaFault(bad), QStringLiteral("tenant:ews-schema"), {}};
    }

    QList<FolderResult> results;
    QString rule = QStringLiteral("tenant:ews-getfolder");
    QString anchor = acting ? acting->upn : QString();
    for (const FolderRef &f : request.folders) {
        QString mailboxAddress = f.mailbox;
        QString distinguished = f.distinguishedId;
        if (!f.folderId.isEmpty() && !decodeFolderId(f.folderId, &mailboxAddress, &distinguished)) {
            results << failure(QStringLiteral("ErrorInvalidIdMalformed"), QStringLiteral("Id is malformed."));
            rule = QStringLiteral("tenant:ews-id-malformed");
            continue;
        }
        const User *owner = nullptr;
        if (mailboxAddress.isEmpty()) {
            if (!acting || acting->mailbox == Mailbox::None) {
                results << failure(
                    QStringLiteral("ErrorMissingEmailAddress"),
                    QStringLiteral("When making a request as an account that does not have a mailbox, "
                                   "you must specify the mailbox primary SMTP address for any "
                                   "distinguished folder Ids."));
                rule = QStringLiteral("tenant:ews-missing-email-address");
                continue;
            }
            owner = acting;
        } else {
            owner = lookup(t, site, mailboxAddress);
        }
        if (!hostedHere(site, owner)) {
            results << failure(QStringLiteral("ErrorNonExistentMailbox"), kNoMailbox);
            rule = QStringLiteral("tenant:ews-nonexistent-mailbox");
            continue;
        }
        if (owner != acting && !caller.appOnly && !caller.fullAccessAll) {
            results << failure(QStringLiteral("ErrorAccessDenied"),
                               QStringLiteral("Access is denied. Check credentials and try again."));
            rule = QStringLiteral("tenant:ews-access-denied");
            continue;
        }
        if (!owner->enabled) {
            results << failure(QStringLiteral("ErrorAccountDisabled"),
                               QStringLiteral("The account has been disabled."));
            rule = QStringLiteral("tenant:ews-account-disabled");
            continue;
        }
        if (site.cloud && !owner->hasExchangePlan()) {
            results << failure(QStringLiteral("ErrorInvalidLicense"),
                               QStringLiteral("The user doesn't have a valid license."));
            rule = QStringLiteral("tenant:ews-invalid-license");
            continue;
        }
        if (!site.databaseOnline) {
            results << failure(
                QStringLiteral("ErrorMailboxStoreUnavailable"),
                QStringLiteral("The mailbox database is temporarily unavailable., Cannot open "
                               "mailbox. Microsoft.Exchange.Data.Storage.DatabaseNotFoundException: "
                               "The database for mailbox %1 is not online.")
                    .arg(owner->upn));
            rule = QStringLiteral("tenant:ews-mailbox-store-unavailable");
            continue;
        }
        FolderResult ok;
        ok.folderId = folderIdFor(owner->upn, distinguished);
        ok.changeKey = QStringLiteral("AQAAABYAAAA") + folderIdFor(owner->upn, distinguished).right(8);
        ok.displayName = folderDisplayName(distinguished);
        ok.elementName = folderElement(distinguished);
        results << ok;
        anchor = owner->upn;
    }
    return Outcome{200, getFolderResponse(site.server, results, request.baseShape), rule, anchor};
}

} // namespace AuthDoctor::Sim::Tenant::Ews
