#include "RawHttpConnection.h"

#include "core/Logging.h"
#include "core/Redaction.h"

#include <QDateTime>
#include <QSslSocket>

namespace AuthDoctor::Engine::Checks {

QList<QByteArray> RawExchange::values(const QByteArray &lowerName) const
{
    QList<QByteArray> out;
    for (const auto &[k, v] : headers)
        if (k.toLower() == lowerName)
            out << v;
    return out;
}

Evidence RawExchange::evidence(qint64 diagnosisStartMs) const
{
    Evidence e;
    e.method = QString::fromLatin1(method);
    e.url = redactUrl(url.toString());
    for (const auto &[k, v] : requestHeaders) {
        const QString name = QString::fromLatin1(k);
        e.requestHeaders.append({name, redactHeaderValue(name.toLower(), QString::fromUtf8(v))});
    }
    if (!requestBody.isEmpty())
        e.requestBodyExcerpt = redactBody(requestBody, 600);
    e.status = status;
    for (const auto &[k, v] : headers) {
        const QString name = QString::fromLatin1(k);
        const QString lower = name.toLower();
        if (isRelevantResponseHeader(lower))
            e.responseHeaders.append({name, redactHeaderValue(lower, QString::fromUtf8(v))});
    }
    e.bodyExcerpt = redactBody(body);
    e.networkErrorCode = errorCode;
    e.networkError = Redaction::maskSecrets(errorText);
    e.startedMs = startedEpochMs - diagnosisStartMs;
    e.durationMs = (connectMs > 0 ? connectMs : 0) + durationMs;
    return e;
}

RawHttpConnection::RawHttpConnection(const NetworkContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        complete(QStringLiteral("timeout"),
                 QStringLiteral("no answer within %1 s").arg(m_ctx.requestTimeoutMs / 1000.0));
    });
}

RawHttpConnection::~RawHttpConnection()
{
    m_done = nullptr;
    close();
}

void RawHttpConnection::close()
{
    m_deadline.stop();
    m_busy = false;
    m_done = nullptr;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = nullptr;
    m_encrypted = false;
}

void RawHttpConnection::request(const QByteArray &method, const QUrl &url,
                                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                                Done done)
{
    m_current = RawExchange();
    m_current.method = method;
    m_current.url = url;
    m_current.requestHeaders = headers;
    m_current.requestBody = body;
    m_current.startedEpochMs = QDateTime::currentMSecsSinceEpoch();
    m_done = std::move(done);
    m_busy = true;
    m_buffer.clear();
    m_headersDone = false;
    m_contentLength = -1;
    m_chunked = false;
    m_closeAfter = false;
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { complete(QStringLiteral("blocked"), QStringLiteral("only https is used")); },
            Qt::QueuedConnection);
        return;
    }
    m_deadline.start(m_ctx.requestTimeoutMs);
    const QString host = url.host().toLower();
    const int port = url.port(443);
    if (m_socket && m_encrypted && m_socket->state() == QAbstractSocket::ConnectedState && host == m_host &&
        port == m_port) {
        m_current.connection = m_connections;
        writeRequest();
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_host = host;
    m_port = port;
    openConnection();
}

void RawHttpConnection::openConnection()
{
    m_encrypted = false;
    ++m_connections;
    m_current.connection = m_connections;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    if (m_ctx.proxy)
        socket->setProxy(*m_ctx.proxy); // an HTTP proxy is used through CONNECT
    socket->setSslConfiguration(m_ctx.sslConfiguration());
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        if (socket != m_socket)
            return;
        m_encrypted = true;
        m_current.connectMs = m_connectClock.elapsed();
        m_peerCertificate = socket->peerCertificate();
        writeRequest();
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        if (socket == m_socket)
            m_current.sslErrors += errors; // recorded, never ignored
    });
    connect(socket, &QSslSocket::readyRead, this, &RawHttpConnection::onReadyRead);
    connect(socket, &QSslSocket::errorOccurred, this, &RawHttpConnection::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &RawHttpConnection::onDisconnected);
    m_connectClock.start();
    socket->connectToHostEncrypted(m_host, quint16(m_port));
}

void RawHttpConnection::writeRequest()
{
    if (!m_socket || !m_busy)
        return;
    QByteArray head =
        m_current.method + ' ' +
        m_current.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (head.endsWith(' '))
        head += '/';
    head += " HTTP/1.1\r\nHost: " + QUrl::toAce(m_host);
    if (m_port != 443)
        head += ':' + QByteArray::number(m_port);
    head += "\r\nUser-Agent: AuthDoctor/" AUTHDOCTOR_VERSION "\r\nConnection: keep-alive\r\n";
    for (const auto &[k, v] : std::as_const(m_current.requestHeaders))
        head += k + ": " + v + "\r\n";
    if (!m_current.requestBody.isEmpty() || m_current.method == "POST")
        head += "Content-Length: " + QByteArray::number(m_current.requestBody.size()) + "\r\n";
    head += "\r\n";
    m_requestClock.start();
    m_socket->write(head + m_current.requestBody);
}

void RawHttpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!m_busy)
        return; // nothing was asked: an idle connection's stray bytes
    m_buffer += data;
    if (m_buffer.size() > m_ctx.maxResponseBytes + 64 * 1024) {
        complete(
            QStringLiteral("too-large"),
            QStringLiteral("answer larger than the limit of %1 bytes, not read").arg(m_ctx.maxResponseBytes));
        return;
    }
    if (parseResponse())
        complete();
}

bool RawHttpConnection::parseResponse()
{
    while (!m_headersDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QByteArray statusLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        const int status = parts.value(1).toInt();
        if (!statusLine.startsWith("HTTP/1.") || status < 100) {
            m_closeAfter = true;
            complete(QStringLiteral("network"), QStringLiteral("not an HTTP answer"));
            return false;
        }
        if (status >= 100 && status < 200)
            continue; // 100 Continue and friends: the real answer follows
        m_current.status = status;
        m_current.headers.clear();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            m_current.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const QByteArray connection = m_current.header("connection").toLower();
        m_closeAfter = connection.contains("close") ||
                       (statusLine.startsWith("HTTP/1.0") && !connection.contains("keep-alive"));
        m_chunked = m_current.header("transfer-encoding").toLower().contains("chunked");
        bool ok = false;
        const qint64 len = m_current.header("content-length").toLongLong(&ok);
        m_contentLength = ok ? len : -1;
        if (status == 204 || status == 304 || m_current.method == "HEAD")
            m_contentLength = 0;
        m_headersDone = true;
        if (m_contentLength > m_ctx.maxResponseBytes) {
            // An announced length over the limit: not one byte of the body is read.
            m_closeAfter = true;
            complete(QStringLiteral("too-large"),
                     QStringLiteral("answer of %1 bytes announced, over the limit of %2 bytes: not read")
                         .arg(m_contentLength)
                         .arg(m_ctx.maxResponseBytes));
            return false;
        }
    }
    if (m_chunked) {
        QByteArray body;
        qsizetype pos = 0;
        while (true) {
            const qsizetype eol = m_buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return false;
            bool ok = false;
            const qint64 size =
                m_buffer.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok) {
                m_closeAfter = true;
                complete(QStringLiteral("network"), QStringLiteral("malformed chunked answer"));
                return false;
            }
            if (size == 0) {
                if (m_buffer.indexOf("\r\n", eol + 2) < 0)
                    return false; // trailers not complete yet
                m_current.body = body;
                return true;
            }
            if (m_buffer.size() < eol + 2 + size + 2)
                return false;
            body += m_buffer.mid(eol + 2, size);
            pos = eol + 2 + size + 2;
        }
    }
    if (m_contentLength >= 0) {
        if (m_buffer.size() < m_contentLength)
            return false;
        m_current.body = m_buffer.left(m_contentLength);
        return true;
    }
    m_closeAfter = true; // the body ends when the connection does
    return false;
}

void RawHttpConnection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError err = m_socket->error();
    if (!m_busy) {
        // An idle connection went away: the next request opens a new one.
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
        m_encrypted = false;
        return;
    }
    if (err == QAbstractSocket::RemoteHostClosedError && m_headersDone && !m_chunked && m_contentLength < 0) {
        m_buffer += m_socket->readAll();
        m_current.body = m_buffer;
        m_closeAfter = true;
        complete();
        return;
    }
    QString code;
    switch (err) {
    case QAbstractSocket::HostNotFoundError:
        code = QStringLiteral("dns");
        break;
    case QAbstractSocket::ConnectionRefusedError:
        code = QStringLiteral("refused");
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        code = QStringLiteral("tls");
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = QStringLiteral("timeout");
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        code = QStringLiteral("proxy");
        break;
    case QAbstractSocket::RemoteHostClosedError:
        code = QStringLiteral("closed");
        break;
    default:
        code = QStringLiteral("network");
        break;
    }
    if (!m_current.sslErrors.isEmpty())
        code = QStringLiteral("tls");
    QString text = m_socket->errorString();
    if (code == QLatin1String("tls") && !m_current.sslErrors.isEmpty()) {
        QStringList parts;
        for (const QSslError &e : std::as_const(m_current.sslErrors))
            parts << e.errorString();
        text = parts.join(QStringLiteral("; "));
    }
    m_closeAfter = true;
    complete(code, text);
}

void RawHttpConnection::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_busy) {
        if (m_headersDone && !m_chunked && m_contentLength < 0) {
            m_current.body = m_buffer;
            m_closeAfter = true;
            complete();
        } else {
            m_closeAfter = true;
            complete(QStringLiteral("closed"), QStringLiteral("the server closed the connection"));
        }
        return;
    }
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    m_encrypted = false;
}

void RawHttpConnection::complete(const QString &errorCode, const QString &errorText)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_deadline.stop();
    m_current.errorCode = errorCode;
    m_current.errorText = errorText;
    if (!errorCode.isEmpty())
        m_current.status = 0;
    m_current.durationMs = m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
    m_requestClock.invalidate();
    if ((!errorCode.isEmpty() || m_closeAfter) && m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        m_encrypted = false;
    }
    qCDebug(lcEngine) << "raw" << m_current.method << m_current.url.toString(QUrl::RemoveQuery)
                      << m_current.status << errorCode << m_current.durationMs << "ms, connection"
                      << m_current.connection;
    const RawExchange result = m_current;
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}

} // namespace AuthDoctor::Engine::Checks
