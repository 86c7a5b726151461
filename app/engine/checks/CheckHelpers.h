#pragma once

#include "engine/Check.h"
#include "engine/WireParsing.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// What several checks share: reading a failed answer into findings through the classifier (the one
// table from codes to causes), network failures into network-unreachable / tls-problem.
namespace AuthDoctor::Engine::Checks {

inline constexpr const char *kCtx = "AuthDoctor::Checks";

// Findings the classifier reads from a response (body + the headers that matter), strongest
// first, only those with a real signal (score >= minScore). Codes found are returned too.
QStringList findingsFromResponse(const HttpJob &job, QStringList *codes = nullptr, double minScore = 0.5);
// The same for a text already put together (what findingsFromResponse reads from a response).
QStringList findingsFromText(const QString &text, QStringList *codes = nullptr, double minScore = 0.5);

// For a request that got no (complete) HTTP answer: the finding and a summary. true when it was
// handled. An answer over the size limit (networkErrorCode "too-large") names unrecognized-error
// with the code "too-large": it did come, but nothing in it can be read.
bool handleNetworkFailure(Check &check, const HttpJob &job, CheckResult &result, Message *summary);

// A 3xx from an endpoint that never redirects this request (Microsoft's sign-in and Graph
// endpoints): something in between answers (a proxy, a captive portal), so nothing about
// authentication is known: network-unreachable, the redirect not followed. true when handled.
bool handleUnexpectedRedirect(const HttpJob &job, CheckResult &result, Message *summary);

// The code a check records when an answer's body is not the JSON or XML it must be.
inline constexpr const char *kUnreadableCode = "unreadable-answer";

// The body as a JSON object; nullopt (with the parser's words in *why) when it is none.
std::optional<QJsonObject> jsonObject(const QByteArray &body, QString *why = nullptr);
// For an answer whose body must be a JSON object and is not: unrecognized-error, the code
// kUnreadableCode and a summary. true when handled (the body was unreadable).
bool handleUnreadableJson(const HttpJob &job, CheckResult &result, Message *summary,
                          QJsonObject *object = nullptr);
// Whether an XML body is not well-formed (an empty body is not XML at all: false).
bool isMalformedXml(const QByteArray &body);

// "https://login.microsoftonline.com" of the chosen cloud.
QString loginBase(const Inputs &in);

// The tenant to address at the token endpoint: the GUID found by tenant-discovery, else the hint.
QString tenantForToken(const CheckEnvironment &env);

// A v2.0 token request for one scope, with the inputs' sign-in: the password grant (appOnly false)
// or the client-credentials grant. carriesCredentials is set. The tenant must be known.
HttpJob::Request tokenRequest(const CheckEnvironment &env, const QString &scope, bool appOnly);

} // namespace AuthDoctor::Engine::Checks
