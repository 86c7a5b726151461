// One data row per state field of scenarios.md "authdoctor.tenant": the
// override, the request that shows it, and the documented answer (README.md).
// Plus the throttle window with an injected clock.
#include "TenantTestSupport.h"

#include <QtTest>

using namespace TenantTest;

namespace {

const QString kUser1 = QStringLiteral("user1@contoso.com");
const QString kUser1Pw = QStringLiteral("User1-Contoso-2026!");

QByteArray everything(const SimResponse &r)
{
    QByteArray all = QByteArray::number(r.status) + '\n' + r.body + '\n' + r.rule.toUtf8();
    for (const auto &h : r.headers)
        all += '\n' + h.first + ": " + h.second;
    return all;
}

SimResponse orNotFound(const std::optional<SimResponse> &r)
{
    return r.value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

SimResponse graphGet(TenantModel &m, const QString &path)
{
    return orNotFound(m.handle(request("GET", QStringLiteral("https://graph.microsoft.com/v1.0/") + path,
                                       {{"Authorization", "Bearer " + appToken(m, kGraphDefault)}})));
}

SimResponse onPremPost(TenantModel &m, const QString &host, const QByteArray &auth,
                       const QByteArray &body = getFolderBody())
{
    HeaderList h{{"Content-Type", "text/xml"}};
    if (!auth.isEmpty())
        h.append({"Authorization", auth});
    return orNotFound(
        m.handle(request("POST", QStringLiteral("https://%1/EWS/Exchange.asmx").arg(host), h, body)));
}

// Runs the probe named by the row.
SimResponse probe(TenantModel &m, const QString &name)
{
    const QStringList p = name.split(QLatin1Char('|'));
    const QString kind = p.first();
    if (kind == QLatin1String("ropc"))
        return ropc(m, p.at(1), p.at(2), p.value(3, kEwsScope));
    if (kind == QLatin1String("cc"))
        return clientCredentials(m, kExoDefault, p.at(1), p.value(2, kAppOnlyApp));
    if (kind == QLatin1String("ews-app"))
        return ews(m, "Bearer " + appToken(m), getFolderBody(p.at(1)));
    if (kind == QLatin1String("ews-app-twice")) {
        const QByteArray token = appToken(m);
        ews(m, "Bearer " + token, getFolderBody(p.at(1)));
        return ews(m, "Bearer " + token, getFolderBody(p.at(1)));
    }
    if (kind == QLatin1String("ews-user"))
        return ews(m, "Bearer " + delegatedToken(m, p.at(1), p.at(2)), getFolderBody({}, p.at(3)));
    if (kind == QLatin1String("ews-basic"))
        return ews(m, basic(p.at(1), p.at(2)), getFolderBody());
    if (kind == QLatin1String("graph"))
        return graphGet(m, p.at(1));
    if (kind == QLatin1String("realm"))
        return orNotFound(m.handle(request(
            "GET", QStringLiteral("https://login.microsoftonline.com/getuserrealm.srf?login=%1&json=1")
                       .arg(p.at(1)))));
    if (kind == QLatin1String("v2"))
        return orNotFound(m.handle(request(
            "GET", QStringLiteral(
                       "https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/%1?Protocol=EWS")
                       .arg(p.at(1)))));
    if (kind == QLatin1String("openid"))
        return orNotFound(m.handle(request(
            "GET", QStringLiteral("https://%1/contoso.com/.well-known/openid-configuration").arg(p.at(1)))));
    if (kind == QLatin1String("onprem-anon"))
        return onPremPost(m, p.at(1), {});
    if (kind == QLatin1String("onprem-basic"))
        return onPremPost(m, QStringLiteral("mail.fabrikam.com"), basic(p.at(1), p.at(2)),
                          getFolderBody(p.value(3), {}, QStringLiteral("Exchange2016")));
    if (kind == QLatin1String("onprem-ntlm")) {
        using namespace NtlmClient;
        const QString ewsUrl = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
        const SimResponse r2 =
            orNotFound(m.handle(request("POST", ewsUrl, {{"Authorization", "NTLM " + type1().toBase64()}})));
        const QByteArray t2 = QByteArray::fromBase64(header(r2, "WWW-Authenticate").mid(5));
        const QByteArray t3 = type3(parseType2(t2), p.at(1), p.at(2), p.at(3), false);
        return orNotFound(
            m.handle(request("POST", ewsUrl, {{"Authorization", "NTLM " + t3.toBase64()}}, getFolderBody())));
    }
    return SimResponse::empty(0, QStringLiteral("unknown probe"));
}

} // namespace

class TstTenantFields : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void throttleWindowWithInjectedClock();
    void throttleCountsPerHostFamily();
};

