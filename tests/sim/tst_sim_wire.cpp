// The proxy on the wire: keep-alive, repeated headers, concurrency, request bodies, plain http,
// HTTP/1.0, size caps and refusals.
#include "SimTestSupport.h"

#include "sim/ProxyConnection.h"

#include <QBuffer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

using namespace AuthDoctor::Sim;

using SimTest::bodyOf;
using SimTest::readResponse;
using SimTest::statusOf;

class TestSimWire : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void repeatedHeadersStaySeparate();
    void keepAliveReusesTheConnection();
    void keepAliveInsideTheTunnel();
    void connectionCloseIsHonoured();
    void pipelinedRequests();
    void plainHttpProxying();
    void http10();
    void chunkedRequestBody();
    void expectContinue();
    void headHasNoBody();
    void unmatchedIs404();
    void concurrentRequests();
    void refusals_data();
    void refusals();
    void sizeCaps_data();
    void sizeCaps();
    void loopbackOnly();
    void stopFromALogSlot();
    void connectionsFreedWhenClientsLeave();
    void connectionIdentity();

private:
    std::optional<Scenario> m_scenario;
};

void TestSimWire::initTestCase()
{
    QString error;
    m_scenario = SimTest::scenario(SimTest::wireScenario(R"([
        {"request": {"urlPath": "/ews"}, "response": {"status": 401, "statusMessage": "Unauthorized by policy",
            "headers": {"WWW-Authenticate": ["Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""],
                        "X-Powered-By": "ASP.NET"}}},
        {"request": {"method": "POST", "urlPath": "/echo-size", "bodyPatterns": [{"equalTo": "hello chunked world"}]},
            "response": {"status": 200, "body": "body arrived whole"}},
        {"request": {"urlPathPattern": "/n/[0-9]+"}, "response": {"status": 200, "body": "numbered"}},
        {"request": {"urlPath": "/close"}, "response": {"status": 200, "headers": {"Connection": "close"}, "body": "bye"}},
        {"request": {"urlPath": "/hello"}, "response": {"status": 200, "body": "hello"}}
    ])"),
                                   &error);
    QVERIFY2(m_scenario, qPrintable(error));
}

void TestSimWire::repeatedHeadersStaySeparate()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));

    // On the wire: three WWW-Authenticate lines, in order, and the custom reason phrase.
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET http://mail.fabrikam.com/ews HTTP/1.1\r\nHost: mail.fabrikam.com\r\n\r\n");
    const QByteArray response = readResponse(socket);
    QVERIFY2(response.startsWith("HTTP/1.1 401 Unauthorized by policy\r\n"), response.constData());
    const qsizetype a = response.indexOf("\r\nWWW-Authenticate: Negotiate\r\n");
    const qsizetype b = response.indexOf("\r\nWWW-Authenticate: NTLM\r\n");
    const qsizetype c = response.indexOf("\r\nWWW-Authenticate: Basic realm=\"mail.fabrikam.com\"\r\n");
    QVERIFY(a > 0 && b > a && c > b);
    QVERIFY(response.contains("\r\nContent-Length: 0\r\n"));

    // Through QNAM over TLS: every value arrives. (Qt 6.4's QNAM folds repeated headers into one
    // comma-joined pair in rawHeaderPairs(); the split above also accepts one pair per line.)
    auto nam = SimTest::makeNam(tenant);
    const auto r =
        SimTest::send(*nam, SimTest::makeRequest(QStringLiteral("https://mail.fabrikam.com/ews"), tenant));
    QCOMPARE(r.status, 401);
    QByteArrayList values;
    for (const QByteArray &v : r.headerValues("WWW-Authenticate"))
        for (const QByteArray &part : v.split('\n'))
            values << part;
    const QByteArray joined = values.join(", ");
    QVERIFY2(joined == "Negotiate, NTLM, Basic realm=\"mail.fabrikam.com\"", joined.constData());
    QCOMPARE(r.headerValues("X-Powered-By"), QByteArrayList{"ASP.NET"});
}

