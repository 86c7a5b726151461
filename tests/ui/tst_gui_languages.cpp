// Every translated build — German, French, Spanish, Japanese — walked through the whole practice
// flow: page titles, Qt's own wizard buttons, a finding and the resolution page in that language,
// no English sentence left on any page, and the language switchable at run time.
#include "AuthDoctorWizard.h"
#include "IntakePage.h"
#include "MainWindow.h"
#include "ResolutionPage.h"
#include "WizardController.h"
#include "WizardTestSupport.h"
#include "core/Translations.h"
#include "findings/FindingsCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

namespace {

// What a reader sees on a page: titles, labels, buttons and the resolution's text, one line each.
QStringList visibleTexts(AuthDoctorWizard *w)
{
    QStringList out{w->currentPage()->title(), w->currentPage()->subTitle()};
    for (QLabel *l : w->currentPage()->findChildren<QLabel *>())
        if (l->isVisibleTo(w) && !l->text().isEmpty())
            out << QTextDocumentFragment::fromHtml(l->text()).toPlainText().split(u'\n');
    for (QAbstractButton *b : w->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(w))
            out << b->text().remove(u'&');
    if (w->currentId() == AuthDoctorWizard::ResolutionPageId)
        out << w->resolutionPage()->browser()->toPlainText().split(u'\n');
    QStringList lines;
    for (QString s : out) {
        s = s.trimmed();
        if (!s.isEmpty())
            lines << s;
    }
    return lines;
}

// An English sentence: three or more English words in a row. Product names, hosts, cmdlets and
// evidence quoted from the servers (which answer in English) are not sentences of ours.
bool looksLikeOurEnglish(const QString &line)
{
    static const QRegularExpression words(
        QStringLiteral(
            "\\b(?:the|and|to|of|is|are|was|not|with|for|this|that|your|you|check|checks|sign|signs|in|"
            "account|mailbox|password|open|select|save|run|again|what|which|page|cause)\\b"
            "(?:\\W+\\w+){2}"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(line).hasMatch();
}

QStringList walk(AuthDoctorWizard *w, const QString &scenario, QStringList *texts)
{
    QStringList titles;
    QString error;
    if (!w->controller()->setPracticeScenario(scenario, &error))
        return {QStringLiteral("no practice scenario: ") + error};
    for (int step = 0; step < 7; ++step) {
        if (w->currentId() == AuthDoctorWizard::ChecksPageId && w->controller()->isRunning()) {
            QSignalSpy done(w->controller(), &WizardController::diagnosisFinished);
            if (!done.wait(60000))
                return titles;
        }
        titles << w->currentPage()->title();
        *texts << visibleTexts(w);
        if (w->currentId() == AuthDoctorWizard::ResolutionPageId)
            break;
        w->next();
    }
    return titles;
}

// The shipped languages (AUTHDOCTOR_LANGUAGES in the top CMakeLists.txt).
QStringList languages()
{
    return QString::fromLatin1(AUTHDOCTOR_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class TestGuiLanguages : public QObject
{
    Q_OBJECT
private:
    FakeDialogs m_dialogs;
    QStringList m_englishTitles;
    QSet<QString> m_englishLines;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Dialogs::setInstance(&m_dialogs);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        MainWindow window;
        window.show();
        QStringList texts;
        m_englishTitles = walk(window.wizard(), QStringLiteral("exo-mfa-required"), &texts);
        QCOMPARE(m_englishTitles.constLast(), QStringLiteral("Resolution"));
        for (const QString &t : texts)
            if (looksLikeOurEnglish(t))
                m_englishLines.insert(t);
        QVERIFY(m_englishLines.size() > 10);
    }
    void cleanupTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        Dialogs::setInstance(nullptr);
    }

    void wholeFlow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("next"); // Qt's own translation of the wizard's Next button
        const QHash<QString, QString> next{{QStringLiteral("de"), QStringLiteral("Weiter >")},
                                           {QStringLiteral("fr"), QStringLiteral("Suivant >")},
                                           {QStringLiteral("es"), QStringLiteral("Siguiente >")},
                                           {QStringLiteral("ja"), QStringLiteral("次へ >")}};
        for (const QString &l : languages())
            QTest::newRow(qPrintable(l)) << l << next.value(l);
    }
    void wholeFlow()
    {
        QFETCH(QString, language);
        QFETCH(QString, next);
        installTranslations(*QCoreApplication::instance(), language);
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        QVERIFY2(!next.isEmpty(), "add Qt's word for Next in this language to the test's table");
        QCOMPARE(w->buttonText(QWizard::NextButton).remove(u'&').remove(QStringLiteral("(N)")).trimmed(),
                 next);
        QStringList texts;
        const QStringList titles = walk(w, QStringLiteral("exo-mfa-required"), &texts);
        QCOMPARE(titles.size(), m_englishTitles.size());
        for (int i = 0; i < titles.size(); ++i)
            QVERIFY2(!titles.at(i).isEmpty() && titles.at(i) != m_englishTitles.at(i),
                     qPrintable(titles.at(i)));
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::ResolutionPageId));

        // The cause, in this language, on the resolution page; its title differs from English.
        const auto def = FindingsCatalog::find(QStringLiteral("mfa-required"));
        QVERIFY(def);
        const QString browser = w->resolutionPage()->browser()->toPlainText();
        QVERIFY2(browser.contains(def->title), qPrintable(def->title));
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        const QString englishTitle = FindingsCatalog::find(QStringLiteral("mfa-required"))->title;
        installTranslations(*QCoreApplication::instance(), language);
        QVERIFY(def->title != englishTitle);
        auto *pdf = w->resolutionPage()->findChild<QPushButton *>(QStringLiteral("exportPdf"));
        QVERIFY(pdf && pdf->text() != QStringLiteral("Export &PDF…"));

        // No sentence of ours left in English on any page.
        QStringList leftovers;
        for (const QString &t : texts)
            if (m_englishLines.contains(t))
                leftovers << t;
        leftovers.removeDuplicates();
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u'\n')));
    }

    void switchLanguageAtRunTime_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : languages())
            QTest::newRow(qPrintable(l)) << l;
    }
    void switchLanguageAtRunTime()
    {
        QFETCH(QString, language);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        QCOMPARE(w->currentPage()->title(), QStringLiteral("What happened?"));
        auto *action = window.findChild<QAction *>(QStringLiteral("language-") + language);
        QVERIFY(action);
        action->trigger();
        QTRY_VERIFY(w->currentPage()->title() != QStringLiteral("What happened?"));
        QVERIFY(action->isChecked());
        QCOMPARE(QSettings().value(MainWindow::languageSettingsKey()).toString(), language);
        auto *marker = w->findChild<QPushButton *>(QStringLiteral("openSession"));
        QVERIFY(marker && marker->text() != QStringLiteral("&Open a saved session…"));
        QVERIFY(w->buttonText(QWizard::CancelButton).remove(u'&') != QStringLiteral("Cancel"));
        window.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w->currentPage()->title(), QStringLiteral("What happened?"));
    }

    // "System language" forgets the choice: the next start follows the system again.
    void systemLanguageForgetsTheChoice()
    {
        MainWindow window;
        window.setLanguage(QStringLiteral("fr"));
        QCOMPARE(QSettings().value(MainWindow::languageSettingsKey()).toString(), QStringLiteral("fr"));
        auto *system = window.findChild<QAction *>(QStringLiteral("language-system"));
        QVERIFY(system);
        system->trigger();
        QVERIFY(!QSettings().contains(MainWindow::languageSettingsKey()));
        QVERIFY(system->isChecked());
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestGuiLanguages)
#include "tst_gui_languages.moc"
