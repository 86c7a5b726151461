#pragma once

#include <QString>

namespace AuthDoctor {

// Names and version shared by the command line, the wizard and every export.
namespace AppInfo {
QString name();        // "authdoctor"
QString displayName(); // "AuthDoctor"
QString version();     // project version (the one place: project() in the top CMakeLists.txt)
QString revision();    // source revision, e.g. "1a2b3c4d5e6f"; "unknown" until set
void setRevision(const QString &revision); // by main.cpp, from cmake/WriteRevision.cmake
QString versionLine();                     // "authdoctor 0.1.0 (revision 1a2b3c4d5e6f)": --version, About box
QString applicationId();                   // "org.authdoctor.AuthDoctor": desktop entry, AppStream, bundle id
QString organization();                    // for QSettings
// One block for "Copy diagnostic info" and report appendices: app, Qt, OS, TLS backend.
QString diagnosticInfo();
// Sets application/organization names on the running Q(Core)Application.
void applyToApplication();
} // namespace AppInfo

} // namespace AuthDoctor
