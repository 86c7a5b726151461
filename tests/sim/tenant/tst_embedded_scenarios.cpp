// The embedded practice scenarios (resources/scenarios/*.json): each one is a
// well-formed scenario file of ../shared/spec/scenarios.md, uses only the tenant
// state fields and the WireMock subset the contract lists, and together they
// cover every finding a network can show.
#include "sim/Scenario.h"
#include "sim/tenant/EmbeddedScenarios.h"
#include "sim/tenant/ScenarioTexts.h"
#include "sim/tenant/TenantModel.h"

#include "ScenarioFileChecks.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace AuthDoctor::Sim;

using namespace ScenarioFileChecks;

namespace {

SimRequest makeRequest(const QByteArray &method, const QString &host, const QByteArray &target,
                       const QByteArray &body = {}, bool tls = true)
{
    SimRequest r;
    r.method = method;
    r.host = host;
    r.tls = tls;
    r.port = tls ? 443 : 80;
    r.target = target;
    r.body = body;
    if (!body.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"),
                          body.startsWith('<') ? QByteArrayLiteral("text/xml; charset=utf-8")
                                               : QByteArrayLiteral("application/x-www-form-urlencoded")});
    return r;
}

QJsonObject scenarioRoot(const QString &name)
{
    return QJsonDocument::fromJson(EmbeddedScenarios::read(name)).object();
}

} // namespace

class TestEmbeddedScenarios : public QObject
{
    Q_OBJECT

private slots:
    void index()
    {
        const QStringList names = EmbeddedScenarios::names();
        QVERIFY2(names.size() >= 29, qPrintable(QString::number(names.size())));
        QCOMPARE(names.first(), QStringLiteral("healthy-tenant"));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QVERIFY(EmbeddedScenarios::read(QStringLiteral("no-such-scenario")).isEmpty());
        QVERIFY(EmbeddedScenarios::read(QStringLiteral("../scenarios/healthy-tenant")).isEmpty());
        QVERIFY(!EmbeddedScenarios::find(QStringLiteral("no-such-scenario")).has_value());
    }

    // Every file of resources/scenarios is embedded, byte for byte, and nothing else.
    // Titles and descriptions reach the translations through the generated ScenarioTexts.cpp.
    void textsAreTranslatable()
    {
        const QStringList known = ScenarioTexts::sourceTexts();
        for (const auto &info : EmbeddedScenarios::list()) {
            QVERIFY2(known.contains(info.title),
                     qPrintable(info.name + QStringLiteral(": run packaging/scenario-texts.py (title)")));
            QVERIFY2(
                known.contains(info.description),
                qPrintable(info.name + QStringLiteral(": run packaging/scenario-texts.py (description)")));
        }
    }

