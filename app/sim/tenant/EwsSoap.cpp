#include "EwsSoap.h"

#include "Jwt.h"

#include <QXmlStreamReader>

namespace AuthDoctor::Sim::Tenant::Ews {

namespace {

const QString kSoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString kSoap12Ns = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
const QString kTypesNs = QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/types");
const QString kMessagesNs = QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/messages");

const QStringList kDistinguished{QStringLiteral("inbox"),
                                 QStringLiteral("calendar"),
                                 QStringLiteral("contacts"),
                                 QStringLiteral("deleteditems"),
                                 QStringLiteral("drafts"),
                                 QStringLiteral("journal"),
                                 QStringLiteral("notes"),
                                 QStringLiteral("outbox"),
                                 QStringLiteral("sentitems"),
                                 QStringLiteral("tasks"),
                                 QStringLiteral("msgfolderroot"),
                                 QStringLiteral("root"),
                                 QStringLiteral("junkemail"),
                                 QStringLiteral("searchfolders"),
                                 QStringLiteral("voicemail"),
                                 QStringLiteral("recoverableitemsroot"),
                                 QStringLiteral("recoverableitemsdeletions"),
                                 QStringLiteral("archiveroot"),
                                 QStringLiteral("archivemsgfolderroot"),
                                 QStringLiteral("conversationhistory")};

const QStringList kAllVersions{
    QStringLiteral("Exchange2007"),     QStringLiteral("Exchange2007_SP1"), QStringLiteral("Exchange2010"),
    QStringLiteral("Exchange2010_SP1"), QStringLiteral("Exchange2010_SP2"), QStringLiteral("Exchange2013"),
    QStringLiteral("Exchange2013_SP1"), QStringLiteral("Exchange2015"),     QStringLiteral("Exchange2016"),
    QStringLiteral("V2015_10_05"),      QStringLiteral("V2016_01_06"),      QStringLiteral("V2016_04_13"),
    QStringLiteral("V2016_07_13"),      QStringLiteral("V2016_10_10"),      QStringLiteral("V2017_01_07"),
    QStringLiteral("V2017_04_14"),      QStringLiteral("V2017_07_11"),      QStringLiteral("V2017_10_09"),
    QStringLiteral("V2018_01_08")};

QStringList versionsUpTo(const QString &last)
{
    return kAllVersions.mid(0, kAllVersions.indexOf(last) + 1);
}

QString envelopeStart()
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                          "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">");
}

} // namespace

QString Request::impersonatedAddress() const
{
    return !impersonatedSmtp.isEmpty() ? impersonatedSmtp : impersonatedUpn;
}

Request parse(const QByteArray &body)
{
    Request r;
    if (body.trimmed().isEmpty()) {
        r.parseError = QStringLiteral("The request is empty.");
        return r;
    }
    QXmlStreamReader xml(body);
    QStringList stack;
    bool sawEnvelope = false;
    bool inBody = false;
    int bodyDepth = -1;
    qsizetype current = -1; // index of the DistinguishedFolderId being read
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            const QString ns = xml.namespaceUri().toString();
            if (stack.isEmpty()) {
                if (name != QLatin1String("Envelope") || (ns != kSoapNs && ns != kSoap12Ns)) {
                    r.parseError = QStringLiteral("The root element must be a SOAP Envelope.");
                    r.errorLine = xml.lineNumber();
                    r.errorColumn = xml.columnNumber();
                    return r;
                }
                sawEnvelope = true;
            }
            stack << name;
            if (name == QLatin1String("Body") && (ns == kSoapNs || ns == kSoap12Ns) && stack.size() == 2) {
                inBody = true;
                bodyDepth = int(stack.size());
            } else if (inBody && int(stack.size()) == bodyDepth + 1 && r.operation.isEmpty()) {
                r.operation = name;
            } else if (name == QLatin1String("RequestServerVersion") && ns == kTypesNs) {
                r.version = xml.attributes().value(QStringLiteral("Version")).toString();
            } else if (name == QLatin1String("ExchangeImpersonation") && ns == kTypesNs) {
                r.impersonation = true;
            } else if (r.impersonation && stack.contains(QStringLiteral("ConnectingSID")) &&
                       (name == QLatin1String("PrimarySmtpAddress") ||
                        name == QLatin1String("SmtpAddress"))) {
                r.impersonatedSmtp = xml.readElementText().trimmed();
                stack.removeLast();
            } else if (r.impersonation && stack.contains(QStringLiteral("ConnectingSID")) &&
                       name == QLatin1String("PrincipalName")) {
                r.impersonatedUpn = xml.readElementText().trimmed();
                stack.removeLast();
            } else if (r.impersonation && stack.contains(QStringLiteral("ConnectingSID")) &&
                       name == QLatin1String("SID")) {
                r.impersonatedSid = xml.readElementText().trimmed();
                stack.removeLast();
            } else if (inBody && name == QLatin1String("BaseShape")) {
                r.baseShape = xml.readElementText().trimmed();
                stack.removeLast();
            } else if (inBody && name == QLatin1String("DistinguishedFolderId")) {
                r.folders.append(FolderRef{xml.attributes().value(QStringLiteral("Id")).toString(), {}, {}});
                current = r.folders.size() - 1;
            } else if (inBody && name == QLatin1String("FolderId")) {
                r.folders.append(FolderRef{{}, {}, xml.attributes().value(QStringLiteral("Id")).toString()});
                current = -1;
            } else if (current >= 0 && name == QLatin1String("EmailAddress") &&
                       stack.contains(QStringLiteral("DistinguishedFolderId"))) {
                r.folders[current].mailbox = xml.readElementText().trimmed();
                stack.removeLast();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.isEmpty()) {
                if (stack.last() == QLatin1String("DistinguishedFolderId"))
                    current = -1;
                stack.removeLast();
            }
        }
    }
    if (xml.hasError() || !sawEnvelope) {
        r.parseError =
            xml.hasError() ? xml.errorString() : QStringLiteral("The request has no SOAP Envelope.");
        r.errorLine = xml.lineNumber();
        r.errorColumn = xml.columnNumber();
        return r;
    }
    r.wellFormed = true;
    return r;
}

