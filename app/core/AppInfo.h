#pragma once

#include <QString>

namespace AuthDoctor {

// Names and version shared by the command line, the wizard and every export.
namespace AppInfo {
QString name();         // "authdoctor"
QString displayName();  // "AuthDoctor"
QString version();      // project version
QString organization(); // for QSettings
// One block for "Copy diagnostic info" and report appendices: app, Qt, OS, TLS backend.
QString diagnosticInfo();
// Sets application/organization names on the running Q(Core)Application.
void applyToApplication();
} // namespace AppInfo

} // namespace AuthDoctor
