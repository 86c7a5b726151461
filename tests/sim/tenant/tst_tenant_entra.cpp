// Entra ID endpoints of the tenant model: OpenID configuration, realm
// discovery, GetCredentialType and the token endpoint (errors and tokens).
#include "TenantTestSupport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace TenantTest;

using Fields = QList<QPair<QString, QString>>;
Q_DECLARE_METATYPE(Fields)

class TstTenantEntra : public QObject
{
    Q_OBJECT

private slots:
    void plainHttpIsRedirectedUnread_data();
    void plainHttpIsRedirectedUnread();
    void openId_data();
    void openId();
    void getUserRealm_data();
    void getUserRealm();
    void userRealmApi();
    void credentialType_data();
    void credentialType();
    void tokenErrors_data();
    void tokenErrors();
    void errorShape();
    void ropcToken();
    void ropcOptionalTokens();
    void clientCredentialsToken();
    void appOnlyWithoutConsentHasNoRoles();
    void v1Endpoint();
    void graphAndSharePointAudiences();
    void nationalCloudToken();
    void basicClientAuthentication();
    void tokenEndpoint2026_data();
    void tokenEndpoint2026();
};

void TstTenantEntra::openId_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    const QString c = QStringLiteral("https://login.microsoftonline.com/");
    QTest::newRow("v1 by domain issuer")
        << QByteArray() << c + QStringLiteral("contoso.com/.well-known/openid-configuration") << 200
        << QStringLiteral("issuer") << QStringLiteral("https://sts.windows.net/%1/").arg(kTenantId);
    QTest::newRow("v1 token endpoint has guid")
        << QByteArray() << c + QStringLiteral("contoso.onmicrosoft.com/.well-known/openid-configuration")
        << 200 << QStringLiteral("token_endpoint")
        << QStringLiteral("https://login.microsoftonline.com/%1/oauth2/token").arg(kTenantId);
    QTest::newRow("v2 by guid")
        << QByteArray() << c + kTenantId + QStringLiteral("/v2.0/.well-known/openid-configuration") << 200
        << QStringLiteral("authorization_endpoint")
        << QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/authorize").arg(kTenantId);
    QTest::newRow("region scope") << QByteArray()
                                  << c + QStringLiteral("contoso.com/.well-known/openid-configuration") << 200
                                  << QStringLiteral("tenant_region_scope") << QStringLiteral("NA");
    QTest::newRow("msgraph host") << QByteArray()
                                  << c + QStringLiteral("contoso.com/.well-known/openid-configuration") << 200
                                  << QStringLiteral("msgraph_host") << QStringLiteral("graph.microsoft.com");
    QTest::newRow("gcc sub scope") << QByteArray(R"({"cloud":"gcc"})")
                                   << c + QStringLiteral("contoso.com/.well-known/openid-configuration")
                                   << 200 << QStringLiteral("tenant_region_sub_scope")
                                   << QStringLiteral("GCC");
    QTest::newRow("gcc-high on commercial host")
        << QByteArray(R"({"cloud":"gcc-high"})")
        << c + QStringLiteral("contoso.com/v2.0/.well-known/openid-configuration") << 200
        << QStringLiteral("tenant_region_sub_scope") << QStringLiteral("DODCON");
    QTest::newRow("dod instance name")
        << QByteArray(R"({"cloud":"dod"})")
        << c + QStringLiteral("contoso.com/.well-known/openid-configuration") << 200
        << QStringLiteral("cloud_instance_name") << QStringLiteral("microsoftonline.us");
    QTest::newRow("dod sub scope on .us")
        << QByteArray(R"({"cloud":"dod"})")
        << QStringLiteral("https://login.microsoftonline.us/contoso.com/.well-known/openid-configuration")
        << 200 << QStringLiteral("tenant_region_sub_scope") << QStringLiteral("DOD");
    QTest::newRow("china graph")
        << QByteArray(R"({"cloud":"china"})")
        << QStringLiteral(
               "https://login.partner.microsoftonline.cn/contoso.com/.well-known/openid-configuration")
        << 200 << QStringLiteral("msgraph_host") << QStringLiteral("microsoftgraph.chinacloudapi.cn");
    QTest::newRow("unknown tenant") << QByteArray()
                                    << c + QStringLiteral("contosso.com/.well-known/openid-configuration")
                                    << 400 << QStringLiteral("error") << QStringLiteral("invalid_tenant");
    QTest::newRow("commercial tenant on .us")
        << QByteArray()
        << QStringLiteral("https://login.microsoftonline.us/contoso.com/.well-known/openid-configuration")
        << 400 << QStringLiteral("error_codes") << QStringLiteral("90038");
    QTest::newRow("china tenant on commercial")
        << QByteArray(R"({"cloud":"china"})")
        << c + QStringLiteral("contoso.com/.well-known/openid-configuration") << 400
        << QStringLiteral("error_codes") << QStringLiteral("90038");
    QTest::newRow("common") << QByteArray()
                            << c + QStringLiteral("common/v2.0/.well-known/openid-configuration") << 200
                            << QStringLiteral("issuer")
                            << QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0");
}

