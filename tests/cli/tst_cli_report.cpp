// `authdoctor report FILE.authdiag (--pdf|--html|--markdown|--har) OUT` and the output options of
// `diagnose` (../shared/spec/cli.md), run as a separate process: exit codes, files written, the
// saved session's findings equal to `diagnose --json`, a report made from the reopened session
// equal to the one diagnose wrote, damaged sessions refused with one clear line and left as they
// were, no practice secret in any file. (What the reports say is tested with the renderers.)
#include "sim/tenant/EmbeddedScenarios.h"

#include "RunBinary.h"
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// English messages whatever the machine's language.
AuthDoctor::Test::ProcessResult runAuthDoctor(const QStringList &args, const QByteArray &stdinData = {},
                                              QMap<QString, QString> env = {}, int timeoutMs = 60000)
{
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return AuthDoctor::Test::runAuthDoctor(args, stdinData, env, timeoutMs);
}

const QString kScenario = QStringLiteral("exo-mfa-required");

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

QStringList ids(const QJsonArray &a, const char *key = "id")
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << (v.isString() ? v.toString() : v.toObject().value(QLatin1String(key)).toString());
    return out;
}

// The practice scenario's secrets (its inputs' password and client secret).
QStringList scenarioSecrets()
{
    const QJsonObject inputs = QJsonDocument::fromJson(AuthDoctor::Sim::EmbeddedScenarios::read(kScenario))
                                   .object()
                                   .value(QStringLiteral("authdoctor"))
                                   .toObject()
                                   .value(QStringLiteral("inputs"))
                                   .toObject();
    QStringList out;
    for (const char *k : {"password", "client_secret"})
        if (inputs.value(QLatin1String(k)).toString().size() >= 4)
            out << inputs.value(QLatin1String(k)).toString();
    return out;
}

QByteArray fingerprint(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return "absent";
    QByteArray out = info.lastModified().toString(Qt::ISODateWithMs).toUtf8() + ' ' +
                     QByteArray::number(int(info.permissions()));
    if (info.isFile())
        out += ' ' + QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
    return out;
}

} // namespace

class TstCliReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QJsonObject m_json;    // diagnose --json
    QJsonObject m_session; // the saved .authdiag
    int m_diagnoseExit = -1;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString session() const { return path(QStringLiteral("s.authdiag")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!scenarioSecrets().isEmpty());
        // Every output at once.
        const auto r = runAuthDoctor(
            {QStringLiteral("diagnose"), QStringLiteral("--practice"), kScenario, QStringLiteral("--json"),
             QStringLiteral("--save"), session(), QStringLiteral("--pdf"), path(QStringLiteral("d.pdf")),
             QStringLiteral("--html"), path(QStringLiteral("d.html")), QStringLiteral("--markdown"),
             path(QStringLiteral("d.md")), QStringLiteral("--har"), path(QStringLiteral("d.har"))},
            {}, {}, 180000);
        QVERIFY(r.finished);
        m_diagnoseExit = r.exitCode;
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        QJsonParseError pe;
        m_json = QJsonDocument::fromJson(r.out, &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        m_session = QJsonDocument::fromJson(readAll(session()), &pe).object();
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    }

    void diagnoseWroteEveryFile()
    {
        QCOMPARE(m_diagnoseExit, 1); // mfa-required is a blocking cause
        for (const char *name : {"s.authdiag", "d.pdf", "d.html", "d.md", "d.har"})
            QVERIFY2(QFileInfo(path(QString::fromLatin1(name))).size() > 0, name);
        QVERIFY(readAll(path(QStringLiteral("d.pdf"))).startsWith("%PDF-"));
        // No temporary file left behind by the atomic writes.
        const QStringList all = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &f : all)
            QVERIFY2(!f.contains(QLatin1Char('~')) && !f.endsWith(QLatin1String(".tmp")), qPrintable(f));
    }

    // The saved session holds what diagnose --json reported.
    void savedSessionMatchesJson()
    {
        QCOMPARE(m_session.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("authdoctor.session/1"));
        QCOMPARE(ids(m_session.value(QStringLiteral("findings")).toArray()),
                 ids(m_json.value(QStringLiteral("findings")).toArray()));
        QCOMPARE(m_session.value(QStringLiteral("primary_finding")),
                 m_json.value(QStringLiteral("primary_finding")));
        QCOMPARE(m_session.value(QStringLiteral("primary_finding")).toString(),
                 QStringLiteral("mfa-required"));
        QCOMPARE(m_session.value(QStringLiteral("ruled_out")), m_json.value(QStringLiteral("ruled_out")));
        QCOMPARE(ids(m_session.value(QStringLiteral("checks")).toArray()),
                 ids(m_json.value(QStringLiteral("checks")).toArray()));
        QCOMPARE(ids(m_session.value(QStringLiteral("checks")).toArray(), "status"),
                 ids(m_json.value(QStringLiteral("checks")).toArray(), "status"));
        QCOMPARE(ids(m_session.value(QStringLiteral("questions")).toArray()),
                 ids(m_json.value(QStringLiteral("questions")).toArray()));
        QCOMPARE(m_session.value(QStringLiteral("input")), m_json.value(QStringLiteral("input")));
        QCOMPARE(m_session.value(QStringLiteral("practice")).toBool(), true);
        QCOMPARE(m_session.value(QStringLiteral("practice_scenario")).toString(), kScenario);
        QCOMPARE(m_session.value(QStringLiteral("started")).toString().left(19),
                 m_json.value(QStringLiteral("started")).toString().left(19));
        // Language-neutral: summaries are Messages, not rendered text.
        const QJsonObject first = m_session.value(QStringLiteral("checks")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("summary")).toObject().contains(QStringLiteral("source")));
    }

    void noSecretInAnyFile()
    {
        for (const char *name : {"s.authdiag", "d.pdf", "d.html", "d.md", "d.har"}) {
            const QByteArray bytes = readAll(path(QString::fromLatin1(name)));
            for (const QString &secret : scenarioSecrets())
                QVERIFY2(!bytes.contains(secret.toUtf8()), name);
        }
    }

    void reportEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fromDiagnose");
        QTest::newRow("pdf") << QStringLiteral("pdf") << QString();
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("d.html");
        QTest::newRow("markdown") << QStringLiteral("markdown") << QStringLiteral("d.md");
        QTest::newRow("har") << QStringLiteral("har") << QStringLiteral("d.har");
    }
    void reportEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, fromDiagnose);
        const QByteArray before = fingerprint(session());
        const QString out = path(QStringLiteral("r.") + format);
        const auto r =
            runAuthDoctor({QStringLiteral("report"), session(), QStringLiteral("--") + format, out});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(QFileInfo(out).size() > 0);
        QCOMPARE(fingerprint(session()), before);
        for (const QString &secret : scenarioSecrets())
            QVERIFY(!readAll(out).contains(secret.toUtf8()));
        if (format == QLatin1String("pdf")) {
            QVERIFY(readAll(out).startsWith("%PDF-"));
        } else if (format == QLatin1String("har")) {
            const QJsonObject log =
                QJsonDocument::fromJson(readAll(out)).object().value(QStringLiteral("log")).toObject();
            QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        }
        // The reopened session renders the same report as the one diagnose wrote (a PDF carries its
        // creation time, so it is compared by existence only).
        if (!fromDiagnose.isEmpty())
            QVERIFY2(readAll(out) == readAll(path(fromDiagnose)), qPrintable(format));
    }

    // A PDF without a display: main() falls back to the offscreen platform by itself.
    void pdfWithoutDisplay()
    {
        const QString out = path(QStringLiteral("nodisplay.pdf"));
        const auto r = runAuthDoctor({QStringLiteral("report"), session(), QStringLiteral("--pdf"), out}, {},
                                     {{QStringLiteral("QT_QPA_PLATFORM"), QString()},
                                      {QStringLiteral("DISPLAY"), QString()},
                                      {QStringLiteral("WAYLAND_DISPLAY"), QString()}});
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readAll(out).startsWith("%PDF-"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString s = QStringLiteral("SESSION"), o = QStringLiteral("OUT");
        QTest::newRow("nothing") << QStringList{QStringLiteral("report")};
        QTest::newRow("no format") << QStringList{QStringLiteral("report"), s};
        QTest::newRow("no session") << QStringList{QStringLiteral("report"), QStringLiteral("--markdown"), o};
        QTest::newRow("two formats") << QStringList{QStringLiteral("report"), s,
                                                    QStringLiteral("--pdf"),  o,
                                                    QStringLiteral("--html"), o + QStringLiteral("2")};
        QTest::newRow("format twice")
            << QStringList{QStringLiteral("report"), s, QStringLiteral("--html"), o, QStringLiteral("--html"),
                           o + QStringLiteral("2")};
        QTest::newRow("missing OUT") << QStringList{QStringLiteral("report"), s,
                                                    QStringLiteral("--markdown")};
        QTest::newRow("missing OUT pdf") << QStringList{QStringLiteral("report"), s, QStringLiteral("--pdf")};
        QTest::newRow("empty OUT") << QStringList{QStringLiteral("report"), s, QStringLiteral("--har=")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("report"), s, QStringLiteral("--markdown"), o, QStringLiteral("--bogus")};
        QTest::newRow("two sessions")
            << QStringList{QStringLiteral("report"), s, s, QStringLiteral("--markdown"), o};
        QTest::newRow("OUT is the session")
            << QStringList{QStringLiteral("report"), s, QStringLiteral("--har"), s};
        QTest::newRow("diagnose: --save twice") << QStringList{
            QStringLiteral("diagnose"), QStringLiteral("--practice"), kScenario, QStringLiteral("--save"), o,
            QStringLiteral("--save"),   o + QStringLiteral("2")};
        QTest::newRow("diagnose: one file twice") << QStringList{QStringLiteral("diagnose"),
                                                                 QStringLiteral("--practice"),
                                                                 kScenario,
                                                                 QStringLiteral("--pdf"),
                                                                 o,
                                                                 QStringLiteral("--html"),
                                                                 o};
        QTest::newRow("diagnose: empty --markdown")
            << QStringList{QStringLiteral("diagnose"), QStringLiteral("--practice"), kScenario,
                           QStringLiteral("--markdown=")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const QString out = path(QStringLiteral("usage.out"));
        for (QString &a : args) {
            if (a == QLatin1String("SESSION"))
                a = session();
            else if (a.startsWith(QLatin1String("OUT")))
                a = out + a.mid(3);
        }
        const QByteArray before = fingerprint(session());
        const auto r = runAuthDoctor(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
        QVERIFY2(!r.err.contains("[start]"), r.err.constData()); // refused before any check ran
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("2")));
        QCOMPARE(fingerprint(session()), before);
    }

    // Sessions that cannot be opened, and OUT that cannot be written: exit 3, one clear line, the
    // session file as it was, no OUT.
    void cannotWrite_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<dir>", "<missing>" or the file's bytes
        QTest::addColumn<QString>("out");        // relative to the temporary folder
        QTest::addColumn<QString>("expect");     // a word of the message
        const QByteArray valid = readAll(session());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("o.md") << QStringLiteral("empty");
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("o.md")
                                   << QStringLiteral("incomplete");
        QTest::newRow("not JSON") << QByteArray("hello") << QStringLiteral("o.md") << QStringLiteral("JSON");
        QTest::newRow("diagnose --json")
            << QJsonDocument(m_json).toJson() << QStringLiteral("o.md") << QStringLiteral("--save");
        QByteArray newer = valid;
        newer.replace("authdoctor.session/1", "authdoctor.session/2");
        QTest::newRow("newer") << newer << QStringLiteral("o.md") << QStringLiteral("newer");
        QTest::newRow("folder") << QByteArray("<dir>") << QStringLiteral("o.md") << QStringLiteral("folder");
        QTest::newRow("missing") << QByteArray("<missing>") << QStringLiteral("o.md")
                                 << QStringLiteral("no such");
        QTest::newRow("pdf of a damaged file") << QByteArray("{\"schema\": 1}") << QStringLiteral("o.pdf")
                                               << QStringLiteral("not an AuthDoctor session");
        QTest::newRow("OUT in a missing folder")
            << valid << QStringLiteral("no/such/folder/o.md") << QStringLiteral("does not exist");
        QTest::newRow("OUT is a folder") << valid << QStringLiteral(".") << QStringLiteral("folder");
    }
    void cannotWrite()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, out);
        QFETCH(QString, expect);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("case.authdiag"));
        if (content == "<dir>")
            QVERIFY(QDir().mkpath(file));
        else if (content != "<missing>")
            QVERIFY(writeBytes(file, content));
        const QString target = dir.filePath(out);
        const QByteArray before = fingerprint(file);
        const QStringList entries = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        const QString format =
            out.endsWith(QLatin1String(".pdf")) ? QStringLiteral("--pdf") : QStringLiteral("--markdown");
        const auto r = runAuthDoctor({QStringLiteral("report"), file, format, target});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        // One line that says what is wrong (Qt may add its own platform notes for a PDF).
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QByteArray line;
        for (const QByteArray &l : lines)
            if (l.startsWith("authdoctor report: "))
                line = l;
        QVERIFY2(!line.isEmpty(), r.err.constData());
        QVERIFY2(line.contains(expect.toUtf8()), line.constData());
        QCOMPARE(fingerprint(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), entries);
        if (out != QLatin1String("."))
            QVERIFY(!QFileInfo::exists(target));
    }

    // diagnose checks its output paths before it runs any check.
    void diagnoseRefusesAnUnwritablePathFirst()
    {
        const QString missing = path(QStringLiteral("no-such-folder/s.authdiag"));
        const auto r = runAuthDoctor({QStringLiteral("diagnose"), QStringLiteral("--practice"), kScenario,
                                      QStringLiteral("--save"), missing});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(!r.err.contains("[start]"), r.err.constData());
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TstCliReport)
#include "tst_cli_report.moc"
