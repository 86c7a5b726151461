#include "ProxyConnection.h"

#include "SimulatorServer.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTimer>

#include <atomic>
#include <limits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace AuthDoctor::Sim {

namespace {

// WireMock's own garbage for RANDOM_DATA_THEN_CLOSE and MALFORMED_RESPONSE_CHUNK.
// A body larger than this goes out a slice at a time, the next when the client has taken the last.
constexpr qsizetype kStreamSliceBytes = 256 * 1024;

constexpr char kGarbage[] = "lskdu018973t09sylgasjkfg1][]'./.sdlv";

QByteArray refusalText(const char *text)
{
    return QCoreApplication::translate("AuthDoctor::Sim::SimulatorServer", text).toUtf8() + '\n';
}

// Hop-by-hop headers meant for the proxy itself; the simulated host never sees them
// (Proxy-Authorization would be a credential for the proxy, not for the host).
bool isProxyHeader(const QByteArray &name)
{
    return name.compare("Proxy-Connection", Qt::CaseInsensitive) == 0 ||
           name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
}

struct Authority
{
    QString host;
    quint16 port = 0;
    bool ok = false;
};

// "host", "host:port", "[v6]:port"; user info ("user:pass@") is dropped, never kept.
Authority parseAuthority(QByteArrayView text, quint16 defaultPort)
{
    Authority a;
    if (const qsizetype at = text.lastIndexOf('@'); at >= 0)
        text = text.sliced(at + 1);
    QByteArrayView host = text;
    QByteArrayView port;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return a;
        host = text.sliced(1, close - 1);
        const QByteArrayView rest = text.sliced(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return a;
            port = rest.sliced(1);
        }
    } else if (const qsizetype colon = text.lastIndexOf(':'); colon >= 0) {
        host = text.first(colon);
        port = text.sliced(colon + 1);
    }
    while (host.endsWith('.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return a;
    for (const char c : host) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '.' || c == '-' || c == '_' || c == ':';
        if (!ok)
            return a;
    }
    a.port = defaultPort;
    if (!port.isEmpty() || text.endsWith(':')) {
        bool ok = port.size() <= 5 && !port.isEmpty();
        for (const char c : port)
            ok = ok && c >= '0' && c <= '9';
        const int value = ok ? port.toInt() : 0;
        if (value < 1 || value > 65535)
            return a;
        a.port = quint16(value);
    }
    a.host = QString::fromLatin1(host).toLower();
    a.ok = a.port != 0;
    return a;
}

// Splits "scheme://authority/path?query" into authority and origin-form target.
bool splitAbsolute(const QByteArray &target, QByteArrayView *authority, QByteArray *originForm)
{
    const qsizetype schemeEnd = target.indexOf("://");
    if (schemeEnd <= 0)
        return false;
    const qsizetype start = schemeEnd + 3;
    qsizetype end = start;
    while (end < target.size() && target.at(end) != '/' && target.at(end) != '?' && target.at(end) != '#')
        ++end;
    *authority = QByteArrayView(target.constData() + start, end - start);
    QByteArray rest = target.mid(end);
    if (const qsizetype hash = rest.indexOf('#'); hash >= 0)
        rest.truncate(hash);
    if (!rest.startsWith('/'))
        rest.prepend('/');
    *originForm = rest;
    return true;
}

bool hasScheme(const QByteArray &target, QByteArrayView scheme)
{
    return target.size() > scheme.size() + 3 &&
           QByteArrayView(target).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0 &&
           QByteArrayView(target).sliced(scheme.size()).startsWith("://");
}

// A plain-http proxy request "http://host[:port]/path?query": host, port and origin-form target.
bool applyAbsoluteTarget(const QByteArray &target, SimRequest &request)
{
    QByteArrayView authorityText;
    QByteArray originForm;
    if (!splitAbsolute(target, &authorityText, &originForm))
        return false;
    const Authority authority = parseAuthority(authorityText, 80);
    if (!authority.ok)
        return false; // and no target: "http://user:pa/ss@host/" would log a piece of the password
    request.target = originForm;
    request.tls = false;
    request.host = authority.host;
    request.port = authority.port;
    return true;
}

void setLingerZero(qintptr descriptor)
{
    if (descriptor < 0)
        return;
    struct linger l;
    l.l_onoff = 1;
    l.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&l), sizeof l);
