#include "AuthDoctorWizard.h"

#include "IntakePage.h"

#include <QEvent>

namespace AuthDoctor::Ui {

AuthDoctorWizard::AuthDoctorWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("authDoctorWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    m_intake = new IntakePage(this);
    setPage(IntakePageId, m_intake);
    setMinimumSize(720, 560);
    resize(880, 640); // fits 1366x768 with room for the task bar
    retranslate();
}

void AuthDoctorWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void AuthDoctorWizard::retranslate()
{
    setWindowTitle(tr("AuthDoctor — 401 Unauthorized troubleshooter"));
}

} // namespace AuthDoctor::Ui
