// Real-world messages: every realworld/<part>/*.txt fixture is one error message as people pasted
// it in a public issue, forum, vendor knowledge base or documentation page, with the expected
// values in a small header (see realworld/README.md). Expectations come from findings.md, the facts
// file and the source itself, not from what the classifier answers.
//
// The corpus has five parts:
// - dev/: the development part the rules may be fitted to. Every message is checked on its own
//   (classify()), so a rule change that breaks one shows which.
// - test/: the first test part, written before the rules were changed for issue 10 and never tuned
//   line by line. Scored as a whole (scores()).
// - heldout/: a second test part from sources that are in neither of the others, collected and
//   committed before any further rule change, to measure text nobody had looked at. Scored as a
//   whole too. Its misses then guided that round's rules, so it no longer measures unseen text.
// - unseen/: messages collected after that round and scored once as they were.
// - unseen2/: messages that all name a side (source or destination), collected from sources in no
//   other part and scored once as they were, to measure the side on text nobody had looked at.
// Each scored part is held to the floor recorded for it below (what was measured, never more); a
// part the corpus does not know (AUTHDOCTOR_REALWORLD_DIR points the test at another folder:
// subfolders are parts, loose files form the part "extra") is held to issue 10's goal: a right
// cause among the first three for 90 %, the right side for 95 % of the messages that name one.
#include "FindingIds.h"

#include "classify/Classifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace AuthDoctor;
using AuthDoctorTest::knownFindingIds;

