#pragma once

#include "Diagnosis.h"
#include "NetworkContext.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QObject;

namespace AuthDoctor::Engine {

class Check;

// One step of a diagnosis: which check, its title, which checks must have ended before it starts.
// A check whose input is missing finishes as Skipped with its reason; it never blocks the others.
struct CheckSpec
{
    QString id;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("AuthDoctor::Checks", …)
    QStringList dependsOn;
    // Of those, the ones that must have passed (or warned): otherwise this check is Skipped and says
    // which one it needed.
    QStringList requiresPassed;
    std::function<Check *(const NetworkContext &, QObject *)> make;

    Message titleMessage() const;
};

// The checks for these inputs, in display order, as a dependency graph (engine/README.md).
QList<CheckSpec> planFor(const Inputs &inputs);
// Every check id the engine knows (for tests and documentation).
QStringList allCheckIds();
// The title of a check id (for sessions read back without a plan).
Message checkTitle(const QString &checkId);

} // namespace AuthDoctor::Engine
