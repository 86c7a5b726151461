// The PDF report (authdoctor_report): written atomically, a real PDF with embedded fonts, the page
// size asked for, the whole summary on page one (cause, steps, who, time, links), page numbers and
// the practice marker on every page, clickable links; in English, German and with Japanese text.
// AUTHDOCTOR_REPORT_OUT=dir keeps the PDFs there (to look at them with pdftoppm).
#include "PdfTools.h"
#include "ReportTestSupport.h"
#include "report/PdfReport.h"
#include "report/ReportContent.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTranslator>

using namespace AuthDoctor;
using namespace ReportTest;

namespace {

const QString kJapanese =
    QStringLiteral("移行に失敗しました。資格情報が無効か、メールボックスへのアクセス権がありません。");

QString reportTr(const char *source)
{
    return QCoreApplication::translate("AuthDoctor::Report", source);
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
        for (const char *lang : {"en", "de"}) {
            const QString l = QString::fromLatin1(lang);
            QTest::newRow(qPrintable(QStringLiteral("mfa-required-") + l))
                << QStringLiteral("exo-mfa-required") << l << int(QPageSize::A4);
            QTest::newRow(qPrintable(QStringLiteral("ews-disabled-") + l))
                << QStringLiteral("exo-ews-disabled") << l << int(QPageSize::Letter);
            QTest::newRow(qPrintable(QStringLiteral("consent-missing-") + l))
                << QStringLiteral("exo-consent-missing") << l << int(QPageSize::A4);
        }
        QTest::newRow("japanese-text")
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
        QTranslator german;
        const QLocale before;
        if (language == QLatin1String("de")) {
            QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("authdoctor_core"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&german);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });

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
            QVERIFY2(text.contains(reportTr("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(text.right(200)));
            if (r.practice)
                QVERIFY2(text.contains(firstWords(c.practiceMarker, 4)), qPrintable(QString::number(page)));
        }

        // Page one holds the whole summary: the cause, why, every step, who, how long, the links.
        const QString one = flat(pdfText(path, 1, 1));
        QVERIFY2(one.contains(primary->title), qPrintable(one.left(300)));
        QVERIFY(one.contains(c.labels.steps));
        for (const QString &step : primary->steps)
            QVERIFY2(one.contains(firstWords(step, 6)), qPrintable(step));
        QVERIFY(one.contains(firstWords(primary->whoText, 5)));
        QVERIFY(one.contains(firstWords(primary->timeToApply, 5)));
        for (int i = 0; i < qMin(3, int(primary->links.size())); ++i)
            QVERIFY2(one.contains(firstWords(primary->links.at(i).title, 4)),
                     qPrintable(primary->links.at(i).title));
        // …and nothing of it continues on page two.
        const QString two = flat(pdfText(path, 2, 2));
        QVERIFY(!two.contains(c.labels.steps));
        // Later pages: the appendix with every check id.
        const QString all = flat(pdfText(path));
        QVERIFY(all.contains(c.labels.appendix));
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
            QVERIFY2(one.contains(kJapanese.left(8)), qPrintable(one.left(600)));
        }
        if (language == QLatin1String("de")) // the catalog is translated: the cause is in German
            QVERIFY2(primary->title != englishTitle, qPrintable(primary->title));
    }

    // Whatever the cause, its summary fits on page one, in English and in German (longer words),
    // on A4 and Letter, with a long pasted error and a long "why".
    void everySummaryFitsOnPageOne_data()
    {
        QTest::addColumn<QString>("finding");
        QTest::addColumn<QString>("language");
        for (const QString &id : FindingsCatalog::ids())
            for (const char *lang : {"en", "de"})
                QTest::newRow(qPrintable(id + QLatin1Char('-') + QString::fromLatin1(lang)))
                    << id << QString::fromLatin1(lang);
    }
    void everySummaryFitsOnPageOne()
    {
        QFETCH(QString, finding);
        QFETCH(QString, language);
        QTranslator german;
        const QLocale before;
        if (language == QLatin1String("de")) {
            QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("authdoctor_core"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&german);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        }
        auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&german);
            QLocale::setDefault(before);
        });
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
        for (int pageSize : {int(QPageSize::A4), int(QPageSize::Letter)}) {
            const QString path = outPath(QStringLiteral("fit-%1-%2-%3").arg(finding, language).arg(pageSize));
            QString error;
            Report::PdfOptions options;
            options.pageSizeId = pageSize;
            QVERIFY2(Report::writePdf(sessionFor(r, language), path, &error, options), qPrintable(error));
            const QString one = flat(pdfText(path, 1, 1));
            QVERIFY2(one.contains(firstWords(info->title, 5)), qPrintable(info->title));
            for (const QString &step : info->steps)
                QVERIFY2(one.contains(firstWords(step, 6)), qPrintable(step));
            QVERIFY2(one.contains(firstWords(info->timeToApply, 5)), qPrintable(info->timeToApply));
            if (!info->links.isEmpty())
                QVERIFY2(one.contains(firstWords(info->links.last().title, 4)) ||
                             one.contains(firstWords(
                                 info->links.at(qMin<qsizetype>(2, info->links.size() - 1)).title, 4)),
                         qPrintable(info->links.last().title));
            QVERIFY(!flat(pdfText(path, 2, 2))
                         .contains(Report::buildContent(sessionFor(r, language)).labels.steps));
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
