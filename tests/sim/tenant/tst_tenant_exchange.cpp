// Exchange Online in the tenant model: EWS challenges, x-ms-diagnostics,
// GetFolder with and without impersonation, SOAP faults, Autodiscover (POX, SOAP, v2).
#include "TenantTestSupport.h"

#include <QtTest>

using namespace TenantTest;

namespace {

const QString kUser1 = QStringLiteral("user1@contoso.com");
const QString kUser1Pw = QStringLiteral("User1-Contoso-2026!");
const QString kMigration = QStringLiteral("migration@contoso.com");
const QString kMigrationPw = QStringLiteral("Migrate-Contoso-2026!");

QByteArray bearer(const QByteArray &token)
{
    return "Bearer " + token;
}

QByteArray poxBody(const QString &email)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover "
                          "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/"
                          "2006\"><Request>"
                          "<EMailAddress>%1</EMailAddress><AcceptableResponseSchema>http://"
                          "schemas.microsoft.com/exchange/"
                          "autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema></Request></"
                          "Autodiscover>")
        .arg(email)
        .toUtf8();
}

QByteArray soapBody(const QString &email)
{
    return QStringLiteral("<?xml version='1.0' encoding='utf-8'?><s:Envelope "
                          "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                          "xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\" "
                          "xmlns:wsa=\"http://www.w3.org/2005/08/"
                          "addressing\"><s:Header><a:RequestedServerVersion>Exchange2013"
                          "</a:RequestedServerVersion><wsa:Action>http://schemas.microsoft.com/exchange/2010/"
                          "Autodiscover/Autodiscover/"
                          "GetUserSettings</wsa:Action></"
                          "s:Header><s:Body><a:GetUserSettingsRequestMessage><a:Request><a:Users><a:User>"
                          "<a:Mailbox>%1</a:Mailbox></a:User></"
                          "a:Users><a:RequestedSettings><a:Setting>ExternalEwsUrl</a:Setting>"
                          "<a:Setting>UserDisplayName</a:Setting><a:Setting>FavouriteColour</a:Setting></"
                          "a:RequestedSettings>"
                          "</a:Request></a:GetUserSettingsRequestMessage></s:Body></s:Envelope>")
        .arg(email)
        .toUtf8();
}

SimResponse post(TenantModel &m, const QString &url, const QByteArray &auth, const QByteArray &body)
{
    HeaderList h{{"Content-Type", "text/xml; charset=utf-8"}};
    if (!auth.isEmpty())
        h.append({"Authorization", auth});
    return m.handle(request("POST", url, h, body))
        .value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

SimResponse get(TenantModel &m, const QString &url)
{
    return m.handle(request("GET", url)).value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

} // namespace

class TstTenantExchange : public QObject
{
    Q_OBJECT

private slots:
    void unauthenticatedChallenge();
    void tokenDiagnostics_data();
    void tokenDiagnostics();
    void getFolder_data();
    void getFolder();
    void successShape();
    void principalNameAndSeveralFolders();
    void ewsDisabledAndThrottled();
    void ewsRetirement_data();
    void ewsRetirement();
    void basicAuthToExo();
    void basicAuthHistoricalMode();
    void autodiscoverPox_data();
    void autodiscoverPox();
    void autodiscoverSoap();
    void autodiscoverV2_data();
    void autodiscoverV2();
    void plainHttpRedirect();
    void nationalCloudEws();
};

void TstTenantExchange::unauthenticatedChallenge()
{
    auto m = makeModel();
    const SimResponse r = ews(*m, {}, getFolderBody());
    QCOMPARE(r.status, 401);
    // One comma-joined WWW-Authenticate line, Bearer first, then Basic (facts §9.3).
    const auto challenges = headers(r, "WWW-Authenticate");
    QCOMPARE(challenges.size(), 1);
    QVERIFY(challenges.at(0).startsWith("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\""));
    QVERIFY(challenges.at(0).contains("trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\""));
    QVERIFY(challenges.at(0).endsWith(
        "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\",Basic Realm=\"\""));
    QVERIFY(!challenges.at(0).contains("invalid_token"));
    QVERIFY(header(r, "x-ms-diagnostics").isEmpty());
    QVERIFY(!header(r, "request-id").isEmpty());
    QVERIFY(!header(r, "X-FEServer").isEmpty());
    // The back-end headers of an EXO 401 (facts §9.4).
    QVERIFY(header(r, "X-CalculatedBETarget").endsWith(".prod.outlook.com"));
    QVERIFY(!header(r, "X-BEServer").isEmpty());
    QVERIFY(header(r, "X-CalculatedBETarget").startsWith(QByteArray(header(r, "X-BEServer")).append('.')));
    QCOMPARE(header(r, "X-DiagInfo"), header(r, "X-BEServer"));
    const SimResponse ntlm =
        ews(*m, "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==", getFolderBody());
    QCOMPARE(ntlm.status, 401);
    QCOMPARE(headers(ntlm, "WWW-Authenticate"), challenges);
}

void TstTenantExchange::tokenDiagnostics_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("diagnostics");
    QTest::newRow("unparseable") << QByteArray() << QStringLiteral("garbage")
                                 << QByteArray("2000001;reason=\"OAuth token submitted");
    QTest::newRow("graph token to EWS")
        << QByteArray() << QStringLiteral("graph")
        << QByteArray("2000003;reason=\"The audience claim value is invalid "
                      "'aud'.\";error_category=\"invalid_resource\""); // 'aud' literally (facts §9.4)
    QTest::newRow("app-only without consent")
        << QByteArray(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","consented":false}]})")
        << QStringLiteral("app") << QByteArray("2000008;reason=\"The token contains no permissions");
    QTest::newRow("app-only without full_access_as_app")
        << QByteArray(
               R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","application":["exchange:Exchange.ManageAsApp"]}]})")
        << QStringLiteral("app") << QByteArray("2000008;");
    QTest::newRow("delegated without EWS scope")
        << QByteArray() << QStringLiteral("delegated-no-ews") << QByteArray("2000008;");
    QTest::newRow("expired") << QByteArray() << QStringLiteral("expired")
                             << QByteArray("2000001;reason=\"Lifetime validation failed");
    QTest::newRow("other tenant") << QByteArray() << QStringLiteral("other-tenant")
                                  << QByteArray("2000001;reason=\"ID4175");
}

