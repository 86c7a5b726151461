#pragma once

#include <QByteArray>

class QWidget;

namespace AuthDoctor::Ui {

class MainWindow;

// Measurement hooks for tests/bench/bench_wizard (AUTHDOCTOR_BENCH; never set in normal use):
//   first-paint         print "first-paint" once the first page has painted, then quit
//   practice:SCENARIO   walk the wizard through a practice diagnosis to the resolution while a
//                       5 ms heartbeat measures the longest event-loop stall; print it and quit
// Both print "maxrss-kb=N" (peak resident memory) before quitting.
void installBenchProbe(MainWindow *window, const QByteArray &mode);
// The same first-paint probe for the bare QWizard reference program.
void installFirstPaintProbe(QWidget *page);
long peakRssKb();

} // namespace AuthDoctor::Ui
