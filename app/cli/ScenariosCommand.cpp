// authdoctor scenarios [--json]: lists the embedded practice scenarios
// (../shared/spec/cli.md). Secrets of the practice inputs never appear.
#include "Commands.h"

#include "core/Logging.h"
#include "sim/tenant/EmbeddedScenarios.h"
#include "sim/tenant/ScenarioTexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace AuthDoctor::Cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Scenarios)
};

// Scenario titles come from the embedded JSON files (English); ScenarioTexts
// makes them translatable.
QString scenarioText(const QString &text)
{
    return Sim::ScenarioTexts::translated(text);
}

// Columns a terminal gives the text: East Asian wide characters (Japanese headings) take two.
qsizetype displayWidth(const QString &s)
{
    qsizetype w = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        w += wide ? 2 : 1;
    }
    return w;
}

QString padded(const QString &s, qsizetype width)
{
    return s + QString(qMax<qsizetype>(0, width - displayWidth(s)), QLatin1Char(' '));
}

void printTable(QTextStream &out, const QList<Sim::EmbeddedScenarios::Info> &list)
{
    const QString hName = Text::tr("NAME");
    const QString hFinding = Text::tr("EXPECTED FINDING");
    const QString hTitle = Text::tr("TITLE");
    const QString none = Text::tr("(none)");
    qsizetype wName = displayWidth(hName);
    qsizetype wFinding = displayWidth(hFinding);
    for (const auto &s : list) {
        wName = qMax(wName, s.name.size());
        wFinding = qMax(wFinding, displayWidth(s.primaryFinding.isEmpty() ? none : s.primaryFinding));
    }
    out << padded(hName, wName) << "  " << padded(hFinding, wFinding) << "  " << hTitle << '\n';
    for (const auto &s : list) {
        const QString finding = s.primaryFinding.isEmpty() ? none : s.primaryFinding;
        out << padded(s.name, wName) << "  " << padded(finding, wFinding) << "  " << scenarioText(s.title)
            << '\n';
    }
    out << '\n'
        << Text::tr("%1 practice scenarios. Run one as a local proxy with\n"
                    "\"authdoctor simulate --scenario NAME\".")
               .arg(list.size())
        << '\n';
}

} // namespace

int runScenarios(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("List the practice scenarios built into AuthDoctor: a simulated "
                 "Microsoft 365 tenant or Exchange Server with one problem each."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Text::tr("Show this help."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Text::tr("Print the list as JSON (schema authdoctor.scenarios/1)."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);

    // args: program, "scenarios", options…
    QStringList toParse = args;
    if (toParse.size() >= 2)
        toParse.removeAt(1);
    if (!parser.parse(toParse)) {
        err << Text::tr("authdoctor scenarios: %1").arg(parser.errorText()) << '\n'
            << Text::tr("Usage: authdoctor scenarios [--json]") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << Text::tr("Usage: authdoctor scenarios [--json]") << "\n\n"
            << parser.applicationDescription() << "\n\n"
            << Text::tr("Options:") << '\n'
            << "  --json     " << jsonOption.description() << '\n'
            << "  -h, --help " << helpOption.description() << '\n';
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Text::tr("authdoctor scenarios: unexpected argument \"%1\".")
                   .arg(parser.positionalArguments().first())
            << '\n'
            << Text::tr("Usage: authdoctor scenarios [--json]") << '\n';
        return ExitUsage;
    }

    const QList<Sim::EmbeddedScenarios::Info> all = Sim::EmbeddedScenarios::list();
    QList<Sim::EmbeddedScenarios::Info> good;
    bool damaged = false;
    for (const auto &s : all) {
        if (s.error.isEmpty()) {
            good << s;
            continue;
        }
        damaged = true;
        err << Text::tr("authdoctor scenarios: the embedded scenario \"%1\" is damaged: %2")
                   .arg(s.name, s.error)
            << '\n';
    }
    if (all.isEmpty()) {
        err << Text::tr("authdoctor scenarios: this build contains no practice scenarios.") << '\n';
        return ExitCannotRun;
    }
    qCDebug(lcCli) << "listing" << good.size() << "embedded scenarios";

    if (parser.isSet(jsonOption)) {
        QJsonArray arr;
        for (const auto &s : good)
            arr.append(Sim::EmbeddedScenarios::toPublicJson(s));
        QJsonObject root;
        root.insert(QStringLiteral("schema"), QStringLiteral("authdoctor.scenarios/1"));
        root.insert(QStringLiteral("scenarios"), arr);
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        printTable(out, good);
    }
    out.flush();
    return damaged ? ExitCannotRun : ExitOk;
}

} // namespace AuthDoctor::Cli
