#pragma once

#include "engine/Check.h"
#include "engine/WireParsing.h"

#include <QStringList>

// What several checks share: reading a failed answer into findings through the classifier (the one
// table from codes to causes), network failures into network-unreachable / tls-problem.
namespace AuthDoctor::Engine::Checks {

inline constexpr const char *kCtx = "AuthDoctor::Checks";

// Findings the classifier reads from a response (body + the headers that matter), strongest
// first, only those with a real signal (score >= minScore). Codes found are returned too.
QStringList findingsFromResponse(const HttpJob &job, QStringList *codes = nullptr, double minScore = 0.5);
// The same for a text already put together (what findingsFromResponse reads from a response).
QStringList findingsFromText(const QString &text, QStringList *codes = nullptr, double minScore = 0.5);

// For a request that got no HTTP answer: the finding and a summary. true when it was handled.
bool handleNetworkFailure(Check &check, const HttpJob &job, CheckResult &result, Message *summary);

// "https://login.microsoftonline.com" of the chosen cloud.
QString loginBase(const Inputs &in);

// The tenant to address at the token endpoint: the GUID found by tenant-discovery, else the hint.
QString tenantForToken(const CheckEnvironment &env);

// A v2.0 token request for one scope, with the inputs' sign-in: the password grant (appOnly false)
// or the client-credentials grant. carriesCredentials is set. The tenant must be known.
HttpJob::Request tokenRequest(const CheckEnvironment &env, const QString &scope, bool appOnly);

} // namespace AuthDoctor::Engine::Checks
