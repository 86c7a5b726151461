#pragma once

#include "Clouds.h"
#include "TenantState.h"
#include "sim/SimHttp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>

// Shared plumbing of the endpoint implementations: the per-request context and
// small builders for the wire formats (JSON with a fixed key order, XML text).
namespace AuthDoctor::Sim::Tenant {

struct Context
{
    const TenantState &state;
    const SimRequest &request;
    qint64 nowMs = 0;
    QByteArray key;                        // the model's secret: fake token signatures, NTLM challenges
    bool throttled = false;                // this host family is over its per-minute budget
    qint64 retryAfterMs = 0;               // until the oldest counted request leaves the window
    ConnectionState *connection = nullptr; // the request's TCP connection (on-prem server only)
};

using JsonFields = QList<QPair<QString, QJsonValue>>;

// Serializes the fields in the given order (QJsonObject would sort them).
QByteArray orderedJson(const JsonFields &fields);
QString newGuid();
QString isoTime(qint64 ms);        // 2026-01-15T09:00:00Z
QString entraTimestamp(qint64 ms); // 2026-01-15 09:00:00Z
QString xmlEscape(const QString &s);
QByteArray utf8(const QString &s);
bool sameServiceCloud(Cloud a, Cloud b); // GCC (moderate) uses the commercial services

// A query parameter by its decoded name, case-insensitively ("%24select" is "$select").
QString queryValue(const SimRequest &r, const QString &name);

// An x-ms-diagnostics value: `2000003;reason="…";error_category="…"` (facts §2.2).
QByteArray msDiagnostics(int code, const QString &reason, const char *category);

// The headers every Exchange (IIS) answer carries; frontEnd is the X-FEServer value.
void addExchangeHeaders(SimResponse &r, const QByteArray &frontEnd);
// Exchange's Bearer challenge (facts §2.2). issuerRealm is the realm of trusted_issuers ("*" in
// Exchange Online, the tenant id on a server with Hybrid Modern Auth); loginHost the host of
// authorization_uri.
QByteArray exchangeBearerChallenge(const QByteArray &issuerRealm, const QByteArray &loginHost,
                                   bool invalidToken);

// The bearer token of the Authorization header, empty when there is none.
QByteArray bearerToken(const SimRequest &r);
// "Basic" credentials split at the first ':'; false when absent or malformed.
bool basicCredentials(const SimRequest &r, QString *user, QString *password);

} // namespace AuthDoctor::Sim::Tenant