void TstTenantExchange::tokenDiagnostics()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, kind);
    QFETCH(QByteArray, diagnostics);
    auto m = makeModel(overrides);
    QByteArray token;
    if (kind == QLatin1String("garbage"))
        token = "not-a-jwt";
    else if (kind == QLatin1String("graph"))
        token = appToken(*m, kGraphDefault);
    else if (kind == QLatin1String("app"))
        token = appToken(*m);
    else if (kind == QLatin1String("delegated-no-ews"))
        token =
            craftToken(QJsonObject{{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                                   {QStringLiteral("tid"), kTenantId},
                                   {QStringLiteral("upn"), kUser1},
                                   {QStringLiteral("scp"), QStringLiteral("Mail.Read")},
                                   {QStringLiteral("exp"), kNow / 1000 + 600}});
    else if (kind == QLatin1String("expired"))
        token = craftToken(
            QJsonObject{{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                        {QStringLiteral("tid"), kTenantId},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("full_access_as_app")}},
                        {QStringLiteral("idtyp"), QStringLiteral("app")},
                        {QStringLiteral("exp"), kNow / 1000 - 3600}});
    else
        token = craftToken(
            QJsonObject{{QStringLiteral("aud"), QStringLiteral("https://outlook.office365.com")},
                        {QStringLiteral("tid"), QStringLiteral("11111111-2222-4333-8444-555555555555")},
                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("full_access_as_app")}},
                        {QStringLiteral("idtyp"), QStringLiteral("app")}});
    QVERIFY(!token.isEmpty());
    const SimResponse r = ews(*m, bearer(token), getFolderBody(kUser1));
    QCOMPARE(r.status, 401);
    QVERIFY2(header(r, "x-ms-diagnostics").startsWith(diagnostics),
             header(r, "x-ms-diagnostics").constData());
    QCOMPARE(header(r, "X-BackEndHttpStatus"), QByteArray("401"));
    const auto challenges = headers(r, "WWW-Authenticate");
    QCOMPARE(challenges.size(), 1);
    QVERIFY(challenges.at(0).startsWith("Bearer "));
    QVERIFY(challenges.at(0).endsWith(", error=\"invalid_token\",Basic Realm=\"\""));
    QVERIFY(!header(r, "X-BEServer").isEmpty());
    QVERIFY(!header(r, "X-DiagInfo").isEmpty());
}

