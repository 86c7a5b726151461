#include "Session.h"

#include "core/AppInfo.h"
#include "core/Redaction.h"

#include <QLocale>
#include <QSysInfo>

namespace AuthDoctor::Session {

Session Session::fromResult(const Engine::Result &result)
{
    Session s;
    s.result = result;
    // No secret is ever part of a Session: the secrets go, the pasted error is kept masked.
    s.result.inputs.password.clear();
    s.result.inputs.clientSecret.clear();
    s.result.inputs.errorText = Redaction::maskSecrets(result.inputs.errorText);
    s.appVersion = AppInfo::version();
    s.os = QSysInfo::prettyProductName();
    const QLocale locale;
    s.language =
        locale.language() == QLocale::C ? QStringLiteral("en") : QLocale::languageToCode(locale.language());
    s.created = result.started.isValid() ? result.started.toUTC() : QDateTime::currentDateTimeUtc();
    s.saved = QDateTime();
    s.formatVersion = kCurrentVersion;
    return s;
}

} // namespace AuthDoctor::Session
