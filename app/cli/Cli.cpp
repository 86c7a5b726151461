#include "Cli.h"

#include "Commands.h"
#include "core/AppInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace AuthDoctor::Cli {

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
};

constexpr Command kCommands[] = {
    {"classify", &runClassify}, {"simulate", &runSimulate}, {"scenarios", &runScenarios},
    {"diagnose", &runDiagnose}, {"report", &runReport},
};

// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli)
};

} // namespace

bool needsGuiApplication(int argc, char **argv)
{
    if (argc < 2 || (std::strcmp(argv[1], "report") != 0 && std::strcmp(argv[1], "diagnose") != 0))
        return false;
    for (int i = 2; i < argc; ++i)
        if (!std::strcmp(argv[i], "--pdf") || !std::strncmp(argv[i], "--pdf=", 6))
            return true;
    return false;
}

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const auto &c : kCommands)
        if (std::strcmp(first, c.name) == 0)
            return true;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "-?") ||
            !std::strcmp(a, "--help-all") || !std::strcmp(a, "--version") || !std::strcmp(a, "-v"))
            return true;
    }
    return false;
}

QString helpText()
{
    return Text::tr(
        "Usage: authdoctor [FILE.authdiag]\n"
        "       authdoctor <command> [options]\n"
        "\n"
        "AuthDoctor finds out why a mailbox or OneDrive migration fails with\n"
        "\"401 Unauthorized\" and says what to do about it.\n"
        "\n"
        "Without a command the wizard opens (on FILE when given).\n"
        "\n"
        "Commands:\n"
        "  classify [--json] [TEXT|-]   read a pasted error message; no network\n"
        "  simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]\n"
        "                               run the simulated tenant as a local proxy\n"
        "  scenarios [--json]           list the embedded practice scenarios\n"
        "  diagnose [options]           run the checks without a window and name the cause\n"
        "  report FILE.authdiag (--pdf|--html|--markdown|--har) OUT\n"
        "                               write a report of a saved session\n"
        "\n"
        "Options:\n"
        "  -h, --help                   show this help; \"authdoctor COMMAND --help\" for a command\n"
        "  -v, --version                show the version\n"
        "\n"
        "Exit codes: 0 done (no blocking cause), 1 a blocking cause was found,\n"
        "2 usage error, 3 could not run.\n");
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);

    for (const auto &c : kCommands)
        if (first == QLatin1String(c.name))
            return c.run(arguments);
    for (const QString &a : arguments.mid(1)) {
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << AppInfo::versionLine() << '\n';
            return ExitOk;
        }
    }
    for (const QString &a : arguments.mid(1)) {
        if (a.startsWith(QLatin1String("--help")) || a == QLatin1String("-h") || a == QLatin1String("-?")) {
            out << helpText();
            return ExitOk;
        }
    }
    // The argument itself is not quoted: it may be a password typed in the wrong place.
    err << Text::tr("authdoctor: unknown command. Try \"authdoctor --help\".") << '\n';
    return ExitUsage;
}

} // namespace AuthDoctor::Cli