void TstTenantExchange::getFolder_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("caller"); // "app" or a UPN (delegated)
    QTest::addColumn<QString>("impersonate");
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString app = QStringLiteral("app");
    QTest::newRow("app-only impersonation")
        << QByteArray() << app << kUser1 << QString() << 200 << QStringLiteral("NoError");
    QTest::newRow("app-only impersonation by alias address")
        << QByteArray() << app << QStringLiteral("user1@contoso.onmicrosoft.com") << QString() << 200
        << QStringLiteral("NoError");
    QTest::newRow("app-only without impersonation")
        << QByteArray() << app << QString() << QString() << 500
        << QStringLiteral("ErrorInvalidExchangeImpersonationHeaderData");
    QTest::newRow("app-only unknown target") << QByteArray() << app << QStringLiteral("nobody@contoso.com")
                                             << QString() << 500 << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("target without mailbox")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"none"}]})") << app << kUser1
        << QString() << 500 << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("target mailbox provisioning")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"provisioning"}]})") << app << kUser1
        << QString() << 500 << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("target mailbox on-prem")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"on-prem"}]})") << app << kUser1
        << QString() << 500 << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("target disabled") << QByteArray(
                                            R"({"users":[{"upn":"user1@contoso.com","enabled":false}]})")
                                     << app << kUser1 << QString() << 200
                                     << QStringLiteral("ErrorAccountDisabled");
    QTest::newRow("target only foundation plan")
        << QByteArray(
               R"({"users":[{"upn":"user1@contoso.com","licenses":["EXCHANGE_S_FOUNDATION","SHAREPOINTENTERPRISE"]}]})")
        << app << kUser1 << QString() << 200 << QStringLiteral("ErrorInvalidLicense");
    QTest::newRow("delegated own mailbox")
        << QByteArray() << kUser1 << QString() << QString() << 200 << QStringLiteral("NoError");
    QTest::newRow("delegated with impersonation") << QByteArray() << kMigration << kUser1 << QString() << 500
                                                  << QStringLiteral("ErrorImpersonateUserDenied");
    QTest::newRow("delegate access with FullAccess role")
        << QByteArray() << kMigration << QString() << kUser1 << 200 << QStringLiteral("NoError");
    // No admin role grants mailbox access (facts §9.8): only the explicit FullAccess does.
    QTest::newRow("delegate access as Exchange Administrator only")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","roles":["Exchange Administrator"]}]})")
        << kMigration << QString() << kUser1 << 200 << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("delegate access as Global Administrator only")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","roles":["Global Administrator"]}]})")
        << kMigration << QString() << kUser1 << 200 << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("delegate access as Organization Management only")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","roles":["Organization Management"]}]})")
        << kMigration << QString() << kUser1 << 200 << QStringLiteral("ErrorAccessDenied");
    // Exchange Online refuses ApplicationImpersonation whatever the roles.
    QTest::newRow("impersonation with the ApplicationImpersonation role")
        << QByteArray(
               R"({"users":[{"upn":"migration@contoso.com","roles":["ApplicationImpersonation","FullAccess","Global Administrator"]}]})")
        << kMigration << kUser1 << QString() << 500 << QStringLiteral("ErrorImpersonateUserDenied");
    QTest::newRow("delegate access without rights")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","roles":[]}]})") << kMigration << QString()
        << kUser1 << 200 << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("delegate access to missing mailbox")
        << QByteArray() << kMigration << QString() << QStringLiteral("ghost@contoso.com") << 200
        << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("caller without mailbox")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","mailbox":"none"}]})") << kMigration
        << QString() << QString() << 200 << QStringLiteral("ErrorMissingEmailAddress");
}

void TstTenantExchange::getFolder()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, caller);
    QFETCH(QString, impersonate);
    QFETCH(QString, mailbox);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto m = makeModel(overrides);
    QByteArray token;
    if (caller == QLatin1String("app"))
        token = appToken(*m);
    else
        token = delegatedToken(*m, caller, caller == kUser1 ? kUser1Pw : kMigrationPw);
    QVERIFY(!token.isEmpty());
    const SimResponse r = ews(*m, bearer(token), getFolderBody(impersonate, mailbox));
    QCOMPARE(r.status, status);
    QCOMPARE(header(r, "X-BackEndHttpStatus"), QByteArray::number(status));
    if (status == 500) {
        QVERIFY2(r.body.contains(QByteArray(
                     "<faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">a:" +
                     code.toLatin1() + "</faultcode>")),
                 r.body.constData());
        QVERIFY(r.body.contains(QByteArray(
            "<e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">" +
            code.toLatin1() + "</e:ResponseCode>")));
    } else {
        QVERIFY2(r.body.contains(QByteArray("<m:ResponseCode>" + code.toLatin1() + "</m:ResponseCode>")),
                 r.body.constData());
        QVERIFY(r.body.contains(code == QLatin1String("NoError") ? "ResponseClass=\"Success\""
                                                                 : "ResponseClass=\"Error\""));
    }
}

void TstTenantExchange::successShape()
{
    auto m = makeModel();
    const SimResponse r = ews(*m, bearer(appToken(*m)), getFolderBody(kUser1));
    QCOMPARE(r.status, 200);
    QVERIFY(header(r, "Content-Type").startsWith("text/xml"));
    QVERIFY(r.body.contains("<h:ServerVersionInfo MajorVersion=\"15\" MinorVersion=\"20\""));
    QVERIFY(r.body.contains("<t:FolderId Id=\"AAMkA"));
    QVERIFY(header(r, "X-CalculatedBETarget").endsWith(".prod.outlook.com"));
    QCOMPARE(header(r, "x-ms-appId"), kAppOnlyApp.toLatin1());
    const SimResponse badVersion =
        ews(*m, bearer(appToken(*m)), getFolderBody(kUser1, {}, QStringLiteral("Exchange2099")));
    QCOMPARE(badVersion.status, 500);
    QVERIFY(badVersion.body.contains("a:ErrorInvalidServerVersion"));
    const SimResponse malformed = ews(*m, bearer(appToken(*m)), "<soap:Envelope><unclosed>");
    QCOMPARE(malformed.status, 500);
    QVERIFY(malformed.body.contains("a:ErrorSchemaValidation"));
    const SimResponse badFolder =
        ews(*m, bearer(appToken(*m)),
            getFolderBody(kUser1, {}, QStringLiteral("Exchange2016"), QStringLiteral("mailbox")));
    QCOMPARE(badFolder.status, 500);
    QVERIFY(badFolder.body.contains("a:ErrorSchemaValidation"));
}

