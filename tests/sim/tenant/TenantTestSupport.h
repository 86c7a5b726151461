#pragma once

// Helpers for the tenant-model tests: requests as the proxy would hand them to
// TenantModel::handle(), token acquisition, JWT decoding, EWS bodies and a
// small client-side NTLMv2 written independently of the model's implementation.

#include "sim/SimHttp.h"
#include "sim/tenant/TenantModel.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <memory>

namespace TenantTest {

using AuthDoctor::Sim::HeaderList;
using AuthDoctor::Sim::SimRequest;
using AuthDoctor::Sim::SimResponse;
using AuthDoctor::Sim::TenantModel;

inline const QString kDelegatedApp = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
inline const QString kAppOnlyApp = QStringLiteral("9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a");
inline const QString kAppOnlySecret = QStringLiteral("Cx8Q~appOnlySecretValue.Contoso-2026");
inline const QString kTenantId = QStringLiteral("6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19");
inline const QString kEwsScope = QStringLiteral("https://outlook.office365.com/EWS.AccessAsUser.All");
inline const QString kExoDefault = QStringLiteral("https://outlook.office365.com/.default");
inline const QString kGraphDefault = QStringLiteral("https://graph.microsoft.com/.default");
inline constexpr qint64 kNow = 1767258000000; // 2026-01-01T09:00:00Z

// A model on the healthy tenant with `overrides` (JSON text of authdoctor.tenant) applied and a fixed clock.
inline std::unique_ptr<TenantModel> makeModel(const QByteArray &overrides = {}, qint64 now = kNow)
{
    QString error;
    auto m = TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error);
    if (!m)
        return nullptr;
    auto model = std::make_unique<TenantModel>(std::move(*m));
    if (!overrides.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(overrides).object();
        if (!model->applyOverrides(o, QStringLiteral("$.authdoctor.tenant"), &error)) {
            qWarning("override error: %s", qPrintable(error));
            return nullptr;
        }
    }
    model->setClock([now] { return now; });
    return model;
}

inline SimRequest request(const QByteArray &method, const QString &url, const HeaderList &headers = {},
                          const QByteArray &body = {})
{
    const QUrl u(url);
    SimRequest r;
    r.method = method;
    r.host = u.host().toLower();
    r.tls = u.scheme() == QLatin1String("https");
    r.port = quint16(u.port(r.tls ? 443 : 80));
    r.target = u.path(QUrl::FullyEncoded).toUtf8();
    if (u.hasQuery())
        r.target += '?' + u.query(QUrl::FullyEncoded).toUtf8();
    r.headers = headers;
    r.headers.prepend({"Host", r.host.toUtf8()});
    r.body = body;
    return r;
}

inline QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

inline QJsonObject json(const SimResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

inline QList<QByteArray> headers(const SimResponse &r, const QByteArray &name)
{
    QList<QByteArray> out;
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out << h.second;
    return out;
}

inline QByteArray header(const SimResponse &r, const QByteArray &name)
{
    const auto all = headers(r, name);
    return all.isEmpty() ? QByteArray() : all.first();
}

inline int aadsts(const SimResponse &r)
{
    return json(r).value(QStringLiteral("error_codes")).toArray().first().toInt();
}

inline SimResponse tokenRequest(TenantModel &m, const QList<QPair<QString, QString>> &fields,
                                const QString &tenant = QStringLiteral("contoso.com"),
                                const QString &host = QStringLiteral("login.microsoftonline.com"))
{
    const auto r =
        m.handle(request("POST", QStringLiteral("https://%1/%2/oauth2/v2.0/token").arg(host, tenant),
                         {{"Content-Type", "application/x-www-form-urlencoded"}}, form(fields)));
    return r.value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

inline SimResponse ropc(TenantModel &m, const QString &user, const QString &password,
                        const QString &scope = kEwsScope, const QString &clientId = kDelegatedApp)
{
    return tokenRequest(m, {{QStringLiteral("client_id"), clientId},
                            {QStringLiteral("scope"), scope},
                            {QStringLiteral("username"), user},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("grant_type"), QStringLiteral("password")}});
}

inline SimResponse clientCredentials(TenantModel &m, const QString &scope = kExoDefault,
                                     const QString &secret = kAppOnlySecret,
                                     const QString &clientId = kAppOnlyApp,
                                     const QString &host = QStringLiteral("login.microsoftonline.com"))
{
    return tokenRequest(m,
                        {{QStringLiteral("client_id"), clientId},
                         {QStringLiteral("scope"), scope},
                         {QStringLiteral("client_secret"), secret},
                         {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                        QStringLiteral("contoso.com"), host);
}

inline QByteArray accessToken(const SimResponse &r)
{
    return json(r).value(QStringLiteral("access_token")).toString().toLatin1();
}

inline QJsonObject jwtPart(const QByteArray &token, int index)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(index), QByteArray::Base64UrlEncoding))
        .object();
}

inline QByteArray delegatedToken(TenantModel &m, const QString &user, const QString &password,
                                 const QString &scope = kEwsScope)
{
    return accessToken(ropc(m, user, password, scope));
}

inline QByteArray appToken(TenantModel &m, const QString &scope = kExoDefault)
{
    return accessToken(clientCredentials(m, scope));
}

// An unsigned JWT-shaped token with the given claims (for shapes the token endpoint never issues).
inline QByteArray craftToken(const QJsonObject &claims)
{
    const auto seg = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return seg(QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")},
                           {QStringLiteral("alg"), QStringLiteral("none")}}) +
           '.' + seg(claims) + '.';
}

