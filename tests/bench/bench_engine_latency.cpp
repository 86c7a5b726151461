// Benchmark (not a timed test): how close a diagnosis comes to the time its dependent round trips
// need, when every answer of the simulated tenant is 200 ms late (SimulatedTenant::Options::
// addedLatencyMs). Prints a table; ctest (label "bench") only checks "failures: 0".
//
//   bench_engine_latency [RUNS] [LATENCY_MS]      (default 5 runs, 200 ms)
//
// Method, for (a) the healthy Exchange Online delegated project and (b) an Exchange Server project
// (NTLM, and Basic with Autodiscover):
//   - local overhead: the median wall time of the same diagnosis without added latency;
//   - round trips of a check: the longest chain of its requests that ran one after another (from
//     the evidence: a request that started before the previous one ended ran beside it);
//   - critical path: the longest chain of checks through the plan's dependencies (Plan.cpp), in
//     round trips; its time is round trips × latency + local overhead;
//   - goal: wall ≤ 1.2 × critical path + 100 ms. A miss means that checks which do not depend on
//     each other waited for each other (or the engine added work of its own).
// Also: requests the simulator received, and the peak RSS of this process (engine and simulator;
// getrusage, Linux and macOS).
#include "engine/Engine.h"
#include "sim/SimulatedTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

using namespace AuthDoctor;

