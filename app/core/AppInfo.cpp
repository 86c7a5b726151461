#include "AppInfo.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QSysInfo>

namespace AuthDoctor::AppInfo {

QString name()
{
    return QStringLiteral("authdoctor");
}

QString displayName()
{
    return QStringLiteral("AuthDoctor");
}

QString version()
{
    return QStringLiteral(AUTHDOCTOR_VERSION);
}

namespace {
QString &revisionStorage()
{
    static QString revision = QStringLiteral("unknown");
    return revision;
}
} // namespace

QString revision()
{
    return revisionStorage();
}

void setRevision(const QString &revision)
{
    revisionStorage() = revision;
}

QString versionLine()
{
    return QStringLiteral("%1 %2 (revision %3)").arg(name(), version(), revision());
}

QString applicationId()
{
    return QStringLiteral(AUTHDOCTOR_APP_ID);
}

QString organization()
{
    return QStringLiteral("AuthDoctor");
}

QString diagnosticInfo()
{
    QStringList lines;
    lines << QStringLiteral("%1 %2 (revision %3)").arg(displayName(), version(), revision());
    lines << QStringLiteral("Qt %1 (built against %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("OS: %1 (%2)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("TLS: %1, %2")
                 .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString());
    return lines.join(QLatin1Char('\n'));
}

void applyToApplication()
{
    QCoreApplication::setApplicationName(name());
    QCoreApplication::setApplicationVersion(version());
    QCoreApplication::setOrganizationName(organization());
    QCoreApplication::setOrganizationDomain(QStringLiteral("authdoctor.org"));
}

} // namespace AuthDoctor::AppInfo
