// Every .ts file, every entry: translated (all plural forms), the same placeholders, HTML tags and
// &-accelerators as the source, and the technical tokens a technician types or searches for
// (cmdlets, AADSTS codes, finding ids, command-line options) left as they are.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms;
};

QList<Entry> readTs(const QString &path, QString *language)
{
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message")) {
            if (!e.source.isNull())
                out << e;
            e = Entry{};
            e.context = context;
            e.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source"))
            e.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            e.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!e.numerus)
                e.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform"))
            e.forms << xml.readElementText();
    }
    if (!e.source.isNull())
        out << e;
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList matches(const QString &text, const QRegularExpression &re, int group = 0)
{
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(group);
    return sorted(out);
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    return matches(s, re);
}

QStringList tags(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    return matches(s, re, 1);
}

int accelerators(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("(?<!&)&(?![&\\s]|[a-z]+;|#\\d+;)"));
    return int(matches(s, re).size());
}

// Tokens that must survive translation untouched: a technician copies them into PowerShell, a
// search engine or a support ticket.
QStringList technicalTokens(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("\\b(?:Get|Set|Test|Connect|New|Add|Remove|Enable|"
                                                      "Disable|Update|Format|Select|Where)-[A-Z][A-Za-z]+\\b"
                                                      "|\\bAADSTS\\d+\\b|(?<![\\w-])--[a-z][a-z-]+\\b"));
    QStringList out = matches(s, re);
    out.removeDuplicates();
    return out;
}

QString tsDir()
{
    return qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR") + QStringLiteral("/translations");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void file_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(tsDir());
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 16,
                 qPrintable(QStringLiteral("%1 .ts files in %2").arg(files.size()).arg(dir.path())));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void file()
    {
        QFETCH(QString, path);
        QString language;
        const QList<Entry> entries = readTs(path, &language);
        QVERIFY(entries.size() > 50);
        QVERIFY(!language.isEmpty());
        const int pluralForms = language.startsWith(QLatin1String("ja")) ? 1 : 2;
        QStringList problems;
        for (const Entry &e : entries) {
            const QString where =
                e.context + QStringLiteral(" \"") + e.source.left(60) + QStringLiteral("\": ");
            if (!e.type.isEmpty()) {
                problems << where + e.type;
                continue;
            }
            if (e.numerus && e.forms.size() != pluralForms)
                problems << where + QStringLiteral("%1 plural forms, %2 expected")
                                        .arg(e.forms.size())
                                        .arg(pluralForms);
            for (const QString &t : e.forms) {
                if (t.trimmed().isEmpty()) {
                    problems << where + QStringLiteral("empty");
                    continue;
                }
                QStringList expected = placeholders(e.source);
                QStringList got = placeholders(t);
                if (e.numerus) { // a plural form may leave out %n ("one file"), never add or drop another
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (got != expected)
                    problems << where + QStringLiteral("placeholders %1 became %2")
                                            .arg(expected.join(u' '), got.join(u' '));
                if (tags(t) != tags(e.source))
                    problems << where + QStringLiteral("HTML tags differ");
                if (accelerators(t) != accelerators(e.source))
                    problems << where + QStringLiteral("& accelerators differ");
                for (const QString &token : technicalTokens(e.source))
                    if (!t.contains(token))
                        problems << where + QStringLiteral("\"%1\" was translated or dropped").arg(token);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(u'\n') +
                                                QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
