#include "Mapping.h"

#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace AuthDoctor::Sim {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Sim::Scenario)
};

using JsonPath::member;

const QStringList kMappingKeys = {QStringLiteral("name"),     QStringLiteral("priority"),
                                  QStringLiteral("request"),  QStringLiteral("response"),
                                  QStringLiteral("id"),       QStringLiteral("uuid"),
                                  QStringLiteral("metadata"), QStringLiteral("persistent")};
const QStringList kMappingUnsupported = {
    QStringLiteral("scenarioName"), QStringLiteral("requiredScenarioState"),
    QStringLiteral("newScenarioState"), QStringLiteral("postServeActions"),
    QStringLiteral("serveEventListeners")};

const QStringList kRequestKeys = {QStringLiteral("method"),          QStringLiteral("url"),
                                  QStringLiteral("urlPath"),         QStringLiteral("urlPattern"),
                                  QStringLiteral("urlPathPattern"),  QStringLiteral("host"),
                                  QStringLiteral("queryParameters"), QStringLiteral("headers"),
                                  QStringLiteral("bodyPatterns")};
const QStringList kRequestUnsupported = {QStringLiteral("urlPathTemplate"),
                                         QStringLiteral("pathParameters"),
                                         QStringLiteral("cookies"),
                                         QStringLiteral("basicAuthCredentials"),
                                         QStringLiteral("formParameters"),
                                         QStringLiteral("scheme"),
                                         QStringLiteral("port"),
                                         QStringLiteral("clientIp"),
                                         QStringLiteral("multipartPatterns"),
                                         QStringLiteral("customMatcher")};

const QStringList kResponseKeys = {QStringLiteral("status"),
                                   QStringLiteral("statusMessage"),
                                   QStringLiteral("headers"),
                                   QStringLiteral("body"),
                                   QStringLiteral("jsonBody"),
                                   QStringLiteral("base64Body"),
                                   QStringLiteral("fixedDelayMilliseconds"),
                                   QStringLiteral("chunkedDribbleDelay"),
                                   QStringLiteral("fault")};
const QStringList kResponseUnsupported = {QStringLiteral("bodyFileName"),
                                          QStringLiteral("transformers"),
                                          QStringLiteral("transformerParameters"),
                                          QStringLiteral("delayDistribution"),
                                          QStringLiteral("proxyBaseUrl"),
                                          QStringLiteral("proxyUrlPrefixToRemove"),
                                          QStringLiteral("additionalProxyRequestHeaders"),
                                          QStringLiteral("removeProxyRequestHeaders")};

// An integral JSON number within [min, max].
bool readInt(const QJsonObject &o, const QString &key, const QString &path, int min, int max, int *out,
             QString *error)
{
    const QJsonValue v = o.value(key);
    const QString p = member(path, key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d) {
        *error = JsonPath::wrongType(p, Text::tr("a whole number"), v);
        return false;
    }
    if (d < min || d > max) {
        *error = Text::tr("%1: %2 is out of range (%3 to %4)")
                     .arg(p, QString::number(d, 'g', 15), QString::number(min), QString::number(max));
        return false;
    }
    *out = int(d);
    return true;
}

bool readMatcherMap(const QJsonObject &o, const QString &key, const QString &path,
                    QList<QPair<QString, StringMatcher>> *out, QString *error)
{
    const QJsonValue v = o.value(key);
    const QString p = member(path, key);
    if (!v.isObject()) {
        *error = JsonPath::wrongType(p, Text::tr("an object of name → matcher"), v);
        return false;
    }
    const QJsonObject map = v.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        auto m = StringMatcher::fromJson(it.value(), member(p, it.key()), error);
        if (!m)
            return false;
        out->append({it.key(), *m});
    }
    return true;
}

