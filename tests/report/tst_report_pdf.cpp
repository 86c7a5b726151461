// The PDF report (authdoctor_report): written atomically, a real PDF with embedded fonts, the page
// size asked for, the whole summary on page one (cause, steps, who, time, links), page numbers and
// the practice marker on every page, clickable links; in English and every shipped language
// (German, French, Spanish, Japanese), and with Japanese text pasted into an English report.
// AUTHDOCTOR_REPORT_OUT=dir keeps the PDFs there (to look at them with pdftoppm).
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "Sanitizers.h"
#include "core/Translations.h"
#include "report/PdfReport.h"
#include "report/ReportContent.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace AuthDoctor;
using namespace ReportTest;

namespace {

const QString kJapanese =
    QStringLiteral("移行に失敗しました。資格情報が無効か、メールボックスへのアクセス権がありません。");

QString reportTr(const char *source)
{
    return QCoreApplication::translate("AuthDoctor::Report", source);
}

// Under AddressSanitizer every PDF costs several times more; the layout does not change with the
// sanitizer, so the fit of every finding is checked there in English and French (the longest).
using AuthDoctor::Test::kSanitized;

// English, then the shipped languages (AUTHDOCTOR_LANGUAGES in the top CMakeLists.txt).
QStringList languages()
{
    return QStringList{QStringLiteral("en")} +
           QString::fromLatin1(AUTHDOCTOR_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
}

// The product in one language for the scope of a test row, back to English afterwards.
struct LanguageScope
{
    explicit LanguageScope(const QString &language)
    {
        installTranslations(*QCoreApplication::instance(), language);
    }
    ~LanguageScope() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
    Q_DISABLE_COPY_MOVE(LanguageScope)
};

// pdftotext breaks lines where the layout did; Japanese has no spaces to break at: compare
// without any white space. Qt's PDF writer maps some ideographs of Noto CJK back to their
// radical twins (入 → ⼊, 長 → ⻑) in the text layer: ideographs and radicals compare as one class.
// With `exact` (for what must NOT be there) only white space is ignored.
bool has(const QString &page, const QString &text, bool exact = false)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression ideograph(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{3400}-\\x{9FFF}]"));
    const auto fold = [exact](const QString &s) {
        QString f = s.normalized(QString::NormalizationForm_KC).remove(space);
        // pdftotext also joins "New-" at a line's end with the next line as a hyphenated word.
        return exact ? f : f.replace(ideograph, QStringLiteral("#")).remove(u'-');
    };
    return fold(page).contains(fold(text));
}

} // namespace

class TstReportPdf : public QObject
{
    Q_OBJECT

    QHash<QString, Engine::Result> m_results;
    QTemporaryDir m_dir;

    Engine::Result result(const QString &name)
    {
        if (!m_results.contains(name))
            m_results.insert(name, runPractice(name));
        return m_results.value(name);
    }

    QString outPath(const QString &row)
    {
        const QString keep = qEnvironmentVariable("AUTHDOCTOR_REPORT_OUT");
        return (keep.isEmpty() ? m_dir.path() : keep) + QLatin1Char('/') + row + QStringLiteral(".pdf");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");
    }

