#include "AuthDoctorWizard.h"

#include "IntakePage.h"

#include <QEvent>
#include <QScreen>

namespace AuthDoctor::Ui {

AuthDoctorWizard::AuthDoctorWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("authDoctorWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    m_intake = new IntakePage(this);
    setPage(IntakePageId, m_intake);
    // Small enough for 1366x768 at 150 % scaling (about 910x512 logical pixels).
    setMinimumSize(640, 480);
    resize(880, 640);
    retranslate();
}

void AuthDoctorWizard::fitToScreen()
{
    const QScreen *s = screen();
    if (!s)
        return;
    const QRect avail = s->availableGeometry();
    resize(qMin(width(), avail.width() - 32), qMin(height(), avail.height() - 32));
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
