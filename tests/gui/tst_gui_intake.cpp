#include "AuthDoctorWizard.h"
#include "IntakePage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
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
        auto *detail = wizard.findChild<QLabel *>(QStringLiteral("candidateDetail"));
        QVERIFY(detail);
        QVERIFY(!detail->text().isEmpty()); // the top cause is selected and explained
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
};

QTEST_MAIN(TestGuiIntake)
#include "tst_gui_intake.moc"
