#pragma once

#include "Reason.h"
#include "core/Vocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AuthDoctor {

struct Candidate
{
    QString finding;       // a FindingsCatalog id
    double score = 0.0;    // 0..1
    QList<Reason> reasons; // which signals gave this score, strongest first (at most four)

    // The reasons in the current language, joined with "; " (cli.md "why").
    QString whyText() const { return renderReasons(reasons); }
};

// What the classifier read from a pasted error message (cli.md "classify").
//
// Code naming in `codes` (in order of first appearance, each once):
// - AADSTS errors: "AADSTS" + digits ("AADSTS50076"), also when the text only has the number in
//   a token-error body's "error_codes":[50076].
// - EWS response codes and faultcodes: the ResponseCode name without namespace prefix
//   ("ErrorServerBusy" from "a:ErrorServerBusy"). Known names count anywhere in the text; other
//   "Error…" names only as a ResponseCode/faultcode value.
// - x-ms-diagnostics: the numeric code alone ("2000008").
// - X-AutoDiscovery-Error reasons, as one CamelCase word: "BasicAuthBlockStatusDeny",
//   "BasicAuthBlocked", "BlockBasicAuthUserBlocked", "FederatedStsUnreachable",
//   "TenantNotProvisioned", and any other "LiveIdBasicAuth:<Reason>" as written
//   ("AppPasswordRequired", "InvalidCreds", ...) (AADSTS codes in that header are listed as AADSTS
//   codes).
// - Autodiscover errors: POX ErrorCode 500–603 as "POX500"…"POX603"; SOAP ErrorCode values by
//   name ("InvalidUser", "ServerBusy", "InvalidDomain", …; "NoError" is not a code).
// - Microsoft Graph: the error "code" value ("MailboxNotEnabledForRESTAPI",
//   "Authorization_RequestDenied", "ErrorAccessDenied", …).
// - Exceptions: the class name without namespace ("DatabaseNotFoundException", "WebException",
//   "ServiceRequestException", "MapiExceptionMdbOffline"), also error classes named "…Error" or
//   "…Failed" when qualified by a module or heading an error line ("RateLimitError" from
//   "exchangelib.errors.RateLimitError", "UnauthorizedError: …", "AutoDiscoverFailed").
// Token endpoint "error"/"suberror" values (invalid_grant, consent_required, …) are read as
// signals but are not listed as codes; neither are HTTP statuses (see httpStatus).
struct Classification
{
    Side side = Side::Unknown;
    EndpointKind endpoint = EndpointKind::Unknown;
    QString host;                // lower case, without port; empty = none named
    int httpStatus = 0;          // 0 = none found
    QStringList codes;           // AADSTS50076, ErrorServerBusy, 2000008, DatabaseNotFoundException, ...
    QList<Candidate> candidates; // ranked (score descending), never empty
    QString traceId;             // from AADSTS text or a token-error body, when present
    QString correlationId;
    QString timestamp; // as written in the message ("2016-01-09 02:02:12Z")
    QString requestId; // request-id of an Exchange/Graph response, when present
    Reason error;      // non-empty when the input could not be read (binary, too large)

    QString errorText() const { return renderReason(error); } // in the current language

    // Schema authdoctor.classification/1, with "why" and "error" rendered in the current language;
    // adds "trace_id", "correlation_id", "timestamp" and "error" only when they are set.
    QJsonObject toJson() const;
};

namespace Classifier {
// Inputs larger than this (in UTF-8) are refused with Classification::error set.
constexpr qsizetype MaxInputBytes = 1024 * 1024;
Classification classify(const QString &text);
Classification classifyBytes(const QByteArray &raw); // UTF-8/UTF-16 detection, binary check, size check
} // namespace Classifier

} // namespace AuthDoctor