void TestSimWire::keepAliveReusesTheConnection()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    for (int i = 0; i < 5; ++i) {
        const auto r = SimTest::send(
            *nam, SimTest::makeRequest(QStringLiteral("https://outlook.office365.com/n/%1").arg(i), tenant));
        QCOMPARE(r.status, 200);
    }
    QCOMPARE(tenant.requestLog().size(), 5);
    QCOMPARE(tenant.acceptedConnections(), 1);
}

void TestSimWire::keepAliveInsideTheTunnel()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QSslSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write(
        "CONNECT login.microsoftonline.com:443 HTTP/1.1\r\nHost: login.microsoftonline.com:443\r\n\r\n");
    const QByteArray established = readResponse(socket);
    QVERIFY2(established.startsWith("HTTP/1.1 200 "), established.constData());
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(tenant.caCertificates());
    socket.setSslConfiguration(c);
    socket.setPeerVerifyName(QStringLiteral("login.microsoftonline.com"));
    socket.startClientEncryption();
    // The simulator runs in this thread: wait with the event loop running, not with waitForEncrypted().
    QTRY_VERIFY2_WITH_TIMEOUT(socket.isEncrypted(), qPrintable(socket.errorString()), 10000);
    for (int i = 0; i < 3; ++i) {
        socket.write("GET /hello HTTP/1.1\r\nHost: login.microsoftonline.com\r\n\r\n");
        const QByteArray r = readResponse(socket);
        QCOMPARE(statusOf(r), 200);
        QCOMPARE(bodyOf(r), QByteArray("hello"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
    QCOMPARE(tenant.requestLog().size(), 3);
    QCOMPARE(tenant.requestLog().last().value(QStringLiteral("host")).toString(),
             QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(tenant.acceptedConnections(), 1);
}

void TestSimWire::connectionCloseIsHonoured()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    {
        QTcpSocket socket; // the client asks for it
        QVERIFY(SimTest::connectRaw(tenant, socket));
        socket.write(
            "GET http://contoso.com/hello HTTP/1.1\r\nHost: contoso.com\r\nConnection: close\r\n\r\n");
        const QByteArray r = readResponse(socket);
        QCOMPARE(statusOf(r), 200);
        QVERIFY(r.contains("\r\nConnection: close\r\n"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }
    {
        QTcpSocket socket; // the mapping asks for it
        QVERIFY(SimTest::connectRaw(tenant, socket));
        socket.write("GET http://contoso.com/close HTTP/1.1\r\nHost: contoso.com\r\n\r\n");
        const QByteArray r = readResponse(socket);
        QCOMPARE(bodyOf(r), QByteArray("bye"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }
}

void TestSimWire::pipelinedRequests()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET http://contoso.com/hello HTTP/1.1\r\nHost: contoso.com\r\n\r\n"
                 "GET http://contoso.com/n/1 HTTP/1.1\r\nHost: contoso.com\r\n\r\n");
    QByteArray all;
    QTRY_VERIFY((all += socket.readAll()).count("HTTP/1.1 200 OK") == 2 && all.endsWith("numbered"));
    QVERIFY(all.indexOf("hello") < all.indexOf("numbered"));
    QCOMPARE(tenant.requestLog().size(), 2);
}

void TestSimWire::plainHttpProxying()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *nam, SimTest::makeRequest(QStringLiteral("http://mail.fabrikam.com:8080/n/7?x=1"), tenant));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.body, QByteArray("numbered"));
    const QJsonObject e = tenant.requestLog().value(0);
    QCOMPARE(e.value(QStringLiteral("host")).toString(), QStringLiteral("mail.fabrikam.com"));
    QCOMPARE(e.value(QStringLiteral("path")).toString(), QStringLiteral("/n/7"));
}

void TestSimWire::http10()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET http://mail.fabrikam.com/hello HTTP/1.0\r\n\r\n");
    const QByteArray r = readResponse(socket);
    QCOMPARE(statusOf(r), 200);
    QCOMPARE(bodyOf(r), QByteArray("hello"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState); // HTTP/1.0 without keep-alive

    QTcpSocket kept;
    QVERIFY(SimTest::connectRaw(tenant, kept));
    kept.write("GET http://mail.fabrikam.com/hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    const QByteArray k = readResponse(kept);
    QVERIFY(k.contains("\r\nConnection: keep-alive\r\n"));
    kept.write("GET http://mail.fabrikam.com/n/2 HTTP/1.0\r\n\r\n");
    QCOMPARE(bodyOf(readResponse(kept)), QByteArray("numbered"));
}

void TestSimWire::chunkedRequestBody()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("POST http://mail.fabrikam.com/echo-size HTTP/1.1\r\nHost: mail.fabrikam.com\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n6\r\nhello \r\n");
    QTest::qWait(50); // the rest comes later, in odd pieces, with an extension and a trailer
    socket.write("8;ext=1\r\nchunked \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n");
    const QByteArray r = readResponse(socket);
    QCOMPARE(statusOf(r), 200);
    QCOMPARE(bodyOf(r), QByteArray("body arrived whole"));

    // And with Content-Length from QNAM through the tunnel.
    auto nam = SimTest::makeNam(tenant);
    QNetworkRequest req = SimTest::makeRequest(QStringLiteral("https://mail.fabrikam.com/echo-size"), tenant);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
    const auto q = SimTest::send(*nam, req, "POST", "hello chunked world");
    QCOMPARE(q.body, QByteArray("body arrived whole"));
}

void TestSimWire::expectContinue()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("POST http://mail.fabrikam.com/echo-size HTTP/1.1\r\nHost: mail.fabrikam.com\r\n"
                 "Content-Length: 19\r\nExpect: 100-continue\r\n\r\n");
    QByteArray interim;
    QTRY_VERIFY((interim += socket.readAll()).contains("\r\n\r\n"));
    QCOMPARE(interim, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
    socket.write("hello chunked world");
    QCOMPARE(bodyOf(readResponse(socket)), QByteArray("body arrived whole"));
}

void TestSimWire::headHasNoBody()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("HEAD http://contoso.com/hello HTTP/1.1\r\nHost: contoso.com\r\n\r\n"
                 "GET http://contoso.com/hello HTTP/1.1\r\nHost: contoso.com\r\n\r\n");
    QByteArray all;
    QTRY_VERIFY((all += socket.readAll()).count("HTTP/1.1 200 OK") == 2 && all.endsWith("hello"));
    QCOMPARE(all.count("Content-Length: 5"), 2);
    QCOMPARE(all.count("hello"), 1);
}

