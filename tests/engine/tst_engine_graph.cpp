// The Microsoft Graph and SharePoint checks (app/engine/checks/GraphChecks.cpp), run in-process
// against the simulated tenant: embedded practice scenarios and small inline ones (tenant
// overrides and WireMock mappings) for the shapes no embedded scenario shows.
#include "core/Vocabulary.h"
#include "engine/Engine.h"
#include "engine/ResultJson.h"
#include "sim/Scenario.h"
#include "sim/SimulatedTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AuthDoctor;
using namespace AuthDoctor::Engine;

namespace {

const QString kAppOnlyApp = QStringLiteral("9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a");
const QString kAppOnlySecret = QStringLiteral("Cx8Q~appOnlySecretValue.Contoso-2026");
const QString kDelegatedApp = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
const QString kAdminPassword = QStringLiteral("Contoso-Admin-2026!");

QJsonObject inputs(const QString &endpoint, const QString &auth, const QString &mailbox)
{
    QJsonObject o{{QStringLiteral("endpoint"), endpoint},
                  {QStringLiteral("side"), QStringLiteral("destination")},
                  {QStringLiteral("cloud"), QStringLiteral("commercial")},
                  {QStringLiteral("auth"), auth},
                  {QStringLiteral("user"), QStringLiteral("admin@contoso.com")},
                  {QStringLiteral("tenant"), QStringLiteral("contoso.com")},
                  {QStringLiteral("mailbox"), mailbox}};
    if (auth == QLatin1String("app-only")) {
        o.insert(QStringLiteral("client_id"), kAppOnlyApp);
        o.insert(QStringLiteral("client_secret"), kAppOnlySecret);
    } else {
        o.insert(QStringLiteral("client_id"), kDelegatedApp);
        o.insert(QStringLiteral("password"), kAdminPassword);
    }
    return o;
}

// An inline scenario on the healthy tenant.
QByteArray scenario(const QJsonObject &in, const QByteArray &tenant = "{}", const QByteArray &mappings = "[]")
{
    const QJsonObject ad{{QStringLiteral("name"), QStringLiteral("inline")},
                         {QStringLiteral("base"), QStringLiteral("healthy-tenant")},
                         {QStringLiteral("tenant"), QJsonDocument::fromJson(tenant).object()},
                         {QStringLiteral("inputs"), in}};
    return QJsonDocument(QJsonObject{{QStringLiteral("authdoctor"), ad},
                                     {QStringLiteral("mappings"), QJsonDocument::fromJson(mappings).array()}})
        .toJson(QJsonDocument::Compact);
}

// One Graph mapping: GET graph.microsoft.com on a path matching `pathPattern`.
QByteArray graphMapping(const QString &pathPattern, int status, const QJsonObject &body,
                        const QJsonObject &headers = {})
{
    QJsonObject h = headers;
    h.insert(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
    const QJsonObject m{
        {QStringLiteral("priority"), 1},
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("host"),
                      QJsonObject{{QStringLiteral("equalTo"), QStringLiteral("graph.microsoft.com")}}},
                     {QStringLiteral("urlPathPattern"), pathPattern}}},
        {QStringLiteral("response"), QJsonObject{{QStringLiteral("status"), status},
                                                 {QStringLiteral("headers"), h},
                                                 {QStringLiteral("jsonBody"), body}}}};
    return QJsonDocument(QJsonArray{m}).toJson(QJsonDocument::Compact);
}

QJsonObject graphErrorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

struct Outcome
{
    Result result;
    QStringList credentialHosts;
    QByteArray json;
    QString error;
};

