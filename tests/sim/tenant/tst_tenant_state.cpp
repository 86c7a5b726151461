// The tenant model's state: bases, the healthy tenant, overrides and their errors.
#include "TenantTestSupport.h"

#include <QtTest>

using namespace TenantTest;
using AuthDoctor::Sim::Tenant::Mailbox;
using AuthDoctor::Sim::Tenant::Mfa;

namespace {
const QString kUser = QStringLiteral("user1@contoso.com");
}

class TstTenantState : public QObject
{
    Q_OBJECT

private slots:
    void bases();
    void emptyWorldAnswersNothing();
    void healthyTenant();
    void overridesChangeFieldByField();
    void addedUsersTakeDefaults();
    void createdRelative();
    void onPremOverrides();
    void errors_data();
    void errors();
    void errorLeavesModelUnchanged();
    void secretsNeverInErrors();
};

void TstTenantState::bases()
{
    QString error;
    QVERIFY(TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error));
    QVERIFY(!TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error)->isEmptyWorld());
    QVERIFY(TenantModel::fromBase(QStringLiteral("none"), &error)->isEmptyWorld());
    QVERIFY(!TenantModel::fromBase(QStringLiteral("contoso"), &error));
    QVERIFY(error.contains(QStringLiteral("contoso")));
}

void TstTenantState::emptyWorldAnswersNothing()
{
    QString error;
    auto m = TenantModel::fromBase(QStringLiteral("none"), &error);
    QVERIFY(m);
    QVERIFY(m->applyOverrides(QJsonDocument::fromJson(R"({"security_defaults": true})").object(),
                              QStringLiteral("$.authdoctor.tenant"), &error));
    const QStringList urls{
        QStringLiteral("https://login.microsoftonline.com/contoso.com/.well-known/openid-configuration"),
        QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx"),
        QStringLiteral("https://graph.microsoft.com/v1.0/users/user1@contoso.com"),
        QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx")};
    for (const QString &u : urls)
        QVERIFY2(!m->handle(request("GET", u)), qPrintable(u));
    QVERIFY(!m->handle(
        request("POST", QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"), {},
                "grant_type=password")));
}

void TstTenantState::healthyTenant()
{
    auto m = makeModel();
    QVERIFY(m);
    const auto &t = m->state();
    QCOMPARE(t.tenantId.toString(QUuid::WithoutBraces), kTenantId);
    QCOMPARE(t.verifiedDomains,
             (QStringList{QStringLiteral("contoso.com"), QStringLiteral("contoso.onmicrosoft.com")}));
    QCOMPARE(t.users.size(), 7);
    const auto *admin = t.findUser(QStringLiteral("admin@contoso.com"));
    QVERIFY(admin);
    QCOMPARE(admin->password, QStringLiteral("Contoso-Admin-2026!"));
    QVERIFY(admin->hasRole(QStringLiteral("Global Administrator")));
    // Mailbox access is explicit (facts §9.8): the migration accounts hold FullAccess, the on-prem
    // admin also ApplicationImpersonation; the admin roles alone would give neither.
    QVERIFY(admin->hasFullAccess());
    QVERIFY(t.findUser(QStringLiteral("migration@contoso.com"))->hasFullAccess());
    QVERIFY(!t.findUser(QStringLiteral("user1@contoso.com"))->hasFullAccess());
    QVERIFY(admin->licenses.contains(QStringLiteral("EXCHANGE_S_ENTERPRISE")));
    QVERIFY(admin->licenses.contains(QStringLiteral("SHAREPOINTENTERPRISE")));
    QVERIFY(admin->licenses.contains(QStringLiteral("EXCHANGE_S_FOUNDATION")));
    QCOMPARE(admin->mailbox, Mailbox::Cloud);
    QCOMPARE(admin->created, QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC));
    const auto *fab = t.findUser(QStringLiteral("admin@fabrikam.com"));
    QVERIFY(fab);
    QCOMPARE(fab->mailbox, Mailbox::OnPrem);
    QVERIFY(fab->licenses.isEmpty());
    QVERIFY(!t.isEntraUser(*fab));
    QVERIFY(t.isOnPremAccount(*fab));
    QVERIFY(fab->hasFullAccess() && fab->mayImpersonateOnPrem());
    QVERIFY(!fab->ewsEnabled.has_value());
    QVERIFY(!t.isFederatedDomain(QStringLiteral("contoso.com")));
    QCOMPARE(t.findOnPremAccount(QStringLiteral("admin"), QStringLiteral("FABRIKAM")), fab);
    QCOMPARE(t.findOnPremAccount(QStringLiteral("admin@fabrikam.com"), QString()), fab);
    QCOMPARE(t.userId(*admin).toString(QUuid::WithoutBraces),
             QStringLiteral("0bc6b198-813a-5b12-8ef5-15a9b804107f"));
    const auto *app = t.findApp(kAppOnlyApp);
    QVERIFY(app && app->secret);
    QCOMPARE(*app->secret, kAppOnlySecret);
    QVERIFY(!app->publicClient);
    QVERIFY(t.findApp(kDelegatedApp)->publicClient);
    QVERIFY(t.onPrem);
    QCOMPARE(t.onPrem->host, QStringLiteral("mail.fabrikam.com"));
    QCOMPARE(t.onPrem->version, QStringLiteral("15.2.1544.4"));
    QCOMPARE(t.onPrem->netbiosDomain(), QStringLiteral("FABRIKAM"));
    QVERIFY(!t.securityDefaults && !t.basicAuth && t.throttle == 0 && t.latencyMs == 0);
    QCOMPARE(t.ewsEnabled, std::optional<bool>(true)); // set explicitly: the 2026 default does not apply
    QVERIFY(!t.ewsAllowedAppIds.has_value());
}

