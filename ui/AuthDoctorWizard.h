#pragma once

#include <QWizard>

class QNetworkAccessManager;

namespace AuthDoctor {
class SecretStore;
}

namespace AuthDoctor::Ui {

class ChecksPage;
class CredentialsPage;
class EndpointPage;
class IntakePage;
class QuestionsPage;
class ResolutionPage;
class WizardController;

// The wizard: six pages over one controller. Branching (nextId) follows the controller's state:
// a reopened session goes straight to its resolution, the questions page only appears when the
// checks left questions open.
class AuthDoctorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        IntakePageId = 0,
        EndpointPageId,
        CredentialsPageId,
        ChecksPageId,
        QuestionsPageId,
        ResolutionPageId
    };

    // nam: injected (tests pass their own); nullptr creates one owned by the wizard.
    explicit AuthDoctorWizard(QNetworkAccessManager *nam = nullptr, QWidget *parent = nullptr);
    ~AuthDoctorWizard() override;

    WizardController *controller() const { return m_controller; }
    SecretStore *secrets() const { return m_secrets; }
    IntakePage *intakePage() const { return m_intake; }
    EndpointPage *endpointPage() const { return m_endpoint; }
    CredentialsPage *credentialsPage() const { return m_credentials; }
    ChecksPage *checksPage() const { return m_checks; }
    QuestionsPage *questionsPage() const { return m_questions; }
    ResolutionPage *resolutionPage() const { return m_resolution; }

    // Opens a session file and shows its result; false (and a message through Dialogs) when the
    // file cannot be read. The current state is unchanged then.
    bool openSession(const QString &path);
    void askOpenSession();
    void startOver();
    void rerunWithFreshCredentials(); // a reopened session: back to the credentials

    // Shrinks the window to the screen's available area (small laptop screens, high scaling).
    void fitToScreen();

signals:
    void sessionOpened(const QString &path);
    void sessionSaved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    WizardController *m_controller = nullptr;
    SecretStore *m_secrets = nullptr;
    IntakePage *m_intake = nullptr;
    EndpointPage *m_endpoint = nullptr;
    CredentialsPage *m_credentials = nullptr;
    ChecksPage *m_checks = nullptr;
    QuestionsPage *m_questions = nullptr;
    ResolutionPage *m_resolution = nullptr;
};

} // namespace AuthDoctor::Ui