void TstTenantExchange::principalNameAndSeveralFolders()
{
    auto m = makeModel();
    const QByteArray body =
        "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
        "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\"><soap:Header>"
        "<t:ExchangeImpersonation><t:ConnectingSID><t:PrincipalName>user2@contoso.com</t:PrincipalName></"
        "t:ConnectingSID>"
        "</t:ExchangeImpersonation></"
        "soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape>"
        "</m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/><t:DistinguishedFolderId "
        "Id=\"calendar\">"
        "<t:Mailbox><t:EmailAddress>ghost@contoso.com</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>"
        "<t:DistinguishedFolderId Id=\"contacts\"/></m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>";
    const SimResponse r = ews(*m, "Bearer " + appToken(*m), body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.count("<m:GetFolderResponseMessage "), 3);
    QVERIFY(r.body.contains("<t:DisplayName>Inbox</t:DisplayName>"));
    QVERIFY(r.body.contains("<m:ResponseCode>ErrorNonExistentMailbox</m:ResponseCode>"));
    QVERIFY(r.body.contains("<t:ContactsFolder>"));
    // The folder id handed out can be used again.
    const qsizetype at = r.body.indexOf("<t:FolderId Id=\"") + 16;
    const QByteArray id = r.body.mid(at, r.body.indexOf('"', at) - at);
    const QByteArray byId = QByteArray(body).replace("<t:DistinguishedFolderId Id=\"inbox\"/>",
                                                     QByteArray("<t:FolderId Id=\"" + id + "\"/>"));
    const SimResponse again = ews(*m, "Bearer " + appToken(*m), byId);
    QVERIFY(again.body.contains(QByteArray("<t:FolderId Id=\"" + id + "\"")));
    const SimResponse bad =
        ews(*m, "Bearer " + appToken(*m),
            QByteArray(body).replace("<t:DistinguishedFolderId Id=\"inbox\"/>", "<t:FolderId Id=\"xyz\"/>"));
    QVERIFY(bad.body.contains("<m:ResponseCode>ErrorInvalidIdMalformed</m:ResponseCode>"));
}

void TstTenantExchange::ewsDisabledAndThrottled()
{
    auto disabled = makeModel(R"({"ews_enabled":false})");
    const SimResponse d = ews(*disabled, bearer(appToken(*disabled)), getFolderBody(kUser1));
    QCOMPARE(d.status, 403);
    // Throttle 3: token + 2 EWS requests fit in their families' budgets; the 4th EWS request is throttled.
    auto t = makeModel(R"({"throttle":3})");
    const QByteArray token = appToken(*t);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ews(*t, bearer(token), getFolderBody(kUser1)).status, 200);
    const SimResponse busy = ews(*t, bearer(token), getFolderBody(kUser1));
    QCOMPARE(busy.status, 500);
    QVERIFY(
        busy.body.contains("<faultcode xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
                           "a:ErrorServerBusy</faultcode>"));
    QVERIFY(busy.body.contains("<t:Value Name=\"BackOffMilliseconds\">60000</t:Value>"));
}

namespace {
qint64 utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

// The EWS retirement in Exchange Online (facts §5.4, §9.6; scenarios.md): organisation switch
// (true / false / not set = off from 1 October 2026), app allow list, mailbox switch, Kiosk/F3.
void TstTenantExchange::ewsRetirement_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QString>("caller");  // "app" (impersonation), a UPN (delegated), "onprem" (Basic)
    QTest::addColumn<QString>("mailbox"); // the mailbox opened
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("rule");

    const qint64 jan = utc(2026, 1, 1, 9);
    const qint64 lastJune = utc(2026, 6, 30, 23, 59);
    const qint64 july = utc(2026, 7, 1);
    const qint64 lastSeptember = utc(2026, 9, 30, 23, 59);
    const qint64 october = utc(2026, 10, 1);
    const qint64 december = utc(2026, 12, 2, 9);
    const QString app = QStringLiteral("app");
    const QString ok = QStringLiteral("tenant:ews-getfolder");
    const QString orgOff = QStringLiteral("tenant:exo-ews-disabled");
    const QString notSet = QStringLiteral("tenant:exo-ews-not-set");
    const QString notAllowed = QStringLiteral("tenant:exo-ews-app-not-allowed");
    const QString mailboxOff = QStringLiteral("tenant:exo-ews-mailbox-disabled");
    const QString kiosk = QStringLiteral("tenant:exo-ews-kiosk-licence");
    const QByteArray kioskPlans =
        R"({"users":[{"upn":"user1@contoso.com","licenses":["EXCHANGE_S_DESKLESS","EXCHANGE_S_FOUNDATION"]}]})";

