// Sign-in in 2026: cross-cloud app-only sign-in (facts §9.1), ROPC at v1 /common (§9.2),
// security defaults and the password grant (§9.7), federation per domain (§9.10).
#include "Blind2026.h"

#include <QUrl>

namespace AuthDoctor::BlindTest::Y2026 {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kCom = QStringLiteral("login.microsoftonline.com");
const QString kUs = QStringLiteral("login.microsoftonline.us");
const QString kCn = QStringLiteral("login.partner.microsoftonline.cn");
const QString kDomain = QStringLiteral("contoso.com");
const QString kD = QLatin1String(kPublicApp);
const QString kA = QLatin1String(kAppOnly);
const QString kSecret = QLatin1String(kAppOnlySecret);
const QString kGov = QStringLiteral("gov.user@contoso.com");
const QString kGovPw = QStringLiteral("Gov-Blind-2026!");

const char kSrc91[] =
    "facts §9.1: a client-credentials request for a national-cloud tenant (GCC High, DoD, 21Vianet) "
    "sent to the commercial login.microsoftonline.com answers 400 invalid_request, 'AADSTS900382: "
    "Confidential Client is not supported in Cross Cloud request.' (no error_uri)";
const char kSrc91Delegated[] = "facts §9.1: AADSTS90038 remains the delegated-flow form";
const char kSrcGcc[] = "facts §1.1 note: GCC (moderate) uses the commercial endpoints";
const char kSrc95a[] =
    "facts §9.5(a): Autodiscover v2 redirects to the right cloud for a national-cloud mailbox";
const char kSrc92[] =
    "facts §9.2: ROPC at v1 /common/oauth2/token still resolves the tenant from the user name and "
    "answers user-specific codes (50126, 50034, 50076, …)";
const char kSrc92v2[] = "facts §9.2: AADSTS9001023 applies to the v2.0 /common and /consumers endpoints";
const char kSrc97[] = "facts §9.7: for a password grant under security defaults expect 50076 (MFA required, "
                      "for administrators always) or 50079 (registration required)";
const char kSrc910[] = "scenarios.md: federated: true on a user marks that user's domain as federated: every "
                       "account of the domain then signs in through the federation service (facts §9.10)";

Expect crossCloud()
{
    return {.status = 400,
            .aadsts = {900382},
            .json = {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                     {QStringLiteral("error_description"),
                      QStringLiteral("~AADSTS900382: Confidential Client is not supported in Cross Cloud "
                                     "request.")},
                     {QStringLiteral("error_uri"), QStringLiteral("!")}}};
}

Expect gotToken()
{
    return {.json = {{QStringLiteral("access_token"), QStringLiteral("~")},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}}};
}

// Autodiscover v2 at the commercial host for a mailbox of another cloud: a redirect whose
// Location is in that cloud, or an answer whose Url is.
std::function<QStringList(const Response &)> inCloud(const QStringList &hostSuffixes)
{
    return [hostSuffixes](const Response &r) {
        QString target;
        if (r.status >= 300 && r.status < 400)
            target = QString::fromUtf8(r.header("Location"));
        else if (r.status == 200)
            target = jsonAt(r.body, QStringLiteral("Url")).value_or(QString());
        const QString host = QUrl(target).host();
        for (const QString &s : hostSuffixes)
            if (!host.isEmpty() && host.endsWith(s))
                return QStringList();
        return QStringList{QStringLiteral("HTTP %1 points at \"%2\", not at a host ending in %3")
                               .arg(r.status)
                               .arg(target, hostSuffixes.join(QLatin1String(" or ")))};
    };
}

Request autodV2(const QString &smtp, const QString &protocol)
{
    return get(
        QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/%1?Protocol=%2")
            .arg(smtp, protocol),
        {{"Accept", "application/json"}});
}

