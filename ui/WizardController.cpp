#include "WizardController.h"

#include "core/Clouds.h"
#include "core/Logging.h"
#include "engine/Inference.h"
#include "engine/Plan.h"
#include "sim/Scenario.h"
#include "sim/SimulatedTenant.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUrl>

namespace AuthDoctor::Ui {

std::chrono::minutes propagationWindow(const QString &findingId)
{
    using namespace std::chrono;
    static const QHash<QString, int> minutes{
        {QStringLiteral("new-account-not-ready"), 24 * 60},
        {QStringLiteral("mailbox-not-found"), 24 * 60},
        {QStringLiteral("mailbox-not-instantiated"), 24 * 60},
        {QStringLiteral("onedrive-not-provisioned"), 24 * 60},
        {QStringLiteral("onedrive-not-licensed"), 24 * 60},
        {QStringLiteral("ews-disabled"), 24 * 60},
        {QStringLiteral("database-not-found"), 24 * 60},
        {QStringLiteral("insufficient-permission"), 60},
        {QStringLiteral("impersonation-denied"), 60},
        {QStringLiteral("account-disabled"), 60},
        {QStringLiteral("account-locked"), 30},
        {QStringLiteral("consent-missing"), 15},
        {QStringLiteral("modern-auth-not-configured"), 15},
        {QStringLiteral("mfa-required"), 15},
        {QStringLiteral("security-defaults"), 15},
        {QStringLiteral("conditional-access-blocked"), 15},
        {QStringLiteral("basic-auth-disabled"), 60},
        {QStringLiteral("throttled"), 15},
        {QStringLiteral("server-overutilized"), 30},
        {QStringLiteral("client-secret-invalid"), 5},
        {QStringLiteral("password-expired"), 60},
        {QStringLiteral("wrong-password"), 60}, // synchronised password hashes: up to the next sync cycle
    };
    return std::chrono::minutes(minutes.value(findingId, 0));
}

WizardController::WizardController(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    Q_ASSERT(nam);
    m_recheckTimer.setSingleShot(true);
    connect(&m_recheckTimer, &QTimer::timeout, this, [this] {
        setRecheckState(RecheckState::Running);
        startChecks();
    });
}

WizardController::~WizardController()
{
    if (m_diagnosis)
        m_diagnosis->cancel();
}

void WizardController::setErrorText(const QString &text)
{
    if (text == m_inputs.errorText)
        return;
    m_inputs.errorText = text;
    setClassification(text.trimmed().isEmpty() ? Classification() : Classifier::classify(text));
}

void WizardController::setClassification(const Classification &c)
{
    m_classification = c;
    if (!isPractice()) // a practice scenario's inputs are the exercise; the text only illustrates it
        prefillFromClassification();
    emit inputsChanged();
}

void WizardController::prefillFromClassification()
{
    const Classification &c = m_classification;
    if (c.side != Side::Unknown)
        m_inputs.side = c.side;
    if (c.endpoint != EndpointKind::Unknown)
        m_inputs.endpoint = c.endpoint;
    if (!c.host.isEmpty()) {
        if (const auto cloud = Clouds::exoCloudOfHost(c.host))
            m_inputs.cloud = *cloud;
        else if (c.endpoint == EndpointKind::ExchangeServer && m_inputs.ewsUrl.isEmpty() &&
                 !c.host.contains(QLatin1String("autodiscover")))
            m_inputs.ewsUrl = QStringLiteral("https://%1/EWS/Exchange.asmx").arg(c.host);
    }
}

bool WizardController::setPracticeScenario(const QString &nameOrFile, QString *error)
{
    if (nameOrFile.isEmpty()) {
        if (m_practice.isEmpty())
            return true;
        m_practice.clear();
        m_inputs = Engine::Inputs();
        m_classification = {};
        emit practiceChanged();
        emit inputsChanged();
        return true;
    }
    QString err;
    const auto scenario = Sim::Scenario::loadNameOrFile(nameOrFile, &err);
    if (!scenario) {
        if (error)
            *error = err;
        return false;
    }
    m_practice = nameOrFile;
    m_inputs = Engine::Inputs::fromJson(scenario->inputs);
    m_classification =
        m_inputs.errorText.trimmed().isEmpty() ? Classification() : Classifier::classify(m_inputs.errorText);
    emit practiceChanged();
    emit inputsChanged();
    return true;
}

void WizardController::setInputs(const Engine::Inputs &inputs)
{
    m_inputs = inputs;
    emit inputsChanged();
}

QStringList WizardController::credentialHosts() const
{
    // A plan for these inputs, never started: the engine's own rule for where credentials may go.
    Engine::NetworkContext ctx;
    ctx.nam = m_nam;
    Engine::Diagnosis probe(ctx);
    probe.setInputs(m_inputs);
    return probe.credentialHosts();
}

bool WizardController::needsPassword() const
{
    return m_inputs.auth != AuthMethod::AppOnly;
}

bool WizardController::needsClientSecret() const
{
    return m_inputs.auth == AuthMethod::AppOnly;
}

bool WizardController::needsEwsUrl() const
{
    return m_inputs.endpoint == EndpointKind::ExchangeServer;
}

QMap<QString, QString> WizardController::validate() const
{
    QMap<QString, QString> problems;
    const auto isAddress = [](const QString &s) {
        const qsizetype at = s.indexOf(QLatin1Char('@'));
        return at > 0 && at < s.size() - 3 && s.indexOf(QLatin1Char('.'), at) > at + 1 &&
               !s.contains(QLatin1Char(' '));
    };
    if (m_inputs.auth != AuthMethod::AppOnly) {
        if (m_inputs.user.trimmed().isEmpty())
            problems.insert(QStringLiteral("user"),
                            tr("Enter the account the migration tool signs in with."));
        else if (m_inputs.auth != AuthMethod::Ntlm && !isAddress(m_inputs.user.trimmed()))
            problems.insert(QStringLiteral("user"),
                            tr("Enter the sign-in name as an address, for example admin@contoso.com."));
        if (m_inputs.password.isEmpty())
            problems.insert(QStringLiteral("password"), tr("Enter the password the migration project uses."));
    } else {
        if (m_inputs.tenant.trimmed().isEmpty() && !isAddress(m_inputs.mailbox.trimmed()))
            problems.insert(
                QStringLiteral("tenant"),
                tr("App-only sign-in needs the tenant's domain or ID (or the mailbox's address)."));
        if (m_inputs.clientId.trimmed().isEmpty())
            problems.insert(QStringLiteral("client_id"),
                            tr("App-only sign-in needs the application (client) ID."));
        if (m_inputs.clientSecret.isEmpty())
            problems.insert(QStringLiteral("client_secret"),
                            tr("Enter the client secret of the app registration."));
    }
    if (!m_inputs.mailbox.trimmed().isEmpty() && !isAddress(m_inputs.mailbox.trimmed()))
        problems.insert(QStringLiteral("mailbox"), tr("Enter the mailbox as an e-mail address."));
    if (!m_inputs.ewsUrl.trimmed().isEmpty()) {
        const QUrl u(m_inputs.ewsUrl.trimmed());
        if (!u.isValid() || u.host().isEmpty() || u.scheme() != QLatin1String("https"))
            problems.insert(QStringLiteral("ews_url"),
                            tr("Enter the EWS URL as https://server/EWS/Exchange.asmx."));
    } else if (needsEwsUrl() && m_inputs.user.isEmpty() && m_inputs.mailbox.isEmpty()) {
        problems.insert(QStringLiteral("ews_url"),
                        tr("Enter the EWS URL, or an address to discover it from."));
    }
    return problems;
}

bool WizardController::prepareNetwork(QString *error)
{
    if (!isPractice()) {
        m_sim.reset();
        return true;
    }
    if (m_sim && m_sim->isRunning() && m_simScenario == m_practice)
        return true;
    const auto scenario = Sim::Scenario::loadNameOrFile(m_practice, error);
    if (!scenario)
        return false;
    m_sim = std::make_unique<Sim::SimulatedTenant>();
    m_simScenario = m_practice;
    return m_sim->start(*scenario, error);
}

void WizardController::startChecks()
{
    if (m_diagnosis)
        m_diagnosis->cancel();
    m_loadedResult.reset();
    QString err;
    Engine::NetworkContext ctx;
    ctx.nam = m_nam;
    ctx.requestTimeoutMs = m_timeoutMs;
    if (!prepareNetwork(&err)) {
        qCWarning(lcUi) << "practice tenant could not start";
        m_practiceError = err;
    }
    if (m_sim) {
        ctx.proxy = m_sim->proxy();
        ctx.extraCaCertificates = m_sim->caCertificates();
    }
    // The network manager routes through the practice tenant, or through the system's proxy settings.
    m_nam->setProxy(ctx.proxy ? *ctx.proxy : QNetworkProxy(QNetworkProxy::DefaultProxy));
    m_nam->clearConnectionCache();
    m_diagnosis = std::make_unique<Engine::Diagnosis>(ctx);
    m_diagnosis->setInputs(m_inputs);
    m_diagnosis->setAnswers(m_answers);
    if (isPractice())
        m_diagnosis->setPractice(m_practice);
    connect(m_diagnosis.get(), &Engine::Diagnosis::checkStarted, this, &WizardController::checkChanged);
    connect(m_diagnosis.get(), &Engine::Diagnosis::checkProgress, this, &WizardController::checkChanged);
    connect(m_diagnosis.get(), &Engine::Diagnosis::checkFinished, this, &WizardController::checkChanged);
    connect(m_diagnosis.get(), &Engine::Diagnosis::finished, this, &WizardController::onDiagnosisFinished);
    emit checksStarted();
    m_diagnosis->start();
}

void WizardController::cancel()
{
    if (m_diagnosis && m_diagnosis->isRunning())
        m_diagnosis->cancel();
    if (m_recheckState == RecheckState::Waiting || m_recheckState == RecheckState::Running)
        stopRecheck();
}

void WizardController::retry(const QString &checkId)
{
    if (m_diagnosis && !m_diagnosis->isRunning())
        m_diagnosis->rerun(checkId);
}

bool WizardController::isRunning() const
{
    return m_diagnosis && m_diagnosis->isRunning();
}

QList<Engine::CheckSpec> WizardController::plan() const
{
    if (m_diagnosis)
        return m_diagnosis->plan();
    return {};
}

Engine::CheckResult WizardController::checkResult(const QString &id) const
{
    if (m_diagnosis)
        return m_diagnosis->checkResult(id);
    if (m_loadedResult)
        for (const Engine::CheckResult &c : m_loadedResult->checks)
            if (c.id == id)
                return c;
    return {};
}

Engine::Result WizardController::result() const
{
    if (m_diagnosis)
        return m_diagnosis->result();
    if (m_loadedResult)
        return *m_loadedResult;
    return {};
}

QList<Engine::Question> WizardController::openQuestions() const
{
    return result().questions;
}

void WizardController::setAnswer(const QString &questionId, const QString &value)
{
    if (value.isEmpty())
        m_answers.remove(questionId);
    else
        m_answers.insert(questionId, value);
    if (m_diagnosis) {
        m_diagnosis->setAnswers(m_answers); // infers again from the same checks
    } else if (m_loadedResult) {
        Engine::infer(*m_loadedResult, m_answers, m_now());
    }
    emit resultChanged();
}

void WizardController::showResult(const Engine::Result &result)
{
    if (m_diagnosis)
        m_diagnosis->cancel();
    m_diagnosis.reset();
    m_loadedResult = result;
    m_inputs = result.inputs;
    m_inputs.password.clear();
    m_inputs.clientSecret.clear();
    m_practice = result.practice ? result.practiceScenario : QString();
    m_answers.clear();
    for (const Engine::Question &q : result.questions)
        if (!q.answer.isEmpty())
            m_answers.insert(q.id, q.answer);
    emit practiceChanged();
    emit inputsChanged();
    emit resultChanged();
}

void WizardController::onDiagnosisFinished()
{
    if (m_recheckState == RecheckState::Running) {
        const Engine::Result r = result();
        const QDateTime now = m_now();
        if (r.primaryFinding != m_recheckCause || !r.blocking()) {
            setRecheckState(RecheckState::Resolved);
        } else {
            const auto window = propagationWindow(m_recheckCause);
            const QDateTime until =
                m_recheckStarted.addSecs(std::chrono::duration_cast<std::chrono::seconds>(window).count());
            if (now < until) {
                setRecheckState(RecheckState::NotEffectiveYet);
                m_nextRecheck = now.addMSecs(m_recheckDelay.count());
                m_recheckTimer.start(m_recheckDelay);
                emit recheckStateChanged();
            } else {
                setRecheckState(RecheckState::StillFailing);
            }
        }
    }
    emit diagnosisFinished();
    emit resultChanged();
}

void WizardController::scheduleRecheck(std::chrono::milliseconds delay)
{
    m_recheckDelay = delay;
    m_recheckCause = result().primaryFinding;
    m_recheckStarted = m_now();
    m_nextRecheck = m_recheckStarted.addMSecs(delay.count());
    m_recheckTimer.start(delay);
    setRecheckState(RecheckState::Waiting);
}

void WizardController::stopRecheck()
{
    m_recheckTimer.stop();
    m_nextRecheck = {};
    setRecheckState(RecheckState::Off);
}

void WizardController::setRecheckState(RecheckState s)
{
    if (s == m_recheckState)
        return;
    m_recheckState = s;
    emit recheckStateChanged();
}

void WizardController::reset()
{
    stopRecheck();
    if (m_diagnosis)
        m_diagnosis->cancel();
    m_diagnosis.reset();
    m_loadedResult.reset();
    m_sim.reset();
    m_inputs = Engine::Inputs();
    m_classification = {};
    m_practice.clear();
    m_answers.clear();
    emit practiceChanged();
    emit inputsChanged();
    emit resultChanged();
}

} // namespace AuthDoctor::Ui