    QTest::newRow("healthy: explicit true after October")
        << QByteArray() << december << app << kUser1 << 200 << ok;
    QTest::newRow("org off") << QByteArray(R"({"ews_enabled":false})") << jan << app << kUser1 << 403
                             << orgOff;
    QTest::newRow("org off, delegated")
        << QByteArray(R"({"ews_enabled":false})") << jan << kMigration << kUser1 << 403 << orgOff;
    QTest::newRow("org not set, September")
        << QByteArray(R"({"ews_enabled":null})") << lastSeptember << app << kUser1 << 200 << ok;
    QTest::newRow("org not set, 1 October")
        << QByteArray(R"({"ews_enabled":null})") << october << app << kUser1 << 403 << notSet;
    QTest::newRow("org not set, December, delegated")
        << QByteArray(R"({"ews_enabled":null})") << december << kMigration << kUser1 << 403 << notSet;
    QTest::newRow("allow list without the app")
        << QByteArray(R"({"ews_allowed_app_ids":["d3590ed6-52b3-4102-aeff-aad2292ab01c"]})") << december
        << app << kUser1 << 403 << notAllowed;
    QTest::newRow("allow list with the app")
        << QByteArray(R"({"ews_allowed_app_ids":["d3590ed6-52b3-4102-aeff-aad2292ab01c",
                                                  "9E8D7C6B-5A49-4382-8170-6F5E4D3C2B1A"]})")
        << december << app << kUser1 << 200 << ok;
    QTest::newRow("allow list, delegated app not listed")
        << QByteArray(R"({"ews_allowed_app_ids":["9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a"]})") << december
        << kMigration << kUser1 << 403 << notAllowed;
    QTest::newRow("allow list, delegated app listed")
        << QByteArray(R"({"ews_allowed_app_ids":["3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61"]})") << december
        << kMigration << kUser1 << 200 << ok;
    QTest::newRow("empty allow list")
        << QByteArray(R"({"ews_allowed_app_ids":[]})") << jan << app << kUser1 << 403 << notAllowed;
    QTest::newRow("mailbox off") << QByteArray(
                                        R"({"users":[{"upn":"user1@contoso.com","ews_enabled":false}]})")
                                 << jan << app << kUser1 << 403 << mailboxOff;
    QTest::newRow("mailbox off, delegate access")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","ews_enabled":false}]})") << jan << kMigration
        << kUser1 << 403 << mailboxOff;
    QTest::newRow("another mailbox off")
        << QByteArray(R"({"users":[{"upn":"user2@contoso.com","ews_enabled":false}]})") << jan << app
        << kUser1 << 200 << ok;
    QTest::newRow("org off and mailbox off")
        << QByteArray(R"({"ews_enabled":false,"users":[{"upn":"user1@contoso.com","ews_enabled":false}]})")
        << jan << app << kUser1 << 403 << orgOff;
    QTest::newRow("org off, mailbox explicitly on")
        << QByteArray(R"({"ews_enabled":false,"users":[{"upn":"user1@contoso.com","ews_enabled":true}]})")
        << december << app << kUser1 << 200 << ok;
    QTest::newRow("org not set, mailbox explicitly on")
        << QByteArray(R"({"ews_enabled":null,"users":[{"upn":"user1@contoso.com","ews_enabled":true}]})")
        << december << app << kUser1 << 200 << ok;
    QTest::newRow("org off, mailbox on, delegate access")
        << QByteArray(R"({"ews_enabled":false,"users":[{"upn":"user1@contoso.com","ews_enabled":true}]})")
        << december << kMigration << kUser1 << 200 << ok;
    QTest::newRow("org off, mailbox on, the caller's own mailbox is not")
        << QByteArray(R"({"ews_enabled":false,"users":[{"upn":"user1@contoso.com","ews_enabled":true}]})")
        << december << kMigration << QString() << 403 << orgOff;
    QTest::newRow("org off, mailbox on, app not in the allow list")
        << QByteArray(R"({"ews_enabled":false,"ews_allowed_app_ids":["d3590ed6-52b3-4102-aeff-aad2292ab01c"],
                          "users":[{"upn":"user1@contoso.com","ews_enabled":true}]})")
        << december << app << kUser1 << 403 << notAllowed;
    QTest::newRow("kiosk before July") << kioskPlans << lastJune << app << kUser1 << 200 << ok;
    QTest::newRow("kiosk from 1 July") << kioskPlans << july << app << kUser1 << 403 << kiosk;
    QTest::newRow("kiosk, the user's own mailbox")
        << kioskPlans << december << kUser1 << QString() << 403 << kiosk;
    QTest::newRow("kiosk plan beside E3")
        << QByteArray(
               R"({"users":[{"upn":"user1@contoso.com","licenses":["EXCHANGE_S_DESKLESS","EXCHANGE_S_ENTERPRISE"]}]})")
        << december << app << kUser1 << 200 << ok;
    QTest::newRow("kiosk, mailbox explicitly on")
        << QByteArray(
               R"({"users":[{"upn":"user1@contoso.com","ews_enabled":true,"licenses":["EXCHANGE_S_DESKLESS"]}]})")
        << december << app << kUser1 << 403 << kiosk;
    QTest::newRow("on-prem is not affected")
        << QByteArray(R"({"ews_enabled":false,"ews_allowed_app_ids":[],
                          "users":[{"upn":"user1@fabrikam.com","ews_enabled":false}]})")
        << december << QStringLiteral("onprem") << QStringLiteral("user1@fabrikam.com") << 200 << ok;
}

