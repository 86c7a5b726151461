#include "Check.h"

#include <QCoreApplication>
#include <QDateTime>

namespace AuthDoctor::Engine {

QVariant CheckEnvironment::fact(const QString &checkId, const QString &key) const
{
    const auto it = earlier.constFind(checkId);
    return it == earlier.cend() ? QVariant() : it->facts.value(key);
}

bool CheckEnvironment::passed(const QString &checkId) const
{
    const auto it = earlier.constFind(checkId);
    return it != earlier.cend() && (it->status == CheckStatus::Passed || it->status == CheckStatus::Warning);
}

Check::Check(QString id, const NetworkContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
    m_result.id = std::move(id);
    m_deadlineMs = ctx.requestTimeoutMs * 3 + 1000;
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        for (const auto &job : std::as_const(m_jobs))
            if (job)
                job->disconnect(this);
        qDeleteAll(m_jobs);
        m_jobs.clear();
        finish(CheckStatus::Error,
               msg("AuthDoctor::Checks",
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No verdict within %1 seconds."),
                   {QString::number(m_deadlineMs / 1000)}));
    });
}

Check::~Check()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->disconnect(this);
    qDeleteAll(m_jobs);
}

void Check::start(const CheckEnvironment &env)
{
    m_env = env;
    const QString id = m_result.id;
    m_result = CheckResult();
    m_result.id = id;
    m_result.status = CheckStatus::Running;
    m_result.startedMs = QDateTime::currentMSecsSinceEpoch() - env.diagnosisStartMs;
    m_running = true;
    m_clock.start();
    m_deadline.start(m_deadlineMs);
    run();
}

void Check::abort()
{
    if (!m_running)
        return;
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->disconnect(this);
    qDeleteAll(m_jobs);
    m_jobs.clear();
    finish(CheckStatus::Cancelled,
           msg("AuthDoctor::Checks", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Cancelled.")));
}

void Check::send(HttpJob::Request request, std::function<void(HttpJob &)> done)
{
    if (!m_running)
        return;
    auto *job = new HttpJob(m_ctx, m_env.credentials, std::move(request), m_env.diagnosisStartMs, this);
    m_jobs.append(job);
    connect(job, &HttpJob::finished, this, [this, job, done = std::move(done)] {
        m_jobs.removeAll(job);
        m_result.evidence.append(job->evidence());
        job->deleteLater();
        Q_EMIT progress();
        if (m_running)
            done(*job);
    });
    job->start();
}

void Check::finish(CheckStatus status, const Message &summary)
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline.stop();
    m_result.status = status;
    m_result.summary = summary;
    m_result.durationMs = m_clock.elapsed();
    for (const auto &job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->deleteLater();
        }
    m_jobs.clear();
    Q_EMIT finished();
}

void Check::addCode(const QString &code)
{
    if (!code.isEmpty() && !m_result.codes.contains(code))
        m_result.codes << code;
}

void Check::addFinding(const QString &findingId)
{
    if (!m_result.findings.contains(findingId))
        m_result.findings << findingId;
}

void Check::ruleOut(const QString &findingId)
{
    if (!m_result.rulesOut.contains(findingId))
        m_result.rulesOut << findingId;
}

} // namespace AuthDoctor::Engine
