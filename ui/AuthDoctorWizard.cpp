#include "AuthDoctorWizard.h"

#include "ChecksPage.h"
#include "CredentialsPage.h"
#include "Dialogs.h"
#include "EndpointPage.h"
#include "IntakePage.h"
#include "QuestionsPage.h"
#include "ResolutionPage.h"
#include "WizardController.h"
#include "core/SecretStore.h"
#include "session/SessionFile.h"

#include <QEvent>
#include <QNetworkAccessManager>
#include <QScreen>

namespace AuthDoctor::Ui {

AuthDoctorWizard::AuthDoctorWizard(QNetworkAccessManager *nam, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("authDoctorWizard"));
    // The platform's own wizard style (Aero on Windows, Mac on macOS, Classic elsewhere).
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButton, true);
    if (!nam)
        nam = new QNetworkAccessManager(this);
    m_controller = new WizardController(nam, this);
    m_secrets = new SecretStore(this);

    m_intake = new IntakePage(m_controller, this);
    m_endpoint = new EndpointPage(m_controller, this);
    m_credentials = new CredentialsPage(m_controller, m_secrets, this);
    m_checks = new ChecksPage(m_controller, this);
    m_questions = new QuestionsPage(m_controller, this);
    m_resolution = new ResolutionPage(m_controller, this);
    setPage(IntakePageId, m_intake);
    setPage(EndpointPageId, m_endpoint);
    setPage(CredentialsPageId, m_credentials);
    setPage(ChecksPageId, m_checks);
    setPage(QuestionsPageId, m_questions);
    setPage(ResolutionPageId, m_resolution);
    m_checks->questionsPageId = QuestionsPageId;
    m_checks->resolutionPageId = ResolutionPageId;
    m_intake->resolutionPageId = ResolutionPageId;

    connect(m_intake, &IntakePage::openSessionRequested, this, &AuthDoctorWizard::askOpenSession);
    connect(m_resolution, &ResolutionPage::startOverRequested, this, &AuthDoctorWizard::startOver);
    connect(m_resolution, &ResolutionPage::rerunRequested, this,
            &AuthDoctorWizard::rerunWithFreshCredentials);
    connect(m_resolution, &ResolutionPage::sessionSaved, this, &AuthDoctorWizard::sessionSaved);

    // Small enough for 1366x768 at 150 % scaling (about 910x512 logical pixels).
    setMinimumSize(600, 440);
    resize(900, 620);
    retranslate();
}

AuthDoctorWizard::~AuthDoctorWizard() = default;

bool AuthDoctorWizard::openSession(const QString &path)
{
    QString error;
    const auto session = Session::read(path, &error);
    if (!session) {
        Dialogs::instance()->warning(this, tr("Open session"), error);
        return false;
    }
    restart();
    m_controller->showResult(session->result);
    next(); // the intake page leads straight to the resolution of a reopened session
    emit sessionOpened(path);
    return true;
}

void AuthDoctorWizard::askOpenSession()
{
    const QString path =
        Dialogs::instance()->openFileName(this, tr("Open session"), tr("AuthDoctor sessions (*.authdiag)"));
    if (!path.isEmpty())
        openSession(path);
}

void AuthDoctorWizard::startOver()
{
    m_controller->reset();
    restart();
}

void AuthDoctorWizard::rerunWithFreshCredentials()
{
    m_controller->forgetShownResult(); // keeps the inputs (without secrets)
    restart();
    next(); // endpoint
    next(); // credentials
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