#else
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#endif
}

bool statusHasBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

quint64 nextConnectionId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

ProxyConnection::ProxyConnection(SimulatorServer *server)
    : QObject(server), m_server(server), m_id(nextConnectionId()), m_parser(server->options().limits)
{
}

ProxyConnection::~ProxyConnection() = default;

bool ProxyConnection::open(qintptr socketDescriptor, bool allowNonLoopback)
{
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcSim) << "cannot take over an incoming connection:" << m_socket->errorString();
        return false;
    }
    if (!allowNonLoopback && !m_socket->peerAddress().isLoopback()) {
        qCWarning(lcSim) << "refused a connection from a non-loopback address";
        m_socket->abort();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // The socket buffers at most this much of what the client sends; while the proxy does not read
    // (an answer is under way, or the client does not take its answers), TCP holds the client back.
    m_socket->setReadBufferSize(limits().readBufferBytes);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // delays are never shorter than stated
    connect(m_timer, &QTimer::timeout, this, &ProxyConnection::sendDribbleChunk);
    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, &ProxyConnection::onWatchdog);
    connect(m_socket, &QSslSocket::readyRead, this, &ProxyConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &ProxyConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ProxyConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encrypted, this, &ProxyConnection::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &ProxyConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        qCDebug(lcSim) << "connection error" << error << "host" << m_tunnelHost;
        if (m_state == State::Handshaking) {
            m_state = State::Closing;
            m_socket->abort();
            deleteLater();
        }
    });
    armWatchdog();
    return true;
}

void ProxyConnection::drop()
{
    m_state = State::Closing;
    m_timer->stop();
    m_watchdog->stop();
    m_socket->abort();
    deleteLater();
}

void ProxyConnection::refuseForCapacity()
{
    // Its request is read as usual (so that the client gets an answer, not a reset), within a short
    // time from now: the refusal slots must come free quickly.
    m_overCapacity = true;
    m_headerDeadline.setRemainingTime(limits().refusalTimeoutMs);
    m_requestDeadline.setRemainingTime(limits().refusalTimeoutMs);
    armWatchdog();
}

const SimulatorServer::ConnectionLimits &ProxyConnection::limits() const
{
    return m_server->options().connections;
}

void ProxyConnection::onReadyRead()
{
    if (m_state == State::Stalled || m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // NO_RESPONSE, or already closing: swallow whatever comes
        return;
    }
    if (m_state == State::Reading)
        processBuffer();
    // Otherwise the bytes wait in the socket (its buffer is bounded) until the answer under way is out.
}

void ProxyConnection::onBytesWritten()
{
    if (m_state == State::Responding && !m_stream.isEmpty()) {
        streamMore();
        return;
    }
    if (m_state == State::Reading && m_backlogged) {
        if (unsentBytes() > limits().maxUnsentBytes / 2) {
            armWatchdog(); // progress: the client reads, slowly
            return;
        }
        m_backlogged = false;
        processBuffer();
    } else if (m_state == State::Closing) {
        armWatchdog();
    }
}

qint64 ProxyConnection::unsentBytes() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

