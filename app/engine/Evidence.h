#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// What one request and its answer showed, already redacted: no Authorization value, cookie,
// password, secret or token ever enters an Evidence (cli.md "evidence").
namespace AuthDoctor::Engine {

struct Evidence
{
    QString method;
    QString url;                                    // query values of secret-looking parameters masked
    QList<QPair<QString, QString>> requestHeaders;  // values of credential headers "[redacted]"
    QString requestBodyExcerpt;                     // redacted (form values of secrets masked)
    int status = 0;                                 // 0: no HTTP answer
    QList<QPair<QString, QString>> responseHeaders; // the ones that matter (kRelevantHeaders)
    QString bodyExcerpt;                            // redacted, at most kBodyExcerptChars
    QString networkError;                           // Qt's error text when the request failed, else empty
    QString networkErrorCode; // "timeout", "tls", "dns", "refused", "too-large", "blocked", …
    qint64 startedMs = 0;     // since the diagnosis started
    qint64 durationMs = 0;

    QString header(const QString &name) const; // first response header of that name (case-insensitive)
    QStringList headers(const QString &name) const;
    QString host() const;
    QJsonObject toJson() const; // cli.md shape {"request": {...}, "response": {...}}
    static Evidence fromJson(const QJsonObject &o);
};

constexpr int kBodyExcerptChars = 2000;

// Response headers worth keeping (lower case).
bool isRelevantResponseHeader(const QString &lowerName);
// "Authorization: Bearer eyJ…" → "Bearer [redacted]"; a cookie → "[redacted]".
QString redactHeaderValue(const QString &lowerName, const QString &value);
// A URL with user info dropped and secret query values masked.
QString redactUrl(const QString &url);
// A request/response body excerpt: secrets masked (core/Redaction), then cut.
QString redactBody(const QByteArray &body, int maxChars = kBodyExcerptChars);

} // namespace AuthDoctor::Engine
