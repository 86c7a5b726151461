#pragma once

#include <QStringList>

// The 36 finding ids of ../shared/spec/findings.md, in its order, written out here on purpose:
// tests check the product against the contract, not against the catalog it may be built with.
// Shared by every test (tests/common is on each test's include path).
namespace AuthDoctorTest {

inline const QStringList &knownFindingIds()
{
    static const QStringList ids = {
        QStringLiteral("wrong-password"),
        QStringLiteral("wrong-username"),
        QStringLiteral("tenant-not-found"),
        QStringLiteral("wrong-cloud"),
        QStringLiteral("federated-sign-in"),
        QStringLiteral("mfa-required"),
        QStringLiteral("password-expired"),
        QStringLiteral("account-picker"),
        QStringLiteral("security-defaults"),
        QStringLiteral("conditional-access-blocked"),
        QStringLiteral("account-locked"),
        QStringLiteral("account-disabled"),
        QStringLiteral("modern-auth-not-configured"),
        QStringLiteral("consent-missing"),
        QStringLiteral("client-secret-invalid"),
        QStringLiteral("basic-auth-disabled"),
        QStringLiteral("impersonation-denied"),
        QStringLiteral("insufficient-permission"),
        QStringLiteral("mailbox-not-found"),
        QStringLiteral("new-account-not-ready"),
        QStringLiteral("mailbox-not-instantiated"),
        QStringLiteral("database-not-found"),
        QStringLiteral("onedrive-not-provisioned"),
        QStringLiteral("onedrive-not-licensed"),
        QStringLiteral("sharepoint-app-only-secret"),
        QStringLiteral("ews-disabled"),
        QStringLiteral("throttled"),
        QStringLiteral("server-overutilized"),
        QStringLiteral("ews-url-wrong"),
        QStringLiteral("autodiscover-failed"),
        QStringLiteral("network-unreachable"),
        QStringLiteral("tls-problem"),
        QStringLiteral("extended-protection"),
        QStringLiteral("unsafe-redirect-blocked"),
        QStringLiteral("credentials-ok"),
        QStringLiteral("unrecognized-error"),
    };
    return ids;
}

} // namespace AuthDoctorTest