// One timer per connection, for what it waits for now; restarted as the state changes and on
// progress (bytes read or taken by the client), except the header and handshake deadlines, which
// run from their start whatever trickles in.
void ProxyConnection::armWatchdog()
{
    const SimulatorServer::ConnectionLimits &l = limits();
    Watch watch = Watch::None;
    qint64 ms = 0;
    switch (m_state) {
    case State::Reading:
        if (m_backlogged) {
            watch = Watch::Drain;
            ms = l.idleTimeoutMs;
        } else if (!m_parser.headComplete() && !m_headerDeadline.isForever()) {
            watch = Watch::Header;
            ms = m_headerDeadline.remainingTime();
        } else if (m_parser.headComplete()) {
            watch = Watch::Body; // more within the idle timeout, all within the request timeout
            ms = qMin<qint64>(l.idleTimeoutMs, m_requestDeadline.remainingTime());
        } else {
            watch = Watch::Idle;
            ms = l.idleTimeoutMs;
        }
        break;
    case State::Handshaking:
        if (m_watch == Watch::Handshake)
            return; // runs from the CONNECT answer on
        watch = Watch::Handshake;
        ms = l.handshakeTimeoutMs;
        break;
    case State::Closing:
        watch = Watch::Linger;
        ms = l.idleTimeoutMs;
        break;
    case State::Responding:
        if (!m_stream.isEmpty()) { // the client must keep taking a large body
            watch = Watch::Drain;
            ms = l.idleTimeoutMs;
        }
        break;           // otherwise the answer's own delay and dribble timers run
    case State::Stalled: // NO_RESPONSE: open until the client or stop() closes it
        break;
    }
    m_watch = watch;
    if (watch == Watch::None)
        m_watchdog->stop();
    else
        m_watchdog->start(int(qBound(qint64(0), ms, qint64(std::numeric_limits<int>::max()))));
}

void ProxyConnection::onWatchdog()
{
    switch (m_watch) {
    case Watch::None:
        return;
    case Watch::Idle:
        qCDebug(lcSim) << "closing an idle connection";
        closeGracefully();
        return;
    case Watch::Header:
    case Watch::Body:
        refuse(partialRequest(), 408,
               QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "request timeout"),
               QStringLiteral("proxy:request-timeout"));
        return;
    case Watch::Handshake:
    case Watch::Drain:
    case Watch::Linger:
        qCDebug(lcSim) << "dropping a connection that stopped:" << int(m_watch) << "host" << m_tunnelHost;
        m_state = State::Closing;
        m_watch = Watch::None;
        m_timer->stop();
        m_socket->abort();
        deleteLater();
        return;
    }
}

SimRequest ProxyConnection::partialRequest() const
{
    const HttpRequestMessage &partial = m_parser.current();
    SimRequest request;
    request.method = partial.method;
    request.tls = m_tunnel;
    request.host = m_tunnelHost;
    request.port = m_tunnelPort;
    if (partial.target.startsWith('/'))
        request.target = partial.target;
    else if (!m_tunnel && hasScheme(partial.target, "http"))
        applyAbsoluteTarget(partial.target, request); // so that the log names the host
    return request;
}

bool ProxyConnection::readMore()
{
    if (m_socket->bytesAvailable() <= 0)
        return false;
    const QByteArray data = m_socket->read(limits().readBufferBytes);
    if (data.isEmpty())
        return false;
    m_buffer += data;
    return true;
}

void ProxyConnection::onEncrypted()
{
    qCDebug(lcSim) << "TLS established for" << m_tunnelHost;
    m_state = State::Reading;
    processBuffer(); // requests already there, or the idle timeout from now on
}

void ProxyConnection::onDisconnected()
{
    m_state = State::Closing;
    m_timer->stop();
    m_watchdog->stop();
    deleteLater();
}