void TestSimWire::unmatchedIs404()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *nam, SimTest::makeRequest(QStringLiteral("https://graph.microsoft.com/nothing"), tenant));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(tenant.requestLog().value(0).value(QStringLiteral("rule")).toString(),
             QStringLiteral("unmatched"));
}

void TestSimWire::concurrentRequests()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    // 100 requests at once: 20 host names × 5, over https and http, each QNAM opening
    // several connections per host.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QList<QNetworkReply *> replies;
    for (int n = 0; n < 4; ++n)
        nams.push_back(SimTest::makeNam(tenant));
    for (int i = 0; i < 100; ++i) {
        const QString url = QStringLiteral("%1://host%2.contoso.com/n/%3")
                                .arg(i % 2 ? QStringLiteral("https") : QStringLiteral("http"))
                                .arg(i % 20)
                                .arg(i);
        replies << nams[size_t(i % 4)]->get(SimTest::makeRequest(url, tenant));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }),
        60000);
    for (QNetworkReply *r : std::as_const(replies)) {
        QCOMPARE(r->error(), QNetworkReply::NoError);
        QCOMPARE(r->readAll(), QByteArray("numbered"));
        r->deleteLater();
    }
    QCOMPARE(tenant.requestLog().size(), 100);
    QVERIFY2(tenant.acceptedConnections() >= 20, qPrintable(QString::number(tenant.acceptedConnections())));
}

