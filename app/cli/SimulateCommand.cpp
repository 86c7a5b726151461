// Placeholder until the simulator lands (issue 3).
#include "Commands.h"

#include <QTextStream>

namespace AuthDoctor::Cli {

int runSimulate(const QStringList &)
{
    QTextStream(stderr) << "authdoctor: not available yet\n";
    return ExitCannotRun;
}

} // namespace AuthDoctor::Cli