void ProxyConnection::processBuffer()
{
    while (m_state == State::Reading) {
        if (m_backlogged || unsentBytes() > limits().maxUnsentBytes) {
            // The client does not take its answers: read no more requests until it does
            // (onBytesWritten() goes on), or drop it after the idle timeout.
            m_backlogged = true;
            armWatchdog();
            return;
        }
        if (!m_buffer.isEmpty() && !m_parser.headComplete() && m_headerDeadline.isForever()) {
            // A request's first bytes (read now, or pipelined behind the one before).
            m_headerDeadline.setRemainingTime(limits().headerTimeoutMs);
            m_requestDeadline.setRemainingTime(limits().requestTimeoutMs);
        }
        const HttpRequestParser::Status status = m_parser.parse(m_buffer);
        if (status == HttpRequestParser::Status::NeedMore) {
            if (readMore())
                continue;
            if (m_parser.headComplete() && !m_continueSent && m_parser.current().expectsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            armWatchdog();
            return;
        }
        if (status == HttpRequestParser::Status::Error) {
            static const QHash<int, QString> kRules = {{413, QStringLiteral("proxy:body-too-large")},
                                                       {431, QStringLiteral("proxy:headers-too-large")},
                                                       {501, QStringLiteral("proxy:not-implemented")},
                                                       {505, QStringLiteral("proxy:http-version")}};
            refuse(partialRequest(), m_parser.errorStatus(), m_parser.errorReason(),
                   kRules.value(m_parser.errorStatus(), QStringLiteral("proxy:bad-request")));
            return;
        }
        m_continueSent = false;
        m_headerDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        m_requestDeadline = QDeadlineTimer(QDeadlineTimer::Forever);
        handleMessage(m_parser.takeMessage());
        // One request per turn of the event loop (finishResponse() queues the next), so that a
        // client pipelining many requests does not keep the others waiting.
        armWatchdog();
        return;
    }
}

void ProxyConnection::handleMessage(HttpRequestMessage message)
{
    SimRequest request;
    request.connectionId = m_id;
    request.method = message.method;
    request.body = std::move(message.body);
    for (const auto &h : std::as_const(message.headers))
        if (!isProxyHeader(h.first))
            request.headers.append(h);

    if (m_tunnel) {
        request.tls = true;
        request.host = m_tunnelHost;
        request.port = m_tunnelPort;
        QByteArrayView authority;
        if (message.target.startsWith('/')) {
            request.target = message.target;
        } else if (!splitAbsolute(message.target, &authority, &request.target)) {
            refuse(request, 400,
                   QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request target"),
                   QStringLiteral("proxy:bad-request"));
            return;
        }
        if (message.method == "CONNECT") {
            refuse(request, 400,
                   QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "CONNECT inside a tunnel"),
                   QStringLiteral("proxy:bad-request"));
            return;
        }
    } else if (message.method == "CONNECT") {
        handleConnect(message, request);
        return;
    } else if (hasScheme(message.target, "http")) {
        if (!applyAbsoluteTarget(message.target, request)) {
            refuse(
                request, 400,
                QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed host in the request target"),
                QStringLiteral("proxy:bad-request"));
            return;
        }
    } else if (hasScheme(message.target, "https")) {
        refuse(request, 501,
               QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                 "the simulator proxies https only through CONNECT"),
               QStringLiteral("proxy:not-implemented"));
        return;
    } else {
        if (message.target.startsWith('/'))
            request.target = message.target;
        refuse(request, 501,
               QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                 "this is the AuthDoctor simulator, an HTTP proxy: send proxy requests "
                                 "(absolute URLs or CONNECT), not requests for the proxy itself"),
               QStringLiteral("proxy:not-a-proxy-request"));
        return;
    }
    dispatch(request, message.keepAlive(), message.method == "HEAD", message.versionMinor);
}

void ProxyConnection::handleConnect(const HttpRequestMessage &message, SimRequest &request)
{
    const Authority authority = parseAuthority(message.target, 0);
    request.tls = true;
    if (!authority.ok) {
        refuse(request, 400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "CONNECT needs host:port"),
               QStringLiteral("proxy:bad-request"));
        return;
    }
    request.host = authority.host;
    request.port = authority.port;
    if (authority.port != 443) {
        refuse(request, 405,
               QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                 "the simulator tunnels CONNECT to port 443 only"),
               QStringLiteral("proxy:connect-port"));
        return;
    }
    if (m_overCapacity) {
        refuseForCapacity(request);
        return;
    }
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        // The client sent TLS bytes before our answer; they cannot be handed to the TLS layer.
        refuse(request, 400,
               QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                 "data after CONNECT before the tunnel was established"),
               QStringLiteral("proxy:bad-request"));
        return;
    }
    m_socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
    m_tunnel = true;
    m_tunnelHost = authority.host;
    m_tunnelPort = authority.port;
    m_state = State::Handshaking;
    m_socket->setSslConfiguration(m_server->tlsConfigurationFor(m_tunnelHost));
    m_socket->startServerEncryption();
    armWatchdog();
}

