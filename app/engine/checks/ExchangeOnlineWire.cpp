#include "ExchangeOnlineWire.h"

#include "core/Clouds.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace AuthDoctor::Engine::ExoWire {

HostVerdict classifyHost(const QString &host, Cloud chosen)
{
    const QString h = host.toLower();
    std::optional<Cloud> c = Clouds::exoCloudOfHost(h);
    if (!c && h.endsWith(QLatin1String(".partner.outlook.cn"))) // facts §1.1: *.partner.outlook.cn
        c = Cloud::China;
    if (!c)
        return {HostKind::Foreign, std::nullopt};
    // GCC uses the commercial Exchange Online hosts (exoCloudOfHost answers Commercial for them).
    const bool same = Clouds::info(*c).ewsHost() == Clouds::info(chosen).ewsHost();
    return {same ? HostKind::ThisCloud : HostKind::OtherCloud, same ? chosen : *c};
}

QString autodiscoverV2Url(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key().compare(QLatin1String("Url"), Qt::CaseInsensitive) == 0)
            return it.value().toString().trimmed();
    return {};
}

QString autodiscoverV2ErrorCode(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object().value(QStringLiteral("ErrorCode")).toString() : QString();
}

QUrl resolveLocation(const QUrl &requestUrl, const QByteArray &location)
{
    const QUrl loc = QUrl::fromEncoded(location.trimmed());
    if (!loc.isValid() || location.trimmed().isEmpty())
        return {};
    return requestUrl.resolved(loc);
}

bool offersBasic(const QList<Wire::Challenge> &challenges)
{
    for (const Wire::Challenge &c : challenges)
        if (c.scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0 &&
            !c.params.value(QStringLiteral("realm")).trimmed().isEmpty())
            return true;
    return false;
}

std::optional<Wire::Challenge> bearerChallenge(const QList<Wire::Challenge> &challenges)
{
    for (const Wire::Challenge &c : challenges)
        if (c.scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

NotEws classifyEwsAnswer(int status, const QByteArray &contentType, const QUrl &requestUrl,
                         const QByteArray &location, const QByteArray &body)
{
    if (status >= 300 && status < 400) {
        const QUrl target = resolveLocation(requestUrl, location);
        const QString path = target.path().toLower();
        if (path.contains(QLatin1String("genericerrorpage.htm")) ||
            path.startsWith(QLatin1String("/internalsite/")))
            return NotEws::ErrorPage;
        if (path.startsWith(QLatin1String("/owa")) || path.contains(QLatin1String("/auth/logon.aspx")) ||
            path.contains(QLatin1String("/adfs/ls")))
            return NotEws::OwaRedirect;
        if (requestUrl.scheme() == QLatin1String("http") && target.scheme() == QLatin1String("https") &&
            target.host().compare(requestUrl.host(), Qt::CaseInsensitive) == 0)
            return NotEws::HttpsRedirect;
        return NotEws::OtherRedirect;
    }
    if (status == 404)
        return NotEws::NotFound;
    // A challenge (401) or a SOAP answer (200/500) is what EWS sends; an HTML page is not.
    if (status != 401 && looksLikeHtml(contentType, body))
        return NotEws::HtmlPage;
    return NotEws::No;
}

LatencyStats latencyStats(QList<qint64> samplesMs)
{
    LatencyStats s;
    if (samplesMs.isEmpty())
        return s;
    std::sort(samplesMs.begin(), samplesMs.end());
    const qsizetype n = samplesMs.size();
    s.medianMs = n % 2 ? samplesMs.at(n / 2) : (samplesMs.at(n / 2 - 1) + samplesMs.at(n / 2)) / 2;
    // Nearest rank: the smallest value with at least 95 % of the samples at or below it.
    const qsizetype rank = (95 * n + 99) / 100; // ceil(0.95 n), 1-based
    s.p95Ms = samplesMs.at(qBound<qsizetype>(1, rank, n) - 1);
    return s;
}

bool looksOverutilized(qint64 firstMs, const LatencyStats &stats)
{
    if (stats.medianMs < 0)
        return false;
    if (stats.medianMs > 2000)
        return true;
    return firstMs >= 0 && stats.medianMs > 3 * firstMs && stats.medianMs - firstMs > 1000;
}

qint64 backOffMs(const Wire::EwsResponse &ews, const QByteArray &retryAfter)
{
    if (ews.backOffMs >= 0)
        return ews.backOffMs;
    bool ok = false;
    const qint64 seconds = retryAfter.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0 && seconds < 24 * 3600)
        return seconds * 1000;
    return -1;
}

bool isThrottled(int status, const Wire::EwsResponse &ews)
{
    static const QStringList codes{
        QStringLiteral("ErrorServerBusy"), QStringLiteral("ErrorExceededConnectionCount"),
        QStringLiteral("ErrorExceededFindCountLimit"), QStringLiteral("ErrorExceededSubscriptionCount"),
        QStringLiteral("ErrorTooManyObjectsOpened")};
    return status == 429 || status == 503 || codes.contains(ews.responseCode);
}

QByteArray getFolderRequest(const QString &mailbox, bool impersonate)
{
    const QString m = mailbox.toHtmlEscaped();
    QString header = QStringLiteral("<t:RequestServerVersion Version=\"Exchange2013_SP1\"/>");
    QString folder = QStringLiteral("<t:DistinguishedFolderId Id=\"inbox\"/>");
    if (!mailbox.isEmpty() && impersonate)
        header += QStringLiteral("<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>%1"
                                 "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>")
                      .arg(m);
    else if (!mailbox.isEmpty())
        folder = QStringLiteral("<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>%1"
                                "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>")
                     .arg(m);
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
            "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
            "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            "<soap:Header>%1</soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly"
            "</t:BaseShape></m:FolderShape><m:FolderIds>%2</m:FolderIds></m:GetFolder></soap:Body>"
            "</soap:Envelope>")
            .arg(header, folder);
    return xml.toUtf8();
}

} // namespace AuthDoctor::Engine::ExoWire