bool readRequest(const QJsonValue &json, const QString &path, RequestPattern *req, QString *error)
{
    if (!json.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object"), json);
        return false;
    }
    const QJsonObject o = json.toObject();
    if (!JsonPath::checkKeys(o, path, kRequestKeys, kRequestUnsupported, error))
        return false;

    if (o.contains(QStringLiteral("method"))) {
        const QJsonValue m = o.value(QStringLiteral("method"));
        const QString p = member(path, QStringLiteral("method"));
        if (!m.isString()) {
            *error = JsonPath::wrongType(p, Text::tr("a string such as \"GET\" or \"ANY\""), m);
            return false;
        }
        const QByteArray method = m.toString().toLatin1();
        if (!isToken(method)) {
            *error = Text::tr("%1: \"%2\" is not an HTTP method").arg(p, JsonPath::shown(m.toString()));
            return false;
        }
        if (method != "ANY")
            req->method = method;
    }

    static const QList<QPair<QString, RequestPattern::UrlKind>> kUrlKinds = {
        {QStringLiteral("url"), RequestPattern::UrlKind::Url},
        {QStringLiteral("urlPath"), RequestPattern::UrlKind::UrlPath},
        {QStringLiteral("urlPattern"), RequestPattern::UrlKind::UrlPattern},
        {QStringLiteral("urlPathPattern"), RequestPattern::UrlKind::UrlPathPattern}};
    QString urlKey;
    for (const auto &[key, kind] : kUrlKinds) {
        if (!o.contains(key))
            continue;
        const QString p = member(path, key);
        if (!urlKey.isEmpty()) {
            *error =
                Text::tr(
                    "%1: only one of \"url\", \"urlPath\", \"urlPattern\" or \"urlPathPattern\" may be given "
                    "(also has \"%2\")")
                    .arg(p, urlKey);
            return false;
        }
        urlKey = key;
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            *error = JsonPath::wrongType(p, Text::tr("a string"), v);
            return false;
        }
        req->urlKind = kind;
        req->url = v.toString();
        if (kind == RequestPattern::UrlKind::UrlPattern || kind == RequestPattern::UrlKind::UrlPathPattern) {
            // Validate through the matcher, which anchors and reports offsets in the author's pattern.
            QString regexError;
            if (!StringMatcher::fromJson(QJsonObject{{QStringLiteral("matches"), v}}, p, &regexError)) {
                *error = regexError.replace(member(p, QStringLiteral("matches")), p);
                return false;
            }
            req->urlRegex = QRegularExpression(QRegularExpression::anchoredPattern(req->url));
        } else if (!req->url.startsWith(QLatin1Char('/'))) {
            *error = Text::tr("%1: \"%2\" must start with \"/\"").arg(p, JsonPath::shown(req->url));
            return false;
        }
    }

    if (o.contains(QStringLiteral("host"))) {
        auto m = StringMatcher::fromJson(o.value(QStringLiteral("host")),
                                         member(path, QStringLiteral("host")), error);
        if (!m)
            return false;
        req->host = *m;
    }
    if (o.contains(QStringLiteral("queryParameters")) &&
        !readMatcherMap(o, QStringLiteral("queryParameters"), path, &req->queryParameters, error))
        return false;
    if (o.contains(QStringLiteral("headers")) &&
        !readMatcherMap(o, QStringLiteral("headers"), path, &req->headers, error))
        return false;
    if (o.contains(QStringLiteral("bodyPatterns"))) {
        const QJsonValue v = o.value(QStringLiteral("bodyPatterns"));
        const QString p = member(path, QStringLiteral("bodyPatterns"));
        if (!v.isArray()) {
            *error = JsonPath::wrongType(p, Text::tr("an array of matchers"), v);
            return false;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto m = StringMatcher::fromJson(a.at(i), JsonPath::index(p, i), error);
            if (!m)
                return false;
            req->bodyPatterns << *m;
        }
    }
    return true;
}

bool readResponseHeaders(const QJsonValue &v, const QString &p, SimResponse *resp, QString *error)
{
    if (!v.isObject()) {
        *error = JsonPath::wrongType(p, Text::tr("an object of name → value (or list of values)"), v);
        return false;
    }
    const QJsonObject headers = v.toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString hp = member(p, it.key());
        const QByteArray name = it.key().toLatin1();
        if (!isToken(name) || QString::fromLatin1(name) != it.key()) {
            *error = Text::tr("%1: \"%2\" is not a valid header name").arg(hp, JsonPath::shown(it.key()));
            return false;
        }
        QJsonArray values;
        if (it.value().isArray())
            values = it.value().toArray();
        else
            values.append(it.value());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QJsonValue hv = values.at(i);
            const QString vp = it.value().isArray() ? JsonPath::index(hp, i) : hp;
            if (!hv.isString()) {
                *error = JsonPath::wrongType(vp, Text::tr("a string (or a list of strings)"), hv);
                return false;
            }
            const QString text = hv.toString();
            if (text.contains(u'\r') || text.contains(u'\n')) {
                *error = Text::tr("%1: a header value may not contain line breaks").arg(vp);
                return false;
            }
            if (const qsizetype at = JsonPath::findControl(text); at >= 0) {
                *error = JsonPath::controlCharacter(vp, Text::tr("a header value"), text, at);
                return false;
            }
            const QByteArray value = text.toUtf8();
            resp->addHeader(name, value);
        }
    }
    return true;
}

