#pragma once

#include <QStringList>

namespace AuthDoctor::Cli {

// True when the arguments ask for the command line (a sub-command, --help,
// --version) rather than the wizard. Works before any Q*Application exists.
bool wantsCommandLine(int argc, char **argv);

// True when the command writes a PDF (`report … --pdf`, `diagnose … --pdf`): QPdfWriter needs a
// QGuiApplication rather than a QCoreApplication. Works before any Q*Application exists.
bool needsGuiApplication(int argc, char **argv);

// Runs the command line inside an existing QCoreApplication.
int run(const QStringList &arguments);

// The overview printed by --help.
QString helpText();

} // namespace AuthDoctor::Cli
