// Held-out real-world messages: every realworld/*.txt fixture is one error message as people
// pasted it in a public issue, forum or vendor article, with the expected values in a small
// header (see realworld/README.md). Expectations come from findings.md and the facts file, not
// from what the classifier answers.
#include "FindingIds.h"

#include "classify/Classifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace AuthDoctor;
using AuthDoctorTest::knownFindingIds;

namespace {

constexpr const char *kSides[] = {"source", "destination", "unknown"};
constexpr const char *kEndpoints[] = {"exchange-online", "exchange-server", "onedrive", "unknown"};

struct Fixture
{
    QString name;
    QString source;
    QStringList sides;     // acceptable values
    QStringList endpoints; // acceptable values
    QStringList hosts;     // acceptable values, "" = null
    int status = 0;        // 0 = null
    QStringList codes;     // must all be present
    QStringList tops;      // acceptable top candidates
    QStringList also;      // must be listed
    QString text;
    QString problem; // non-empty when the header cannot be read
};

// The fixtures next to this file; AUTHDOCTOR_REALWORLD_DIR in the environment points the test at
// another set (to try new messages before adding them).
QString fixtureDir()
{
    const QString other = qEnvironmentVariable("AUTHDOCTOR_REALWORLD_DIR");
    return other.isEmpty() ? QStringLiteral(AUTHDOCTOR_REALWORLD_DIR) : other;
}

QStringList splitList(const QString &value, QChar separator)
{
    QStringList out;
    for (const QString &part : value.split(separator, Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out << item;
    }
    return out;
}

Fixture readFixture(const QString &path)
{
    Fixture f;
    f.name = QFileInfo(path).completeBaseName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.problem = QStringLiteral("cannot open");
        return f;
    }
    const QString all = QString::fromUtf8(file.readAll());
    static const QRegularExpression separator(QStringLiteral("^---\\r?\\n"),
                                              QRegularExpression::MultilineOption);
    const auto m = separator.match(all);
    if (!m.hasMatch()) {
        f.problem = QStringLiteral("no --- line");
        return f;
    }
    f.text = all.mid(m.capturedEnd(0));
    if (f.text.endsWith(QLatin1Char('\n')))
        f.text.chop(1); // the file's final newline is not part of the paste
    QStringList seen;
    for (const QString &raw : all.left(m.capturedStart(0)).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            f.problem = QStringLiteral("bad header line: ") + line;
            return f;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        seen << key;
        if (key == u"source")
            f.source = value;
        else if (key == u"note")
            continue;
        else if (key == u"side")
            f.sides = splitList(value, QLatin1Char('|'));
        else if (key == u"endpoint")
            f.endpoints = splitList(value, QLatin1Char('|'));
        else if (key == u"host")
            for (const QString &h : splitList(value, QLatin1Char('|')))
                f.hosts << (h == u"-" ? QString() : h);
        else if (key == u"status")
            f.status = value == u"-" ? 0 : value.toInt();
        else if (key == u"codes")
            f.codes = splitList(value, QLatin1Char(','));
        else if (key == u"top")
            f.tops = splitList(value, QLatin1Char('|'));
        else if (key == u"also")
            f.also = splitList(value, QLatin1Char(','));
        else {
            f.problem = QStringLiteral("unknown header key: ") + key;
            return f;
        }
    }
    for (const char *required : {"source", "side", "endpoint", "host", "status", "codes", "top"})
        if (!seen.contains(QLatin1String(required))) {
            f.problem = QStringLiteral("missing header key: ") + QLatin1String(required);
            return f;
        }
    return f;
}

QList<Fixture> allFixtures()
{
    QList<Fixture> out;
    const QDir dir(fixtureDir());
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        out << readFixture(dir.filePath(file));
    return out;
}

QString dump(const Classification &c)
{
    return QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Indented));
}

bool listed(const Classification &c, const QString &id)
{
    return std::any_of(c.candidates.cbegin(), c.candidates.cend(),
                       [&](const Candidate &cand) { return cand.finding == id; });
}

} // namespace

class TestClassifierRealWorld : public QObject
{
    Q_OBJECT
private slots:
    // The fixture set itself: enough messages, each with a source and well-formed expectations.
    void fixturesAreWellFormed()
    {
        const QList<Fixture> fixtures = allFixtures();
        QVERIFY2(fixtures.size() >= 60, qPrintable(QString::number(fixtures.size())));
        QStringList texts;
        for (const Fixture &f : fixtures) {
            const QByteArray name = f.name.toUtf8();
            QVERIFY2(f.problem.isEmpty(), qPrintable(f.name + QStringLiteral(": ") + f.problem));
            QVERIFY2(!f.source.isEmpty(), name.constData());
            QVERIFY2(!f.text.trimmed().isEmpty(), name.constData());
            QVERIFY2(!texts.contains(f.text), name.constData()); // no message twice
            texts << f.text;
            QVERIFY2(!f.sides.isEmpty() && !f.endpoints.isEmpty() && !f.tops.isEmpty(), name.constData());
            for (const QString &s : f.sides)
                QVERIFY2(std::any_of(std::begin(kSides), std::end(kSides),
                                     [&](const char *k) { return s == QLatin1String(k); }),
                         name.constData());
            for (const QString &e : f.endpoints)
                QVERIFY2(std::any_of(std::begin(kEndpoints), std::end(kEndpoints),
                                     [&](const char *k) { return e == QLatin1String(k); }),
                         name.constData());
            for (const QString &id : f.tops + f.also)
                QVERIFY2(knownFindingIds().contains(id), qPrintable(f.name + QStringLiteral(": ") + id));
            QVERIFY2(!f.hosts.isEmpty(), name.constData());
            for (const QString &h : f.hosts)
                QVERIFY2(h == h.toLower(), name.constData());
            QVERIFY2(f.status == 0 || (f.status >= 100 && f.status <= 599), name.constData());
        }
    }

