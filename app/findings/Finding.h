#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AuthDoctor {

struct Link
{
    QString title;
    QString url; // always https://
};

enum class Severity
{
    Blocker,
    Warning,
    Info
};

// Who has to act on a finding.
enum class Actor
{
    Helpdesk,
    TenantAdmin,
    ExchangeAdmin,
    EndUser
};

// One cause the diagnosis can name. Ids are a stable contract (../shared/spec/findings.md).
struct Finding
{
    QString id;          // stable id, e.g. "mfa-required"
    QString title;       // one line, plain language
    QString explanation; // what happened and why, for a helpdesk technician
    QStringList steps;   // numbered steps: exact portal paths, PowerShell
    QList<Actor> who;    // who must act, most important first
    QString whoText;     // the same in words ("tenant admin", ...)
    QString timeToApply; // how long a change takes to apply
    QString kb;          // knowledge-base section title (English, stable)
    QList<Link> links;
    Severity severity = Severity::Blocker;
};

QString severityToString(Severity s); // "blocker" | "warning" | "info"

// Stable English words, not translated (for JSON, session files, reports' metadata):
// "helpdesk" | "tenant admin" | "Exchange admin" | "end user".
QString actorToString(Actor a);

// The cli.md `findings[]` fields of one finding: id, severity, title, explanation,
// steps, who (= whoText), links [{title, url}], kb. The diagnose command adds
// confidence and evidence itself.
QJsonObject findingToJson(const Finding &f);

} // namespace AuthDoctor
