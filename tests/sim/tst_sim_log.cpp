// The request log (cli.md "simulate --log"): its keys, and that no credential ever reaches it.
#include "SimTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace AuthDoctor::Sim;

namespace {
const QByteArray kPassword = "Pa55-Secret-In-Body!";
const QByteArray kQueryPassword = "QuerySecret-7781";
const QByteArray kBearer = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sifQ.sig-7731";
const QByteArray kBasicUser = "admin@fabrikam.com";
const QByteArray kBasicPassword = "Fabrikam-Admin-2026!";
const QByteArray kProxyPassword = "proxy-secret-4411";
const QByteArray kCookie = "ESTSAUTH=cookie-secret-9182";
const QByteArray kBareToken = "bare-token-without-scheme-5521";
} // namespace

class TestSimLog : public QObject
{
    Q_OBJECT
private slots:
    void entryShape();
    void credentialInThePath();
    void pathHasNoQueryFragmentOrUserInfo_data();
    void pathHasNoQueryFragmentOrUserInfo();
    void absoluteTargetsOnTheWire_data();
    void absoluteTargetsOnTheWire();
    void noCredentialInTheLog();
};

void TestSimLog::entryShape()
{
    SimRequest r;
    r.method = "POST";
    r.host = QStringLiteral("login.microsoftonline.com");
    r.target = "/contoso.com/oauth2/v2.0/token?login=user1%40contoso.com";
    r.headers = {{"Authorization", "Basic " + QByteArray(kBasicUser + ':' + kBasicPassword).toBase64()}};
    SimResponse resp = SimResponse::empty(400, QStringLiteral("tenant:token"));
    const QDateTime t = QDateTime(QDate(2026, 11, 26), QTime(13, 0, 0, 123), Qt::UTC);
    const QJsonObject e = SimulatedTenant::logEntry(r, resp, t);
    QCOMPARE(e.keys(), (QStringList{QStringLiteral("auth"), QStringLiteral("host"), QStringLiteral("method"),
                                    QStringLiteral("path"), QStringLiteral("rule"), QStringLiteral("status"),
                                    QStringLiteral("time")}));
    QCOMPARE(e.value(QStringLiteral("time")).toString(), QStringLiteral("2026-11-26T13:00:00.123Z"));
    QCOMPARE(e.value(QStringLiteral("host")).toString(), QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(e.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(e.value(QStringLiteral("path")).toString(), QStringLiteral("/contoso.com/oauth2/v2.0/token"));
    QCOMPARE(e.value(QStringLiteral("rule")).toString(), QStringLiteral("tenant:token"));
    QCOMPARE(e.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(e.value(QStringLiteral("auth")).toString(), QStringLiteral("Basic"));

    resp.fault = Fault::EmptyResponse;
    r.headers.clear();
    const QJsonObject f = SimulatedTenant::logEntry(r, resp, t);
    QCOMPARE(f.value(QStringLiteral("status")).toString(), QStringLiteral("EMPTY_RESPONSE"));
    QVERIFY(f.value(QStringLiteral("auth")).isNull());
    QCOMPARE(f.keys(), e.keys());

    const QJsonObject g =
        SimulatedTenant::logEntry(SimRequest{}, SimResponse::empty(400, QStringLiteral("proxy:x")), t);
    QVERIFY(g.value(QStringLiteral("host")).isNull());
    QVERIFY(g.value(QStringLiteral("method")).isNull());
    QVERIFY(g.value(QStringLiteral("path")).isNull());
    QCOMPARE(g.keys(), e.keys());
}

// A client that puts a credential into the path itself (matrix parameters, a token segment).
void TestSimLog::credentialInThePath()
{
    SimRequest r;
    r.method = "GET";
    r.host = QStringLiteral("mail.fabrikam.com");
    r.target = "/owa/auth;password=" + kPassword + "/" + kBearer + "?x=1";
    const QJsonObject e = SimulatedTenant::logEntry(r, SimResponse::empty(404, QStringLiteral("unmatched")),
                                                    QDateTime::currentDateTimeUtc());
    const QString path = e.value(QStringLiteral("path")).toString();
    QVERIFY2(path.startsWith(QLatin1String("/owa/auth;password=")), qPrintable(path));
    QVERIFY2(!path.contains(QLatin1String(kPassword)), qPrintable(path));
    QVERIFY2(!path.contains(QLatin1String(kBearer.left(20))), qPrintable(path));
    QCOMPARE(path.size(), QString::fromLatin1(r.rawPath()).size());
    QVERIFY2(!r.url().contains(QLatin1String(kPassword)), qPrintable(r.url()));
    QVERIFY(r.url().startsWith(QLatin1String("https://mail.fabrikam.com/owa/auth;password=")));
}

// cli.md: "`path` has no query string and no fragment, and any credential in it is masked".
void TestSimLog::pathHasNoQueryFragmentOrUserInfo_data()
{
    QTest::addColumn<QByteArray>("target"); // origin-form, as the proxy hands it on
    QTest::addColumn<QString>("path");
    QTest::newRow("query") << QByteArray("/a/b?login=user1%40contoso.com") << QStringLiteral("/a/b");
    QTest::newRow("fragment") << QByteArray("/a/b#access_token=abc") << QStringLiteral("/a/b");
    QTest::newRow("fragment before a query") << QByteArray("/a#x?password=1") << QStringLiteral("/a");
    QTest::newRow("query before a fragment") << QByteArray("/a?x#y") << QStringLiteral("/a");
    QTest::newRow("percent-decoded") << QByteArray("/caf%C3%A9/a%20b") << QStringLiteral("/café/a b");
    QTest::newRow("URL with user and password in the path")
        << QByteArray("/go/https://admin:Secret-1@evil.example/x")
        << QStringLiteral("/go/https://**************@evil.example/x");
    QTest::newRow("URL with a user name in the path") << QByteArray("/go/https://admin@evil.example/x")
                                                      << QStringLiteral("/go/https://*****@evil.example/x");
    QTest::newRow("percent-encoded URL with user info")
        << QByteArray("/go/https%3A%2F%2Fadmin%40contoso.com%3ASecret-1%40evil.example/x")
        << QStringLiteral("/go/https://**************************@evil.example/x");
    QTest::newRow("network-path with user info")
        << QByteArray("//admin:Secret-1@evil.example/x") << QStringLiteral("//**************@evil.example/x");
    QTest::newRow("an @ elsewhere stays")
        << QByteArray("/users/user1@contoso.com/photo") << QStringLiteral("/users/user1@contoso.com/photo");
}

void TestSimLog::pathHasNoQueryFragmentOrUserInfo()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, path);
    SimRequest r;
    r.method = "GET";
    r.host = QStringLiteral("mail.fabrikam.com");
    r.target = target;
    const QJsonObject e = SimulatedTenant::logEntry(r, SimResponse::empty(404, QStringLiteral("unmatched")),
                                                    QDateTime::currentDateTimeUtc());
    QCOMPARE(e.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(r.url(), QStringLiteral("https://mail.fabrikam.com") + path);
}

// Plain-http proxy requests in absolute form, end to end: the user info of the URL is dropped
// with the authority, the query and fragment with the path; a malformed authority (a '/' in the
// password) is refused without logging any of the target.
void TestSimLog::absoluteTargetsOnTheWire_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("path"); // empty: null
    QTest::newRow("user info") << QByteArray("http://admin:Secret-1@mail.fabrikam.com/echo") << 200
                               << QStringLiteral("/echo");
    QTest::newRow("query and fragment") << QByteArray("http://mail.fabrikam.com/echo?password=Secret-1#frag")
                                        << 200 << QStringLiteral("/echo");
    QTest::newRow("fragment only") << QByteArray("http://mail.fabrikam.com/echo#Secret-1") << 200
                                   << QStringLiteral("/echo");
    QTest::newRow("slash in the password")
        << QByteArray("http://admin:Secret/-1@mail.fabrikam.com/echo") << 400 << QString();
}

void TestSimLog::absoluteTargetsOnTheWire()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, path);
    QString error;
    const auto scenario = SimTest::scenario(
        SimTest::wireScenario(R"([{"request": {"urlPath": "/echo"}, "response": {"status": 200}}])"), &error);
    QVERIFY2(scenario, qPrintable(error));
    SimulatedTenant tenant;
    QVERIFY2(tenant.start(*scenario, &error), qPrintable(error));
    QTcpSocket socket;
    QVERIFY(SimTest::connectRaw(tenant, socket));
    socket.write("GET " + target + " HTTP/1.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(SimTest::statusOf(SimTest::readResponse(socket)), status);
    QCOMPARE(tenant.requestLog().size(), 1);
    const QJsonObject e = tenant.requestLog().first();
    QCOMPARE(e.value(QStringLiteral("path")).toString(), path);
    QCOMPARE(e.value(QStringLiteral("path")).isNull(), path.isEmpty());
    const QByteArray text = QJsonDocument(e).toJson();
    QVERIFY2(!text.contains("Secret") && !text.contains("frag") && !text.contains("admin"), text.constData());
}

