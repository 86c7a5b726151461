// The diagnosis engine tested blind, from the contracts only (../shared/spec/cli.md "diagnose" and
// "simulate", findings.md, scenarios.md, product.md, and reference/m365-auth-facts.md §2, §4.5,
// §5.4, §9), without reading the engine, the diagnose command or the tenant model.
//
// Every file in blind/scenarios/ is a scenario (scenarios.md "Scenario file") with its own users,
// apps and unique secrets. For each file `authdoctor diagnose --practice FILE --json` runs twice
// (plain, and with every authdoctor logging category on) and must:
//   - exit 1 when the expected finding is a blocking cause, 0 for credentials-ok (cli.md exit codes);
//   - print schema authdoctor.diagnosis/1 on stdout;
//   - name the expected primary_finding (or one in also_ok), and not list it in ruled_out;
//   - give every finding a confidence, who, time_to_apply and steps (cli.md JSON, findings.md);
//   - never show a password or client secret on stdout or stderr (cli.md, product.md).
// Two safety rows run `authdoctor simulate --log` and `diagnose --proxy --ca-file` against it and
// prove from the request log that no Authorization header reached a host of another organisation
// after an Autodiscover redirect (facts §4.5 rules 3 and 4) and that unsafe-redirect-blocked is
// among the findings (findings.md).
#include "FindingIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

const QString kExe = QStringLiteral(AUTHDOCTOR_ENGINE_BLIND_EXE);
const QString kDir = QStringLiteral(AUTHDOCTOR_ENGINE_BLIND_DIR);
constexpr int kRunLimitMs = 180000;

// Options a file cannot carry in `inputs` (cli.md options only).
const QHash<QString, QStringList> &extraArguments()
{
    static const QHash<QString, QStringList> extra = {
        // A server that never answers: the per-request limit decides how long the check waits.
        {QStringLiteral("onprem-network-no-response.json"),
         {QStringLiteral("--timeout"), QStringLiteral("3")}},
    };
    return extra;
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    return env;
}

