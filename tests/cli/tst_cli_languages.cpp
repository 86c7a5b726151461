// The command line's human output in every shipped language (AUTHDOCTOR_LANG): `classify` and
// `diagnose` name the cause with the translated catalog's words, and no English sentence of the
// catalog is left; the JSON output stays language-neutral.
#include "RunBinary.h"
#include "core/Translations.h"
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AuthDoctor;
using namespace AuthDoctor::Test;

namespace {

const QString kMessage = QStringLiteral(
    "Your migration failed while checking destination credentials. The remote server returned an error: "
    "(401) Unauthorized. AADSTS50076: Due to a configuration change made by your administrator, or "
    "because you moved to a new location, you must use multi-factor authentication to access "
    "'00000002-0000-0ff1-ce00-000000000000'.");

struct Texts
{
    QString title;
    QString explanation;
    QString firstStep;
};

Texts textsIn(const QString &language)
{
    installTranslations(*QCoreApplication::instance(), language);
    const auto f = FindingsCatalog::find(QStringLiteral("mfa-required"));
    Texts t{f->title, f->explanation, f->steps.value(0)};
    installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    return t;
}

QMap<QString, QString> lang(const QString &language)
{
    return {{QStringLiteral("AUTHDOCTOR_LANG"), language}};
}

} // namespace

class TestCliLanguages : public QObject
{
    Q_OBJECT
private slots:
    void humanOutput_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &l : QString::fromLatin1(AUTHDOCTOR_LANGUAGES).split(u' ', Qt::SkipEmptyParts))
            QTest::newRow(qPrintable(l)) << l;
    }
    void humanOutput()
    {
        QFETCH(QString, language);
        const Texts english = textsIn(QStringLiteral("en"));
        const Texts local = textsIn(language);
        QVERIFY(local.title != english.title);
        QVERIFY(local.explanation != english.explanation);

        const ProcessResult classify =
            runAuthDoctor({QStringLiteral("classify"), kMessage}, {}, lang(language));
        QVERIFY(classify.finished);
        QCOMPARE(classify.exitCode, 0);
        const QString c = QString::fromUtf8(classify.out);
        QVERIFY2(c.contains(local.title), qPrintable(c.left(600)));
        QVERIFY2(!c.contains(english.title), qPrintable(c.left(600)));

        const ProcessResult diagnose = runAuthDoctor(
            {QStringLiteral("diagnose"), QStringLiteral("--practice"), QStringLiteral("exo-mfa-required")},
            {}, lang(language));
        QVERIFY(diagnose.finished);
        QCOMPARE(diagnose.exitCode, 1); // completed, found a blocking cause
        const QString d = QString::fromUtf8(diagnose.out);
        QVERIFY2(d.contains(local.title), qPrintable(d.left(600)));
        QVERIFY2(d.contains(local.explanation.left(40)), qPrintable(d.left(900)));
        QVERIFY2(d.contains(local.firstStep.left(30)), qPrintable(d.left(1500)));
        for (const QString &english_ :
             {english.title, english.explanation.left(40), english.firstStep.left(30)})
            QVERIFY2(!d.contains(english_), qPrintable(english_));
        // Progress lines on stderr are in the language too (check names are translated).
        QVERIFY(
            !QString::fromUtf8(diagnose.err).contains(QStringLiteral("Sign in with the account's password")));

        // --json stays language-neutral: ids and the same keys whatever the language.
        const ProcessResult json =
            runAuthDoctor({QStringLiteral("diagnose"), QStringLiteral("--practice"),
                           QStringLiteral("exo-mfa-required"), QStringLiteral("--json")},
                          {}, lang(language));
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("authdoctor.diagnosis/1"));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguages)
#include "tst_cli_languages.moc"
