#pragma once

#include "engine/Diagnosis.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The admin hand-off (issue 8): for findings a tenant or Exchange admin must act on, the read-only
// PowerShell that confirms the cause, the admin-consent URL for the project's app and tenant, and
// how to find the failed sign-in in the Entra sign-in logs. Read-only: every command only reads
// (Connect-, Get-, Test-, Format-, Select-, Where-); nothing in it changes the tenant. The commands
// are PowerShell and stay untranslated; what they are for is translated.
namespace AuthDoctor::Report {

struct AdminCommand
{
    QString purpose; // translated: what the command shows and what to look for
    QString command; // PowerShell, one line, untranslated
};

// What the commands are filled in with: the project's values (no secret), or placeholders.
struct HandoffContext
{
    EndpointKind endpoint = EndpointKind::ExchangeOnline;
    Cloud cloud = Cloud::Commercial;
    QString user;     // the account the migration tool signs in with
    QString mailbox;  // the mailbox being migrated (or the user)
    QString domain;   // the tenant's domain (tenant input, else the user's domain)
    QString tenantId; // the tenant GUID when a check found it, else the tenant input
    QString clientId;

    static HandoffContext fromResult(const Engine::Result &result);
};

// The read-only commands that confirm this finding, connect lines first; empty when an admin has
// nothing to read for it (the finding is the helpdesk's or the end user's to fix).
QList<AdminCommand> adminCommands(const QString &findingId, const HandoffContext &ctx);

// Whether a finding's fix needs a tenant or Exchange admin (the catalog's "who").
bool needsAdmin(const QString &findingId);

// https://{login host of the cloud}/{tenant}/adminconsent?client_id={client id}; empty without a
// client id. An admin who opens it and accepts grants the app's permissions tenant-wide: it is the
// fix, not a check.
QString adminConsentUrl(Cloud cloud, const QString &tenant, const QString &clientId);
// The findings whose fix is admin consent for the project's app registration.
bool consentApplies(const QString &findingId);

// One sign-in an admin can look up in the Entra sign-in logs.
struct SignInRef
{
    QString source;        // translated: the check's title, or "The migration tool's error message"
    QString host;          // login host the request went to ("" for the pasted error)
    QDateTime time;        // when it happened (UTC), invalid when unknown
    QString timestamp;     // the service's own timestamp ("2026-11-24 09:12:44Z"), when it gave one
    QString correlationId; // the sign-in log's "Correlation ID"
    QString traceId;       // the error's "Trace ID": the sign-in log's "Request ID"
    QString code;          // AADSTS code, HTTP status, when known
};

// Failed sign-ins found in the evidence (token requests to a Microsoft login host that did not
// succeed) and in the pasted error message (its Trace ID, Correlation ID and Timestamp).
QList<SignInRef> signInRefs(const Engine::Result &result);

// How to find a failed sign-in in the sign-in logs, step by step (translated).
QStringList signInLogSteps(Cloud cloud, AuthMethod auth);
// The read-only Graph PowerShell that finds one sign-in by its correlation id.
QList<AdminCommand> signInLogCommands(Cloud cloud, const QString &tenant, const QString &correlationId);

} // namespace AuthDoctor::Report