void TstTenantState::overridesChangeFieldByField()
{
    auto m = makeModel(R"({"users":[{"upn":"USER1@contoso.com","mfa":"enforced","locked":true}],
                           "apps":[{"client_id":"9E8D7C6B-5A49-4382-8170-6F5E4D3C2B1A","consented":false}],
                           "security_defaults":true,"ews_enabled":false,"basic_auth":true,"cloud":"gcc",
                           "conditional_access":["user2@contoso.com"],"latency_ms":250,"throttle":5,
                           "tenant_id":"11111111-2222-4333-8444-555555555555"})");
    QVERIFY(m);
    const auto &t = m->state();
    QCOMPARE(t.users.size(), 7);
    const auto *u = t.findUser(QStringLiteral("user1@contoso.com"));
    QCOMPARE(u->mfa, Mfa::Enforced);
    QVERIFY(u->locked);
    QCOMPARE(u->password, QStringLiteral("User1-Contoso-2026!")); // untouched fields keep their value
    const auto *app = t.findApp(kAppOnlyApp);
    QVERIFY(!app->consented);
    QVERIFY(app->secret);
    QCOMPARE(t.apps.size(), 2);
    QVERIFY(t.securityDefaults && t.basicAuth);
    QCOMPARE(t.ewsEnabled, std::optional<bool>(false));
    QCOMPARE(t.cloud, AuthDoctor::Sim::Tenant::Cloud::Gcc);
    QCOMPARE(t.conditionalAccess, QStringList{QStringLiteral("user2@contoso.com")});
    QCOMPARE(t.latencyMs, 250);
    QCOMPARE(t.throttle, 5);
    QCOMPARE(t.tenantId, QUuid(QStringLiteral("11111111-2222-4333-8444-555555555555")));
}