QList<Case> cloudCases()
{
    struct Cloud
    {
        const char *tag;
        QString file;
        QString ownLogin;
        QString exoScope;
        QStringList exoHosts;
    };
    const QList<Cloud> clouds = {
        {"gcc-high",
         QStringLiteral("cloud-gcc-high.json"),
         kUs,
         QStringLiteral("https://outlook.office365.us/.default"),
         {QStringLiteral("office365.us")}},
        {"dod",
         QStringLiteral("cloud-dod.json"),
         kUs,
         QStringLiteral("https://outlook-dod.office365.us/.default"),
         {QStringLiteral("office365.us"), QStringLiteral("apps.mil")}},
        {"china",
         QStringLiteral("cloud-china.json"),
         kCn,
         QStringLiteral("https://partner.outlook.cn/.default"),
         {QStringLiteral("outlook.cn")}},
    };
    QList<Case> out;
    for (const Cloud &c : clouds) {
        const QString ewsScope =
            QString(c.exoScope).replace(QLatin1String("/.default"), QLatin1String("/EWS.AccessAsUser.All"));
        const auto name = [&c](const char *what) -> QByteArray {
            return QByteArray("cloud/") + c.tag + ' ' + what;
        };
        out << Case{name("app-only at the commercial host 900382"),
                    c.file,
                    clientCredentialsAt(kCom, kDomain, kA, kSecret, c.exoScope),
                    {},
                    crossCloud(),
                    false,
                    {},
                    kSrc91};
        out << Case{name("app-only at the commercial host, commercial scope 900382"),
                    c.file,
                    clientCredentialsAt(kCom, kDomain, kA, kSecret,
                                        QStringLiteral("https://outlook.office365.com/.default")),
                    {},
                    crossCloud(),
                    false,
                    {},
                    kSrc91};
        out << Case{name("app-only at its own login host works"),
                    c.file,
                    clientCredentialsAt(c.ownLogin, kDomain, kA, kSecret, c.exoScope),
                    {},
                    gotToken(),
                    false,
                    {},
                    "facts §1.1: the national cloud's own Entra authority issues its tokens"};
        out << Case{name("delegated at the commercial host 90038"),
                    c.file,
                    ropcAt(kCom, kDomain, kD, kGov, kGovPw, ewsScope),
                    {},
                    {.status = 400, .aadsts = {90038}},
                    false,
                    {},
                    kSrc91Delegated};
        out << Case{name("autodiscover v2 at the commercial host points at its cloud"),
                    c.file,
                    autodV2(kGov, QStringLiteral("EWS")),
                    {},
                    {},
                    true,
                    inCloud(c.exoHosts),
                    kSrc95a};
    }
    const QString gcc = QStringLiteral("cloud-gcc-moderate.json");
    out << Case{"cloud/gcc app-only at the commercial host works",
                gcc,
                clientCredentialsAt(kCom, kDomain, kA, kSecret,
                                    QStringLiteral("https://outlook.office365.com/.default")),
                {},
                gotToken(),
                false,
                {},
                kSrcGcc};
    out << Case{"cloud/gcc delegated at the commercial host works",
                gcc,
                ropcAt(kCom, kDomain, kD, kGov, kGovPw, QLatin1String(kEwsDelegatedScope)),
                {},
                gotToken(),
                false,
                {},
                kSrcGcc};
    out << Case{"cloud/gcc autodiscover v2 stays commercial",
                gcc,
                autodV2(kGov, QStringLiteral("EWS")),
                {},
                {.json = {{QStringLiteral("Url"),
                           QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx")}}},
                false,
                {},
                kSrcGcc};
    return out;
}

QList<Case> ropcV1Cases()
{
    const QString f = QStringLiteral("ropc-v1-common.json");
    const QString user = QStringLiteral("v1.user@contoso.com");
    const QString pw = QStringLiteral("V1User-Blind-2026!");
    const QString exo = QStringLiteral("https://outlook.office365.com");
    const QString scope = QLatin1String(kEwsDelegatedScope);
    Expect v1ok = gotToken();
    v1ok.claims = {{QStringLiteral("aud"), QStringLiteral("outlook.office365.com")}};
    return {
        {"ropc-v1/common resolves the tenant and issues a token",
         f,
         ropcV1(QStringLiteral("common"), kD, user, pw, exo),
         {},
         v1ok,
         false,
         {},
         kSrc92},
        {"ropc-v1/common wrong password 50126",
         f,
         ropcV1(QStringLiteral("common"), kD, user, QStringLiteral("not-the-password"), exo),
         {},
         {.status = 400, .aadsts = {50126}},
         false,
         {},
         kSrc92},
        {"ropc-v1/common unknown user 50034",
         f,
         ropcV1(QStringLiteral("common"), kD, QStringLiteral("nobody.v1@contoso.com"), pw, exo),
         {},
         {.status = 400, .aadsts = {50034}},
         false,
         {},
         kSrc92},
        {"ropc-v1/common MFA user 50076",
         f,
         ropcV1(QStringLiteral("common"), kD, QStringLiteral("v1.mfa@contoso.com"),
                QStringLiteral("V1Mfa-Blind-2026!"), exo),
         {},
         {.status = 400, .aadsts = {50076}},
         false,
         {},
         kSrc92},
        {"ropc-v1/v2.0 common 9001023",
         f,
         ropcAt(kCom, QStringLiteral("common"), kD, user, pw, scope),
         {},
         {.status = 400, .aadsts = {9001023}},
         false,
         {},
         kSrc92v2},
        {"ropc-v1/v2.0 consumers 9001023",
         f,
         ropcAt(kCom, QStringLiteral("consumers"), kD, user, pw, scope),
         {},
         {.status = 400, .aadsts = {9001023}},
         false,
         {},
         kSrc92v2},
        {"ropc-v1/v2.0 organizations works",
         f,
         ropcAt(kCom, QStringLiteral("organizations"), kD, user, pw, scope),
         {},
         gotToken(),
         false,
         {},
         "facts §1.3(a): {tenant} must be a tenant id/name or organizations (9001023 only for v2.0 "
         "common/consumers)"},
        {"ropc-v1/v2.0 by domain works",
         f,
         ropcAt(kCom, kDomain, kD, user, pw, scope),
         {},
         gotToken(),
         false,
         {},
         "facts §1.3(a): {tenant} must be a tenant id/name or organizations"},
    };
}

QList<Case> securityDefaultCases()
{
    const QString f = QStringLiteral("security-defaults-password-grant.json");
    const auto signin = [](const char *upn, const char *pw) {
        return userToken(QLatin1String(upn), QLatin1String(pw));
    };
    const auto not530035 = [](const Response &r) {
        return aadstsCode(r.body) == 530035
                   ? QStringList{QStringLiteral("AADSTS530035 for a password grant (facts §9.7 says not)")}
                   : QStringList();
    };
    return {
        {"security-defaults/global admin 50076",
         f,
         signin("sd.ga@contoso.com", "SdGa-Blind-2026!"),
         {},
         {.status = 400, .aadsts = {50076}},
         false,
         {},
         kSrc97},
        {"security-defaults/exchange admin 50076",
         f,
         signin("sd.exa@contoso.com", "SdExa-Blind-2026!"),
         {},
         {.status = 400, .aadsts = {50076}},
         false,
         {},
         kSrc97},
        {"security-defaults/registration pending 50079",
         f,
         signin("sd.pending@contoso.com", "SdPending-Blind-2026!"),
         {},
         {.status = 400, .aadsts = {50079}},
         false,
         {},
         kSrc97},
        {"security-defaults/plain user never 530035",
         f,
         signin("sd.user@contoso.com", "SdUser-Blind-2026!"),
         {},
         {},
         true,
         not530035,
         "facts §9.7: reported AADSTS530035 cases are the device-code flow and legacy protocols"},
        {"security-defaults/wrong password is still 50126",
         f,
         signin("sd.ga@contoso.com", "wrong-password"),
         {},
         {.status = 400, .aadsts = {50126}},
         false,
         {},
         "facts §2.1: 50076/50079 come only after the password was accepted"},
        {"security-defaults/app-only unaffected",
         f,
         appToken(),
         {},
         gotToken(),
         false,
         {},
         "facts §2.7: MFA / security defaults → use app-only"},
    };
}

QList<Case> federationCases()
{
    const QString f = QStringLiteral("federation-per-domain.json");
    const auto realm = [](const char *login) {
        return get(QStringLiteral("https://login.microsoftonline.com/getuserrealm.srf?login=%1&json=1")
                       .arg(QLatin1String(login)));
    };
    return {
        {"federation/another user of the domain is federated",
         f,
         realm("fed.other@contoso.com"),
         {},
         {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Federated")},
                   {QStringLiteral("AuthURL"), QStringLiteral("~https://")},
                   {QStringLiteral("DomainName"), QStringLiteral("contoso.com")}}},
         false,
         {},
         kSrc910},
        {"federation/the marked user is federated",
         f,
         realm("fed.marker@contoso.com"),
         {},
         {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Federated")}}},
         false,
         {},
         kSrc910},
        {"federation/the onmicrosoft domain stays managed",
         f,
         realm("fed.cloud@contoso.onmicrosoft.com"),
         {},
         {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Managed")}}},
         false,
         {},
         "scenarios.md: federated marks that user's domain (not the tenant)"},
        {"federation/another user of the domain gets no password token",
         f,
         userToken(QStringLiteral("fed.other@contoso.com"), QStringLiteral("FedOther-Blind-2026!")),
         {},
         {.status = 400, .json = {{QStringLiteral("access_token"), QStringLiteral("!")}}},
         false,
         {},
         "facts §1.3(a): ROPC is not for federated users; scenarios.md: every account of the domain signs in "
         "through the federation service"},
    };
}

} // namespace

QList<Case> identityCases()
{
    return cloudCases() + ropcV1Cases() + securityDefaultCases() + federationCases();
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest::Y2026