    void classify_data()
    {
        QTest::addColumn<QString>("name");
        const QList<Fixture> fixtures = allFixtures();
        for (const Fixture &f : fixtures)
            QTest::newRow(qPrintable(f.name)) << f.name;
    }

    void classify()
    {
        QFETCH(QString, name);
        const Fixture f = readFixture(QDir(fixtureDir()).filePath(name + QStringLiteral(".txt")));
        QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));

        const Classification c = Classifier::classify(f.text);
        const QByteArray details =
            (QStringLiteral("source: ") + f.source + QLatin1Char('\n') + dump(c)).toUtf8();
        if (qEnvironmentVariableIsSet("AUTHDOCTOR_REALWORLD_DUMP")) // to review what each message gives
            qInfo().noquote() << name << details;
        QVERIFY2(c.error.isEmpty(), details.constData());
        QVERIFY2(!c.candidates.isEmpty(), details.constData());
        for (qsizetype i = 0; i < c.candidates.size(); ++i) {
            const Candidate &cand = c.candidates.at(i);
            QVERIFY2(knownFindingIds().contains(cand.finding), details.constData());
            QVERIFY2(cand.score >= 0.0 && cand.score <= 1.0, details.constData());
            QVERIFY2(!cand.whyText().trimmed().isEmpty(), details.constData());
            if (i > 0)
                QVERIFY2(c.candidates.at(i - 1).score >= cand.score, details.constData());
        }

        // Every expectation is checked, so one run shows all that is wrong with a message.
        QStringList problems;
        auto expect = [&](bool ok, const QString &what) {
            if (!ok)
                problems << what;
        };
        expect(f.sides.contains(sideToString(c.side)), QStringLiteral("side ") + sideToString(c.side));
        expect(f.endpoints.contains(endpointKindToString(c.endpoint)),
               QStringLiteral("endpoint ") + endpointKindToString(c.endpoint));
        expect(f.hosts.contains(c.host),
               QStringLiteral("host '%1', expected '%2'").arg(c.host, f.hosts.join(u'|')));
        expect(c.httpStatus == f.status,
               QStringLiteral("status %1, expected %2").arg(c.httpStatus).arg(f.status));
        for (const QString &code : f.codes)
            expect(c.codes.contains(code), QStringLiteral("code %1 missing").arg(code));
        expect(f.tops.contains(c.candidates.first().finding),
               QStringLiteral("top %1, expected %2").arg(c.candidates.first().finding, f.tops.join(u'|')));
        for (const QString &id : f.also)
            expect(listed(c, id), QStringLiteral("%1 not listed").arg(id));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; ")) + QLatin1Char('\n') +
                                                QString::fromUtf8(details)));
    }

    // Inputs built to make a scan go quadratic (a repeated prefix of each extraction's pattern),
    // each close to the 1 MiB limit. A measurement: run with -perf to compare; the assertions are
    // only that each is read and classified.
    void benchmarkRepeatedPatterns_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("capitals") << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("dotted names") << QStringLiteral("a.");
        QTest::newRow("error classes") << QStringLiteral("abc.XError ");
        QTest::newRow("request lines") << QStringLiteral("GET /a ");
        QTest::newRow("LiveIdBasicAuth reasons") << QStringLiteral("LiveIdBasicAuth:Abcd ");
        QTest::newRow("challenges") << QStringLiteral("WWW-Authenticate: Negotiate\n");
        QTest::newRow("OneDrive folders") << QStringLiteral("\\OneDrive");
        QTest::newRow("service hosts") << QStringLiteral("x.outlook.com ");
        QTest::newRow("both sides") << QStringLiteral("source or ");
        QTest::newRow("AADSTS codes") << QStringLiteral("AADSTS50076 ");
        QTest::newRow("wrapped URLs") << QStringLiteral("https://out\nlook.office365.com/x\n");
        QTest::newRow("header host names")
            << QStringLiteral("'X-CalculatedBETarget': 'a.prod.outlook.com', ");
        QTest::newRow("statuses") << QStringLiteral("returned 401 ");
    }

    void benchmarkRepeatedPatterns()
    {
        QFETCH(QString, unit);
        QString text;
        text.reserve(Classifier::MaxInputBytes);
        while (text.size() + unit.size() < Classifier::MaxInputBytes - 16)
            text += unit;
        Classification c;
        QBENCHMARK_ONCE
        {
            c = Classifier::classify(text);
        }
        QVERIFY2(c.error.isEmpty(), qPrintable(c.errorText()));
        QVERIFY(!c.candidates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClassifierRealWorld)
#include "tst_classifier_realworld.moc"