void TstTenantState::addedUsersTakeDefaults()
{
    auto m = makeModel(
        R"({"users":[{"upn":"new@contoso.com"},{"upn":"svc@fabrikam.com","roles":["ApplicationImpersonation"]}],
                           "apps":[{"client_id":"aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee","delegated":["sharepoint:AllSites.Read"]}]})");
    QVERIFY(m);
    const auto &t = m->state();
    const auto *cloud = t.findUser(QStringLiteral("new@contoso.com"));
    QVERIFY(cloud);
    QCOMPARE(cloud->mailbox, Mailbox::Cloud);
    QVERIFY(cloud->oneDrive);
    QVERIFY(cloud->enabled);
    QVERIFY(cloud->hasExchangePlan());
    QCOMPARE(cloud->licenses, AuthDoctor::Sim::Tenant::TenantState::healthyLicenses());
    const auto *onprem = t.findUser(QStringLiteral("svc@fabrikam.com"));
    QCOMPARE(onprem->mailbox, Mailbox::OnPrem);
    QVERIFY(onprem->licenses.isEmpty());
    QVERIFY(onprem->mayImpersonateOnPrem());
    const auto *app = t.findApp(QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));
    QVERIFY(app);
    QVERIFY(app->enabled && app->consented && !app->publicClient && !app->secret);
    QCOMPARE(app->delegatedFor(AuthDoctor::Sim::Tenant::Resource::SharePoint),
             QStringList{QStringLiteral("AllSites.Read")});
    QVERIFY(app->delegatedFor(AuthDoctor::Sim::Tenant::Resource::Graph).isEmpty());
}

void TstTenantState::createdRelative()
{
    auto m = makeModel(R"({"users":[{"upn":"user3@contoso.com","created":"-PT2H"},
                                    {"upn":"user2@contoso.com","created":"2025-12-31T20:15:00+01:00"}]})");
    QVERIFY(m);
    const auto *u3 = m->state().findUser(QStringLiteral("user3@contoso.com"));
    QCOMPARE(u3->createdAt(kNow).toMSecsSinceEpoch(), kNow - 2 * 3600 * 1000);
    const auto *u2 = m->state().findUser(QStringLiteral("user2@contoso.com"));
    QCOMPARE(u2->createdAt(kNow), QDateTime(QDate(2025, 12, 31), QTime(19, 15), Qt::UTC));
    auto dateOnly = makeModel(R"({"users":[{"upn":"user1@contoso.com","created":"2025-06-30"}]})");
    QVERIFY(dateOnly);
    QCOMPARE(dateOnly->state().findUser(kUser)->createdAt(kNow),
             QDateTime(QDate(2025, 6, 30), QTime(0, 0), Qt::UTC));
    QString error;
    auto bad = TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error);
    QVERIFY(!bad->applyOverrides(
        QJsonDocument::fromJson(R"({"users":[{"upn":"user1@contoso.com","created":"2025-02-30"}]})").object(),
        QStringLiteral("$.authdoctor.tenant"), &error));
    QVERIFY(!bad->applyOverrides(
        QJsonDocument::fromJson(R"({"users":[{"upn":"user1@contoso.com","created":"PT2H"}]})").object(),
        QStringLiteral("$.authdoctor.tenant"), &error));
}

