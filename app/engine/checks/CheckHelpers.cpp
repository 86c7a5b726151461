#include "CheckHelpers.h"

#include "classify/Classifier.h"
#include "core/Clouds.h"

#include <QJsonDocument>
#include <QXmlStreamReader>

namespace AuthDoctor::Engine::Checks {

QStringList findingsFromResponse(const HttpJob &job, QStringList *codes, double minScore)
{
    QString text;
    for (const char *h : {"www-authenticate", "x-ms-diagnostics", "x-autodiscovery-error"})
        for (const QByteArray &v : job.rawHeaderValues(h))
            text += QString::fromLatin1(h) + QStringLiteral(": ") + QString::fromUtf8(v) + QLatin1Char('\n');
    text += QString::fromUtf8(job.body().left(64 * 1024));
    return findingsFromText(text, codes, minScore);
}

QStringList findingsFromText(const QString &text, QStringList *codes, double minScore)
{
    const Classification c = Classifier::classify(text);
    if (codes)
        *codes = c.codes;
    QStringList out;
    for (const Candidate &cand : c.candidates)
        if (cand.score >= minScore && cand.finding != QLatin1String("unrecognized-error"))
            out << cand.finding;
    return out;
}

bool handleNetworkFailure(Check &, const HttpJob &job, CheckResult &result, Message *summary)
{
    const QString code = job.errorCode();
    if (code.isEmpty())
        return false;
    const QString host = job.request().url.host();
    if (code == QLatin1String("tls")) {
        result.findings << QStringLiteral("tls-problem");
        *summary =
            msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The TLS certificate of %1 was refused: %2"),
                {host, job.evidence().networkError});
    } else if (code == QLatin1String("blocked")) {
        *summary = msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Not sent: %1 is not one of the hosts the credentials may go to."),
                       {host});
    } else if (code == QLatin1String("too-large")) {
        // It answered, so the network is not the cause; what it answered cannot be read.
        if (!result.codes.contains(code))
            result.codes << code;
        result.findings << QStringLiteral("unrecognized-error");
        *summary =
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 sent an answer too large to read (HTTP %2): %3."),
                {host, QString::number(job.status()), job.evidence().networkError});
    } else if (code == QLatin1String("timeout")) {
        result.findings << QStringLiteral("network-unreachable");
        *summary = msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 did not answer in time."), {host});
    } else if (code == QLatin1String("cancelled")) {
        *summary = msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Cancelled."));
    } else if (job.status() > 0) {
        result.findings << QStringLiteral("network-unreachable");
        *summary =
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 began an answer (HTTP %2) and broke it off: %3"),
                {host, QString::number(job.status()), job.evidence().networkError});
    } else {
        result.findings << QStringLiteral("network-unreachable");
        *summary = msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 could not be reached: %2"),
                       {host, job.evidence().networkError});
    }
    return true;
}

bool handleUnexpectedRedirect(const HttpJob &job, CheckResult &result, Message *summary)
{
    const int status = job.status();
    if (status < 300 || status >= 400)
        return false;
    const QList<QByteArray> location = job.rawHeaderValues("location");
    result.findings << QStringLiteral("network-unreachable");
    *summary = msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "%1 answered with a redirect (HTTP %2 to %3) where it never redirects: "
                                     "something between this computer and the service (a proxy, a captive "
                                     "portal) answers instead. The redirect was not followed."),
                   {job.request().url.host(), QString::number(status),
                    location.isEmpty() ? QStringLiteral("-")
                                       : redactUrl(QString::fromUtf8(location.first()).left(300))});
    return true;
}

std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (why)
            *why = QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (why)
            *why = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

bool handleUnreadableJson(const HttpJob &job, CheckResult &result, Message *summary, QJsonObject *object)
{
    QString why;
    const std::optional<QJsonObject> o = jsonObject(job.body(), &why);
    if (o) {
        if (object)
            *object = *o;
        return false;
    }
    const QString code = QString::fromLatin1(kUnreadableCode);
    if (!result.codes.contains(code))
        result.codes << code;
    result.findings << QStringLiteral("unrecognized-error");
    *summary = msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "%1 answered HTTP %2, but the answer is not readable JSON (%3)."),
                   {job.request().url.host(), QString::number(job.status()), why});
    return true;
}

bool isMalformedXml(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return false;
    QXmlStreamReader xml(body);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError();
}

QString loginBase(const Inputs &in)
{
    return QStringLiteral("https://") + Clouds::info(in.cloud).loginHost();
}

QString tenantForToken(const CheckEnvironment &env)
{
    const QString id = env.fact(QStringLiteral("tenant-discovery"), QStringLiteral("tenant_id")).toString();
    return id.isEmpty() ? env.inputs->tenantHint() : id;
}

HttpJob::Request tokenRequest(const CheckEnvironment &env, const QString &scope, bool appOnly)
{
    const Inputs &in = *env.inputs;
    QList<QPair<QString, QString>> form{{QStringLiteral("client_id"), in.clientId},
                                        {QStringLiteral("scope"), scope}};
    if (appOnly) {
        form.append({QStringLiteral("client_secret"), in.clientSecret});
        form.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
    } else {
        form.append({QStringLiteral("username"), in.user});
        form.append({QStringLiteral("password"), in.password});
        form.append({QStringLiteral("grant_type"), QStringLiteral("password")});
        if (!in.clientSecret.isEmpty())
            form.append({QStringLiteral("client_secret"), in.clientSecret});
    }
    HttpJob::Request r;
    r.method = "POST";
    r.url = QUrl(loginBase(in) + QLatin1Char('/') +
                 QString::fromLatin1(QUrl::toPercentEncoding(tenantForToken(env))) +
                 QStringLiteral("/oauth2/v2.0/token"));
    r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    r.body = Wire::formBody(form);
    r.carriesCredentials = true;
    return r;
}

} // namespace AuthDoctor::Engine::Checks
