#include "HttpJob.h"

#include "core/Logging.h"
#include "core/Redaction.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace AuthDoctor::Engine {

namespace {

constexpr qint64 kReadAheadBytes = 256 * 1024;

// Errors of the connection itself (Qt's 1–99 network and 101–199 proxy layers, and a protocol
// failure), as opposed to an HTTP status Qt turned into an error (4xx/5xx): the answer broke off.
bool isTransportError(QNetworkReply::NetworkError err)
{
    const int e = int(err);
    return (e > 0 && e < 200) || err == QNetworkReply::ProtocolFailure;
}

} // namespace

bool CredentialPolicy::allows(const QUrl &url) const
{
    return url.scheme() == QLatin1String("https") && allowedHosts.contains(url.host().toLower());
}

HttpJob::HttpJob(const NetworkContext &ctx, const CredentialPolicy &policy, Request request,
                 qint64 diagnosisStartMs, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_policy(policy), m_request(std::move(request)),
      m_diagnosisStartMs(diagnosisStartMs)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_pendingCode = QStringLiteral("timeout");
        if (m_reply)
            m_reply->abort();
    });
}

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QList<QByteArray> HttpJob::rawHeaderValues(const QByteArray &lowerName) const
{
    QList<QByteArray> out;
    for (const auto &[k, v] : m_rawHeaders)
        if (k.toLower() == lowerName)
            out << v;
    return out;
}

void HttpJob::start()
{
    m_clock.start();
    m_evidence.method = QString::fromLatin1(m_request.method);
    m_evidence.url = redactUrl(m_request.url.toString());
    m_evidence.startedMs = QDateTime::currentMSecsSinceEpoch() - m_diagnosisStartMs;
    for (const auto &[k, v] : m_request.headers) {
        const QString name = QString::fromLatin1(k);
        m_evidence.requestHeaders.append({name, redactHeaderValue(name.toLower(), QString::fromUtf8(v))});
    }
    if (!m_request.body.isEmpty())
        m_evidence.requestBodyExcerpt = redactBody(m_request.body, 600);

    if (m_request.carriesCredentials && !m_policy.allows(m_request.url)) {
        // Safe by construction: credentials never leave for a host the user was not shown.
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(QStringLiteral("blocked"),
                     QStringLiteral(
                         "not sent: credentials go only over https to the hosts named before the checks"));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_ctx.nam) {
        QMetaObject::invokeMethod(
            this, [this] { fail(QStringLiteral("network"), QStringLiteral("no network access")); },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest req(m_request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setSslConfiguration(m_ctx.sslConfiguration());
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("AuthDoctor/" AUTHDOCTOR_VERSION));
    for (const auto &[k, v] : m_request.headers)
        req.setRawHeader(k, v);

    m_reply = m_ctx.nam->sendCustomRequest(req, m_request.method, m_request.body);
    // Qt reads no further ahead of us than this: a huge answer is never buffered whole, whatever
    // its Content-Length (the body itself is cut at maxResponseBytes in onReadyRead).
    m_reply->setReadBufferSize(kReadAheadBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslErrors += errors; // recorded, never ignored
    });
    m_deadline.start(m_ctx.requestTimeoutMs);
}

void HttpJob::abort()
{
    if (m_finished)
        return;
    m_pendingCode = QStringLiteral("cancelled");
    if (m_reply)
        m_reply->abort();
    else
        fail(QStringLiteral("cancelled"), QStringLiteral("cancelled"));
}

void HttpJob::onMetaData()
{
    if (!m_reply || m_truncated)
        return;
    // An announced length over the limit: not one byte of the body is read.
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_ctx.maxResponseBytes) {
        m_announcedLength = length;
        m_truncated = true;
        m_pendingCode = QStringLiteral("too-large");
        m_reply->abort();
    }
}

void HttpJob::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 room = m_ctx.maxResponseBytes - m_body.size();
    if (room > 0)
        m_body += m_reply->read(room);
    if (m_reply->bytesAvailable() > 0) {
        m_truncated = true;
        m_pendingCode = QStringLiteral("too-large");
        m_reply->abort();
    }
}

void HttpJob::onFinished()
{
    if (!m_reply || m_finished)
        return;
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    if (!m_truncated && reply->isOpen()) // after an abort the reply is closed: nothing to read
        onReadyRead();
    m_evidence.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_rawHeaders = reply->rawHeaderPairs();
    for (const auto &[k, v] : m_rawHeaders) {
        const QString name = QString::fromLatin1(k);
        const QString lower = name.toLower();
        if (isRelevantResponseHeader(lower))
            m_evidence.responseHeaders.append({name, redactHeaderValue(lower, QString::fromUtf8(v))});
    }
    m_evidence.bodyExcerpt = redactBody(m_body);

    QString code = m_pendingCode;
    const QNetworkReply::NetworkError err = reply->error();
    // Without a status nothing came; with one, a transport error means the answer broke off midway
    // (a malformed chunk, a reset): what was read of it must not pass for a complete answer.
    if (code.isEmpty() && err != QNetworkReply::NoError &&
        (m_evidence.status == 0 || isTransportError(err))) {
        switch (err) {
        case QNetworkReply::HostNotFoundError:
            code = QStringLiteral("dns");
            break;
        case QNetworkReply::ConnectionRefusedError:
            code = QStringLiteral("refused");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            code = QStringLiteral("tls");
            break;
        case QNetworkReply::TimeoutError:
            code = QStringLiteral("timeout");
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyConnectionClosedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyTimeoutError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownProxyError:
            code = QStringLiteral("proxy");
            break;
        case QNetworkReply::RemoteHostClosedError:
            code = QStringLiteral("closed");
            break;
        default:
            code = QStringLiteral("network");
            break;
        }
        if (!m_sslErrors.isEmpty())
            code = QStringLiteral("tls");
    }
    if (!code.isEmpty()) {
        m_evidence.networkErrorCode = code;
        QString text = reply->errorString();
        if (code == QLatin1String("timeout"))
            text = QStringLiteral("no answer within %1 s").arg(m_ctx.requestTimeoutMs / 1000.0);
        else if (code == QLatin1String("too-large"))
            text = m_announcedLength > m_ctx.maxResponseBytes
                       ? QStringLiteral("answer of %1 bytes announced, over the limit of %2 bytes: not read")
                             .arg(m_announcedLength)
                             .arg(m_ctx.maxResponseBytes)
                       : QStringLiteral("answer larger than the limit of %1 bytes, not read")
                             .arg(m_ctx.maxResponseBytes);
        else if (code == QLatin1String("tls") && !m_sslErrors.isEmpty()) {
            QStringList parts;
            for (const QSslError &e : std::as_const(m_sslErrors))
                parts << e.errorString();
            text = parts.join(QStringLiteral("; "));
        }
        m_evidence.networkError = Redaction::maskSecrets(text);
    }
    m_reply = nullptr;
    reply->deleteLater();
    complete();
}

void HttpJob::fail(const QString &code, const QString &message)
{
    if (m_finished)
        return;
    m_deadline.stop();
    m_evidence.networkErrorCode = code;
    m_evidence.networkError = message;
    complete();
}

void HttpJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_evidence.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    qCDebug(lcEngine) << m_evidence.method << m_evidence.url << m_evidence.status
                      << m_evidence.networkErrorCode << m_evidence.durationMs << "ms";
    Q_EMIT finished();
}

} // namespace AuthDoctor::Engine