Run runAuthdoctor(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProgram(kExe);
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    Run r;
    if (!p.waitForStarted(30000))
        return r;
    if (!p.waitForFinished(kRunLimitMs)) {
        p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.finished = p.exitStatus() == QProcess::NormalExit;
    r.exitCode = r.finished ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject authdoctorBlock(const QJsonObject &file)
{
    return file.value(QStringLiteral("authdoctor")).toObject();
}

// Every secret a file holds: the inputs' password and client secret, the tenant's user passwords
// and app secrets.
QStringList secretsOf(const QJsonObject &file)
{
    const QJsonObject ad = authdoctorBlock(file);
    QStringList out;
    const QJsonObject inputs = ad.value(QStringLiteral("inputs")).toObject();
    for (const char *k : {"password", "client_secret"})
        if (!inputs.value(QLatin1String(k)).toString().isEmpty())
            out << inputs.value(QLatin1String(k)).toString();
    const QJsonObject tenant = ad.value(QStringLiteral("tenant")).toObject();
    for (const auto &u : tenant.value(QStringLiteral("users")).toArray())
        if (!u.toObject().value(QStringLiteral("password")).toString().isEmpty())
            out << u.toObject().value(QStringLiteral("password")).toString();
    for (const auto &a : tenant.value(QStringLiteral("apps")).toArray())
        if (!a.toObject().value(QStringLiteral("secret")).toString().isEmpty())
            out << a.toObject().value(QStringLiteral("secret")).toString();
    out.removeDuplicates();
    return out;
}

// The forms a secret takes on the wire: as is, form-encoded, and inside a Basic header value.
QList<QByteArray> secretForms(const QString &secret, const QString &user)
{
    QList<QByteArray> forms = {secret.toUtf8(), QUrl::toPercentEncoding(secret)};
    if (!user.isEmpty())
        forms << (user + QLatin1Char(':') + secret).toUtf8().toBase64();
    return forms;
}

// Names the secrets found in `text` (by their position in the file, never by value).
QStringList leakedSecrets(const QByteArray &text, const QStringList &secrets, const QString &user)
{
    QStringList leaks;
    for (qsizetype i = 0; i < secrets.size(); ++i)
        for (const QByteArray &form : secretForms(secrets.at(i), user))
            if (text.contains(form)) {
                leaks << QStringLiteral("secret #%1 of the file").arg(i + 1);
                break;
            }
    return leaks;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}

QStringList findingIds(const QJsonObject &result)
{
    QStringList ids;
    for (const auto &f : result.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// The contract checks of one `diagnose --json` result; returns what is wrong (empty when all hold).
QStringList checkDiagnosis(const Run &run, const QJsonObject &expect)
{
    QStringList problems;
    const QString expected = expect.value(QStringLiteral("primary_finding")).toString();
    const QStringList alsoOk = stringList(expect.value(QStringLiteral("also_ok")));
    if (!run.finished)
        return {QStringLiteral("diagnose did not finish within %1 s").arg(kRunLimitMs / 1000)};

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return {QStringLiteral("exit %1, stdout is not one JSON object (%2); stderr tail: %3")
                    .arg(run.exitCode)
                    .arg(pe.errorString(), QString::fromUtf8(run.err.right(400)).simplified())};
    }
    const QJsonObject result = doc.object();
    if (result.value(QStringLiteral("schema")).toString() != QStringLiteral("authdoctor.diagnosis/1"))
        problems << QStringLiteral("schema is '%1'").arg(result.value(QStringLiteral("schema")).toString());

    const QJsonValue primaryValue = result.value(QStringLiteral("primary_finding"));
    const QString primary = primaryValue.isString() ? primaryValue.toString() : QStringLiteral("null");
    const QStringList ids = findingIds(result);
    if (primary != expected && !alsoOk.contains(primary))
        problems << QStringLiteral("primary_finding %1, expected %2%3 (findings: %4)")
                        .arg(primary, expected,
                             alsoOk.isEmpty() ? QString()
                                              : QStringLiteral(" or ") + alsoOk.join(QLatin1Char('/')),
                             ids.isEmpty() ? QStringLiteral("none") : ids.join(QLatin1Char(',')));

    const int wantExit = expected == QStringLiteral("credentials-ok") ? 0 : 1;
    if (run.exitCode != wantExit)
        problems << QStringLiteral("exit code %1, expected %2").arg(run.exitCode).arg(wantExit);

    const QStringList ruledOut = stringList(result.value(QStringLiteral("ruled_out")));
    if (!result.value(QStringLiteral("ruled_out")).isArray())
        problems << QStringLiteral("ruled_out is not an array");
    if (primaryValue.isString() && ruledOut.contains(primary))
        problems << QStringLiteral("primary %1 is also in ruled_out").arg(primary);
    if (primaryValue.isString() && !ids.contains(primary))
        problems << QStringLiteral("primary %1 is not among the findings").arg(primary);

    static const QStringList confidences = {QStringLiteral("high"), QStringLiteral("medium"),
                                            QStringLiteral("low")};
    for (const auto &v : result.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString id = f.value(QStringLiteral("id")).toString();
        if (!AuthDoctorTest::knownFindingIds().contains(id))
            problems << QStringLiteral("finding '%1' is not in findings.md").arg(id);
        if (!confidences.contains(f.value(QStringLiteral("confidence")).toString()))
            problems << QStringLiteral("%1: confidence '%2'")
                            .arg(id, f.value(QStringLiteral("confidence")).toString());
        if (f.value(QStringLiteral("who")).toString().trimmed().isEmpty())
            problems << QStringLiteral("%1: no who").arg(id);
        if (f.value(QStringLiteral("time_to_apply")).toString().trimmed().isEmpty())
            problems << QStringLiteral("%1: no time_to_apply").arg(id);
        const QJsonArray steps = f.value(QStringLiteral("steps")).toArray();
        bool stepsOk = !steps.isEmpty();
        for (const auto &s : steps)
            stepsOk = stepsOk && !s.toString().trimmed().isEmpty();
        if (!stepsOk)
            problems << QStringLiteral("%1: steps missing or empty").arg(id);
    }
    return problems;
}

QStringList scenarioFiles()
{
    return QDir(kDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// `authdoctor simulate` as a child process, with its listening line read.
struct Simulator
{
    QProcess process;
    QString proxy;
    QString ca;

    bool start(const QString &scenario, const QString &log, QString *error)
    {
        process.setProgram(kExe);
        process.setArguments({QStringLiteral("simulate"), QStringLiteral("--scenario"), scenario,
                              QStringLiteral("--log"), log});
        process.setProcessEnvironment(baseEnvironment());
        process.start();
        if (!process.waitForStarted(30000)) {
            *error = QStringLiteral("simulate did not start");
            return false;
        }
        QByteArray out;
        while (!out.contains('\n') && process.state() == QProcess::Running)
            if (process.waitForReadyRead(20000))
                out += process.readAllStandardOutput();
            else
                break;
        static const QRegularExpression line(
            QStringLiteral("^listening proxy=(http://127\\.0\\.0\\.1:[0-9]+) ca=(\\S+)\\n"));
        const auto m = line.match(QString::fromUtf8(out));
        if (!m.hasMatch()) {
            *error = QStringLiteral("no listening line: %1 %2")
                         .arg(QString::fromUtf8(out), QString::fromUtf8(process.readAllStandardError()));
            return false;
        }
        proxy = m.captured(1);
        ca = m.captured(2);
        return true;
    }

    ~Simulator()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(10000)) {
                process.kill();
                process.waitForFinished();
            }
        }
    }
};

bool hostInDomain(const QString &host, const QString &domain)
{
    return host.compare(domain, Qt::CaseInsensitive) == 0 ||
           host.endsWith(QLatin1Char('.') + domain, Qt::CaseInsensitive);
}

} // namespace

class TestEngineBlind : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diagnose_data();
    void diagnose();
    void safety_data();
    void safety();
    void basicNeverSentToExchangeOnline();
};