void TstTenantEntra::openId()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, field);
    QFETCH(QString, value);
    auto m = makeModel(overrides);
    QVERIFY(m);
    const auto r = m->handle(request("GET", url));
    QVERIFY(r);
    QCOMPARE(r->status, status);
    QVERIFY(header(*r, "Content-Type").startsWith("application/json"));
    const QJsonValue v = json(*r).value(field);
    QCOMPARE(v.isArray() ? QString::number(v.toArray().first().toInt()) : v.toString(), value);
    if (status == 400) {
        QVERIFY(json(*r)
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QStringLiteral("AADSTS")));
    }
}

void TstTenantEntra::getUserRealm_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("nameSpaceType");
    QTest::addColumn<bool>("authUrl");
    QTest::newRow("managed") << QByteArray() << QStringLiteral("user1@contoso.com")
                             << QStringLiteral("Managed") << false;
    QTest::newRow("federated") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
                               << QStringLiteral("user1@contoso.com") << QStringLiteral("Federated") << true;
    // Federation is a property of the domain (facts §9.10).
    QTest::newRow("federated domain, other user")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << QStringLiteral("user2@contoso.com") << QStringLiteral("Federated") << true;
    QTest::newRow("federated domain, unknown user")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << QStringLiteral("nobody@contoso.com") << QStringLiteral("Federated") << true;
    QTest::newRow("federated domain, other domain managed")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << QStringLiteral("user1@contoso.onmicrosoft.com") << QStringLiteral("Managed") << false;
    QTest::newRow("unknown domain") << QByteArray() << QStringLiteral("user1@contosso.com")
                                    << QStringLiteral("Unknown") << false;
    QTest::newRow("on-prem only domain")
        << QByteArray() << QStringLiteral("admin@fabrikam.com") << QStringLiteral("Unknown") << false;
}

void TstTenantEntra::getUserRealm()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, login);
    QFETCH(QString, nameSpaceType);
    QFETCH(bool, authUrl);
    auto m = makeModel(overrides);
    const auto r = m->handle(request(
        "GET",
        QStringLiteral("https://login.microsoftonline.com/getuserrealm.srf?login=%1&json=1").arg(login)));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const QJsonObject o = json(*r);
    QCOMPARE(o.value(QStringLiteral("NameSpaceType")).toString(), nameSpaceType);
    QCOMPARE(o.value(QStringLiteral("Login")).toString(), login);
    QCOMPARE(o.contains(QStringLiteral("AuthURL")), authUrl);
    if (authUrl)
        QVERIFY(o.value(QStringLiteral("AuthURL"))
                    .toString()
                    .startsWith(QStringLiteral("https://sts.contoso.com/adfs/ls/")));
    const auto xml = m->handle(request(
        "GET",
        QStringLiteral("https://login.microsoftonline.com/GetUserRealm.srf?login=%1&xml=1").arg(login)));
    QVERIFY(xml);
    QVERIFY(
        xml->body.contains(QByteArray("<NameSpaceType>" + nameSpaceType.toLatin1() + "</NameSpaceType>")));
}

void TstTenantEntra::userRealmApi()
{
    auto m = makeModel(R"({"users":[{"upn":"user2@contoso.com","federated":true}]})");
    auto v1 = m->handle(request("GET", QStringLiteral("https://login.microsoftonline.com/common/userrealm/"
                                                      "user2@contoso.com?api-version=1.0")));
    QVERIFY(v1);
    QCOMPARE(json(*v1).value(QStringLiteral("account_type")).toString(), QStringLiteral("Federated"));
    QVERIFY(json(*v1)
                .value(QStringLiteral("federation_active_auth_url"))
                .toString()
                .endsWith(QStringLiteral("usernamemixed")));
    // Federation belongs to the domain: user1 of the same domain is federated too (facts §9.10).
    auto v2 = m->handle(request("GET", QStringLiteral("https://login.microsoftonline.com/common/userrealm/"
                                                      "user1@contoso.com?api-version=2.0")));
    QVERIFY(v2);
    QCOMPARE(json(*v2).value(QStringLiteral("NameSpaceType")).toString(), QStringLiteral("Federated"));
    auto managed =
        m->handle(request("GET", QStringLiteral("https://login.microsoftonline.com/common/userrealm/"
                                                "user1@contoso.onmicrosoft.com?api-version=2.0")));
    QVERIFY(managed);
    QCOMPARE(json(*managed).value(QStringLiteral("NameSpaceType")).toString(), QStringLiteral("Managed"));
}

void TstTenantEntra::credentialType_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("ifExists");
    QTest::addColumn<int>("throttle");
    QTest::addColumn<bool>("federationUrl");
    QTest::newRow("exists") << QByteArray() << QStringLiteral("user1@contoso.com") << 0 << 0 << false;
    QTest::newRow("not found") << QByteArray() << QStringLiteral("nobody@contoso.com") << 1 << 0 << false;
    QTest::newRow("unknown domain") << QByteArray() << QStringLiteral("user1@fabrikam.com") << 1 << 0
                                    << false;
    QTest::newRow("federated") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
                               << QStringLiteral("user1@contoso.com") << 0 << 0 << true;
    QTest::newRow("federated domain, other user")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << QStringLiteral("user3@contoso.com") << 0 << 0 << true;
    QTest::newRow("federated domain, unknown user")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << QStringLiteral("nobody@contoso.com") << 1 << 0 << true;
    QTest::newRow("throttled") << QByteArray(R"({"throttle":1})") << QStringLiteral("user1@contoso.com") << 2
                               << 1 << false;
}