    void embeddedMatchesSourceTree()
    {
        const QString src = qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR");
        if (src.isEmpty())
            QSKIP("AUTHDOCTOR_SOURCE_DIR is not set (run through ctest)");
        const QDir dir(src + QStringLiteral("/resources/scenarios"));
        QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (QString &f : files)
            f.chop(5);
        QStringList embedded = EmbeddedScenarios::names();
        embedded.sort();
        QCOMPARE(embedded, files);
        for (const QString &n : files) {
            QFile f(dir.filePath(n + QStringLiteral(".json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == EmbeddedScenarios::read(n), qPrintable(n));
        }
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : EmbeddedScenarios::names())
            QTest::newRow(qPrintable(n)) << n;
    }

    void wellFormed()
    {
        QFETCH(QString, name);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(EmbeddedScenarios::read(name), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(unknownKey(root, keySet({"authdoctor", "mappings"})), QString());
        const QJsonObject ad = root.value(QStringLiteral("authdoctor")).toObject();
        QCOMPARE(unknownKey(ad, kAuthdoctorKeys), QString());

        // Name, title, description.
        QCOMPARE(ad.value(QStringLiteral("name")).toString(), name);
        static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QVERIFY(nameRe.match(name).hasMatch());
        const QString title = ad.value(QStringLiteral("title")).toString();
        QVERIFY(!title.isEmpty());
        QVERIFY2(title.size() <= 90 && !title.contains(QLatin1Char('\n')), qPrintable(title));
        QVERIFY2(!title.endsWith(QLatin1Char('.')), qPrintable(title));
        const QString description = ad.value(QStringLiteral("description")).toString();
        const int sentences = sentenceCount(description);
        QVERIFY2(sentences >= 2 && sentences <= 4, qPrintable(QStringLiteral("%1 sentences").arg(sentences)));
        QVERIFY(description.size() <= 700);

        // Base.
        const QString base = ad.value(QStringLiteral("base")).toString(QStringLiteral("healthy-tenant"));
        QVERIFY2(base == QLatin1String("healthy-tenant") || base == QLatin1String("none"), qPrintable(base));

        // Inputs.
        const QJsonObject inputs = ad.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(unknownKey(inputs, kInputKeys), QString());
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            QVERIFY2(it.value().isString() && !it.value().toString().isEmpty(), qPrintable(it.key()));
        const QString endpoint = inputs.value(QStringLiteral("endpoint")).toString();
        const QString auth = inputs.value(QStringLiteral("auth")).toString();
        QVERIFY(strings({"exchange-online", "exchange-server", "onedrive"}).contains(endpoint));
        QVERIFY(strings({"source", "destination"}).contains(inputs.value(QStringLiteral("side")).toString()));
        QVERIFY(strings({"delegated", "app-only", "basic", "ntlm"}).contains(auth));
        QVERIFY(inputs.value(QStringLiteral("user")).toString().contains(QLatin1Char('@')));
        QVERIFY(strings({"commercial", "gcc", "gcc-high", "dod", "china"})
                    .contains(inputs.value(QStringLiteral("cloud")).toString(QStringLiteral("commercial"))));
        QVERIFY(!inputs.value(QStringLiteral("error_text")).toString().isEmpty());
        if (auth == QLatin1String("app-only")) {
            QVERIFY(inputs.contains(QStringLiteral("client_id")));
            QVERIFY(inputs.contains(QStringLiteral("client_secret")));
            QVERIFY(inputs.contains(QStringLiteral("tenant")));
        } else {
            QVERIFY(inputs.contains(QStringLiteral("password")));
            QVERIFY(!inputs.contains(QStringLiteral("client_secret")));
        }
        if (endpoint == QLatin1String("exchange-server")) {
            QVERIFY(auth == QLatin1String("basic") || auth == QLatin1String("ntlm"));
        } else {
            QVERIFY(auth != QLatin1String("ntlm"));
            QVERIFY(!inputs.contains(QStringLiteral("ews_url")));
        }
        if (inputs.contains(QStringLiteral("ews_url"))) {
            const QUrl url(inputs.value(QStringLiteral("ews_url")).toString(), QUrl::StrictMode);
            QVERIFY(url.isValid());
            QCOMPARE(url.scheme(), QStringLiteral("https"));
        }
        // Secrets never appear in the texts a trainee or a report sees.
        for (const char *secretKey : {"password", "client_secret"}) {
            const QString secret = inputs.value(QLatin1String(secretKey)).toString();
            if (secret.isEmpty())
                continue;
            QVERIFY(!title.contains(secret));
            QVERIFY(!description.contains(secret));
            QVERIFY(!inputs.value(QStringLiteral("error_text")).toString().contains(secret));
        }

        // Expectation.
        const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
        QCOMPARE(unknownKey(expect, kExpectKeys), QString());
        QVERIFY(expect.contains(QStringLiteral("primary_finding")));
        const QJsonValue primary = expect.value(QStringLiteral("primary_finding"));
        QVERIFY(primary.isNull() || kFindingIds.contains(primary.toString()));
        QVERIFY(!kNotOnTheWire.contains(primary.toString()));
        QVERIFY(isStringArray(expect.value(QStringLiteral("also_ok"))));
        QStringList alsoOk;
        for (const auto &v : expect.value(QStringLiteral("also_ok")).toArray())
            alsoOk << v.toString();
        for (const QString &id : alsoOk)
            QVERIFY2(kFindingIds.contains(id), qPrintable(id));
        QCOMPARE(QSet<QString>(alsoOk.begin(), alsoOk.end()).size(), alsoOk.size());
        QVERIFY(!alsoOk.contains(primary.toString()));

        // Tenant state, bad certificates, mappings.
        QCOMPARE(checkTenant(ad.value(QStringLiteral("tenant")).toObject()), QString());
        if (ad.contains(QStringLiteral("tenant")))
            QVERIFY(ad.value(QStringLiteral("tenant")).isObject());
        const QJsonObject tls = ad.value(QStringLiteral("tls")).toObject();
        for (auto it = tls.begin(); it != tls.end(); ++it) {
            QVERIFY2(strings({"self-signed", "expired", "wrong-name"}).contains(it.value().toString()),
                     qPrintable(it.key()));
            QVERIFY(it.key() == it.key().toLower() && it.key().contains(QLatin1Char('.')));
        }
        if (base == QLatin1String("none"))
            QVERIFY(!ad.contains(QStringLiteral("tenant")));
        const QJsonValue mappings = root.value(QStringLiteral("mappings"));
        QVERIFY(mappings.isUndefined() || mappings.isArray());
        if (base == QLatin1String("none"))
            QVERIFY(!mappings.toArray().isEmpty());
        const QJsonArray list = mappings.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(checkMapping(list.at(i), QStringLiteral("$.mappings[%1]").arg(i)), QString());

        // The index reads the same metadata.
        const auto info = EmbeddedScenarios::find(name);
        QVERIFY(info.has_value());
        QVERIFY2(info->error.isEmpty(), qPrintable(info->error));
        QCOMPARE(info->title, title);
        QCOMPARE(info->primaryFinding, primary.toString());
        QCOMPARE(info->alsoOk, alsoOk);
        QCOMPARE(info->inputs, inputs);
    }

    // The tenant model takes every scenario's state overrides.
    void tenantOverridesLoad_data() { wellFormed_data(); }
    void tenantOverridesLoad()
    {
        QFETCH(QString, name);
        const QJsonObject ad = scenarioRoot(name).value(QStringLiteral("authdoctor")).toObject();
        QString error;
        auto model = TenantModel::fromBase(
            ad.value(QStringLiteral("base")).toString(QStringLiteral("healthy-tenant")), &error);
        QVERIFY2(model.has_value(), qPrintable(error));
        QVERIFY2(model->applyOverrides(ad.value(QStringLiteral("tenant")).toObject(),
                                       QStringLiteral("$.authdoctor.tenant"), &error),
                 qPrintable(error));
    }

    // The simulator's loader accepts every embedded scenario and reads the same content.
    void scenarioLoads_data() { wellFormed_data(); }
    void scenarioLoads()
    {
        QFETCH(QString, name);
        QString error;
        const auto scenario = Scenario::loadEmbedded(name, &error);
        QVERIFY2(scenario.has_value(), qPrintable(error));
        QCOMPARE(scenario->name, name);
        const QJsonObject root = scenarioRoot(name);
        const QJsonObject ad = root.value(QStringLiteral("authdoctor")).toObject();
        QCOMPARE(scenario->title, ad.value(QStringLiteral("title")).toString());
        QCOMPARE(scenario->base, ad.value(QStringLiteral("base")).toString());
        QCOMPARE(scenario->inputs, ad.value(QStringLiteral("inputs")).toObject());
        const QJsonValue primary =
            ad.value(QStringLiteral("expect")).toObject().value(QStringLiteral("primary_finding"));
        QCOMPARE(scenario->primaryFinding.value_or(QString()), primary.toString());
        QCOMPARE(scenario->mappings.size(), root.value(QStringLiteral("mappings")).toArray().size());
        const QJsonObject tls = ad.value(QStringLiteral("tls")).toObject();
        QCOMPARE(scenario->tls.size(), tls.size());
        for (auto it = tls.begin(); it != tls.end(); ++it)
            QCOMPARE(certificateKindName(scenario->certificateFor(it.key())), it.value().toString());
        QCOMPARE(scenario->certificateFor(QStringLiteral("login.microsoftonline.com")),
                 CertificateKind::Normal);
        const auto model = scenario->createTenantModel(&error);
        QVERIFY2(model.has_value(), qPrintable(error));
        QCOMPARE(model->isEmptyWorld(), scenario->base == QLatin1String("none"));
    }

    // The wire-level scenarios answer their key requests from their mappings, and
    // leave everything else to the tenant model.
    void mappingsAnswerKeyRequests_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<int>("status");        // 0: a fault; -1: no mapping (the tenant model answers)
        QTest::addColumn<QByteArray>("needle"); // in the body or a header value; or the fault's name

        const QByteArray soap = QByteArrayLiteral("<?xml version=\"1.0\"?><soap:Envelope/>");
        const QByteArray grant =
            QByteArrayLiteral("client_id=x&grant_type=password&username=admin%40contoso.com");
        const QString reset = QStringLiteral("onprem-network-unreachable");
        QTest::newRow("reset ews") << reset << QByteArray("POST") << "mail.fabrikam.com"
                                   << QByteArray("/EWS/Exchange.asmx") << soap << true << 0
                                   << QByteArray("reset");
        QTest::newRow("reset autodiscover http") << reset << QByteArray("GET") << "autodiscover.fabrikam.com"
                                                 << QByteArray("/autodiscover/autodiscover.xml")
                                                 << QByteArray() << false << 0 << QByteArray("reset");
        QTest::newRow("reset apex") << reset << QByteArray("POST") << "fabrikam.com"
                                    << QByteArray("/autodiscover/autodiscover.svc") << soap << true << 0
                                    << QByteArray("reset");
        QTest::newRow("reset spares login")
            << reset << QByteArray("GET") << "login.microsoftonline.com"
            << QByteArray("/common/discovery/instance") << QByteArray() << true << -1 << QByteArray();
        QTest::newRow("reset spares lookalike")
            << reset << QByteArray("GET") << "notfabrikam.com" << QByteArray("/") << QByteArray() << true
            << -1 << QByteArray();

        const QString owa = QStringLiteral("onprem-ews-url-wrong");
        QTest::newRow("owa redirect")
            << owa << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/owa/") << soap << true << 302
            << QByteArray("/owa/auth/logon.aspx");
        QTest::newRow("owa logon page")
            << owa << QByteArray("GET") << "mail.fabrikam.com"
            << QByteArray("/owa/auth/logon.aspx?url=https%3a%2f%2fmail.fabrikam.com%2fowa%2f&reason=0")
            << QByteArray() << true << 200 << QByteArray("logonForm");
        QTest::newRow("owa leaves ews")
            << owa << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx") << soap
            << true << -1 << QByteArray();

        const QString notFound = QStringLiteral("onprem-ews-url-not-found");
        QTest::newRow("webmail 404") << notFound << QByteArray("POST") << "webmail.fabrikam.com"
                                     << QByteArray("/EWS/Exchange.asmx") << soap << true << 404
                                     << QByteArray("404 - File or directory not found.");
        QTest::newRow("webmail leaves mail")
            << notFound << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx")
            << soap << true << -1 << QByteArray();

        const QString noAd = QStringLiteral("onprem-autodiscover-failed");
        QTest::newRow("no autodiscover pox")
            << noAd << QByteArray("POST") << "autodiscover.fabrikam.com"
            << QByteArray("/autodiscover/autodiscover.xml") << soap << true << 404 << QByteArray("404");
        QTest::newRow("no autodiscover soap apex")
            << noAd << QByteArray("POST") << "fabrikam.com" << QByteArray("/Autodiscover/Autodiscover.svc")
            << soap << true << 404 << QByteArray("404");
        QTest::newRow("no autodiscover http") << noAd << QByteArray("GET") << "autodiscover.fabrikam.com"
                                              << QByteArray("/autodiscover/autodiscover.xml") << QByteArray()
                                              << false << 404 << QByteArray("404");
        QTest::newRow("no autodiscover leaves ews")
            << noAd << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx") << soap
            << true << -1 << QByteArray();

        const QString unsafe = QStringLiteral("onprem-autodiscover-unsafe-redirect");
        QTest::newRow("unsafe https") << unsafe << QByteArray("POST") << "autodiscover.fabrikam.com"
                                      << QByteArray("/autodiscover/autodiscover.xml") << soap << true << 302
                                      << QByteArray("http://autodiscover.fabrikam-mail.net/");
        QTest::newRow("unsafe http get")
            << unsafe << QByteArray("GET") << "autodiscover.fabrikam.com"
            << QByteArray("/autodiscover/autodiscover.xml") << QByteArray() << false << 302
            << QByteArray("http://autodiscover.fabrikam-mail.net/");
        QTest::newRow("unsafe apex") << unsafe << QByteArray("POST") << "fabrikam.com"
                                     << QByteArray("/autodiscover/autodiscover.svc") << soap << true << 404
                                     << QByteArray("404");
        QTest::newRow("unsafe trap") << unsafe << QByteArray("POST") << "autodiscover.fabrikam-mail.net"
                                     << QByteArray("/autodiscover/autodiscover.xml") << soap << false << 401
                                     << QByteArray("Basic realm");

        const QString unknown = QStringLiteral("exo-unrecognized-error");
        QTest::newRow("aadsts90099 v2") << unknown << QByteArray("POST") << "login.microsoftonline.com"
                                        << QByteArray("/contoso.com/oauth2/v2.0/token") << grant << true
                                        << 400 << QByteArray("\"error_codes\":[90099]");
        QTest::newRow("aadsts90099 v1") << unknown << QByteArray("POST") << "login.microsoftonline.com"
                                        << QByteArray("/6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19/oauth2/token")
                                        << grant << true << 400 << QByteArray("AADSTS90099:");
        QTest::newRow("aadsts90099 leaves openid")
            << unknown << QByteArray("GET") << "login.microsoftonline.com"
            << QByteArray("/contoso.com/v2.0/.well-known/openid-configuration") << QByteArray() << true << -1
            << QByteArray();
    }
    void mappingsAnswerKeyRequests()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, method);
        QFETCH(QString, host);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(bool, tls);
        QFETCH(int, status);
        QFETCH(QByteArray, needle);
        QString error;
        const auto s = Scenario::loadEmbedded(scenario, &error);
        QVERIFY2(s.has_value(), qPrintable(error));
        const Mapping *m = s->matchingMapping(makeRequest(method, host, target, body, tls));
        if (status < 0) {
            QVERIFY2(!m, m ? qPrintable(m->rule()) : "");
            return;
        }
        QVERIFY(m);
        if (status == 0) {
            QCOMPARE(m->response.fault, Fault::ConnectionResetByPeer);
            return;
        }
        QCOMPARE(m->response.fault, Fault::None);
        QCOMPARE(m->response.status, status);
        bool found = m->response.body.contains(needle);
        for (const auto &h : m->response.headers)
            found = found || h.second.contains(needle);
        QVERIFY2(found, m->response.body.left(300).constData());
        if (status == 401)
            QVERIFY(!m->response.headers.isEmpty());
    }