bool readResponse(const QJsonValue &json, const QString &path, SimResponse *resp, QString *error)
{
    if (!json.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object"), json);
        return false;
    }
    const QJsonObject o = json.toObject();
    if (!JsonPath::checkKeys(o, path, kResponseKeys, kResponseUnsupported, error))
        return false;

    if (o.contains(QStringLiteral("status")) &&
        !readInt(o, QStringLiteral("status"), path, 100, 599, &resp->status, error))
        return false;
    if (o.contains(QStringLiteral("statusMessage"))) {
        const QJsonValue v = o.value(QStringLiteral("statusMessage"));
        const QString p = member(path, QStringLiteral("statusMessage"));
        if (!v.isString()) {
            *error = JsonPath::wrongType(p, Text::tr("a string"), v);
            return false;
        }
        const QString text = v.toString();
        if (text.contains(u'\r') || text.contains(u'\n')) {
            *error = Text::tr("%1: a status message may not contain line breaks").arg(p);
            return false;
        }
        if (const qsizetype at = JsonPath::findControl(text); at >= 0) {
            *error = JsonPath::controlCharacter(p, Text::tr("a status message"), text, at);
            return false;
        }
        resp->reason = text.toUtf8();
    }
    if (o.contains(QStringLiteral("headers")) &&
        !readResponseHeaders(o.value(QStringLiteral("headers")), member(path, QStringLiteral("headers")),
                             resp, error))
        return false;

    QString bodyKey;
    for (const QString &key :
         {QStringLiteral("body"), QStringLiteral("jsonBody"), QStringLiteral("base64Body")}) {
        if (!o.contains(key))
            continue;
        const QString p = member(path, key);
        if (!bodyKey.isEmpty()) {
            *error =
                Text::tr(
                    "%1: only one of \"body\", \"jsonBody\" or \"base64Body\" may be given (also has \"%2\")")
                    .arg(p, bodyKey);
            return false;
        }
        bodyKey = key;
        const QJsonValue v = o.value(key);
        if (key == QLatin1String("jsonBody")) {
            if (v.isObject())
                resp->body = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            else if (v.isArray())
                resp->body = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
            else // a scalar: QJsonDocument only writes containers, so write [v] and drop the brackets
                resp->body = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
            bool hasType = false;
            for (const auto &h : resp->headers)
                hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
            if (!hasType)
                resp->addHeader("Content-Type", "application/json");
            continue;
        }
        if (!v.isString()) {
            *error = JsonPath::wrongType(p, Text::tr("a string"), v);
            return false;
        }
        if (key == QLatin1String("body")) {
            resp->body = v.toString().toUtf8();
        } else {
            const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = Text::tr("%1: not valid base64").arg(p);
                return false;
            }
            resp->body = decoded.decoded;
        }
    }

    if (o.contains(QStringLiteral("fixedDelayMilliseconds")) &&
        !readInt(o, QStringLiteral("fixedDelayMilliseconds"), path, 0, 24 * 3600 * 1000, &resp->delayMs,
                 error))
        return false;
    if (o.contains(QStringLiteral("chunkedDribbleDelay"))) {
        const QJsonValue v = o.value(QStringLiteral("chunkedDribbleDelay"));
        const QString p = member(path, QStringLiteral("chunkedDribbleDelay"));
        if (!v.isObject()) {
            *error = JsonPath::wrongType(
                p, Text::tr("an object {\"numberOfChunks\": …, \"totalDuration\": …}"), v);
            return false;
        }
        const QJsonObject d = v.toObject();
        const QStringList keys = {QStringLiteral("numberOfChunks"), QStringLiteral("totalDuration")};
        if (!JsonPath::checkKeys(d, p, keys, {}, error))
            return false;
        for (const QString &k : keys) {
            if (!d.contains(k)) {
                *error = Text::tr("%1: \"%2\" is missing").arg(p, k);
                return false;
            }
        }
        if (!readInt(d, keys[0], p, 1, 100000, &resp->dribbleChunks, error) ||
            !readInt(d, keys[1], p, 0, 24 * 3600 * 1000, &resp->dribbleDurationMs, error))
            return false;
    }
    if (o.contains(QStringLiteral("fault"))) {
        const QJsonValue v = o.value(QStringLiteral("fault"));
        const QString p = member(path, QStringLiteral("fault"));
        const auto fault = v.isString() ? faultFromName(v.toString()) : std::nullopt;
        if (!fault) {
            *error = v.isString()
                         ? Text::tr("%1: unknown fault \"%2\" (expected one of %3)")
                               .arg(p, JsonPath::shown(v.toString()), faultNames().join(QLatin1String(", ")))
                         : JsonPath::wrongType(p, Text::tr("a fault name"), v);
            return false;
        }
        resp->fault = *fault;
    }
    return true;
}