Server exchangeOnlineServer()
{
    Server s;
    s.supportedVersions = kAllVersions;
    return s;
}

Server onPremServer(const QString &version)
{
    Server s;
    const QStringList parts = version.split(QLatin1Char('.'));
    s.major = parts.value(0).toInt();
    s.minor = parts.value(1).toInt();
    s.build = parts.value(2).toInt();
    s.revision = parts.value(3).toInt();
    if (s.major >= 15 && s.minor >= 2) {
        s.schemaVersion = QStringLiteral("V2017_07_11");
    } else if (s.major >= 15 && s.minor == 1) {
        s.schemaVersion = QStringLiteral("Exchange2016");
    } else if (s.major >= 15) {
        s.schemaVersion = QStringLiteral("Exchange2013_SP1");
    } else {
        s.schemaVersion = QStringLiteral("Exchange2010_SP2");
    }
    s.supportedVersions = versionsUpTo(s.schemaVersion);
    return s;
}

QByteArray fault(const QString &code, const QString &message,
                 const QList<QPair<QString, QString>> &messageXml)
{
    QString x = envelopeStart() +
                QStringLiteral(
                    "<s:Body><s:Fault><faultcode xmlns:a=\"%1\">a:%2</faultcode>"
                    "<faultstring xml:lang=\"en-US\">%3</faultstring><detail>"
                    "<e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">"
                    "%2</e:ResponseCode>"
                    "<e:Message xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">"
                    "%3</e:Message>")
                    .arg(kTypesNs, code, xmlEscape(message));
    if (!messageXml.isEmpty()) {
        x += QStringLiteral("<t:MessageXml xmlns:t=\"%1\">").arg(kTypesNs);
        for (const auto &v : messageXml)
            x += QStringLiteral("<t:Value Name=\"%1\">%2</t:Value>")
                     .arg(xmlEscape(v.first), xmlEscape(v.second));
        x += QStringLiteral("</t:MessageXml>");
    }
    x += QStringLiteral("</detail></s:Fault></s:Body></s:Envelope>");
    return utf8(x);
}

QByteArray schemaFault(const Request &r)
{
    const QString message = QStringLiteral("The request failed schema validation: %1").arg(r.parseError);
    return fault(QStringLiteral("ErrorSchemaValidation"), message,
                 {{QStringLiteral("LineNumber"), QString::number(r.errorLine)},
                  {QStringLiteral("LinePosition"), QString::number(r.errorColumn)},
                  {QStringLiteral("Violation"), r.parseError}});
}