void TstTenantFields::field_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<int>("delayMs");

    const QString ropcUser1 = QStringLiteral("ropc|") + kUser1 + QLatin1Char('|') + kUser1Pw;
    // users[]
    QTest::newRow("users.password")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","password":"Changed-2026!"}]})")
        << QStringLiteral("ropc|user1@contoso.com|Changed-2026!") << 200 << QByteArray("\"access_token\"")
        << 0;
    QTest::newRow("users.password (old one fails)")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","password":"Changed-2026!"}]})") << ropcUser1
        << 400 << QByteArray("\"error_codes\":[50126]") << 0;
    QTest::newRow("users.enabled") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","enabled":false}]})")
                                   << ropcUser1 << 400 << QByteArray("\"error_codes\":[50057]") << 0;
    QTest::newRow("users.enabled (Graph)")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","enabled":false}]})")
        << QStringLiteral("graph|users/user1@contoso.com?$select=accountEnabled") << 200
        << QByteArray("\"accountEnabled\":false") << 0;
    QTest::newRow("users.locked") << QByteArray(R"({"users":[{"upn":"user1@contoso.com","locked":true}]})")
                                  << ropcUser1 << 400 << QByteArray("\"error_codes\":[50053]") << 0;
    QTest::newRow("users.password_expired")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","password_expired":true}]})") << ropcUser1
        << 400 << QByteArray("\"error_codes\":[50055]") << 0;
    QTest::newRow("users.mfa enforced")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mfa":"enforced"}]})") << ropcUser1 << 400
        << QByteArray("\"error_codes\":[50076]") << 0;
    QTest::newRow("users.mfa registration-required")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","mfa":"registration-required"}]})") << ropcUser1
        << 400 << QByteArray("\"error_codes\":[50079]") << 0;
    QTest::newRow("users.federated") << QByteArray(
                                            R"({"users":[{"upn":"user1@contoso.com","federated":true}]})")
                                     << QStringLiteral("realm|user1@contoso.com") << 200
                                     << QByteArray("\"NameSpaceType\":\"Federated\"") << 0;
    QTest::newRow("users.created")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","created":"2025-12-31T21:00:00Z"}]})")
        << QStringLiteral("graph|users/user1@contoso.com?$select=createdDateTime") << 200
        << QByteArray("\"createdDateTime\":\"2025-12-31T21:00:00Z\"") << 0;
    QTest::newRow("users.licenses")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","licenses":["EXCHANGE_S_FOUNDATION"]}]})")
        << QStringLiteral("ews-app|user1@contoso.com") << 200
        << QByteArray("<m:ResponseCode>ErrorInvalidLicense</m:ResponseCode>") << 0;
    QTest::newRow("users.mailbox") << QByteArray(
                                          R"({"users":[{"upn":"user1@contoso.com","mailbox":"on-prem"}]})")
                                   << QStringLiteral("v2|user1@contoso.com") << 302
                                   << QByteArray("Location: https://autodiscover.fabrikam.com/autodiscover/"
                                                 "autodiscover.json/v1.0/user1@contoso.com?Protocol=EWS")
                                   << 0;
    QTest::newRow("users.onedrive") << QByteArray(
                                           R"({"users":[{"upn":"user1@contoso.com","onedrive":"none"}]})")
                                    << QStringLiteral("graph|users/user1@contoso.com/drive") << 404
                                    << QByteArray("User's mysite not found.") << 0;
    QTest::newRow("users.roles")
        << QByteArray(R"({"users":[{"upn":"migration@contoso.com","roles":[]}]})")
        << QStringLiteral("ews-user|migration@contoso.com|Migrate-Contoso-2026!|user1@contoso.com") << 200
        << QByteArray("<m:ResponseCode>ErrorAccessDenied</m:ResponseCode>") << 0;
    QTest::newRow("users.sync_from_on_prem")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","sync_from_on_prem":true}]})")
        << QStringLiteral("graph|users/user1@contoso.com?$select=onPremisesSyncEnabled") << 200
        << QByteArray("\"onPremisesSyncEnabled\":true") << 0;
    // apps[]
    QTest::newRow("apps.public_client")
        << QByteArray(
               R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","public_client":false}]})")
        << ropcUser1 << 401 << QByteArray("\"error_codes\":[7000218]") << 0;
    QTest::newRow("apps.consented")
        << QByteArray(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","consented":false}]})")
        << QStringLiteral("ews-app|user1@contoso.com") << 401 << QByteArray("x-ms-diagnostics: 2000008;")
        << 0;
    QTest::newRow("apps.secret")
        << QByteArray(
               R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","secret":"Rotated~Secret"}]})")
        << QStringLiteral("cc|") + kAppOnlySecret << 401 << QByteArray("\"error_codes\":[7000215]") << 0;
    QTest::newRow("apps.delegated")
        << QByteArray(
               R"({"apps":[{"client_id":"3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61","delegated":["User.Read"]}]})")
        << ropcUser1 << 400 << QByteArray("\"error_codes\":[650057]") << 0;
    QTest::newRow("apps.application")
        << QByteArray(
               R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","application":["User.Read.All"]}]})")
        << QStringLiteral("ews-app|user1@contoso.com") << 401 << QByteArray("x-ms-diagnostics: 2000008;")
        << 0;
    QTest::newRow("apps.enabled")
        << QByteArray(R"({"apps":[{"client_id":"9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a","enabled":false}]})")
        << QStringLiteral("cc|") + kAppOnlySecret << 400 << QByteArray("\"error_codes\":[7000112]") << 0;
    QTest::newRow("apps (added)")
        << QByteArray(
               R"({"apps":[{"client_id":"12121212-3434-4565-8787-909090909090","secret":"New~Secret","application":["full_access_as_app"]}]})")
        << QStringLiteral("cc|New~Secret|12121212-3434-4565-8787-909090909090") << 200
        << QByteArray("\"access_token\"") << 0;
    // tenant-wide
    QTest::newRow("tenant_id") << QByteArray(R"({"tenant_id":"11111111-2222-4333-8444-555555555555"})")
                               << QStringLiteral("openid|login.microsoftonline.com") << 200
                               << QByteArray("https://sts.windows.net/11111111-2222-4333-8444-555555555555/")
                               << 0;
    QTest::newRow("security_defaults") << QByteArray(R"({"security_defaults":true})") << ropcUser1 << 400
                                       << QByteArray("\"error_codes\":[50076]") << 0;
    QTest::newRow("ews_enabled") << QByteArray(R"({"ews_enabled":false})")
                                 << QStringLiteral("ews-app|user1@contoso.com") << 403
                                 << QByteArray("tenant:exo-ews-disabled") << 0;
    QTest::newRow("ews_allowed_app_ids")
        << QByteArray(R"({"ews_allowed_app_ids":["3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61"]})")
        << QStringLiteral("ews-app|user1@contoso.com") << 403 << QByteArray("tenant:exo-ews-app-not-allowed")
        << 0;
    QTest::newRow("users.ews_enabled")
        << QByteArray(R"({"users":[{"upn":"user1@contoso.com","ews_enabled":false}]})")
        << QStringLiteral("ews-app|user1@contoso.com") << 403 << QByteArray("tenant:exo-ews-mailbox-disabled")
        << 0;
    QTest::newRow("basic_auth") << QByteArray(R"({"basic_auth":true})")
                                << QStringLiteral("ews-basic|user1@contoso.com|") + kUser1Pw << 200
                                << QByteArray("NoError") << 0;
    QTest::newRow("cloud") << QByteArray(R"({"cloud":"dod"})")
                           << QStringLiteral("openid|login.microsoftonline.us") << 200
                           << QByteArray("\"tenant_region_sub_scope\":\"DOD\"") << 0;
    QTest::newRow("conditional_access") << QByteArray(R"({"conditional_access":["user1@contoso.com"]})")
                                        << ropcUser1 << 400 << QByteArray("\"error_codes\":[53003]") << 0;
    QTest::newRow("latency_ms") << QByteArray(R"({"latency_ms":750})") << ropcUser1 << 200
                                << QByteArray("\"access_token\"") << 750;
    QTest::newRow("throttle") << QByteArray(R"({"throttle":1})")
                              << QStringLiteral("ews-app-twice|user1@contoso.com") << 500
                              << QByteArray("<t:Value Name=\"BackOffMilliseconds\">") << 0;
    // on_prem
    QTest::newRow("on_prem.host") << QByteArray(R"({"on_prem":{"host":"exchange.fabrikam.net"}})")
                                  << QStringLiteral("onprem-anon|exchange.fabrikam.net") << 401
                                  << QByteArray("WWW-Authenticate: Basic realm=\"exchange.fabrikam.net\"")
                                  << 0;
    QTest::newRow("on_prem.version") << QByteArray(R"({"on_prem":{"version":"15.1.2507.39"}})")
                                     << QStringLiteral("onprem-anon|mail.fabrikam.com") << 401
                                     << QByteArray("X-OWA-Version: 15.1.2507.39") << 0;
    QTest::newRow("on_prem.auth_methods")
        << QByteArray(R"({"on_prem":{"auth_methods":["NTLM"]}})")
        << QStringLiteral("onprem-basic|admin@fabrikam.com|Fabrikam-Admin-2026!") << 401
        << QByteArray("tenant:onprem-scheme-not-offered") << 0;
    QTest::newRow("on_prem.extended_protection")
        << QByteArray(R"({"on_prem":{"extended_protection":true}})")
        << QStringLiteral("onprem-ntlm|admin|FABRIKAM|Fabrikam-Admin-2026!") << 401
        << QByteArray("tenant:onprem-extended-protection") << 0;
    QTest::newRow("on_prem.database_online")
        << QByteArray(R"({"on_prem":{"database_online":false}})")
        << QStringLiteral("onprem-basic|admin@fabrikam.com|Fabrikam-Admin-2026!|user1@fabrikam.com") << 200
        << QByteArray("<m:ResponseCode>ErrorMailboxStoreUnavailable</m:ResponseCode>") << 0;
    QTest::newRow("on_prem.latency_ms")
        << QByteArray(R"({"on_prem":{"latency_ms":3000}})") << QStringLiteral("onprem-anon|mail.fabrikam.com")
        << 401 << QByteArray("Negotiate") << 3000;
    QTest::newRow("on_prem null") << QByteArray(R"({"on_prem":null})")
                                  << QStringLiteral("onprem-anon|mail.fabrikam.com") << 404
                                  << QByteArray("nullopt") << 0;
}

