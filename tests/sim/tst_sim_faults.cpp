// Faults, delays and dribbling as a QNetworkAccessManager client sees them through the proxy.
#include "SimTestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace AuthDoctor::Sim;

class TestSimFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void faults_data();
    void faults();
    void faultsOnTheWire_data();
    void faultsOnTheWire();
    void faultsAreLogged();
    void noResponseKeepsTheConnectionOpen();
    void delayOrdersResponses();
    void dribbleSendsChunks();
    void dribbleReachesTheClientInPieces();
    void tenantLatencyIsADelay();
    void delaysAreNeverShorter_data();
    void delaysAreNeverShorter();

private:
    std::optional<Scenario> m_scenario;
};

void TestSimFaults::initTestCase()
{
    QString error;
    m_scenario = SimTest::scenario(SimTest::wireScenario(R"([
        {"request": {"urlPath": "/reset"}, "response": {"fault": "CONNECTION_RESET_BY_PEER"}},
        {"request": {"urlPath": "/empty"}, "response": {"fault": "EMPTY_RESPONSE"}},
        {"request": {"urlPath": "/malformed"}, "response": {"fault": "MALFORMED_RESPONSE_CHUNK"}},
        {"request": {"urlPath": "/random"}, "response": {"fault": "RANDOM_DATA_THEN_CLOSE"}},
        {"request": {"urlPath": "/silence"}, "response": {"fault": "NO_RESPONSE"}},
        {"request": {"urlPath": "/slow"}, "response": {"body": "slow", "fixedDelayMilliseconds": 400}},
        {"request": {"urlPath": "/fast"}, "response": {"body": "fast"}},
        {"request": {"urlPath": "/dribble"},
         "response": {"body": "0123456789abcdefghij", "chunkedDribbleDelay": {"numberOfChunks": 4, "totalDuration": 400}}}
    ])"),
                                   &error);
    QVERIFY2(m_scenario, qPrintable(error));
}

void TestSimFaults::faults_data()
{
    // What Qt 6.4's QNetworkAccessManager reports for each fault (through the proxy, over the
    // CONNECT tunnel and plain http alike). QNAM resends a request whose connection closed
    // before any answer, so the simulator may log the request more than once.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QNetworkReply::NetworkError>("expected");
    QTest::addColumn<int>("status"); // the status QNAM saw before the failure (0: none)
    for (const char *scheme : {"https", "http"}) {
        const QString base = QString::fromLatin1(scheme) + QLatin1String("://outlook.office365.com");
        QTest::addRow("%s CONNECTION_RESET_BY_PEER", scheme)
            << base + QLatin1String("/reset") << QNetworkReply::RemoteHostClosedError << 0;
        QTest::addRow("%s EMPTY_RESPONSE", scheme)
            << base + QLatin1String("/empty") << QNetworkReply::RemoteHostClosedError << 0;
        // The status line and headers are valid; the body is not.
        QTest::addRow("%s MALFORMED_RESPONSE_CHUNK", scheme)
            << base + QLatin1String("/malformed") << QNetworkReply::RemoteHostClosedError << 200;
        QTest::addRow("%s RANDOM_DATA_THEN_CLOSE", scheme)
            << base + QLatin1String("/random") << QNetworkReply::RemoteHostClosedError << 0;
        // Never answered: the client gives up after its transfer timeout.
        QTest::addRow("%s NO_RESPONSE", scheme)
            << base + QLatin1String("/silence") << QNetworkReply::OperationCanceledError << 0;
    }
}

void TestSimFaults::faults()
{
    QFETCH(QString, url);
    QFETCH(QNetworkReply::NetworkError, expected);
    QFETCH(int, status);
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(*nam, SimTest::makeRequest(url, tenant, true, 600));
    QVERIFY(r.finished);
    QCOMPARE(r.error, expected);
    QCOMPARE(r.status, status);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!tenant.requestLog().isEmpty());

    // The proxy is still fine afterwards.
    auto nam2 = SimTest::makeNam(tenant);
    const QString fast = url.left(url.lastIndexOf(QLatin1Char('/'))) + QLatin1String("/fast");
    const auto ok = SimTest::send(*nam2, SimTest::makeRequest(fast, tenant));
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(ok.body, QByteArray("fast"));
}

