#pragma once

#include "session/Session.h"

#include <QList>
#include <QString>

// The files `diagnose --save/--pdf/--html/--markdown/--har` and `report` write
// (../shared/spec/cli.md): a session file or one of its reports.
namespace AuthDoctor::Cli {

enum class OutputKind
{
    Session, // --save FILE.authdiag
    Pdf,
    Html,
    Markdown,
    Har
};

struct Output
{
    OutputKind kind;
    QString path;
};

// The option's name without dashes: "save", "pdf", "html", "markdown", "har".
QString outputOption(OutputKind kind);

// Before any work: the folder exists and the path is not a folder. False with a translated sentence.
bool checkWritable(const QString &path, QString *error);

// Two outputs (or an output and the session read) naming the same file.
bool sameFile(const QString &a, const QString &b);

// Writes one output atomically. For OutputKind::Session the session's "saved" time is stamped.
bool writeOutput(Session::Session &session, const Output &output, QString *error);

} // namespace AuthDoctor::Cli
