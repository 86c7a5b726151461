#pragma once

#include "Wire.h"

#include <QList>
#include <QString>

// EWS SOAP: reading a request (QXmlStreamReader) and writing responses and
// faults in the shapes of facts §1.5 and §2.4. Shared by Exchange Online and the
// on-premises server, which differ only in who may do what (ExchangeOnline.cpp,
// OnPremExchange.cpp) — the mailbox logic is in runEws().
namespace AuthDoctor::Sim::Tenant::Ews {

struct FolderRef
{
    QString distinguishedId; // "inbox", … (empty for a FolderId)
    QString mailbox;         // DistinguishedFolderId/Mailbox/EmailAddress (delegate access)
    QString folderId;        // FolderId/@Id
};

struct Request
{
    bool wellFormed = false;
    QString parseError; // for ErrorSchemaValidation
    qint64 errorLine = 0;
    qint64 errorColumn = 0;
    QString operation; // local name of the first child of soap:Body ("GetFolder")
    QString version;   // RequestServerVersion/@Version ("" when absent)
    bool impersonation = false;
    QString impersonatedSmtp; // ConnectingSID/PrimarySmtpAddress or SmtpAddress
    QString impersonatedUpn;  // ConnectingSID/PrincipalName
    QString impersonatedSid;  // ConnectingSID/SID
    QString baseShape;        // FolderShape/BaseShape
    QList<FolderRef> folders;

    QString impersonatedAddress() const;
};

Request parse(const QByteArray &body);

// The server answering (version numbers for ServerVersionInfo).
struct Server
{
    int major = 15, minor = 20, build = 8880, revision = 25;
    QString schemaVersion = QStringLiteral("V2018_01_08");
    QStringList supportedVersions; // RequestServerVersion values accepted
};
Server exchangeOnlineServer();
Server onPremServer(const QString &version); // "15.2.1544.4"

QByteArray fault(const QString &code, const QString &message,
                 const QList<QPair<QString, QString>> &messageXml = {});
QByteArray schemaFault(const Request &r);

// One GetFolderResponseMessage (success when responseCode is "NoError").
struct FolderResult
{
    QString responseCode = QStringLiteral("NoError");
    QString messageText;
    QString folderId;
    QString changeKey;
    QString displayName;
    QString elementName = QStringLiteral("Folder"); // Folder, CalendarFolder, ContactsFolder, TasksFolder
};
QByteArray getFolderResponse(const Server &s, const QList<FolderResult> &results, const QString &baseShape);

QString folderIdFor(const QString &mailbox, const QString &distinguishedId);
bool decodeFolderId(const QString &id, QString *mailbox, QString *distinguishedId);
bool isDistinguishedFolder(const QString &id);
QString folderElement(const QString &distinguishedId);
QString folderDisplayName(const QString &distinguishedId);

// What an authenticated caller may do; filled by the site (EXO or on-prem).
struct Caller
{
    const User *user = nullptr; // null for an app-only token
    bool appOnly = false;
    bool mayImpersonate = false; // app-only full_access_as_app (EXO) / ApplicationImpersonation (on-prem)
    bool fullAccessAll = false;  // delegate access to every mailbox of the site
};

struct Site
{
    bool cloud = true; // Exchange Online, else the on-prem server
    Server server;
    bool databaseOnline = true;
};

// Runs an EWS request for an authenticated caller and returns status + body.
// Header-level problems (impersonation, the impersonated mailbox) are SOAP
// faults with HTTP 500; per-folder problems are ResponseClass="Error" with 200.
struct Outcome
{
    int status = 200;
    QByteArray body;
    QString rule;
    QString anchorMailbox; // the mailbox the request ended up in (for X-CalculatedBETarget)
};
Outcome run(const Context &ctx, const Site &site, const Caller &caller, const Request &request);

} // namespace AuthDoctor::Sim::Tenant::Ews
