#include "WizardLauncher.h"
#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {

template <typename App> int runCommandLine(int &argc, char **argv)
{
    App app(argc, argv);
    AuthDoctor::AppInfo::applyToApplication();
    AuthDoctor::installTranslations(app);
    return AuthDoctor::Cli::run(QCoreApplication::arguments());
}

// A PDF needs QtGui's fonts and paint engine, which need a platform plugin: without a display
// (a server, a CI runner, ssh) the offscreen one, unless the user chose one.
void preferOffscreenWithoutDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (AuthDoctor::Cli::wantsCommandLine(argc, argv)) {
        if (AuthDoctor::Cli::needsGuiApplication(argc, argv)) {
            preferOffscreenWithoutDisplay();
            return runCommandLine<QGuiApplication>(argc, argv);
        }
        return runCommandLine<QCoreApplication>(argc, argv);
    }
    QApplication app(argc, argv);
    AuthDoctor::AppInfo::applyToApplication();
    AuthDoctor::installTranslations(app);
    return AuthDoctor::Ui::runWizard(QCoreApplication::arguments());
}
