#include "AuthDoctorWizard.h"
#include "IntakePage.h"
#include "core/Translations.h"
#include "findings/FindingsCatalog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

// With AUTHDOCTOR_SCREENSHOT_DIR set, the walk saves what the user sees, for review.
static void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AUTHDOCTOR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

class TestGuiIntake : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsClassificationWhileTyping()
    {
        AuthDoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(AuthDoctorWizard::IntakePageId));

        auto *edit = wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"));
        QVERIFY(edit);
        auto *side = wizard.findChild<QLabel *>(QStringLiteral("sideValue"));
        auto *host = wizard.findChild<QLabel *>(QStringLiteral("hostValue"));
        auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("candidateList"));
        QVERIFY(side && host && list);
        QCOMPARE(list->topLevelItemCount(), 0);

        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("Your migration failed while checking destination credentials. "
                                              "Http POST request to 'autodiscover-s.outlook.com' failed - "
                                              "401 Unauthorized"));
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        QTRY_COMPARE(host->text(), QStringLiteral("autodiscover-s.outlook.com"));
        QVERIFY(side->text().contains(QStringLiteral("Destination")));
        auto *detail = wizard.findChild<QTextBrowser *>(QStringLiteral("candidateDetail"));
        QVERIFY(detail);
        QVERIFY(!detail->toPlainText().isEmpty()); // the top cause is selected and explained
        saveScreenshot(wizard, QStringLiteral("intake-seed-form1"));
    }

    void mfaMessageRanksMfaFirst()
    {
        AuthDoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.intakePage()->setErrorText(QStringLiteral(
            "AADSTS50076: Due to a configuration change made by your administrator, or because "
            "you moved to a new location, you must use multi-factor authentication to access "
            "'00000002-0000-0ff1-ce00-000000000000'."));
        auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("candidateList"));
        QVERIFY(list);
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("mfa-required"));
        auto *codes = wizard.findChild<QLabel *>(QStringLiteral("codesValue"));
        QVERIFY(codes->text().contains(QStringLiteral("AADSTS50076")));
        saveScreenshot(wizard, QStringLiteral("intake-mfa"));
    }

    // 1366x768 at 150 % scaling leaves about 910x512 logical pixels: everything must stay usable.
    void fitsSmallScreen()
    {
        AuthDoctorWizard wizard;
        wizard.resize(900, 500);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.width() <= 910 && wizard.height() <= 512);
        wizard.intakePage()->setErrorText(
            QStringLiteral("DatabaseNotFoundException - 401 Unauthorized - Http POST request to "
                           "'autodiscover-s.outlook.com' "
                           "failed: MigrationWiz was not able to locate/access the mail database."));
        auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("candidateList"));
        auto *detail = wizard.findChild<QTextBrowser *>(QStringLiteral("candidateDetail"));
        auto *edit = wizard.findChild<QPlainTextEdit *>(QStringLiteral("errorText"));
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        QVERIFY(list->viewport()->height() >= 20);
        QVERIFY(detail->viewport()->height() >= 20);
        QVERIFY(edit->height() >= 40);
        saveScreenshot(wizard, QStringLiteral("intake-small-screen"));
    }

    // Runs last: it installs the German translators for the rest of the process.
    void germanBuildShowsNoEnglish()
    {
        const QString englishTitle = FindingsCatalog::find(u"mfa-required")->title;
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        AuthDoctorWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.currentPage()->title() != QStringLiteral("What happened?"));
        wizard.intakePage()->setErrorText(
            QStringLiteral("AADSTS50076: you must use multi-factor authentication"));
        auto *list = wizard.findChild<QTreeWidget *>(QStringLiteral("candidateList"));
        QTRY_VERIFY(list->topLevelItemCount() > 0);
        const QString shownTitle = list->topLevelItem(0)->text(0);
        QVERIFY2(shownTitle != englishTitle, qPrintable(shownTitle));
        auto *side = wizard.findChild<QLabel *>(QStringLiteral("sideValue"));
        QVERIFY(side->text() != QStringLiteral("Not stated in the message"));
        auto *detail = wizard.findChild<QTextBrowser *>(QStringLiteral("candidateDetail"));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("Why:")));
        saveScreenshot(wizard, QStringLiteral("intake-mfa-de"));
    }
};

QTEST_MAIN(TestGuiIntake)
#include "tst_gui_intake.moc"
