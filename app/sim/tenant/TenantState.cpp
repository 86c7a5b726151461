#include "TenantState.h"

namespace AuthDoctor::Sim::Tenant {

namespace {

const QStringList kExchangePlans{
    QStringLiteral("EXCHANGE_S_STANDARD"), QStringLiteral("EXCHANGE_S_ENTERPRISE"),
    QStringLiteral("EXCHANGE_S_DESKLESS"), QStringLiteral("EXCHANGE_S_ESSENTIALS")};
const QStringList kSharePointPlans{QStringLiteral("SHAREPOINTSTANDARD"),
                                   QStringLiteral("SHAREPOINTENTERPRISE")};

const QStringList kExchangeNames{QStringLiteral("EWS.AccessAsUser.All"), QStringLiteral("full_access_as_app"),
                                 QStringLiteral("Exchange.Manage"), QStringLiteral("Exchange.ManageAsApp")};
const QStringList kSharePointNames{QStringLiteral("AllSites.Read"),   QStringLiteral("AllSites.Write"),
                                   QStringLiteral("AllSites.Manage"), QStringLiteral("AllSites.FullControl"),
                                   QStringLiteral("MyFiles.Read"),    QStringLiteral("MyFiles.Write")};

User makeUser(const QString &upn, const QString &password, const QString &displayName,
              const QStringList &roles)
{
    User u;
    u.upn = upn;
    u.password = password;
    u.displayName = displayName;
    u.roles = roles;
    u.created = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
    u.licenses = TenantState::healthyLicenses();
    return u;
}

User makeOnPremUser(const QString &upn, const QString &password, const QString &displayName,
                    const QStringList &roles)
{
    User u = makeUser(upn, password, displayName, roles);
    u.licenses.clear();
    u.mailbox = Mailbox::OnPrem;
    u.oneDrive = false;
    return u;
}

QStringList forResource(const QStringList &written, Resource r)
{
    QStringList out;
    for (const QString &w : written) {
        QString bare;
        if (resourceOfPermission(w, &bare) == r && !out.contains(bare, Qt::CaseInsensitive))
            out << bare;
    }
    return out;
}

} // namespace

QString User::localPart() const
{
    const qsizetype at = upn.indexOf(QLatin1Char('@'));
    return at < 0 ? upn : upn.left(at);
}

QString User::domain() const
{
    const qsizetype at = upn.indexOf(QLatin1Char('@'));
    return at < 0 ? QString() : upn.mid(at + 1).toLower();
}

bool User::hasRole(const QString &role) const
{
    return roles.contains(role, Qt::CaseInsensitive);
}

bool User::hasExchangePlan() const
{
    for (const QString &l : licenses)
        if (isExchangePlan(l))
            return true;
    return false;
}

bool User::hasSharePointPlan() const
{
    for (const QString &l : licenses)
        if (isSharePointPlan(l))
            return true;
    return false;
}

bool User::isKioskOnly() const
{
    const auto has = [this](const char *plan) {
        return licenses.contains(QLatin1String(plan), Qt::CaseInsensitive);
    };
    return has("EXCHANGE_S_DESKLESS") && !has("EXCHANGE_S_STANDARD") && !has("EXCHANGE_S_ENTERPRISE");
}

bool User::hasFullAccess() const
{
    return hasRole(QStringLiteral("FullAccess"));
}

bool User::mayImpersonateOnPrem() const
{
    return hasRole(QStringLiteral("ApplicationImpersonation"));
}

QDateTime User::createdAt(qint64 nowMs) const
{
    if (createdRelativeMs)
        return QDateTime::fromMSecsSinceEpoch(nowMs - *createdRelativeMs, Qt::UTC);
    return created.toUTC();
}

QStringList App::delegatedFor(Resource r) const
{
    return forResource(delegated, r);
}

QStringList App::applicationFor(Resource r) const
{
    return forResource(application, r);
}

QString OnPrem::domain() const
{
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    return dot < 0 ? host.toLower() : host.mid(dot + 1).toLower();
}

QString OnPrem::netbiosDomain() const
{
    const QString d = domain();
    const qsizetype dot = d.indexOf(QLatin1Char('.'));
    return (dot < 0 ? d : d.left(dot)).toUpper().left(15);
}

QString OnPrem::serverName() const
{
    return QStringLiteral("EXCH01");
}

QString OnPrem::autodiscoverHost() const
{
    return QStringLiteral("autodiscover.") + domain();
}

bool OnPrem::offers(const QString &method) const
{
    return authMethods.contains(method, Qt::CaseInsensitive);
}

QStringList TenantState::healthyLicenses()
{
    return {QStringLiteral("EXCHANGE_S_ENTERPRISE"), QStringLiteral("SHAREPOINTENTERPRISE"),
            QStringLiteral("SHAREPOINTWAC"),         QStringLiteral("OFFICESUBSCRIPTION"),
            QStringLiteral("MCOSTANDARD"),           QStringLiteral("TEAMS1"),
            QStringLiteral("EXCHANGE_S_FOUNDATION")};
}

TenantState TenantState::healthy()
{
    TenantState t;
    t.tenantId = QUuid(QStringLiteral("6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19"));
    t.verifiedDomains = {QStringLiteral("contoso.com"), QStringLiteral("contoso.onmicrosoft.com")};
    t.users = {
        makeUser(QStringLiteral("admin@contoso.com"), QStringLiteral("Contoso-Admin-2026!"),
                 QStringLiteral("Contoso Administrator"),
                 {QStringLiteral("Global Administrator"), QStringLiteral("FullAccess")}),
        makeUser(QStringLiteral("migration@contoso.com"), QStringLiteral("Migrate-Contoso-2026!"),
                 QStringLiteral("Migration Service Account"),
                 {QStringLiteral("Exchange Administrator"), QStringLiteral("FullAccess")}),
        makeUser(QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                 QStringLiteral("User One"), {}),
        makeUser(QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!"),
                 QStringLiteral("User Two"), {}),
        makeUser(QStringLiteral("user3@contoso.com"), QStringLiteral("User3-Contoso-2026!"),
                 QStringLiteral("User Three"), {}),
        makeOnPremUser(QStringLiteral("admin@fabrikam.com"), QStringLiteral("Fabrikam-Admin-2026!"),
                       QStringLiteral("Fabrikam Administrator"),
                       {QStringLiteral("Organization Management"), QStringLiteral("FullAccess"),
                        QStringLiteral("ApplicationImpersonation")}),
        makeOnPremUser(QStringLiteral("user1@fabrikam.com"), QStringLiteral("User1-Fabrikam-2026!"),
                       QStringLiteral("Fabrikam User One"), {}),
    };

    App delegated;
    delegated.clientId = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
    delegated.name = QStringLiteral("MigrationWiz delegated");
    delegated.publicClient = true;
    delegated.delegated = {QStringLiteral("EWS.AccessAsUser.All"), QStringLiteral("User.Read")};

    App appOnly;
    appOnly.clientId = QStringLiteral("9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a");
    appOnly.name = QStringLiteral("MigrationWiz app-only");
    appOnly.secret = QStringLiteral("Cx8Q~appOnlySecretValue.Contoso-2026");
    appOnly.application = {QStringLiteral("full_access_as_app"), QStringLiteral("User.Read.All"),
                           QStringLiteral("Files.Read.All"), QStringLiteral("MailboxSettings.Read"),
                           QStringLiteral("Policy.Read.All")};
    t.apps = {delegated, appOnly};
    t.onPrem = OnPrem{};
    return t;
}

User TenantState::newUser(const QString &upn) const
{
    User u = makeUser(upn, QStringLiteral("Passw0rd-2026!"), QString(), {});
    const QString local = u.localPart();
    u.displayName = local.isEmpty() ? upn : local.left(1).toUpper() + local.mid(1);
    if (!isTenantDomain(u.domain())) {
        u.licenses.clear();
        u.mailbox = Mailbox::OnPrem;
        u.oneDrive = false;
    }
    return u;
}

App TenantState::newApp(const QString &clientId) const
{
    App a;
    a.clientId = clientId;
    a.name = QStringLiteral("App ") + clientId;
    return a;
}

bool TenantState::isTenantDomain(const QString &domain) const
{
    return verifiedDomains.contains(domain, Qt::CaseInsensitive);
}

bool TenantState::isTenantRef(const QString &guidOrDomain) const
{
    const QUuid id(guidOrDomain);
    if (!id.isNull())
        return id == tenantId;
    return isTenantDomain(guidOrDomain);
}

bool TenantState::isEntraUser(const User &u) const
{
    return isTenantDomain(u.domain());
}

bool TenantState::isOnPremAccount(const User &u) const
{
    return onPrem && (!isEntraUser(u) || u.syncFromOnPrem);
}

QUuid TenantState::userId(const User &u) const
{
    return QUuid::createUuidV5(tenantId, u.upn.toLower());
}

QUuid TenantState::servicePrincipalId(const App &a) const
{
    return QUuid::createUuidV5(tenantId, QStringLiteral("sp:") + a.clientId.toLower());
}

QString TenantState::mailOnMicrosoftDomain() const
{
    return sharePointName + QStringLiteral(".mail.onmicrosoft.com");
}

const User *TenantState::findUser(const QString &address) const
{
    const QString a = address.trimmed();
    for (const User &u : users)
        if (u.upn.compare(a, Qt::CaseInsensitive) == 0)
            return &u;
    const qsizetype at = a.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return nullptr;
    const QString local = a.left(at);
    const QString domain = a.mid(at + 1);
    if (domain.compare(initialDomain, Qt::CaseInsensitive) != 0 &&
        domain.compare(mailOnMicrosoftDomain(), Qt::CaseInsensitive) != 0)
        return nullptr;
    for (const User &u : users)
        if (isEntraUser(u) && u.localPart().compare(local, Qt::CaseInsensitive) == 0)
            return &u;
    return nullptr;
}

const User *TenantState::findUserById(const QString &id) const
{
    const QUuid wanted(id);
    if (wanted.isNull())
        return nullptr;
    for (const User &u : users)
        if (userId(u) == wanted)
            return &u;
    return nullptr;
}

const User *TenantState::findEntraUser(const QString &upnOrId) const
{
    const User *u = findUserById(upnOrId);
    if (!u)
        u = findUser(upnOrId);
    return u && isEntraUser(*u) ? u : nullptr;
}

const User *TenantState::findOnPremAccount(const QString &user, const QString &domain) const
{
    if (!onPrem)
        return nullptr;
    QString name = user;
    QString dom = domain;
    if (name.contains(QLatin1Char('@'))) {
        // UPN logon: the domain part of an NTLM message is then empty (Qt) or ignored.
        for (const User &u : users)
            if (isOnPremAccount(u) && u.upn.compare(name, Qt::CaseInsensitive) == 0)
                return &u;
        return nullptr;
    }
    const bool domainOk = dom.isEmpty() || dom.compare(onPrem->netbiosDomain(), Qt::CaseInsensitive) == 0 ||
                          dom.compare(onPrem->domain(), Qt::CaseInsensitive) == 0;
    if (!domainOk)
        return nullptr;
    // sAMAccountName = local part; accounts of the AD's own DNS domain win over synced ones.
    const User *fallback = nullptr;
    for (const User &u : users) {
        if (!isOnPremAccount(u) || u.localPart().compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (u.domain() == onPrem->domain())
            return &u;
        if (!fallback)
            fallback = &u;
    }
    return fallback;
}

const App *TenantState::findApp(const QString &clientId) const
{
    for (const App &a : apps)
        if (a.clientId.compare(clientId.trimmed(), Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

bool TenantState::anyExchangePlan() const
{
    for (const User &u : users)
        if (isEntraUser(u) && u.hasExchangePlan())
            return true;
    return false;
}

bool TenantState::anySharePointPlan() const
{
    for (const User &u : users)
        if (isEntraUser(u) && u.hasSharePointPlan())
            return true;
    return false;
}

bool TenantState::blockedByConditionalAccess(const User &u) const
{
    return conditionalAccess.contains(u.upn, Qt::CaseInsensitive);
}

bool TenantState::isFederatedDomain(const QString &domain) const
{
    if (!isTenantDomain(domain))
        return false;
    for (const User &u : users)
        if (u.federated && u.domain().compare(domain, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool TenantState::isFederated(const User &u) const
{
    return isEntraUser(u) && isFederatedDomain(u.domain());
}

Resource resourceOfPermission(const QString &written, QString *bareName)
{
    const qsizetype colon = written.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QString prefix = written.left(colon).toLower();
        if (bareName)
            *bareName = written.mid(colon + 1);
        if (prefix == QLatin1String("exchange"))
            return Resource::Exchange;
        if (prefix == QLatin1String("graph"))
            return Resource::Graph;
        if (prefix == QLatin1String("sharepoint"))
            return Resource::SharePoint;
        return Resource::None;
    }
    if (bareName)
        *bareName = written;
    if (kExchangeNames.contains(written, Qt::CaseInsensitive))
        return Resource::Exchange;
    if (kSharePointNames.contains(written, Qt::CaseInsensitive))
        return Resource::SharePoint;
    return Resource::Graph;
}

bool isExchangePlan(const QString &plan)
{
    return kExchangePlans.contains(plan, Qt::CaseInsensitive);
}

bool isSharePointPlan(const QString &plan)
{
    return kSharePointPlans.contains(plan, Qt::CaseInsensitive);
}

} // namespace AuthDoctor::Sim::Tenant
