// Saves a PNG of every wizard page in English and every shipped language, on a 1366x768 screen
// at the scale the test runs at (tests/ui/CMakeLists.txt runs it at 100 % and, with
// QT_SCALE_FACTOR=1.5, at 150 %: 910x512 logical) and at a large size, for people to look at
// (AUTHDOCTOR_SCREENSHOT_DIR, default the test's working folder). Asserts what a person would see as broken:
// a label whose text does not fit its width, a button narrower than its text, a page that needs more than the
// window.
#include "AuthDoctorWizard.h"
#include "MainWindow.h"
#include "WizardController.h"
#include "WizardTestSupport.h"
#include "core/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPalette>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

class TestGuiScreenshots : public QObject
{
    Q_OBJECT
private:
    FakeDialogs m_dialogs;
    QDir m_out;

    QStringList clipped(QWidget *page)
    {
        QStringList out;
        for (QLabel *l : page->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(page) || l->text().isEmpty())
                continue;
            // Cut at the bottom: shorter than its text needs at the width it got.
            const int needed = l->wordWrap() && l->hasHeightForWidth() ? l->heightForWidth(l->width())
                                                                       : l->sizeHint().height();
            if (l->height() + 2 < needed)
                out << QStringLiteral("label \"%1\" is %2 px high, needs %3")
                           .arg(l->text().left(40))
                           .arg(l->height())
                           .arg(needed);
            if (l->wordWrap())
                continue;
            if (l->width() + 2 < l->minimumSizeHint().width())
                out << QStringLiteral("label \"%1\" (%2 < %3)")
                           .arg(l->text().left(40))
                           .arg(l->width())
                           .arg(l->minimumSizeHint().width());
        }
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (!b->isVisibleTo(page) || b->text().isEmpty())
                continue;
            if (b->height() + 2 < b->minimumSizeHint().height())
                out << QStringLiteral("button \"%1\" is %2 px high, needs %3")
                           .arg(b->text())
                           .arg(b->height())
                           .arg(b->minimumSizeHint().height());
            if (b->width() + 2 < b->minimumSizeHint().width())
                out << QStringLiteral("button \"%1\" (%2 < %3)")
                           .arg(b->text())
                           .arg(b->width())
                           .arg(b->minimumSizeHint().width());
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setInstance(&m_dialogs);
        const QString dir = qEnvironmentVariable("AUTHDOCTOR_SCREENSHOT_DIR", QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        m_out = QDir(dir);
    }
    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        Dialogs::setInstance(nullptr);
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        // A maximised window on a 1366x768 screen, in logical pixels at this scale, less a taskbar.
        const qreal scale = qApp->devicePixelRatio();
        const QSize screen(qRound(1366 / scale), qRound((768 - 40) / scale));
        const QStringList languages =
            QStringList{QStringLiteral("en")} +
            QString::fromLatin1(AUTHDOCTOR_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
        for (const QString &lang : languages) {
            QTest::addRow("%s-1366x768@%d%%", qPrintable(lang), qRound(scale * 100))
                << lang << screen << false;
            if (scale == 1.0) // and the smallest window the wizard is meant for
                QTest::addRow("%s-small", qPrintable(lang)) << lang << QSize(910, 512) << false;
        }
        QTest::addRow("en-dark") << QStringLiteral("en") << QSize(910, 512) << true;
    }
    void everyPage()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        installTranslations(*QCoreApplication::instance(), language);
        const QPalette light = QApplication::palette();
        if (dark) {
            // A dark palette as a dark desktop theme gives it: everything must stay readable.
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
            p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
            p.setColor(QPalette::HighlightedText, Qt::white);
            p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
            QApplication::setPalette(p);
        }
        const auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AuthDoctorWizard *w = window.wizard();
        QString error;
        QVERIFY(w->controller()->setPracticeScenario(QStringLiteral("exo-mfa-required"), &error));
        const QString tag = QStringLiteral("%1-%2x%3@%4%5")
                                .arg(language)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(qRound(qApp->devicePixelRatio() * 100))
                                .arg(dark ? QStringLiteral("-dark") : QString());
        QStringList problems;
        for (int step = 0; step < 6; ++step) {
            if (w->currentId() == AuthDoctorWizard::ChecksPageId && w->controller()->isRunning()) {
                QSignalSpy done(w->controller(), &WizardController::diagnosisFinished);
                QVERIFY(done.wait(60000));
            }
            QTest::qWait(50);
            const QString name =
                QStringLiteral("%1-%2-%3.png").arg(tag).arg(step + 1).arg(w->currentPage()->objectName());
            QVERIFY(window.grab().save(m_out.filePath(name)));
            // The page must fit the window: no layout may demand more than it has.
            QVERIFY2(window.minimumSizeHint().height() <= size.height(),
                     qPrintable(
                         QStringLiteral("%1 needs %2 px").arg(name).arg(window.minimumSizeHint().height())));
            for (const QString &p : clipped(w->currentPage()))
                problems << name + QStringLiteral(": ") + p;
            if (w->currentId() == AuthDoctorWizard::ResolutionPageId)
                break;
            w->next();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ResolutionPageId));
    }
};

QTEST_MAIN(TestGuiScreenshots)
#include "tst_gui_screenshots.moc"
