// The proxy's limits over real loopback sockets (README.md "Limits"): a client that does not read
// its answers stops being read (bounded memory, others still served), idle / slow / stalled
// connections end, and the number of connections stays under a cap with a clear 503 beyond it.
#include "SimTestSupport.h"

#include "sim/ProxyConnection.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#include <vector>

using namespace AuthDoctor::Sim;
using SimTest::readResponse;
using SimTest::statusOf;

namespace {

const QByteArray kBigBody(2048, 'x');

// Plain http, or a TLS tunnel after CONNECT (origin-form requests then).
struct Client
{
    std::unique_ptr<QSslSocket> socket = std::make_unique<QSslSocket>();
    bool tunnel = false;

    bool open(const SimulatedTenant &tenant, bool throughTunnel)
    {
        tunnel = throughTunnel;
        if (!SimTest::connectRaw(tenant, *socket))
            return false;
        if (!tunnel)
            return true;
        socket->write(
            "CONNECT login.microsoftonline.com:443 HTTP/1.1\r\nHost: login.microsoftonline.com\r\n\r\n");
        if (statusOf(readResponse(*socket)) != 200)
            return false;
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(tenant.caCertificates());
        socket->setSslConfiguration(c);
        socket->setPeerVerifyName(QStringLiteral("login.microsoftonline.com"));
        socket->startClientEncryption();
        return QTest::qWaitFor([this] { return socket->isEncrypted(); }, 10000);
    }
    QByteArray request(const QByteArray &path) const
    {
        return "GET " + (tunnel ? path : "http://login.microsoftonline.com" + path) +
               " HTTP/1.1\r\nHost: login.microsoftonline.com\r\n\r\n";
    }
};

// The simulator's own end of its connections (same process): what it holds for them.
struct ServerSide
{
    qint64 unsent = 0; // answers written, not yet taken by the kernel
    qint64 unread = 0; // bytes the socket read from the client, not yet taken by the proxy
    qsizetype sockets = 0;
};

ServerSide serverSide(const SimulatedTenant &tenant)
{
    ServerSide s;
    for (const ProxyConnection *c : tenant.findChildren<ProxyConnection *>()) {
        for (const QSslSocket *socket : c->findChildren<QSslSocket *>()) {
            s.unsent = qMax(s.unsent, socket->bytesToWrite() + socket->encryptedBytesToWrite());
            s.unread = qMax(s.unread, socket->bytesAvailable());
            ++s.sockets;
        }
    }
    return s;
}

// QTest::qWaitFor() sleeps 10 ms between rounds of events; the proxy answers one pipelined request
// per round, so thousands of them need rounds without the sleep.
template <typename Predicate> bool spinUntil(Predicate predicate, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!predicate()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    return true;
}

qsizetype countResponses(const QByteArray &data)
{
    return data.count("HTTP/1.1 200 OK\r\n");
}

} // namespace

class TestSimLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void backpressure_data();
    void backpressure();
    void timeouts_data();
    void timeouts();
    void connectionCap_data();
    void connectionCap();

private:
    std::optional<Scenario> m_scenario;
};

void TestSimLimits::initTestCase()
{
#ifdef Q_OS_UNIX
    // This process is both ends of every connection: room for twice the default cap (macOS gives
    // a process 256 file handles unless asked).
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 1024) {
        limit.rlim_cur = qMin<rlim_t>(1024, limit.rlim_max);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
    QString error;
    m_scenario = SimTest::scenario(SimTest::wireScenario("[{\"request\": {\"urlPath\": \"/big\"}, "
                                                         "\"response\": {\"status\": 200, \"body\": \"" +
                                                         kBigBody +
                                                         "\"}},"
                                                         "{\"request\": {\"urlPath\": \"/hello\"}, "
                                                         "\"response\": {\"status\": 200, "
                                                         "\"body\": \"hello\"}}]"),
                                   &error);
    QVERIFY2(m_scenario, qPrintable(error));
}

// A client pipelines thousands of requests for 2 KB answers and does not read: the proxy stops
// reading its requests once the unsent answers pass the cap (then TCP holds the client back),
// other clients are served meanwhile, and every answer arrives once the client reads. A client
// that never reads is dropped after the idle timeout.
void TestSimLimits::backpressure_data()
{
    QTest::addColumn<bool>("tunnel");
    QTest::addColumn<bool>("readsLater");
    QTest::newRow("plain http") << false << true;
    QTest::newRow("inside the tunnel") << true << true;
    QTest::newRow("plain http, never reads") << false << false;
    QTest::newRow("inside the tunnel, never reads") << true << false;
}