void TestSimFaults::faultsOnTheWire_data()
{
    // curl tells the faults apart: RST ("reset by peer") from FIN ("empty reply"), a broken
    // chunk from a broken status line.
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("CONNECTION_RESET_BY_PEER")
        << QStringLiteral("/reset") << 56 << QStringLiteral("reset by peer");
    QTest::newRow("EMPTY_RESPONSE") << QStringLiteral("/empty") << 52
                                    << QStringLiteral("Empty reply from server");
    QTest::newRow("MALFORMED_RESPONSE_CHUNK")
        << QStringLiteral("/malformed") << 56 << QStringLiteral("chunked");
    QTest::newRow("RANDOM_DATA_THEN_CLOSE") << QStringLiteral("/random") << 1 << QStringLiteral("HTTP/0.9");
}

void TestSimFaults::faultsOnTheWire()
{
    QFETCH(QString, path);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    for (const QString &scheme : {QStringLiteral("https"), QStringLiteral("http")}) {
        QProcess p;
        p.start(curl, {QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                       QStringLiteral("--proxy"), tenant.proxyUrl(), QStringLiteral("--cacert"),
                       tenant.caPemPath(), scheme + QLatin1String("://login.microsoftonline.com") + path});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QString stderrText = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), exitCode);
        QVERIFY2(stderrText.contains(message), qPrintable(stderrText));
    }
}

void TestSimFaults::faultsAreLogged()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    SimTest::send(*nam, SimTest::makeRequest(QStringLiteral("https://mail.fabrikam.com/random"), tenant));
    QVERIFY(!tenant.requestLog().isEmpty());
    for (const QJsonObject &e : tenant.requestLog()) {
        QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("RANDOM_DATA_THEN_CLOSE"));
        QCOMPARE(e.value(QStringLiteral("rule")).toString(), QStringLiteral("mapping:3"));
        QCOMPARE(e.value(QStringLiteral("path")).toString(), QStringLiteral("/random"));
    }
}

void TestSimFaults::noResponseKeepsTheConnectionOpen()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET http://mail.fabrikam.com/silence HTTP/1.1\r\nHost: mail.fabrikam.com\r\n\r\n");
    QTRY_COMPARE(tenant.requestLog().size(), 1);
    QTest::qWait(300);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.bytesAvailable(), 0);
    // Further requests on that connection are swallowed too.
    socket.write("GET http://mail.fabrikam.com/fast HTTP/1.1\r\nHost: mail.fabrikam.com\r\n\r\n");
    QTest::qWait(200);
    QCOMPARE(socket.bytesAvailable(), 0);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    // Until the server stops.
    tenant.stop();
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void TestSimFaults::delayOrdersResponses()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    QStringList order;
    QElapsedTimer clock;
    clock.start();
    qint64 slowDone = 0;
    QNetworkReply *slow =
        nam->get(SimTest::makeRequest(QStringLiteral("https://outlook.office365.com/slow"), tenant));
    QNetworkReply *fast =
        nam->get(SimTest::makeRequest(QStringLiteral("https://graph.microsoft.com/fast"), tenant));
    connect(slow, &QNetworkReply::finished, this, [&] {
        order << QStringLiteral("slow");
        slowDone = clock.elapsed();
    });
    connect(fast, &QNetworkReply::finished, this, [&] { order << QStringLiteral("fast"); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
    QCOMPARE(order, (QStringList{QStringLiteral("fast"), QStringLiteral("slow")}));
    QCOMPARE(slow->readAll(), QByteArray("slow"));
    QVERIFY2(slowDone >= 400, qPrintable(QString::number(slowDone))); // a delay is never shorter
    slow->deleteLater();
    fast->deleteLater();
}

// The raw wire: a chunked body of exactly numberOfChunks data chunks.
void TestSimFaults::dribbleSendsChunks()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET http://mail.fabrikam.com/dribble HTTP/1.1\r\nHost: mail.fabrikam.com\r\n\r\n");
    QByteArray received;
    QList<int> arrivals; // size of the buffer each time bytes arrived
    connect(&socket, &QTcpSocket::readyRead, this, [&] {
        received += socket.readAll();
        arrivals << int(received.size());
    });
    QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("\r\n0\r\n\r\n"), 10000);
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY(received.left(headEnd).contains("Transfer-Encoding: chunked"));
    QVERIFY(!received.left(headEnd).contains("Content-Length"));
    QByteArray body = received.mid(headEnd + 4);
    QByteArray assembled;
    int chunks = 0;
    while (true) {
        const qsizetype eol = body.indexOf("\r\n");
        QVERIFY(eol > 0);
        bool ok = false;
        const int size = body.left(eol).toInt(&ok, 16);
        QVERIFY(ok);
        if (size == 0)
            break;
        assembled += body.mid(eol + 2, size);
        body = body.mid(eol + 2 + size + 2);
        ++chunks;
    }
    QCOMPARE(chunks, 4);
    QCOMPARE(assembled, QByteArray("0123456789abcdefghij"));
    QVERIFY2(arrivals.size() >= 4, "the chunks arrived spread over time, not at once");
}