QByteArray getFolderResponse(const Server &s, const QList<FolderResult> &results, const QString &baseShape)
{
    const bool ids = baseShape.compare(QLatin1String("IdOnly"), Qt::CaseInsensitive) == 0;
    QString x =
        envelopeStart() +
        QStringLiteral("<s:Header><h:ServerVersionInfo MajorVersion=\"%1\" MinorVersion=\"%2\" "
                       "MajorBuildNumber=\"%3\" MinorBuildNumber=\"%4\" Version=\"%5\" "
                       "xmlns:h=\"%6\" xmlns=\"%6\" "
                       "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></s:Header>")
            .arg(s.major)
            .arg(s.minor)
            .arg(s.build)
            .arg(s.revision)
            .arg(s.schemaVersion, kTypesNs) +
        QStringLiteral("<s:Body><m:GetFolderResponse xmlns:m=\"%1\" xmlns:t=\"%2\"><m:ResponseMessages>")
            .arg(kMessagesNs, kTypesNs);
    for (const FolderResult &f : results) {
        if (f.responseCode == QLatin1String("NoError")) {
            x += QStringLiteral("<m:GetFolderResponseMessage ResponseClass=\"Success\">"
                                "<m:ResponseCode>NoError</m:ResponseCode><m:Folders><t:%1>"
                                "<t:FolderId Id=\"%2\" ChangeKey=\"%3\"/>")
                     .arg(f.elementName, f.folderId, f.changeKey);
            if (!ids)
                x += QStringLiteral(
                         "<t:DisplayName>%1</t:DisplayName><t:TotalCount>0</t:TotalCount>"
                         "<t:ChildFolderCount>0</t:ChildFolderCount><t:UnreadCount>0</t:UnreadCount>")
                         .arg(xmlEscape(f.displayName));
            x += QStringLiteral("</t:%1></m:Folders></m:GetFolderResponseMessage>").arg(f.elementName);
        } else {
            x += QStringLiteral(
                     "<m:GetFolderResponseMessage ResponseClass=\"Error\"><m:MessageText>%1</m:MessageText>"
                     "<m:ResponseCode>%2</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                     "<m:Folders/></m:GetFolderResponseMessage>")
                     .arg(xmlEscape(f.messageText), f.responseCode);
        }
    }
    x += QStringLiteral("</m:ResponseMessages></m:GetFolderResponse></s:Body></s:Envelope>");
    return utf8(x);
}

QString folderIdFor(const QString &mailbox, const QString &distinguishedId)
{
    return QStringLiteral("AAMkA") +
           QString::fromLatin1(Jwt::base64Url(utf8(mailbox.toLower() + QLatin1Char('/') + distinguishedId)));
}

bool decodeFolderId(const QString &id, QString *mailbox, QString *distinguishedId)
{
    if (!id.startsWith(QLatin1String("AAMkA")))
        return false;
    const auto raw = Jwt::fromBase64Url(id.mid(5).toLatin1());
    if (!raw)
        return false;
    const QString text = QString::fromUtf8(*raw);
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || !isDistinguishedFolder(text.mid(slash + 1)))
        return false;
    *mailbox = text.left(slash);
    *distinguishedId = text.mid(slash + 1);
    return true;
}

bool isDistinguishedFolder(const QString &id)
{
    return kDistinguished.contains(id);
}

QString folderElement(const QString &distinguishedId)
{
    if (distinguishedId == QLatin1String("calendar"))
        return QStringLiteral("CalendarFolder");
    if (distinguishedId == QLatin1String("contacts"))
        return QStringLiteral("ContactsFolder");
    if (distinguishedId == QLatin1String("tasks"))
        return QStringLiteral("TasksFolder");
    if (distinguishedId == QLatin1String("searchfolders"))
        return QStringLiteral("SearchFolder");
    return QStringLiteral("Folder");
}

QString folderDisplayName(const QString &distinguishedId)
{
    static const QList<QPair<QString, QString>> names{
        {QStringLiteral("inbox"), QStringLiteral("Inbox")},
        {QStringLiteral("calendar"), QStringLiteral("Calendar")},
        {QStringLiteral("contacts"), QStringLiteral("Contacts")},
        {QStringLiteral("deleteditems"), QStringLiteral("Deleted Items")},
        {QStringLiteral("drafts"), QStringLiteral("Drafts")},
        {QStringLiteral("sentitems"), QStringLiteral("Sent Items")},
        {QStringLiteral("junkemail"), QStringLiteral("Junk Email")},
        {QStringLiteral("msgfolderroot"), QStringLiteral("Top of Information Store")},
        {QStringLiteral("tasks"), QStringLiteral("Tasks")},
        {QStringLiteral("outbox"), QStringLiteral("Outbox")}};
    for (const auto &n : names)
        if (n.first == distinguishedId)
            return n.second;
    return distinguishedId.left(1).toUpper() + distinguishedId.mid(1);
}

} // namespace AuthDoctor::Sim::Tenant::Ews
