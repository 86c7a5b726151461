// authdoctor classify [--json] [--] [TEXT…|-]   (../shared/spec/cli.md "classify")
//
// Everything after the sub-command is the message, except --json, --help and "-" (standard input)
// as the first arguments; "--" ends them. The message may start with "-" ("-Password:…" pasted
// from a transcript) and may hold a credential, so no argument is ever quoted back: there is no
// "unknown option" error to quote it in.
#include "Commands.h"

#include "classify/Classifier.h"
#include "core/Logging.h"
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace AuthDoctor::Cli {

namespace {

// Translation context of this command's texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::ClassifyCommand)
};

QString usageText()
{
    return Text::tr("Usage: authdoctor classify [--json] [--] [TEXT...|-]\n"
                    "\n"
                    "Reads a pasted error message (no network) and prints the side that failed, the\n"
                    "endpoint, the host, the HTTP status, every code found and the likely causes,\n"
                    "most likely first, each with the reason.\n"
                    "\n"
                    "Arguments:\n"
                    "  TEXT           the error message; several arguments are joined with spaces.\n"
                    "                 Everything from the first argument that is not an option on\n"
                    "                 is the message, also when it starts with \"-\".\n"
                    "  -              read the message from standard input (as when no TEXT is given)\n"
                    "\n"
                    "Options (only before the message):\n"
                    "  --json         print the result as JSON (schema authdoctor.classification/1)\n"
                    "  --help         show this help\n"
                    "  --             end of the options: everything after it is the message\n"
                    "\n"
                    "Input larger than 1 MiB is refused (exit code 2).\n");
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

// Reads standard input up to one byte past the limit; *tooLarge tells whether it went past.
QByteArray readStdin(bool *tooLarge)
{
    QFile in;
    QByteArray data;
    *tooLarge = false;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return data;
    const qsizetype limit = Classifier::MaxInputBytes;
    while (data.size() <= limit) {
        const QByteArray chunk = in.read(qMin<qsizetype>(64 * 1024, limit + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    *tooLarge = data.size() > limit;
    return data;
}

struct Arguments
{
    bool json = false;
    bool help = false;
    bool fromStdin = false;
    QStringList text; // the message, one argument per element
};

// `args` are the arguments after "classify". Never fails: what is not an option is the message.
Arguments parseArguments(const QStringList &args)
{
    Arguments a;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            a.json = true;
        } else if (arg == QLatin1String("--help")) {
            a.help = true;
        } else if (arg == QLatin1String("--")) {
            ++i;
            break;
        } else if (arg == QLatin1String("-") && i + 1 == args.size()) {
            ++i;
            break;
        } else {
            break;
        }
    }
    a.text = args.mid(i);
    a.fromStdin = a.text.isEmpty();
    return a;
}

QString valueOrNone(const QString &value)
{
    return value.isEmpty() ? Text::tr("none") : value;
}

void printHuman(QTextStream &out, const Classification &c)
{
    out << Text::tr("Side:           %1").arg(sideToString(c.side)) << '\n';
    out << Text::tr("Endpoint:       %1").arg(endpointKindToString(c.endpoint)) << '\n';
    out << Text::tr("Host:           %1").arg(valueOrNone(c.host)) << '\n';
    out << Text::tr("HTTP status:    %1").arg(c.httpStatus ? QString::number(c.httpStatus) : Text::tr("none"))
        << '\n';
    out << Text::tr("Codes:          %1").arg(valueOrNone(c.codes.join(QStringLiteral(", ")))) << '\n';
    if (!c.traceId.isEmpty())
        out << Text::tr("Trace ID:       %1").arg(c.traceId) << '\n';
    if (!c.correlationId.isEmpty())
        out << Text::tr("Correlation ID: %1").arg(c.correlationId) << '\n';
    if (!c.timestamp.isEmpty())
        out << Text::tr("Timestamp:      %1").arg(c.timestamp) << '\n';
    if (!c.requestId.isEmpty())
        out << Text::tr("Request ID:     %1").arg(c.requestId) << '\n';
    if (!c.error.isEmpty())
        out << Text::tr("Error:          %1").arg(c.errorText()) << '\n';
    out << '\n' << Text::tr("Likely causes, most likely first:") << '\n';
    int rank = 0;
    for (const Candidate &cand : c.candidates) {
        const auto finding = FindingsCatalog::find(cand.finding);
        const QString title = finding && !finding->title.isEmpty() ? finding->title : cand.finding;
        out << Text::tr("%1. %2 (%3, score %4)")
                   .arg(QString::number(++rank), title, cand.finding, QString::number(cand.score, 'f', 2))
            << '\n';
        out << "   " << Text::tr("Why: %1").arg(cand.whyText()) << '\n';
    }
}

} // namespace

int runClassify(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    const Arguments arguments = parseArguments(args.mid(2)); // after the program and "classify"
    if (arguments.help) {
        out << usageText();
        return ExitOk;
    }

    Classification c;
    if (arguments.fromStdin) {
        if (stdinIsTerminal())
            err << Text::tr("Reading the error message from standard input; end it with Ctrl+D (Ctrl+Z on "
                            "Windows).")
                << '\n';
        bool tooLarge = false;
        const QByteArray raw = readStdin(&tooLarge);
        if (tooLarge) {
            err << Text::tr("authdoctor classify: the input is larger than 1 MiB; paste only the error "
                            "message and the "
                            "lines around it.")
                << '\n';
            return ExitUsage;
        }
        c = Classifier::classifyBytes(raw);
    } else {
        const QString text = arguments.text.join(QLatin1Char(' '));
        if (text.toUtf8().size() > Classifier::MaxInputBytes) {
            err << Text::tr("authdoctor classify: the input is larger than 1 MiB; paste only the error "
                            "message and the "
                            "lines around it.")
                << '\n';
            return ExitUsage;
        }
        c = Classifier::classify(text);
    }
    qCDebug(lcCli) << "classify:" << c.codes.size() << "codes," << c.candidates.size() << "candidates";

    if (arguments.json)
        out << QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) << '\n';
    else
        printHuman(out, c);
    return ExitOk;
}

} // namespace AuthDoctor::Cli