void TstTenantState::onPremOverrides()
{
    auto m =
        makeModel(R"({"on_prem":{"host":"exch.example.org","version":"15.1.2507.6","auth_methods":["Basic"],
                                      "extended_protection":true,"database_online":false,"latency_ms":900}})");
    QVERIFY(m);
    const auto &op = *m->state().onPrem;
    QCOMPARE(op.host, QStringLiteral("exch.example.org"));
    QCOMPARE(op.domain(), QStringLiteral("example.org"));
    QCOMPARE(op.authMethods, QStringList{QStringLiteral("Basic")});
    QVERIFY(op.extendedProtection && !op.databaseOnline);
    QCOMPARE(op.latencyMs, 900);
    auto none = makeModel(R"({"on_prem": null})");
    QVERIFY(none && !none->state().onPrem);
    QVERIFY(!none->handle(request("POST", QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"))));
}

void TstTenantState::errors_data()
{
    QTest::addColumn<QByteArray>("tenant");
    QTest::addColumn<QString>("expected");
    const QString p = QStringLiteral("$.authdoctor.tenant");
    QTest::newRow("unknown tenant key")
        << QByteArray(R"({"colour":"blue"})")
        << p + QStringLiteral(".colour: unknown key (expected one of \"tenant_id\"");
    QTest::newRow("bad mfa enum")
        << QByteArray(
               R"({"users":[{"upn":"a@contoso.com"},{"upn":"b@contoso.com"},{"upn":"user1@contoso.com","mfa":"yes"}]})")
        << p + QStringLiteral(".users[2].mfa: expected one of \"none\", \"enforced\", "
                              "\"registration-required\", got \"yes\"");
    QTest::newRow("unknown user key")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","colour":1}]})")
        << p + QStringLiteral(".users[0].colour: unknown key (expected one of \"upn\"");
    QTest::newRow("missing upn") << QByteArray(R"({"users":[{"enabled":false}]})")
                                 << p + QStringLiteral(".users[0]: missing required key \"upn\"");
    QTest::newRow("bad upn")
        << QByteArray(R"({"users":[{"upn":"user1"}]})")
        << p + QStringLiteral(".users[0].upn: expected a user principal name (name@domain), got \"user1\"");
    QTest::newRow("enabled wrong type")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","enabled":"no"}]})")
        << p + QStringLiteral(".users[0].enabled: expected a boolean, got \"no\"");
    QTest::newRow("mailbox enum")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"exchange"}]})")
        << p + QStringLiteral(".users[0].mailbox: expected one of \"cloud\", \"on-prem\", \"none\", "
                              "\"provisioning\", got \"exchange\"");
    QTest::newRow("onedrive enum")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","onedrive":true}]})")
        << p + QStringLiteral(".users[0].onedrive: expected one of \"provisioned\", \"none\", got true");
    QTest::newRow("created") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","created":"yesterday"}]})")
                             << p + QStringLiteral(".users[0].created: expected an ISO 8601 date-time");
    QTest::newRow("created: duration too long for a 64-bit number of milliseconds")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","created":"-P24172766353668180DT1M"}]})")
        << p + QStringLiteral(".users[0].created: expected an ISO 8601 date-time");
    QTest::newRow("licence name")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","licenses":["E3", "e5"]}]})")
        << p + QStringLiteral(".users[0].licenses[1]: expected a service-plan name");
    QTest::newRow("roles type") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","roles":"admin"}]})")
                                << p + QStringLiteral(
                                           ".users[0].roles: expected an array of strings, got \"admin\"");
    QTest::newRow("users not array") << QByteArray(R"({"users":{"upn":"x@contoso.com"}})")
                                     << p + QStringLiteral(
                                                ".users: expected an array of objects, got an object");
    QTest::newRow("client_id guid") << QByteArray(R"({"apps":[{"client_id":"migrationwiz"}]})")
                                    << p + QStringLiteral(
                                               ".apps[0].client_id: expected a GUID, got \"migrationwiz\"");
    QTest::newRow("app unknown key")
        << QByteArray(R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","redirect_uri":"x"}]})")
        << p + QStringLiteral(".apps[0].redirect_uri: unknown key");
    QTest::newRow("permission prefix")
        << QByteArray(
               R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","delegated":["azure:Foo"]}]})")
        << p + QStringLiteral(".apps[0].delegated[0]: expected a permission name");
    QTest::newRow("cloud enum")
        << QByteArray(R"({"cloud":"gov"})")
        << p + QStringLiteral(".cloud: expected one of \"commercial\", \"gcc\", \"gcc-high\", \"dod\", "
                              "\"china\", got \"gov\"");
    QTest::newRow("latency negative")
        << QByteArray(R"({"latency_ms":-5})")
        << p + QStringLiteral(".latency_ms: expected an integer from 0 to 120000, got -5");
    QTest::newRow("throttle fraction")
        << QByteArray(R"({"throttle":2.5})")
        << p + QStringLiteral(".throttle: expected an integer from 0 to 1000000, got 2.5");
    QTest::newRow("conditional access unknown user")
        << QByteArray(R"({"conditional_access":["nobody@contoso.com"]})")
        << p + QStringLiteral(".conditional_access[0]: no user with upn");
    QTest::newRow("on_prem key") << QByteArray(R"({"on_prem":{"hostname":"x"}})")
                                 << p + QStringLiteral(".on_prem.hostname: unknown key");
    QTest::newRow("auth method")
        << QByteArray(R"({"on_prem":{"auth_methods":["NTLM","Kerberos"]}})")
        << p + QStringLiteral(".on_prem.auth_methods[1]: expected one of \"Negotiate\", \"NTLM\", "
                              "\"Basic\", \"OAuth\", got \"Kerberos\"");
    QTest::newRow("version") << QByteArray(R"({"on_prem":{"version":"2019 CU14"}})")
                             << p + QStringLiteral(".on_prem.version: expected a build number");
    QTest::newRow("tenant_id") << QByteArray(R"({"tenant_id":42})")
                               << p + QStringLiteral(".tenant_id: expected a string, got 42");
    QTest::newRow("ews_enabled string")
        << QByteArray(R"({"ews_enabled":"off"})")
        << p + QStringLiteral(".ews_enabled: expected a boolean or null, got \"off\"");
    QTest::newRow("ews_allowed_app_ids not a list")
        << QByteArray(R"({"ews_allowed_app_ids":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"})")
        << p + QStringLiteral(".ews_allowed_app_ids: expected an array of strings");
    QTest::newRow("ews_allowed_app_ids not a guid")
        << QByteArray(R"({"ews_allowed_app_ids":["MigrationWiz"]})")
        << p + QStringLiteral(
                   ".ews_allowed_app_ids[0]: expected an application (client) id GUID, got \"MigrationWiz\"");
    QTest::newRow("user ews_enabled number")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","ews_enabled":1}]})")
        << p + QStringLiteral(".users[0].ews_enabled: expected a boolean or null, got 1");
}