// Runs the whole diagnosis of a scenario (an embedded name, or inline JSON) against the simulator.
Outcome diagnose(const QByteArray &nameOrJson, const QDateTime &now = {})
{
    Outcome out;
    QString err;
    const auto sc = nameOrJson.startsWith('{')
                        ? Sim::Scenario::load(nameOrJson, QStringLiteral("inline"), &err)
                        : Sim::Scenario::loadEmbedded(QString::fromLatin1(nameOrJson), &err);
    if (!sc) {
        out.error = err;
        return out;
    }
    Inputs in;
    const QJsonObject si = sc->inputs;
    const auto str = [&si](const char *k) { return si.value(QLatin1String(k)).toString(); };
    in.endpoint = endpointKindFromString(str("endpoint")).value_or(EndpointKind::ExchangeOnline);
    in.side = sideFromString(str("side")).value_or(Side::Unknown);
    in.cloud = cloudFromString(str("cloud")).value_or(Cloud::Commercial);
    in.auth = authMethodFromString(str("auth")).value_or(AuthMethod::Delegated);
    in.user = str("user");
    in.mailbox = str("mailbox");
    in.tenant = str("tenant");
    in.clientId = str("client_id");
    in.password = str("password");
    in.clientSecret = str("client_secret");

    Sim::SimulatedTenant sim;
    if (!sim.start(*sc, &err)) {
        out.error = err;
        return out;
    }
    NetworkContext ctx;
    ctx.proxy = sim.proxy();
    ctx.extraCaCertificates = sim.caCertificates();
    ctx.requestTimeoutMs = 15000;
    if (now.isValid())
        ctx.now = [now] { return now; };
    QNetworkAccessManager nam;
    nam.setProxy(*ctx.proxy);
    ctx.nam = &nam;
    Diagnosis d(ctx);
    d.setInputs(in);
    QSignalSpy done(&d, &Diagnosis::finished);
    d.start();
    if (done.isEmpty() && !done.wait(60000)) {
        out.error = QStringLiteral("no verdict within 60 s");
        return out;
    }
    out.result = d.result();
    out.credentialHosts = d.credentialHosts();
    out.json = QJsonDocument(resultToJson(out.result)).toJson(QJsonDocument::Compact);
    return out;
}

