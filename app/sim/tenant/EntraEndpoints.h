#pragma once

#include "Wire.h"

#include <optional>

// Entra ID (login hosts of every cloud): OpenID configuration, getuserrealm,
// userrealm, GetCredentialType and the token endpoints (v2.0 and v1).
namespace AuthDoctor::Sim::Tenant::Entra {

std::optional<SimResponse> handle(const Context &ctx, Instance hostInstance);

// The AADSTS error JSON (facts §1.3c) with trace/correlation ids and timestamp.
SimResponse error(const Context &ctx, int status, const QString &error, int code, const QString &message,
                  const QString &suberror = QString());

// A password sign-in of a directory user, checked in the order of README.md
// (user, disabled, locked, federated domain, password, expired, Conditional Access,
// security defaults, MFA). code 0 = accepted, `user` set.
enum class SignInFlow
{
    Ropc,   // the token endpoint's password grant: security defaults ask for MFA (50076/50079)
    Legacy, // Basic to Exchange Online (historical mode): security defaults block it (530035)
};
struct SignInResult
{
    int code = 0;
    QString errorClass;
    QString message;
    QString suberror;
    const User *user = nullptr;
};
SignInResult checkPassword(const TenantState &t, const QString &username, const QString &password,
                           const QString &resourceAppId, SignInFlow flow = SignInFlow::Ropc);

SimResponse token(const Context &ctx, Instance hostInstance, const QString &tenantSegment, bool v2);

// Headers every login response carries (cache control, request id, ESTS server).
void addStandardHeaders(const Context &ctx, SimResponse &r, const QString &traceId);

} // namespace AuthDoctor::Sim::Tenant::Entra
