#pragma once

#include "classify/Classifier.h"
#include "engine/Diagnosis.h"
#include "engine/Engine.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace AuthDoctor::Sim {
class SimulatedTenant;
}

namespace AuthDoctor::Ui {

// The wizard's state and actions, without widgets (ownCloud's wizard model/controller): pages
// read from it and call it; it owns the inputs, the practice tenant, the diagnosis and the
// "check again later" timer. The network manager is injected.
class WizardController : public QObject
{
    Q_OBJECT
public:
    explicit WizardController(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~WizardController() override;

    // --- What happened ---
    void setErrorText(const QString &text); // classifies and pre-fills what the text names
    QString errorText() const { return m_inputs.errorText; }
    const Classification &classification() const { return m_classification; }
    void setClassification(const Classification &c); // from the page's debounced classifier

    // --- Practice ---
    // Loads an embedded scenario (or a scenario file): its inputs replace the current ones; the
    // simulated tenant starts when the checks run. An empty name leaves practice mode.
    bool setPracticeScenario(const QString &nameOrFile, QString *error);
    QString practiceScenario() const { return m_practice; }
    bool isPractice() const { return !m_practice.isEmpty(); }
    QString practiceError() const { return m_practiceError; } // the tenant could not start

    // --- Endpoint and credentials ---
    const Engine::Inputs &inputs() const { return m_inputs; }
    void setInputs(const Engine::Inputs &inputs);
    // The hosts the credentials will be sent to for the current inputs (credentials page).
    QStringList credentialHosts() const;
    // Which fields the current endpoint and sign-in method need.
    bool needsPassword() const;
    bool needsClientSecret() const;
    bool needsEwsUrl() const;
    // What is missing or wrong, field → message (translated); empty when the inputs can run.
    QMap<QString, QString> validate() const;
    int requestTimeoutMs() const { return m_timeoutMs; }
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    // --- Checks ---
    void startChecks(); // the whole plan (again)
    void cancel();      // at once
    void retry(const QString &checkId);
    bool isRunning() const;
    bool hasRun() const { return m_diagnosis != nullptr || m_loadedResult; }
    Engine::Diagnosis *diagnosis() const { return m_diagnosis.get(); }
    QList<Engine::CheckSpec> plan() const;
    Engine::CheckResult checkResult(const QString &id) const;
    // The result shown: the live diagnosis's, or a reopened session's.
    Engine::Result result() const;

    // --- Questions ---
    QList<Engine::Question> openQuestions() const; // the questions of the result, answered or not
    void setAnswer(const QString &questionId, const QString &value);
    QMap<QString, QString> answers() const { return m_answers; }

    // --- A reopened session ---
    void showResult(const Engine::Result &result); // results without a live diagnosis
    bool isReopenedSession() const { return m_loadedResult && !m_diagnosis; }
    void forgetShownResult() { m_loadedResult.reset(); } // keeps its inputs, to run them again

    // --- Check again later (propagation-aware re-check) ---
    // Re-runs the plan after `delay`, and again until the primary cause is gone or its time to
    // apply has passed. "Not effective yet" is the state in between.
    enum class RecheckState
    {
        Off,
        Waiting,         // timer running
        Running,         // the plan is running again
        NotEffectiveYet, // the cause persists, within its time to apply
        Resolved,        // the cause is gone
        StillFailing     // the cause persists after its time to apply
    };
    Q_ENUM(RecheckState)
    void scheduleRecheck(std::chrono::milliseconds delay);
    void stopRecheck();
    RecheckState recheckState() const { return m_recheckState; }
    QDateTime nextRecheck() const { return m_nextRecheck; }
    QString recheckCause() const { return m_recheckCause; }
    // The clock (a test sets a fake one).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    QTimer *recheckTimer() { return &m_recheckTimer; }

    // --- Start over ---
    void reset();

Q_SIGNALS:
    void inputsChanged();
    void practiceChanged();
    void checksStarted();
    void checkChanged(const QString &id);
    void diagnosisFinished();
    void resultChanged();
    void recheckStateChanged();

private:
    void prefillFromClassification();
    void onDiagnosisFinished();
    bool prepareNetwork(QString *error);
    void setRecheckState(RecheckState s);

    QNetworkAccessManager *m_nam = nullptr;
    Engine::Inputs m_inputs;
    Classification m_classification;
    QString m_practice;
    QString m_practiceError;
    std::unique_ptr<Sim::SimulatedTenant> m_sim;
    QString m_simScenario; // the scenario m_sim runs
    std::unique_ptr<Engine::Diagnosis> m_diagnosis;
    std::optional<Engine::Result> m_loadedResult;
    QMap<QString, QString> m_answers;
    int m_timeoutMs = 20000;

    QTimer m_recheckTimer;
    RecheckState m_recheckState = RecheckState::Off;
    QDateTime m_recheckStarted;
    QDateTime m_nextRecheck;
    QString m_recheckCause;
    std::chrono::milliseconds m_recheckDelay{0};
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

// How long a fix for this finding can take to reach every server (facts: licences and new
// accounts up to 24 h, EWS switches up to 24 h, consent and Conditional Access minutes). Within
// that window a persisting cause is "not effective yet", not "failed". 0: applies at once.
std::chrono::minutes propagationWindow(const QString &findingId);

} // namespace AuthDoctor::Ui