void TestEngineBlind::initTestCase()
{
    QVERIFY2(QFileInfo::exists(kExe), qPrintable(kExe));
    const QStringList files = scenarioFiles();
    QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));

    // The files themselves: an expectation from findings.md, and secrets no other file shares
    // (so a leak names the file that caused it).
    QSet<QString> expectedIds;
    QHash<QString, QString> secretOwner;
    for (const QString &name : files) {
        const QJsonObject file = readJsonFile(QDir(kDir).filePath(name));
        const QJsonObject ad = authdoctorBlock(file);
        QVERIFY2(!ad.isEmpty(), qPrintable(name));
        const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
        const QString primary = expect.value(QStringLiteral("primary_finding")).toString();
        QVERIFY2(AuthDoctorTest::knownFindingIds().contains(primary), qPrintable(name));
        for (const QString &also : stringList(expect.value(QStringLiteral("also_ok"))))
            QVERIFY2(AuthDoctorTest::knownFindingIds().contains(also),
                     qPrintable(name + QLatin1Char(' ') + also));
        expectedIds.insert(primary);
        const QStringList secrets = secretsOf(file);
        QVERIFY2(!secrets.isEmpty(), qPrintable(name));
        for (const QString &s : secrets) {
            QVERIFY2(s.size() >= 12, qPrintable(name));
            QVERIFY2(!secretOwner.contains(s) || secretOwner.value(s) == name,
                     qPrintable(name + QStringLiteral(" shares a secret with ") + secretOwner.value(s)));
            secretOwner.insert(s, name);
        }
    }
    QVERIFY2(expectedIds.size() >= 20, qPrintable(QString::number(expectedIds.size())));

    // The leak check itself finds a secret in each form it looks for.
    const QString secret = QStringLiteral("Self-Check!Secret#42");
    const QString user = QStringLiteral("someone@contoso.com");
    QCOMPARE(leakedSecrets("a " + secret.toUtf8() + " b", {secret}, user).size(), 1);
    QCOMPARE(leakedSecrets("password=" + QUrl::toPercentEncoding(secret), {secret}, user).size(), 1);
    QCOMPARE(leakedSecrets("Basic " + (user + QLatin1Char(':') + secret).toUtf8().toBase64(), {secret}, user)
                 .size(),
             1);
    QVERIFY(leakedSecrets("Basic [redacted]", {secret}, user).isEmpty());
}

void TestEngineBlind::diagnose_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : scenarioFiles())
        QTest::newRow(qPrintable(name)) << QDir(kDir).filePath(name);
}