void TstTenantFields::field()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, probe);
    QFETCH(int, status);
    QFETCH(QByteArray, needle);
    QFETCH(int, delayMs);
    auto m = makeModel(overrides);
    QVERIFY(m);
    const SimResponse r = ::probe(*m, probe);
    const QByteArray all = everything(r);
    QVERIFY2(r.status == status, all.left(600).constData());
    QVERIFY2(all.contains(needle), all.left(600).constData());
    QCOMPARE(r.delayMs, delayMs);
    // The healthy tenant answers the same probe differently: the row really shows the field.
    auto healthy = makeModel();
    const SimResponse h = ::probe(*healthy, probe);
    QVERIFY2(h.status != status || !everything(h).contains(needle) || h.delayMs != delayMs,
             qPrintable(probe));
}

void TstTenantFields::throttleWindowWithInjectedClock()
{
    auto m = makeModel(R"({"throttle":2})");
    qint64 now = kNow;
    m->setClock([&now] { return now; });
    const QByteArray token = appToken(*m, kGraphDefault);
    const auto get = [&] {
        return orNotFound(m->handle(
            request("GET", QStringLiteral("https://graph.microsoft.com/v1.0/users/user1@contoso.com"),
                    {{"Authorization", "Bearer " + token}})));
    };
    QCOMPARE(get().status, 200);
    now += 10000;
    QCOMPARE(get().status, 200);
    now += 10000;
    SimResponse r = get();
    QCOMPARE(r.status, 429);
    QCOMPARE(header(r, "Retry-After"), QByteArray("40")); // the first request leaves the window at +60 s
    now = kNow + 60000;                                   // first request out; the other two still in
    QCOMPARE(get().status, 429);
    now = kNow + 85000; // requests at +10 s and +20 s are out; +60 s is in
    QCOMPARE(get().status, 200);
    now += 120000; // a quiet period empties the window
    QCOMPARE(get().status, 200);
    QCOMPARE(get().status, 200);
    QCOMPARE(get().status, 429);
}

void TstTenantFields::throttleCountsPerHostFamily()
{
    auto m = makeModel(R"({"throttle":1})");
    // One request per family fits; a token request does not use up the EWS budget.
    const QByteArray token = appToken(*m);
    QCOMPARE(ews(*m, "Bearer " + token, getFolderBody(kUser1)).status, 200);
    QCOMPARE(ews(*m, "Bearer " + token, getFolderBody(kUser1)).status, 500);
    const SimResponse second = clientCredentials(*m);
    QCOMPARE(second.status, 429);
    QCOMPARE(aadsts(second), 90055);
    QVERIFY(!header(second, "Retry-After").isEmpty());
    // On-prem is never throttled.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(orNotFound(
                     m->handle(request("POST", QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"),
                                       {{"Authorization", basic(QStringLiteral("admin@fabrikam.com"),
                                                                QStringLiteral("Fabrikam-Admin-2026!"))}},
                                       getFolderBody())))
                     .status,
                 200);
}

QTEST_GUILESS_MAIN(TstTenantFields)
#include "tst_tenant_fields.moc"
