// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) of the session's evidence, as browser
// developer tools import it: one page for the diagnosis, one entry per request a check sent.
// Redacted like everything else: credential headers keep only their scheme, cookies are never
// listed, bodies are the masked excerpts. An exchange without an HTTP answer has status 0 and an
// "_error" (custom fields start with "_", as the spec allows).
#include "ReportContent.h"
#include "Reports.h"
#include "core/AppInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace AuthDoctor::Report {

namespace {

QString isoMs(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray nameValues(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray out;
    for (const auto &[k, v] : pairs)
        out.append(QJsonObject{{QStringLiteral("name"), k}, {QStringLiteral("value"), v}});
    return out;
}

QJsonArray queryString(const QString &url)
{
    const QUrlQuery q(QUrl(url).query(QUrl::FullyEncoded));
    QJsonArray out;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
        out.append(QJsonObject{{QStringLiteral("name"), k}, {QStringLiteral("value"), v}});
    return out;
}

QString headerValue(const QList<QPair<QString, QString>> &headers, const char *name)
{
    for (const auto &[k, v] : headers)
        if (k.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QJsonObject entry(const EvidenceBlock &e, const CheckBlock &check, const QDateTime &fallbackStart)
{
    const QDateTime started = e.started.isValid() ? e.started : fallbackStart;
    QJsonObject request{
        {QStringLiteral("method"), e.method},
        {QStringLiteral("url"), e.url},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(e.requestHeaders)},
        {QStringLiteral("queryString"), queryString(e.url)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.requestBody.isEmpty() ? 0 : -1},
    };
    if (!e.requestBody.isEmpty()) {
        QString mime = headerValue(e.requestHeaders, "content-type");
        if (mime.isEmpty())
            mime = QStringLiteral("application/x-www-form-urlencoded");
        request.insert(QStringLiteral("postData"),
                       QJsonObject{{QStringLiteral("mimeType"), mime},
                                   {QStringLiteral("text"), e.requestBody},
                                   {QStringLiteral("comment"), QStringLiteral("excerpt, redacted")}});
    }
    const QByteArray body = e.responseBody.toUtf8();
    QJsonObject content{
        {QStringLiteral("size"), e.status > 0 ? qint64(body.size()) : qint64(0)},
        {QStringLiteral("mimeType"), e.contentType.isEmpty() ? QStringLiteral("x-unknown") : e.contentType},
    };
    if (!e.responseBody.isEmpty()) {
        content.insert(QStringLiteral("text"), e.responseBody);
        content.insert(QStringLiteral("comment"), QStringLiteral("excerpt, redacted"));
    }
    QJsonObject response{
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusText"), e.status > 0 ? e.statusText : QString()},
        {QStringLiteral("httpVersion"), e.status > 0 ? QStringLiteral("HTTP/1.1") : QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), nameValues(e.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), headerValue(e.responseHeaders, "location")},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.status > 0 && !body.isEmpty() ? qint64(body.size()) : qint64(-1)},
    };
    if (e.status == 0)
        response.insert(QStringLiteral("_error"), e.outcome);
    const qint64 time = qMax<qint64>(0, e.durationMs);
    QJsonObject o{
        {QStringLiteral("pageref"), QStringLiteral("diagnosis")},
        {QStringLiteral("startedDateTime"), isoMs(started)},
        {QStringLiteral("time"), time},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), QJsonObject{{QStringLiteral("blocked"), -1},
                                                {QStringLiteral("dns"), -1},
                                                {QStringLiteral("connect"), -1},
                                                {QStringLiteral("send"), 0},
                                                {QStringLiteral("wait"), time},
                                                {QStringLiteral("receive"), 0},
                                                {QStringLiteral("ssl"), -1}}},
        {QStringLiteral("comment"), QString(check.title + QStringLiteral(": ") + check.status)},
        {QStringLiteral("_checkId"), check.id},
        {QStringLiteral("_checkStatus"), check.statusId},
    };
    if (e.status == 0)
        o.insert(QStringLiteral("_error"),
                 QJsonObject{{QStringLiteral("code"), e.errorCode}, {QStringLiteral("message"), e.outcome}});
    return o;
}

} // namespace

QByteArray har(const Session::Session &session)
{
    const Content c = buildContent(session);
    const QDateTime start = session.result.started.isValid() ? session.result.started.toUTC() : c.created;
    QJsonArray entries;
    for (const CheckBlock &check : c.checks)
        for (const EvidenceBlock &e : check.evidence)
            entries.append(
                entry(e, check, start.isValid() ? start : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)));
    QString title = c.title;
    if (c.practice)
        title = c.practiceMarker + QStringLiteral(" - ") + title;
    const QJsonObject page{
        {QStringLiteral("startedDateTime"),
         isoMs(start.isValid() ? start : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))},
        {QStringLiteral("id"), QStringLiteral("diagnosis")},
        {QStringLiteral("title"), title},
        {QStringLiteral("pageTimings"),
         QJsonObject{{QStringLiteral("onContentLoad"), -1}, {QStringLiteral("onLoad"), -1}}},
    };
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), AppInfo::displayName()},
                                                {QStringLiteral("version"), AppInfo::version()}}},
        {QStringLiteral("pages"), QJsonArray{page}},
        {QStringLiteral("entries"), entries},
        {QStringLiteral("comment"), c.labels.redactionNote},
    };
    if (c.practice)
        log.insert(QStringLiteral("_practice"), session.result.practiceScenario);
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

} // namespace AuthDoctor::Report