void TstTenantExchange::ewsRetirement()
{
    QFETCH(QByteArray, overrides);
    QFETCH(qint64, now);
    QFETCH(QString, caller);
    QFETCH(QString, mailbox);
    QFETCH(int, status);
    QFETCH(QString, rule);
    auto m = makeModel(overrides, now);
    QVERIFY(m);
    SimResponse r;
    if (caller == QLatin1String("onprem")) {
        r = ews(*m, basic(QStringLiteral("admin@fabrikam.com"), QStringLiteral("Fabrikam-Admin-2026!")),
                getFolderBody(mailbox), QStringLiteral("mail.fabrikam.com"));
    } else if (caller == QLatin1String("app")) {
        r = ews(*m, bearer(appToken(*m)), getFolderBody(mailbox));
    } else {
        const QString pw = caller == kUser1 ? kUser1Pw : kMigrationPw;
        const QByteArray token = delegatedToken(*m, caller, pw);
        QVERIFY(!token.isEmpty());
        r = ews(*m, bearer(token), getFolderBody({}, mailbox));
    }
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("%1 %2").arg(r.status).arg(r.rule)));
    QCOMPARE(r.rule, rule);
    if (status == 403) {
        QVERIFY(r.body.isEmpty()); // the product must not depend on a body
        QCOMPARE(header(r, "X-BackEndHttpStatus"), QByteArray("403"));
    } else {
        QVERIFY(r.body.contains("<m:ResponseCode>NoError</m:ResponseCode>"));
    }
}

void TstTenantExchange::basicAuthToExo()
{
    auto m = makeModel();
    const QByteArray creds = basic(kUser1, kUser1Pw);
    const SimResponse e = ews(*m, creds, getFolderBody());
    QCOMPARE(e.status, 401);
    QCOMPARE(headers(e, "WWW-Authenticate").size(), 1);
    const SimResponse a =
        post(*m, QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml"), creds,
             poxBody(kUser1));
    QCOMPARE(a.status, 401);
    QVERIFY(header(a, "X-AutoDiscovery-Error").contains("BasicAuthBlockStatus - Deny"));
    QVERIFY(header(a, "X-AutoDiscovery-Error").contains("Basic Auth Blocked"));
    for (const auto &h : a.headers)
        QVERIFY(!h.second.contains(kUser1Pw.toLatin1()));
}

void TstTenantExchange::basicAuthHistoricalMode()
{
    auto m = makeModel(R"({"basic_auth":true,"users":[{"upn":"user2@contoso.com","mfa":"enforced"}]})");
    const QString url = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml");
    const SimResponse ok = post(*m, url, basic(kUser1, kUser1Pw), poxBody(kUser1));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.contains("<EwsUrl>https://outlook.office365.com/EWS/Exchange.asmx</EwsUrl>"));
    const SimResponse wrong = post(*m, url, basic(kUser1, QStringLiteral("wrong")), poxBody(kUser1));
    QCOMPARE(wrong.status, 401);
    QVERIFY(header(wrong, "X-AutoDiscovery-Error").contains("AADSTS50126"));
    const SimResponse mfa =
        post(*m, url, basic(QStringLiteral("user2@contoso.com"), QStringLiteral("User2-Contoso-2026!")),
             poxBody(QStringLiteral("user2@contoso.com")));
    QCOMPARE(mfa.status, 456);
    QVERIFY(header(mfa, "X-AutoDiscovery-Error").contains("AADSTS50076"));
    const SimResponse basicEws = ews(*m, basic(kUser1, kUser1Pw), getFolderBody());
    QCOMPARE(basicEws.status, 200);
    QVERIFY(basicEws.body.contains("NoError"));

    // Federation is per domain: user3 marks contoso.com federated, so user1 goes to AD FS too.
    auto federated =
        makeModel(R"({"basic_auth":true,"users":[{"upn":"user3@contoso.com","federated":true}]})");
    for (const QString &user : {QStringLiteral("user3@contoso.com"), kUser1}) {
        const SimResponse fed = post(*federated, url, basic(user, QStringLiteral("any")), poxBody(user));
        QCOMPARE(fed.status, 503);
        QCOMPARE(header(fed, "Retry-After"), QByteArray("30"));
        QVERIFY(header(fed, "X-AutoDiscovery-Error").contains("FederatedStsUnreachable"));
    }
    // Security defaults block this legacy protocol outright (AADSTS530035 stays for it, facts §9.7).
    auto defaults = makeModel(R"({"basic_auth":true,"security_defaults":true})");
    const SimResponse blocked = post(*defaults, url, basic(kUser1, kUser1Pw), poxBody(kUser1));
    QCOMPARE(blocked.status, 456);
    QVERIFY(header(blocked, "X-AutoDiscovery-Error").contains("AADSTS530035"));
}

void TstTenantExchange::autodiscoverPox_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("cloud mailbox") << QByteArray() << kUser1
                                   << QByteArray(
                                          "<EwsUrl>https://outlook.office365.com/EWS/Exchange.asmx</EwsUrl>");
    QTest::newRow("microsoft online")
        << QByteArray() << kUser1 << QByteArray("<MicrosoftOnline>True</MicrosoftOnline>");
    QTest::newRow("unknown address") << QByteArray() << QStringLiteral("nobody@contoso.com")
                                     << QByteArray("<ErrorCode>500</ErrorCode>");
    QTest::newRow("mailbox none") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mailbox":"none"}]})")
                                  << kUser1 << QByteArray("<ErrorCode>500</ErrorCode>");
    QTest::newRow("hybrid on-prem mailbox")
        << QByteArray(
               R"({"users":[{"upn":"user1@contoso.com","mailbox":"on-prem","sync_from_on_prem":true}]})")
        << kUser1
        << QByteArray("<Action>redirectUrl</Action><RedirectUrl>https://mail.fabrikam.com/autodiscover/"
                      "autodiscover.xml"
                      "</RedirectUrl>");
}

