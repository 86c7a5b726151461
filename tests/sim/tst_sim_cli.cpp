// `authdoctor simulate` end to end (cli.md "simulate"): the listening line, a request through the
// proxy with the printed CA, the --log file, SIGTERM, and the exit codes of bad invocations.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kExe = QStringLiteral(AUTHDOCTOR_EXE);
const QByteArray kSecret = "Sim-Cli-Secret-3391";

struct Running
{
    std::unique_ptr<QProcess> process;
    QUrl proxy;
    QString caPath;
};

} // namespace

class TestSimCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void endToEnd();
    void embeddedScenarioAndCurl();
    void usageErrors_data();
    void usageErrors();
    void cannotListen();
    void help();

private:
    Running start(const QStringList &args);
    QString writeFile(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestSimCli::initTestCase()
{
    QVERIFY(QFile::exists(kExe));
    QVERIFY(m_dir.isValid());
}

QString TestSimCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

Running TestSimCli::start(const QStringList &args)
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->start(kExe, QStringList{QStringLiteral("simulate")} + args);
    QByteArray out;
    const bool gotLine = QTest::qWaitFor(
        [&] {
            out += r.process->readAllStandardOutput();
            return out.contains('\n') || r.process->state() == QProcess::NotRunning;
        },
        20000);
    static const QRegularExpression line(
        QStringLiteral("^listening proxy=(http://127\\.0\\.0\\.1:[0-9]+) ca=(\\S+)\n$"));
    const auto m = line.match(QString::fromUtf8(out));
    if (gotLine && m.hasMatch()) {
        r.proxy = QUrl(m.captured(1));
        r.caPath = m.captured(2);
    } else {
        qWarning() << "simulate printed" << out << r.process->readAllStandardError();
    }
    return r;
}

void TestSimCli::endToEnd()
{
    const QString scenario =
        writeFile(QStringLiteral("cli.json"), R"({"authdoctor": {"name": "cli", "base": "none"},
        "mappings": [{"request": {"method": "POST", "urlPath": "/token"},
                      "response": {"status": 400, "jsonBody": {"error": "invalid_grant"}}}]})");
    const QString logPath = m_dir.filePath(QStringLiteral("requests.jsonl"));
    Running sim = start({QStringLiteral("--scenario"), scenario, QStringLiteral("--log"), logPath});
    QVERIFY(sim.proxy.isValid());
    QVERIFY(QFile::exists(sim.caPath));
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(sim.caPath);
    QCOMPARE(ca.size(), 1);

    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, sim.proxy.host(), quint16(sim.proxy.port())));
    QNetworkRequest req(QUrl(QStringLiteral("https://login.microsoftonline.com/token?password=%1")
                                 .arg(QString::fromLatin1(kSecret))));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(ca);
    req.setSslConfiguration(ssl);
    req.setRawHeader("Authorization", "Bearer " + kSecret);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = nam.post(req, "grant_type=password&password=" + kSecret);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(reply->readAll(), QByteArray(R"({"error":"invalid_grant"})"));
    reply->deleteLater();

    // Unknown hosts/paths get 404 from the empty world.
    QNetworkReply *other = nam.get(req);
    QTRY_VERIFY_WITH_TIMEOUT(other->isFinished(), 20000);
    QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    other->deleteLater();

    QFile log(logPath);
    QTRY_VERIFY(log.open(QIODevice::ReadOnly) && log.readAll().count('\n') == 2 && (log.close(), true));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(!text.contains(kSecret), text.constData());
    QVERIFY(!text.contains("password"));
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("host")).toString(), QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("/token"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 400);
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("mapping:0"));
    QCOMPARE(first.value(QStringLiteral("auth")).toString(), QStringLiteral("Bearer"));
    QVERIFY(first.value(QStringLiteral("time")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(QStringLiteral("status")).toInt(), 404);
    QCOMPARE(second.value(QStringLiteral("rule")).toString(), QStringLiteral("unmatched"));

    // SIGTERM (QProcess::terminate on Unix) stops it cleanly, and the CA file goes with it.
    sim.process->terminate();
    QTRY_VERIFY_WITH_TIMEOUT(sim.process->state() == QProcess::NotRunning, 20000);
    QCOMPARE(sim.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.process->exitCode(), 0);
    QVERIFY(!QFile::exists(sim.caPath));
}