void TestSimLog::noCredentialInTheLog()
{
    QString error;
    const auto scenario = SimTest::scenario(R"({"authdoctor": {"name": "log"},
        "mappings": [{"request": {"urlPath": "/echo"}, "response": {"status": 200, "body": "ok"}}]})",
                                            &error);
    QVERIFY2(scenario, qPrintable(error));
    SimulatedTenant tenant;
    QVERIFY2(tenant.start(*scenario, &error), qPrintable(error));
    QList<QJsonObject> emitted;
    connect(&tenant, &SimulatedTenant::requestLogged, this, [&](const QJsonObject &e) { emitted << e; });

    auto nam = SimTest::makeNam(tenant);
    auto send = [&](const QString &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                    const QByteArray &verb = "GET", const QByteArray &body = {}) {
        QNetworkRequest r = SimTest::makeRequest(url, tenant);
        for (const auto &h : headers)
            r.setRawHeader(h.first, h.second);
        return SimTest::send(*nam, r, verb, body);
    };
    const QByteArray basic = "Basic " + QByteArray(kBasicUser + ':' + kBasicPassword).toBase64();
    QVERIFY(send(QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"), {{"Authorization", basic}})
                .finished);
    QVERIFY(send(QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx"),
                 {{"Authorization", "Bearer " + kBearer}, {"Cookie", kCookie}})
                .finished);
    QVERIFY(
        send(QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"),
             {{"Content-Type", "application/x-www-form-urlencoded"}}, "POST",
             "grant_type=password&client_id=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61&username=admin%40contoso.com"
             "&password=" +
                 kPassword + "&scope=https%3A%2F%2Foutlook.office365.com%2F.default")
            .finished);
    QVERIFY(send(QStringLiteral("https://login.microsoftonline.com/echo?login=user1@contoso.com&password=") +
                     QString::fromLatin1(kQueryPassword),
                 {})
                .finished);
    QVERIFY(
        send(QStringLiteral("http://mail.fabrikam.com/echo?password=") + QString::fromLatin1(kQueryPassword),
             {{"Authorization", kBareToken},
              {"Proxy-Authorization", "Basic " + QByteArray("me:" + kProxyPassword).toBase64()}})
            .finished);
    QVERIFY(send(QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"),
                 {{"Authorization", "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw=="}})
                .finished);

    const QList<QJsonObject> log = tenant.requestLog();
    // QNAM itself continues an NTLM handshake after the challenge: one more NTLM request at the end.
    QVERIFY(log.size() >= 6);
    QCOMPARE(emitted, log);
    QStringList auth;
    for (const QJsonObject &e : log.mid(0, 6))
        auth << (e.value(QStringLiteral("auth")).isNull() ? QStringLiteral("null")
                                                          : e.value(QStringLiteral("auth")).toString());
    QCOMPARE(auth, (QStringList{QStringLiteral("Basic"), QStringLiteral("Bearer"), QStringLiteral("null"),
                                QStringLiteral("null"), QStringLiteral("unknown"), QStringLiteral("NTLM")}));
    for (const QJsonObject &e : log.mid(6))
        QCOMPARE(e.value(QStringLiteral("auth")).toString(), QStringLiteral("NTLM"));
    QCOMPARE(log[3].value(QStringLiteral("path")).toString(), QStringLiteral("/echo"));
    QCOMPARE(log[4].value(QStringLiteral("path")).toString(), QStringLiteral("/echo"));
    QCOMPARE(log[3].value(QStringLiteral("rule")).toString(), QStringLiteral("mapping:0"));
    QVERIFY(log[2].value(QStringLiteral("rule")).toString().startsWith(QLatin1String("tenant")));

    QJsonArray all;
    for (const QJsonObject &e : log)
        all << e;
    const QByteArray text = QJsonDocument(all).toJson();
    const QByteArrayList secrets = {kPassword,
                                    QByteArray(kPassword).toPercentEncoding(),
                                    kQueryPassword,
                                    kBearer,
                                    kBearer.left(20),
                                    kBasicPassword,
                                    QByteArray(kBasicUser + ':' + kBasicPassword).toBase64(),
                                    kProxyPassword,
                                    QByteArray("me:" + kProxyPassword).toBase64(),
                                    kCookie,
                                    "cookie-secret",
                                    kBareToken,
                                    "TlRMTVNTUA",
                                    "user1@contoso.com",
                                    "user1%40contoso.com",
                                    "password="};
    for (const QByteArray &s : secrets)
        QVERIFY2(!text.contains(s), s.constData());
}

QTEST_GUILESS_MAIN(TestSimLog)
#include "tst_sim_log.moc"