void TstTenantState::errors()
{
    QFETCH(QByteArray, tenant);
    QFETCH(QString, expected);
    QString error;
    auto m = TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error);
    QVERIFY(m);
    const QJsonObject o = QJsonDocument::fromJson(tenant).object();
    QVERIFY(!o.isEmpty());
    QVERIFY(!m->applyOverrides(o, QStringLiteral("$.authdoctor.tenant"), &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TstTenantState::errorLeavesModelUnchanged()
{
    auto m = makeModel();
    QString error;
    QVERIFY(!m->applyOverrides(
        QJsonDocument::fromJson(R"({"security_defaults":true,"users":[{"upn":"user1@contoso.com",
                                   "enabled":false},{"upn":"user2@contoso.com","mfa":"sometimes"}]})")
            .object(),
        QStringLiteral("$.authdoctor.tenant"), &error));
    QVERIFY(!m->state().securityDefaults);
    QVERIFY(m->state().findUser(QStringLiteral("user1@contoso.com"))->enabled);
}

void TstTenantState::secretsNeverInErrors()
{
    auto m = makeModel();
    QString error;
    QVERIFY(!m->applyOverrides(
        QJsonDocument::fromJson(R"({"users":[{"upn":"user1@contoso.com","password":987654321}]})").object(),
        QStringLiteral("$.authdoctor.tenant"), &error));
    QVERIFY(error.contains(QStringLiteral("users[0].password")));
    QVERIFY(!error.contains(QStringLiteral("987654321")));
    QVERIFY(!m->applyOverrides(
        QJsonDocument::fromJson(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a",
                                   "secret":["hunter2-secret"]}]})")
            .object(),
        QStringLiteral("$.authdoctor.tenant"), &error));
    QVERIFY(error.contains(QStringLiteral("apps[0].secret")));
    QVERIFY(!error.contains(QStringLiteral("hunter2")));
}

QTEST_GUILESS_MAIN(TstTenantState)
#include "tst_tenant_state.moc"
