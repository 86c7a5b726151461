#pragma once

#include "Wire.h"

#include <optional>

// Resolving token resources and minting the simulator's JWT-shaped tokens
// (claims as in facts §5.3: aud, iss, tid, appid, appidacr (v1.0: no azp/azpacr, §9.11), scp or
// roles, upn/unique_name/preferred_username/oid, idtyp, iat/nbf/exp, ver 1.0).
namespace AuthDoctor::Sim::Tenant::Tokens {

struct ResourceRef
{
    Resource resource = Resource::None;
    QString aud;         // the identifier as requested, without a trailing '/'
    QString url;         // the resource's URL (prefix of scope strings in responses)
    QString appId;       // the resource application id
    QString displayName; // "Office 365 Exchange Online", …
};

// "https://outlook.office365.com", "00000002-0000-0ff1-ce00-000000000000",
// "https://contoso-my.sharepoint.com", … for the tenant's cloud; nullopt when no
// such resource principal exists in the tenant.
std::optional<ResourceRef> resolveResource(const TenantState &t, const QString &identifier);

constexpr int kLifetimeSeconds = 3599;

QByteArray mintDelegated(const Context &ctx, const App &app, const ResourceRef &res, const User &user,
                         const QStringList &scopes, int appidacr);
QByteArray mintAppOnly(const Context &ctx, const App &app, const ResourceRef &res, const QStringList &roles,
                       int appidacr);
QByteArray mintIdToken(const Context &ctx, const App &app, const User &user, bool withEmail);
QByteArray mintRefreshToken(const Context &ctx);
QString issuerV1(const TenantState &t);
QString issuerV2(const TenantState &t);

// A token presented to a service, decoded (signature not checked).
struct AccessToken
{
    QJsonObject claims;
    QString aud;
    QString tid;
    QString appId;
    QString upn; // upn, else unique_name, else preferred_username
    QString oid;
    bool appOnly = false;
    int appidacr = 0;
    QStringList scopes; // scp split at blanks
    QStringList roles;
    qint64 exp = 0;
    qint64 nbf = 0;

    bool hasScope(const QString &s) const { return scopes.contains(s, Qt::CaseInsensitive); }
    bool hasRole(const QString &r) const { return roles.contains(r, Qt::CaseInsensitive); }
};

enum class TokenProblem
{
    None,
    Missing,
    Unparseable,
    Expired,
    NotYetValid
};

// Reads the Bearer token of the request. Missing when there is no Bearer
// Authorization header; Unparseable when it is not a JWT with a JSON payload.
TokenProblem readAccessToken(const Context &ctx, AccessToken *out);

} // namespace AuthDoctor::Sim::Tenant::Tokens
