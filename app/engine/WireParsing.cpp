#include "WireParsing.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamReader>

namespace AuthDoctor::Engine::Wire {

namespace {

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

void skipSpaces(const QString &s, qsizetype &i)
{
    while (i < s.size() && (s.at(i) == QLatin1Char(' ') || s.at(i) == QLatin1Char('\t')))
        ++i;
}

QString readToken(const QString &s, qsizetype &i)
{
    const qsizetype start = i;
    while (i < s.size() && isTokenChar(s.at(i)))
        ++i;
    return s.mid(start, i - start);
}

QString readQuoted(const QString &s, qsizetype &i)
{
    // s.at(i) == '"'
    QString out;
    ++i;
    while (i < s.size() && s.at(i) != QLatin1Char('"')) {
        if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size())
            ++i;
        out += s.at(i);
        ++i;
    }
    if (i < s.size())
        ++i; // closing quote
    return out;
}

void parseOne(const QString &s, QList<Challenge> &out)
{
    qsizetype i = 0;
    Challenge *current = nullptr;
    while (i < s.size()) {
        skipSpaces(s, i);
        if (i < s.size() && s.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        const qsizetype itemStart = i;
        const QString tok = readToken(s, i);
        if (tok.isEmpty()) {
            ++i; // stray character
            continue;
        }
        skipSpaces(s, i);
        if (i < s.size() && s.at(i) == QLatin1Char('=') && current) {
            // auth-param of the current challenge (or a token68 ending in '=')
            qsizetype j = i;
            while (j < s.size() && s.at(j) == QLatin1Char('='))
                ++j;
            skipSpaces(s, j);
            if (j - i > 1 || j >= s.size() || s.at(j) == QLatin1Char(',')) {
                // token68 with padding
                if (current->token68.isEmpty() && current->params.isEmpty())
                    current->token68 = s.mid(itemStart, j - itemStart).trimmed();
                i = j;
                continue;
            }
            i = j;
            QString value;
            if (s.at(i) == QLatin1Char('"'))
                value = readQuoted(s, i);
            else {
                const qsizetype vs = i;
                while (i < s.size() && s.at(i) != QLatin1Char(','))
                    ++i;
                value = s.mid(vs, i - vs).trimmed();
            }
            current->params.insert(tok.toLower(), value);
            continue;
        }
        // A new scheme; maybe followed by a token68 or a first param.
        out.append(Challenge{tok, {}, {}});
        current = &out.last();
        skipSpaces(s, i);
        if (i < s.size() && s.at(i) != QLatin1Char(',')) {
            const qsizetype save = i;
            const QString next = readToken(s, i);
            qsizetype k = i;
            skipSpaces(s, k);
            const bool isParam = !next.isEmpty() && k < s.size() && s.at(k) == QLatin1Char('=') &&
                                 (k + 1 >= s.size() || s.at(k + 1) != QLatin1Char('='));
            if (isParam) {
                i = save; // parsed as a param on the next round
            } else {
                // token68: up to the next comma or space
                i = save;
                const qsizetype ts = i;
                while (i < s.size() && s.at(i) != QLatin1Char(',') && s.at(i) != QLatin1Char(' '))
                    ++i;
                current->token68 = s.mid(ts, i - ts);
            }
        }
    }
}

} // namespace

QList<Challenge> parseChallenges(const QList<QByteArray> &headerValues)
{
    QList<Challenge> out;
    for (const QByteArray &v : headerValues)
        // Qt may fold several header lines into one with "\n" or ", ".
        for (const QByteArray &line : v.split('\n'))
            parseOne(QString::fromLatin1(line), out);
    return out;
}

QStringList schemesOf(const QList<Challenge> &challenges)
{
    QStringList out;
    for (const Challenge &c : challenges) {
        bool seen = false;
        for (const QString &s : std::as_const(out))
            seen = seen || s.compare(c.scheme, Qt::CaseInsensitive) == 0;
        if (!seen)
            out << c.scheme;
    }
    return out;
}

TokenError parseTokenError(const QByteArray &body)
{
    TokenError e;
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (!doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.error = o.value(QStringLiteral("error")).toString();
    e.suberror = o.value(QStringLiteral("suberror")).toString();
    const QString desc = o.value(QStringLiteral("error_description")).toString();
    e.description = desc.section(QRegularExpression(QStringLiteral("\\r?\\n")), 0, 0);
    for (const QJsonValue &v : o.value(QStringLiteral("error_codes")).toArray())
        e.codes << v.toInteger();
    if (e.codes.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("AADSTS(\\d{4,9})"));
        auto it = re.globalMatch(desc);
        while (it.hasNext())
            e.codes << it.next().captured(1).toLongLong();
    }
    e.traceId = o.value(QStringLiteral("trace_id")).toString();
    e.correlationId = o.value(QStringLiteral("correlation_id")).toString();
    e.timestamp = o.value(QStringLiteral("timestamp")).toString();
    e.valid = !e.error.isEmpty() || !e.codes.isEmpty();
    return e;
}

QJsonObject jwtClaims(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() < 2)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                         QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    return doc.isObject() ? doc.object() : QJsonObject();
}

QString tokenFingerprint(const QByteArray &token)
{
    return QStringLiteral("sha256:") +
           QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex().left(8));
}

MsDiagnostics parseMsDiagnostics(const QString &value)
{
    MsDiagnostics d;
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    d.code = (semi < 0 ? value : value.left(semi)).trimmed();
    static const QRegularExpression reason(QStringLiteral("reason=\"([^\"]*)\""));
    static const QRegularExpression category(QStringLiteral("(?:error_)?category=\"([^\"]*)\""));
    d.reason = reason.match(value).captured(1);
    d.category = category.match(value).captured(1);
    return d;
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

EwsResponse parseEwsResponse(const QByteArray &body)
{
    EwsResponse r;
    QXmlStreamReader xml(body);
    xml.setNamespaceProcessing(true);
    int depth = 0;
    while (!xml.atEnd() && depth < 64) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView name = xml.name();
            if (name == u"Envelope")
                r.isSoap = true;
            if (r.responseClass.isEmpty()) {
                const QString rc = xml.attributes().value(QStringLiteral("ResponseClass")).toString();
                if (!rc.isEmpty())
                    r.responseClass = rc;
            }
            if (name == u"ResponseCode" && r.responseCode.isEmpty())
                r.responseCode = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(), --depth;
            else if (name == u"MessageText" && r.messageText.isEmpty())
                r.messageText = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(), --depth;
            else if (name == u"faultcode")
                r.faultCode = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(), --depth;
            else if (name == u"faultstring")
                r.faultString = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed(), --depth;
            else if (name == u"Value" &&
                     xml.attributes().value(QStringLiteral("Name")) == QLatin1String("BackOffMilliseconds")) {
                r.backOffMs = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toLongLong();
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    // A broken document says nothing for sure, whatever it held before the break ("NoError").
    if (xml.hasError() && !body.trimmed().isEmpty()) {
        r.malformed = true;
        r.isSoap = false;
        r.responseClass.clear();
        r.responseCode.clear();
    }
    // "a:ErrorServerBusy" → "ErrorServerBusy"
    for (QString *s : {&r.responseCode, &r.faultCode}) {
        const qsizetype colon = s->lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            *s = s->mid(colon + 1);
    }
    if (r.responseCode.isEmpty() && r.faultCode.startsWith(QLatin1String("Error")))
        r.responseCode = r.faultCode;
    return r;
}

} // namespace AuthDoctor::Engine::Wire