inline QByteArray getFolderBody(const QString &impersonate = {}, const QString &mailbox = {},
                                const QString &version = QStringLiteral("Exchange2013_SP1"),
                                const QString &folder = QStringLiteral("inbox"))
{
    QString x = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
        "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><soap:Header>");
    if (!version.isEmpty())
        x += QStringLiteral("<t:RequestServerVersion Version=\"%1\"/>").arg(version);
    if (!impersonate.isEmpty())
        x += QStringLiteral(
                 "<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>%1</t:PrimarySmtpAddress>"
                 "</t:ConnectingSID></t:ExchangeImpersonation>")
                 .arg(impersonate);
    x += QStringLiteral(
             "</soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape>"
             "</m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"%1\">")
             .arg(folder);
    if (!mailbox.isEmpty())
        x += QStringLiteral("<t:Mailbox><t:EmailAddress>%1</t:EmailAddress></t:Mailbox>").arg(mailbox);
    x += QStringLiteral("</t:DistinguishedFolderId></m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>");
    return x.toUtf8();
}

inline SimResponse ews(TenantModel &m, const QByteArray &authorization, const QByteArray &body,
                       const QString &host = QStringLiteral("outlook.office365.com"))
{
    HeaderList h{{"Content-Type", "text/xml; charset=utf-8"}};
    if (!authorization.isEmpty())
        h.append({"Authorization", authorization});
    const auto r =
        m.handle(request("POST", QStringLiteral("https://%1/EWS/Exchange.asmx").arg(host), h, body));
    return r.value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

inline QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// ---- a small client-side NTLMv2 (MS-NLMP), independent of the model's code ----
namespace NtlmClient {

inline void le16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xff));
    b.append(char(v >> 8));
}
inline void le32(QByteArray &b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xff));
}
inline quint16 rd16(const QByteArray &b, int at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}
inline quint32 rd32(const QByteArray &b, int at)
{
    return quint32(rd16(b, at)) | (quint32(rd16(b, at + 2)) << 16);
}
inline QByteArray unicode(const QString &s)
{
    QByteArray out;
    for (QChar c : s)
        le16(out, c.unicode());
    return out;
}

inline QByteArray type1()
{
    QByteArray m("NTLMSSP\0", 8);
    le32(m, 1);
    le32(m, 0x00000001 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00080000 | 0x00800000 | 0x20000000 |
                0x80000000);
    m += QByteArray(16, '\0'); // domain and workstation fields: empty
    return m;
}

struct Challenge
{
    quint32 flags = 0;
    QByteArray serverChallenge;
    QByteArray targetInfo;
    QString targetName;
};

inline Challenge parseType2(const QByteArray &m)
{
    Challenge c;
    if (m.size() < 48 || !m.startsWith(QByteArray("NTLMSSP\0", 8)) || rd32(m, 8) != 2)
        return c;
    c.flags = rd32(m, 20);
    c.serverChallenge = m.mid(24, 8);
    c.targetName =
        QString::fromUtf16(reinterpret_cast<const char16_t *>(m.constData() + rd32(m, 16)), rd16(m, 12) / 2);
    c.targetInfo = m.mid(rd32(m, 44), rd16(m, 40));
    return c;
}

inline QList<QPair<quint16, QByteArray>> avPairs(const QByteArray &info)
{
    QList<QPair<quint16, QByteArray>> out;
    int at = 0;
    while (at + 4 <= info.size()) {
        const quint16 id = rd16(info, at);
        const quint16 len = rd16(info, at + 2);
        if (id == 0)
            break;
        out.append({id, info.mid(at + 4, len)});
        at += 4 + len;
    }
    return out;
}

// The AUTHENTICATE_MESSAGE; with channelBindings an MsvAvChannelBindings pair is added.
inline QByteArray type3(const Challenge &c, const QString &user, const QString &domain,
                        const QString &password, bool channelBindings)
{
    const QByteArray ntHash = QCryptographicHash::hash(unicode(password), QCryptographicHash::Md4);
    const QByteArray key =
        QMessageAuthenticationCode::hash(unicode(user.toUpper() + domain), ntHash, QCryptographicHash::Md5);
    QByteArray info;
    QByteArray timestamp(8, '\0');
    for (const auto &p : avPairs(c.targetInfo)) {
        if (p.first == 7)
            timestamp = p.second;
        le16(info, p.first);
        le16(info, quint16(p.second.size()));
        info += p.second;
    }
    if (channelBindings) {
        le16(info, 10);
        le16(info, 16);
        info += QCryptographicHash::hash("tls-server-end-point:simulated", QCryptographicHash::Md5);
    }
    le32(info, 0); // MsvAvEOL
    QByteArray blob;
    blob.append(char(1));
    blob.append(char(1));
    blob += QByteArray(6, '\0');
    blob += timestamp;
    blob += QByteArray::fromHex("0102030405060708"); // client challenge
    blob += QByteArray(4, '\0');
    blob += info;
    blob += QByteArray(4, '\0');
    const QByteArray proof =
        QMessageAuthenticationCode::hash(c.serverChallenge + blob, key, QCryptographicHash::Md5);
    const QByteArray nt = proof + blob;
    const QByteArray lm(24, '\0');
    const QByteArray dom = unicode(domain);
    const QByteArray usr = unicode(user);
    const QByteArray ws = unicode(QStringLiteral("WS01"));
    QByteArray m("NTLMSSP\0", 8);
    le32(m, 3);
    quint32 offset = 64;
    for (const QByteArray *f : {&lm, &nt, &dom, &usr, &ws}) {
        le16(m, quint16(f->size()));
        le16(m, quint16(f->size()));
        le32(m, offset);
        offset += quint32(f->size());
    }
    le16(m, 0); // session key: empty
    le16(m, 0);
    le32(m, offset);
    le32(m, c.flags & ~quint32(0x40000000));
    m += lm + nt + dom + usr + ws;
    return m;
}

} // namespace NtlmClient

} // namespace TenantTest
