// Blind acceptance test of the simulated tenant (issue "The simulated tenant"):
// scenario files written only from ../shared/spec/scenarios.md, cli.md and
// ../shared/reference/m365-auth-facts.md (tests/sim/blind/*.json) are run with the
// built `authdoctor simulate --scenario FILE --log LOG`; a QNetworkAccessManager
// talks to each through the printed proxy, trusting only the printed CA, and
// checks what the contract and the facts say. Rows marked QEXPECT_FAIL are
// deviations found by this test (see the comment on the row).
#include "blind/BlindHarness.h"
#include "blind/BlindProbe.h"

#include <QAuthenticator>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <memory>

using namespace AuthDoctor::BlindTest;

namespace {

QString blindDir()
{
    const QString root = qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR");
    return root.isEmpty() ? QStringLiteral(AUTHDOCTOR_BLIND_DIR) : root + QStringLiteral("/tests/sim/blind");
}

QList<QJsonObject> readLog(const QString &path)
{
    QList<QJsonObject> lines;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

} // namespace

class TestSimBlind : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::map<QString, std::unique_ptr<SimRun>> m_sims;
    std::map<QString, std::unique_ptr<Client>> m_clients;

    // The shared simulator of a scenario (started on first use) and its own client.
    Client *clientFor(const QString &scenario, QString *error)
    {
        if (!m_clients.count(scenario)) {
            auto sim = std::make_unique<SimRun>();
            const QString log =
                m_tmp.filePath(QFileInfo(scenario).completeBaseName() + QStringLiteral(".log"));
            if (!sim->start(blindDir() + QLatin1Char('/') + scenario, log)) {
                *error = sim->error();
                return nullptr;
            }
            m_clients[scenario] = std::make_unique<Client>(*sim);
            m_sims[scenario] = std::move(sim);
        }
        return m_clients.at(scenario).get();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // AUTHDOCTOR_BLIND_KEEP_LOGS=1 keeps the simulator logs (one per scenario) for a look afterwards.
        if (qEnvironmentVariableIntValue("AUTHDOCTOR_BLIND_KEEP_LOGS")) {
            m_tmp.setAutoRemove(false);
            qInfo("simulator logs kept in %s", qPrintable(m_tmp.path()));
        }
        QVERIFY2(QFileInfo::exists(QStringLiteral(AUTHDOCTOR_BLIND_EXE)), AUTHDOCTOR_BLIND_EXE);
        const QStringList files = QDir(blindDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 12, qPrintable(blindDir()));
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_sims.clear();
    }