void ProxyConnection::refuse(SimRequest request, int status, const QByteArray &reason, const QString &rule)
{
    qCDebug(lcSim) << "refused a request:" << status << reason.constData();
    SimResponse response = SimResponse::empty(status, rule);
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = refusalText(reason.constData());
    m_server->observe(request, response);
    m_keepAlive = false;
    m_isHead = false;
    m_versionMinor = 1;
    m_state = State::Responding;
    deliver(response);
}

void ProxyConnection::refuseForCapacity(const SimRequest &request)
{
    refuse(
        request, 503,
        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                          "too many connections to the simulator at once; try again when some have closed"),
        QStringLiteral("proxy:too-many-connections"));
}

void ProxyConnection::dispatch(const SimRequest &request, bool keepAlive, bool isHead, int versionMinor)
{
    if (m_overCapacity) {
        refuseForCapacity(request);
        return;
    }
    const SimResponse response = m_server->respond(request);
    m_server->observe(request, response);
    m_keepAlive = keepAlive;
    m_isHead = isHead;
    m_versionMinor = versionMinor;
    m_state = State::Responding;
    if (response.delayMs > 0) {
        QElapsedTimer since;
        since.start();
        deliverAfter(response, since, response.delayMs);
    } else {
        deliver(response);
    }
}

// fixedDelayMilliseconds / latency_ms: never shorter than stated. A coarse timer (Qt's default
// from 2 s on) may fire up to 5 % early, so the timer is precise and re-armed while time is left.
void ProxyConnection::deliverAfter(const SimResponse &response, QElapsedTimer since, qint64 delayMs)
{
    const qint64 left = delayMs - since.elapsed();
    if (left > 0) {
        QTimer::singleShot(int(left), Qt::PreciseTimer, this,
                           [this, response, since, delayMs] { deliverAfter(response, since, delayMs); });
        return;
    }
    deliver(response);
}

void ProxyConnection::deliver(const SimResponse &response)
{
    if (m_state != State::Responding || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.fault != Fault::None) {
        applyFault(response.fault);
        return;
    }

    bool closeAfter = !m_keepAlive;
    const bool bodyAllowed = statusHasBody(response.status) && !m_isHead;
    const bool dribble = response.dribbleChunks > 0 && bodyAllowed && !response.body.isEmpty();
    m_dribbleChunked = m_versionMinor >= 1;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      (response.reason.isEmpty() ? standardReasonPhrase(response.status) : response.reason) +
                      "\r\n";
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            closeAfter = closeAfter || value.toLower().contains("close");
            continue;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ||
            name.compare("Keep-Alive", Qt::CaseInsensitive) == 0)
            continue; // framing is the proxy's business
        head += name + ": " + value + "\r\n";
    }
    if (dribble) {
        if (m_dribbleChunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            closeAfter = true; // HTTP/1.0: the body ends when the connection does
    } else if (statusHasBody(response.status)) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (closeAfter)
        head += "Connection: close\r\n";
    else if (m_versionMinor == 0)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    m_keepAlive = !closeAfter;

    if (!dribble) {
        if (!bodyAllowed || response.body.size() <= kStreamSliceBytes) {
            m_socket->write(bodyAllowed ? head + response.body : head);
            finishResponse();
            return;
        }
        // A large body is not handed to the socket in one piece: encrypting tens of megabytes at
        // once blocks the proxy's thread for seconds (and holds them all in memory twice).
        m_socket->write(head);
        m_stream = response.body;
        m_streamOffset = 0;
        streamMore();
        return;
    }
    // chunkedDribbleDelay: numberOfChunks pieces; one now, the others every totalDuration/numberOfChunks.
    const qsizetype n = qMin<qsizetype>(response.dribbleChunks, response.body.size());
    m_dribble.clear();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype from = response.body.size() * i / n;
        const qsizetype to = response.body.size() * (i + 1) / n;
        m_dribble << response.body.mid(from, to - from);
    }
    m_dribbleTotalMs = response.dribbleDurationMs;
    m_dribbleCount = n;
    m_dribbleSent = 0;
    m_dribbleClock.start();
    m_socket->write(head);
    sendDribbleChunk();
}

