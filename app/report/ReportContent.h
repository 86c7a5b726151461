#pragma once

#include "AdminHandoff.h"
#include "findings/Finding.h"
#include "session/Session.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// The content of every report (issue 8), built once from a Session and already translated into the
// current UI language: the PDF, HTML and Markdown renderers only lay it out. No secret can be in
// it: the Session's inputs keep none in the reports (password and client secret are never read
// here), the pasted error and every evidence text pass through core/Redaction once more.
namespace AuthDoctor::Report {

struct LabeledValue
{
    QString label;
    QString value;
};

// A finding as the reports show it, its texts from the catalog in the current language.
struct FindingBlock
{
    QString id;
    QString title;
    QString explanation;
    QString why;          // the evidence in one sentence
    QString confidenceId; // "high" | "medium" | "low"
    QString confidence;   // the same in words
    QString severityId;   // "blocker" | "warning" | "info"
    QStringList steps;
    QString who;
    QString timeToApply;
    QList<Link> links;
    QString kb;
    QStringList evidenceIds;   // check ids, "answer:<question>", "error-text"
    QStringList evidenceNames; // the same in words (check titles)
    QStringList rawCodes;
};

// Page one of the PDF, the top of the HTML and the Markdown: for the person who must act.
struct Summary
{
    QString verdict;      // "A cause that blocks the migration was found", …
    QString headline;     // the cause's title, or what the diagnosis could say
    QString whatHappened; // what was tested, and how the checks ended
    QString reported;     // the migration tool's error, first line, masked ("" when none)
    QString evidence;     // why we believe it, one sentence with the confidence
    std::optional<FindingBlock> cause;
};

struct RuledOutItem
{
    QString id;
    QString title;
    QStringList byChecks; // titles of the checks that ruled it out
};

struct QuestionItem
{
    QString id;
    QString question;
    QString answer; // in words; "not answered" when empty
};

struct AdminSection
{
    QString findingId;
    QString findingTitle;
    QString who;
    QList<AdminCommand> commands;
};

struct SignInItem
{
    QString source;
    QList<LabeledValue> values; // time, correlation id, request id, code
    QList<AdminCommand> commands;
};

struct Handoff
{
    QList<AdminSection> sections;
    QString consentUrl;  // "" when consent is not the question
    QString consentNote; // what opening it does
    QStringList signInSteps;
    QList<SignInItem> signIns;
    bool isEmpty() const { return sections.isEmpty() && consentUrl.isEmpty() && signInSteps.isEmpty(); }
};

struct EvidenceBlock
{
    QString method;
    QString url;
    int status = 0; // 0: no HTTP answer
    QString statusText;
    QString outcome; // "401 Unauthorized" or the network error in words
    QList<QPair<QString, QString>> requestHeaders;
    QList<QPair<QString, QString>> responseHeaders;
    QString requestBody;
    QString responseBody;
    QString errorCode; // "timeout", "tls", …
    QString error;     // Qt's text for it
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QDateTime started;       // absolute (UTC), invalid when the diagnosis has no start time
    QList<LabeledValue> ids; // request-id, client-request-id, trace_id, correlation_id, timestamp
    QString contentType;     // of the response
};

struct CheckBlock
{
    QString id;
    QString title;
    QString statusId; // cli.md word
    QString status;   // in words
    QString summary;
    qint64 startedMs = 0;
    qint64 durationMs = 0;
    QStringList codes;
    QList<LabeledValue> facts;
    QStringList pointsTo; // finding ids
    QStringList rulesOut; // finding ids
    QList<EvidenceBlock> evidence;
};

// Headings and field names, translated once.
struct Labels
{
    QString reportTitle, whatHappened, reported, cause, why, steps, who, timeToApply, links;
    QString otherFindings, ruledOut, questions, notAnswered, handoff, handoffIntro, consent, signInLogs;
    QString signInLogsNone, appendix, about, inputs, errorText, checks, status, started, duration, codes;
    QString facts, evidence, request, response, requestBody, responseBody, ids, noAnswer, confidence;
    QString pointsTo, rulesOut, kb, redactionNote, noChecks, findingId;
};

struct Content
{
    Labels labels;
    QString title; // "AuthDoctor report: <headline>"
    bool practice = false;
    QString practiceMarker;    // "" unless practice
    QString language;          // the session's UI language
    QDateTime created;         // when the diagnosis ran (UTC)
    QString createdText;       // the same, "yyyy-MM-dd HH:mm:ss UTC"
    QString appVersion;        // of the diagnosis
    QList<LabeledValue> about; // app version, OS, created, language, duration, practice scenario
    QList<LabeledValue>
        inputs;        // endpoint, side, cloud, sign-in, account, mailbox, tenant, client id, EWS URL
    QString errorText; // the pasted error, masked
    Summary summary;
    QList<FindingBlock> otherFindings;
    QList<RuledOutItem> ruledOut;
    QList<QuestionItem> questions;
    Handoff handoff;
    QList<CheckBlock> checks;
};

Content buildContent(const Session::Session &session);

// "2026-11-26 13:00:00 UTC"
QString formatUtc(const QDateTime &t);

// "Who:" — a label before its value, with the colon as the reader's language writes it (French
// puts a no-break space before it).
QString labelled(const QString &label);
// "0.21 s", "1.5 s", "12 ms"
QString formatDuration(qint64 ms);
// The labelled facts of one check in the appendix (status, start, duration, result, codes, …),
// shared by the HTML and PDF renderers.
QList<LabeledValue> checkValues(const CheckBlock &check, const Labels &labels);
// "Unauthorized" for 401; "" when unknown.
QString httpReasonPhrase(int status);

} // namespace AuthDoctor::Report
