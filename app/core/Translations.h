#pragma once

class QCoreApplication;
#include <QString>

namespace AuthDoctor {

// Loads the application's own .qm (embedded under :/i18n/) and Qt's qtbase
// translations for the given language, or for the system locale when empty.
// AUTHDOCTOR_LANG overrides the system locale (handy for screenshots and tests).
void installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace AuthDoctor
