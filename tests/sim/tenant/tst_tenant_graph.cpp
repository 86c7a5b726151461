// Microsoft Graph and the OneDrive personal site in the tenant model.
#include "TenantTestSupport.h"

#include <QtTest>

using namespace TenantTest;

namespace {

SimResponse graph(TenantModel &m, const QString &path, const QByteArray &token,
                  const QString &host = QStringLiteral("graph.microsoft.com"))
{
    HeaderList h;
    if (!token.isEmpty())
        h.append({"Authorization", "Bearer " + token});
    return m.handle(request("GET", QStringLiteral("https://%1/v1.0/%2").arg(host, path), h))
        .value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

QString errorCode(const SimResponse &r)
{
    return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QString errorMessage(const SimResponse &r)
{
    return json(r).value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

SimResponse site(TenantModel &m, const QString &path, const QByteArray &token)
{
    HeaderList h{{"Accept", "application/json"}};
    if (!token.isEmpty())
        h.append({"Authorization", "Bearer " + token});
    return m
        .handle(request("GET", QStringLiteral("https://contoso-my.sharepoint.com/personal/%1").arg(path), h))
        .value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

} // namespace

class TstTenantGraph : public QObject
{
    Q_OBJECT

private slots:
    void tokenRequired();
    void userDefaultProperties();
    void userSelect();
    void userSelectUnknownProperty();
    void userNotFound();
    void licenseDetails();
    void mailboxSettings_data();
    void mailboxSettings();
    void drive_data();
    void drive();
    void securityDefaultsPolicy();
    void permissions_data();
    void permissions();
    void delegatedMe();
    void throttled();
    void sharePointSite_data();
    void sharePointSite();
};

void TstTenantGraph::tokenRequired()
{
    auto m = makeModel();
    const SimResponse none = graph(*m, QStringLiteral("users/user1@contoso.com"), {});
    QCOMPARE(none.status, 401);
    QCOMPARE(errorCode(none), QStringLiteral("InvalidAuthenticationToken"));
    const QJsonObject inner =
        json(none).value(QStringLiteral("error")).toObject().value(QStringLiteral("innerError")).toObject();
    QVERIFY(!inner.value(QStringLiteral("request-id")).toString().isEmpty());
    QVERIFY(!inner.value(QStringLiteral("date")).toString().isEmpty());
    QCOMPARE(inner.value(QStringLiteral("request-id")).toString().toLatin1(), header(none, "request-id"));
    QVERIFY(header(none, "WWW-Authenticate").startsWith("Bearer realm=\"\""));
    // A token without dots: the JWT reader's IDX14100 (facts §9.11); other non-JWTs keep 80049217.
    const SimResponse garbage = graph(*m, QStringLiteral("users/user1@contoso.com"), "abc");
    QCOMPARE(garbage.status, 401);
    QCOMPARE(errorCode(garbage), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY2(errorMessage(garbage).startsWith(QStringLiteral(
                 "IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be "
                 "in JWS or JWE Compact Serialization Format.")),
             qPrintable(errorMessage(garbage)));
    const SimResponse dotted = graph(*m, QStringLiteral("users/user1@contoso.com"), "abc.def.ghi");
    QCOMPARE(dotted.status, 401);
    QCOMPARE(errorMessage(dotted), QStringLiteral("CompactToken parsing failed with error code: 80049217"));
    const SimResponse ews = graph(*m, QStringLiteral("users/user1@contoso.com"), appToken(*m));
    QCOMPARE(ews.status, 401);
    QCOMPARE(errorMessage(ews), QStringLiteral("Access token validation failure. Invalid audience."));
}

void TstTenantGraph::userDefaultProperties()
{
    auto m = makeModel();
    const SimResponse r = graph(*m, QStringLiteral("users/user1@contoso.com"), appToken(*m, kGraphDefault));
    QCOMPARE(r.status, 200);
    const QJsonObject o = json(r);
    const QStringList keys{QStringLiteral("@odata.context"),    QStringLiteral("businessPhones"),
                           QStringLiteral("displayName"),       QStringLiteral("givenName"),
                           QStringLiteral("jobTitle"),          QStringLiteral("mail"),
                           QStringLiteral("mobilePhone"),       QStringLiteral("officeLocation"),
                           QStringLiteral("preferredLanguage"), QStringLiteral("surname"),
                           QStringLiteral("userPrincipalName"), QStringLiteral("id")};
    QStringList sorted = keys;
    sorted.sort();
    QStringList actual = o.keys();
    actual.sort();
    QCOMPARE(actual, sorted);
    QCOMPARE(o.value(QStringLiteral("id")).toString(),
             QStringLiteral("bc6c5d55-2c1b-5541-900a-c8607ab10c16"));
    QCOMPARE(o.value(QStringLiteral("mail")).toString(), QStringLiteral("user1@contoso.com"));
    QVERIFY(!o.contains(QStringLiteral("accountEnabled")));
    QVERIFY(header(r, "Content-Type").startsWith("application/json"));
    // by object id, and the users('…') form
    QCOMPARE(
        graph(*m, QStringLiteral("users/bc6c5d55-2c1b-5541-900a-c8607ab10c16"), appToken(*m, kGraphDefault))
            .status,
        200);
    QCOMPARE(graph(*m, QStringLiteral("users('user1@contoso.com')"), appToken(*m, kGraphDefault)).status,
             200);
}

void TstTenantGraph::userSelect()
{
    auto m = makeModel(
        R"({"users":[{"upn":"user2@contoso.com","enabled":false,"created":"-PT3H","sync_from_on_prem":true,
                          "licenses":["EXCHANGE_S_STANDARD"]}]})");
    const SimResponse r =
        graph(*m,
              QStringLiteral("users/user2@contoso.com?$select=accountEnabled,createdDateTime,"
                             "onPremisesSyncEnabled,assignedPlans,userType"),
              appToken(*m, kGraphDefault));
    QCOMPARE(r.status, 200);
    const QJsonObject o = json(r);
    QCOMPARE(o.size(), 7); // @odata.context + 5 selected + id
    QVERIFY(o.contains(QStringLiteral("id")));
    QCOMPARE(o.value(QStringLiteral("accountEnabled")).toBool(true), false);
    QCOMPARE(o.value(QStringLiteral("createdDateTime")).toString(), QStringLiteral("2026-01-01T06:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("onPremisesSyncEnabled")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("userType")).toString(), QStringLiteral("Member"));
    const QJsonArray plans = o.value(QStringLiteral("assignedPlans")).toArray();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.first().toObject().value(QStringLiteral("servicePlanId")).toString(),
             QStringLiteral("9aaf7827-d63c-4b61-89c3-182f06f82e5c"));
    QCOMPARE(plans.first().toObject().value(QStringLiteral("service")).toString(),
             QStringLiteral("exchange"));
    QVERIFY(o.value(QStringLiteral("@odata.context"))
                .toString()
                .contains(QStringLiteral("users(accountEnabled,")));
    const SimResponse created = graph(*m, QStringLiteral("users/user1@contoso.com?$select=createdDateTime"),
                                      appToken(*m, kGraphDefault));
    QCOMPARE(json(created).value(QStringLiteral("createdDateTime")).toString(),
             QStringLiteral("2024-01-15T09:00:00Z"));
    // QUrlQuery encodes '$' as %24; the model reads the decoded name.
    const SimResponse encoded = graph(*m, QStringLiteral("users/user2@contoso.com?%24select=accountEnabled"),
                                      appToken(*m, kGraphDefault));
    QCOMPARE(json(encoded).size(), 3);
    QCOMPARE(json(encoded).value(QStringLiteral("accountEnabled")).toBool(true), false);
}

void TstTenantGraph::userSelectUnknownProperty()
{
    auto m = makeModel();
    const SimResponse r =
        graph(*m, QStringLiteral("users/user1@contoso.com?$select=id,shoeSize"), appToken(*m, kGraphDefault));
    QCOMPARE(r.status, 400);
    QVERIFY(errorMessage(r).contains(QStringLiteral("'shoeSize'")));
}

void TstTenantGraph::userNotFound()
{
    auto m = makeModel();
    const SimResponse r = graph(*m, QStringLiteral("users/admin@fabrikam.com"), appToken(*m, kGraphDefault));
    QCOMPARE(r.status, 404);
    QCOMPARE(errorCode(r), QStringLiteral("Request_ResourceNotFound"));
}

void TstTenantGraph::licenseDetails()
{
    auto m = makeModel(R"({"users":[{"upn":"user3@contoso.com","mailbox":"provisioning"}]})");
    const QByteArray token = appToken(*m, kGraphDefault);
    const SimResponse r = graph(*m, QStringLiteral("users/user1@contoso.com/licenseDetails"), token);
    QCOMPARE(r.status, 200);
    const QJsonArray value = json(r).value(QStringLiteral("value")).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject sku = value.first().toObject();
    QCOMPARE(sku.value(QStringLiteral("skuPartNumber")).toString(), QStringLiteral("SPE_E3"));
    QCOMPARE(sku.value(QStringLiteral("skuId")).toString(),
             QStringLiteral("05e9a617-0261-4cee-bb44-138d3ef5d965"));
    bool foundation = false;
    for (const QJsonValue &p : sku.value(QStringLiteral("servicePlans")).toArray()) {
        const QJsonObject plan = p.toObject();
        QCOMPARE(plan.value(QStringLiteral("provisioningStatus")).toString(), QStringLiteral("Success"));
        if (plan.value(QStringLiteral("servicePlanName")).toString() ==
            QLatin1String("EXCHANGE_S_FOUNDATION")) {
            foundation = true;
            QCOMPARE(plan.value(QStringLiteral("servicePlanId")).toString(),
                     QStringLiteral("113feb6c-3fe4-4440-bddc-54d774bf0318"));
            QCOMPARE(plan.value(QStringLiteral("appliesTo")).toString(), QStringLiteral("Company"));
        }
    }
    QVERIFY(foundation);
    const SimResponse pending = graph(*m, QStringLiteral("users/user3@contoso.com/licenseDetails"), token);
    QString exchangeStatus;
    for (const QJsonValue &p : json(pending)
                                   .value(QStringLiteral("value"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("servicePlans"))
                                   .toArray())
        if (p.toObject().value(QStringLiteral("servicePlanName")).toString() ==
            QLatin1String("EXCHANGE_S_ENTERPRISE"))
            exchangeStatus = p.toObject().value(QStringLiteral("provisioningStatus")).toString();
    QCOMPARE(exchangeStatus, QStringLiteral("PendingProvisioning"));
}

void TstTenantGraph::mailboxSettings_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("cloud") << QByteArray() << 200 << QString();
    QTest::newRow("on-prem") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"on-prem"}]})")
                             << 404 << QStringLiteral("MailboxNotEnabledForRESTAPI");
    QTest::newRow("none") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"none"}]})") << 404
                          << QStringLiteral("MailboxNotEnabledForRESTAPI");
    QTest::newRow("provisioning")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"provisioning"}]})") << 404
        << QStringLiteral("MailboxNotEnabledForRESTAPI");
}

