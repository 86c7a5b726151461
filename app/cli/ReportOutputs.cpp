#include "ReportOutputs.h"

#include "report/PdfReport.h"
#include "report/Reports.h"
#include "session/SessionFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace AuthDoctor::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Report)
};

bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

} // namespace

QString outputOption(OutputKind kind)
{
    switch (kind) {
    case OutputKind::Session:
        return QStringLiteral("save");
    case OutputKind::Pdf:
        return QStringLiteral("pdf");
    case OutputKind::Html:
        return QStringLiteral("html");
    case OutputKind::Markdown:
        return QStringLiteral("markdown");
    case OutputKind::Har:
        return QStringLiteral("har");
    }
    return {};
}

bool checkWritable(const QString &path, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = Text::tr("cannot write %1: it is a folder").arg(name);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = Text::tr("cannot write %1: the folder %2 does not exist")
                     .arg(name, QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    return true;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    const QString cx = x.canonicalFilePath(), cy = y.canonicalFilePath();
    if (!cx.isEmpty() && !cy.isEmpty())
        return cx == cy;
    return QDir::cleanPath(x.absoluteFilePath()) == QDir::cleanPath(y.absoluteFilePath());
}

bool writeOutput(Session::Session &session, const Output &output, QString *error)
{
    switch (output.kind) {
    case OutputKind::Session:
        return Session::write(session, output.path, error);
    case OutputKind::Pdf:
        return Report::writePdf(session, output.path, error);
    case OutputKind::Html:
        return writeBytes(output.path, Report::html(session).toUtf8(), error);
    case OutputKind::Markdown:
        return writeBytes(output.path, Report::markdown(session).toUtf8(), error);
    case OutputKind::Har:
        return writeBytes(output.path, Report::har(session), error);
    }
    return false;
}

} // namespace AuthDoctor::Cli
