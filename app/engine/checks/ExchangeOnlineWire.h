#pragma once

#include "core/Vocabulary.h"
#include "engine/WireParsing.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// Pure readers and builders for the Exchange Online checks (checks/ExchangeOnlineChecks.cpp):
// no network, no state, unit-tested with rows (tests/engine/tst_exchange_online_wire.cpp).
namespace AuthDoctor::Engine::ExoWire {

// Whose host an address names, seen from the project's cloud (facts §1.1, §4.5).
enum class HostKind
{
    ThisCloud,  // an Exchange Online host of the chosen cloud (GCC counts as commercial)
    OtherCloud, // an Exchange Online host of another Microsoft cloud
    Foreign     // not an Exchange Online host: on-premises Exchange, a hoster, anything else
};
struct HostVerdict
{
    HostKind kind = HostKind::Foreign;
    std::optional<Cloud> cloud; // for ThisCloud / OtherCloud
};
HostVerdict classifyHost(const QString &host, Cloud chosen);

// The "Url" of an Autodiscover v2 answer ({"Protocol":"EWS","Url":"https://…"}), empty when the
// body is no JSON object or names no URL.
QString autodiscoverV2Url(const QByteArray &body);
// The "ErrorCode" of an Autodiscover v2 error answer ({"ErrorCode":"InvalidUser",…}).
QString autodiscoverV2ErrorCode(const QByteArray &body);

// A Location header resolved against the request it answered (relative forms allowed).
QUrl resolveLocation(const QUrl &requestUrl, const QByteArray &location);

// Whether the challenges offer Basic for real. Exchange Online appends `Basic Realm=""` (once,
// several times, or not at all) to its Bearer challenge: that empty realm is a leftover, not an
// offer (facts §2.2, §3, §9.3). A Basic challenge with a non-empty realm is an offer.
bool offersBasic(const QList<Wire::Challenge> &challenges);
// The Bearer challenge, if any.
std::optional<Wire::Challenge> bearerChallenge(const QList<Wire::Challenge> &challenges);

// Why an answer to a POST on an EWS URL is not EWS (facts §2.4, findings "ews-url-wrong"): 404, an
// HTML page, a redirect to OWA or to genericerrorpage.htm, any other redirect. Empty when it may
// well be EWS (401 with challenges, a SOAP answer, …).
enum class NotEws
{
    No,
    NotFound,      // 404
    HtmlPage,      // 200 (or any status) with an HTML page instead of SOAP or a challenge
    OwaRedirect,   // redirect to /owa/ or to a forms sign-in page
    ErrorPage,     // redirect to /ews/genericerrorpage.htm or /internalsite/…
    HttpsRedirect, // plain http answered with a redirect to https
    OtherRedirect
};
NotEws classifyEwsAnswer(int status, const QByteArray &contentType, const QUrl &requestUrl,
                         const QByteArray &location, const QByteArray &body);

// Median and 95th percentile (nearest rank) of round-trip times; -1 for no samples.
struct LatencyStats
{
    qint64 medianMs = -1;
    qint64 p95Ms = -1;
};
LatencyStats latencyStats(QList<qint64> samplesMs);
// Far slower than a working front end: median over 2 s, or the warm probes' median far above
// the cold first request (which paid for DNS, TCP and TLS): more than 3× and 1 s above it.
bool looksOverutilized(qint64 firstMs, const LatencyStats &stats);

// The wait a throttled answer asks for: the SOAP fault's BackOffMilliseconds, else Retry-After
// (seconds, or an HTTP date ignored), else -1.
qint64 backOffMs(const Wire::EwsResponse &ews, const QByteArray &retryAfter);
// A throttling answer: HTTP 429 / 503, or an EWS throttling response code (facts §6).
bool isThrottled(int status, const Wire::EwsResponse &ews);

// The minimal GetFolder (IdOnly, inbox) of facts §1.5. `delegateMailbox` names the mailbox under
// DistinguishedFolderId (delegate access); `impersonate` puts it in ExchangeImpersonation
// ConnectingSID/PrimarySmtpAddress instead (app-only, or a tool that impersonates). An empty
// mailbox gives the caller's own inbox (the unauthenticated probe).
QByteArray getFolderRequest(const QString &mailbox, bool impersonate);

// A response body that is an HTML page (not SOAP, not JSON).
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);

} // namespace AuthDoctor::Engine::ExoWire
