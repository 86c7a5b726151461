#include "BenchProbe.h"

#include "AuthDoctorWizard.h"
#include "MainWindow.h"
#include "WizardController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace AuthDoctor::Ui {

long peakRssKb()
{
#if defined(Q_OS_UNIX)
    rusage u{};
    if (getrusage(RUSAGE_SELF, &u) == 0) {
#if defined(Q_OS_MACOS)
        return long(u.ru_maxrss / 1024); // bytes on macOS
#else
        return long(u.ru_maxrss); // kilobytes on Linux
#endif
    }
#endif
    return -1;
}

namespace {

void finish(const QByteArray &line)
{
    std::printf("%s\nmaxrss-kb=%ld\n", line.constData(), peakRssKb());
    std::fflush(stdout);
    QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
}

class FirstPaint : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            watched->removeEventFilter(this);
            finish("first-paint");
        }
        return false;
    }

private:
    bool m_done = false;
};

} // namespace

void installFirstPaintProbe(QWidget *page)
{
    page->installEventFilter(new FirstPaint(page));
}

void installBenchProbe(MainWindow *window, const QByteArray &mode)
{
    AuthDoctorWizard *w = window->wizard();
    if (mode == "first-paint") {
        // currentPage() is set only when shown; the page's own content widget is what paints
        // (the page is covered by its scroll area, PageBase).
        QWidget *page = w->page(w->startId());
        QWidget *content = page->findChild<QWidget *>(QStringLiteral("pageContent"));
        installFirstPaintProbe(content ? content : page);
        return;
    }
    if (!mode.startsWith("practice:"))
        return;
    const QString scenario = QString::fromUtf8(mode.mid(9));
    auto *heartbeat = new QTimer(window);
    auto *clock = new QElapsedTimer;
    auto *maxGap = new qint64(0);
    heartbeat->setInterval(5);
    QObject::connect(heartbeat, &QTimer::timeout, window, [clock, maxGap] {
        const qint64 gap = clock->restart();
        if (gap > *maxGap)
            *maxGap = gap;
    });
    QObject::connect(
        w->controller(), &WizardController::diagnosisFinished, window, [w, heartbeat, clock, maxGap] {
            w->next();
            if (w->currentId() == AuthDoctorWizard::QuestionsPageId)
                w->next();
            // The resolution page is drawn within this measurement too.
            QTimer::singleShot(100, w, [w, heartbeat, clock, maxGap] {
                heartbeat->stop();
                const QByteArray line = "max-stall-ms=" + QByteArray::number(*maxGap) +
                                        "\nprimary=" + w->controller()->result().primaryFinding.toUtf8();
                delete clock;
                delete maxGap;
                finish(line);
            });
        });
    // Half a second after start-up, as a quick user at the earliest: the first page is on screen.
    QTimer::singleShot(500, window, [w, scenario, heartbeat, clock] {
        QString error;
        if (!w->controller()->setPracticeScenario(scenario, &error)) {
            finish("error=" + error.toUtf8());
            return;
        }
        clock->start();
        heartbeat->start();
        w->next(); // endpoint
        w->next(); // credentials
        w->next(); // checks: the diagnosis starts
    });
}

} // namespace AuthDoctor::Ui