QString decodeFormComponent(QByteArray s)
{
    s.replace('+', ' ');
    return QUrl::fromPercentEncoding(s);
}

} // namespace

QStringList queryParameterValues(const SimRequest &request, const QString &name)
{
    return RequestView(request).queryValues(name);
}

RequestView::RequestView(const SimRequest &r)
    : request(r), target(QString::fromUtf8(r.target)), targetDecoded(QUrl::fromPercentEncoding(r.target)),
      rawPath(QString::fromUtf8(r.rawPath())), path(r.path())
{
}

QStringList RequestView::queryValues(const QString &name) const
{
    if (!m_query) {
        m_query.emplace();
        const qsizetype q = request.target.indexOf('?');
        if (q >= 0) {
            const QList<QByteArray> pairs = request.target.mid(q + 1).split('&');
            for (const QByteArray &pair : pairs) {
                if (pair.isEmpty())
                    continue;
                const qsizetype eq = pair.indexOf('=');
                m_query->append({decodeFormComponent(eq < 0 ? pair : pair.left(eq)),
                                 eq < 0 ? QString() : decodeFormComponent(pair.mid(eq + 1))});
            }
        }
    }
    QStringList out;
    for (const auto &[key, value] : std::as_const(*m_query))
        if (key == name)
            out << value;
    return out;
}

const std::optional<QString> &RequestView::body() const
{
    if (!m_bodyDecoded) {
        m_bodyDecoded = true;
        if (!request.body.isEmpty())
            m_body = QString::fromUtf8(request.body);
    }
    return m_body;
}

bool RequestPattern::matches(const SimRequest &r) const
{
    return matches(RequestView(r));
}

bool RequestPattern::matches(const RequestView &v) const
{
    const SimRequest &r = v.request;
    if (!method.isEmpty() && method != r.method)
        return false;

    switch (urlKind) {
    case UrlKind::Any:
        break;
    case UrlKind::Url:
        if (url != v.target && url != v.targetDecoded)
            return false;
        break;
    case UrlKind::UrlPath:
        if (url != v.rawPath && url != v.path)
            return false;
        break;
    case UrlKind::UrlPattern:
        if (!urlRegex.match(v.target).hasMatch() && !urlRegex.match(v.targetDecoded).hasMatch())
            return false;
        break;
    case UrlKind::UrlPathPattern:
        if (!urlRegex.match(v.rawPath).hasMatch() && !urlRegex.match(v.path).hasMatch())
            return false;
        break;
    }

    if (host && !host->test(r.host))
        return false;
    for (const auto &[name, matcher] : queryParameters)
        if (!matcher.testAny(v.queryValues(name)))
            return false;
    for (const auto &[name, matcher] : headers) {
        QStringList values;
        for (const QByteArray &value : r.headerValues(name.toLatin1()))
            values << QString::fromUtf8(value);
        if (!matcher.testAny(values))
            return false;
    }
    for (const StringMatcher &m : bodyPatterns)
        if (!m.testOptional(v.body()))
            return false;
    return true;
}

QString Mapping::rule() const
{
    return name.isEmpty() ? QStringLiteral("mapping:") + QString::number(index) : name;
}

std::optional<Mapping> Mapping::fromJson(const QJsonValue &json, int index, const QString &path,
                                         QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    if (!json.isObject()) {
        *err =
            JsonPath::wrongType(path, Text::tr("a mapping object with \"request\" and \"response\""), json);
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    if (!JsonPath::checkKeys(o, path, kMappingKeys, kMappingUnsupported, err))
        return std::nullopt;

    Mapping m;
    m.index = index;
    if (o.contains(QStringLiteral("name"))) {
        const QJsonValue v = o.value(QStringLiteral("name"));
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *err =
                JsonPath::wrongType(member(path, QStringLiteral("name")), Text::tr("a non-empty string"), v);
            return std::nullopt;
        }
        m.name = v.toString();
    }
    if (o.contains(QStringLiteral("priority")) &&
        !readInt(o, QStringLiteral("priority"), path, -1000000, 1000000, &m.priority, err))
        return std::nullopt;
    for (const QString &key : {QStringLiteral("request"), QStringLiteral("response")}) {
        if (!o.contains(key)) {
            *err = Text::tr("%1: \"%2\" is missing").arg(path, key);
            return std::nullopt;
        }
    }
    if (!readRequest(o.value(QStringLiteral("request")), member(path, QStringLiteral("request")), &m.request,
                     err) ||
        !readResponse(o.value(QStringLiteral("response")), member(path, QStringLiteral("response")),
                      &m.response, err))
        return std::nullopt;
    m.response.rule = m.rule();
    return m;
}

} // namespace AuthDoctor::Sim