void TestSimLimits::backpressure()
{
    QFETCH(bool, tunnel);
    QFETCH(bool, readsLater);
    SimulatedTenant tenant;
    SimulatedTenant::Options options;
    options.connections.maxUnsentBytes = 64 * 1024;
    options.connections.readBufferBytes = 16 * 1024;
    options.connections.idleTimeoutMs = readsLater ? 60000 : 1000;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, options, &error), qPrintable(error));

    Client client;
    QVERIFY(client.open(tenant, tunnel));
    QTRY_COMPARE(tenant.findChildren<ProxyConnection *>().size(), qsizetype(1));
    const QPointer<ProxyConnection> itsConnection = tenant.findChild<ProxyConnection *>();
    client.socket->setReadBufferSize(1024); // this client does not read: the kernel's buffers fill up
    const int requests = 10000;             // 20 MB of answers, far more than the kernel buffers
    client.socket->write(client.request("/big").repeated(requests));

    // Let the proxy run until it stops making progress.
    qsizetype served = -1;
    ServerSide worst;
    for (int still = 0; still < 5;) {
        QTest::qWait(100);
        const ServerSide now = serverSide(tenant);
        worst.unsent = qMax(worst.unsent, now.unsent);
        worst.unread = qMax(worst.unread, now.unread);
        const qsizetype n = tenant.requestLog().size();
        still = n == served ? still + 1 : 0;
        served = n;
    }
    qInfo() << "answered while the client did not read:" << served << "of" << requests;
    QVERIFY2(served < requests / 2, qPrintable(QString::number(served)));
    QVERIFY2(worst.unsent <= options.connections.maxUnsentBytes + 4096,
             qPrintable(QString::number(worst.unsent)));
    // Inside the tunnel the socket decrypts a whole TLS record (up to 16 KiB) past its buffer size.
    const qint64 tlsRecord = tunnel ? 16 * 1024 + 512 : 0;
    QVERIFY2(worst.unread <= options.connections.readBufferBytes + tlsRecord,
             qPrintable(QString::number(worst.unread)));

    // Others are served meanwhile.
    Client other;
    QVERIFY(other.open(tenant, tunnel));
    other.socket->write(other.request("/hello"));
    QCOMPARE(statusOf(readResponse(*other.socket)), 200);

    if (!readsLater) {
        // Never read: dropped after the idle timeout (and nothing more was served for it). The
        // client itself, not reading, may not see that.
        QTRY_VERIFY_WITH_TIMEOUT(itsConnection.isNull(), 10000);
        QCOMPARE(tenant.requestLog().size(), served + 1);
        return;
    }
    client.socket->setReadBufferSize(0);
    QByteArray received;
    qsizetype answers = 0;
    QVERIFY(spinUntil(
        [&] {
            received += client.socket->readAll();
            // Count complete answers and drop them, so that the buffer stays small.
            const qsizetype last = received.lastIndexOf("HTTP/1.1 200 OK\r\n");
            if (last > 0) {
                answers += countResponses(received.left(last));
                received.remove(0, last);
            }
            return answers + countResponses(received) == requests && received.endsWith(kBigBody);
        },
        60000));
    QCOMPARE(tenant.requestLog().size(), requests + 1);
}

void TestSimLimits::timeouts_data()
{
    QTest::addColumn<QByteArray>("opening");
    QTest::addColumn<QByteArray>("drip"); // sent every 50 ms until the proxy closes
    QTest::addColumn<int>("status");      // the proxy's last answer; 0: it closes without one
    QTest::addColumn<QString>("rule");    // of the last log entry; empty: nothing logged

    QTest::newRow("idle from the start") << QByteArray() << QByteArray() << 0 << QString();
    QTest::newRow("idle after an answer") << QByteArray("GET http://a.contoso.com/hello HTTP/1.1\r\n\r\n")
                                          << QByteArray() << 200 << QStringLiteral("mapping:1");
    QTest::newRow("slowloris: a header line at a time")
        << QByteArray("GET http://a.contoso.com/hello HTTP/1.1\r\n") << QByteArray("X-A: b\r\n") << 408
        << QStringLiteral("proxy:request-timeout");
    QTest::newRow("slowloris: a byte at a time")
        << QByteArray("GET http://a.contoso.com/hello HTTP/1.1\r\nX-A: ") << QByteArray("b") << 408
        << QStringLiteral("proxy:request-timeout");
    QTest::newRow("half a request pipelined behind a whole one")
        << QByteArray("GET http://a.contoso.com/hello HTTP/1.1\r\n\r\nGET http://a.contoso.com/hel")
        << QByteArray() << 408 << QStringLiteral("proxy:request-timeout");
    QTest::newRow("empty lines only")
        << QByteArray("\r\n") << QByteArray("\r\n") << 408 << QStringLiteral("proxy:request-timeout");
    QTest::newRow("body that stops coming")
        << QByteArray("POST http://a.contoso.com/hello HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")
        << QByteArray() << 408 << QStringLiteral("proxy:request-timeout");
    QTest::newRow("body trickling in, past the request timeout")
        << QByteArray("POST http://a.contoso.com/hello HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n")
        << QByteArray("a") << 408 << QStringLiteral("proxy:request-timeout");
    QTest::newRow("chunked body that stops coming")
        << QByteArray("POST http://a.contoso.com/hello HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
        << QByteArray() << 408 << QStringLiteral("proxy:request-timeout");
    QTest::newRow("no TLS handshake after CONNECT")
        << QByteArray("CONNECT contoso.com:443 HTTP/1.1\r\nHost: contoso.com:443\r\n\r\n") << QByteArray()
        << 200 << QString();
}

void TestSimLimits::timeouts()
{
    QFETCH(QByteArray, opening);
    QFETCH(QByteArray, drip);
    QFETCH(int, status);
    QFETCH(QString, rule);
    SimulatedTenant tenant;
    SimulatedTenant::Options options;
    options.connections.idleTimeoutMs = 300;
    options.connections.headerTimeoutMs = 300;
    options.connections.requestTimeoutMs = 600;
    options.connections.handshakeTimeoutMs = 300;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, options, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write(opening);

    // Keep dripping (a slow client never stops on its own); the proxy must end it.
    QByteArray received;
    const bool closed = QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            if (socket.state() != QAbstractSocket::ConnectedState)
                return true;
            if (!drip.isEmpty())
                socket.write(drip);
            QTest::qWait(50);
            return false;
        },
        10000);
    received += socket.readAll();
    QVERIFY2(closed, received.constData());
    const qsizetype last = received.lastIndexOf("HTTP/1.1 ");
    QCOMPARE(last < 0 ? 0 : statusOf(received.mid(last)), status);
    if (status == 408)
        QVERIFY(received.contains("\r\nConnection: close\r\n"));
    if (rule.isEmpty()) {
        QVERIFY(tenant.requestLog().isEmpty());
    } else {
        QVERIFY(!tenant.requestLog().isEmpty());
        QCOMPARE(tenant.requestLog().last().value(QStringLiteral("rule")).toString(), rule);
    }
    QTRY_COMPARE(tenant.findChildren<ProxyConnection *>().size(), qsizetype(0));
}

