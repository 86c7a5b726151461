#include "WizardLauncher.h"

#include "AuthDoctorWizard.h"
#include "BenchProbe.h"
#include "MainWindow.h"
#include "WizardController.h"
#include "core/Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>

namespace AuthDoctor::Ui {

int runWizard(const QStringList &arguments)
{
    // The language chosen in the Language menu wins over the system's; AUTHDOCTOR_LANG over both.
    if (qEnvironmentVariableIsEmpty("AUTHDOCTOR_LANG")) {
        const QString saved = QSettings().value(MainWindow::languageSettingsKey()).toString();
        if (!saved.isEmpty())
            installTranslations(*QCoreApplication::instance(), saved);
    }
    MainWindow window;
    // `authdoctor FILE.authdiag` opens that session (the desktop entry passes files this way).
    for (const QString &arg : arguments.mid(1)) {
        if (arg.endsWith(QLatin1String(".authdiag"), Qt::CaseInsensitive) && QFileInfo(arg).isFile()) {
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
    window.show();
    return QApplication::exec();
}

} // namespace AuthDoctor::Ui