    void rendersForPeople_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pageSize");
        for (const QString &l : languages()) {
            QTest::newRow(qPrintable(QStringLiteral("mfa-required-") + l))
                << QStringLiteral("exo-mfa-required") << l << int(QPageSize::A4);
            QTest::newRow(qPrintable(QStringLiteral("ews-disabled-") + l))
                << QStringLiteral("exo-ews-disabled") << l << int(QPageSize::Letter);
            QTest::newRow(qPrintable(QStringLiteral("consent-missing-") + l))
                << QStringLiteral("exo-consent-missing") << l << int(QPageSize::A4);
        }
        QTest::newRow("japanese-text-in-english")
            << QStringLiteral("exo-mfa-required") << QStringLiteral("ja") << int(QPageSize::A4);
        QTest::newRow("impersonation-denied-onprem") << QStringLiteral("onprem-impersonation-denied")
                                                     << QStringLiteral("en") << int(QPageSize::Letter);
    }
    void rendersForPeople()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, language);
        QFETCH(int, pageSize);

        Engine::Result r = result(scenario);
        QVERIFY(r.completed);
        const QString englishTitle = primaryOf(r) ? primaryOf(r)->title : QString();
        const bool pastedJapanese = QByteArray(QTest::currentDataTag()).startsWith("japanese-text");
        const LanguageScope scope(pastedJapanese ? QStringLiteral("en") : language);

        if (language == QLatin1String("ja"))
            r.inputs.errorText =
                kJapanese + QStringLiteral(" (401) Unauthorized AADSTS50076\n") + r.inputs.errorText;
        const Session::Session session = sessionFor(r, language);
        const Report::Content c = Report::buildContent(session);
        const auto primary = primaryOf(r);
        QVERIFY(primary);

        const QString path = outPath(QString::fromLatin1(QTest::currentDataTag()));
        QString error;
        Report::PdfOptions options;
        options.pageSizeId = pageSize;
        QVERIFY2(Report::writePdf(session, path, &error, options), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));

        // Page size and count.
        const QString size = pdfInfoValue(path, QStringLiteral("Page size"));
        QVERIFY2(
            size.contains(pageSize == QPageSize::A4 ? QStringLiteral("(A4)") : QStringLiteral("(letter)")),
            qPrintable(size));
        const int pages = pdfInfoValue(path, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 2, "the summary, then the appendix");

        // Fonts: all embedded; a CJK font for Japanese text.
        const QList<PdfFont> fonts = pdfFonts(path);
        QVERIFY(!fonts.isEmpty());
        for (const PdfFont &f : fonts)
            QVERIFY2(f.embedded, qPrintable(f.name));

        // Every page: its number and, in practice, the marker.
        for (int page = 1; page <= pages; ++page) {
            const QString text = flat(pdfText(path, page, page));
            QVERIFY2(has(text, reportTr("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.right(200)));
            if (r.practice)
                QVERIFY2(has(text, firstWords(c.practiceMarker, 4)), qPrintable(QString::number(page)));
        }

        // Page one holds the whole summary: the cause, why, every step, who, how long, the links.
        const QString one = flat(pdfText(path, 1, 1));
        QVERIFY2(has(one, primary->title), qPrintable(one.left(300)));
        QVERIFY(has(one, c.labels.steps));
        for (const QString &step : primary->steps)
            QVERIFY2(has(one, firstWords(step, 6)), qPrintable(step));
        QVERIFY(has(one, firstWords(primary->whoText, 5)));
        QVERIFY(has(one, firstWords(primary->timeToApply, 5)));
        for (int i = 0; i < qMin(3, int(primary->links.size())); ++i)
            QVERIFY2(has(one, firstWords(primary->links.at(i).title, 4)),
                     qPrintable(primary->links.at(i).title));
        // …and nothing of it continues on page two.
        const QString two = flat(pdfText(path, 2, 2));
        QVERIFY(!has(two, c.labels.steps, true));
        // Later pages: the appendix with every check id.
        const QString all = flat(pdfText(path));
        QVERIFY(has(all, c.labels.appendix));
        QString joined = all; // an id may wrap after its hyphen
        joined.remove(QLatin1Char(' '));
        for (const Engine::CheckResult &check : r.checks)
            QVERIFY2(joined.contains(QLatin1Char('(') + check.id + QLatin1Char(')')), qPrintable(check.id));

        // Links can be clicked: link annotations with the finding's addresses.
        QVERIFY(bytes.contains("/Subtype /Link") || bytes.contains("/Subtype/Link"));
        for (const Link &link : primary->links)
            QVERIFY2(bytes.contains(QByteArray("/URI (" + link.url.toLatin1() + ')')), qPrintable(link.url));
        if (!c.handoff.consentUrl.isEmpty())
            QVERIFY(bytes.contains(QByteArray("/URI (" + c.handoff.consentUrl.toLatin1() + ')')));

        if (language == QLatin1String("ja")) {
            bool cjk = false;
            for (const PdfFont &f : fonts)
                cjk = cjk || f.name.contains(QStringLiteral("CJK")) || f.name.contains(QStringLiteral("IPA"));
            QVERIFY2(cjk, "no CJK font embedded");
            QVERIFY2(has(one, kJapanese.left(8)), qPrintable(one.left(600)));
        }
        if (language != QLatin1String("en") && !pastedJapanese) // the catalog is translated
            QVERIFY2(primary->title != englishTitle, qPrintable(primary->title));
    }

    // Whatever the cause, its summary fits on page one, in English and every shipped language
    // (French and Spanish run a third longer), on A4 and Letter, with a long pasted error and a
    // long "why".
    void everySummaryFitsOnPageOne_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("language");
        for (const QString &id : FindingsCatalog::ids())
            for (const QString &lang : languages())
                if (!kSanitized || lang == QLatin1String("en") || lang == QLatin1String("fr"))
                    QTest::newRow(qPrintable(id + QLatin1Char('-') + lang)) << id << lang;
    }
    void everySummaryFitsOnPageOne()
    {
        QFETCH(QString, finding);
        QFETCH(QString, language);
        const LanguageScope scope(language);
        // A hand-built result: the practice run of mfa-required with another primary cause.
        Engine::Result r = result(QStringLiteral("exo-mfa-required"));
        r.primaryFinding = finding;
        r.findings.prepend(Engine::FindingResult{
            finding,
            QStringLiteral("high"),
            {QStringLiteral("token-password-grant"), QStringLiteral("error-text")},
            msg("AuthDoctor::Checks", "%1",
                {QStringLiteral(
                    "Microsoft Entra ID refused the sign-in: AADSTS50076: Due to a configuration change "
                    "made by your administrator, or because you moved to a new location, you must use "
                    "multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.")}),
            {}});
        r.inputs.errorText =
            QString(QStringLiteral("Your migration failed while checking destination credentials. "))
                .repeated(8);
        const auto info = FindingsCatalog::find(finding);
        QVERIFY(info);
        // Letter is the shorter page; French and Spanish, the longest texts, also on A4 (narrower).
        QList<int> pageSizes{int(QPageSize::Letter)};
        if (language == QLatin1String("fr") || language == QLatin1String("es"))
            pageSizes << int(QPageSize::A4);
        for (int pageSize : pageSizes) {
            const QString path = outPath(QStringLiteral("fit-%1-%2-%3").arg(finding, language).arg(pageSize));
            QString error;
            Report::PdfOptions options;
            options.pageSizeId = pageSize;
            QVERIFY2(Report::writePdf(sessionFor(r, language), path, &error, options), qPrintable(error));
            const QString one = flat(pdfText(path, 1, 1));
            QVERIFY2(has(one, firstWords(info->title, 5)), qPrintable(info->title));
            for (const QString &step : info->steps)
                QVERIFY2(has(one, firstWords(step, 6)), qPrintable(step));
            QVERIFY2(has(one, firstWords(info->timeToApply, 5)), qPrintable(info->timeToApply));
            if (!info->links.isEmpty())
                QVERIFY2(
                    has(one, firstWords(info->links.last().title, 4)) ||
                        has(one,
                            firstWords(info->links.at(qMin<qsizetype>(2, info->links.size() - 1)).title, 4)),
                    qPrintable(info->links.last().title));
            QVERIFY(!has(flat(pdfText(path, 2, 2)),
                         Report::buildContent(sessionFor(r, language)).labels.steps, true));
        }
    }

    void failsCleanly()
    {
        const Session::Session session = sessionFor(result(QStringLiteral("exo-mfa-required")));
        QString error;
        const QString path = m_dir.path() + QStringLiteral("/missing/folder/report.pdf");
        QVERIFY(!Report::writePdf(session, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TstReportPdf)
#include "tst_report_pdf.moc"
