#include "WizardLauncher.h"
#include "cli/Cli.h"
#include "core/AppInfo.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (AuthDoctor::Cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv);
        AuthDoctor::AppInfo::applyToApplication();
        AuthDoctor::installTranslations(app);
        return AuthDoctor::Cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    AuthDoctor::AppInfo::applyToApplication();
    AuthDoctor::installTranslations(app);
    return AuthDoctor::Ui::runWizard(QCoreApplication::arguments());
}