void TstTenantGraph::mailboxSettings()
{
    QFETCH(QByteArray, overrides);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto m = makeModel(overrides);
    const SimResponse r =
        graph(*m, QStringLiteral("users/user1@contoso.com/mailboxSettings"), appToken(*m, kGraphDefault));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(json(r).value(QStringLiteral("userPurpose")).toString(), QStringLiteral("user"));
        QCOMPARE(json(r).value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));
    } else {
        QCOMPARE(errorCode(r), code);
        QCOMPARE(errorMessage(r),
                 QStringLiteral("The mailbox is either inactive, soft-deleted, or is hosted on-premise."));
    }
}

void TstTenantGraph::drive_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("provisioned") << QByteArray() << 200 << QString();
    QTest::newRow("not provisioned") << QByteArray(
                                            R"({"users":[{"upn":"user1@contoso.com","onedrive":"none"}]})")
                                     << 404 << QStringLiteral("User's mysite not found.");
    QTest::newRow("no sharepoint licence")
        << QByteArray(
               R"({"users":[{"upn":"user1@contoso.com","onedrive":"none","licenses":["EXCHANGE_S_ENTERPRISE"]}]})")
        << 400 << QStringLiteral("Unable to retrieve user's mysite URL.");
}

void TstTenantGraph::drive()
{
    QFETCH(QByteArray, overrides);
    QFETCH(int, status);
    QFETCH(QString, message);
    auto m = makeModel(overrides);
    const SimResponse r =
        graph(*m, QStringLiteral("users/user1@contoso.com/drive"), appToken(*m, kGraphDefault));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(json(r).value(QStringLiteral("driveType")).toString(), QStringLiteral("business"));
        QCOMPARE(json(r).value(QStringLiteral("webUrl")).toString(),
                 QStringLiteral("https://contoso-my.sharepoint.com/personal/user1_contoso_com/Documents"));
    } else {
        QCOMPARE(errorMessage(r), message);
    }
}

