// "Remember in the system keychain": a round trip through a real Secret Service (gnome-keyring
// in a private D-Bus session, tests/ui/with-keyring.sh), and the path where no keychain exists:
// clear message, no insecure fallback, everything else works.
#include "AuthDoctorWizard.h"
#include "CredentialsPage.h"
#include "MainWindow.h"
#include "WizardController.h"
#include "WizardTestSupport.h"
#include "core/SecretStore.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace AuthDoctor;
using namespace AuthDoctor::Ui;

namespace {

bool expectKeyring()
{
    return qEnvironmentVariable("AUTHDOCTOR_EXPECT_KEYRING") == QLatin1String("1");
}

// Waits for an asynchronous store call; the store's own timeout bounds it.
template <typename Start> void runAndWait(Start start)
{
    bool done = false;
    start(done);
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
}

// True when any file under `dir` holds `needle` in plain text.
bool anyFileContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private:
    FakeDialogs m_dialogs;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setInstance(&m_dialogs);
    }
    void cleanupTestCase() { Dialogs::setInstance(nullptr); }

    void probe()
    {
        SecretStore store;
        store.setTimeoutMs(10000);
        QSignalSpy changed(&store, &SecretStore::availabilityChanged);
        store.probe();
        QTRY_VERIFY_WITH_TIMEOUT(store.availability() == SecretStore::Availability::Available ||
                                     store.availability() == SecretStore::Availability::Unavailable,
                                 20000);
        if (expectKeyring()) {
            QCOMPARE(store.availability(), SecretStore::Availability::Available);
        } else {
            QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
            QVERIFY(!store.unavailableReason().isEmpty());
        }
    }

    void roundTrip()
    {
        if (!expectKeyring())
            QSKIP("runs under tests/ui/with-keyring.sh (ctest: tst_keychain_keyring)");
        SecretStore store;
        store.setService(QStringLiteral("AuthDoctor-test"));
        const QString key = SecretStore::passwordKey(QStringLiteral("Admin@Contoso.com"));
        const QString secret =
            QStringLiteral("Kc-%1-ü€").arg(QRandomGenerator::global()->generate64(), 0, 36);
        runAndWait([&](bool &done) {
            store.write(key, secret, [&](bool ok, const QString &error) {
                QVERIFY2(ok, qPrintable(error));
                done = true;
            });
        });
        runAndWait([&](bool &done) {
            store.read(key, [&](std::optional<QString> value, const QString &error) {
                QVERIFY2(value.has_value(), qPrintable(error));
                QCOMPARE(*value, secret);
                done = true;
            });
        });
        // Nothing in plain text on disk: no fallback file, no settings entry.
        const QString home = qEnvironmentVariable("AUTHDOCTOR_KEYRING_HOME");
        QVERIFY(!home.isEmpty());
        QVERIFY(!anyFileContains(home, secret.toUtf8()));
        runAndWait([&](bool &done) {
            store.remove(key, [&](bool ok, const QString &error) {
                QVERIFY2(ok, qPrintable(error));
                done = true;
            });
        });
        runAndWait([&](bool &done) {
            store.read(key, [&](std::optional<QString> value, const QString &error) {
                QVERIFY(!value);
                QVERIFY(!error.isEmpty());
                QVERIFY(!error.contains(secret));
                done = true;
            });
        });
    }

    void withoutKeychainEverythingElseWorks()
    {
        if (expectKeyring())
            QSKIP("the no-keychain path runs as tst_keychain_none");
        SecretStore store;
        bool done = false;
        store.write(QStringLiteral("password:x@contoso.com"), QStringLiteral("never-stored-9f2"),
                    [&](bool ok, const QString &error) {
                        QVERIFY(!ok);
                        QVERIFY(!error.isEmpty());
                        QVERIFY(!error.contains(QStringLiteral("never-stored-9f2")));
                        done = true;
                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!QSettings().allKeys().join(u' ').contains(QStringLiteral("never-stored")));

        MainWindow window;
        window.show();
        AuthDoctorWizard *w = window.wizard();
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(AuthDoctorWizard::CredentialsPageId));
        QTRY_COMPARE_WITH_TIMEOUT(w->secrets()->availability(), SecretStore::Availability::Unavailable,
                                  20000);
        QCheckBox *remember = w->credentialsPage()->rememberBox();
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        auto *state = w->currentPage()->findChild<QLabel *>(QStringLiteral("keychainState"));
        QVERIFY(state && state->isVisible());
        QVERIFY(!state->text().isEmpty());
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
