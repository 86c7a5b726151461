#pragma once

#include <QStringList>

namespace AuthDoctor::Ui {

// Opens the wizard (on a session file when the arguments name one) and runs the event loop.
int runWizard(const QStringList &arguments);

} // namespace AuthDoctor::Ui
