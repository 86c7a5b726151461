#pragma once
// The 2026 part of the blind acceptance test (tests/sim/tst_sim_blind2026.cpp): facts §9
// (second audit) and the EWS retirement (facts §5.4, scenarios.md "What some fields mean"),
// written from ../shared/spec/scenarios.md, cli.md and ../shared/reference/m365-auth-facts.md
// only. Every scenario file under tests/sim/blind/scenarios2026/ defines the users and apps
// its rows use, so nothing depends on the healthy tenant's undocumented defaults.

#include "BlindProbe.h"

#include <functional>
#include <optional>

namespace AuthDoctor::BlindTest::Y2026 {

// Apps defined in every scenarios2026 file that has a tenant block.
inline constexpr char kPublicApp[] = "b1d20260-0000-4000-8000-00000000d001"; // delegated, public client
inline constexpr char kAppOnly[] = "b1d20260-0000-4000-8000-00000000a001";   // full_access_as_app
inline constexpr char kAppOnlySecret[] = "Blind~AppOnly.2026-Secret-A1";     // its secret
inline constexpr char kSecondApp[] = "b1d20260-0000-4000-8000-00000000a002"; // allow-list files only
inline constexpr char kSecondAppSecret[] = "Blind~AppOnly.2026-Secret-A2";

struct Case
{
    QByteArray name;
    QString file;                 // under tests/sim/blind/scenarios2026
    Request req;                  // sent as is (Request::raw for exact header lines)
    std::optional<Request> token; // a token request to the same simulator; its access_token
                                  // goes into "Authorization: Bearer" of req
    Expect exp;                   // checked with check() (BlindProbe.h)
    bool anyStatus = false;       // do not compare the HTTP status
    std::function<QStringList(const Response &)> more; // further checks
    const char *source = "";                           // the contract sentence the row comes from
};

QList<Case> identityCases();   // §9.1, §9.2, §9.7, §9.10
QList<Case> exchangeCases();   // §9.3, §9.4, §9.5, §9.8
QList<Case> retirementCases(); // §5.4, §9.6, scenarios.md EWS retirement

// ---- request builders --------------------------------------------------------------------
Request clientCredentialsAt(const QString &host, const QString &tenant, const QString &clientId,
                            const QString &secret, const QString &scope);
Request ropcAt(const QString &host, const QString &tenant, const QString &clientId, const QString &upn,
               const QString &password, const QString &scope);
// The legacy v1 form: POST https://login.microsoftonline.com/{tenant}/oauth2/token with resource=.
Request ropcV1(const QString &tenant, const QString &clientId, const QString &upn, const QString &password,
               const QString &resource);
// Delegate access to another mailbox: GetFolder with <t:Mailbox> under DistinguishedFolderId (facts §1.5).
Request ewsOpenOther(const QString &host, const QString &mailbox);
Request appToken(const QString &clientId = QLatin1String(kAppOnly),
                 const QString &secret = QLatin1String(kAppOnlySecret),
                 const QString &scope = QStringLiteral("https://outlook.office365.com/.default"));
Request
userToken(const QString &upn, const QString &password,
          const QString &scope = QStringLiteral("https://outlook.office365.com/EWS.AccessAsUser.All"));

// ---- readers ----------------------------------------------------------------------------
// The auth-schemes of one WWW-Authenticate value, split on commas outside quotes; an item
// starts a new scheme when its first token (before a space, or the whole item) has no '='.
QStringList challengeSchemes(const QByteArray &value);
// Every WWW-Authenticate line of a raw response, each as sent.
QByteArrayList headerLines(const Response &r, const QByteArray &name);

} // namespace AuthDoctor::BlindTest::Y2026
