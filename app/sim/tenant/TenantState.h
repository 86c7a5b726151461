#pragma once

#include "core/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

// The state of the simulated tenant (scenarios.md "authdoctor.tenant"); schema,
// defaults and the healthy tenant are documented in README.md next to this file.
namespace AuthDoctor::Sim::Tenant {

using AuthDoctor::Cloud; // core/Vocabulary.h
enum class Mfa
{
    None,
    Enforced,
    RegistrationRequired
};
enum class Mailbox
{
    Cloud,
    OnPrem,
    None,
    Provisioning
};
enum class Resource
{
    None,
    Exchange,
    Graph,
    SharePoint
};

struct User
{
    QString upn;
    QString password;
    bool enabled = true;
    bool locked = false;
    bool passwordExpired = false;
    Mfa mfa = Mfa::None;
    bool federated = false;
    QDateTime created;                       // absolute (UTC) unless createdRelativeMs is set
    std::optional<qint64> createdRelativeMs; // "-PT2H": this many ms before "now"
    QStringList licenses;                    // service-plan names
    Mailbox mailbox = Mailbox::Cloud;
    bool oneDrive = true;
    QStringList roles;
    bool syncFromOnPrem = false;
    std::optional<bool> ewsEnabled; // Set-CASMailbox -EwsEnabled; nullopt = not set (the tenant decides)
    QString displayName;

    QString localPart() const;
    QString domain() const;
    bool hasRole(const QString &role) const;
    bool hasExchangePlan() const;   // EXCHANGE_S_STANDARD/ENTERPRISE/DESKLESS/ESSENTIALS (not FOUNDATION)
    bool hasSharePointPlan() const; // SHAREPOINTSTANDARD/ENTERPRISE
    bool isKioskOnly() const;       // EXCHANGE_S_DESKLESS without EXCHANGE_S_STANDARD/_ENTERPRISE (Kiosk, F3)
    // Roles: no admin role grants mailbox access or impersonation (facts §9.8); only the
    // explicit "FullAccess" and "ApplicationImpersonation" entries do.
    bool hasFullAccess() const;        // FullAccess on every mailbox of its organisation
    bool mayImpersonateOnPrem() const; // ApplicationImpersonation (Exchange Server only)
    QDateTime createdAt(qint64 nowMs) const;
};

struct App
{
    QString clientId;
    QString name;
    bool enabled = true;
    bool publicClient = false;
    bool consented = true;
    std::optional<QString> secret;
    QStringList delegated; // as written: "Name" or "resource:Name"
    QStringList application;

    QStringList delegatedFor(Resource r) const; // bare names for that resource
    QStringList applicationFor(Resource r) const;
};

struct OnPrem
{
    QString host = QStringLiteral("mail.fabrikam.com");
    QString version = QStringLiteral("15.2.1544.4");
    QStringList authMethods{QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic")};
    bool extendedProtection = false;
    bool databaseOnline = true;
    int latencyMs = 0;

    QString domain() const;        // host without its first label: fabrikam.com
    QString netbiosDomain() const; // first label of domain(), upper case: FABRIKAM
    QString serverName() const;    // EXCH01
    QString autodiscoverHost() const;
    bool offers(const QString &method) const; // case-insensitive
};

struct TenantState
{
    QString displayName = QStringLiteral("Contoso");
    QUuid tenantId;
    QString initialDomain = QStringLiteral("contoso.onmicrosoft.com");
    QStringList verifiedDomains;
    QString sharePointName = QStringLiteral("contoso");
    Cloud cloud = Cloud::Commercial;
    bool securityDefaults = false;
    // Set-OrganizationConfig -EwsEnabled: true, false, or nullopt (not set: off from
    // 1 October 2026 by the simulator's clock, facts §5.4).
    std::optional<bool> ewsEnabled = true;
    std::optional<QStringList> ewsAllowedAppIds; // -EwsAllowedAppIDs; nullopt = no allow list
    bool basicAuth = false;
    QStringList conditionalAccess;
    int latencyMs = 0;
    int throttle = 0;
    QList<User> users;
    QList<App> apps;
    std::optional<OnPrem> onPrem;

    static TenantState healthy();
    static QStringList healthyLicenses();
    // Defaults of a user added by a scenario (cloud or on-prem account, by its domain).
    User newUser(const QString &upn) const;
    App newApp(const QString &clientId) const;

    bool isTenantDomain(const QString &domain) const;
    bool isTenantRef(const QString &guidOrDomain) const; // tenant id or verified domain
    bool isEntraUser(const User &u) const;               // a directory user of this tenant
    bool isOnPremAccount(const User &u) const;           // exists in the on-prem AD
    QUuid userId(const User &u) const;
    QUuid servicePrincipalId(const App &a) const;

    // A user by UPN or by one of its mail addresses (local@initial, local@tenant.mail.onmicrosoft.com).
    const User *findUser(const QString &address) const;
    const User *findUserById(const QString &id) const;
    const User *findEntraUser(const QString &upnOrId) const;
    const User *findOnPremAccount(const QString &user, const QString &domain) const; // NTLM/Basic forms
    const App *findApp(const QString &clientId) const;
    bool anyExchangePlan() const;
    bool anySharePointPlan() const;
    bool blockedByConditionalAccess(const User &u) const;
    // Federation is a property of the domain: a domain is federated when one of its
    // directory users is marked `federated` (scenarios.md).
    bool isFederatedDomain(const QString &domain) const;
    bool isFederated(const User &u) const; // a directory user of a federated domain
    QString mailOnMicrosoftDomain() const; // contoso.mail.onmicrosoft.com
};

// What a server remembers about one client TCP connection (SimRequest::connectionId):
// NTLM authenticates the connection, not the request (facts §9.9).
struct ConnectionState
{
    std::optional<quint64> ntlmChallenge; // MsvAvTimestamp of the Type-2 sent on it, awaiting a Type-3
    QString authenticatedUpn;             // the account an NTLM/Negotiate logon on it authenticated
};

Resource resourceOfPermission(const QString &written, QString *bareName);
bool isExchangePlan(const QString &plan);
bool isSharePointPlan(const QString &plan);

} // namespace AuthDoctor::Sim::Tenant