void TstTenantEntra::credentialType()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, username);
    QFETCH(int, ifExists);
    QFETCH(int, throttle);
    QFETCH(bool, federationUrl);
    auto m = makeModel(overrides);
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("isOtherIdpSupported"), true}})
                                .toJson(QJsonDocument::Compact);
    const auto url = QStringLiteral("https://login.microsoftonline.com/common/GetCredentialType");
    std::optional<SimResponse> r;
    for (int i = 0; i <= throttle; ++i) // one request over the budget when throttling
        r = m->handle(request("POST", url, {{"Content-Type", "application/json; charset=UTF-8"}}, body));
    QVERIFY(r);
    const QJsonObject o = json(*r);
    QCOMPARE(o.value(QStringLiteral("IfExistsResult")).toInt(), ifExists);
    QCOMPARE(o.value(QStringLiteral("ThrottleStatus")).toInt(), throttle);
    QCOMPARE(
        o.value(QStringLiteral("Credentials")).toObject().contains(QStringLiteral("FederationRedirectUrl")),
        federationUrl);
}

void TstTenantEntra::tokenErrors_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("host");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");

    const QString com = QStringLiteral("login.microsoftonline.com");
    const auto pw = [](const QString &user, const QString &password, const QString &scope = kEwsScope,
                       const QString &client = kDelegatedApp) {
        return Fields{{QStringLiteral("client_id"), client},
                      {QStringLiteral("scope"), scope},
                      {QStringLiteral("username"), user},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("grant_type"), QStringLiteral("password")}};
    };
    const auto cc = [](const QString &secret, const QString &scope = kExoDefault,
                       const QString &client = kAppOnlyApp) {
        Fields f{{QStringLiteral("client_id"), client},
                 {QStringLiteral("scope"), scope},
                 {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        if (!secret.isEmpty())
            f.append({QStringLiteral("client_secret"), secret});
        return f;
    };
    const QString u1 = QStringLiteral("user1@contoso.com");
    const QString p1 = QStringLiteral("User1-Contoso-2026!");
    const QString c = QStringLiteral("contoso.com");
    const QString inv = QStringLiteral("invalid_grant");

    QTest::newRow("common") << QByteArray() << QStringLiteral("common") << com << pw(u1, p1) << 400
                            << QStringLiteral("invalid_request") << 9001023;
    QTest::newRow("consumers") << QByteArray() << QStringLiteral("consumers") << com << cc(kAppOnlySecret)
                               << 400 << QStringLiteral("invalid_request") << 9001023;
    QTest::newRow("unknown tenant") << QByteArray() << QStringLiteral("contosso.com") << com << pw(u1, p1)
                                    << 400 << QStringLiteral("invalid_request") << 90002;
    QTest::newRow("wrong cloud") << QByteArray(R"({"cloud":"gcc-high"})") << c << com << pw(u1, p1) << 400
                                 << QStringLiteral("invalid_request") << 90038;
    QTest::newRow("organizations unknown domain")
        << QByteArray() << QStringLiteral("organizations") << com << pw(QStringLiteral("x@contosso.com"), p1)
        << 400 << QStringLiteral("invalid_request") << 50128;
    QTest::newRow("unknown app") << QByteArray() << c << com
                                 << pw(u1, p1, kEwsScope,
                                       QStringLiteral("00000000-1111-4222-8333-444444444444"))
                                 << 400 << QStringLiteral("unauthorized_client") << 700016;
    QTest::newRow("app disabled")
        << QByteArray(R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","enabled":false}]})")
        << c << com << pw(u1, p1) << 400 << QStringLiteral("unauthorized_client") << 7000112;
    QTest::newRow("not public client")
        << QByteArray(
               R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","public_client":false}]})")
        << c << com << pw(u1, p1) << 401 << QStringLiteral("invalid_client") << 7000218;
    Fields withSecret = pw(u1, p1);
    withSecret.append({QStringLiteral("client_secret"), QStringLiteral("some-secret")});
    QTest::newRow("public client with secret")
        << QByteArray() << c << com << withSecret << 401 << QStringLiteral("invalid_client") << 700025;
    QTest::newRow("client credentials no secret")
        << QByteArray() << c << com << cc(QString()) << 401 << QStringLiteral("invalid_client") << 7000218;
    QTest::newRow("wrong secret") << QByteArray() << c << com
                                  << cc(QStringLiteral("8d2e0c3a-secret-id-not-value")) << 401
                                  << QStringLiteral("invalid_client") << 7000215;
    QTest::newRow("unknown user") << QByteArray() << c << com << pw(QStringLiteral("user9@contoso.com"), p1)
                                  << 400 << inv << 50034;
    QTest::newRow("alias instead of upn")
        << QByteArray() << c << com << pw(QStringLiteral("user1@contoso.onmicrosoft.com"), p1) << 400 << inv
        << 50034;
    QTest::newRow("wrong password") << QByteArray() << c << com
                                    << pw(u1, QStringLiteral("User1-Contoso-2025!")) << 400 << inv << 50126;
    QTest::newRow("password with trailing blank")
        << QByteArray() << c << com << pw(u1, p1 + QLatin1Char(' ')) << 400 << inv << 50126;
    QTest::newRow("locked") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","locked":true}]})") << c
                            << com << pw(u1, p1) << 400 << inv << 50053;
    QTest::newRow("disabled") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","enabled":false}]})") << c
                              << com << pw(u1, p1) << 400 << inv << 50057;
    QTest::newRow("federated") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
                               << c << com << pw(u1, p1) << 400 << inv << 50126;
    QTest::newRow("password expired")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","password_expired":true}]})") << c << com
        << pw(u1, p1) << 400 << inv << 50055;
    QTest::newRow("mfa enforced") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mfa":"enforced"}]})")
                                  << c << com << pw(u1, p1) << 400 << inv << 50076;
    QTest::newRow("mfa registration")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mfa":"registration-required"}]})") << c << com
        << pw(u1, p1) << 400 << inv << 50079;
    // Security defaults ask a password grant for MFA (facts §9.7; was 530035 before the second audit).
    QTest::newRow("security defaults")
        << QByteArray(R"({"security_defaults":true})") << c << com << pw(u1, p1) << 400 << inv << 50076;
    QTest::newRow("conditional access") << QByteArray(R"({"conditional_access":["user1@contoso.com"]})") << c
                                        << com << pw(u1, p1) << 400 << inv << 53003;
    QTest::newRow("consent missing")
        << QByteArray(R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","consented":false}]})")
        << c << com << pw(u1, p1) << 400 << inv << 65001;
    QTest::newRow("scope not configured")
        << QByteArray() << c << com << pw(u1, p1, QStringLiteral("https://graph.microsoft.com/Mail.Read"))
        << 400 << inv << 65001;
    QTest::newRow("resource not in app")
        << QByteArray(
               R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","delegated":["User.Read"]}]})")
        << c << com << pw(u1, p1) << 400 << QStringLiteral("invalid_client") << 650057;
    QTest::newRow("client credentials scope not .default")
        << QByteArray() << c << com << cc(kAppOnlySecret, kEwsScope) << 400 << QStringLiteral("invalid_scope")
        << 70011;
    QTest::newRow("mixed resources") << QByteArray() << c << com
                                     << pw(u1, p1,
                                           kEwsScope +
                                               QStringLiteral(" https://graph.microsoft.com/User.Read"))
                                     << 400 << QStringLiteral("invalid_scope") << 70011;
    QTest::newRow("ews path as resource")
        << QByteArray() << c << com
        << cc(kAppOnlySecret, QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx/.default"))
        << 400 << QStringLiteral("invalid_resource") << 500011;
    QTest::newRow("exchange not licensed")
        << QByteArray(
               R"({"users":[{"upn":"admin@contoso.com","licenses":[]},{"upn":"migration@contoso.com","licenses":[]},
                      {"upn":"user1@contoso.com","licenses":["EXCHANGE_S_FOUNDATION"]},{"upn":"user2@contoso.com","licenses":[]},
                      {"upn":"user3@contoso.com","licenses":[]}]})")
        << c << com << cc(kAppOnlySecret) << 400 << QStringLiteral("invalid_client") << 650052;
    QTest::newRow("missing grant_type")
        << QByteArray() << c << com << Fields{{QStringLiteral("client_id"), kDelegatedApp}} << 400
        << QStringLiteral("invalid_request") << 900144;
    QTest::newRow("unsupported grant")
        << QByteArray() << c << com << Fields{{QStringLiteral("grant_type"), QStringLiteral("magic")}} << 400
        << QStringLiteral("unsupported_grant_type") << 70003;
}

