// Benchmarks of the wizard (issue 9; figures, not timed tests):
// - start-up to the first page painted, against a bare QWizard program built the same way, in
//   the same run, alternating, median of N (goal ≤ 1.5×);
// - the longest event-loop stall during a practice diagnosis in the real wizard, measured by a
//   5 ms heartbeat inside it (goal ≤ 50 ms);
// - peak memory after that diagnosis against the bare program (goal ≤ +40 MB).
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    qint64 wallMs = -1;
    long maxRssKb = -1;
    qint64 maxStallMs = -1;
    QString primary;
};

Run runOnce(const QString &program, const QByteArray &bench)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AUTHDOCTOR_BENCH"), QString::fromUtf8(bench));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, {});
    Run r;
    QByteArray out;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        if (!p.waitForReadyRead(120000) && p.state() == QProcess::NotRunning && !p.bytesAvailable())
            break;
        out += p.readAllStandardOutput();
        if (r.wallMs < 0 && (out.contains("first-paint") || out.contains("max-stall-ms")))
            r.wallMs = t.elapsed();
    }
    p.waitForFinished(120000);
    out += p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("maxrss-kb="))
            r.maxRssKb = line.mid(10).toLong();
        else if (line.startsWith("max-stall-ms="))
            r.maxStallMs = line.mid(13).toLongLong();
        else if (line.startsWith("primary="))
            r.primary = QString::fromUtf8(line.mid(8));
    }
    return r;
}

template <typename T> T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T() : v.at(v.size() / 2);
}

} // namespace

class BenchWizard : public QObject
{
    Q_OBJECT
private slots:
    void startupMemoryAndStalls()
    {
        const QString app = QStringLiteral(AUTHDOCTOR_BINARY_PATH);
        const QString bare = QStringLiteral(BARE_WIZARD_PATH);
        constexpr int kRuns = 7;
        QList<qint64> appMs, bareMs;
        QList<long> bareRss;
        int failures = 0;
        runOnce(bare, "first-paint"); // warm the page cache for both
        runOnce(app, "first-paint");
        for (int i = 0; i < kRuns; ++i) {
            const Run b = runOnce(bare, "first-paint");
            const Run a = runOnce(app, "first-paint");
            if (a.wallMs < 0 || b.wallMs < 0)
                ++failures;
            appMs << a.wallMs;
            bareMs << b.wallMs;
            bareRss << b.maxRssKb;
        }
        QList<qint64> stalls;
        QList<long> practiceRss;
        for (int i = 0; i < 3; ++i) {
            const Run p = runOnce(app, "practice:exo-mfa-required");
            if (p.maxStallMs < 0 || p.primary != QLatin1String("mfa-required"))
                ++failures;
            stalls << p.maxStallMs;
            practiceRss << p.maxRssKb;
        }
        const double ratio = double(median(appMs)) / double(qMax<qint64>(1, median(bareMs)));
        const long extraMb = (median(practiceRss) - median(bareRss)) / 1024;
        std::printf(
            "start-up to first paint (median of %d): AuthDoctor %lld ms, bare QWizard %lld ms, ratio %.2f "
            "(goal <= 1.5)\n",
            kRuns, qlonglong(median(appMs)), qlonglong(median(bareMs)), ratio);
        std::printf(
            "longest event-loop stall during a practice diagnosis (median of 3): %lld ms (goal <= 50)\n",
            qlonglong(median(stalls)));
        std::printf(
            "peak memory: after a diagnosis %ld MB, bare QWizard %ld MB, difference %ld MB (goal <= +40)\n",
            median(practiceRss) / 1024, median(bareRss) / 1024, extraMb);
        std::printf("failures: %d\n", failures);
        QCOMPARE(failures, 0);
    }
};

QTEST_GUILESS_MAIN(BenchWizard)
#include "bench_wizard.moc"