void TestSimWire::refusals_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("rule");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00 hello\r\n\r\n", 15) << 400
                             << QStringLiteral("proxy:bad-request");
    QTest::newRow("TLS hello without a line end")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400
        << QStringLiteral("proxy:bad-request");
    QTest::newRow("control character in request line")
        << QByteArray("GET http://a.contoso.com/\x01 HTTP/1.1") << 400 << QStringLiteral("proxy:bad-request");
    QTest::newRow("words") << QByteArray("hello there, proxy\r\n\r\n") << 400
                           << QStringLiteral("proxy:bad-request");
    QTest::newRow("no version") << QByteArray("GET http://a.contoso.com/\r\n\r\n") << 400
                                << QStringLiteral("proxy:bad-request");
    QTest::newRow("header without colon")
        << QByteArray("GET http://a.contoso.com/ HTTP/1.1\r\nBroken\r\n\r\n") << 400
        << QStringLiteral("proxy:bad-request");
    QTest::newRow("bad content-length")
        << QByteArray("POST http://a.contoso.com/ HTTP/1.1\r\nContent-Length: x\r\n\r\n") << 400
        << QStringLiteral("proxy:bad-request");
    QTest::newRow("bad chunk")
        << QByteArray("POST http://a.contoso.com/ HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "zz\r\n")
        << 400 << QStringLiteral("proxy:bad-request");
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                    << QStringLiteral("proxy:http-version");
    QTest::newRow("CONNECT to port 80") << QByteArray("CONNECT mail.fabrikam.com:80 HTTP/1.1\r\n\r\n") << 405
                                        << QStringLiteral("proxy:connect-port");
    QTest::newRow("CONNECT to 8443") << QByteArray("CONNECT mail.fabrikam.com:8443 HTTP/1.1\r\n\r\n") << 405
                                     << QStringLiteral("proxy:connect-port");
    QTest::newRow("CONNECT without port") << QByteArray("CONNECT mail.fabrikam.com HTTP/1.1\r\n\r\n") << 400
                                          << QStringLiteral("proxy:bad-request");
    QTest::newRow("direct request") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 501
                                    << QStringLiteral("proxy:not-a-proxy-request");
    QTest::newRow("https without CONNECT") << QByteArray("GET https://a.contoso.com/ HTTP/1.1\r\n\r\n") << 501
                                           << QStringLiteral("proxy:not-implemented");
    // Request smuggling (RFC 9112 §6.3): both framings → 400 and close; the request hidden in the
    // "body" is never answered (the test sees exactly one log entry).
    QTest::newRow("Transfer-Encoding and Content-Length")
        << QByteArray("POST http://a.contoso.com/hello HTTP/1.1\r\nContent-Length: 4\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
                      "GET http://a.contoso.com/hello HTTP/1.1\r\n\r\n")
        << 400 << QStringLiteral("proxy:bad-request");
    QTest::newRow("Content-Length and Transfer-Encoding")
        << QByteArray("POST http://a.contoso.com/hello HTTP/1.1\r\ntransfer-encoding: chunked\r\n"
                      "content-length: 57\r\n\r\n0\r\n\r\n"
                      "GET http://a.contoso.com/hello HTTP/1.1\r\n\r\n")
        << 400 << QStringLiteral("proxy:bad-request");
    QTest::newRow("unknown transfer coding")
        << QByteArray("POST http://a.contoso.com/ HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
        << QStringLiteral("proxy:not-implemented");
}

void TestSimWire::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, rule);
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write(request);
    const QByteArray r = readResponse(socket);
    QCOMPARE(statusOf(r), status);
    QVERIFY(r.contains("\r\nConnection: close\r\n"));
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(tenant.requestLog().size(), 1);
    QCOMPARE(tenant.requestLog().first().value(QStringLiteral("rule")).toString(), rule);
    QCOMPARE(tenant.requestLog().first().value(QStringLiteral("status")).toInt(), status);
}