void TstTenantEntra::tokenErrors()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, tenant);
    QFETCH(QString, host);
    QFETCH(Fields, fields);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    auto m = makeModel(overrides);
    QVERIFY(m);
    const SimResponse r = tokenRequest(*m, fields, tenant, host);
    QCOMPARE(r.status, status);
    QCOMPARE(json(r).value(QStringLiteral("error")).toString(), error);
    QCOMPARE(aadsts(r), code);
    QVERIFY(json(r)
                .value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS%1: ").arg(code)));
    QVERIFY(!json(r).contains(QStringLiteral("access_token")));
}

void TstTenantEntra::errorShape()
{
    auto m = makeModel();
    const auto r = m->handle(
        request("POST", QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"),
                {{"Content-Type", "application/x-www-form-urlencoded"},
                 {"client-request-id", "12345678-aaaa-4bbb-8ccc-1234567890ab"}},
                form({{QStringLiteral("client_id"), kDelegatedApp},
                      {QStringLiteral("scope"), kEwsScope},
                      {QStringLiteral("username"), QStringLiteral("user1@contoso.com")},
                      {QStringLiteral("password"), QStringLiteral("nope")},
                      {QStringLiteral("grant_type"), QStringLiteral("password")}})));
    QVERIFY(r);
    const QJsonObject o = json(*r);
    const QString d = o.value(QStringLiteral("error_description")).toString();
    static const QRegularExpression shape(QStringLiteral(
        "^AADSTS50126: [^\\r\\n]+\\r\\nTrace ID: [0-9a-f-]{36}\\r\\nCorrelation ID: [0-9a-f-]{36}\\r\\n"
        "Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"));
    QVERIFY2(shape.match(d).hasMatch(), qPrintable(d));
    QCOMPARE(o.value(QStringLiteral("correlation_id")).toString(),
             QStringLiteral("12345678-aaaa-4bbb-8ccc-1234567890ab"));
    QVERIFY(d.contains(o.value(QStringLiteral("trace_id")).toString()));
    QCOMPARE(o.value(QStringLiteral("timestamp")).toString(), QStringLiteral("2026-01-01 09:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("error_uri")).toString(),
             QStringLiteral("https://login.microsoftonline.com/error?code=50126"));
    QCOMPARE(header(*r, "client-request-id"), QByteArray("12345678-aaaa-4bbb-8ccc-1234567890ab"));
    QVERIFY(!header(*r, "x-ms-request-id").isEmpty());
    // The body keeps the documented key order.
    QVERIFY(r->body.indexOf("\"error\"") < r->body.indexOf("\"error_description\""));
    QVERIFY(r->body.indexOf("\"error_codes\"") < r->body.indexOf("\"trace_id\""));
    QVERIFY(!r->body.contains("nope"));
}

void TstTenantEntra::ropcToken()
{
    auto m = makeModel();
    const SimResponse r =
        ropc(*m, QStringLiteral("migration@contoso.com"), QStringLiteral("Migrate-Contoso-2026!"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 3599);
    QCOMPARE(o.value(QStringLiteral("ext_expires_in")).toInt(), 3599);
    QCOMPARE(o.value(QStringLiteral("scope")).toString(), kEwsScope);
    QVERIFY(!o.contains(QStringLiteral("refresh_token")));
    QVERIFY(!o.contains(QStringLiteral("id_token")));
    const QByteArray token = accessToken(r);
    QCOMPARE(token.count('.'), 2);
    const QJsonObject h = jwtPart(token, 0);
    QCOMPARE(h.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    const QJsonObject c = jwtPart(token, 1);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(c.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://sts.windows.net/%1/").arg(kTenantId));
    QCOMPARE(c.value(QStringLiteral("tid")).toString(), kTenantId);
    QCOMPARE(c.value(QStringLiteral("appid")).toString(), kDelegatedApp);
    QCOMPARE(c.value(QStringLiteral("appidacr")).toString(), QStringLiteral("0"));
    // v1.0 tokens carry appid/appidacr only; azp/azpacr are v2.0 claims (facts §9.11).
    QVERIFY(!c.contains(QStringLiteral("azp")));
    QVERIFY(!c.contains(QStringLiteral("azpacr")));
    QCOMPARE(c.value(QStringLiteral("scp")).toString(), QStringLiteral("EWS.AccessAsUser.All"));
    QVERIFY(!c.contains(QStringLiteral("roles")));
    QCOMPARE(c.value(QStringLiteral("upn")).toString(), QStringLiteral("migration@contoso.com"));
    QCOMPARE(c.value(QStringLiteral("unique_name")).toString(), QStringLiteral("migration@contoso.com"));
    QCOMPARE(c.value(QStringLiteral("preferred_username")).toString(),
             QStringLiteral("migration@contoso.com"));
    QCOMPARE(c.value(QStringLiteral("oid")).toString(),
             QStringLiteral("70e6b95b-caeb-5ebb-8016-04361e06482c"));
    QCOMPARE(c.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
    QCOMPARE(qint64(c.value(QStringLiteral("iat")).toDouble()), kNow / 1000);
    QCOMPARE(qint64(c.value(QStringLiteral("nbf")).toDouble()), kNow / 1000);
    QCOMPARE(qint64(c.value(QStringLiteral("exp")).toDouble()), kNow / 1000 + 3599);
    QVERIFY(!r.body.contains("Migrate-Contoso-2026!"));
}

void TstTenantEntra::ropcOptionalTokens()
{
    auto m = makeModel();
    const SimResponse r = ropc(*m, QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                               kEwsScope + QStringLiteral(" openid offline_access"));
    QCOMPARE(r.status, 200);
    const QJsonObject o = json(r);
    QVERIFY(!o.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QByteArray idToken = o.value(QStringLiteral("id_token")).toString().toLatin1();
    const QJsonObject id = jwtPart(idToken, 1);
    QCOMPARE(id.value(QStringLiteral("aud")).toString(), kDelegatedApp);
    QCOMPARE(id.value(QStringLiteral("ver")).toString(), QStringLiteral("2.0"));
    QCOMPARE(id.value(QStringLiteral("preferred_username")).toString(), QStringLiteral("user1@contoso.com"));
    QCOMPARE(id.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://login.microsoftonline.com/%1/v2.0").arg(kTenantId));
    // organizations resolves the tenant from the user name
    const SimResponse org = tokenRequest(*m,
                                         {{QStringLiteral("client_id"), kDelegatedApp},
                                          {QStringLiteral("scope"), kEwsScope},
                                          {QStringLiteral("username"), QStringLiteral("user1@contoso.com")},
                                          {QStringLiteral("password"), QStringLiteral("User1-Contoso-2026!")},
                                          {QStringLiteral("grant_type"), QStringLiteral("password")}},
                                         QStringLiteral("organizations"));
    QCOMPARE(org.status, 200);
}

void TstTenantEntra::clientCredentialsToken()
{
    auto m = makeModel();
    const SimResponse r = clientCredentials(*m);
    QCOMPARE(r.status, 200);
    const QJsonObject o = json(r);
    QVERIFY(!o.contains(QStringLiteral("refresh_token")));
    QVERIFY(!o.contains(QStringLiteral("scope")));
    const QJsonObject c = jwtPart(accessToken(r), 1);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(c.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("full_access_as_app")});
    QCOMPARE(c.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
    QCOMPARE(c.value(QStringLiteral("appidacr")).toString(), QStringLiteral("1"));
    QVERIFY(!c.contains(QStringLiteral("azpacr")));
    QVERIFY(!c.contains(QStringLiteral("scp")));
    QVERIFY(!c.contains(QStringLiteral("upn")));
    const QJsonObject g = jwtPart(appToken(*m, kGraphDefault), 1);
    QCOMPARE(g.value(QStringLiteral("aud")).toString(), QStringLiteral("https://graph.microsoft.com"));
    const QJsonArray roles = g.value(QStringLiteral("roles")).toArray();
    QCOMPARE(roles.size(), 4);
    QVERIFY(roles.contains(QStringLiteral("User.Read.All")) &&
            roles.contains(QStringLiteral("Policy.Read.All")));
    QVERIFY(!roles.contains(QStringLiteral("full_access_as_app")));
    const QJsonObject byGuid =
        jwtPart(appToken(*m, QStringLiteral("00000002-0000-0ff1-ce00-000000000000/.default")), 1);
    QCOMPARE(byGuid.value(QStringLiteral("aud")).toString(),
             QStringLiteral("00000002-0000-0ff1-ce00-000000000000"));
}

void TstTenantEntra::appOnlyWithoutConsentHasNoRoles()
{
    auto m =
        makeModel(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","consented":false}]})");
    const SimResponse r = clientCredentials(*m);
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtPart(accessToken(r), 1);
    QVERIFY(!c.contains(QStringLiteral("roles")));
    QCOMPARE(c.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
}

void TstTenantEntra::v1Endpoint()
{
    auto m = makeModel();
    const auto r = m->handle(
        request("POST", QStringLiteral("https://login.microsoftonline.com/%1/oauth2/token").arg(kTenantId),
                {{"Content-Type", "application/x-www-form-urlencoded"}},
                form({{QStringLiteral("client_id"), kAppOnlyApp},
                      {QStringLiteral("resource"), QStringLiteral("https://outlook.office365.com")},
                      {QStringLiteral("client_secret"), kAppOnlySecret},
                      {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}})));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(json(*r).value(QStringLiteral("expires_in")).toString(), QStringLiteral("3599"));
    QCOMPARE(json(*r).value(QStringLiteral("resource")).toString(),
             QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(jwtPart(accessToken(*r), 1).value(QStringLiteral("roles")).toArray().first().toString(),
             QStringLiteral("full_access_as_app"));
}

void TstTenantEntra::graphAndSharePointAudiences()
{
    auto m = makeModel(
        R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","delegated":["EWS.AccessAsUser.All",
                        "User.Read","MyFiles.Read"]}]})");
    const QByteArray graph =
        delegatedToken(*m, QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                       QStringLiteral("User.Read"));
    QCOMPARE(jwtPart(graph, 1).value(QStringLiteral("aud")).toString(),
             QStringLiteral("00000003-0000-0000-c000-000000000000"));
    QCOMPARE(jwtPart(graph, 1).value(QStringLiteral("scp")).toString(), QStringLiteral("User.Read"));
    const QByteArray sp =
        delegatedToken(*m, QStringLiteral("user1@contoso.com"), QStringLiteral("User1-Contoso-2026!"),
                       QStringLiteral("https://contoso-my.sharepoint.com/MyFiles.Read"));
    QCOMPARE(jwtPart(sp, 1).value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://contoso-my.sharepoint.com"));
}

void TstTenantEntra::nationalCloudToken()
{
    auto m = makeModel(R"({"cloud":"gcc-high"})");
    const SimResponse r =
        clientCredentials(*m, QStringLiteral("https://outlook.office365.us/.default"), kAppOnlySecret,
                          kAppOnlyApp, QStringLiteral("login.microsoftonline.us"));
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtPart(accessToken(r), 1);
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://outlook.office365.us"));
    QVERIFY(c.value(QStringLiteral("iss"))
                .toString()
                .startsWith(QStringLiteral("https://login.microsoftonline.us/")));
    // The commercial EXO resource does not exist in a GCC High tenant.
    const SimResponse wrong = clientCredentials(*m, kExoDefault, kAppOnlySecret, kAppOnlyApp,
                                                QStringLiteral("login.microsoftonline.us"));
    QCOMPARE(aadsts(wrong), 500011);
}

void TstTenantEntra::basicClientAuthentication()
{
    auto m = makeModel();
    const QByteArray pair =
        QUrl::toPercentEncoding(kAppOnlyApp) + ':' + QUrl::toPercentEncoding(kAppOnlySecret);
    const QByteArray auth = "Basic " + pair.toBase64();
    const auto r = m->handle(
        request("POST", QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token"),
                {{"Authorization", auth}},
                form({{QStringLiteral("scope"), kExoDefault},
                      {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}})));
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    const auto get = m->handle(
        request("GET", QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token")));
    QVERIFY(get);
    QCOMPARE(aadsts(*get), 900561);
}

void TstTenantEntra::plainHttpIsRedirectedUnread_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("token") << QStringLiteral(
        "http://login.microsoftonline.com/contoso.com/oauth2/v2.0/token");
    QTest::newRow("graph") << QStringLiteral("http://graph.microsoft.com/v1.0/users/user1@contoso.com");
    QTest::newRow("sharepoint") << QStringLiteral(
        "http://contoso-my.sharepoint.com/personal/user1_contoso_com/_api/web");
    QTest::newRow("exo") << QStringLiteral("http://outlook.office365.com/EWS/Exchange.asmx");
}

// A password sent over plain http must never be accepted: the cloud answers with a redirect.
void TstTenantEntra::plainHttpIsRedirectedUnread()
{
    QFETCH(QString, url);
    auto m = makeModel();
    const QByteArray body = form({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                  {QStringLiteral("client_id"), kDelegatedApp},
                                  {QStringLiteral("username"), QStringLiteral("user1@contoso.com")},
                                  {QStringLiteral("password"), QStringLiteral("User1-Contoso-2026!")},
                                  {QStringLiteral("scope"), kEwsScope}});
    const auto r =
        m->handle(request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, body));
    QVERIFY(r);
    QCOMPARE(r->status, 301);
    QVERIFY(header(*r, "Location").startsWith("https://"));
    QVERIFY(!r->body.contains("access_token"));
}

// The token endpoint as the second audit found it (facts §9.1, §9.2, §9.7, §9.10, §9.11):
// cross-cloud app-only sign-in, v1 /common, security defaults, MFA bodies, federated domains.
void TstTenantEntra::tokenEndpoint2026_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");      // 0: a token is issued
    QTest::addColumn<QString>("shape"); // "no-error-uri", "basic-action" or ""

    const QString com = QStringLiteral("https://login.microsoftonline.com/");
    const QString us = QStringLiteral("https://login.microsoftonline.us/");
    const QString v2 = QStringLiteral("/oauth2/v2.0/token");
    const QString v1 = QStringLiteral("/oauth2/token");
    const QString u1 = QStringLiteral("user1@contoso.com");
    const QString p1 = QStringLiteral("User1-Contoso-2026!");
    const auto pw = [](const QString &user, const QString &password, bool version1 = false) {
        Fields f{{QStringLiteral("client_id"), kDelegatedApp},
                 {QStringLiteral("username"), user},
                 {QStringLiteral("password"), password},
                 {QStringLiteral("grant_type"), QStringLiteral("password")}};
        f.append(version1
                     ? qMakePair(QStringLiteral("resource"), QStringLiteral("https://outlook.office365.com"))
                     : qMakePair(QStringLiteral("scope"), kEwsScope));
        return f;
    };
    const auto cc = [](const QString &host, bool version1 = false) {
        Fields f{{QStringLiteral("client_id"), kAppOnlyApp},
                 {QStringLiteral("client_secret"), kAppOnlySecret},
                 {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        f.append(version1
                     ? qMakePair(QStringLiteral("resource"), QStringLiteral("https://") + host)
                     : qMakePair(QStringLiteral("scope"), QStringLiteral("https://%1/.default").arg(host)));
        return f;
    };
    const QString req = QStringLiteral("invalid_request");
    const QString inv = QStringLiteral("invalid_grant");

    // §9.1: app-only sign-in for a national-cloud tenant at the commercial host.
    QTest::newRow("cc gcc-high at commercial")
        << QByteArray(R"({"cloud":"gcc-high"})") << com + QStringLiteral("contoso.com") + v2
        << cc(QStringLiteral("outlook.office365.us")) << 400 << req << 900382 << "no-error-uri";
    QTest::newRow("cc dod at commercial")
        << QByteArray(R"({"cloud":"dod"})") << com + kTenantId + v2
        << cc(QStringLiteral("outlook-dod.office365.us")) << 400 << req << 900382 << "no-error-uri";
    QTest::newRow("cc 21vianet at commercial")
        << QByteArray(R"({"cloud":"china"})") << com + QStringLiteral("contoso.com") + v2
        << cc(QStringLiteral("partner.outlook.cn")) << 400 << req << 900382 << "no-error-uri";
    QTest::newRow("cc gcc-high at commercial v1")
        << QByteArray(R"({"cloud":"gcc-high"})") << com + QStringLiteral("contoso.com") + v1
        << cc(QStringLiteral("outlook.office365.us"), true) << 400 << req << 900382 << "no-error-uri";
    QTest::newRow("ropc gcc-high at commercial stays 90038")
        << QByteArray(R"({"cloud":"gcc-high"})") << com + QStringLiteral("contoso.com") + v2 << pw(u1, p1)
        << 400 << req << 90038 << "";
    QTest::newRow("cc commercial tenant at .us stays 90038")
        << QByteArray() << us + QStringLiteral("contoso.com") + v2
        << cc(QStringLiteral("outlook.office365.com")) << 400 << req << 90038 << "";
    QTest::newRow("cc gcc moderate at commercial")
        << QByteArray(R"({"cloud":"gcc"})") << com + QStringLiteral("contoso.com") + v2
        << cc(QStringLiteral("outlook.office365.com")) << 200 << QString() << 0 << "";
    // §9.2: v1 /common resolves the tenant from the user name; 9001023 is v2.0-only.
    QTest::newRow("v1 common ropc") << QByteArray() << com + QStringLiteral("common") + v1 << pw(u1, p1, true)
                                    << 200 << QString() << 0 << "";
    QTest::newRow("v1 common wrong password")
        << QByteArray() << com + QStringLiteral("common") + v1 << pw(u1, QStringLiteral("nope"), true) << 400
        << inv << 50126 << "";
    QTest::newRow("v1 common unknown user")
        << QByteArray() << com + QStringLiteral("common") + v1
        << pw(QStringLiteral("nobody@contoso.com"), p1, true) << 400 << inv << 50034 << "";
    QTest::newRow("v1 common unknown domain")
        << QByteArray() << com + QStringLiteral("common") + v1
        << pw(QStringLiteral("user1@contosso.com"), p1, true) << 400 << inv << 50034 << "";
    QTest::newRow("v1 common mfa") << QByteArray(
                                          R"({"users":[{"upn":"user1@contoso.com","mfa":"enforced"}]})")
                                   << com + QStringLiteral("common") + v1 << pw(u1, p1, true) << 400 << inv
                                   << 50076 << "basic-action";
    QTest::newRow("v1 common locked")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","locked":true}]})")
        << com + QStringLiteral("common") + v1 << pw(u1, p1, true) << 400 << inv << 50053 << "";
    QTest::newRow("v1 common client credentials")
        << QByteArray() << com + QStringLiteral("common") + v1
        << cc(QStringLiteral("outlook.office365.com"), true) << 400 << req << 50059 << "";
    QTest::newRow("v2 common ropc") << QByteArray() << com + QStringLiteral("common") + v2 << pw(u1, p1)
                                    << 400 << req << 9001023 << "";
    QTest::newRow("v2 consumers ropc") << QByteArray() << com + QStringLiteral("consumers") + v2 << pw(u1, p1)
                                       << 400 << req << 9001023 << "";
    // §9.7: security defaults ask a password grant for MFA, or for MFA registration.
    QTest::newRow("security defaults")
        << QByteArray(R"({"security_defaults":true})") << com + QStringLiteral("contoso.com") + v2
        << pw(u1, p1) << 400 << inv << 50076 << "basic-action";
    QTest::newRow("security defaults, not registered")
        << QByteArray(
               R"({"security_defaults":true,"users":[{"upn":"user1@contoso.com","mfa":"registration-required"}]})")
        << com + QStringLiteral("contoso.com") + v2 << pw(u1, p1) << 400 << inv << 50079 << "basic-action";
    QTest::newRow("security defaults v1")
        << QByteArray(R"({"security_defaults":true})") << com + QStringLiteral("contoso.com") + v1
        << pw(u1, p1, true) << 400 << inv << 50076 << "basic-action";
    QTest::newRow("security defaults, app-only unaffected")
        << QByteArray(R"({"security_defaults":true})") << com + QStringLiteral("contoso.com") + v2
        << cc(QStringLiteral("outlook.office365.com")) << 200 << QString() << 0 << "";
    // §9.11: MFA answers carry basic_action and no claims.
    QTest::newRow("mfa enforced body")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mfa":"enforced"}]})")
        << com + QStringLiteral("contoso.com") + v2 << pw(u1, p1) << 400 << inv << 50076 << "basic-action";
    // §9.10: every account of a federated domain.
    QTest::newRow("federated domain, other user")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
        << com + QStringLiteral("contoso.com") + v2
        << pw(QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!")) << 400 << inv
        << 50126 << "";
}

void TstTenantEntra::tokenEndpoint2026()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, url);
    QFETCH(Fields, fields);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    QFETCH(QString, shape);
    auto m = makeModel(overrides);
    QVERIFY(m);
    const auto r = m->handle(
        request("POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, form(fields)));
    QVERIFY(r);
    QVERIFY2(r->status == status, r->body.left(400).constData());
    const QJsonObject o = json(*r);
    if (code == 0) {
        QVERIFY(!accessToken(*r).isEmpty());
        return;
    }
    QCOMPARE(o.value(QStringLiteral("error")).toString(), error);
    QCOMPARE(aadsts(*r), code);
    QVERIFY(o.value(QStringLiteral("error_description"))
                .toString()
                .startsWith(QStringLiteral("AADSTS%1: ").arg(code)));
    if (code == 900382)
        QVERIFY(
            o.value(QStringLiteral("error_description"))
                .toString()
                .contains(QStringLiteral("Confidential Client is not supported in Cross Cloud request.")));
    QCOMPARE(o.contains(QStringLiteral("error_uri")), shape != QLatin1String("no-error-uri"));
    if (shape == QLatin1String("basic-action"))
        QCOMPARE(o.value(QStringLiteral("suberror")).toString(), QStringLiteral("basic_action"));
    QVERIFY(!o.contains(QStringLiteral("claims")));
}

QTEST_GUILESS_MAIN(TstTenantEntra)
#include "tst_tenant_entra.moc"
