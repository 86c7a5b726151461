// The EWS retirement in Exchange Online (facts §5.4, §9.6; scenarios.md "What some fields
// mean": ews_enabled, ews_allowed_app_ids, per-user ews_enabled, Kiosk/F3). The wire shape
// of a refusal is UNVERIFIED ("the model answers 403, and the product must not depend on a
// body"), so refusals are checked by status only.
#include "Blind2026.h"

#include <QDateTime>

namespace AuthDoctor::BlindTest::Y2026 {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kExo = QStringLiteral("outlook.office365.com");

const char kSrcOrg[] = "scenarios.md: tenant-wide ews_enabled is true, false or null; the model answers 403";
const char kSrcNull[] =
    "scenarios.md: ews_enabled null (not set: off from 1 October 2026 by the simulator's clock)";
const char kSrcList[] = "scenarios.md: ews_allowed_app_ids (a list; when present, EWS accepts only tokens, "
                        "delegated or app-only, whose appid is listed)";
const char kSrcUserFalse[] =
    "scenarios.md: per user ews_enabled false blocks that mailbox whatever the tenant says";
const char kSrcUserTrue[] =
    "scenarios.md: an explicit per-user true keeps it open when the tenant is off (facts §9.6)";
const char kSrcKiosk[] =
    "scenarios.md: a mailbox whose only Exchange plan is Kiosk/F3 (EXCHANGE_S_DESKLESS, no "
    "EXCHANGE_S_STANDARD/_ENTERPRISE) is refused EWS from 1 July 2026, for delegate and app-only access "
    "alike";
const char kSrcOnPrem[] = "facts §5.4: on-premises Exchange not affected";

bool since(int year, int month, int day)
{
    return QDateTime::currentDateTimeUtc() >= QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

Expect refused()
{
    return {.status = 403};
}

Expect served()
{
    return {.ewsCode = QStringLiteral("NoError")};
}

// App-only (full_access_as_app) impersonating `mailbox`.
Case appOnly(const char *name, const QString &file, const QString &mailbox, bool allowed, const char *src,
             const char *clientId = kAppOnly, const char *secret = kAppOnlySecret)
{
    return {QByteArray("ews-retirement/") + name,
            file,
            ews(kExo, mailbox, mailbox),
            appToken(QLatin1String(clientId), QLatin1String(secret)),
            allowed ? served() : refused(),
            false,
            {},
            src};
}

// The mailbox's own user with a delegated token of the public client app, on its own mailbox.
Case delegated(const char *name, const QString &file, const QString &upn, const QString &password,
               bool allowed, const char *src)
{
    return {QByteArray("ews-retirement/") + name,
            file,
            ews(kExo, QString()),
            userToken(upn, password),
            allowed ? served() : refused(),
            false,
            {},
            src};
}

} // namespace

QList<Case> retirementCases()
{
    const QString alpha = QStringLiteral("ews.alpha@contoso.com");
    const QString alphaPw = QStringLiteral("EwsAlpha-Blind-2026!");
    const QString beta = QStringLiteral("ews.beta@contoso.com");
    const QString betaPw = QStringLiteral("EwsBeta-Blind-2026!");
    const bool nullIsOff = since(2026, 10, 1);
    const bool kioskIsOff = since(2026, 7, 1);

    const QString orgFalse = QStringLiteral("ews-org-false.json");
    const QString orgNull = QStringLiteral("ews-org-null.json");
    const QString without = QStringLiteral("ews-allowlist-without-app.json");
    const QString with = QStringLiteral("ews-allowlist-with-app.json");
    const QString userFalse = QStringLiteral("ews-user-false.json");
    const QString userTrue = QStringLiteral("ews-user-true-org-off.json");
    const QString kiosk = QStringLiteral("ews-kiosk-f3.json");

    QList<Case> out = {
        // ews_enabled false
        appOnly("org false: app-only 403", orgFalse, alpha, false, kSrcOrg),
        delegated("org false: delegated 403", orgFalse, alpha, alphaPw, false, kSrcOrg),
        {"ews-retirement/org false: on-premises EWS unaffected",
         orgFalse,
         withHeader(
             ews(QStringLiteral("mail.fabrikam.com"), QString()), "Authorization",
             basicAuth(QStringLiteral("ews.onprem@fabrikam.com"), QStringLiteral("EwsOnprem-Blind-2026!"))),
         {},
         served(),
         false,
         {},
         kSrcOnPrem},
        // ews_enabled null
        appOnly(nullIsOff ? "org null (after 1 Oct 2026): app-only 403"
                          : "org null (before 1 Oct 2026): app-only 200",
                orgNull, beta, !nullIsOff, kSrcNull),
        delegated(nullIsOff ? "org null (after 1 Oct 2026): delegated 403"
                            : "org null (before 1 Oct 2026): delegated 200",
                  orgNull, beta, betaPw, !nullIsOff, kSrcNull),
        appOnly("org null, user true: app-only 200", orgNull, alpha, true, kSrcUserTrue),
        delegated("org null, user true: delegated 200", orgNull, alpha, alphaPw, true, kSrcUserTrue),
        // allow list without the migration app
        appOnly("allow list without the app: app-only 403", without, alpha, false, kSrcList),
        delegated("allow list without the app: delegated app 403", without, alpha, alphaPw, false, kSrcList),
        appOnly("allow list without the app: the listed app 200", without, alpha, true, kSrcList, kSecondApp,
                kSecondAppSecret),
        // allow list with the app-only app
        appOnly("allow list with the app: app-only 200", with, alpha, true, kSrcList),
        delegated("allow list with the app: unlisted delegated app 403", with, alpha, alphaPw, false,
                  kSrcList),
        appOnly("allow list with the app: another unlisted app 403", with, alpha, false, kSrcList, kSecondApp,
                kSecondAppSecret),
        // per-user false, tenant on
        appOnly("user false: app-only 403", userFalse, alpha, false, kSrcUserFalse),
        delegated("user false: delegated 403", userFalse, alpha, alphaPw, false, kSrcUserFalse),
        appOnly("user false: other mailbox app-only 200", userFalse, beta, true, kSrcUserFalse),
        delegated("user false: other mailbox delegated 200", userFalse, beta, betaPw, true, kSrcUserFalse),
        // per-user true, tenant off
        appOnly("user true, org off: app-only 200", userTrue, alpha, true, kSrcUserTrue),
        delegated("user true, org off: delegated 200", userTrue, alpha, alphaPw, true, kSrcUserTrue),
        appOnly("user unset, org off: app-only 403", userTrue, beta, false, kSrcOrg),
        delegated("user unset, org off: delegated 403", userTrue, beta, betaPw, false, kSrcOrg),
        // Kiosk / F3
        appOnly(kioskIsOff ? "kiosk only (after 1 Jul 2026): app-only 403"
                           : "kiosk only (before 1 Jul 2026): app-only 200",
                kiosk, QStringLiteral("kiosk.only@contoso.com"), !kioskIsOff, kSrcKiosk),
        delegated(kioskIsOff ? "kiosk only (after 1 Jul 2026): delegated 403"
                             : "kiosk only (before 1 Jul 2026): delegated 200",
                  kiosk, QStringLiteral("kiosk.only@contoso.com"), QStringLiteral("KioskOnly-Blind-2026!"),
                  !kioskIsOff, kSrcKiosk),
        appOnly(kioskIsOff ? "kiosk + foundation (after 1 Jul 2026): app-only 403"
                           : "kiosk + foundation (before 1 Jul 2026): app-only 200",
                kiosk, QStringLiteral("kiosk.foundation@contoso.com"), !kioskIsOff,
                "scenarios.md Kiosk/F3 rule; facts §1.6: EXCHANGE_S_FOUNDATION is not a mailbox plan"),
        appOnly("kiosk + Plan 1: app-only 200", kiosk, QStringLiteral("kiosk.plus@contoso.com"), true,
                kSrcKiosk),
        delegated("kiosk + Plan 1: delegated 200", kiosk, QStringLiteral("kiosk.plus@contoso.com"),
                  QStringLiteral("KioskPlus-Blind-2026!"), true, kSrcKiosk),
        appOnly("Plan 1 only: app-only 200", kiosk, QStringLiteral("plan1.user@contoso.com"), true,
                kSrcKiosk),
    };
    return out;
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest::Y2026
