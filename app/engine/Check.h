#pragma once

#include "Diagnosis.h"
#include "HttpJob.h"
#include "NetworkContext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace AuthDoctor::Engine {

// What a check can read when it starts: the inputs and the results of the checks it depends on.
struct CheckEnvironment
{
    const Inputs *inputs = nullptr;
    QMap<QString, CheckResult> earlier; // by check id (terminal results only)
    CredentialPolicy credentials;
    qint64 diagnosisStartMs = 0;
    // Access tokens obtained during this diagnosis, by resource ("exo", "graph", "sharepoint").
    // Memory only: never in a result, a file or a log.
    QHash<QString, QByteArray> *tokens = nullptr;

    QVariant fact(const QString &checkId, const QString &key) const;
    bool passed(const QString &checkId) const;
};

// One check: a job object with start(), abort(), its own deadline and exactly one finished().
// Subclasses implement run() and call send() for each request and finish() once.
class Check : public QObject
{
    Q_OBJECT
public:
    Check(QString id, const NetworkContext &ctx, QObject *parent = nullptr);
    ~Check() override;

    QString id() const { return m_result.id; }
    const CheckResult &result() const { return m_result; }
    bool isRunning() const { return m_running; }

    void start(const CheckEnvironment &env);
    void abort(); // finished() follows with status Cancelled, all requests stopped at once
    // The whole check's limit: the request timeout times the number of round trips it may need.
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }

Q_SIGNALS:
    void finished();
    void progress(); // a request finished (live evidence)

protected:
    virtual void run() = 0;

    // Sends one request; `done` runs when it finished (the job is deleted after it returns).
    void send(HttpJob::Request request, std::function<void(HttpJob &)> done);
    void finish(CheckStatus status, const Message &summary);
    bool finishedAlready() const { return !m_running; }

    const Inputs &inputs() const { return *m_env.inputs; }
    const CheckEnvironment &env() const { return m_env; }
    const NetworkContext &context() const { return m_ctx; }
    CheckResult &mutableResult() { return m_result; }
    void addCode(const QString &code);
    void addFinding(const QString &findingId); // the evidence points to this cause
    void ruleOut(const QString &findingId);    // the evidence disproves this cause
    void setFact(const QString &key, const QVariant &value) { m_result.facts.insert(key, value); }

private:
    NetworkContext m_ctx;
    CheckEnvironment m_env;
    CheckResult m_result;
    QList<QPointer<HttpJob>> m_jobs;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_deadlineMs = 0;
    bool m_running = false;
};

} // namespace AuthDoctor::Engine