void TstTenantExchange::autodiscoverPox()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, email);
    QFETCH(QByteArray, expected);
    auto m = makeModel(overrides);
    const QString url = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml");
    const SimResponse anon = post(*m, url, {}, poxBody(email));
    QCOMPARE(anon.status, 401);
    QCOMPARE(headers(anon, "WWW-Authenticate").size(), 1);
    const SimResponse r = post(*m, url, bearer(delegatedToken(*m, kMigration, kMigrationPw)), poxBody(email));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.body.contains(expected), r.body.constData());
}

void TstTenantExchange::autodiscoverSoap()
{
    auto m =
        makeModel(R"({"users":[{"upn":"user2@contoso.com","mailbox":"on-prem","sync_from_on_prem":true}]})");
    const QString url = QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc");
    QCOMPARE(post(*m, url, {}, soapBody(kUser1)).status, 401);
    const QByteArray auth = bearer(appToken(*m));
    const SimResponse ok = post(*m, url, auth, soapBody(kUser1));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.contains(
        "<Name>ExternalEwsUrl</Name><Value>https://outlook.office365.com/EWS/Exchange.asmx</Value>"));
    QVERIFY(ok.body.contains("<Name>UserDisplayName</Name><Value>User One</Value>"));
    QVERIFY(ok.body.contains("<ErrorCode>InvalidSetting</ErrorCode>"));
    QVERIFY(ok.body.contains("<SettingName>FavouriteColour</SettingName>"));
    const SimResponse bad = post(*m, url, auth, soapBody(QStringLiteral("nobody@contoso.com")));
    QVERIFY(bad.body.contains("<ErrorCode>InvalidUser</ErrorCode>"));
    // "Invalid user 'x'" without a colon (facts §9.11).
    QVERIFY2(bad.body.contains("<ErrorMessage>Invalid user 'nobody@contoso.com'</ErrorMessage>"),
             bad.body.constData());
    const SimResponse redirect = post(*m, url, auth, soapBody(QStringLiteral("user2@contoso.com")));
    QVERIFY(redirect.body.contains("<ErrorCode>RedirectUrl</ErrorCode>"));
    QVERIFY(redirect.body.contains(
        "<RedirectTarget>https://mail.fabrikam.com/autodiscover/autodiscover.svc</RedirectTarget>"));
}

void TstTenantExchange::autodiscoverV2_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("protocol");    // "Protocol" of the answer (echoed as sent)
    QTest::addColumn<QString>("expectedUrl"); // "Url" of a 200, Location of a 302
    const QString base = QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.json");
    const QString exo = QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx");
    const QByteArray hybrid =
        R"({"users":[{"upn":"user1@contoso.com","mailbox":"on-prem","sync_from_on_prem":true}]})";
    QTest::newRow("cloud") << QByteArray() << base + QStringLiteral("?Email=user1@contoso.com&Protocol=EWS")
                           << 200 << QStringLiteral("EWS") << exo;
    QTest::newRow("protocol echoed as sent")
        << QByteArray() << base + QStringLiteral("?Email=user1@contoso.com&Protocol=ews") << 200
        << QStringLiteral("ews") << exo;
    // §9.5c: an unknown address gets an answer too (no enumeration).
    QTest::newRow("unknown as EXO") << QByteArray()
                                    << base + QStringLiteral("?Email=ghost@example.net&Protocol=Ews") << 200
                                    << QStringLiteral("Ews") << exo;
    QTest::newRow("unknown in tenant domain as EXO")
        << QByteArray() << base + QStringLiteral("/v1.0/ghost@contoso.com?Protocol=Ews") << 200
        << QStringLiteral("Ews") << exo;
    // §9.5b: a hybrid user whose mailbox is on-premises: 302 to the on-premises Autodiscover.
    QTest::newRow("hybrid on-prem") << hybrid << base + QStringLiteral("/v1.0/user1@contoso.com?Protocol=EWS")
                                    << 302 << QString()
                                    << QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/"
                                                      "autodiscover.json/v1.0/user1@contoso.com?Protocol=EWS&"
                                                      "RedirectCount=1");
    // §9.5a: a national-cloud mailbox asked at the worldwide host goes to its cloud.
    QTest::newRow("gcc high mailbox at worldwide host")
        << QByteArray(R"({"cloud":"gcc-high"})")
        << base + QStringLiteral("/v1.0/user1@contoso.com?Protocol=Ews") << 302 << QString()
        << QStringLiteral("https://autodiscover-s.office365.us/autodiscover/autodiscover.json/v1.0/"
                          "user1@contoso.com?Protocol=Ews&RedirectCount=1");
    QTest::newRow("gcc high mailbox at its own host")
        << QByteArray(R"({"cloud":"gcc-high"})")
        << QStringLiteral("https://autodiscover-s.office365.us/autodiscover/autodiscover.json/v1.0/"
                          "user1@contoso.com?Protocol=Ews&RedirectCount=1")
        << 200 << QStringLiteral("Ews") << QStringLiteral("https://outlook.office365.us/EWS/Exchange.asmx");
    QTest::newRow("gcc moderate stays worldwide")
        << QByteArray(R"({"cloud":"gcc"})") << base + QStringLiteral("?Email=user1@contoso.com&Protocol=EWS")
        << 200 << QStringLiteral("EWS") << exo;
    // §9.5d: AutodiscoverV1 points at outlook.office365.com; newer protocols are valid.
    QTest::newRow("autodiscover v1")
        << QByteArray() << base + QStringLiteral("/v1.0/user1@contoso.com?Protocol=AutodiscoverV1") << 200
        << QStringLiteral("AutodiscoverV1")
        << QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.xml");
    QTest::newRow("substrate") << QByteArray()
                               << base + QStringLiteral("/v1.0/user1@contoso.com?Protocol=Substrate") << 200
                               << QStringLiteral("Substrate")
                               << QStringLiteral("https://substrate.office.com");
    QTest::newRow("meeting scheduler")
        << QByteArray() << base + QStringLiteral("/v1.0/user1@contoso.com?Protocol=outlookmeetingscheduler")
        << 200 << QStringLiteral("outlookmeetingscheduler")
        << QStringLiteral("https://outlook.office.com/scheduling/api");
    QTest::newRow("outlook pay") << QByteArray()
                                 << base + QStringLiteral("?Email=user1@contoso.com&Protocol=OutlookPay")
                                 << 200 << QStringLiteral("OutlookPay")
                                 << QStringLiteral("https://outlook.office.com/opay");
    QTest::newRow("invalid protocol")
        << QByteArray() << base + QStringLiteral("?Email=user1@contoso.com&Protocol=Smtp") << 400 << QString()
        << QString();
    QTest::newRow("on-prem server does not know substrate")
        << QByteArray()
        << QStringLiteral("https://mail.fabrikam.com/autodiscover/autodiscover.json/v1.0/"
                          "user1@fabrikam.com?Protocol=Substrate")
        << 400 << QString() << QString();
    QTest::newRow("on-prem server answers the redirected request")
        << hybrid
        << QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.json/v1.0/"
                          "user1@contoso.com?Protocol=EWS&RedirectCount=1")
        << 200 << QStringLiteral("EWS") << QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
}

