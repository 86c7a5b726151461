#pragma once

#include "Check.h"
#include "Diagnosis.h"
#include "NetworkContext.h"
#include "Plan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace AuthDoctor::Engine {

// Runs a plan: every check whose dependencies have ended starts at once (independent checks run
// at the same time), Cancel stops everything, one check can be re-run alone (with the checks
// that depend on it), the whole plan again. Inference runs whenever the last check ends.
class Diagnosis : public QObject
{
    Q_OBJECT
public:
    explicit Diagnosis(const NetworkContext &ctx, QObject *parent = nullptr);
    ~Diagnosis() override;

    void setInputs(const Inputs &inputs);                   // builds the plan
    void setAnswers(const QMap<QString, QString> &answers); // question id → value
    void setPractice(const QString &scenario) { m_practice = scenario; }

    void start();                       // the whole plan (again)
    void rerun(const QString &checkId); // that check and everything after it
    void cancel();                      // at once: no request stays in flight
    bool isRunning() const;

    const QList<CheckSpec> &plan() const { return m_plan; }
    CheckResult checkResult(const QString &id) const; // Waiting when not started
    const Result &result() const { return m_result; }
    CredentialPolicy credentialPolicy() const;
    // The hosts credentials may go to, for the credentials page ("will be sent to …").
    QStringList credentialHosts() const;

Q_SIGNALS:
    void checkStarted(const QString &id);
    void checkProgress(const QString &id);
    void checkFinished(const QString &id);
    void finished(); // all checks ended (or cancelled); result() is complete

private:
    void schedule();
    void launch(const CheckSpec &spec);
    void onCheckFinished(const QString &id);
    void conclude();
    bool dependenciesDone(const CheckSpec &spec) const;
    QStringList dependentsOf(const QString &id) const;

    NetworkContext m_ctx;
    Inputs m_inputs;
    QMap<QString, QString> m_answers;
    QList<CheckSpec> m_plan;
    QHash<QString, CheckResult> m_results;
    QHash<QString, QByteArray> m_tokens; // memory only
    QHash<QString, QPointer<Check>> m_running;
    Result m_result;
    QString m_practice;
    QElapsedTimer m_clock;
    qint64 m_startEpochMs = 0;
    bool m_cancelled = false;
};

} // namespace AuthDoctor::Engine