    // One scenario per finding a network can show, plus the healthy tenant.
    void coverage()
    {
        QSet<QString> covered;
        for (const auto &info : EmbeddedScenarios::list()) {
            QVERIFY2(info.error.isEmpty(), qPrintable(info.name + QStringLiteral(": ") + info.error));
            covered.insert(info.primaryFinding);
        }
        QVERIFY(covered.contains(QStringLiteral("credentials-ok")));
        QVERIFY2(covered.size() >= 29, qPrintable(QString::number(covered.size())));
        QStringList missing;
        for (const QString &id : kFindingIds)
            if (!kNotOnTheWire.contains(id) && !covered.contains(id))
                missing << id;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        const auto healthy = EmbeddedScenarios::find(QStringLiteral("healthy-tenant"));
        QVERIFY(healthy.has_value());
        QCOMPARE(healthy->primaryFinding, QStringLiteral("credentials-ok"));
        const QJsonObject root = scenarioRoot(QStringLiteral("healthy-tenant"));
        QVERIFY(!root.contains(QStringLiteral("mappings")));
        QVERIFY(root.value(QStringLiteral("authdoctor"))
                    .toObject()
                    .value(QStringLiteral("tenant"))
                    .toObject()
                    .isEmpty());
    }

    // The validator itself rejects what it should (so the checks above can fail).
    void validatorRejects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("tenant typo") << "tenant" << QByteArray("{\"security_default\": true}");
        QTest::newRow("user typo")
            << "tenant"
            << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"mfa_state\": \"enforced\"}]}");
        QTest::newRow("bad mfa") << "tenant"
                                 << QByteArray(
                                        "{\"users\": [{\"upn\": \"a@contoso.com\", \"mfa\": \"yes\"}]}");
        QTest::newRow("bad created")
            << "tenant"
            << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"yesterday\"}]}");
        QTest::newRow("positive duration")
            << "tenant" << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"PT3H\"}]}");
        QTest::newRow("empty duration")
            << "tenant" << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"-PT\"}]}");
        QTest::newRow("app no id") << "tenant" << QByteArray("{\"apps\": [{\"consented\": false}]}");
        QTest::newRow("on_prem typo")
            << "tenant" << QByteArray("{\"on_prem\": {\"extendedProtection\": true}}");
        QTest::newRow("bad cloud") << "tenant" << QByteArray("{\"cloud\": \"azure\"}");
        QTest::newRow("throttle string") << "tenant" << QByteArray("{\"throttle\": \"5\"}");
        QTest::newRow("ews_enabled string") << "tenant" << QByteArray("{\"ews_enabled\": \"off\"}");
        QTest::newRow("allow list not guids")
            << "tenant" << QByteArray("{\"ews_allowed_app_ids\": [\"MigrationWiz\"]}");
        QTest::newRow("allow list not a list") << "tenant" << QByteArray("{\"ews_allowed_app_ids\": \"x\"}");
        QTest::newRow("user ews_enabled null")
            << "tenant" << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"ews_enabled\": null}]}");
        QTest::newRow("mapping key")
            << "mapping"
            << QByteArray(
                   "{\"request\": {\"method\": \"GET\"}, \"response\": {\"status\": 200}, \"id\": \"x\"}");
        QTest::newRow("request typo") << "mapping"
                                      << QByteArray("{\"request\": {\"method\": \"GET\", \"urlpath\": "
                                                    "\"/\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("two urls") << "mapping"
                                  << QByteArray("{\"request\": {\"method\": \"GET\", \"url\": \"/\", "
                                                "\"urlPath\": \"/\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad regex") << "mapping"
                                   << QByteArray("{\"request\": {\"method\": \"GET\", \"urlPattern\": "
                                                 "\"([\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad matcher") << "mapping"
                                     << QByteArray(
                                            "{\"request\": {\"method\": \"GET\", \"host\": {\"startsWith\": "
                                            "\"a\"}}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad fault")
            << "mapping"
            << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": {\"fault\": \"TIMEOUT\"}}");
        QTest::newRow("two bodies") << "mapping"
                                    << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": "
                                                  "{\"status\": 200, \"body\": \"\", \"jsonBody\": {}}}");
        QTest::newRow("no status")
            << "mapping"
            << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": {\"body\": \"x\"}}");
        QTest::newRow("response typo") << "mapping"
                                       << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": "
                                                     "{\"status\": 200, \"fixedDelayMs\": 5}}");
    }
    void validatorRejects()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY(!o.isEmpty());
        const QString error =
            kind == QLatin1String("tenant") ? checkTenant(o) : checkMapping(o, QStringLiteral("$"));
        QVERIFY(!error.isEmpty());
    }

    void publicInputsDropSecrets()
    {
        QJsonObject in;
        in.insert(QStringLiteral("user"), QStringLiteral("admin@contoso.com"));
        in.insert(QStringLiteral("password"), QStringLiteral("pw"));
        in.insert(QStringLiteral("client_secret"), QString());
        const QJsonObject out = EmbeddedScenarios::publicInputs(in);
        QVERIFY(!out.contains(QStringLiteral("password")));
        QVERIFY(!out.contains(QStringLiteral("client_secret")));
        QCOMPARE(out.value(QStringLiteral("has_password")), QJsonValue(true));
        QCOMPARE(out.value(QStringLiteral("has_client_secret")), QJsonValue(false));
        QCOMPARE(out.value(QStringLiteral("user")).toString(), QStringLiteral("admin@contoso.com"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedScenarios)
#include "tst_embedded_scenarios.moc"