void TstTenantGraph::securityDefaultsPolicy()
{
    for (const bool on : {false, true}) {
        auto m = makeModel(on ? QByteArray(R"({"security_defaults":true})") : QByteArray());
        const SimResponse r = graph(*m, QStringLiteral("policies/identitySecurityDefaultsEnforcementPolicy"),
                                    appToken(*m, kGraphDefault));
        QCOMPARE(r.status, 200);
        QCOMPARE(json(r).value(QStringLiteral("isEnabled")).toBool(!on), on);
    }
}

void TstTenantGraph::permissions_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QByteArray onlyMail =
        R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","application":["full_access_as_app","Mail.Read"]}]})";
    QTest::newRow("user without User.Read.All") << onlyMail << QStringLiteral("users/user1@contoso.com")
                                                << 403 << QStringLiteral("Authorization_RequestDenied");
    QTest::newRow("mailbox settings without permission")
        << onlyMail << QStringLiteral("users/user1@contoso.com/mailboxSettings") << 403
        << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("drive without permission") << onlyMail << QStringLiteral("users/user1@contoso.com/drive")
                                              << 403 << QStringLiteral("accessDenied");
    QTest::newRow("policy without permission")
        << onlyMail << QStringLiteral("policies/identitySecurityDefaultsEnforcementPolicy") << 403
        << QStringLiteral("Authorization_RequestDenied");
    QTest::newRow("no permissions at all")
        << QByteArray(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","consented":false}]})")
        << QStringLiteral("users/user1@contoso.com") << 403 << QStringLiteral("AccessDenied");
    QTest::newRow("organization") << QByteArray() << QStringLiteral("organization") << 403
                                  << QStringLiteral("Authorization_RequestDenied");
}

