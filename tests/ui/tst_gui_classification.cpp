// The classification view puts the classifier's reasons into words when it shows them, and again
// in the new language when the language changes (QEvent::LanguageChange), without classifying again.
#include "ClassificationView.h"
#include "classify/Classifier.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

class TestGuiClassification : public QObject
{
    Q_OBJECT
private slots:
    void rerendersOnLanguageChange()
    {
        const Classification c = Classifier::classify(
            QStringLiteral("2024-05-01 10:00:00 INFO starting\n"
                           "Your migration failed while checking destination credentials.\n"
                           "Http POST request to 'outlook.office365.com' failed - 401 Unauthorized\n"));
        QVERIFY(c.candidates.size() >= 2);
        ClassificationView view;
        view.setClassification(c);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = view.findChild<QTreeWidget *>(QStringLiteral("candidateList"));
        auto *detail = view.findChild<QTextBrowser *>(QStringLiteral("candidateDetail"));
        QVERIFY(list && detail);
        list->setCurrentItem(list->topLevelItem(1));
        const QString selected = list->currentItem()->data(0, Qt::UserRole).toString();
        const QString englishDetail = detail->toPlainText();
        const QString englishTip = list->topLevelItem(0)->toolTip(0);
        QVERIFY2(englishDetail.contains(QStringLiteral("(line 3)")), qPrintable(englishDetail));
        QCOMPARE(englishTip, c.candidates.first().whyText());

        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("authdoctor_core"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        QTRY_VERIFY2(detail->toPlainText().contains(QStringLiteral("(Zeile 3)")),
                     qPrintable(detail->toPlainText()));
        QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toString(), selected);
        QCOMPARE(list->topLevelItem(0)->toolTip(0), c.candidates.first().whyText());
        QVERIFY(list->topLevelItem(0)->toolTip(0) != englishTip);

        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(detail->toPlainText(), englishDetail);
        QCOMPARE(list->topLevelItem(0)->toolTip(0), englishTip);
    }

    void refusedInputShowsItsErrorInTheCurrentLanguage()
    {
        ClassificationView view;
        view.setClassification(Classifier::classifyBytes(QByteArray("\0\1\2\3 not text", 14)));
        auto *message = view.findChild<QLabel *>(QStringLiteral("classificationMessage"));
        QVERIFY(message);
        const QString english = message->text();
        QVERIFY2(english.contains(QStringLiteral("binary")), qPrintable(english));
        QTranslator german;
        QVERIFY(german.load(QLocale(QLocale::German), QStringLiteral("authdoctor_core"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        QTRY_VERIFY(message->text() != english);
        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(message->text(), english);
    }
};

QTEST_MAIN(TestGuiClassification)
#include "tst_gui_classification.moc"
