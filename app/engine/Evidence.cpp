#include "Evidence.h"

#include "core/Redaction.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace AuthDoctor::Engine {

namespace {

const QStringList kRelevant{QStringLiteral("www-authenticate"),
                            QStringLiteral("x-ms-diagnostics"),
                            QStringLiteral("x-autodiscovery-error"),
                            QStringLiteral("request-id"),
                            QStringLiteral("client-request-id"),
                            QStringLiteral("x-ms-request-id"),
                            QStringLiteral("retry-after"),
                            QStringLiteral("x-backendhttpstatus"),
                            QStringLiteral("x-calculatedbetarget"),
                            QStringLiteral("x-beserver"),
                            QStringLiteral("x-diaginfo"),
                            QStringLiteral("location"),
                            QStringLiteral("content-type"),
                            QStringLiteral("x-owa-version"),
                            QStringLiteral("x-feserver"),
                            QStringLiteral("server"),
                            QStringLiteral("x-ms-ags-diagnostic"),
                            QStringLiteral("x-ms-ests-server"),
                            QStringLiteral("backoffmilliseconds")};

const QStringList kSecretHeaders{QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                                 QStringLiteral("cookie"), QStringLiteral("set-cookie")};

bool secretParameterName(const QString &name)
{
    const QString n = name.toLower();
    for (const char *k : {"password", "secret", "token", "assertion", "code", "key", "sig", "pwd", "passwd"})
        if (n.contains(QLatin1String(k)))
            return true;
    return false;
}

QJsonObject headersToJson(const QList<QPair<QString, QString>> &headers)
{
    QJsonObject o;
    for (const auto &[k, v] : headers) {
        if (o.contains(k))
            o.insert(k, QString(o.value(k).toString() + QStringLiteral(", ") + v));
        else
            o.insert(k, v);
    }
    return o;
}

QList<QPair<QString, QString>> headersFromJson(const QJsonObject &o)
{
    QList<QPair<QString, QString>> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), it.value().toString()});
    return out;
}

} // namespace

bool isRelevantResponseHeader(const QString &lowerName)
{
    return kRelevant.contains(lowerName);
}

QString redactHeaderValue(const QString &lowerName, const QString &value)
{
    if (lowerName == QLatin1String("authorization") || lowerName == QLatin1String("proxy-authorization")) {
        const qsizetype space = value.indexOf(QLatin1Char(' '));
        const QString scheme = space > 0 ? value.left(space) : QString();
        return scheme.isEmpty() ? QStringLiteral("[redacted]") : scheme + QStringLiteral(" [redacted]");
    }
    if (kSecretHeaders.contains(lowerName))
        return QStringLiteral("[redacted]");
    return Redaction::maskSecrets(value);
}

QString redactUrl(const QString &url)
{
    QUrl u(url);
    if (!u.isValid())
        return Redaction::maskSecrets(url);
    u.setUserInfo(QString());
    u.setFragment(QString());
    if (u.hasQuery()) {
        QUrlQuery q(u);
        QList<QPair<QString, QString>> items = q.queryItems(QUrl::FullyDecoded);
        for (auto &[k, v] : items)
            if (secretParameterName(k))
                v = QStringLiteral("[redacted]");
        QUrlQuery clean;
        clean.setQueryItems(items);
        u.setQuery(clean);
    }
    return Redaction::maskSecrets(u.toString());
}

QString redactBody(const QByteArray &body, int maxChars)
{
    // Mask first (a secret cut in half by the excerpt must still be recognised), then cut.
    const QString text = QString::fromUtf8(body.left(qMax(maxChars * 4, 4096)));
    QString masked = Redaction::maskSecrets(text);
    if (masked.size() > maxChars)
        masked = masked.left(maxChars) + QStringLiteral("…");
    return masked;
}

QString Evidence::header(const QString &name) const
{
    for (const auto &[k, v] : responseHeaders)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QStringList Evidence::headers(const QString &name) const
{
    QStringList out;
    for (const auto &[k, v] : responseHeaders)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            out << v;
    return out;
}

QString Evidence::host() const
{
    return QUrl(url).host().toLower();
}

QJsonObject Evidence::toJson() const
{
    QJsonObject request{{QStringLiteral("method"), method}, {QStringLiteral("url"), url}};
    if (!requestHeaders.isEmpty())
        request.insert(QStringLiteral("headers"), headersToJson(requestHeaders));
    if (!requestBodyExcerpt.isEmpty())
        request.insert(QStringLiteral("body_excerpt"), requestBodyExcerpt);
    QJsonObject o{{QStringLiteral("request"), request},
                  {QStringLiteral("started_ms"), startedMs},
                  {QStringLiteral("duration_ms"), durationMs}};
    if (status > 0)
        o.insert(QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("status"), status},
                             {QStringLiteral("headers"), headersToJson(responseHeaders)},
                             {QStringLiteral("body_excerpt"), bodyExcerpt}});
    if (!networkError.isEmpty())
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), networkErrorCode},
                                                      {QStringLiteral("message"), networkError}});
    return o;
}

Evidence Evidence::fromJson(const QJsonObject &o)
{
    Evidence e;
    const QJsonObject request = o.value(QStringLiteral("request")).toObject();
    e.method = request.value(QStringLiteral("method")).toString();
    e.url = request.value(QStringLiteral("url")).toString();
    e.requestHeaders = headersFromJson(request.value(QStringLiteral("headers")).toObject());
    e.requestBodyExcerpt = request.value(QStringLiteral("body_excerpt")).toString();
    const QJsonObject response = o.value(QStringLiteral("response")).toObject();
    e.status = response.value(QStringLiteral("status")).toInt();
    e.responseHeaders = headersFromJson(response.value(QStringLiteral("headers")).toObject());
    e.bodyExcerpt = response.value(QStringLiteral("body_excerpt")).toString();
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    e.networkErrorCode = error.value(QStringLiteral("code")).toString();
    e.networkError = error.value(QStringLiteral("message")).toString();
    e.startedMs = o.value(QStringLiteral("started_ms")).toInteger();
    e.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
    return e;
}

} // namespace AuthDoctor::Engine