void TstTenantGraph::permissions()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto m = makeModel(overrides);
    const SimResponse r = graph(*m, path, appToken(*m, kGraphDefault));
    QCOMPARE(r.status, status);
    QCOMPARE(errorCode(r), code);
}

void TstTenantGraph::delegatedMe()
{
    auto m = makeModel();
    const QByteArray token =
        delegatedToken(*m, QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                       QStringLiteral("https://graph.microsoft.com/User.Read"));
    QVERIFY(!token.isEmpty());
    const SimResponse me = graph(*m, QStringLiteral("me"), token);
    QCOMPARE(me.status, 200);
    QCOMPARE(json(me).value(QStringLiteral("userPrincipalName")).toString(),
             QStringLiteral("user1@contoso.com"));
    QCOMPARE(graph(*m, QStringLiteral("me/licenseDetails"), token).status, 200);
    // User.Read does not reach other users
    QCOMPARE(graph(*m, QStringLiteral("users/user2@contoso.com"), token).status, 403);
    QCOMPARE(graph(*m, QStringLiteral("organization"), token).status, 200);
    const SimResponse appMe = graph(*m, QStringLiteral("me"), appToken(*m, kGraphDefault));
    QCOMPARE(appMe.status, 400);
}

void TstTenantGraph::throttled()
{
    auto m = makeModel(R"({"throttle":2})");
    const QByteArray token = appToken(*m, kGraphDefault);
    QCOMPARE(graph(*m, QStringLiteral("users/user1@contoso.com"), token).status, 200);
    QCOMPARE(graph(*m, QStringLiteral("users/user1@contoso.com"), token).status, 200);
    const SimResponse r = graph(*m, QStringLiteral("users/user1@contoso.com"), token);
    QCOMPARE(r.status, 429);
    QCOMPARE(header(r, "Retry-After"), QByteArray("60"));
    QCOMPARE(errorCode(r), QStringLiteral("TooManyRequests"));
}