    // Every blind scenario file loads: the simulator prints its line, and the CA file is a CA.
    void everyFileLoads_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(blindDir()).entryList({QStringLiteral("*.json")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyFileLoads()
    {
        QFETCH(QString, file);
        SimRun sim;
        QVERIFY2(sim.start(blindDir() + QLatin1Char('/') + file, m_tmp.filePath(QStringLiteral("load.log"))),
                 qPrintable(sim.error()));
        QVERIFY(sim.port() > 0);
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(sim.caPath());
        QCOMPARE(ca.size(), 1);
        QVERIFY(!ca.first().isNull());
        QVERIFY(ca.first().isSelfSigned());
    }

    void probe_data()
    {
        QTest::addColumn<Probe>("probe");
        for (const auto &rows : {healthyRows(), healthyServiceRows(), wireRows(), wireResponseRows(),
                                 tenantUserRows(), tenantAppPolicyRows()})
            for (const Row &r : rows)
                QTest::newRow(r.name) << r.probe;
    }
    void probe()
    {
        QFETCH(Probe, probe);
        QString error;
        Client *client = clientFor(probe.scenario, &error);
        QVERIFY2(client, qPrintable(error));
        const Response got = client->fetch(probe.req);
        if (qEnvironmentVariableIntValue("AUTHDOCTOR_BLIND_VERBOSE"))
            qInfo("HTTP %d, reply error %d, %d TLS errors", got.status, int(got.error),
                  int(got.sslErrors.size()));
        const QStringList problems = check(probe.exp, got);
        const QByteArray why = probe.exp.xfail.toUtf8();
        if (!why.isEmpty())
            QEXPECT_FAIL("", why.constData(), Continue);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // QNetworkAccessManager's own NTLM (QAuthenticator) against the on-premises server:
    // healthy → the handshake completes; Extended Protection → 401 after the full handshake (facts §2.3).
    void ntlmHandshake_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("status");
        QTest::newRow("healthy") << QStringLiteral("healthy-baseline.json")
                                 << QStringLiteral("mail.fabrikam.com") << 200;
        QTest::newRow("extended protection")
            << QStringLiteral("tenant-onprem-server.json") << QStringLiteral("owa.fabrikam.com") << 401;
    }
    void ntlmHandshake()
    {
        QFETCH(QString, file);
        QFETCH(QString, host);
        QFETCH(int, status);
        SimRun sim;
        const QString log = m_tmp.filePath(QStringLiteral("ntlm-%1.log").arg(status));
        QVERIFY2(sim.start(blindDir() + QLatin1Char('/') + file, log), qPrintable(sim.error()));
        Client client(sim);
        int asked = 0;
        connect(&client.nam(), &QNetworkAccessManager::authenticationRequired, this,
                [&asked](QNetworkReply *, QAuthenticator *auth) {
                    if (++asked > 1)
                        return; // second time: the credentials were refused; let the reply fail
                    auth->setUser(QStringLiteral("FABRIKAM\\user1"));
                    auth->setPassword(QStringLiteral("User1-Fabrikam-2026!"));
                    auth->setOption(QStringLiteral("prefer"), QStringLiteral("ntlm"));
                });
        const Response got = client.fetch(ews(host, QString()));
        QVERIFY(got.finished);
        QCOMPARE(got.status, status);
        if (status == 200)
            QVERIFY(got.body.contains(">NoError<"));
        sim.stop();
        int ntlm = 0;
        for (const QJsonObject &o : readLog(log))
            if (o.value(QStringLiteral("host")).toString() == host &&
                o.value(QStringLiteral("auth")).toString() == QLatin1String("NTLM"))
                ++ntlm;
        QVERIFY2(ntlm >= 2, "the log shows no complete NTLM exchange (type 1 and type 3)");
    }

    // A GCC High tenant (cloud endpoints; client credentials at the commercial login host get
    // AADSTS900382, facts §9.1, which replaced the 90038 this row first expected) that throttles
    // after five requests a minute: EWS ErrorServerBusy with BackOffMilliseconds, Graph 429, Entra 90055.
    // The first five requests of the run stay under the limit whatever the simulator counts
    // (per tenant, per host or per service: scenarios.md does not say).
    void gccHighAndThrottle()
    {
        SimRun sim;
        QVERIFY2(sim.start(blindDir() + QStringLiteral("/tenant-gcchigh-throttle.json"),
                           m_tmp.filePath(QStringLiteral("gov.log"))),
                 qPrintable(sim.error()));
        Client client(sim);
        const QString guid = QLatin1String(kTenantId);
        Response r = client.fetch(get(QStringLiteral(
            "https://login.microsoftonline.us/contoso.com/v2.0/.well-known/openid-configuration")));
        QCOMPARE(r.status, 200);
        QVERIFY(jsonAt(r.body, QStringLiteral("token_endpoint"))
                    .value_or(QString())
                    .startsWith(QStringLiteral("https://login.microsoftonline.us/")));
        QCOMPARE(jsonAt(r.body, QStringLiteral("cloud_instance_name")).value_or(QString()),
                 QStringLiteral("microsoftonline.us"));
        QCOMPARE(jsonAt(r.body, QStringLiteral("tenant_region_sub_scope")).value_or(QString()),
                 QStringLiteral("DODCON"));

        r = client.fetch(clientCredentials(guid, QLatin1String(kAppOnlyApp), QLatin1String(kAppOnlySecret),
                                           QLatin1String(kEwsAppScope)));
        QCOMPARE(r.status, 400);
        const int crossCloudCode = aadstsCode(r.body); // checked last, so the throttling checks still run

        r = client.fetch(get(QStringLiteral("https://outlook.office365.us/autodiscover/"
                                            "autodiscover.json?Email=user1@contoso.com&Protocol=EWS")));
        QCOMPARE(jsonAt(r.body, QStringLiteral("Url")).value_or(QString()),
                 QStringLiteral("https://outlook.office365.us/EWS/Exchange.asmx"));

        QString problem;
        const QByteArray exoToken =
            client.token(QStringLiteral("appus|https://outlook.office365.us/.default"), &problem);
        QVERIFY2(!exoToken.isEmpty(), qPrintable(problem));
        QCOMPARE(jwtClaims(exoToken).value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://outlook.office365.us"));
        const QByteArray graphToken =
            client.token(QStringLiteral("appus|https://graph.microsoft.us/.default"), &problem);
        QVERIFY2(!graphToken.isEmpty(), qPrintable(problem));

        QList<Response> ewsAnswers;
        for (int i = 0; i < 10; ++i)
            ewsAnswers << client.fetch(
                withBearer(ews(QStringLiteral("outlook.office365.us"), QStringLiteral("user1@contoso.com"),
                               QStringLiteral("user1@contoso.com")),
                           QStringLiteral("raw|") + QString::fromUtf8(exoToken)));
        const auto busy = std::find_if(ewsAnswers.cbegin(), ewsAnswers.cend(),
                                       [](const Response &a) { return a.body.contains("ErrorServerBusy"); });
        QVERIFY2(busy != ewsAnswers.cend(), "ten EWS requests, none throttled");
        QVERIFY(busy->body.contains("BackOffMilliseconds"));

        bool graph429 = false;
        for (int i = 0; i < 10 && !graph429; ++i) {
            const Response g = client.fetch(
                withBearer(get(QStringLiteral("https://graph.microsoft.us/v1.0/users/user1@contoso.com")),
                           QStringLiteral("raw|") + QString::fromUtf8(graphToken)));
            graph429 = g.status == 429 && g.hasHeader("Retry-After");
        }
        QVERIFY2(graph429, "ten Graph requests, no 429 with Retry-After");

        bool entra = false;
        for (int i = 0; i < 10 && !entra; ++i) {
            Request t = clientCredentials(guid, QLatin1String(kAppOnlyApp), QLatin1String(kAppOnlySecret),
                                          QStringLiteral("https://outlook.office365.us/.default"));
            t.url.replace(QLatin1String(".com/"), QLatin1String(".us/"));
            const Response a = client.fetch(t);
            entra = a.status == 429 && aadstsCode(a.body) == 90055;
        }
        QVERIFY2(entra, "ten token requests, no AADSTS90055");
        QCOMPARE(crossCloudCode, 900382);
    }

    // "created": "-PT2H" (a negative duration, accepted by the loader) is two hours before now.
    void relativeCreatedDate()
    {
        QString error;
        Client *client = clientFor(QStringLiteral("mixed-mappings-over-tenant.json"), &error);
        QVERIFY2(client, qPrintable(error));
        const Response r = client->fetch(withBearer(
            get(QStringLiteral(
                "https://graph.microsoft.com/v1.0/users/fresh@contoso.com?$select=createdDateTime")),
            QStringLiteral("app|https://graph.microsoft.com/.default")));
        QCOMPARE(r.status, 200);
        const QDateTime created = QDateTime::fromString(
            jsonAt(r.body, QStringLiteral("createdDateTime")).value_or(QString()), Qt::ISODate);
        QVERIFY(created.isValid());
        const qint64 ageMinutes = created.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        QVERIFY2(ageMinutes >= 110 && ageMinutes <= 130, qPrintable(QString::number(ageMinutes)));
    }

    // --log: one JSON line per request with the documented keys; the scheme, never a credential.
    void logRecords();

    // A bad file: exit code 2 and an error naming the file, the JSON path and what is wrong.
    void brokenFiles_data();
    void brokenFiles();
};

void TestSimBlind::logRecords()
{
    SimRun sim;
    const QString log = m_tmp.filePath(QStringLiteral("records.log"));
    QVERIFY2(sim.start(blindDir() + QStringLiteral("/healthy-baseline.json"), log), qPrintable(sim.error()));
    Client client(sim);
    const QString fabPw = QStringLiteral("User1-Fabrikam-2026!");
    QString problem;
    const QByteArray token =
        client.token(QStringLiteral("app|https://outlook.office365.com/.default"), &problem);
    QVERIFY2(!token.isEmpty(), qPrintable(problem));
    QCOMPARE(
        client
            .fetch(withBearer(ews(QStringLiteral("outlook.office365.com"),
                                  QStringLiteral("user1@contoso.com"), QStringLiteral("user1@contoso.com")),
                              QStringLiteral("raw|") + QString::fromUtf8(token)))
            .status,
        200);
    QCOMPARE(client
                 .fetch(withHeader(ews(QStringLiteral("mail.fabrikam.com"), QString()), "Authorization",
                                   basicAuth(QStringLiteral("user1@fabrikam.com"), fabPw)))
                 .status,
             200);
    QCOMPARE(client
                 .fetch(ropc(QLatin1String(kTenantId), QLatin1String(kDelegatedApp),
                             QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!"),
                             QLatin1String(kEwsDelegatedScope)))
                 .status,
             200);
    QCOMPARE(
        client.fetch(get(QStringLiteral("http://autodiscover.contoso.com/autodiscover/autodiscover.xml")))
            .status,
        302);
    sim.stop();

    QFile f(log);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray raw = f.readAll();
    for (const QByteArray &secret :
         {QByteArray(kAppOnlySecret), fabPw.toUtf8(), QByteArray("User2-Contoso-2026!"), token.left(40),
          basicAuth(QStringLiteral("user1@fabrikam.com"), fabPw).mid(6)})
        QVERIFY2(!raw.contains(secret), "a credential reached the log");
    const QList<QJsonObject> lines = readLog(log);
    QCOMPARE(lines.size(), 5);
    QStringList schemes;
    for (const QJsonObject &o : lines) {
        for (const char *key : {"time", "host", "method", "path", "rule", "status", "auth"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!o.value(QStringLiteral("rule")).toString().isEmpty());
        schemes << (o.value(QStringLiteral("auth")).isNull() ? QStringLiteral("null")
                                                             : o.value(QStringLiteral("auth")).toString());
    }
    QCOMPARE(schemes, (QStringList{QStringLiteral("null"), QStringLiteral("Bearer"), QStringLiteral("Basic"),
                                   QStringLiteral("null"), QStringLiteral("null")}));
    QCOMPARE(lines.at(1).value(QStringLiteral("host")).toString(), QStringLiteral("outlook.office365.com"));
    QCOMPARE(lines.at(1).value(QStringLiteral("path")).toString(), QStringLiteral("/EWS/Exchange.asmx"));
    QCOMPARE(lines.at(1).value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(lines.at(1).value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(lines.at(2).value(QStringLiteral("host")).toString(), QStringLiteral("mail.fabrikam.com"));
    QCOMPARE(lines.at(4).value(QStringLiteral("status")).toInt(), 302);
}

void TestSimBlind::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("mentions"); // the JSON path (or position) and what is wrong
    const auto row = [](const char *file, const QStringList &mentions) {
        QTest::newRow(file) << QString::fromLatin1(file) << mentions;
    };
    row("syntax-trailing-comma.json", {QStringLiteral("line 5")});
    row("unknown-matcher.json",
        {QStringLiteral("mappings[1]"), QStringLiteral("X-AnchorMailbox"), QStringLiteral("startsWith")});
    row("unknown-fault.json",
        {QStringLiteral("mappings[0].response.fault"), QStringLiteral("CONNECTION_REFUSED")});
    row("bad-mfa-value.json",
        {QStringLiteral("authdoctor.tenant.users[1].mfa"), QStringLiteral("sometimes")});
    row("priority-not-a-number.json", {QStringLiteral("mappings[2].priority")});
    row("unknown-base.json", {QStringLiteral("authdoctor.base"), QStringLiteral("sick-tenant")});
    row("two-url-matchers.json", {QStringLiteral("mappings[0].request"), QStringLiteral("urlPath")});
    row("bad-regex.json",
        {QStringLiteral("mappings[0].request.urlPathPattern"), QStringLiteral("regular expression")});
    row("unknown-certificate-kind.json",
        {QStringLiteral("authdoctor.tls"), QStringLiteral("mail.fabrikam.com"), QStringLiteral("revoked")});
    row("unknown-cloud.json", {QStringLiteral("authdoctor.tenant.cloud"), QStringLiteral("moon")});
    row("app-without-client-id.json",
        {QStringLiteral("authdoctor.tenant.apps[1]"), QStringLiteral("client_id")});
    row("onprem-wrong-type.json", {QStringLiteral("authdoctor.tenant.on_prem.auth_methods")});
    row("response-two-bodies.json", {QStringLiteral("mappings[0].response"), QStringLiteral("jsonBody")});
}

void TestSimBlind::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, mentions);
    const QString path = blindDir() + QStringLiteral("/broken/") + file;
    QVERIFY(QFileInfo::exists(path));
    const RunResult r = runToEnd({QStringLiteral("simulate"), QStringLiteral("--scenario"), path}, 30000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.out.contains("listening"));
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path), qPrintable(err));
    for (const QString &m : mentions)
        QVERIFY2(err.contains(m), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(m, err)));
}

QTEST_GUILESS_MAIN(TestSimBlind)
#include "tst_sim_blind.moc"
