// The .authdiag session file (product.md "Files", app/session/README.md): a Result survives write →
// read with every field (hand-built and from real practice diagnoses), no secret reaches the file,
// and every damaged, truncated, foreign, oversized, newer-version or unreadable file gives its own
// clear error and is left exactly as it was.
#include "engine/Engine.h"
#include "session/SessionFile.h"
#include "sim/SimulatedTenant.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace AuthDoctor;
using Session::ReadError;

Q_DECLARE_METATYPE(AuthDoctor::Session::ReadError)

namespace {

// Unique values that must never reach a session file.
const QString kPassword = QStringLiteral("Pw-7f3a9c-UNIQUE-horse");
const QString kClientSecret = QStringLiteral("Sx8Q~UNIQUEsecretValue0123456789abcdefXYZ");
const QString kPastedPassword = QStringLiteral("Hunter2-UNIQUE-pasted");
const QString kPastedToken =
    QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJVTklRVUUifQ.c2lnbmF0dXJlVU5JUVVF");

Engine::Result richResult()
{
    Engine::Result r;
    Engine::Inputs &in = r.inputs;
    in.endpoint = EndpointKind::ExchangeServer;
    in.side = Side::Source;
    in.cloud = Cloud::GccHigh;
    in.auth = AuthMethod::Ntlm;
    in.user = QStringLiteral("migrator@fabrikam.com");
    in.mailbox = QStringLiteral("adele@fabrikam.com");
    in.tenant = QStringLiteral("fabrikam.com");
    in.clientId = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
    in.ewsUrl = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
    in.errorText =
        QStringLiteral("401 Unauthorized at mail.fabrikam.com\npassword=%1\nAuthorization: Bearer %2\n"
                       "Ümlaut «quotes» and 漢字")
            .arg(kPastedPassword, kPastedToken);
    in.password = kPassword;
    in.clientSecret = kClientSecret;
    r.started = QDateTime(QDate(2026, 11, 26), QTime(13, 0, 0, 123), Qt::UTC);
    r.durationMs = 4321;

    Engine::CheckResult c;
    c.id = QStringLiteral("ews-auth-challenge");
    c.status = Engine::CheckStatus::Failed;
    c.summary =
        msg("AuthDoctor::Checks", "The server offers %1 but not %2.", {QStringLiteral("NTLM"), QString()});
    Engine::Evidence e;
    e.method = QStringLiteral("POST");
    e.url = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx?x=1&b=2");
    e.requestHeaders = {{QStringLiteral("Content-Type"), QStringLiteral("text/xml")},
                        {QStringLiteral("Authorization"), QStringLiteral("NTLM [redacted]")}};
    e.requestBodyExcerpt = QStringLiteral("<soap:Envelope>…</soap:Envelope>");
    e.status = 401;
    // Repeated and unordered headers must come back as they were.
    e.responseHeaders = {{QStringLiteral("WWW-Authenticate"), QStringLiteral("Negotiate")},
                         {QStringLiteral("WWW-Authenticate"), QStringLiteral("NTLM")},
                         {QStringLiteral("x-feserver"), QStringLiteral("EX01")},
                         {QStringLiteral("Content-Type"), QStringLiteral("text/html")}};
    e.bodyExcerpt = QStringLiteral("<html>401 – \"denied\"\n\t</html>");
    e.startedMs = 12;
    e.durationMs = 210;
    c.evidence << e;
    Engine::Evidence failedRequest;
    failedRequest.method = QStringLiteral("GET");
    failedRequest.url = QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml");
    failedRequest.networkError = QStringLiteral("Connection refused");
    failedRequest.networkErrorCode = QStringLiteral("refused");
    failedRequest.startedMs = 300;
    failedRequest.durationMs = 5;
    c.evidence << failedRequest;
    c.facts.insert(QStringLiteral("schemes"),
                   QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM")});
    c.facts.insert(QStringLiteral("basic_offered"), false);
    c.facts.insert(QStringLiteral("redirects"), 3);
    c.facts.insert(QStringLiteral("latency_median_ms"), 41.5);
    c.facts.insert(QStringLiteral("latency_samples_ms"), QVariantList{40, 41, 43});
    c.facts.insert(QStringLiteral("claims"),
                   QVariantMap{{QStringLiteral("scp"), QStringLiteral("EWS.AccessAsUser.All")},
                               {QStringLiteral("roles"), QStringList{QStringLiteral("full_access_as_app")}},
                               {QStringLiteral("fingerprint"), QStringLiteral("a1b2c3")}});
    c.facts.insert(QStringLiteral("ntlm_server"), QStringLiteral("EX01.fabrikam.local"));
    c.codes = {QStringLiteral("HTTP401"), QStringLiteral("ErrorAccessDenied")};
    c.findings = {QStringLiteral("extended-protection"), QStringLiteral("wrong-password")};
    c.rulesOut = {QStringLiteral("basic-auth-disabled")};
    c.startedMs = 10;
    c.durationMs = 520;
    r.checks << c;

    Engine::CheckResult skipped;
    skipped.id = QStringLiteral("ews-latency");
    skipped.status = Engine::CheckStatus::Skipped;
    r.checks << skipped;
    Engine::CheckResult waiting;
    waiting.id = QStringLiteral("ews-impersonation");
    waiting.status = Engine::CheckStatus::Cancelled;
    waiting.summary = msg("AuthDoctor::Checks", "Cancelled.");
    r.checks << waiting;

    Engine::FindingResult f;
    f.id = QStringLiteral("extended-protection");
    f.confidence = QStringLiteral("high");
    f.evidence = {QStringLiteral("ews-auth-challenge"), QStringLiteral("answer:account-picker-shown")};
    f.why = msg("AuthDoctor::Inference", "%1 refused %2 with %3.",
                {QStringLiteral("EX01"), QStringLiteral("NTLM"), QStringLiteral("%1")});
    r.findings << f;
    Engine::FindingResult u;
    u.id = QStringLiteral("unrecognized-error");
    u.confidence = QStringLiteral("low");
    u.evidence = {QStringLiteral("error-text")};
    u.rawCodes = {QStringLiteral("0x80070005"), QStringLiteral("E_ACCESSDENIED")};
    r.findings << u;

    Engine::Question q;
    q.id = QStringLiteral("account-picker-shown");
    q.text = msg("AuthDoctor::Questions", "Was an account picker shown?");
    q.values = {QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("not-sure")};
    q.answer = QStringLiteral("no");
    r.questions << q;
    Engine::Question open = q;
    open.id = QStringLiteral("mailbox-not-migrated-banner");
    open.answer.clear();
    r.questions << open;

    r.primaryFinding = QStringLiteral("extended-protection");
    r.ruledOut = {QStringLiteral("basic-auth-disabled"), QStringLiteral("tenant-not-found")};
    r.practice = true;
    r.practiceScenario = QStringLiteral("onprem-extended-protection");
    r.completed = true;
    return r;
}

Engine::Result runPractice(const QString &name)
{
    QString error;
    const auto scenario = Sim::Scenario::loadEmbedded(name, &error);
    if (!scenario) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    Sim::SimulatedTenant sim;
    if (!sim.start(*scenario, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    QNetworkAccessManager nam;
    nam.setProxy(sim.proxy());
    Engine::NetworkContext ctx;
    ctx.nam = &nam;
    ctx.proxy = sim.proxy();
    ctx.extraCaCertificates = sim.caCertificates();
    ctx.requestTimeoutMs = 10000;
    Engine::Diagnosis d(ctx);
    d.setInputs(Engine::Inputs::fromJson(scenario->inputs));
    d.setPractice(name);
    QSignalSpy done(&d, &Engine::Diagnosis::finished);
    d.start();
    if (done.count() == 0)
        done.wait(120000);
    return d.result();
}

void compareEvidence(const Engine::Evidence &a, const Engine::Evidence &b)
{
    QCOMPARE(a.method, b.method);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.requestHeaders, b.requestHeaders);
    QCOMPARE(a.requestBodyExcerpt, b.requestBodyExcerpt);
    QCOMPARE(a.status, b.status);
    QCOMPARE(a.responseHeaders, b.responseHeaders);
    QCOMPARE(a.bodyExcerpt, b.bodyExcerpt);
    QCOMPARE(a.networkError, b.networkError);
    QCOMPARE(a.networkErrorCode, b.networkErrorCode);
    QCOMPARE(a.startedMs, b.startedMs);
    QCOMPARE(a.durationMs, b.durationMs);
}

// Every field of two sessions (saved aside: writing stamps it).
void compareSessions(const Session::Session &a, const Session::Session &b)
{
    QCOMPARE(a.appVersion, b.appVersion);
    QCOMPARE(a.os, b.os);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.created, b.created);
    QCOMPARE(a.formatVersion, b.formatVersion);
    const Engine::Result &x = a.result, &y = b.result;
    QCOMPARE(x.inputs.endpoint, y.inputs.endpoint);
    QCOMPARE(x.inputs.side, y.inputs.side);
    QCOMPARE(x.inputs.cloud, y.inputs.cloud);
    QCOMPARE(x.inputs.auth, y.inputs.auth);
    QCOMPARE(x.inputs.user, y.inputs.user);
    QCOMPARE(x.inputs.mailbox, y.inputs.mailbox);
    QCOMPARE(x.inputs.tenant, y.inputs.tenant);
    QCOMPARE(x.inputs.clientId, y.inputs.clientId);
    QCOMPARE(x.inputs.ewsUrl, y.inputs.ewsUrl);
    QCOMPARE(x.inputs.errorText, y.inputs.errorText);
    QCOMPARE(x.inputs.password, y.inputs.password);
    QCOMPARE(x.inputs.clientSecret, y.inputs.clientSecret);
    QCOMPARE(x.started, y.started);
    QCOMPARE(x.durationMs, y.durationMs);
    QCOMPARE(x.checks.size(), y.checks.size());
    for (qsizetype i = 0; i < x.checks.size(); ++i) {
        const Engine::CheckResult &c = x.checks.at(i), &d = y.checks.at(i);
        QCOMPARE(c.id, d.id);
        QCOMPARE(c.status, d.status);
        QCOMPARE(c.summary, d.summary);
        QCOMPARE(c.evidence.size(), d.evidence.size());
        for (qsizetype j = 0; j < c.evidence.size(); ++j) {
            compareEvidence(c.evidence.at(j), d.evidence.at(j));
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(c.facts.keys(), d.facts.keys());
        for (auto it = c.facts.begin(); it != c.facts.end(); ++it)
            QVERIFY2(it.value() == d.facts.value(it.key()),
                     qPrintable(c.id + QLatin1Char('.') + it.key() + QStringLiteral(": ") +
                                it.value().toString() + QStringLiteral(" vs ") +
                                d.facts.value(it.key()).toString()));
        QCOMPARE(c.codes, d.codes);
        QCOMPARE(c.findings, d.findings);
        QCOMPARE(c.rulesOut, d.rulesOut);
        QCOMPARE(c.startedMs, d.startedMs);
        QCOMPARE(c.durationMs, d.durationMs);
    }
    QCOMPARE(x.findings.size(), y.findings.size());
    for (qsizetype i = 0; i < x.findings.size(); ++i) {
        QCOMPARE(x.findings.at(i).id, y.findings.at(i).id);
        QCOMPARE(x.findings.at(i).confidence, y.findings.at(i).confidence);
        QCOMPARE(x.findings.at(i).evidence, y.findings.at(i).evidence);
        QCOMPARE(x.findings.at(i).why, y.findings.at(i).why);
        QCOMPARE(x.findings.at(i).rawCodes, y.findings.at(i).rawCodes);
    }
    QCOMPARE(x.questions.size(), y.questions.size());
    for (qsizetype i = 0; i < x.questions.size(); ++i) {
        QCOMPARE(x.questions.at(i).id, y.questions.at(i).id);
        QCOMPARE(x.questions.at(i).text, y.questions.at(i).text);
        QCOMPARE(x.questions.at(i).values, y.questions.at(i).values);
        QCOMPARE(x.questions.at(i).answer, y.questions.at(i).answer);
    }
    QCOMPARE(x.primaryFinding, y.primaryFinding);
    QCOMPARE(x.ruledOut, y.ruledOut);
    QCOMPARE(x.practice, y.practice);
    QCOMPARE(x.practiceScenario, y.practiceScenario);
    QCOMPARE(x.completed, y.completed);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// What must not change when a file fails to open: its bytes (as a hash), size, time stamp and
// permissions, and the folder's listing (no stray temporary file).
struct Snapshot
{
    bool exists = false;
    QByteArray hash;
    qint64 size = -1;
    QDateTime modified;
    QFile::Permissions permissions;
    QStringList folder;

    static Snapshot of(const QString &path)
    {
        Snapshot s;
        const QFileInfo info(path);
        s.exists = info.exists();
        s.folder = info.absoluteDir().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (!s.exists)
            return s;
        s.modified = info.lastModified();
        s.permissions = info.permissions();
        if (info.isFile()) {
            s.size = info.size();
            QFile f(path);
            QCryptographicHash h(QCryptographicHash::Sha256);
            if (f.open(QIODevice::ReadOnly) && h.addData(&f))
                s.hash = h.result();
        }
        return s;
    }
    bool operator==(const Snapshot &o) const = default;
};

// A valid document to damage one field of.
QJsonObject validDocument()
{
    return QJsonDocument::fromJson(Session::toJson(Session::Session::fromResult(richResult()))).object();
}

QByteArray withField(const QString &path, const QJsonValue &value)
{
    // path: "a.b[2].c" with objects and arrays; the last part is replaced.
    QJsonObject root = validDocument();
    std::function<QJsonValue(QJsonValue, QStringList)> set = [&](QJsonValue node,
                                                                 QStringList parts) -> QJsonValue {
        if (parts.isEmpty())
            return value;
        const QString part = parts.takeFirst();
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = node.toArray();
            a.replace(index, set(a.at(index), parts));
            return a;
        }
        QJsonObject o = node.toObject();
        if (parts.isEmpty() && value.isUndefined())
            o.remove(part);
        else
            o.insert(part, set(o.value(part), parts));
        return o;
    };
    QString p = path;
    p.replace(QLatin1Char('['), QLatin1Char('.')).remove(QLatin1Char(']'));
    root = set(root, p.split(QLatin1Char('.'))).toObject();
    return QJsonDocument(root).toJson();
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

class TstSessionFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void roundTrip(const Engine::Result &result)
    {
        Session::Session s = Session::Session::fromResult(result);
        const QString file = path(QStringLiteral("round.authdiag"));
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QVERIFY2(Session::write(s, file, &error), qPrintable(error));
        QVERIFY(s.saved >= before && s.saved <= QDateTime::currentDateTimeUtc());
        Session::ReadError kind = ReadError::Damaged;
        const std::optional<Session::Session> back = Session::read(file, &error, &kind);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(kind, ReadError::None);
        QVERIFY(error.isEmpty());
        compareSessions(s, *back);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(back->saved, s.saved);
        // Lossless: the reopened session writes the very same document.
        QCOMPARE(Session::toJson(*back), Session::toJson(s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qRegisterMetaType<Session::ReadError>();
    }

    void fromResultStampsAndDropsSecrets()
    {
        const Session::Session s = Session::Session::fromResult(richResult());
        QVERIFY(s.result.inputs.password.isEmpty());
        QVERIFY(s.result.inputs.clientSecret.isEmpty());
        QVERIFY(!s.result.inputs.errorText.contains(kPastedPassword));
        QVERIFY(!s.result.inputs.errorText.contains(kPastedToken));
        QVERIFY(s.result.inputs.errorText.contains(QStringLiteral("mail.fabrikam.com")));
        QVERIFY(!s.appVersion.isEmpty());
        QVERIFY(!s.os.isEmpty());
        QVERIFY(!s.language.isEmpty());
        QCOMPARE(s.created, richResult().started);
        QCOMPARE(s.formatVersion, Session::kCurrentVersion);
        QVERIFY(s.isPractice());
    }

    void roundTripHandBuilt()
    {
        roundTrip(richResult());
        // And the odd corners: an empty result, an unknown side and endpoint, no start time.
        Engine::Result empty;
        empty.inputs.endpoint = EndpointKind::Unknown;
        empty.inputs.auth = AuthMethod::Unknown;
        roundTrip(empty);
    }

    void roundTripPractice_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *name : {"exo-mfa-required", "onprem-extended-protection", "onedrive-not-provisioned",
                                 "exo-app-only-consent-missing"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void roundTripPractice()
    {
        QFETCH(QString, scenario);
        const Engine::Result r = runPractice(scenario);
        QVERIFY(!r.checks.isEmpty());
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(r.practice);
        roundTrip(r);
    }

    void noSecretInTheFile()
    {
        Engine::Result r = richResult();
        // Even a secret that slipped into a Session (not made by fromResult) stays out of the file.
        Session::Session s = Session::Session::fromResult(r);
        s.result.inputs.password = kPassword;
        s.result.inputs.clientSecret = kClientSecret;
        const QString file = path(QStringLiteral("secrets.authdiag"));
        QString error;
        QVERIFY2(Session::write(s, file, &error), qPrintable(error));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.contains("migrator@fabrikam.com"));
        for (const QString &secret : {kPassword, kClientSecret, kPastedPassword, kPastedToken,
                                      QStringLiteral("c2lnbmF0dXJlVU5JUVVF")})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!bytes.contains("\"password\""));
        QVERIFY(!bytes.contains("\"client_secret\""));
        const auto back = Session::read(file, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(back->result.inputs.password.isEmpty());
        QVERIFY(back->result.inputs.clientSecret.isEmpty());
    }

    void secretsInAHandEditedFileAreNotRead()
    {
        QJsonObject doc = validDocument();
        QJsonObject input = doc.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("password"), kPassword);
        input.insert(QStringLiteral("client_secret"), kClientSecret);
        input.insert(QStringLiteral("error_text"), QStringLiteral("password=%1").arg(kPastedPassword));
        doc.insert(QStringLiteral("input"), input);
        QString error;
        const auto s = Session::fromJson(QJsonDocument(doc).toJson(), QStringLiteral("x.authdiag"), &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->result.inputs.password.isEmpty());
        QVERIFY(s->result.inputs.clientSecret.isEmpty());
        QVERIFY(!s->result.inputs.errorText.contains(kPastedPassword));
    }

    void writeIsAtomicAndReplaces()
    {
        const QString file = path(QStringLiteral("replace.authdiag"));
        QVERIFY(writeBytes(file, "old content"));
        Session::Session s = Session::Session::fromResult(richResult());
        QString error;
        QVERIFY2(Session::write(s, file, &error), qPrintable(error));
        QVERIFY(Session::read(file, &error));
        // No temporary file stays next to it.
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("replace*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("replace.authdiag")});
        // Writing where it cannot: a folder, a missing folder. Nothing is created.
        QVERIFY(!Session::write(s, m_dir.path(), &error));
        QVERIFY(error.contains(QDir::toNativeSeparators(m_dir.path())));
        const QString missing = path(QStringLiteral("no-such-folder/s.authdiag"));
        error.clear();
        QVERIFY(!Session::write(s, missing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void readsAMinimalDocument()
    {
        // Version 1 readers take every field but the schema, "input", "checks" and "findings" as
        // optional: a document with only those opens with defaults.
        const QByteArray doc =
            "{\"schema\": \"authdoctor.session/1\", \"input\": {\"endpoint\": \"onedrive\"},"
            " \"checks\": [{\"id\": \"tenant-discovery\", \"status\": \"passed\"}],"
            " \"findings\": [{\"id\": \"credentials-ok\"}]}";
        QString error;
        const auto s = Session::fromJson(doc, QStringLiteral("min.authdiag"), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->result.inputs.endpoint, EndpointKind::OneDrive);
        QCOMPARE(s->result.inputs.side, Side::Unknown);
        QCOMPARE(s->result.checks.size(), 1);
        QCOMPARE(s->result.checks.first().status, Engine::CheckStatus::Passed);
        QVERIFY(s->result.checks.first().summary.isEmpty());
        QCOMPARE(s->result.findings.first().id, QStringLiteral("credentials-ok"));
        QVERIFY(!s->created.isValid());
        QVERIFY(!s->result.completed);
        QCOMPARE(s->formatVersion, 1);
        // cli.md's evidence shape (headers as an object) is read too.
        const QByteArray cliEvidence =
            "{\"schema\": \"authdoctor.session/1\", \"input\": {}, \"findings\": [], \"checks\": [{\"id\": "
            "\"a\","
            " \"status\": \"failed\", \"evidence\": [{\"request\": {\"method\": \"GET\", \"url\": "
            "\"https://x/\"},"
            " \"response\": {\"status\": 401, \"headers\": {\"www-authenticate\": \"Bearer\"}}}]}]}";
        const auto e = Session::fromJson(cliEvidence, QStringLiteral("cli.authdiag"), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->result.checks.first().evidence.first().header(QStringLiteral("WWW-Authenticate")),
                 QStringLiteral("Bearer"));
    }

    void versions()
    {
        QCOMPARE(Session::schemaVersion(QStringLiteral("authdoctor.session/1")), std::optional<int>(1));
        QCOMPARE(Session::schemaVersion(QStringLiteral("authdoctor.session/12")), std::optional<int>(12));
        for (const char *s : {"authdoctor.session/", "authdoctor.session/+1", "authdoctor.session/1.0",
                              "authdoctor.session/ 1", "authdoctor.session/-1", "authdoctor.diagnosis/1",
                              "AUTHDOCTOR.SESSION/1", "authdoctor.session/99999999999"})
            QVERIFY2(!Session::schemaVersion(QString::fromLatin1(s)), s);
        // The current version needs no step; there is no older format, so none migrates.
        QJsonObject doc = validDocument();
        const QJsonObject before = doc;
        QVERIFY(Session::migrate(doc, Session::kCurrentVersion));
        QCOMPARE(doc, before);
        QVERIFY(!Session::migrate(doc, 0));
        QVERIFY(!Session::migrate(doc, Session::kCurrentVersion + 1));
        QCOMPARE(doc, before);
    }

    // Every way a file can fail to open: its own kind, a sentence naming the file, and the file
    // left exactly as it was.
    void damagedFiles_data()
    {
        QTest::addColumn<QString>("setup"); // "file", "dir", "missing", "unreadable", "big", "fifo"
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Session::ReadError>("expected");

        const auto row = [](const char *name, const QByteArray &content, ReadError e) {
            QTest::newRow(name) << QStringLiteral("file") << content << e;
        };
        row("empty", {}, ReadError::Empty);
        row("blank", " \n\t\r\n", ReadError::Empty);
        row("text", "This is not a session, just a note.\n", ReadError::NotJson);
        row("binary", QByteArray("\x00\x01\x02\xff\xfe\x7f", 6), ReadError::NotJson);
        row("zip", QByteArray("PK\x03\x04\x14\x00\x00\x00", 8), ReadError::NotJson);
        row("utf16", QByteArray("\xff\xfe{\0\"\0}\0", 8), ReadError::NotJson);
        row("garbage after", QJsonDocument(validDocument()).toJson() + "x", ReadError::NotJson);
        row("array", "[1, 2, 3]", ReadError::Foreign);
        row("number", "42", ReadError::NotJson); // Qt reads only objects and arrays as documents
        row("no schema", "{\"checks\": [], \"findings\": []}", ReadError::Foreign);
        row("schema not text", "{\"schema\": 1}", ReadError::Foreign);
        row("diagnose json", "{\"schema\": \"authdoctor.diagnosis/1\", \"checks\": []}", ReadError::Foreign);
        row("other app", "{\"schema\": \"https://json-schema.org/draft/2020-12/schema\"}",
            ReadError::Foreign);
        row("bad version", "{\"schema\": \"authdoctor.session/1.5\"}", ReadError::Foreign);
        row("newer", withField(QStringLiteral("schema"), QStringLiteral("authdoctor.session/2")),
            ReadError::NewerFormat);
        row("much newer", "{\"schema\": \"authdoctor.session/9999\"}", ReadError::NewerFormat);
        row("older", withField(QStringLiteral("schema"), QStringLiteral("authdoctor.session/0")),
            ReadError::OlderFormat);
        row("no input", withField(QStringLiteral("input"), QJsonValue::Undefined), ReadError::Damaged);
        row("no checks", withField(QStringLiteral("checks"), QJsonValue::Undefined), ReadError::Damaged);
        row("checks not a list", withField(QStringLiteral("checks"), QStringLiteral("x")),
            ReadError::Damaged);
        row("check not an object", withField(QStringLiteral("checks[0]"), 7), ReadError::Damaged);
        row("check without id", withField(QStringLiteral("checks[1].id"), QJsonValue::Undefined),
            ReadError::Damaged);
        row("unknown status", withField(QStringLiteral("checks[0].status"), QStringLiteral("exploded")),
            ReadError::Damaged);
        row("unknown endpoint", withField(QStringLiteral("input.endpoint"), QStringLiteral("mars")),
            ReadError::Damaged);
        row("unknown cloud", withField(QStringLiteral("input.cloud"), QStringLiteral("moon")),
            ReadError::Damaged);
        row("side a number", withField(QStringLiteral("input.side"), 2), ReadError::Damaged);
        row("unknown confidence",
            withField(QStringLiteral("findings[0].confidence"), QStringLiteral("certain")),
            ReadError::Damaged);
        row("negative duration", withField(QStringLiteral("duration_ms"), -5), ReadError::Damaged);
        row("huge duration", withField(QStringLiteral("duration_ms"), 1e300), ReadError::Damaged);
        row("fractional ms", withField(QStringLiteral("checks[0].started_ms"), 1.5), ReadError::Damaged);
        row("status 1000", withField(QStringLiteral("checks[0].evidence[0].response.status"), 1000),
            ReadError::Damaged);
        row("header not a pair",
            withField(QStringLiteral("checks[0].evidence[0].response.headers[0]"),
                      QJsonArray{QStringLiteral("x")}),
            ReadError::Damaged);
        row("summary not a message", withField(QStringLiteral("checks[0].summary"), QStringLiteral("text")),
            ReadError::Damaged);
        row("args not texts", withField(QStringLiteral("findings[0].why.args"), QJsonArray{1, 2}),
            ReadError::Damaged);
        row("bad time", withField(QStringLiteral("started"), QStringLiteral("yesterday")),
            ReadError::Damaged);
        row("practice not bool", withField(QStringLiteral("practice"), QStringLiteral("yes")),
            ReadError::Damaged);
        row("ruled out not texts", withField(QStringLiteral("ruled_out"), QJsonArray{QJsonObject{}}),
            ReadError::Damaged);
        row("answer a number", withField(QStringLiteral("questions[0].answer"), 1), ReadError::Damaged);
        row("deep nesting", QByteArray(5000, '[') + QByteArray(5000, ']'), ReadError::NotJson);

        QTest::newRow("directory") << QStringLiteral("dir") << QByteArray() << ReadError::NotAFile;
        QTest::newRow("missing") << QStringLiteral("missing") << QByteArray() << ReadError::NotFound;
        QTest::newRow("100 MB") << QStringLiteral("big") << QByteArray() << ReadError::TooLarge;
        QTest::newRow("one byte over the cap")
            << QStringLiteral("cap+1") << QByteArray() << ReadError::TooLarge;
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QJsonDocument(validDocument()).toJson()
                                    << ReadError::Unreadable;
#ifdef Q_OS_UNIX
        QTest::newRow("fifo") << QStringLiteral("fifo") << QByteArray() << ReadError::NotAFile;
#endif
    }

    void damagedFiles()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, content);
        QFETCH(Session::ReadError, expected);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("case.authdiag"));
        if (setup == QLatin1String("file") || setup == QLatin1String("unreadable")) {
            QVERIFY(writeBytes(file, content));
        } else if (setup == QLatin1String("dir")) {
            QVERIFY(QDir().mkpath(file));
        } else if (setup == QLatin1String("big") || setup == QLatin1String("cap+1")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray start = QJsonDocument(validDocument()).toJson();
            f.write(start);
            // Sparse where the file system allows: quick to make, and read it is never.
            QVERIFY(
                f.resize(setup == QLatin1String("big") ? 100LL * 1024 * 1024 : Session::kMaxFileBytes + 1));
        } else if (setup == QLatin1String("fifo")) {
#ifdef Q_OS_UNIX
            QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0600) == 0);
#endif
        }
        if (setup == QLatin1String("unreadable")) {
            if (runningAsRoot())
                QSKIP("running as root, which can read any file: the unreadable row cannot be made");
            QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
        }
        // Let any later change of the time stamp show.
        QTest::qWait(5);
        const Snapshot before = Snapshot::of(file);

        QString error;
        Session::ReadError kind = ReadError::None;
        const auto s = Session::read(file, &error, &kind);
        QVERIFY(!s);
        QCOMPARE(kind, expected);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(file)), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        qInfo("%s", qPrintable(error));

        const Snapshot after = Snapshot::of(file);
        QVERIFY(after == before);
        if (setup == QLatin1String("unreadable")) {
            QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            QCOMPARE(readAll(file), content);
        } else if (setup == QLatin1String("file")) {
            QCOMPARE(readAll(file), content);
        }
    }

    // A file cut off anywhere before its end: "incomplete", not "damaged" or "not JSON".
    void truncatedFiles_data()
    {
        QTest::addColumn<int>("cut");
        const QByteArray doc = Session::toJson(Session::Session::fromResult(richResult()));
        const int last = int(doc.lastIndexOf('}'));
        QList<int> cuts;
        for (int i = 1; i < 40; ++i)
            cuts << i;
        for (int i = 40; i < last - 40; i += qMax(1, last / 150))
            cuts << i;
        for (int i = qMax(1, last - 40); i < last; ++i)
            cuts << i;
        for (int c : std::as_const(cuts))
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void truncatedFiles()
    {
        QFETCH(int, cut);
        const QByteArray doc = Session::toJson(Session::Session::fromResult(richResult()));
        const QString file = path(QStringLiteral("cut.authdiag"));
        QVERIFY(writeBytes(file, doc.left(cut)));
        const Snapshot before = Snapshot::of(file);
        QString error;
        Session::ReadError kind = ReadError::None;
        QVERIFY(!Session::read(file, &error, &kind));
        QVERIFY2(kind == ReadError::Truncated,
                 qPrintable(QStringLiteral("%1 … %2").arg(QString::fromUtf8(doc.mid(cut - 20, 20)), error)));
        QVERIFY(Snapshot::of(file) == before);
        QCOMPARE(readAll(file), doc.left(cut));
    }

    // Errors quote nothing of the file: not a foreign schema that could hold anything.
    void errorsQuoteNoContent()
    {
        QString error;
        const QByteArray foreign = "{\"schema\": \"password=" + kPassword.toUtf8() + "\"}";
        QVERIFY(!Session::fromJson(foreign, QStringLiteral("f.authdiag"), &error));
        QVERIFY(!error.contains(kPassword));
        const QByteArray damaged = withField(QStringLiteral("checks[0].status"), kPassword);
        QVERIFY(!Session::fromJson(damaged, QStringLiteral("d.authdiag"), &error));
        QVERIFY(!error.contains(kPassword));
        QVERIFY2(error.contains(QStringLiteral("checks[0].status")), qPrintable(error));
        QVERIFY(!Session::fromJson(kPassword.toUtf8(), QStringLiteral("t.authdiag"), &error));
        QVERIFY(!error.contains(kPassword));
        // A plain schema is quoted, one that looks like a token is not (found by fuzz_session).
        QVERIFY(!Session::fromJson("{\"schema\": \"other.app/1\"}", QStringLiteral("o.authdiag"), &error));
        QVERIFY2(error.contains(QStringLiteral("other.app/1")), qPrintable(error));
        const QByteArray token = "autn0.eyJzdWIhdoctor.session/2";
        QVERIFY(!Session::fromJson("{\"schema\": \"" + token + "\"}", QStringLiteral("j.authdiag"), &error));
        QVERIFY2(!error.contains(QString::fromLatin1(token)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstSessionFile)
#include "tst_session_file.moc"
