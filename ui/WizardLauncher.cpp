#include "WizardLauncher.h"

#include "AuthDoctorWizard.h"

#include <QApplication>

namespace AuthDoctor::Ui {

int runWizard(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    AuthDoctorWizard wizard;
    wizard.fitToScreen();
    wizard.show();
    return QApplication::exec();
}

} // namespace AuthDoctor::Ui
