#pragma once

#include "session/Session.h"

#include <QString>

// The PDF report (issue 8), rendered by Qt (QTextDocument + QPdfWriter): page one is the plain
// summary for the person who must act, then the technical appendix. Needs a QGuiApplication
// (the command line starts one, offscreen where there is no display). Lives in the
// authdoctor_report library (core + QtGui) so the core stays free of GUI modules.
namespace AuthDoctor::Report {

struct PdfOptions
{
    // QPageSize::A4 or QPageSize::Letter from the locale when unset (QLocale::system()).
    int pageSizeId = -1;
};

// Writes the PDF atomically (QSaveFile). On failure returns false and sets *error to a
// translated, secret-free sentence.
bool writePdf(const Session::Session &session, const QString &path, QString *error,
              const PdfOptions &options = {});

} // namespace AuthDoctor::Report
