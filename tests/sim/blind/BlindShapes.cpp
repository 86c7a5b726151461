// Request shapes copied from ../shared/reference/m365-auth-facts.md §1.3–§1.5, and
// the readers for what comes back.
#include "BlindHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace AuthDoctor::BlindTest {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList parts;
    for (const auto &f : fields)
        parts << QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    return parts.join('&');
}

Request tokenRequest(const QString &host, const QString &tenant, const QList<QPair<QString, QString>> &fields)
{
    Request r;
    r.method = "POST";
    r.url = QStringLiteral("https://%1/%2/oauth2/v2.0/token").arg(host, tenant);
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = formEncode(fields);
    return r;
}

Request ropc(const QString &tenant, const QString &clientId, const QString &upn, const QString &password,
             const QString &scope)
{
    return tokenRequest(QStringLiteral("login.microsoftonline.com"), tenant,
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("username"), upn},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("grant_type"), QStringLiteral("password")}});
}

Request clientCredentials(const QString &tenant, const QString &clientId, const QString &secret,
                          const QString &scope)
{
    QList<QPair<QString, QString>> fields = {{QStringLiteral("client_id"), clientId},
                                             {QStringLiteral("scope"), scope}};
    if (!secret.isEmpty())
        fields.append({QStringLiteral("client_secret"), secret});
    fields.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
    return tokenRequest(QStringLiteral("login.microsoftonline.com"), tenant, fields);
}

QByteArray ewsGetFolder(const QString &impersonate, const QString &delegateMailbox)
{
    QString header = QStringLiteral("<t:RequestServerVersion Version=\"Exchange2013_SP1\"/>");
    if (!impersonate.isEmpty())
        header += QStringLiteral("<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>%1"
                                 "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>")
                      .arg(impersonate);
    const QString folder =
        delegateMailbox.isEmpty()
            ? QStringLiteral("<t:DistinguishedFolderId Id=\"inbox\"/>")
            : QStringLiteral("<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>%1"
                             "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>")
                  .arg(delegateMailbox);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
               "               xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"\n"
               "               xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n"
               "  <soap:Header>%1</soap:Header>\n"
               "  <soap:Body>\n"
               "    <m:GetFolder>\n"
               "      <m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>\n"
               "      <m:FolderIds>%2</m:FolderIds>\n"
               "    </m:GetFolder>\n"
               "  </soap:Body>\n"
               "</soap:Envelope>\n")
        .arg(header, folder)
        .toUtf8();
}

Request ews(const QString &host, const QString &impersonate, const QString &anchor)
{
    Request r;
    r.method = "POST";
    r.url = QStringLiteral("https://%1/EWS/Exchange.asmx").arg(host);
    r.headers = {{"Content-Type", "text/xml; charset=utf-8"}, {"User-Agent", "AuthDoctorBlindTest/1.0"}};
    if (!anchor.isEmpty())
        r.headers.append({"X-AnchorMailbox", anchor.toUtf8()});
    r.body = ewsGetFolder(impersonate);
    return r;
}

QByteArray poxBody(const QString &email)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
               "<Autodiscover "
               "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006\">\n"
               "  <Request>\n"
               "    <EMailAddress>%1</EMailAddress>\n"
               "    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/"
               "responseschema/2006a</AcceptableResponseSchema>\n"
               "  </Request>\n"
               "</Autodiscover>\n")
        .arg(email)
        .toUtf8();
}

QByteArray soapGetUserSettings(const QString &mailbox, const QString &to)
{
    QString settings;
    for (const char *s : {"AutoDiscoverSMTPAddress", "ExternalEwsUrl", "InternalEwsUrl",
                          "EwsSupportedSchemas", "CasVersion", "UserMSOnline", "UserDisplayName"})
        settings += QStringLiteral("<a:Setting>%1</a:Setting>").arg(QLatin1String(s));
    return QStringLiteral(
               "<?xml version='1.0' encoding='utf-8'?>\n"
               "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
               "            xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\"\n"
               "            xmlns:wsa=\"http://www.w3.org/2005/08/addressing\"\n"
               "            xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
               "  <s:Header>\n"
               "    <a:RequestedServerVersion>Exchange2013</a:RequestedServerVersion>\n"
               "    <wsa:Action>http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/"
               "GetUserSettings</wsa:Action>\n"
               "    <wsa:To>%2</wsa:To>\n"
               "  </s:Header>\n"
               "  <s:Body>\n"
               "    <a:GetUserSettingsRequestMessage>\n"
               "      <a:Request>\n"
               "        <a:Users><a:User><a:Mailbox>%1</a:Mailbox></a:User></a:Users>\n"
               "        <a:RequestedSettings>%3</a:RequestedSettings>\n"
               "      </a:Request>\n"
               "    </a:GetUserSettingsRequestMessage>\n"
               "  </s:Body>\n"
               "</s:Envelope>\n")
        .arg(mailbox, to, settings)
        .toUtf8();
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QJsonObject jwtClaims(const QByteArray &token)
{
    const QByteArrayList parts = token.split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload =
        QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QJsonDocument::fromJson(payload).object();
}

std::optional<QString> jsonAt(const QByteArray &body, const QString &path)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonValue v = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const QString &key : path.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (v.isArray() && isIndex) {
            if (index < 0 || index >= v.toArray().size())
                return std::nullopt;
            v = v.toArray().at(index);
        } else if (v.isObject() && v.toObject().contains(key)) {
            v = v.toObject().value(key);
        } else {
            return std::nullopt;
        }
    }
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

int aadstsCode(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonArray codes = o.value(QStringLiteral("error_codes")).toArray();
    if (!codes.isEmpty())
        return codes.at(0).toInt();
    static const QRegularExpression re(QStringLiteral("AADSTS(\\d+)"));
    const auto m = re.match(o.value(QStringLiteral("error_description")).toString());
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace AuthDoctor::BlindTest
