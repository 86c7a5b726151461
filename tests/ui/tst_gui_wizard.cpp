// Walks the real wizard offscreen through practice scenarios end to end: paste/practice →
// endpoint → credentials → checks → questions → resolution → export PDF → save → reopen.
#include "AuthDoctorWizard.h"
#include "CheckListModel.h"
#include "ChecksPage.h"
#include "CredentialsPage.h"
#include "IntakePage.h"
#include "MainWindow.h"
#include "ResolutionPage.h"
#include "WizardController.h"
#include "WizardTestSupport.h"
#include "findings/FindingsCatalog.h"
#include "sim/tenant/EmbeddedScenarios.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    // NFKC folds the ligatures the PDF's fonts use ("ﬀ" → "ff").
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

bool hasPdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

// Runs the checks page to its end (the controller's diagnosisFinished), without a fixed wait.
bool waitForChecks(AuthDoctorWizard *w)
{
    if (w->controller()->hasRun() && !w->controller()->isRunning())
        return true;
    QSignalSpy done(w->controller(), &WizardController::diagnosisFinished);
    return done.wait(90000) || (!w->controller()->isRunning());
}

} // namespace

class TestGuiWizard : public QObject
{
    Q_OBJECT
private:
    FakeDialogs m_dialogs;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setInstance(&m_dialogs);
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase() { Dialogs::setInstance(nullptr); }
    void init() { m_dialogs = FakeDialogs(); }