void ProxyConnection::sendDribbleChunk()
{
    if (m_state != State::Responding)
        return;
    // Piece k (and, after the last piece, the end) is due at ceil(totalDuration * k / n).
    const auto dueMs = [this](qsizetype k) {
        return (m_dribbleTotalMs * k + m_dribbleCount - 1) / m_dribbleCount;
    };
    if (const qint64 left = dueMs(m_dribbleSent) - m_dribbleClock.elapsed(); left > 0) {
        m_timer->start(int(left)); // fired early: wait for the rest
        return;
    }
    if (m_dribble.isEmpty()) {
        if (m_dribbleChunked)
            m_socket->write("0\r\n\r\n");
        finishResponse();
        return;
    }
    const QByteArray piece = m_dribble.takeFirst();
    if (m_dribbleChunked)
        m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
    else
        m_socket->write(piece);
    m_socket->flush();
    ++m_dribbleSent;
    // The last piece, too, is followed by one interval (as WireMock).
    m_timer->start(int(qMax<qint64>(0, dueMs(m_dribbleSent) - m_dribbleClock.elapsed())));
}

void ProxyConnection::streamMore()
{
    if (m_state != State::Responding || m_stream.isEmpty())
        return;
    while (m_streamOffset < m_stream.size() && unsentBytes() < kStreamSliceBytes) {
        const qsizetype n = qMin<qsizetype>(kStreamSliceBytes, m_stream.size() - m_streamOffset);
        m_socket->write(m_stream.constData() + m_streamOffset, n);
        m_streamOffset += n;
    }
    if (m_streamOffset < m_stream.size()) {
        armWatchdog(); // progress: the client takes the body
        return;
    }
    m_stream.clear();
    m_streamOffset = 0;
    finishResponse();
}

void ProxyConnection::finishResponse()
{
    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Reading;
    // Called from deliver() inside processBuffer()'s loop, or from a timer: in both
    // cases go on with the next request the client may already have sent.
    QMetaObject::invokeMethod(this, &ProxyConnection::processBuffer, Qt::QueuedConnection);
}

void ProxyConnection::applyFault(Fault fault)
{
    qCDebug(lcSim) << "fault" << faultName(fault) << "host" << m_tunnelHost;
    switch (fault) {
    case Fault::None:
        break;
    case Fault::ConnectionResetByPeer:
        resetConnection();
        break;
    case Fault::EmptyResponse:
        closeGracefully();
        break;
    case Fault::MalformedResponseChunk:
        m_socket->write(QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") + kGarbage);
        closeGracefully();
        break;
    case Fault::RandomDataThenClose:
        m_socket->write(kGarbage);
        closeGracefully();
        break;
    case Fault::NoResponse:
        m_state = State::Stalled;
        armWatchdog();
        break;
    }
}

void ProxyConnection::closeGracefully()
{
    m_state = State::Closing;
    armWatchdog();                  // the client has the idle timeout to take the last bytes
    m_socket->disconnectFromHost(); // after the bytes already written (and TLS close_notify)
}

void ProxyConnection::resetConnection()
{
    // TCP RST: SO_LINGER with a zero timeout, then close (what WireMock does).
    m_state = State::Closing;
    m_watchdog->stop();
    setLingerZero(m_socket->socketDescriptor());
    m_socket->abort();
    deleteLater();
}

} // namespace AuthDoctor::Sim