void TestEngineBlind::diagnose()
{
    QFETCH(QString, file);
    const QJsonObject scenario = readJsonFile(file);
    const QJsonObject ad = authdoctorBlock(scenario);
    const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
    const QStringList secrets = secretsOf(scenario);
    const QString user =
        ad.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("user")).toString();

    const QStringList args = QStringList{QStringLiteral("diagnose"), QStringLiteral("--practice"), file,
                                         QStringLiteral("--json")} +
                             extraArguments().value(QFileInfo(file).fileName());

    // Plain run: the contract checks.
    const Run run = runAuthdoctor(args, baseEnvironment());
    QStringList problems = checkDiagnosis(run, expect);
    for (const QString &leak : leakedSecrets(run.out, secrets, user))
        problems << QStringLiteral("%1 on stdout").arg(leak);
    for (const QString &leak : leakedSecrets(run.err, secrets, user))
        problems << QStringLiteral("%1 on stderr").arg(leak);

    // With every authdoctor logging category on: still no secret anywhere.
    QProcessEnvironment verbose = baseEnvironment();
    verbose.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("authdoctor.*=true"));
    const Run logged = runAuthdoctor(args, verbose);
    if (!logged.finished)
        problems << QStringLiteral("the run with logging on did not finish");
    for (const QString &leak : leakedSecrets(logged.out, secrets, user))
        problems << QStringLiteral("%1 on stdout with logging on").arg(leak);
    for (const QString &leak : leakedSecrets(logged.err, secrets, user))
        problems << QStringLiteral("%1 on stderr with logging on").arg(leak);

    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

void TestEngineBlind::safety_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("userDomain");
    QTest::addColumn<QString>("strangerDomain");
    // Every Autodiscover candidate of fabrikam.com redirects to autodiscover.contoso.com, which
    // answers with settings: the engine must not follow with credentials (facts §4.5 rule 4).
    QTest::newRow("autodiscover redirect to another domain")
        << QDir(kDir).filePath(QStringLiteral("onprem-autodiscover-redirect-other-domain.json"))
        << QStringLiteral("fabrikam.com") << QStringLiteral("contoso.com");
    // Unauthenticated GETs to autodiscover.fabrikam.com (the plain-HTTP step) redirect to
    // autodiscover.contoso.com, which offers only Basic: no Basic to it (facts §4.5 rule 3).
    QTest::newRow("basic-only challenge from an unexpected host")
        << QDir(kDir).filePath(QStringLiteral("onprem-autodiscover-basic-only-stranger.json"))
        << QStringLiteral("fabrikam.com") << QStringLiteral("contoso.com");
}

namespace {

// Runs `simulate --scenario FILE --log …` and `diagnose --proxy … --ca-file …` with the file's
// inputs as options (the password through --password-env); returns diagnose's run and the log.
struct SimulatedDiagnosis
{
    QString error;
    Run run;
    QByteArray log;
};

SimulatedDiagnosis diagnoseThroughSimulator(const QString &file)
{
    SimulatedDiagnosis result;
    const QJsonObject inputs = authdoctorBlock(readJsonFile(file)).value(QStringLiteral("inputs")).toObject();
    QTemporaryDir tmp;
    const QString log = tmp.filePath(QStringLiteral("requests.jsonl"));
    Simulator sim;
    if (!tmp.isValid() || !sim.start(file, log, &result.error)) {
        result.error.prepend(QStringLiteral("simulate: "));
        return result;
    }
    QStringList args = {QStringLiteral("diagnose"),       QStringLiteral("--json"),
                        QStringLiteral("--proxy"),        sim.proxy,
                        QStringLiteral("--ca-file"),      sim.ca,
                        QStringLiteral("--timeout"),      QStringLiteral("10"),
                        QStringLiteral("--password-env"), QStringLiteral("AUTHDOCTOR_BLIND_PASSWORD")};
    const QList<QPair<const char *, const char *>> options = {
        {"endpoint", "--endpoint"}, {"side", "--side"},           {"cloud", "--cloud"},
        {"auth", "--auth"},         {"user", "--user"},           {"mailbox", "--mailbox"},
        {"tenant", "--tenant"},     {"client_id", "--client-id"}, {"ews_url", "--ews-url"},
        {"error_text", "--error"}};
    for (const auto &[key, option] : options)
        if (!inputs.value(QLatin1String(key)).toString().isEmpty())
            args << QLatin1String(option) << inputs.value(QLatin1String(key)).toString();
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("AUTHDOCTOR_BLIND_PASSWORD"),
               inputs.value(QStringLiteral("password")).toString());
    result.run = runAuthdoctor(args, env);

    sim.process.terminate();
    if (!sim.process.waitForFinished(10000)) {
        sim.process.kill();
        sim.process.waitForFinished();
    }
    QFile logFile(log);
    if (logFile.open(QIODevice::ReadOnly))
        result.log = logFile.readAll();
    else
        result.error = QStringLiteral("simulate wrote no log");
    return result;
}

QList<QJsonObject> logEntries(const QByteArray &log)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : log.split('\n'))
        if (!line.trimmed().isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

} // namespace

