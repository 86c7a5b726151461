// authdoctor report FILE.authdiag (--pdf|--html|--markdown|--har) OUT (../shared/spec/cli.md):
// renders a saved session in the current language. Exit 0 written, 2 usage error, 3 the session
// could not be read or OUT could not be written.
#include "Commands.h"

#include "ReportOutputs.h"
#include "session/SessionFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace AuthDoctor::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Report)
};

int usage(const QString &message)
{
    QTextStream(stderr) << Text::tr("authdoctor report: %1").arg(message) << '\n'
                        << Text::tr("Try \"authdoctor report --help\".") << '\n';
    return ExitUsage;
}

int cannot(const QString &message)
{
    QTextStream(stderr) << Text::tr("authdoctor report: %1").arg(message) << '\n';
    return ExitCannotRun;
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr(
        "Write a report of a saved session (FILE.authdiag) in the current language.\n"
        "Exit codes: 0 written, 2 usage error, 3 the session cannot be read or OUT cannot be written."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE.authdiag"), Text::tr("the saved session"));
    const QList<std::pair<OutputKind, QCommandLineOption>> formats{
        {OutputKind::Pdf, QCommandLineOption(QStringLiteral("pdf"), Text::tr("write a PDF report to OUT"),
                                             QStringLiteral("OUT"))},
        {OutputKind::Html, QCommandLineOption(QStringLiteral("html"), Text::tr("write an HTML report to OUT"),
                                              QStringLiteral("OUT"))},
        {OutputKind::Markdown, QCommandLineOption(QStringLiteral("markdown"),
                                                  Text::tr("write a Markdown report to OUT (for a ticket)"),
                                                  QStringLiteral("OUT"))},
        {OutputKind::Har,
         QCommandLineOption(QStringLiteral("har"), Text::tr("write the evidence as HAR 1.2 to OUT"),
                            QStringLiteral("OUT"))},
    };
    for (const auto &f : formats)
        p.addOption(f.second);
    if (!p.parse(args.mid(1)))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitOk;
    }

    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty())
        return usage(Text::tr("name the session file (FILE.authdiag)"));
    if (positional.size() > 1)
        return usage(Text::tr("one session file at a time; OUT follows the format option"));
    QList<Output> outputs;
    for (const auto &f : formats)
        for (const QString &v : p.values(f.second))
            outputs.append({f.first, v});
    if (outputs.isEmpty())
        return usage(Text::tr("choose a format: --pdf, --html, --markdown or --har, followed by OUT"));
    if (outputs.size() > 1)
        return usage(Text::tr("one format at a time"));
    const Output out = outputs.first();
    if (out.path.isEmpty())
        return usage(Text::tr("--%1 needs the file to write (OUT)").arg(outputOption(out.kind)));
    const QString sessionPath = positional.first();
    if (sameFile(sessionPath, out.path))
        return usage(Text::tr("OUT is the session file itself"));

    QString error;
    std::optional<Session::Session> session = Session::read(sessionPath, &error);
    if (!session)
        return cannot(error);
    if (!checkWritable(out.path, &error) || !writeOutput(*session, out, &error))
        return cannot(error);
    return ExitOk;
}

} // namespace AuthDoctor::Cli