void TestSimWire::sizeCaps_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray longHeader = "X-Long: " + QByteArray(3000, 'a') + "\r\n";
    QTest::newRow("headers") << "GET http://a.contoso.com/hello HTTP/1.1\r\n" + longHeader + "\r\n" << 431;
    QTest::newRow("headers never end") << "GET http://a.contoso.com/hello HTTP/1.1\r\n" + longHeader << 431;
    QTest::newRow("declared body")
        << QByteArray("POST http://a.contoso.com/x HTTP/1.1\r\nContent-Length: 5000\r\n\r\n") << 413;
    QTest::newRow("chunked body")
        << "POST http://a.contoso.com/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
           "800\r\n" +
               QByteArray(2048, 'b') + "\r\n"
        << 413;
    QTest::newRow("within the caps")
        << "POST http://a.contoso.com/hello HTTP/1.1\r\nContent-Length: 900\r\n\r\n" + QByteArray(900, 'c')
        << 200;
}

void TestSimWire::sizeCaps()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    SimulatedTenant tenant;
    SimulatedTenant::Options options;
    options.limits.maxHeaderBytes = 1024;
    options.limits.maxBodyBytes = 1000;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, options, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write(request);
    const QByteArray r = readResponse(socket);
    QCOMPARE(statusOf(r), status);
    if (status != 200)
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(tenant.requestLog().size(), 1);
    QCOMPARE(tenant.requestLog().first().value(QStringLiteral("host")).toString(),
             QStringLiteral("a.contoso.com"));
}

void TestSimWire::loopbackOnly()
{
    SimulatedTenant tenant;
    SimulatedTenant::Options options;
    options.address = QHostAddress(QHostAddress::AnyIPv4);
    QString error;
    QVERIFY(!tenant.start(*m_scenario, options, &error));
    QVERIFY2(error.contains(QLatin1String("--allow-non-loopback")), qPrintable(error));
    QVERIFY(!tenant.isRunning());

    options.allowNonLoopback = true;
    QVERIFY2(tenant.start(*m_scenario, options, &error), qPrintable(error));
    QVERIFY(tenant.isRunning());
    tenant.stop();
    QVERIFY(!tenant.isRunning());

    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QCOMPARE(tenant.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(tenant.port() > 0);
    QCOMPARE(tenant.proxy().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(tenant.proxyUrl(), QStringLiteral("http://127.0.0.1:%1").arg(tenant.port()));
}

void TestSimWire::stopFromALogSlot()
{
    // Practice mode may stop the simulator as soon as it sees a request: from inside its own signal.
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    const auto stopper =
        connect(&tenant, &SimulatedTenant::requestLogged, &tenant, [&tenant] { tenant.stop(); });
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *nam, SimTest::makeRequest(QStringLiteral("https://contoso.com/hello"), tenant), "GET", {}, 5000);
    QVERIFY(r.finished);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(!tenant.isRunning());
    QCOMPARE(tenant.requestLog().size(), 1);
    QTest::qWait(50); // the deferred deletion runs without a crash
    disconnect(stopper);
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error)); // and it can start again
    auto nam2 = SimTest::makeNam(tenant);
    QCOMPARE(SimTest::send(*nam2, SimTest::makeRequest(QStringLiteral("https://contoso.com/hello"), tenant))
                 .status,
             200);
}

