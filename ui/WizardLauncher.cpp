#include "WizardLauncher.h"

#include "AuthDoctorWizard.h"
#include "BenchProbe.h"
#include "MainWindow.h"
#include "WizardController.h"
#include "core/Translations.h"
#include "sim/SimCertificates.h"

#include <QApplication>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QScreen>
#include <QSettings>
#include <QSslSocket>
#include <QThreadPool>
#include <QTimer>

namespace AuthDoctor::Ui {

namespace {
bool isSessionFile(const QString &path)
{
    return path.endsWith(QLatin1String(".authdiag"), Qt::CaseInsensitive) && QFileInfo(path).isFile();
}

// macOS hands a session opened from the Finder (double-click, "Open With") to the running program
// as a QFileOpenEvent, not as an argument.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(MainWindow *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString path = static_cast<QFileOpenEvent *>(event)->file();
            if (isSessionFile(path)) {
                m_window->wizard()->openSession(path);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow *m_window;
};
} // namespace

int runWizard(const QStringList &arguments)
{
    // The language chosen in the Language menu wins over the system's; AUTHDOCTOR_LANG over both.
    if (qEnvironmentVariableIsEmpty("AUTHDOCTOR_LANG")) {
        const QString saved = QSettings().value(MainWindow::languageSettingsKey()).toString();
        if (!saved.isEmpty())
            installTranslations(*QCoreApplication::instance(), saved);
    }
    MainWindow window;
    qApp->installEventFilter(new FileOpenFilter(&window));
    // `authdoctor FILE.authdiag` opens that session (the desktop entry passes files this way).
    for (const QString &arg : arguments.mid(1)) {
        if (isSessionFile(arg)) {
            window.wizard()->openSession(arg);
            break;
        }
    }
    if (const QScreen *s = window.screen()) {
        const QRect avail = s->availableGeometry();
        window.resize(qMin(window.width(), avail.width() - 32), qMin(window.height(), avail.height() - 48));
    }
    if (const QByteArray bench = qgetenv("AUTHDOCTOR_BENCH"); !bench.isEmpty())
        installBenchProbe(&window, bench);
    // Loading the TLS library and parsing the practice tenant's certificates took ~30 ms on the UI
    // thread when the checks started. A worker does it once the first page is on screen (earlier,
    // its dlopen would compete with the platform plugin's and delay the first paint).
    QTimer::singleShot(150, &window, [] {
        QThreadPool::globalInstance()->start([] {
            if (QSslSocket::supportsSsl())
                (void)Sim::SimCertificates::embedded();
        });
    });
    window.show();
    return QApplication::exec();
}

} // namespace AuthDoctor::Ui