void TstTenantExchange::autodiscoverV2()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, url);
    QFETCH(int, status);
    QFETCH(QString, protocol);
    QFETCH(QString, expectedUrl);
    auto m = makeModel(overrides);
    const SimResponse r = get(*m, url);
    QVERIFY2(r.status == status, r.body.constData());
    if (status == 200) {
        QCOMPARE(json(r).value(QStringLiteral("Protocol")).toString(), protocol);
        QCOMPARE(json(r).value(QStringLiteral("Url")).toString(), expectedUrl);
    } else if (status == 302) {
        QCOMPARE(QString::fromUtf8(header(r, "Location")), expectedUrl);
        QVERIFY(r.body.isEmpty());
    } else {
        QCOMPARE(json(r).value(QStringLiteral("ErrorCode")).toString(), QStringLiteral("InvalidProtocol"));
    }
}

void TstTenantExchange::plainHttpRedirect()
{
    auto m = makeModel();
    const SimResponse cloud =
        get(*m, QStringLiteral("http://autodiscover.contoso.com/autodiscover/autodiscover.xml"));
    QCOMPARE(cloud.status, 302);
    QCOMPARE(header(cloud, "Location"),
             QByteArray("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml"));
    const SimResponse onprem =
        get(*m, QStringLiteral("http://autodiscover.fabrikam.com/autodiscover/autodiscover.xml"));
    QCOMPARE(onprem.status, 302);
    QCOMPARE(header(onprem, "Location"),
             QByteArray("https://mail.fabrikam.com/autodiscover/autodiscover.xml"));
    QVERIFY(!m->handle(
        request("GET", QStringLiteral("http://autodiscover.example.net/autodiscover/autodiscover.xml"))));
}

void TstTenantExchange::nationalCloudEws()
{
    auto m = makeModel(R"({"cloud":"gcc-high"})");
    const SimResponse tok =
        clientCredentials(*m, QStringLiteral("https://outlook.office365.us/.default"), kAppOnlySecret,
                          kAppOnlyApp, QStringLiteral("login.microsoftonline.us"));
    const QByteArray token = accessToken(tok);
    QVERIFY(!token.isEmpty());
    const SimResponse us =
        ews(*m, bearer(token), getFolderBody(kUser1), QStringLiteral("outlook.office365.us"));
    QCOMPARE(us.status, 200);
    QVERIFY(headers(us, "WWW-Authenticate").isEmpty());
    const SimResponse commercial = ews(*m, bearer(token), getFolderBody(kUser1));
    QCOMPARE(commercial.status, 401);
    QVERIFY(header(commercial, "x-ms-diagnostics").startsWith("2000003"));
    const SimResponse anon = ews(*m, {}, getFolderBody(), QStringLiteral("outlook.office365.us"));
    QVERIFY(headers(anon, "WWW-Authenticate")
                .first()
                .contains("https://login.microsoftonline.us/common/oauth2/authorize"));
}

QTEST_GUILESS_MAIN(TstTenantExchange)
#include "tst_tenant_exchange.moc"
