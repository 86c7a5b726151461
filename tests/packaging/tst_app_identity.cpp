// One identity everywhere: the version from project() and the source revision in --version and
// the About box, and the application id the packages use (packaging/Identity.cmake).
#include "MainWindow.h"
#include "RunBinary.h"
#include "core/AppInfo.h"

#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace AuthDoctor;

class TestAppIdentity : public QObject
{
    Q_OBJECT

private slots:
    void versionLineHasTheVersionAndTheRevision()
    {
        const QString before = AppInfo::revision();
        AppInfo::setRevision(QStringLiteral("0123456789ab"));
        QCOMPARE(AppInfo::version(), QStringLiteral(AUTHDOCTOR_EXPECTED_VERSION));
        QCOMPARE(AppInfo::versionLine(),
                 QStringLiteral("authdoctor " AUTHDOCTOR_EXPECTED_VERSION " (revision 0123456789ab)"));
        // The About box's text (and "Copy diagnostic info") starts with the same two facts.
        QCOMPARE(Ui::MainWindow::diagnosticInfo().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("AuthDoctor " AUTHDOCTOR_EXPECTED_VERSION " (revision 0123456789ab)"));
        AppInfo::setRevision(before);
    }

    void applicationIdIsThePackagesOne()
    {
        QCOMPARE(AppInfo::applicationId(), QStringLiteral(AUTHDOCTOR_EXPECTED_APP_ID));
        const QString dir =
            qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR") + QStringLiteral("/packaging/linux/");
        QVERIFY(QFileInfo::exists(dir + AppInfo::applicationId() + QStringLiteral(".desktop")));
        QVERIFY(QFileInfo::exists(dir + AppInfo::applicationId() + QStringLiteral(".xml")));
    }

    void theProgramPrintsVersionAndRevision()
    {
        const Test::ProcessResult r = Test::runAuthDoctor({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out).trimmed();
        static const QRegularExpression line(QStringLiteral("^authdoctor \\Q" AUTHDOCTOR_EXPECTED_VERSION
                                                            "\\E \\(revision ([A-Za-z0-9._+-]+)\\)$"));
        const auto m = line.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        QVERIFY2(
            m.captured(1) != QLatin1String("unknown") ||
                !QFileInfo::exists(qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR") + QStringLiteral("/.git")),
            "built from a git checkout, so the revision is known");
    }
};

QTEST_MAIN(TestAppIdentity)
#include "tst_app_identity.moc"