// Every connection object goes away when its client leaves, whatever the connection was doing:
// idle, mid-head, mid-body, after CONNECT before the handshake, stalled (NO_RESPONSE), waiting for
// a delayed response, or dribbling one.
void TestSimWire::connectionsFreedWhenClientsLeave()
{
    QString error;
    const auto scenario = SimTest::scenario(SimTest::wireScenario(R"([
        {"request": {"urlPath": "/stall"}, "response": {"fault": "NO_RESPONSE"}},
        {"request": {"urlPath": "/slow"}, "response": {"status": 200, "fixedDelayMilliseconds": 60000}},
        {"request": {"urlPath": "/dribble"}, "response": {"status": 200, "body": "0123456789",
            "chunkedDribbleDelay": {"numberOfChunks": 10, "totalDuration": 60000}}}
    ])"),
                                            &error);
    QVERIFY2(scenario, qPrintable(error));
    SimulatedTenant tenant;
    QVERIFY2(tenant.start(*scenario, &error), qPrintable(error));
    const QList<QByteArray> openings = {
        QByteArray(),
        "GET http://mail.fabrikam.com/x HTTP/1.1\r\nHost: mail.fab",
        "POST http://mail.fabrikam.com/x HTTP/1.1\r\nContent-Length: 100\r\n\r\nabc",
        "POST http://mail.fabrikam.com/x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
        "CONNECT contoso.com:443 HTTP/1.1\r\nHost: contoso.com:443\r\n\r\n",
        "GET http://mail.fabrikam.com/stall HTTP/1.1\r\n\r\n",
        "GET http://mail.fabrikam.com/slow HTTP/1.1\r\n\r\n",
        "GET http://mail.fabrikam.com/dribble HTTP/1.1\r\n\r\n",
    };
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (const QByteArray &opening : openings) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(tenant.address(), tenant.port());
        QVERIFY(socket->waitForConnected(5000));
        socket->write(opening);
        QVERIFY(socket->waitForBytesWritten(5000) || opening.isEmpty());
        clients.push_back(std::move(socket));
    }
    // The proxy answered CONNECT and began dribbling: those two connections are mid-way.
    QTRY_VERIFY(clients[4]->bytesAvailable() > 0);
    QTRY_VERIFY(clients[7]->bytesAvailable() > 0);
    QTRY_COMPARE(tenant.findChildren<ProxyConnection *>().size(), qsizetype(openings.size()));
    for (auto &c : clients)
        c->abort();
    QTRY_COMPARE(tenant.findChildren<ProxyConnection *>().size(), qsizetype(0));
    QVERIFY(tenant.isRunning());
}

// Every request carries the identity of its TCP connection (SimRequest::connectionId): the same
// for keep-alive requests on one connection, another for the next connection. The tenant model
// binds NTLM to it (facts §9.9).
void TestSimWire::connectionIdentity()
{
    SimulatorServer server;
    QList<quint64> ids;
    server.setHandler([&ids](const SimRequest &r) {
        ids << r.connectionId;
        return SimResponse::empty(204, QStringLiteral("tenant:test"));
    });
    QString error;
    QVERIFY2(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    const QByteArray get = "GET http://mail.fabrikam.com/x HTTP/1.1\r\nHost: mail.fabrikam.com\r\n\r\n";
    QTcpSocket first;
    first.connectToHost(QHostAddress(QHostAddress::LocalHost), server.serverPort());
    QVERIFY(first.waitForConnected(5000));
    for (int i = 0; i < 2; ++i) {
        first.write(get);
        QVERIFY(readResponse(first).startsWith("HTTP/1.1 204"));
    }
    QTcpSocket second;
    second.connectToHost(QHostAddress(QHostAddress::LocalHost), server.serverPort());
    QVERIFY(second.waitForConnected(5000));
    second.write(get);
    QVERIFY(readResponse(second).startsWith("HTTP/1.1 204"));
    QCOMPARE(ids.size(), 3);
    QVERIFY(ids.at(0) != 0);
    QCOMPARE(ids.at(1), ids.at(0));
    QVERIFY(ids.at(2) != ids.at(0) && ids.at(2) != 0);
}

QTEST_GUILESS_MAIN(TestSimWire)
#include "tst_sim_wire.moc"
