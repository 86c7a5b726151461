#pragma once

#include <QStringList>

// One function per sub-command of ../shared/spec/cli.md. Each gets the whole
// argument list (program name first, then the sub-command) and returns the
// process exit code. They run inside a QCoreApplication; a command that needs
// the event loop (simulate) runs it itself.
namespace AuthDoctor::Cli {

enum ExitCode
{
    ExitOk = 0,
    ExitFound = 1,
    ExitUsage = 2,
    ExitCannotRun = 3
};

int runClassify(const QStringList &args);
int runSimulate(const QStringList &args);
int runScenarios(const QStringList &args);
int runDiagnose(const QStringList &args);
int runReport(const QStringList &args);

} // namespace AuthDoctor::Cli