void TestSimCli::embeddedScenarioAndCurl()
{
    Running sim = start({QStringLiteral("--scenario"), QStringLiteral("healthy-tenant"),
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(sim.proxy.isValid());
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (!curl.isEmpty()) {
        QProcess p;
        p.start(curl, {QStringLiteral("-sS"), QStringLiteral("--proxy"), sim.proxy.toString(),
                       QStringLiteral("--cacert"), sim.caPath, QStringLiteral("-w"),
                       QStringLiteral("\n%{http_code}"),
                       QStringLiteral("https://login.microsoftonline.com/contoso.com/v2.0/.well-known/"
                                      "openid-configuration")});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.endsWith("\n200"), out.constData());
        QVERIFY(out.contains("6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19"));

        // Without the CA, curl refuses the simulator's certificate.
        QProcess untrusted;
        untrusted.start(curl, {QStringLiteral("-sS"), QStringLiteral("--proxy"), sim.proxy.toString(),
                               QStringLiteral("https://login.microsoftonline.com/common/.well-known/"
                                              "openid-configuration")});
        QTRY_VERIFY_WITH_TIMEOUT(untrusted.state() == QProcess::NotRunning, 20000);
        QCOMPARE(untrusted.exitCode(), 60); // CURLE_PEER_FAILED_VERIFICATION
    }
    sim.process->terminate();
    QTRY_VERIFY_WITH_TIMEOUT(sim.process->state() == QProcess::NotRunning, 20000);
    QCOMPARE(sim.process->exitCode(), 0);
    if (curl.isEmpty())
        QSKIP("curl is not installed; the simulator itself ran and stopped");
}

void TestSimCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString bad = writeFile(QStringLiteral("bad.json"),
                                  R"({"mappings": [{"request": {}, "response": {"fault": "FOO"}}]})");
    const QString broken =
        writeFile(QStringLiteral("broken.json"), "{\n  \"authdoctor\": {\n    \"name\": x\n  }\n}");
    QTest::newRow("no scenario") << QStringList{} << 2 << QStringLiteral("--scenario");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--scenari"), QStringLiteral("x")} << 2
                                    << QStringLiteral("scenari");
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--scenario"), bad} << 2
                               << bad +
                                      QStringLiteral(": $.mappings[0].response.fault: unknown fault \"FOO\"");
    QTest::newRow("invalid JSON") << QStringList{QStringLiteral("--scenario"), broken} << 2
                                  << broken + QStringLiteral(": line 3, column ");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--scenario"),
                                                 m_dir.filePath(QStringLiteral("no.json"))}
                                  << 2 << QStringLiteral("cannot read the scenario file");
    // Scenario files that are not files (refused before reading: /dev/zero once ended in bad_alloc
    // after gigabytes, a FIFO waited for a writer) or too large.
    QTest::newRow("folder") << QStringList{QStringLiteral("--scenario"), m_dir.path() + QLatin1Char('/')} << 2
                            << QStringLiteral("not a regular file");
#ifdef Q_OS_UNIX
    QTest::newRow("device") << QStringList{QStringLiteral("--scenario"), QStringLiteral("/dev/zero")} << 2
                            << QStringLiteral("/dev/zero: cannot read the scenario file: not a regular file");
#endif
    const QString large =
        writeFile(QStringLiteral("large.json"), "{\"mappings\": []}" + QByteArray(8 * 1024 * 1024, ' '));
    QTest::newRow("over 8 MiB") << QStringList{QStringLiteral("--scenario"), large} << 2
                                << large + QStringLiteral(": the scenario file is larger than 8 MiB");
    QTest::newRow("unknown name") << QStringList{QStringLiteral("--scenario"),
                                                 QStringLiteral("no-such-scenario")}
                                  << 2 << QStringLiteral("no-such-scenario: no embedded scenario");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--scenario"), QStringLiteral("healthy-tenant"),
                                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:http")}
                                << 2 << QStringLiteral("--listen");
    QTest::newRow("non-loopback") << QStringList{QStringLiteral("--scenario"),
                                                 QStringLiteral("healthy-tenant"), QStringLiteral("--listen"),
                                                 QStringLiteral("0.0.0.0:0")}
                                  << 2 << QStringLiteral("--allow-non-loopback");
}

void TestSimCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(kExe, QStringList{QStringLiteral("simulate")} + args);
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(p.readAllStandardOutput().isEmpty());
}

void TestSimCli::cannotListen()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QProcess p;
    p.start(kExe, {QStringLiteral("simulate"), QStringLiteral("--scenario"), QStringLiteral("healthy-tenant"),
                   QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(p.readAllStandardError().contains("cannot listen"));
}

void TestSimCli::help()
{
    QProcess p;
    p.start(kExe, {QStringLiteral("simulate"), QStringLiteral("--help")});
    QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *option : {"--scenario", "--listen", "--log", "--allow-non-loopback"})
        QVERIFY2(out.contains(option), option);
}

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"