namespace {

// KiB, or -1 where not measured.
long peakRssKiB()
{
#if defined(Q_OS_LINUX)
    rusage u{};
    return getrusage(RUSAGE_SELF, &u) == 0 ? u.ru_maxrss : -1; // KiB
#elif defined(Q_OS_MACOS)
    rusage u{};
    return getrusage(RUSAGE_SELF, &u) == 0 ? long(u.ru_maxrss / 1024) : -1; // bytes
#else
    return -1;
#endif
}

struct Case
{
    const char *name;
    QJsonObject inputs;
};

QList<Case> cases()
{
    return {
        {"Exchange Online, delegated (healthy)",
         {{QStringLiteral("endpoint"), QStringLiteral("exchange-online")},
          {QStringLiteral("side"), QStringLiteral("destination")},
          {QStringLiteral("auth"), QStringLiteral("delegated")},
          {QStringLiteral("user"), QStringLiteral("admin@contoso.com")},
          {QStringLiteral("password"), QStringLiteral("Contoso-Admin-2026!")},
          {QStringLiteral("tenant"), QStringLiteral("contoso.com")},
          {QStringLiteral("client_id"), QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61")},
          {QStringLiteral("mailbox"), QStringLiteral("user1@contoso.com")}}},
        {"Exchange Server, NTLM, EWS URL given",
         {{QStringLiteral("endpoint"), QStringLiteral("exchange-server")},
          {QStringLiteral("side"), QStringLiteral("source")},
          {QStringLiteral("auth"), QStringLiteral("ntlm")},
          {QStringLiteral("user"), QStringLiteral("admin@fabrikam.com")},
          {QStringLiteral("password"), QStringLiteral("Fabrikam-Admin-2026!")},
          {QStringLiteral("mailbox"), QStringLiteral("user1@fabrikam.com")},
          {QStringLiteral("ews_url"), QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx")}}},
        {"Exchange Server, Basic, Autodiscover",
         {{QStringLiteral("endpoint"), QStringLiteral("exchange-server")},
          {QStringLiteral("side"), QStringLiteral("source")},
          {QStringLiteral("auth"), QStringLiteral("basic")},
          {QStringLiteral("user"), QStringLiteral("admin@fabrikam.com")},
          {QStringLiteral("password"), QStringLiteral("Fabrikam-Admin-2026!")},
          {QStringLiteral("mailbox"), QStringLiteral("user1@fabrikam.com")}}},
    };
}

struct Run
{
    bool ok = false;
    QString primary;
    qint64 wallMs = 0;
    int requests = 0;
    int criticalRoundTrips = 0;
    QStringList criticalPath;
};

// The longest chain of a check's requests that ran one after another.
int sequentialRoundTrips(const Engine::CheckResult &c)
{
    QList<const Engine::Evidence *> ev;
    for (const Engine::Evidence &e : c.evidence)
        ev << &e;
    std::sort(ev.begin(), ev.end(), [](const Engine::Evidence *a, const Engine::Evidence *b) {
        return a->startedMs < b->startedMs;
    });
    // Longest chain where each request starts after the one before it ended (1 ms of clock slack).
    QList<int> best(ev.size(), 1);
    int longest = 0;
    for (qsizetype i = 0; i < ev.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j)
            if (ev[j]->startedMs + ev[j]->durationMs <= ev[i]->startedMs + 1)
                best[i] = std::max(best[i], best[j] + 1);
        longest = std::max(longest, best[i]);
    }
    return longest;
}

Run runOnce(const Case &c, int latencyMs)
{
    Run run;
    QString error;
    const QJsonObject file{
        {QStringLiteral("authdoctor"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bench")},
                                                   {QStringLiteral("base"), QStringLiteral("healthy-tenant")},
                                                   {QStringLiteral("inputs"), c.inputs}}}};
    const auto scenario = Sim::Scenario::load(QJsonDocument(file).toJson(), QStringLiteral("bench"), &error);
    if (!scenario) {
        std::fprintf(stderr, "scenario: %s\n", qPrintable(error));
        return run;
    }
    Sim::SimulatedTenant sim;
    Sim::SimulatedTenant::Options options;
    options.addedLatencyMs = latencyMs;
    if (!sim.start(*scenario, options, &error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return run;
    }
    QNetworkAccessManager nam;
    nam.setProxy(sim.proxy());
    Engine::NetworkContext ctx;
    ctx.nam = &nam;
    ctx.proxy = sim.proxy();
    ctx.extraCaCertificates = sim.caCertificates();
    ctx.requestTimeoutMs = 20000;
    Engine::Diagnosis d(ctx);
    d.setInputs(Engine::Inputs::fromJson(scenario->inputs));
    QEventLoop loop;
    QObject::connect(&d, &Engine::Diagnosis::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // hang guard
    QElapsedTimer wall;
    wall.start();
    d.start();
    if (d.isRunning())
        loop.exec();
    run.wallMs = wall.elapsed();
    const Engine::Result &r = d.result();
    run.ok = r.completed && !d.isRunning();
    run.primary = r.primaryFinding;
    run.requests = int(sim.requestLog().size());

    // Longest path through the plan, weighted by each check's sequential round trips.
    QHash<QString, int> own;
    for (const Engine::CheckResult &cr : r.checks)
        own.insert(cr.id, sequentialRoundTrips(cr));
    QHash<QString, int> upTo;
    QHash<QString, QString> via;
    for (const Engine::CheckSpec &spec : d.plan()) { // the plan lists a check after its dependencies
        int before = 0;
        for (const QString &dep : spec.dependsOn)
            if (upTo.value(dep) > before) {
                before = upTo.value(dep);
                via.insert(spec.id, dep);
            }
        upTo.insert(spec.id, before + own.value(spec.id));
    }
    QString end;
    for (auto it = upTo.cbegin(); it != upTo.cend(); ++it)
        if (end.isEmpty() || it.value() > upTo.value(end))
            end = it.key();
    run.criticalRoundTrips = upTo.value(end);
    for (QString id = end; !id.isEmpty(); id = via.value(id))
        run.criticalPath.prepend(QStringLiteral("%1(%2)").arg(id).arg(own.value(id)));
    return run;
}

template <typename T> T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T() : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    const int latency = argc > 2 ? qMax(1, QByteArray(argv[2]).toInt()) : 200;
    QTextStream out(stdout);
    int failures = 0;

    out << "Diagnosis wall time with " << latency << " ms added to every answer of the simulated tenant ("
        << runs << " runs each, medians)\n";
    for (const Case &c : cases()) {
        QList<qint64> overheads, walls;
        QList<int> requests, trips;
        Run last;
        for (int i = 0; i < runs; ++i) {
            const Run fast = runOnce(c, 0);
            const Run slow = runOnce(c, latency);
            if (!fast.ok || !slow.ok || slow.primary != QLatin1String("credentials-ok") ||
                fast.primary != QLatin1String("credentials-ok")) {
                std::fprintf(stderr, "%s: run %d did not complete as credentials-ok (%s / %s)\n", c.name, i,
                             qPrintable(fast.primary), qPrintable(slow.primary));
                ++failures;
                continue;
            }
            overheads << fast.wallMs;
            walls << slow.wallMs;
            requests << slow.requests;
            trips << slow.criticalRoundTrips;
            last = slow;
        }
        if (walls.isEmpty())
            continue;
        const qint64 overhead = median(overheads);
        const qint64 wall = median(walls);
        const int roundTrips = median(trips);
        const qint64 critical = qint64(roundTrips) * latency + overhead;
        const double goal = 1.2 * double(critical) + 100.0;
        out << QString::asprintf("\n  %s\n", c.name);
        out << QString::asprintf(
            "    wall %lld ms (min %lld, max %lld); local overhead without latency %lld ms\n", wall,
            *std::min_element(walls.cbegin(), walls.cend()), *std::max_element(walls.cbegin(), walls.cend()),
            overhead);
        out << QString::asprintf("    critical path %d round trips x %d ms + %lld ms = %lld ms: %s\n",
                                 roundTrips, latency, overhead, critical,
                                 qPrintable(last.criticalPath.join(QStringLiteral(" > "))));
        out << QString::asprintf(
            "    wall / critical path %.2f; goal wall <= 1.2 x critical + 100 ms = %.0f ms: %s\n",
            double(wall) / double(critical), goal, double(wall) <= goal ? "met" : "MISSED");
        out << QString::asprintf("    requests %d\n", median(requests));
        out.flush();
    }
    const long rss = peakRssKiB();
    out << "\n  peak RSS of this process (engine + simulator): "
        << (rss < 0 ? QStringLiteral("not measured on this OS")
                    : QStringLiteral("%1 MiB").arg(rss / 1024.0, 0, 'f', 1))
        << "\n";
    out << "failures: " << failures << "\n";
    return failures == 0 ? 0 : 1;
}