void TstTenantGraph::sharePointSite_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("token"); // none, app-secret, delegated, delegated-other, crafted-cert
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("bodyContains");
    QTest::addColumn<bool>("diagnostics"); // x-ms-diagnostics 3001000 (facts §9.11)
    const QByteArray spApp =
        R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","delegated":["MyFiles.Read","AllSites.Read"]}]})";
    QTest::newRow("unauthenticated") << QByteArray() << QStringLiteral("none")
                                     << QStringLiteral("user1_contoso_com/_api/web") << 401 << QString()
                                     << false;
    QTest::newRow("onedrive page unauthenticated")
        << QByteArray() << QStringLiteral("none")
        << QStringLiteral("user1_contoso_com/_layouts/15/onedrive.aspx") << 401 << QString() << false;
    QTest::newRow("site missing") << QByteArray(
                                         R"({"users":[{"upn":"user1@contoso.com","onedrive":"none"}]})")
                                  << QStringLiteral("none") << QStringLiteral("user1_contoso_com/_api/web")
                                  << 404 << QString() << false;
    QTest::newRow("app-only with secret")
        << QByteArray() << QStringLiteral("app-secret") << QStringLiteral("user1_contoso_com/_api/web") << 401
        << QStringLiteral("Unsupported app only token.") << false;
    QTest::newRow("delegated own site")
        << spApp << QStringLiteral("delegated") << QStringLiteral("user1_contoso_com/_api/web") << 200
        << QStringLiteral("\"WebTemplate\":\"SPSPERS\"") << false;
    QTest::newRow("delegated other site")
        << spApp << QStringLiteral("delegated") << QStringLiteral("user2_contoso_com/_api/web") << 403
        << QStringLiteral("System.UnauthorizedAccessException") << false;
    QTest::newRow("certificate app-only")
        << QByteArray() << QStringLiteral("crafted-cert") << QStringLiteral("user1_contoso_com/_api/web")
        << 200 << QStringLiteral("User One") << false;
    QTest::newRow("graph token") << QByteArray() << QStringLiteral("graph")
                                 << QStringLiteral("user1_contoso_com/_api/web") << 401
                                 << QStringLiteral("Invalid audience Uri") << true;
    QTest::newRow("malformed token") << QByteArray() << QStringLiteral("garbage")
                                     << QStringLiteral("user1_contoso_com/_api/web") << 401
                                     << QStringLiteral("Invalid JWT token.") << true;
}

void TstTenantGraph::sharePointSite()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, bodyContains);
    QFETCH(bool, diagnostics);
    auto m = makeModel(overrides);
    QByteArray t;
    if (token == QLatin1String("garbage"))
        t = "not-a-token";
    else if (token == QLatin1String("app-secret"))
        t = appToken(*m, QStringLiteral("https://contoso-my.sharepoint.com/.default"));
    else if (token == QLatin1String("delegated"))
        t = delegatedToken(*m, QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                           QStringLiteral("https://contoso-my.sharepoint.com/MyFiles.Read"));
    else if (token == QLatin1String("graph"))
        t = appToken(*m, kGraphDefault);
    else if (token == QLatin1String("crafted-cert"))
        t = craftToken(
            QJsonObject{{QStringLiteral("aud"), QStringLiteral("https://contoso-my.sharepoint.com")},
                        {QStringLiteral("tid"), kTenantId},
                        {QStringLiteral("idtyp"), QStringLiteral("app")},
                        {QStringLiteral("appidacr"), QStringLiteral("2")},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("Sites.Read.All")}}});
    if (token != QLatin1String("none"))
        QVERIFY(!t.isEmpty());
    const SimResponse r = site(*m, path, t);
    QCOMPARE(r.status, status);
    if (status == 401) {
        const QByteArray challenge = header(r, "WWW-Authenticate");
        QVERIFY(challenge.startsWith(QByteArray("Bearer realm=\"" + kTenantId.toLatin1() +
                                                "\",client_id=\"00000003-0000-0ff1-ce00-000000000000\"")));
        QVERIFY(
            challenge.contains("authorization_uri=\"https://login.windows.net/common/oauth2/authorize\""));
    }
    if (!bodyContains.isEmpty())
        QVERIFY2(r.body.contains(bodyContains.toUtf8()), r.body.constData());
    if (diagnostics)
        QCOMPARE(header(r, "x-ms-diagnostics"),
                 QByteArray("3001000;reason=\"There has been an error authenticating the "
                            "request.\";category=\"invalid_client\""));
    else
        QVERIFY(header(r, "x-ms-diagnostics").isEmpty());
    if (token == QLatin1String("app-secret"))
        QCOMPARE(jwtPart(t, 1).value(QStringLiteral("appidacr")).toString(), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TstTenantGraph)
#include "tst_tenant_graph.moc"
