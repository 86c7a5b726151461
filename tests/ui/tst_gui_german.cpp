// The German build: page titles, buttons and findings in German, the language switchable at run
// time, and no English left on a page that has a translation.
#include "AuthDoctorWizard.h"
#include "IntakePage.h"
#include "MainWindow.h"
#include "ResolutionPage.h"
#include "WizardController.h"
#include "WizardTestSupport.h"
#include "core/Translations.h"
#include "findings/FindingsCatalog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

class TestGuiGerman : public QObject
{
    Q_OBJECT
private:
    FakeDialogs m_dialogs;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setInstance(&m_dialogs);
    }
    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        Dialogs::setInstance(nullptr);
    }

    void germanPagesButtonsAndFindings()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("de"));
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        const QStringList english{QStringLiteral("What happened?"),  QStringLiteral("Which endpoint?"),
                                  QStringLiteral("Credentials"),     QStringLiteral("Checking"),
                                  QStringLiteral("A few questions"), QStringLiteral("Resolution")};
        int i = 0;
        for (int id : w->pageIds()) {
            const QString title = w->page(id)->title();
            QVERIFY2(!title.isEmpty() && title != english.at(i), qPrintable(title));
            ++i;
        }
        QCOMPARE(w->buttonText(QWizard::NextButton).remove(u'&'), QStringLiteral("Weiter >"));

        // A practice run to the resolution: the cause's title is the German one.
        QString error;
        QVERIFY(w->controller()->setPracticeScenario(QStringLiteral("exo-mfa-required"), &error));
        w->next();
        w->next();
        QSignalSpy done(w->controller(), &WizardController::diagnosisFinished);
        w->next();
        QVERIFY(done.wait(60000));
        w->next();
        if (w->currentId() == AuthDoctorWizard::QuestionsPageId)
            w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ResolutionPageId));
        const QString german = FindingsCatalog::find(QStringLiteral("mfa-required"))->title;
        QVERIFY(w->resolutionPage()->browser()->toPlainText().contains(german));
        auto *pdf = w->resolutionPage()->findChild<QPushButton *>(QStringLiteral("exportPdf"));
        QVERIFY(pdf->text() != QStringLiteral("Export &PDF…"));
    }

    void switchLanguageAtRunTime()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        QCOMPARE(w->currentPage()->title(), QStringLiteral("What happened?"));
        window.setLanguage(QStringLiteral("de"));
        QTRY_VERIFY(w->currentPage()->title() != QStringLiteral("What happened?"));
        auto *marker = w->findChild<QPushButton *>(QStringLiteral("openSession"));
        QVERIFY(marker && marker->text() != QStringLiteral("&Open a saved session…"));
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w->currentPage()->title(), QStringLiteral("What happened?"));
    }
};

QTEST_MAIN(TestGuiGerman)
#include "tst_gui_german.moc"
