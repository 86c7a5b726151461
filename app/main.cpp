#include "Revision.h" // generated: cmake/WriteRevision.cmake
#include "WizardLauncher.h"
#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTimer>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

namespace {

// On Windows authdoctor.exe is a GUI program, so no console window opens behind the wizard. The
// sub-commands then print to the console they were started from: attach to it and point the
// standard streams at it, except those already redirected to a file or a pipe (scripts, tests).
void attachParentConsole()
{
#ifdef Q_OS_WIN
    const auto redirected = [](DWORD which) {
        const HANDLE h = GetStdHandle(which);
        if (h == nullptr || h == INVALID_HANDLE_VALUE)
            return false;
        const DWORD type = GetFileType(h);
        return type == FILE_TYPE_DISK || type == FILE_TYPE_PIPE;
    };
    const bool in = redirected(STD_INPUT_HANDLE);
    const bool out = redirected(STD_OUTPUT_HANDLE);
    const bool err = redirected(STD_ERROR_HANDLE);
    if ((in && out && err) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!out)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!err)
        freopen_s(&stream, "CONOUT$", "w", stderr);
    if (!in)
        freopen_s(&stream, "CONIN$", "r", stdin);
#endif
}

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

// The window icon (what Linux desktops show; Windows and macOS also take it from the program file)
// and the desktop entry the windows belong to (Wayland). The icon is set once the first page is
// painted: loading it scans Qt's image-format plugins, which delayed the first paint by ~30 ms.
void setApplicationIdentity()
{
    QGuiApplication::setDesktopFileName(AuthDoctor::AppInfo::applicationId());
    QTimer::singleShot(250, qApp, [] {
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/authdoctor-%1.png").arg(size), QSize(size, size));
        QApplication::setWindowIcon(icon);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    AuthDoctor::AppInfo::setRevision(QStringLiteral(AUTHDOCTOR_REVISION));
    if (AuthDoctor::Cli::wantsCommandLine(argc, argv)) {
        attachParentConsole();
        if (AuthDoctor::Cli::needsGuiApplication(argc, argv)) {
            preferOffscreenWithoutDisplay();
            return runCommandLine<QGuiApplication>(argc, argv);
        }
        return runCommandLine<QCoreApplication>(argc, argv);
    }
    QApplication app(argc, argv);
    AuthDoctor::AppInfo::applyToApplication();
    setApplicationIdentity();
    AuthDoctor::installTranslations(app);
    return AuthDoctor::Ui::runWizard(QCoreApplication::arguments());
}
