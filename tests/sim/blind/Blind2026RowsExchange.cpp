// Exchange in 2026: challenge lines (facts §9.3), 2000003 and the diagnostic headers (§9.4),
// Autodiscover v2 (§9.5), roles and mailbox access (scenarios.md "roles", §9.8).
#include "Blind2026.h"

#include <QUrl>

namespace AuthDoctor::BlindTest::Y2026 {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kExo = QStringLiteral("outlook.office365.com");
const QString kFab = QStringLiteral("mail.fabrikam.com");

const char kSrc93[] =
    "facts §9.3: Exchange Online sends its challenges in one WWW-Authenticate line, comma-joined, Bearer "
    "first (Basic may be repeated or absent); §9.4: Exchange Online's 401s also carry X-CalculatedBETarget, "
    "X-BEServer, X-DiagInfo";
const char kSrc93OnPrem[] = "facts §9.3: on Exchange Server the schemes come as separate headers (Negotiate, "
                            "NTLM, Basic realm=\"…\")";
const char kSrc94[] =
    "facts §9.4: \"The audience claim value is invalid 'aud'.\" — the 'aud' is literal text in "
    "the 2000003 reason, not the token's audience";

// One WWW-Authenticate line, Bearer first with the EXO parameters of §2.2/§9.3, and the three
// diagnostic headers of §9.4.
std::function<QStringList(const Response &)> exoChallenge(bool invalidToken)
{
    return [invalidToken](const Response &r) {
        QStringList p;
        const QByteArrayList lines = headerLines(r, "WWW-Authenticate");
        if (lines.size() != 1) {
            p << QStringLiteral("%1 WWW-Authenticate lines, expected one: [%2]")
                     .arg(lines.size())
                     .arg(QString::fromUtf8(lines.join(" | ")));
            if (lines.isEmpty())
                return p;
        }
        const QByteArray v = lines.first();
        const QStringList schemes = challengeSchemes(v);
        if (schemes.value(0).compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
            p << QStringLiteral("first scheme is \"%1\", expected Bearer: %2")
                     .arg(schemes.value(0), QString::fromUtf8(v));
        for (const char *param :
             {"client_id=\"00000002-0000-0ff1-ce00-000000000000\"",
              "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\"",
              "token_types=\"app_asserted_user_v1 service_asserted_app_v1\"",
              "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\""})
            if (!v.contains(param))
                p << QStringLiteral("challenge lacks %1: %2").arg(QLatin1String(param), QString::fromUtf8(v));
        if (invalidToken && !v.contains("error=\"invalid_token\""))
            p << QStringLiteral("challenge lacks error=\"invalid_token\": %1").arg(QString::fromUtf8(v));
        for (const char *h : {"X-CalculatedBETarget", "X-BEServer", "X-DiagInfo"})
            if (!r.hasHeader(h))
                p << QStringLiteral("no %1 header on an Exchange Online 401").arg(QLatin1String(h));
        return p;
    };
}

// Separate lines, one scheme each, with Negotiate, NTLM and Basic among them.
QStringList onPremChallenge(const Response &r)
{
    QStringList p;
    const QByteArrayList lines = headerLines(r, "WWW-Authenticate");
    if (lines.size() < 2)
        p << QStringLiteral("%1 WWW-Authenticate lines, expected one per scheme").arg(lines.size());
    QStringList all;
    for (const QByteArray &line : lines) {
        const QStringList schemes = challengeSchemes(line);
        if (schemes.size() != 1)
            p << QStringLiteral("line \"%1\" holds %2 schemes")
                     .arg(QString::fromUtf8(line))
                     .arg(schemes.size());
        all << schemes;
    }
    for (const char *s : {"Negotiate", "NTLM", "Basic"})
        if (!all.contains(QLatin1String(s), Qt::CaseInsensitive))
            p << QStringLiteral("no %1 challenge among [%2]")
                     .arg(QLatin1String(s), all.join(QLatin1String(", ")));
    return p;
}

QList<Case> challengeCases()
{
    const QString f = QStringLiteral("exo-challenge-headers.json");
    const QString svc = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc");
    const QString pox = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml");
    const QString user = QStringLiteral("chal.user@contoso.com");
    Expect graphAtEws{
        .status = 401,
        .headerHas = {{"x-ms-diagnostics",
                       QStringLiteral("2000003;reason=\"The audience claim value is invalid 'aud'.\";"
                                      "error_category=\"invalid_resource\"")}},
        .headerLacks = {{"x-ms-diagnostics", QStringLiteral("graph.microsoft.com")}}};
    return {
        {"challenge/exo ews unauthenticated: one line, Bearer first",
         f,
         raw(ews(kExo, QString())),
         {},
         {.status = 401},
         false,
         exoChallenge(false),
         kSrc93},
        {"challenge/exo ews graph token: 2000003 with the literal 'aud'", f, raw(ews(kExo, user, user)),
         appToken(QLatin1String(kAppOnly), QLatin1String(kAppOnlySecret),
                  QStringLiteral("https://graph.microsoft.com/.default")),
         graphAtEws, false, exoChallenge(true), kSrc94},
        {"challenge/exo ews non-JWT token: one line, invalid_token",
         f,
         raw(withHeader(ews(kExo, user, user), "Authorization", "Bearer not-a-jwt")),
         {},
         {.status = 401},
         false,
         exoChallenge(true),
         kSrc93},
        {"challenge/exo ews basic credentials: one line",
         f,
         raw(withHeader(ews(kExo, QString()), "Authorization",
                        basicAuth(user, QStringLiteral("Chal-Blind-2026!")))),
         {},
         {.status = 401},
         false,
         exoChallenge(false),
         kSrc93},
        {"challenge/exo autodiscover soap unauthenticated: one line",
         f,
         raw(post(svc, soapGetUserSettings(user, svc), "text/xml; charset=utf-8")),
         {},
         {.status = 401},
         false,
         exoChallenge(false),
         kSrc93},
        {"challenge/exo autodiscover pox unauthenticated: one line",
         f,
         raw(post(pox, poxBody(user), "text/xml; charset=utf-8")),
         {},
         {.status = 401},
         false,
         exoChallenge(false),
         kSrc93},
        {"challenge/exo ews app-only token works (control)",
         f,
         ews(kExo, user, user),
         appToken(),
         {.ewsCode = QStringLiteral("NoError")},
         false,
         {},
         "facts §1.5: app-only OAuth with impersonation and X-AnchorMailbox succeeds"},
        {"challenge/onprem ews: one header per scheme",
         f,
         raw(ews(kFab, QString())),
         {},
         {.status = 401},
         false,
         onPremChallenge,
         kSrc93OnPrem},
        {"challenge/onprem autodiscover: one header per scheme",
         f,
         raw(post(QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml"),
                  poxBody(QStringLiteral("chal.onprem@fabrikam.com")), "text/xml; charset=utf-8")),
         {},
         {.status = 401},
         false,
         onPremChallenge,
         kSrc93OnPrem},
    };
}

Request autodV2(const QString &smtp, const QString &protocol)
{
    return get(
        QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/%1?Protocol=%2")
            .arg(smtp, protocol),
        {{"Accept", "application/json"}});
}

// A 302 whose Location is an on-premises Autodiscover URL (not a Microsoft cloud host).
QStringList toOnPremAutodiscover(const Response &r)
{
    const QUrl loc(QString::fromUtf8(r.header("Location")));
    const QString host = loc.host();
    QStringList p;
    if (!loc.isValid() || host.isEmpty())
        p << QStringLiteral("no usable Location: \"%1\"").arg(QString::fromUtf8(r.header("Location")));
    for (const char *cloud : {"office365.com", "outlook.com", "office365.us", "outlook.cn", "microsoft.com"})
        if (host.endsWith(QLatin1String(cloud)))
            p << QStringLiteral("Location host %1 is a cloud host, not the on-premises Autodiscover")
                     .arg(host);
    if (!loc.path().contains(QLatin1String("/autodiscover/"), Qt::CaseInsensitive))
        p << QStringLiteral("Location path %1 is not an Autodiscover path").arg(loc.path());
    return p;
}

QList<Case> autodiscoverCases()
{
    const QString f = QStringLiteral("autodiscover-v2-2026.json");
    const QString cloud = QStringLiteral("ad.cloud@contoso.com");
    const QString ewsUrl = QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx");
    const char *src95c = "facts §9.5(c): Autodiscover v2 no longer tells an existing mailbox from an unknown "
                         "address (both get an answer)";
    const char *src95d =
        "facts §9.5(d): the protocol name is echoed as sent; Substrate, OutlookMeetingScheduler "
        "and OutlookPay are valid protocols";
    const auto echoed = [&](const char *name, const char *protocol) {
        return Case{QByteArray("autodiscover-v2/protocol ") + name + " echoed",
                    f,
                    autodV2(cloud, QLatin1String(protocol)),
                    {},
                    {.json = {{QStringLiteral("Protocol"), QLatin1String(protocol)},
                              {QStringLiteral("Url"), QStringLiteral("~https://")}}},
                    false,
                    {},
                    src95d};
    };
    return {
        {"autodiscover-v2/hybrid user with an on-prem mailbox: 302 to on-prem",
         f,
         autodV2(QStringLiteral("ad.hybrid@contoso.com"), QStringLiteral("EWS")),
         {},
         {.status = 302},
         false,
         toOnPremAutodiscover,
         "facts §9.5(b): for a hybrid user whose mailbox is on-premises Exchange Online answers 302 to the "
         "on-premises Autodiscover"},
        {"autodiscover-v2/cloud mailbox EWS",
         f,
         autodV2(cloud, QStringLiteral("EWS")),
         {},
         {.json = {{QStringLiteral("Protocol"), QStringLiteral("EWS")}, {QStringLiteral("Url"), ewsUrl}}},
         false,
         {},
         "facts §1.2(f): {\"Protocol\":\"EWS\",\"Url\":\"https://outlook.office365.com/EWS/Exchange.asmx\"}"},
        echoed("Ews", "Ews"),
        echoed("ews", "ews"),
        echoed("ActiveSync", "ActiveSync"),
        echoed("Substrate", "Substrate"),
        echoed("OutlookMeetingScheduler", "OutlookMeetingScheduler"),
        echoed("OutlookPay", "OutlookPay"),
        {"autodiscover-v2/AutodiscoverV1 points at the cloud autodiscover.xml",
         f,
         autodV2(cloud, QStringLiteral("AutodiscoverV1")),
         {},
         {.json = {{QStringLiteral("Protocol"), QStringLiteral("AutodiscoverV1")},
                   {QStringLiteral("Url"),
                    QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.xml")}}},
         false,
         {},
         "facts §9.5(d): Protocol=AutodiscoverV1 points at "
         "https://outlook.office365.com/autodiscover/autodiscover.xml"},
        {"autodiscover-v2/unknown address of the tenant answered like a mailbox",
         f,
         autodV2(QStringLiteral("ghost.nobody@contoso.com"), QStringLiteral("EWS")),
         {},
         {.json = {{QStringLiteral("Url"), ewsUrl}}},
         false,
         {},
         src95c},
        {"autodiscover-v2/unknown address of an unknown domain answered",
         f,
         autodV2(QStringLiteral("someone@nosuch.example"), QStringLiteral("EWS")),
         {},
         {.json = {{QStringLiteral("Url"), QStringLiteral("~https://")}}},
         false,
         {},
         src95c},
    };
}

QList<Case> roleCases()
{
    const QString exoFile = QStringLiteral("roles-exo-mailbox-access.json");
    const QString target = QStringLiteral("roles.target@contoso.com");
    const char *srcRoles = "scenarios.md 'roles': admin roles (Global Administrator, Exchange Administrator, "
                           "Organization Management, …) grant no access to other users' mailboxes and no "
                           "impersonation (facts §9.8)";
    const char *srcFull =
        "scenarios.md 'roles': FullAccess stands for FullAccess on every user mailbox of the "
        "organisation where the account lives";
    const char *srcImpExo =
        "scenarios.md 'roles': ApplicationImpersonation, which Exchange Server honours and "
        "Exchange Online refuses (removed in 2025)";
    const auto open = [&](const char *name, const char *upn, const char *pw, const char *code,
                          const char *src, bool any) {
        return Case{QByteArray("roles/exo ") + name,
                    exoFile,
                    ewsOpenOther(kExo, target),
                    userToken(QLatin1String(upn), QLatin1String(pw)),
                    {.ewsCode = QLatin1String(code)},
                    any,
                    {},
                    src};
    };
    const auto impersonate = [&](const char *name, const char *upn, const char *pw, const char *src) {
        return Case{QByteArray("roles/exo ") + name,
                    exoFile,
                    ews(kExo, target, target),
                    userToken(QLatin1String(upn), QLatin1String(pw)),
                    {.ewsCode = QStringLiteral("ErrorImpersonateUserDenied")},
                    true,
                    {},
                    src};
    };
    const QString opFile = QStringLiteral("roles-onprem-impersonation.json");
    const QString opTarget = QStringLiteral("op.target@fabrikam.com");
    const auto basic = [](Request r, const char *upn, const char *pw) {
        return withHeader(std::move(r), "Authorization", basicAuth(QLatin1String(upn), QLatin1String(pw)));
    };
    return {
        open("Global Administrator cannot open another mailbox", "roles.ga@contoso.com", "Ga-Blind-2026!",
             "ErrorAccessDenied", srcRoles, true),
        open("Exchange Administrator cannot open another mailbox", "roles.exa@contoso.com", "Exa-Blind-2026!",
             "ErrorAccessDenied", srcRoles, true),
        open("Organization Management cannot open another mailbox", "roles.orgm@contoso.com",
             "Orgm-Blind-2026!", "ErrorAccessDenied", srcRoles, true),
        open("ApplicationImpersonation gives no delegate access", "roles.imp@contoso.com", "Imp-Blind-2026!",
             "ErrorAccessDenied", srcImpExo, true),
        open("FullAccess opens another mailbox", "roles.fa@contoso.com", "Fa-Blind-2026!", "NoError", srcFull,
             false),
        open("target opens its own mailbox by address (control)", "roles.target@contoso.com",
             "Target-Blind-2026!", "NoError",
             "facts §1.5: delegate access names the mailbox under DistinguishedFolderId", false),
        impersonate("Global Administrator may not impersonate", "roles.ga@contoso.com", "Ga-Blind-2026!",
                    srcRoles),
        impersonate("ApplicationImpersonation refused in Exchange Online", "roles.imp@contoso.com",
                    "Imp-Blind-2026!", srcImpExo),
        impersonate("FullAccess is not impersonation", "roles.fa@contoso.com", "Fa-Blind-2026!",
                    "facts §9.8: FullAccess and impersonation are separate explicit assignments"),
        {"roles/onprem ApplicationImpersonation honoured",
         opFile,
         basic(ews(kFab, opTarget, opTarget), "op.imp@fabrikam.com", "OpImp-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("NoError")},
         false,
         {},
         srcImpExo},
        {"roles/onprem Organization Management may not impersonate",
         opFile,
         basic(ews(kFab, opTarget, opTarget), "op.orgm@fabrikam.com", "OpOrgm-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("ErrorImpersonateUserDenied")},
         true,
         {},
         srcRoles},
        {"roles/onprem Organization Management cannot open another mailbox",
         opFile,
         basic(ewsOpenOther(kFab, opTarget), "op.orgm@fabrikam.com", "OpOrgm-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("ErrorAccessDenied")},
         true,
         {},
         srcRoles},
        {"roles/onprem FullAccess opens another mailbox",
         opFile,
         basic(ewsOpenOther(kFab, opTarget), "op.fa@fabrikam.com", "OpFa-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("NoError")},
         false,
         {},
         srcFull},
        {"roles/onprem FullAccess is not impersonation",
         opFile,
         basic(ews(kFab, opTarget, opTarget), "op.fa@fabrikam.com", "OpFa-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("ErrorImpersonateUserDenied")},
         true,
         {},
         "facts §9.8: FullAccess and impersonation are separate explicit assignments"},
        {"roles/onprem own mailbox (control)",
         opFile,
         basic(ews(kFab, QString()), "op.imp@fabrikam.com", "OpImp-Blind-2026!"),
         {},
         {.ewsCode = QStringLiteral("NoError")},
         false,
         {},
         "facts §2.3: Basic on-prem per virtual directory"},
    };
}

} // namespace

QList<Case> exchangeCases()
{
    return challengeCases() + autodiscoverCases() + roleCases();
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest::Y2026
