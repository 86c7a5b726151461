#include "Engine.h"

#include "Checks.h"
#include "Inference.h"
#include "core/Clouds.h"
#include "core/Logging.h"

#include <QDateTime>
#include <QUrl>

namespace AuthDoctor::Engine {

Diagnosis::Diagnosis(const NetworkContext &ctx, QObject *parent) : QObject(parent), m_ctx(ctx)
{
}

Diagnosis::~Diagnosis()
{
    for (const auto &c : std::as_const(m_running))
        if (c) {
            c->disconnect(this);
            delete c.data();
        }
}

void Diagnosis::setInputs(const Inputs &inputs)
{
    m_inputs = inputs;
    m_plan = planFor(inputs);
    m_results.clear();
}

void Diagnosis::setAnswers(const QMap<QString, QString> &answers)
{
    m_answers = answers;
    if (!isRunning() && !m_results.isEmpty())
        conclude();
}

bool Diagnosis::isRunning() const
{
    for (const auto &c : m_running)
        if (c)
            return true;
    return false;
}

QStringList Diagnosis::credentialHosts() const
{
    QStringList hosts;
    const Clouds::CloudInfo &cloud = Clouds::info(m_inputs.cloud);
    const auto add = [&hosts](const QString &h) {
        if (!h.isEmpty() && !hosts.contains(h.toLower()))
            hosts << h.toLower();
    };
    switch (m_inputs.endpoint) {
    case EndpointKind::ExchangeServer: {
        add(QUrl(m_inputs.ewsUrl).host());
        // Without an EWS URL: the Autodiscover candidates of the user's exact domain, then the EWS
        // host Autodiscover named, when it lies in that registrable domain (facts §4.5).
        for (const QString &h : Checks::autodiscoverCredentialHosts(m_inputs))
            add(h);
        if (m_inputs.ewsUrl.isEmpty())
            add(Checks::discoveredEwsHost(m_inputs, m_results.value(QStringLiteral("autodiscover-v1"))
                                                        .facts.value(QStringLiteral("ews_url"))
                                                        .toString()));
        break;
    }
    case EndpointKind::ExchangeOnline:
    case EndpointKind::OneDrive:
    case EndpointKind::Unknown:
        add(cloud.loginHost());
        if (m_inputs.auth == AuthMethod::Delegated || m_inputs.auth == AuthMethod::AppOnly) {
            add(cloud.ewsHost());
            add(cloud.graphHost);
        }
        if (m_inputs.endpoint == EndpointKind::OneDrive) {
            // The tenant's own SharePoint host is learnt during the diagnosis (graph-drive, from the
            // OneDrive's webUrl); it is named on the credentials page as "<tenant>-my.<suffix>".
            // Only a host under the chosen cloud's SharePoint suffix is accepted.
            const QString spHost = m_results.value(QStringLiteral("graph-drive"))
                                       .facts.value(QStringLiteral("sharepoint_host"))
                                       .toString()
                                       .toLower();
            if (spHost.endsWith(QLatin1Char('.') + cloud.sharePointSuffix.toLower()))
                add(spHost);
        }
        // A typed EWS URL counts only when it is this cloud's Exchange Online: a token never
        // goes to a host outside Microsoft because someone typed it.
        if (m_inputs.endpoint == EndpointKind::ExchangeOnline && !m_inputs.ewsUrl.isEmpty()) {
            const QString host = QUrl(m_inputs.ewsUrl).host().toLower();
            const auto exo = Clouds::exoCloudOfHost(host);
            if (exo && Clouds::info(*exo).ewsHost() == cloud.ewsHost())
                add(host);
        }
        break;
    }
    return hosts;
}

CredentialPolicy Diagnosis::credentialPolicy() const
{
    CredentialPolicy p;
    for (const QString &h : credentialHosts())
        p.allowedHosts.insert(h);
    return p;
}

void Diagnosis::start()
{
    cancel();
    m_cancelled = false;
    m_results.clear();
    m_tokens.clear();
    m_result = Result();
    m_result.inputs = m_inputs;
    m_result.started = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_startEpochMs = QDateTime::currentMSecsSinceEpoch();
    for (const CheckSpec &spec : std::as_const(m_plan)) {
        CheckResult r;
        r.id = spec.id;
        m_results.insert(spec.id, r);
    }
    schedule();
}

void Diagnosis::rerun(const QString &checkId)
{
    if (!m_results.contains(checkId))
        return;
    QStringList reset{checkId};
    reset += dependentsOf(checkId);
    for (const QString &id : std::as_const(reset)) {
        if (auto c = m_running.take(id)) {
            c->disconnect(this);
            c->abort();
            c->deleteLater();
        }
        CheckResult r;
        r.id = id;
        m_results.insert(id, r);
    }
    m_cancelled = false;
    if (!m_clock.isValid()) {
        m_clock.start();
        m_startEpochMs = QDateTime::currentMSecsSinceEpoch();
    }
    schedule();
}

void Diagnosis::cancel()
{
    const auto running = m_running;
    m_running.clear();
    for (auto it = running.begin(); it != running.end(); ++it) {
        if (!it.value())
            continue;
        it.value()->disconnect(this);
        it.value()->abort(); // stops its requests at once
        CheckResult r = it.value()->result();
        m_results.insert(it.key(), r);
        it.value()->deleteLater();
    }
    if (!running.isEmpty() || (!m_results.isEmpty() && !m_cancelled)) {
        bool anyOpen = false;
        for (auto it = m_results.begin(); it != m_results.end(); ++it)
            if (!isTerminal(it->status)) {
                it->status = CheckStatus::Cancelled;
                it->summary =
                    msg("AuthDoctor::Checks", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Cancelled."));
                anyOpen = true;
            }
        if (anyOpen || !running.isEmpty()) {
            m_cancelled = true;
            conclude();
        }
    }
}

bool Diagnosis::dependenciesDone(const CheckSpec &spec) const
{
    for (const QString &dep : spec.dependsOn) {
        const auto it = m_results.constFind(dep);
        if (it != m_results.cend() && !isTerminal(it->status))
            return false;
    }
    return true;
}

QStringList Diagnosis::dependentsOf(const QString &id) const
{
    QStringList out;
    QStringList frontier{id};
    while (!frontier.isEmpty()) {
        const QString cur = frontier.takeFirst();
        for (const CheckSpec &spec : m_plan)
            if (spec.dependsOn.contains(cur) && !out.contains(spec.id)) {
                out << spec.id;
                frontier << spec.id;
            }
    }
    return out;
}

void Diagnosis::schedule()
{
    if (m_cancelled)
        return;
    for (const CheckSpec &spec : std::as_const(m_plan)) {
        const CheckResult &r = m_results[spec.id];
        if (r.status != CheckStatus::Waiting || m_running.contains(spec.id))
            continue;
        if (dependenciesDone(spec))
            launch(spec);
    }
    if (!isRunning()) {
        bool allDone = true;
        for (const auto &r : std::as_const(m_results))
            allDone = allDone && isTerminal(r.status);
        if (allDone)
            conclude();
    }
}

void Diagnosis::launch(const CheckSpec &spec)
{
    for (const QString &need : spec.requiresPassed) {
        const auto it = m_results.constFind(need);
        if (it == m_results.cend() || it->status == CheckStatus::Passed || it->status == CheckStatus::Warning)
            continue;
        CheckResult &r = m_results[spec.id];
        r.status = CheckStatus::Skipped;
        r.summary =
            msg("AuthDoctor::Checks",
                QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Not run: it needs \"%1\", which did not pass."),
                {checkTitle(need).render()});
        Q_EMIT checkStarted(spec.id);
        Q_EMIT checkFinished(spec.id);
        QMetaObject::invokeMethod(this, &Diagnosis::schedule, Qt::QueuedConnection);
        return;
    }
    Check *check = spec.make(m_ctx, this);
    m_running.insert(spec.id, check);
    CheckEnvironment env;
    env.inputs = &m_inputs;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it)
        if (isTerminal(it->status))
            env.earlier.insert(it.key(), it.value());
    env.credentials = credentialPolicy();
    env.diagnosisStartMs = m_startEpochMs;
    env.tokens = &m_tokens;
    connect(check, &Check::finished, this, [this, id = spec.id] { onCheckFinished(id); });
    connect(check, &Check::progress, this, [this, id = spec.id] { Q_EMIT checkProgress(id); });
    m_results[spec.id].status = CheckStatus::Running;
    Q_EMIT checkStarted(spec.id);
    qCDebug(lcEngine) << "start" << spec.id;
    check->start(env);
}

void Diagnosis::onCheckFinished(const QString &id)
{
    QPointer<Check> check = m_running.take(id);
    if (!check)
        return;
    m_results.insert(id, check->result());
    check->disconnect(this);
    check->deleteLater();
    qCDebug(lcEngine) << "end" << id << checkStatusToString(m_results[id].status);
    Q_EMIT checkFinished(id);
    schedule();
}

CheckResult Diagnosis::checkResult(const QString &id) const
{
    const auto running = m_running.value(id);
    if (running)
        return running->result();
    CheckResult r = m_results.value(id);
    r.id = id;
    return r;
}

void Diagnosis::conclude()
{
    m_result.inputs = m_inputs;
    if (!m_result.started.isValid())
        m_result.started = QDateTime::currentDateTimeUtc();
    m_result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.checks.clear();
    for (const CheckSpec &spec : std::as_const(m_plan))
        m_result.checks.append(m_results.value(spec.id));
    m_result.practice = !m_practice.isEmpty();
    m_result.practiceScenario = m_practice;
    m_result.completed = !m_cancelled;
    infer(m_result, m_answers, m_ctx.now());
    Q_EMIT finished();
}

} // namespace AuthDoctor::Engine