namespace {

constexpr const char *kSides[] = {"source", "destination", "unknown"};
constexpr const char *kEndpoints[] = {"exchange-online", "exchange-server", "onedrive", "unknown"};

// Floors per scored part: a right cause among the first three, the right side among the messages
// that name one. They are what the part measured (never above it), so a change that loses ground
// fails; issue 10's goal (kGoal*) applies to parts the corpus does not know.
constexpr double kGoalTopThree = 0.90;
constexpr double kGoalSide = 0.95;
struct Floor
{
    const char *part;
    double topThree;
    double side;
};
// test/: 88.9 % (88/99) and 7 of 8 sides when first scored after the rules were fitted on dev/;
// 90.9 % (90/99) after the held-out round, which did not look at its lines.
// heldout/: 73.3 % (77/105) and 16 of 25 sides when first scored, before any rule saw it; 94.3 %
// (99/105) and 24 of 25 after rules chosen from its misses (so no longer a measure of unseen text).
// unseen/: 24 messages collected after the rule changes and scored once, untuned: 91.7 % (22/24),
// the same as the rules before this round scored on them; none names a side (the goal stands in).
// unseen2/: 37 messages that all name a side, committed before they were scored and scored once,
// untuned: 62.2 % (23/37) and 25 of 37 sides (67.6 %), far below the goal.
constexpr Floor kFloors[] = {
    {"test", 0.90, 0.85}, {"heldout", 0.94, 0.96}, {"unseen", 0.91, kGoalSide}, {"unseen2", 0.62, 0.67}};
// How many candidates count as "among the first".
constexpr qsizetype kTopN = 3;

struct Fixture
{
    QString name; // part/file base name
    QString part; // "dev", "test", or another folder name ("extra" for loose files)
    QString source;
    QStringList sides;     // acceptable values
    QStringList endpoints; // acceptable values; empty = not checked
    QStringList hosts;     // acceptable values, "" = null; empty list = not checked
    bool hasStatus = false;
    int status = 0;     // 0 = null
    QStringList codes;  // must all be present
    QStringList tops;   // acceptable first candidates (checked strictly when given)
    QStringList causes; // acceptable causes, one of them among the first kTopN
    QStringList also;   // must be listed
    QString knownMiss;  // dev only: why the rules are not fitted to this message (still scored)
    QString text;
    QString problem; // non-empty when the header cannot be read
};

QString fixtureRoot()
{
    const QString other = qEnvironmentVariable("AUTHDOCTOR_REALWORLD_DIR");
    return other.isEmpty() ? QStringLiteral(AUTHDOCTOR_REALWORLD_DIR) : other;
}

bool usingDefaultCorpus()
{
    return qEnvironmentVariableIsEmpty("AUTHDOCTOR_REALWORLD_DIR");
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

Fixture readFixture(const QString &path, const QString &part)
{
    Fixture f;
    f.part = part;
    f.name = part + QLatin1Char('/') + QFileInfo(path).completeBaseName();
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
        else if (key == u"status") {
            f.hasStatus = true;
            f.status = value == u"-" ? 0 : value.toInt();
        } else if (key == u"codes")
            f.codes = splitList(value, QLatin1Char(','));
        else if (key == u"top")
            f.tops = splitList(value, QLatin1Char('|'));
        else if (key == u"causes")
            f.causes = splitList(value, QLatin1Char('|'));
        else if (key == u"also")
            f.also = splitList(value, QLatin1Char(','));
        else if (key == u"known-miss")
            f.knownMiss = value;
        else {
            f.problem = QStringLiteral("unknown header key: ") + key;
            return f;
        }
    }
    for (const char *required : {"source", "side"})
        if (!seen.contains(QLatin1String(required))) {
            f.problem = QStringLiteral("missing header key: ") + QLatin1String(required);
            return f;
        }
    if (f.tops.isEmpty() && f.causes.isEmpty())
        f.problem = QStringLiteral("neither top nor causes given");
    return f;
}

// Every fixture below the root: subfolders are parts, loose files the part "extra".
QList<Fixture> allFixtures()
{
    QList<Fixture> out;
    const QDir root(fixtureRoot());
    for (const QString &file : root.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out << readFixture(root.filePath(file), QStringLiteral("extra"));
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(sub));
        for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            out << readFixture(dir.filePath(file), sub);
    }
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

bool causeAmongFirst(const Classification &c, const QStringList &causes)
{
    for (qsizetype i = 0; i < std::min(kTopN, c.candidates.size()); ++i)
        if (causes.contains(c.candidates.at(i).finding))
            return true;
    return false;
}

// The causes a fixture accepts among the first candidates: its "causes", else its "top".
QStringList acceptedCauses(const Fixture &f)
{
    return f.causes.isEmpty() ? f.tops : f.causes;
}

// A message names a side when its expectation does not allow "unknown".
bool namesSide(const Fixture &f)
{
    return !f.sides.contains(QStringLiteral("unknown"));
}

// What every classification keeps, whatever the message: empty = fine.
QString invariantProblem(const Classification &c)
{
    if (!c.error.isEmpty())
        return QStringLiteral("error: ") + c.errorText();
    if (c.candidates.isEmpty())
        return QStringLiteral("no candidate");
    for (qsizetype i = 0; i < c.candidates.size(); ++i) {
        const Candidate &cand = c.candidates.at(i);
        if (!knownFindingIds().contains(cand.finding))
            return QStringLiteral("unknown finding ") + cand.finding;
        if (cand.score < 0.0 || cand.score > 1.0)
            return QStringLiteral("score out of range");
        if (cand.reasons.isEmpty() || cand.whyText().trimmed().isEmpty())
            return QStringLiteral("no reason for ") + cand.finding;
        if (i > 0 && c.candidates.at(i - 1).score < cand.score)
            return QStringLiteral("candidates not ranked");
    }
    return {};
}

struct PartScore
{
    int messages = 0;
    int first = 0;    // an accepted cause first
    int topThree = 0; // an accepted cause among the first three
    int namingSide = 0;
    int sideRight = 0;
    int sidelessGivenSide = 0; // messages naming no side that got one anyway
    int unrecognized = 0;      // messages that got unrecognized-error first
    int sideless = 0;
    QStringList misses; // names, shown only on request
};

QString percent(int part, int whole)
{
    return whole ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

class TestClassifierRealWorld : public QObject
{
    Q_OBJECT
private slots:
    // The corpus itself: enough messages, each with a source and well-formed expectations, none twice.
    void fixturesAreWellFormed()
    {
        const QList<Fixture> fixtures = allFixtures();
        QVERIFY(!fixtures.isEmpty());
        if (usingDefaultCorpus()) {
            const auto inPart = [&](const char *part) {
                return std::count_if(fixtures.cbegin(), fixtures.cend(),
                                     [&](const Fixture &f) { return f.part == QLatin1String(part); });
            };
            QVERIFY2(fixtures.size() >= 250, qPrintable(QString::number(fixtures.size())));
            QVERIFY2(inPart("test") >= 90, qPrintable(QString::number(inPart("test"))));
            QVERIFY2(inPart("dev") >= 90, qPrintable(QString::number(inPart("dev"))));
            QVERIFY2(inPart("heldout") >= 100, qPrintable(QString::number(inPart("heldout"))));
            QVERIFY2(inPart("unseen") >= 20, qPrintable(QString::number(inPart("unseen"))));
            QVERIFY2(inPart("unseen2") >= 35, qPrintable(QString::number(inPart("unseen2"))));
            QCOMPARE(inPart("dev") + inPart("test") + inPart("heldout") + inPart("unseen") +
                         inPart("unseen2"),
                     fixtures.size());
        }
        QStringList texts;
        for (const Fixture &f : fixtures) {
            const QByteArray name = f.name.toUtf8();
            QVERIFY2(f.problem.isEmpty(), qPrintable(f.name + QStringLiteral(": ") + f.problem));
            // Only the development part may excuse a message; the other parts are scored as they are.
            QVERIFY2(f.knownMiss.isEmpty() || f.part == u"dev", qPrintable(f.name));
            QVERIFY2(!f.source.isEmpty(), name.constData());
            QVERIFY2(!f.text.trimmed().isEmpty(), name.constData());
            QVERIFY2(!texts.contains(f.text), name.constData()); // no message twice, across parts
            texts << f.text;
            QVERIFY2(!f.sides.isEmpty(), name.constData());
            for (const QString &s : f.sides)
                QVERIFY2(std::any_of(std::begin(kSides), std::end(kSides),
                                     [&](const char *k) { return s == QLatin1String(k); }),
                         name.constData());
            for (const QString &e : f.endpoints)
                QVERIFY2(std::any_of(std::begin(kEndpoints), std::end(kEndpoints),
                                     [&](const char *k) { return e == QLatin1String(k); }),
                         name.constData());
            for (const QString &id : f.tops + f.causes + f.also)
                QVERIFY2(knownFindingIds().contains(id), qPrintable(f.name + QStringLiteral(": ") + id));
            for (const QString &h : f.hosts)
                QVERIFY2(h == h.toLower(), name.constData());
            QVERIFY2(f.status == 0 || (f.status >= 100 && f.status <= 599), name.constData());
        }
    }

    // The development part, one row per message: everything its header states must hold.
    void classify_data()
    {
        QTest::addColumn<QString>("name");
        const QList<Fixture> fixtures = allFixtures();
        for (const Fixture &f : fixtures)
            if (f.part == u"dev")
                QTest::newRow(qPrintable(f.name)) << f.name;
        if (std::none_of(fixtures.cbegin(), fixtures.cend(),
                         [](const Fixture &f) { return f.part == u"dev"; }))
            QTest::newRow("no dev part") << QString(); // another folder without dev/: nothing to check
    }

    void classify()
    {
        QFETCH(QString, name);
        if (name.isEmpty())
            QSKIP("no dev part in this corpus");
        const QList<Fixture> fixtures = allFixtures();
        const auto it = std::find_if(fixtures.cbegin(), fixtures.cend(),
                                     [&](const Fixture &f) { return f.name == name; });
        QVERIFY(it != fixtures.cend());
        const Fixture &f = *it;
        QVERIFY2(f.problem.isEmpty(), qPrintable(f.problem));

        const Classification c = Classifier::classify(f.text);
        const QByteArray details =
            (QStringLiteral("source: ") + f.source + QLatin1Char('\n') + dump(c)).toUtf8();
        if (qEnvironmentVariableIsSet("AUTHDOCTOR_REALWORLD_DUMP")) // to review what each message gives
            qInfo().noquote() << name << details;
        const QString broken = invariantProblem(c);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + QLatin1Char('\n') + QString::fromUtf8(details)));

        // Every expectation is checked, so one run shows all that is wrong with a message.
        QStringList problems;
        auto expect = [&](bool ok, const QString &what) {
            if (!ok)
                problems << what;
        };
        expect(f.sides.contains(sideToString(c.side)), QStringLiteral("side ") + sideToString(c.side));
        if (!f.endpoints.isEmpty())
            expect(f.endpoints.contains(endpointKindToString(c.endpoint)),
                   QStringLiteral("endpoint ") + endpointKindToString(c.endpoint));
        if (!f.hosts.isEmpty())
            expect(f.hosts.contains(c.host),
                   QStringLiteral("host '%1', expected '%2'").arg(c.host, f.hosts.join(u'|')));
        if (f.hasStatus)
            expect(c.httpStatus == f.status,
                   QStringLiteral("status %1, expected %2").arg(c.httpStatus).arg(f.status));
        for (const QString &code : f.codes)
            expect(c.codes.contains(code), QStringLiteral("code %1 missing").arg(code));
        if (!f.tops.isEmpty())
            expect(
                f.tops.contains(c.candidates.first().finding),
                QStringLiteral("top %1, expected %2").arg(c.candidates.first().finding, f.tops.join(u'|')));
        // A known miss keeps every other expectation; its cause is scored in scores() only.
        if (!f.causes.isEmpty() && f.knownMiss.isEmpty())
            expect(causeAmongFirst(c, f.causes),
                   QStringLiteral("none of %1 among the first %2").arg(f.causes.join(u'|')).arg(kTopN));
        if (!f.knownMiss.isEmpty())
            qInfo().noquote() << name << "known miss:" << f.knownMiss;
        for (const QString &id : f.also)
            expect(listed(c, id), QStringLiteral("%1 not listed").arg(id));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; ")) + QLatin1Char('\n') +
                                                QString::fromUtf8(details)));
    }

    // Every part scored as a whole and printed; the thresholds hold for every part but dev.
    // AUTHDOCTOR_REALWORLD_MISSES=<part> (or "all") lists the messages of that part that missed.
    void scores()
    {
        QMap<QString, PartScore> parts;
        const QList<Fixture> fixtures = allFixtures();
        for (const Fixture &f : fixtures) {
            QVERIFY2(f.problem.isEmpty(), qPrintable(f.name + QStringLiteral(": ") + f.problem));
            const Classification c = Classifier::classify(f.text);
            const QString broken = invariantProblem(c);
            QVERIFY2(broken.isEmpty(), qPrintable(f.name + QStringLiteral(": ") + broken));
            PartScore &s = parts[f.part];
            ++s.messages;
            const QStringList accepted = acceptedCauses(f);
            const bool first = accepted.contains(c.candidates.first().finding);
            const bool three = causeAmongFirst(c, accepted);
            s.first += first;
            s.topThree += three;
            s.unrecognized += c.candidates.first().finding == u"unrecognized-error";
            bool sideMiss = false;
            if (namesSide(f)) {
                ++s.namingSide;
                const bool right = f.sides.contains(sideToString(c.side));
                s.sideRight += right;
                sideMiss = !right;
            } else if (f.sides == QStringList{QStringLiteral("unknown")}) {
                ++s.sideless;
                s.sidelessGivenSide += c.side != Side::Unknown;
            }
            if (!three || sideMiss)
                s.misses << QStringLiteral("%1: first %2%3")
                                .arg(f.name, c.candidates.first().finding,
                                     sideMiss ? QStringLiteral(", side ") + sideToString(c.side) : QString());
        }
        const QString wanted = qEnvironmentVariable("AUTHDOCTOR_REALWORLD_MISSES");
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            const PartScore &s = it.value();
            qInfo().noquote() << QStringLiteral(
                                     "%1: %2 messages; right cause first %3, among the first three %4; "
                                     "right side %5 of %6 naming one (%7); side given to %8 of %9 "
                                     "naming none; unrecognized-error first for %10")
                                     .arg(it.key())
                                     .arg(s.messages)
                                     .arg(percent(s.first, s.messages), percent(s.topThree, s.messages))
                                     .arg(s.sideRight)
                                     .arg(s.namingSide)
                                     .arg(percent(s.sideRight, s.namingSide))
                                     .arg(s.sidelessGivenSide)
                                     .arg(s.sideless)
                                     .arg(s.unrecognized);
            if (wanted == it.key() || wanted == u"all")
                for (const QString &miss : s.misses)
                    qInfo().noquote() << "  missed" << miss;
        }
        for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
            if (it.key() == u"dev")
                continue;
            double minTopThree = kGoalTopThree;
            double minSide = kGoalSide;
            for (const Floor &floor : kFloors)
                if (it.key() == QLatin1String(floor.part)) {
                    minTopThree = floor.topThree;
                    minSide = floor.side;
                }
            const PartScore &s = it.value();
            QVERIFY2(s.topThree >= minTopThree * s.messages,
                     qPrintable(it.key() + QStringLiteral(": right cause among the first three for ") +
                                percent(s.topThree, s.messages)));
            QVERIFY2(s.sideRight >= minSide * s.namingSide,
                     qPrintable(it.key() + QStringLiteral(": right side for ") +
                                percent(s.sideRight, s.namingSide)));
        }
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
        QTest::newRow("localised sides") << QStringLiteral("quellsistema de serveur ");
        QTest::newRow("side nouns") << QStringLiteral("open source message ");
        QTest::newRow("connection limits") << QStringLiteral("too many simultaneous ");
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
