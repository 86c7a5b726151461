// TEMPORARY stand-ins for the report branch's renderers (Reports.h, PdfReport.h) so that the
// command line links before that branch is merged. Dropped on merge: do not build on these.
#include "report/PdfReport.h"
#include "report/Reports.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTextDocument>

namespace AuthDoctor::Report {

QString markdown(const Session::Session &session)
{
    QString out =
        QStringLiteral("# AuthDoctor (stub report)\n\nPrimary: %1\n\n").arg(session.result.primaryFinding);
    for (const auto &f : session.result.findings)
        out += QStringLiteral("- %1 (%2)\n").arg(f.id, f.confidence);
    return out;
}

QString html(const Session::Session &session)
{
    return QStringLiteral("<!DOCTYPE html><html><body><pre>%1</pre></body></html>")
        .arg(markdown(session).toHtmlEscaped());
}

QByteArray har(const Session::Session &session)
{
    Q_UNUSED(session);
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("authdoctor")},
                                                {QStringLiteral("version"), QStringLiteral("stub")}}},
        {QStringLiteral("entries"), QJsonArray()}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson();
}

bool writePdf(const Session::Session &session, const QString &path, QString *error, const PdfOptions &options)
{
    Q_UNUSED(options);
    QPdfWriter writer(path);
    QTextDocument doc;
    doc.setPlainText(markdown(session));
    doc.print(&writer);
    if (!QFile::exists(path)) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace AuthDoctor::Report
