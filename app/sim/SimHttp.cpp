#include "SimHttp.h"

#include "core/Redaction.h"

#include <QRegularExpression>
#include <QUrl>

namespace AuthDoctor::Sim {

QByteArray SimRequest::rawPath() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QString SimRequest::path() const
{
    return QUrl::fromPercentEncoding(rawPath());
}

QUrlQuery SimRequest::query() const
{
    const qsizetype q = target.indexOf('?');
    if (q < 0)
        return {};
    return QUrlQuery(QString::fromUtf8(target.mid(q + 1)));
}

QByteArray SimRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QList<QByteArray> SimRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            out << h.second;
    return out;
}

bool SimRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString SimRequest::authScheme() const
{
    return authorizationScheme(header("Authorization"));
}

QString authorizationScheme(const QByteArray &authorizationValue)
{
    // Only names from this list are ever returned, so that a malformed header
    // (a bare token or password without a scheme) cannot leak into a log.
    static const char *const kSchemes[] = {
        "Basic", "Bearer", "Negotiate", "NTLM",        "Digest",        "Kerberos",         "PoP",
        "HOBA",  "Mutual", "OAuth",     "SCRAM-SHA-1", "SCRAM-SHA-256", "AWS4-HMAC-SHA256", "MSAuth1.0"};
    const QByteArray v = authorizationValue.trimmed();
    if (v.isEmpty())
        return {};
    qsizetype end = 0;
    while (end < v.size() && v.at(end) != ' ' && v.at(end) != '\t')
        ++end;
    const QByteArrayView scheme(v.constData(), end);
    for (const char *known : kSchemes)
        if (scheme.compare(QByteArrayView(known), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(known);
    return QStringLiteral("unknown");
}

QString SimRequest::logPath() const
{
    // Without the query and the fragment (both can carry user names and secrets), percent-decoded.
    qsizetype end = target.size();
    for (const char c : {'?', '#'})
        if (const qsizetype at = target.indexOf(c); at >= 0 && at < end)
            end = at;
    QString path = QUrl::fromPercentEncoding(target.left(end));
    // The whole user info of a URL inside the path ("/go/https://user:secret@host/", "//user@host/"),
    // then every credential core/Redaction knows (";password=…", a token segment).
    static const QRegularExpression userInfo(QStringLiteral("(?:^|[A-Za-z][A-Za-z0-9+.-]*:)//([^/?#\\s]*)@"));
    for (auto it = userInfo.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = m.capturedStart(1); i < m.capturedEnd(1); ++i)
            path[i] = u'*';
    }
    return Redaction::maskSecrets(path);
}

QString SimRequest::url() const
{
    const bool defaultPort = (tls && port == 443) || (!tls && port == 80);
    QString s = (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
    if (!defaultPort)
        s += QLatin1Char(':') + QString::number(port);
    return s + logPath();
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return name.compare(h.first, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

void SimResponse::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

SimResponse SimResponse::json(int status, const QByteArray &json, const QString &rule)
{
    SimResponse r;
    r.status = status;
    r.body = json;
    r.rule = rule;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SimResponse SimResponse::xml(int status, const QByteArray &xml, const QString &rule)
{
    SimResponse r;
    r.status = status;
    r.body = xml;
    r.rule = rule;
    r.setHeader("Content-Type", "text/xml; charset=utf-8");
    return r;
}

SimResponse SimResponse::empty(int status, const QString &rule)
{
    SimResponse r;
    r.status = status;
    r.rule = rule;
    return r;
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

QByteArray standardReasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 456:
        return "Unrecoverable Error";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        break;
    case Fault::ConnectionResetByPeer:
        return QStringLiteral("CONNECTION_RESET_BY_PEER");
    case Fault::EmptyResponse:
        return QStringLiteral("EMPTY_RESPONSE");
    case Fault::MalformedResponseChunk:
        return QStringLiteral("MALFORMED_RESPONSE_CHUNK");
    case Fault::RandomDataThenClose:
        return QStringLiteral("RANDOM_DATA_THEN_CLOSE");
    case Fault::NoResponse:
        return QStringLiteral("NO_RESPONSE");
    }
    return {};
}

namespace {
constexpr Fault kFaults[] = {Fault::ConnectionResetByPeer, Fault::EmptyResponse,
                             Fault::MalformedResponseChunk, Fault::RandomDataThenClose, Fault::NoResponse};
}

std::optional<Fault> faultFromName(const QString &name)
{
    for (const Fault f : kFaults)
        if (faultName(f) == name)
            return f;
    return std::nullopt;
}

QStringList faultNames()
{
    QStringList out;
    for (const Fault f : kFaults)
        out << faultName(f);
    return out;
}

} // namespace AuthDoctor::Sim