void TestSimFaults::dribbleReachesTheClientInPieces()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *nam, SimTest::makeRequest(QStringLiteral("https://outlook.office365.com/dribble"), tenant));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QVERIFY2(r.readyReads >= 2, qPrintable(QString::number(r.readyReads)));
}

void TestSimFaults::tenantLatencyIsADelay()
{
    // SimResponse::delayMs, as the tenant model sets it for latency_ms, is applied like
    // fixedDelayMilliseconds.
    SimulatorServer server;
    server.setHandler([](const SimRequest &) {
        SimResponse r = SimResponse::empty(204, QStringLiteral("tenant:test"));
        r.delayMs = 300;
        return r;
    });
    QString error;
    QVERIFY2(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.serverPort()));
    QElapsedTimer clock;
    clock.start();
    const auto r = SimTest::send(nam, QNetworkRequest(QUrl(QStringLiteral("http://mail.fabrikam.com/x"))));
    QCOMPARE(r.status, 204);
    QVERIFY(clock.elapsed() >= 300);
}

// Delays are never shorter than stated (scenarios.md): from 2 s on Qt's default (coarse) timers
// may fire up to 5 % early, so these rows use delays where that would show.
void TestSimFaults::delaysAreNeverShorter_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("dribbleChunks"); // 0: fixedDelayMilliseconds / latency, else chunkedDribbleDelay
    QTest::newRow("fixed delay 2100 ms") << 2100 << 0;
    QTest::newRow("dribble 3 chunks over 2100 ms") << 2100 << 3;
}

void TestSimFaults::delaysAreNeverShorter()
{
    QFETCH(int, delayMs);
    QFETCH(int, dribbleChunks);
    SimulatorServer server;
    server.setHandler([=](const SimRequest &) {
        SimResponse r = SimResponse::empty(200, QStringLiteral("tenant:test"));
        r.body = "abcdefghi";
        if (dribbleChunks > 0) {
            r.dribbleChunks = dribbleChunks;
            r.dribbleDurationMs = delayMs;
        } else {
            r.delayMs = delayMs;
        }
        return r;
    });
    QString error;
    QVERIFY2(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error), qPrintable(error));
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), server.serverPort()));
    QElapsedTimer clock;
    clock.start();
    const auto r = SimTest::send(nam, QNetworkRequest(QUrl(QStringLiteral("http://mail.fabrikam.com/x"))));
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("abcdefghi"));
    QVERIFY2(elapsed >= delayMs, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
