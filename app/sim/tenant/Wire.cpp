#include "Wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace AuthDoctor::Sim::Tenant {

QByteArray orderedJson(const JsonFields &fields)
{
    QByteArray out("{");
    bool first = true;
    for (const auto &f : fields) {
        if (f.second.isUndefined())
            continue;
        if (!first)
            out += ',';
        first = false;
        const QByteArray key = QJsonDocument(QJsonArray{f.first}).toJson(QJsonDocument::Compact);
        const QByteArray value = QJsonDocument(QJsonArray{f.second}).toJson(QJsonDocument::Compact);
        out += key.mid(1, key.size() - 2);
        out += ':';
        out += value.mid(1, value.size() - 2);
    }
    out += '}';
    return out;
}

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString entraTimestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ssZ"));
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

bool sameServiceCloud(Cloud a, Cloud b)
{
    const auto norm = [](Cloud c) { return c == Cloud::Gcc ? Cloud::Commercial : c; };
    return norm(a) == norm(b);
}

QByteArray msDiagnostics(int code, const QString &reason, const char *category)
{
    return QByteArray::number(code) + ";reason=\"" + reason.toUtf8() + "\";error_category=\"" + category +
           '"';
}

void addExchangeHeaders(SimResponse &r, const QByteArray &frontEnd)
{
    r.setHeader("Cache-Control", "private");
    r.setHeader("Server", "Microsoft-IIS/10.0");
    r.setHeader("request-id", utf8(newGuid()));
    r.setHeader("X-FEServer", frontEnd);
    r.setHeader("X-Powered-By", "ASP.NET");
}

QByteArray exchangeBearerChallenge(const QByteArray &issuerRealm, const QByteArray &loginHost,
                                   bool invalidToken)
{
    QByteArray v = "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                   "trusted_issuers=\"00000001-0000-0000-c000-000000000000@" +
                   issuerRealm +
                   "\", token_types=\"app_asserted_user_v1 service_asserted_app_v1\", "
                   "authorization_uri=\"https://" +
                   loginHost + "/common/oauth2/authorize\"";
    if (invalidToken)
        v += ", error=\"invalid_token\"";
    return v;
}

QString queryValue(const SimRequest &r, const QString &name)
{
    const auto items = r.query().queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    return {};
}

QByteArray bearerToken(const SimRequest &r)
{
    const QByteArray v = r.header("Authorization").trimmed();
    const qsizetype sp = v.indexOf(' ');
    if (sp < 0 || QByteArrayView(v.left(sp)).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return v.mid(sp + 1).trimmed();
}

bool basicCredentials(const SimRequest &r, QString *user, QString *password)
{
    const QByteArray v = r.header("Authorization").trimmed();
    const qsizetype sp = v.indexOf(' ');
    if (sp < 0 || QByteArrayView(v.left(sp)).compare("Basic", Qt::CaseInsensitive) != 0)
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(v.mid(sp + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    *user = text.left(colon);
    *password = text.mid(colon + 1);
    return true;
}

} // namespace AuthDoctor::Sim::Tenant
