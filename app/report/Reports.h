#pragma once

#include "session/Session.h"

#include <QByteArray>
#include <QString>

// The reports of a session (issue 8): their content is built once in core (ReportContent.h) and
// rendered here, in the current UI language. No secret can reach any of them: the Session holds
// none, and the evidence in it is redacted.
namespace AuthDoctor::Report {

// Markdown for a ticket comment (Jira, ServiceNow, GitHub, Azure DevOps): summary first.
QString markdown(const Session::Session &session);
// One self-contained HTML file (no external resources), readable when printed.
QString html(const Session::Session &session);
// The admin hand-off alone (read-only PowerShell, consent URL, sign-in-log guidance), for the
// wizard's hand-off dialog and its Copy button.
QString adminHandoffHtml(const Session::Session &session);
QString adminHandoffMarkdown(const Session::Session &session);
// HAR 1.2 of the session's evidence, redacted (UTF-8 JSON).
QByteArray har(const Session::Session &session);

} // namespace AuthDoctor::Report