const CheckResult *findCheck(const Result &r, const QString &id)
{
    for (const CheckResult &c : r.checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestEngineGraph : public QObject
{
    Q_OBJECT

private slots:
    void checks_data()
    {
        QTest::addColumn<QByteArray>("scenario"); // embedded name or inline JSON
        QTest::addColumn<QDateTime>("now");       // invalid: the real clock
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("findings"); // exactly, in order
        QTest::addColumn<QString>("primary");      // empty: not compared
        QTest::addColumn<int>("requests");         // of this check; -1: not compared

        const QDateTime none;
        const QString exo = QStringLiteral("exchange-online");
        const QString od = QStringLiteral("onedrive");
        const QString app = QStringLiteral("app-only");
        const QString del = QStringLiteral("delegated");
        const QString user1 = QStringLiteral("user1@contoso.com");

        // Embedded practice scenarios.
        QTest::newRow("exo-mailbox-not-found: FOUNDATION is no mailbox")
            << QByteArray("exo-mailbox-not-found") << none << "graph-licenses"
            << "failed" << ids({"mailbox-not-found"}) << "mailbox-not-found" << 0;
        QTest::newRow("exo-mailbox-not-found: mailboxSettings 404")
            << QByteArray("exo-mailbox-not-found") << none << "graph-mailbox"
            << "failed" << ids({"mailbox-not-found"}) << "mailbox-not-found" << 1;
        QTest::newRow("exo-mailbox-not-instantiated")
            << QByteArray("exo-mailbox-not-instantiated") << none << "graph-mailbox"
            << "failed" << ids({"mailbox-not-instantiated", "mailbox-not-found"})
            << "mailbox-not-instantiated" << 1;
        QTest::newRow("exo-new-account-not-ready")
            << QByteArray("exo-new-account-not-ready") << none << "graph-mailbox"
            << "failed" << ids({"new-account-not-ready", "mailbox-not-found"}) << "new-account-not-ready"
            << 1;
        QTest::newRow("exo-healthy-app-only: mailbox served")
            << QByteArray("exo-healthy-app-only") << none << "graph-mailbox"
            << "passed" << QStringList{} << "" << 1;
        QTest::newRow("exo-healthy-app-only: app-only licences from assignedPlans")
            << QByteArray("exo-healthy-app-only") << none << "graph-licenses"
            << "passed" << QStringList{} << "" << 0;
        QTest::newRow("exo-security-defaults: no Graph token, skipped")
            << QByteArray("exo-security-defaults") << none << "graph-security-defaults"
            << "skipped" << QStringList{} << "mfa-required" << 0; // facts §9.7: 50076; the question page asks
        QTest::newRow("exo-account-disabled: no Graph token, skipped")
            << QByteArray("exo-account-disabled") << none << "graph-user"
            << "skipped" << QStringList{} << "account-disabled" << 0;
        QTest::newRow("onedrive-not-licensed")
            << QByteArray("onedrive-not-licensed") << none << "graph-licenses"
            << "failed" << ids({"onedrive-not-licensed"}) << "onedrive-not-licensed" << 1;
        QTest::newRow("onedrive-not-licensed: drive")
            << QByteArray("onedrive-not-licensed") << none << "graph-drive"
            << "failed" << ids({"onedrive-not-licensed", "onedrive-not-provisioned"})
            << "onedrive-not-licensed" << 1;
        QTest::newRow("onedrive-not-provisioned")
            << QByteArray("onedrive-not-provisioned") << none << "graph-drive"
            << "failed" << ids({"onedrive-not-provisioned"}) << "onedrive-not-provisioned" << 1;
        QTest::newRow("onedrive-app-only-secret")
            << QByteArray("onedrive-app-only-secret") << none << "sharepoint-site"
            << "failed" << ids({"sharepoint-app-only-secret"}) << "sharepoint-app-only-secret" << 2;
        QTest::newRow("onedrive-healthy: site opens")
            << QByteArray("onedrive-healthy") << none << "sharepoint-site"
            << "passed" << QStringList{} << "credentials-ok" << 2;
        QTest::newRow("onedrive-healthy: policy unreadable is only a warning")
            << QByteArray("onedrive-healthy") << none << "graph-security-defaults"
            << "warning" << QStringList{} << "credentials-ok" << 1;

        // Inline cases.
        QTest::newRow("unknown user: 404")
            << scenario(inputs(exo, app, QStringLiteral("nobody@contoso.com"))) << none << "graph-user"
            << "failed" << ids({"mailbox-not-found", "wrong-username"}) << "" << 1;
        QTest::newRow("unknown user: dependents skipped")
            << scenario(inputs(exo, app, QStringLiteral("nobody@contoso.com"))) << none << "graph-mailbox"
            << "skipped" << QStringList{} << "" << 0;
        QTest::newRow("$ UPN addressed as users('…')")
            << scenario(inputs(exo, app, QStringLiteral("$svc@contoso.com")),
                        R"({"users": [{"upn": "$svc@contoso.com"}]})")
            << none << "graph-user"
            << "passed" << QStringList{} << "" << 1;
        QTest::newRow("mailbox owner disabled: warning")
            << scenario(inputs(exo, app, user1),
                        R"({"users": [{"upn": "user1@contoso.com", "enabled": false}]})")
            << none << "graph-user"
            << "warning" << ids({"account-disabled"}) << "" << 1;
        QTest::newRow("kiosk only, before 1 July 2026")
            << scenario(inputs(exo, app, user1),
                        R"({"users": [{"upn": "user1@contoso.com", "licenses": ["EXCHANGE_S_DESKLESS"]}]})")
            << QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC) << "graph-licenses"
            << "passed" << QStringList{} << "" << 0;
        QTest::newRow("kiosk only, after 1 July 2026")
            << scenario(inputs(exo, app, user1),
                        R"({"users": [{"upn": "user1@contoso.com", "licenses": ["EXCHANGE_S_DESKLESS"]}]})")
            << QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC) << "graph-licenses"
            << "warning" << ids({"ews-disabled"}) << "" << 0;
        QTest::newRow("licence pending, new account (delegated licenseDetails)")
            << scenario(inputs(exo, del, QStringLiteral("user2@contoso.com")),
                        R"({"apps": [{"client_id": "3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61",
                                      "delegated": ["EWS.AccessAsUser.All", "User.Read.All"]}],
                            "users": [{"upn": "user2@contoso.com", "mailbox": "provisioning",
                                       "created": "-PT2H"}]})")
            << none << "graph-licenses"
            << "failed" << ids({"new-account-not-ready"}) << "" << 1;
        QTest::newRow("application access policy [RAOP]")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/mailboxSettings$"), 403,
                                graphErrorBody(QStringLiteral("ErrorAccessDenied"),
                                               QStringLiteral("Access to OData is disabled: [RAOP] : Blocked "
                                                              "by tenant configured AppOnly AccessPolicy "
                                                              "settings."))))
            << none << "graph-mailbox"
            << "failed" << ids({"insufficient-permission"}) << "" << 1;
        QTest::newRow("mailboxSettings 403 without RAOP: warning only")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/mailboxSettings$"), 403,
                                graphErrorBody(QStringLiteral("ErrorAccessDenied"),
                                               QStringLiteral("Access is denied. Check credentials and try "
                                                              "again."))))
            << none << "graph-mailbox"
            << "warning" << QStringList{} << "" << 1;
        QTest::newRow("throttled, long wait: no retry")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/mailboxSettings$"), 429,
                                graphErrorBody(QStringLiteral("TooManyRequests"), QStringLiteral("Too many")),
                                {{QStringLiteral("Retry-After"), QStringLiteral("30")}}))
            << none << "graph-mailbox"
            << "warning" << ids({"throttled"}) << "" << 1;
        QTest::newRow("throttled, short wait: one retry")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/mailboxSettings$"), 429,
                                graphErrorBody(QStringLiteral("TooManyRequests"), QStringLiteral("Too many")),
                                {{QStringLiteral("Retry-After"), QStringLiteral("1")}}))
            << none << "graph-mailbox"
            << "warning" << ids({"throttled"}) << "" << 2;
        QTest::newRow("throttled, Retry-After as an HTTP date in 2 s: one retry")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(
                       QStringLiteral(".*/mailboxSettings$"), 429,
                       graphErrorBody(QStringLiteral("TooManyRequests"), QStringLiteral("Too many")),
                       {{QStringLiteral("Retry-After"), QStringLiteral("Sat, 01 Aug 2026 09:00:02 GMT")}}))
            << QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC) << "graph-mailbox"
            << "warning" << ids({"throttled"}) << "" << 2;
        QTest::newRow("throttled, Retry-After as an HTTP date in 1 h: no retry")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(
                       QStringLiteral(".*/mailboxSettings$"), 429,
                       graphErrorBody(QStringLiteral("TooManyRequests"), QStringLiteral("Too many")),
                       {{QStringLiteral("Retry-After"), QStringLiteral("Sat, 01 Aug 2026 10:00:00 GMT")}}))
            << QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC) << "graph-mailbox"
            << "warning" << ids({"throttled"}) << "" << 1;
        QTest::newRow("503 with Retry-After 0: one retry")
            << scenario(
                   inputs(exo, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/identitySecurityDefaultsEnforcementPolicy$"), 503,
                                graphErrorBody(QStringLiteral("serviceNotAvailable"), QStringLiteral("busy")),
                                {{QStringLiteral("Retry-After"), QStringLiteral("0")}}))
            << none << "graph-security-defaults"
            << "warning" << ids({"throttled"}) << "" << 2;
        QTest::newRow("security defaults on, app-only: a fact, no finding")
            << scenario(inputs(exo, app, user1), R"({"security_defaults": true})") << none
            << "graph-security-defaults"
            << "passed" << QStringList{} << "" << 1;
        const QByteArray noSharePoint =
            R"({"users": [{"upn": "admin@contoso.com", "licenses": ["EXCHANGE_S_ENTERPRISE"]},
                          {"upn": "migration@contoso.com", "licenses": ["EXCHANGE_S_ENTERPRISE"]},
                          {"upn": "user1@contoso.com", "licenses": ["EXCHANGE_S_ENTERPRISE"]},
                          {"upn": "user2@contoso.com", "licenses": ["EXCHANGE_S_ENTERPRISE"]},
                          {"upn": "user3@contoso.com", "licenses": ["EXCHANGE_S_ENTERPRISE"]}]})";
        QTest::newRow("tenant without SharePoint licence")
            << scenario(inputs(od, app, user1), noSharePoint) << none << "graph-drive"
            << "failed" << ids({"onedrive-not-licensed"}) << "onedrive-not-licensed" << 1;
        QTest::newRow("drive on a foreign host: nothing sent there")
            << scenario(
                   inputs(od, app, user1), "{}",
                   graphMapping(QStringLiteral(".*/drive$"), 200,
                                {{QStringLiteral("webUrl"),
                                  QStringLiteral("https://contoso-my.evil.example/personal/user1_contoso_com/"
                                                 "Documents")}}))
            << none << "sharepoint-site"
            << "skipped" << QStringList{} << "" << 0;
    }

    void checks()
    {
        QFETCH(QByteArray, scenario);
        QFETCH(QDateTime, now);
        QFETCH(QString, check);
        QFETCH(QString, status);
        QFETCH(QStringList, findings);
        QFETCH(QString, primary);
        QFETCH(int, requests);

        const Outcome o = diagnose(scenario, now);
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        const CheckResult *c = findCheck(o.result, check);
        QVERIFY2(c, qPrintable(check));
        QVERIFY2(checkStatusToString(c->status) == status,
                 qPrintable(checkStatusToString(c->status) + QStringLiteral(": ") + c->summary.render()));
        QCOMPARE(c->findings, findings);
        if (!primary.isEmpty())
            QCOMPARE(o.result.primaryFinding, primary);
        if (requests >= 0)
            QCOMPARE(c->evidence.size(), qsizetype(requests));

        // No secret and no token in the result.
        for (const QString &secret : {kAppOnlySecret, kAdminPassword})
            QVERIFY(!o.json.contains(secret.toUtf8()));
        QVERIFY(!o.json.contains("eyJ"));
        // Graph and SharePoint requests carry the token, redacted in the evidence.
        for (const Evidence &e : c->evidence)
            if (e.host() != QLatin1String("login.microsoftonline.com")) {
                bool redacted = false;
                for (const auto &[k, v] : e.requestHeaders)
                    redacted = redacted || (k == QLatin1String("Authorization") &&
                                            v == QLatin1String("Bearer [redacted]"));
                QVERIFY2(redacted, qPrintable(e.url));
            }
    }

    void facts()
    {
        {
            const Outcome o = diagnose("exo-new-account-not-ready");
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            const CheckResult *u = findCheck(o.result, QStringLiteral("graph-user"));
            QVERIFY(u);
            QCOMPARE(u->facts.value(QStringLiteral("new_account")).toBool(), true);
            QCOMPARE(u->facts.value(QStringLiteral("account_enabled")).toBool(), true);
            const QDateTime created =
                QDateTime::fromString(u->facts.value(QStringLiteral("created")).toString(), Qt::ISODate);
            QVERIFY(created.isValid());
            QVERIFY(created.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600);
            bool exchange = false;
            for (const QVariant &p : u->facts.value(QStringLiteral("plans")).toList())
                exchange = exchange || p.toMap().value(QStringLiteral("name")).toString() ==
                                           QLatin1String("EXCHANGE_S_ENTERPRISE");
            QVERIFY(exchange);
        }
        {
            const Outcome o = diagnose("exo-mailbox-not-instantiated");
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            const CheckResult *u = findCheck(o.result, QStringLiteral("graph-user"));
            QVERIFY(u);
            QCOMPARE(u->facts.value(QStringLiteral("on_prem_sync")).toBool(), true);
            QCOMPARE(u->facts.value(QStringLiteral("new_account")).toBool(), false);
            QVERIFY(o.result.ruledOut.contains(QStringLiteral("new-account-not-ready")));
        }
        {
            // The personal site's host becomes a credential host only once graph-drive found it.
            const Outcome o = diagnose("onedrive-healthy");
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            const CheckResult *d = findCheck(o.result, QStringLiteral("graph-drive"));
            QVERIFY(d);
            QCOMPARE(d->facts.value(QStringLiteral("sharepoint_host")).toString(),
                     QStringLiteral("contoso-my.sharepoint.com"));
            QCOMPARE(d->facts.value(QStringLiteral("personal_site")).toString(),
                     QStringLiteral("https://contoso-my.sharepoint.com/personal/user2_contoso_com"));
            QVERIFY(o.credentialHosts.contains(QStringLiteral("contoso-my.sharepoint.com")));
            const CheckResult *s = findCheck(o.result, QStringLiteral("sharepoint-site"));
            QVERIFY(s);
            QCOMPARE(s->facts.value(QStringLiteral("claims")).toMap().value(QStringLiteral("aud")).toString(),
                     QStringLiteral("https://contoso-my.sharepoint.com"));
        }
        {
            const Outcome o =
                diagnose(scenario(inputs(QStringLiteral("onedrive"), QStringLiteral("app-only"),
                                         QStringLiteral("user1@contoso.com")),
                                  "{}",
                                  graphMapping(QStringLiteral(".*/drive$"), 200,
                                               {{QStringLiteral("webUrl"),
                                                 QStringLiteral("https://contoso-my.evil.example/"
                                                                "personal/user1_contoso_com/Documents")}})));
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            QVERIFY(!o.credentialHosts.contains(QStringLiteral("contoso-my.evil.example")));
        }
        {
            const Outcome o =
                diagnose(scenario(inputs(QStringLiteral("exchange-online"), QStringLiteral("app-only"),
                                         QStringLiteral("$svc@contoso.com")),
                                  R"({"users": [{"upn": "$svc@contoso.com"}]})"));
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            const CheckResult *u = findCheck(o.result, QStringLiteral("graph-user"));
            QVERIFY(u && !u->evidence.isEmpty());
            QVERIFY2(
                u->evidence.first().url.contains(QLatin1String("/v1.0/users('$svc@contoso.com')?$select=")),
                qPrintable(u->evidence.first().url));
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineGraph)
#include "tst_engine_graph.moc"
