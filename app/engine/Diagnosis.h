#pragma once

#include "Evidence.h"
#include "core/Message.h"
#include "core/Vocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// The diagnosis's inputs and results, language-neutral: ids, codes and Messages; text is made
// when shown (cli.md "diagnose", product.md "Files"). Sessions and reports render these.
namespace AuthDoctor::Engine {

// What the user told us. Secrets are held only in memory, never serialised (toJson drops them).
struct Inputs
{
    EndpointKind endpoint = EndpointKind::ExchangeOnline;
    Side side = Side::Unknown;
    Cloud cloud = Cloud::Commercial;
    AuthMethod auth = AuthMethod::Delegated;
    QString user;    // UPN the migration tool signs in with
    QString mailbox; // the mailbox being migrated (impersonation / access target)
    QString tenant;  // domain or GUID
    QString clientId;
    QString ewsUrl;       // Exchange Server, or to skip Autodiscover
    QString errorText;    // as pasted (kept redacted in outputs)
    QString password;     // secret: memory only
    QString clientSecret; // secret: memory only

    // The domain the tenant is found by: the tenant input, else the user's or the mailbox's domain.
    QString tenantHint() const;
    QString mailboxOrUser() const { return mailbox.isEmpty() ? user : mailbox; }
    QJsonObject toJson() const; // cli.md "input" (no secrets; error_text redacted)
    // From the cli.md "input" keys, plus "password" and "client_secret" when present (a practice
    // scenario's inputs). Unknown words leave the default.
    static Inputs fromJson(const QJsonObject &o);
};

enum class CheckStatus
{
    Waiting,
    Running,
    Passed,
    Warning,
    Failed,
    Skipped,
    Error, // the check could not reach a verdict (network, TLS, unreadable answer)
    Cancelled
};
QString checkStatusToString(CheckStatus s); // cli.md words; "waiting"/"running" for the live list
bool isTerminal(CheckStatus s);

// What one check found out: status, a one-line summary, the evidence, and facts for the checks
// after it and for inference (keys documented in engine/README.md).
struct CheckResult
{
    QString id;
    CheckStatus status = CheckStatus::Waiting;
    Message summary;
    QList<Evidence> evidence;
    QVariantMap facts;    // e.g. "tenant_id", "namespace_type", "aadsts", "ews_url", "claims"
    QStringList codes;    // codes seen: AADSTS50076, ErrorAccessDenied, 2000008, HTTP403 …
    QStringList findings; // finding ids this check's evidence points to, strongest first
    QStringList rulesOut; // finding ids this check disproved (it passed where they would fail)
    qint64 startedMs = 0;
    qint64 durationMs = 0;

    QJsonObject toJson() const; // cli.md "checks[]" plus facts/codes; title rendered by the caller
};

struct Question
{
    QString id;         // stable, e.g. "account-picker-shown"
    Message text;       // the question, where to look
    QStringList values; // accepted answers ("yes", "no", …)
    QString answer;     // empty = not answered
};

struct FindingResult
{
    QString id;
    QString confidence;   // "high" | "medium" | "low"
    QStringList evidence; // check ids (or "answer:<question>", "error-text")
    Message why;          // the evidence in one sentence
    QStringList rawCodes; // for unrecognized-error: the raw codes and ids
};

struct Result
{
    Inputs inputs;
    QDateTime started;
    qint64 durationMs = 0;
    QList<CheckResult> checks;
    QList<FindingResult> findings; // ranked
    QList<Question> questions;
    QString primaryFinding; // empty = null
    QStringList ruledOut;
    bool practice = false;
    QString practiceScenario;
    bool completed = false; // false: cancelled or could not run

    bool blocking() const; // primary finding is a blocker
};

} // namespace AuthDoctor::Engine