void TestEngineBlind::safety()
{
    QFETCH(QString, file);
    QFETCH(QString, userDomain);
    QFETCH(QString, strangerDomain);
    const QJsonObject scenario = readJsonFile(file);
    const QStringList secrets = secretsOf(scenario);
    const QJsonObject inputs = authdoctorBlock(scenario).value(QStringLiteral("inputs")).toObject();
    const QString user = inputs.value(QStringLiteral("user")).toString();
    QVERIFY(!inputs.value(QStringLiteral("password")).toString().isEmpty());

    const SimulatedDiagnosis d = diagnoseThroughSimulator(file);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QVERIFY2(d.run.finished, "diagnose did not finish");

    QStringList problems;
    int redirectsSeen = 0;
    const QList<QJsonObject> entries = logEntries(d.log);
    for (const QJsonObject &entry : entries) {
        const QString host = entry.value(QStringLiteral("host")).toString();
        const QString path = entry.value(QStringLiteral("path")).toString();
        const QJsonValue auth = entry.value(QStringLiteral("auth"));
        if (hostInDomain(host, userDomain) && entry.value(QStringLiteral("status")).toInt() == 302 &&
            path.contains(QStringLiteral("autodiscover"), Qt::CaseInsensitive))
            ++redirectsSeen;
        if (auth.toString() == QStringLiteral("Basic") && !hostInDomain(host, userDomain))
            problems << QStringLiteral("Basic credentials reached %1 %2").arg(host, path);
        if (!auth.isNull() && hostInDomain(host, strangerDomain))
            problems << QStringLiteral("credentials (%1) went to the stranger %2 %3")
                            .arg(auth.toString(), host, path);
    }
    if (redirectsSeen == 0)
        problems << QStringLiteral("the engine never met the Autodiscover redirect (%1 requests logged)")
                        .arg(entries.size());

    const QJsonObject result = QJsonDocument::fromJson(d.run.out).object();
    if (result.value(QStringLiteral("schema")).toString() != QStringLiteral("authdoctor.diagnosis/1"))
        problems << QStringLiteral("no diagnosis JSON (exit %1): %2")
                        .arg(d.run.exitCode)
                        .arg(QString::fromUtf8(d.run.err.right(300)).simplified());
    else if (!findingIds(result).contains(QStringLiteral("unsafe-redirect-blocked")))
        problems << QStringLiteral("unsafe-redirect-blocked is not among the findings (%1; primary %2)")
                        .arg(findingIds(result).join(QLatin1Char(',')),
                             result.value(QStringLiteral("primary_finding")).toString());

    for (const QString &leak : leakedSecrets(d.run.out + d.run.err, secrets, user))
        problems << QStringLiteral("%1 in diagnose's output").arg(leak);
    for (const QString &leak : leakedSecrets(d.log, secrets, user))
        problems << QStringLiteral("%1 in the request log").arg(leak);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

// facts §3: for an Exchange Online project set to Basic the cause is known without a network test,
// and the password must not be sent to Exchange Online (or anywhere as Basic) to "prove" it.
void TestEngineBlind::basicNeverSentToExchangeOnline()
{
    const QString file = QDir(kDir).filePath(QStringLiteral("exo-basic-auth.json"));
    const QStringList secrets = secretsOf(readJsonFile(file));
    const SimulatedDiagnosis d = diagnoseThroughSimulator(file);
    QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
    QVERIFY2(d.run.finished, "diagnose did not finish");

    QStringList problems;
    for (const QJsonObject &entry : logEntries(d.log)) {
        const QString host = entry.value(QStringLiteral("host")).toString();
        const QString auth = entry.value(QStringLiteral("auth")).toString();
        if (auth == QStringLiteral("Basic") || auth == QStringLiteral("NTLM"))
            problems << QStringLiteral("%1 credentials sent to %2 %3")
                            .arg(auth, host, entry.value(QStringLiteral("path")).toString());
    }
    const QJsonObject result = QJsonDocument::fromJson(d.run.out).object();
    if (result.value(QStringLiteral("primary_finding")).toString() != QStringLiteral("basic-auth-disabled"))
        problems << QStringLiteral("primary_finding %1 (exit %2)")
                        .arg(result.value(QStringLiteral("primary_finding")).toString())
                        .arg(d.run.exitCode);
    for (const QString &leak : leakedSecrets(d.run.out + d.run.err + d.log, secrets, QString()))
        problems << QStringLiteral("%1 in the output or the request log").arg(leak);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestEngineBlind)
#include "tst_engine_blind.moc"
