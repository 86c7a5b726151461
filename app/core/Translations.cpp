#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace AuthDoctor {

void installTranslations(QCoreApplication &app, const QString &language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("AUTHDOCTOR_LANG");
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale); // also back to the system's after a switch to "System language"

    // A language switch at run time: the previous translators go first.
    const auto previous = app.findChildren<QTranslator *>(QStringLiteral("authdoctor-translator"));
    for (QTranslator *t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }

    // Each library embeds the translations of its own strings (translations/CMakeLists.txt).
    for (const char *library : {"authdoctor_core", "authdoctor_sim", "authdoctor_cli", "authdoctor_ui"}) {
        auto *own = new QTranslator(&app);
        own->setObjectName(QStringLiteral("authdoctor-translator"));
        if (own->load(locale, QString::fromLatin1(library), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
    }

    // Qt's own texts (dialog buttons): qtbase_<lang>.qm as Linux distributions and macOS bundles
    // (packaging/CMakeLists.txt) have it, or the merged qt_<lang>.qm that windeployqt writes.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("authdoctor-translator"));
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir) ||
        qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace AuthDoctor
