#pragma once

#include "Classifier.h"
#include "Rules.h"
#include "ScanText.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the classifier reads out of the normalised text, before any scoring. Every scan is
// a linear pass (plain searches, or regular expressions without nested unbounded repeats,
// anchored on a literal), so a 1 MiB log is read in a few tens of milliseconds.
namespace AuthDoctor::ClassifyDetail {

enum class CodeKind
{
    Aadsts,             // AADSTS50076 (also from "error_codes":[50076])
    Ews,                // ErrorServerBusy (ResponseCode, faultcode, or anywhere when known)
    AutodiscoverError,  // POX500..POX603, InvalidUser, ServerBusy, ... (<ErrorCode>)
    Diagnostics,        // x-ms-diagnostics 2000008
    AutodiscoveryError, // X-AutoDiscovery-Error reasons: BasicAuthBlocked, ...
    Graph,              // MailboxNotEnabledForRESTAPI, Authorization_RequestDenied, ...
    Exception,          // DatabaseNotFoundException, WebException, MapiExceptionMdbOffline, ...
};

struct FoundCode
{
    QString code; // normalised spelling, as listed in Classification::codes
    CodeKind kind = CodeKind::Aadsts;
    qsizetype pos = 0;              // offset in ScanText::text()
    const CodeRule *rule = nullptr; // nullptr when the tables do not know the code
};

struct FoundValue
{
    QString value;
    qsizetype pos = -1; // offset in ScanText::text(); -1 = not found
    bool found() const { return pos >= 0; }
};

enum class HostKind
{
    Other,
    SharePoint,
    ExchangeOnline,
    EntraLogin,
    Graph,
    MicrosoftOther
};

struct Extraction
{
    QList<FoundCode> codes; // in order of appearance, de-duplicated
    int httpStatus = 0;
    qsizetype statusPos = -1;

    QString host; // the host the failed request went to (or the first named)
    HostKind hostKind = HostKind::Other;
    bool anyExchangeOnlineHost = false; // some EXO host is named somewhere
    bool anySharePointHost = false;
    bool exchangePathOnOtherHost = false; // /EWS/Exchange.asmx, /autodiscover, /owa on a non-Microsoft host
    bool graphMailPath = false;           // a Graph URL to messages, calendar, contacts, mailboxSettings, ...
    bool graphDrivePath = false;          // a Graph URL to /drive, /drives, /sites

    Side side = Side::Unknown;
    EndpointKind endpoint = EndpointKind::Unknown;

    FoundValue traceId;
    FoundValue correlationId;
    FoundValue timestamp;
    FoundValue requestId;
    FoundValue retryAfter;         // seconds
    FoundValue backOffMs;          // EWS BackOffMilliseconds
    QList<FoundValue> oauthErrors; // token endpoint "error" / "suberror" values (lower case)
    FoundValue challengeError;     // WWW-Authenticate Bearer error="…"
    FoundValue ntlmChallenge;      // WWW-Authenticate: NTLM / Negotiate
    FoundValue basicAuthSent;      // Authorization: Basic in a request (value never kept)
    FoundValue onPremVersion;      // "Exchange 2016", "X-OWA-Version"
    FoundValue owaBuild;           // X-OWA-Version value ("15.2.1544.4")
    bool challengeSeen = false;    // some WWW-Authenticate header is pasted
    bool basicOffered = false;     // one of them offers Basic
};

Extraction extract(const ScanText &t);

// Pieces of extract(), exposed for the scoring step and tests.
void extractCodes(const ScanText &t, Extraction &x);
void extractStatus(const ScanText &t, Extraction &x);
void extractHosts(const ScanText &t, Extraction &x);
void extractContext(const ScanText &t, Extraction &x); // ids, Retry-After, challenges, side, endpoint

HostKind classifyHost(const QString &host);

} // namespace AuthDoctor::ClassifyDetail