// Clients that each send a keep-alive request and stay: the first maxConnections are served, the
// others get 503 and a close (beyond the refusal slots, too, once a slot comes free); the proxy
// never holds more than maxConnections + refusalSlots sockets; slots come free when clients leave.
void TestSimLimits::connectionCap_data()
{
    QTest::addColumn<int>("maxConnections");
    QTest::addColumn<int>("refusalSlots");
    QTest::addColumn<int>("extra");
    QTest::newRow("cap 3") << 3 << 16 << 5;
    QTest::newRow("cap 3, refusal slots full") << 3 << 2 << 8;
    const SimulatorServer::ConnectionLimits defaults;
    QTest::newRow("default cap") << defaults.maxConnections << defaults.refusalSlots << 10;
}

void TestSimLimits::connectionCap()
{
    QFETCH(int, maxConnections);
    QFETCH(int, refusalSlots);
    QFETCH(int, extra);
    QVERIFY(SimulatorServer::ConnectionLimits().maxConnections +
                SimulatorServer::ConnectionLimits().refusalSlots <
            256 - 32); // macOS's default file-handle limit, with room for the rest of the app
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur < rlim_t(2 * (maxConnections + extra) + 64))
        QSKIP("too few file handles for both ends of these connections in one process");
#endif
    SimulatedTenant tenant;
    SimulatedTenant::Options options;
    options.connections.maxConnections = maxConnections;
    options.connections.refusalSlots = refusalSlots;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, options, &error), qPrintable(error));

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < maxConnections + extra; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QVERIFY(SimTest::connectRaw(tenant, *socket));
        socket->write("GET http://a.contoso.com/hello HTTP/1.1\r\nHost: a.contoso.com\r\n\r\n");
        clients.push_back(std::move(socket));
    }
    QList<int> statuses(clients.size(), 0);
    qsizetype mostSockets = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            mostSockets = qMax(mostSockets, serverSide(tenant).sockets);
            for (size_t i = 0; i < clients.size(); ++i) {
                const QByteArray head = clients[i]->peek(12);
                if (head.size() == 12)
                    statuses[i] = statusOf(head);
            }
            return !statuses.contains(0);
        },
        30000));
    QCOMPARE(statuses.count(200), maxConnections);
    QCOMPARE(statuses.count(503), extra);
    QVERIFY2(mostSockets <= maxConnections + refusalSlots, qPrintable(QString::number(mostSockets)));
    QCOMPARE(tenant.requestLog().size(), maxConnections + extra);
    int refusedLogged = 0;
    for (const QJsonObject &e : tenant.requestLog())
        refusedLogged +=
            e.value(QStringLiteral("rule")).toString() == QLatin1String("proxy:too-many-connections");
    QCOMPARE(refusedLogged, extra);
    for (size_t i = 0; i < clients.size(); ++i) {
        if (statuses[i] == 503) {
            QTRY_COMPARE(clients[i]->state(), QAbstractSocket::UnconnectedState);
            QVERIFY(readResponse(*clients[i]).contains("\r\nConnection: close\r\n"));
        }
    }

    // The served clients leave: a new one is served.
    for (auto &c : clients)
        c->abort();
    QTRY_COMPARE(tenant.findChildren<ProxyConnection *>().size(), qsizetype(0));
    QTcpSocket late;
    QVERIFY(SimTest::connectRaw(tenant, late));
    late.write("GET http://a.contoso.com/hello HTTP/1.1\r\n\r\n");
    QCOMPARE(statusOf(readResponse(late)), 200);
}

QTEST_GUILESS_MAIN(TestSimLimits)
#include "tst_sim_limits.moc"