    void walkPractice_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const char *s :
             {"exo-mfa-required", "exo-wrong-password", "exo-ews-not-set", "onprem-extended-protection",
              "onedrive-not-provisioned", "exo-consent-missing", "healthy-tenant"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }
    void walkPractice()
    {
        QFETCH(QString, scenario);
        const auto info = Sim::EmbeddedScenarios::find(scenario);
        QVERIFY(info);
        const QString password = info->inputs.value(QStringLiteral("password")).toString();
        const QString secret = info->inputs.value(QStringLiteral("client_secret")).toString();

        MainWindow window;
        AuthDoctorWizard *w = window.wizard();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::IntakePageId));

        // Pick the practice scenario as a trainee would.
        QComboBox *box = w->intakePage()->practiceBox();
        const int index = box->findData(scenario);
        QVERIFY(index > 0);
        box->setCurrentIndex(index);
        emit box->activated(index);
        QVERIFY(w->controller()->isPractice());
        auto *marker = w->currentPage()->findChild<QLabel *>(QStringLiteral("practiceMarker"));
        QVERIFY(marker && marker->isVisible());
        QVERIFY(marker->text().contains(info->title));

        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::EndpointPageId));
        QVERIFY(w->currentPage()->isComplete());
        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::CredentialsPageId));
        QVERIFY2(w->currentPage()->isComplete(),
                 qPrintable(QStringList(w->controller()->validate().values()).join(u'|')));
        // The page names where the credentials go before anything is sent.
        QVERIFY(!w->credentialsPage()->hostsLabel()->text().isEmpty());

        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ChecksPageId));
        QVERIFY(waitForChecks(w));
        QTRY_VERIFY(w->currentPage()->isComplete());
        QVERIFY(w->checksPage()->model()->rowCount() > 0);
        QCOMPARE(w->checksPage()->model()->finishedCount(), w->checksPage()->model()->rowCount());

        w->next();
        if (w->currentId() == AuthDoctorWizard::QuestionsPageId)
            w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ResolutionPageId));

        const QString expected = info->primaryFinding;
        const QString shown = w->resolutionPage()->browser()->toPlainText();
        QString title;
        if (!expected.isEmpty()) {
            title = FindingsCatalog::find(expected)->title;
            QVERIFY2(shown.contains(title), qPrintable(shown.left(400)));
            QCOMPARE(w->controller()->result().primaryFinding, expected);
        }
        QVERIFY(!password.isEmpty() ? !shown.contains(password) : true);

        // Export PDF (preview first), copy for ticket, save the session, export HAR.
        m_dialogs.savePath = m_dir.filePath(scenario + QStringLiteral(".pdf"));
        w->resolutionPage()->exportPdf();
        QVERIFY(m_dialogs.shownDialogs.contains(QStringLiteral("pdfPreview")));
        QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(u'\n')));
        QVERIFY(QFile::exists(m_dialogs.savePath));
        if (hasPdfToText()) {
            const QString text = pdfText(m_dialogs.savePath);
            if (!title.isEmpty())
                QVERIFY2(text.simplified().contains(title.simplified()), qPrintable(text.left(600)));
            QVERIFY(text.contains(QStringLiteral("PRACTICE"), Qt::CaseInsensitive));
            if (!password.isEmpty())
                QVERIFY(!text.contains(password));
        }
        w->resolutionPage()->copyForTicket();
        const QString markdown = QApplication::clipboard()->text();
        if (!title.isEmpty() && !markdown.isEmpty())
            QVERIFY(markdown.contains(title));
        if (!password.isEmpty())
            QVERIFY(!markdown.contains(password));

        const QString sessionPath = m_dir.filePath(scenario + QStringLiteral(".authdiag"));
        m_dialogs.savePath = sessionPath;
        w->resolutionPage()->saveSession();
        QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(u'\n')));
        QFile saved(sessionPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        if (!password.isEmpty())
            QVERIFY(!bytes.contains(password.toUtf8()));
        if (!secret.isEmpty())
            QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(window.recentSessions().contains(QFileInfo(sessionPath).absoluteFilePath()));

        m_dialogs.savePath = m_dir.filePath(scenario + QStringLiteral(".har"));
        w->resolutionPage()->exportHar();
        QVERIFY(QFile::exists(m_dialogs.savePath));

        // Reopen in a new window: the same cause, the practice marker, and no live checks.
        MainWindow again;
        again.show();
        QVERIFY(again.wizard()->openSession(sessionPath));
        QCOMPARE(again.wizard()->currentId(), int(AuthDoctorWizard::ResolutionPageId));
        QVERIFY(again.wizard()->controller()->isReopenedSession());
        if (!title.isEmpty())
            QVERIFY(again.wizard()->resolutionPage()->browser()->toPlainText().contains(title));
        auto *rerun = again.wizard()->resolutionPage()->findChild<QPushButton *>(
            QStringLiteral("rerunWithCredentials"));
        QVERIFY(rerun && rerun->isVisible());
    }

    void damagedSessionLeavesStateAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.authdiag"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"authdoctor.session/1\", \"result\": ");
        f.close();
        MainWindow window;
        window.show();
        QVERIFY(!window.wizard()->openSession(path));
        QCOMPARE(m_dialogs.warnings.size(), 1);
        QCOMPARE(window.wizard()->currentId(), int(AuthDoctorWizard::IntakePageId));
        QVERIFY(!window.wizard()->controller()->hasRun());
    }

    void cancelStopsAtOnce()
    {
        MainWindow window;
        AuthDoctorWizard *w = window.wizard();
        window.show();
        QString error;
        QVERIFY(w->controller()->setPracticeScenario(QStringLiteral("onprem-network-unreachable"), &error));
        w->next();
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ChecksPageId));
        QVERIFY(w->controller()->isRunning());
        auto *cancel = w->checksPage()->cancelButton();
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!w->controller()->isRunning());
        QVERIFY(!w->controller()->result().completed);
        for (const auto &c : w->controller()->result().checks)
            QVERIFY(c.status != Engine::CheckStatus::Running);
        QVERIFY(w->checksPage()->runAgainButton()->isEnabled());
        QVERIFY(w->currentPage()->isComplete());
    }

    void retryOneCheck()
    {
        MainWindow window;
        AuthDoctorWizard *w = window.wizard();
        window.show();
        QString error;
        QVERIFY(w->controller()->setPracticeScenario(QStringLiteral("exo-wrong-password"), &error));
        w->next();
        w->next();
        w->next();
        QVERIFY(waitForChecks(w));
        const Engine::Result before = w->controller()->result();
        QString failed;
        for (const auto &c : before.checks)
            if (c.status == Engine::CheckStatus::Failed && failed.isEmpty())
                failed = c.id;
        QVERIFY(!failed.isEmpty());
        QTreeView *view = w->checksPage()->view();
        view->setCurrentIndex(w->checksPage()->model()->index(w->checksPage()->model()->rowOf(failed), 0));
        QVERIFY(w->checksPage()->retryButton()->isEnabled());
        QSignalSpy done(w->controller(), &WizardController::diagnosisFinished);
        QTest::mouseClick(w->checksPage()->retryButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(w->controller()->result().primaryFinding, before.primaryFinding);
        // Checks that do not depend on the retried one keep their result.
        for (const auto &c : before.checks)
            if (c.id != failed)
                QVERIFY(Engine::isTerminal(w->controller()->checkResult(c.id).status));
    }

    void checkAgainLaterWithFakeClock()
    {
        using namespace std::chrono_literals;
        QNetworkAccessManager nam;
        WizardController c(&nam);
        QString error;
        QVERIFY(c.setPracticeScenario(QStringLiteral("exo-mfa-required"), &error));
        QSignalSpy done(&c, &WizardController::diagnosisFinished);
        c.startChecks();
        QVERIFY(done.wait(60000));
        QCOMPARE(c.result().primaryFinding, QStringLiteral("mfa-required"));

        QDateTime now = QDateTime::currentDateTimeUtc();
        c.setClock([&now] { return now; });
        c.scheduleRecheck(5ms);
        QCOMPARE(c.recheckState(), WizardController::RecheckState::Waiting);
        // Within the time to apply, the persisting cause is "not effective yet", and it checks again.
        QTRY_COMPARE_WITH_TIMEOUT(c.recheckState(), WizardController::RecheckState::NotEffectiveYet, 60000);
        QVERIFY(c.recheckTimer()->isActive());
        // Past the time to apply: still failing, no more re-checks.
        now = now.addSecs(3600);
        QTRY_COMPARE_WITH_TIMEOUT(c.recheckState(), WizardController::RecheckState::StillFailing, 60000);
        QVERIFY(!c.recheckTimer()->isActive());

        // The fix takes effect (the simulated tenant is healthy now): the next re-check says resolved.
        QVERIFY(c.setPracticeScenario(QStringLiteral("healthy-tenant"), &error));
        now = QDateTime::currentDateTimeUtc();
        c.scheduleRecheck(5ms);
        QCOMPARE(c.recheckCause(), QStringLiteral("mfa-required"));
        QTRY_COMPARE_WITH_TIMEOUT(c.recheckState(), WizardController::RecheckState::Resolved, 60000);
        QVERIFY(!c.recheckTimer()->isActive());
    }

    void longPasteIsClassifiedOffTheUiThread()
    {
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        // A whole log (about 0.9 MiB) with one telling line at the end.
        QString log;
        while (log.size() < 900 * 1024) // under the classifier's 1 MiB limit
            log += QStringLiteral(
                "2026-11-24 09:12:44Z INFO Processing item batch 4711 of mailbox user1@contoso.com\n");
        log += QStringLiteral("ERROR AADSTS50076: you must use multi-factor authentication to access "
                              "'00000002-0000-0ff1-ce00-000000000000'.\n");
        w->intakePage()->setErrorText(log);
        // The page answers at once; the result arrives from the worker.
        QTRY_VERIFY_WITH_TIMEOUT(
            w->intakePage()->classification().codes.contains(QStringLiteral("AADSTS50076")), 30000);
        QCOMPARE(w->controller()->inputs().errorText, log);
        QCOMPARE(w->intakePage()->classification().candidates.value(0).finding,
                 QStringLiteral("mfa-required"));
    }

    void keyboardOnly()
    {
        // A trainee who never touches the mouse: mnemonics to reach the practice box, arrow keys
        // to pick a scenario, Alt+N for Next, to the resolution.
        MainWindow window;
        AuthDoctorWizard *w = window.wizard();
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        QComboBox *box = w->intakePage()->practiceBox();
        QTRY_COMPARE(QApplication::focusWidget(), box);
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY(w->controller()->isPractice());
        const auto next = [&window] { QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier); };
        next();
        QTRY_COMPARE(w->currentId(), int(AuthDoctorWizard::EndpointPageId));
        next();
        QTRY_COMPARE(w->currentId(), int(AuthDoctorWizard::CredentialsPageId));
        next();
        QTRY_COMPARE(w->currentId(), int(AuthDoctorWizard::ChecksPageId));
        QVERIFY(waitForChecks(w));
        QTRY_VERIFY(w->currentPage()->isComplete());
        next();
        QTRY_VERIFY(w->currentId() == AuthDoctorWizard::QuestionsPageId ||
                    w->currentId() == AuthDoctorWizard::ResolutionPageId);
        if (w->currentId() == AuthDoctorWizard::QuestionsPageId) {
            // One question answered with its mnemonic, then on.
            QTest::keyClick(&window, Qt::Key_O, Qt::AltModifier);
            next();
        }
        QTRY_COMPARE(w->currentId(), int(AuthDoctorWizard::ResolutionPageId));
        // Tab reaches the resolution's buttons.
        QWidget *start = QApplication::focusWidget();
        QSet<QString> reached;
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Tab);
            if (QApplication::focusWidget())
                reached << QApplication::focusWidget()->objectName();
        }
        Q_UNUSED(start);
        QVERIFY2(reached.contains(QStringLiteral("exportPdf")),
                 qPrintable(QStringList(reached.values()).join(u',')));
        QVERIFY(reached.contains(QStringLiteral("saveSession")));
    }

    void validationSaysWhatIsWrong()
    {
        MainWindow window;
        AuthDoctorWizard *w = window.wizard();
        window.show();
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::CredentialsPageId));
        QVERIFY(!w->currentPage()->isComplete());
        auto *user = w->currentPage()->findChild<QLineEdit *>(QStringLiteral("user"));
        QVERIFY(user);
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("not-an-address"));
        auto *error = w->currentPage()->findChild<QLabel *>(QStringLiteral("userError"));
        QVERIFY(error && error->isVisible() && !error->text().isEmpty());
        user->clear();
        QTest::keyClicks(user, QStringLiteral("admin@contoso.com"));
        QVERIFY(!error->isVisible());
        auto *password = w->currentPage()->findChild<QLineEdit *>(QStringLiteral("password"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("x"));
        QVERIFY(w->currentPage()->isComplete());
        QVERIFY(
            w->credentialsPage()->hostsLabel()->text().contains(QStringLiteral("login.microsoftonline.com")));
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        for (int id : w->pageIds()) {
            for (QWidget *child : w->page(id)->findChildren<QWidget *>()) {
                if (!qobject_cast<QAbstractButton *>(child) && !qobject_cast<QLineEdit *>(child) &&
                    !qobject_cast<QComboBox *>(child) && !qobject_cast<QAbstractItemView *>(child))
                    continue;
                // Parts Qt builds inside a view or a combo box (header, popup) are named by their owner.
                if (qobject_cast<QHeaderView *>(child) ||
                    qobject_cast<QAbstractItemView *>(child->parentWidget()) ||
                    qobject_cast<QComboBox *>(child->parentWidget()) || !child->isVisibleTo(w->page(id)))
                    continue;
                const QString name = child->accessibleName();
                QString text;
                if (auto *b = qobject_cast<QAbstractButton *>(child))
                    text = b->text();
                QVERIFY2(!name.isEmpty() || !text.isEmpty() ||
                             child->objectName().startsWith(QLatin1String("qt_")),
                         qPrintable(QStringLiteral("page %1: %2 (%3)")
                                        .arg(id)
                                        .arg(child->objectName(),
                                             QString::fromLatin1(child->metaObject()->className()))));
            }
        }
    }

    void fitsSmallScreens()
    {
        // 1366x768 at 150 % scaling leaves about 910x512 logical pixels.
        MainWindow window;
        window.resize(910, 512);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.width() <= 910 && window.height() <= 512);
        QVERIFY(window.minimumSizeHint().width() <= 910);
        QVERIFY(window.minimumSizeHint().height() <= 512);
    }
};

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
