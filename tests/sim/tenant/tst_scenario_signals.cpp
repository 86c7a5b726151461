// Each embedded scenario makes its cause visible on the wire: the simulated
// tenant (its model, or its mappings first) answers the key request built from
// the scenario's own inputs with the signal findings.md names for the expected
// finding. Requests follow ../shared/reference/m365-auth-facts.md §1.
#include "sim/Scenario.h"
#include "sim/tenant/TenantModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace AuthDoctor::Sim;

namespace {

struct CloudHosts
{
    QString login;
    QString exchange;
    QString graph;
};

CloudHosts hostsFor(const QString &cloud)
{
    if (cloud == QLatin1String("gcc-high"))
        return {QStringLiteral("login.microsoftonline.us"), QStringLiteral("outlook.office365.us"),
                QStringLiteral("graph.microsoft.us")};
    return {QStringLiteral("login.microsoftonline.com"), QStringLiteral("outlook.office365.com"),
            QStringLiteral("graph.microsoft.com")};
}

// A loaded scenario with its world: mappings first, then the tenant model.
class World
{
public:
    explicit World(const QString &name)
    {
        QString error;
        auto s = Scenario::loadEmbedded(name, &error);
        if (!s) {
            m_error = error;
            return;
        }
        auto model = s->createTenantModel(&error);
        if (!model) {
            m_error = error;
            return;
        }
        m_scenario = std::move(s);
        m_model = std::move(model);
    }

    QString error() const { return m_error; }
    bool ok() const { return m_model.has_value(); }
    const Scenario &scenario() const { return *m_scenario; }
    QString input(const char *key) const { return m_scenario->inputs.value(QLatin1String(key)).toString(); }
    CloudHosts hosts() const { return hostsFor(input("cloud")); }

    // What the simulator would answer (404 with an empty body for an unknown request).
    SimResponse send(const SimRequest &request)
    {
        if (const Mapping *m = m_scenario->matchingMapping(request))
            return m->response;
        if (auto r = m_model->handle(request))
            return *r;
        return SimResponse::empty(404, QStringLiteral("unknown"));
    }

private:
    std::optional<Scenario> m_scenario;
    std::optional<TenantModel> m_model;
    QString m_error;
};

SimRequest request(const QByteArray &method, const QString &host, const QByteArray &target,
                   const QByteArray &body = {}, const QByteArray &contentType = {})
{
    SimRequest r;
    r.method = method;
    r.host = host;
    r.target = target;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Host"), host.toLatin1()});
    r.headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("AuthDoctor-test/1")});
    if (!contentType.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

QByteArray form(const QList<QPair<QString, QString>> &items)
{
    QByteArray out;
    for (const auto &[k, v] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

// The token request the migration tool would make with the scenario's inputs
// (ROPC for delegated, client credentials for app-only).
SimResponse tokenFor(World &w, const QString &resource, const QString &delegatedPermission = {})
{
    const QString tenant = w.input("tenant");
    QList<QPair<QString, QString>> f{{QStringLiteral("client_id"), w.input("client_id")}};
    if (w.input("auth") == QLatin1String("app-only")) {
        f << qMakePair(QStringLiteral("scope"), resource + QStringLiteral("/.default"))
          << qMakePair(QStringLiteral("client_secret"), w.input("client_secret"))
          << qMakePair(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    } else {
        const QString permission =
            !delegatedPermission.isEmpty()                   ? delegatedPermission
            : resource.contains(QLatin1String("sharepoint")) ? QStringLiteral("AllSites.FullControl")
            : resource.contains(QLatin1String("graph"))      ? QStringLiteral("User.Read")
                                                             : QStringLiteral("EWS.AccessAsUser.All");
        const QString scope = resource + QLatin1Char('/') + permission;
        f << qMakePair(QStringLiteral("scope"), scope + QStringLiteral(" offline_access"))
          << qMakePair(QStringLiteral("username"), w.input("user"))
          << qMakePair(QStringLiteral("password"), w.input("password"))
          << qMakePair(QStringLiteral("grant_type"), QStringLiteral("password"));
    }
    return w.send(request("POST", w.hosts().login,
                          "/" + QUrl::toPercentEncoding(tenant) + "/oauth2/v2.0/token", form(f),
                          "application/x-www-form-urlencoded"));
}

QString accessToken(const SimResponse &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("access_token")).toString();
}

QJsonObject claims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

int aadstsCode(const SimResponse &r)
{
    return QJsonDocument::fromJson(r.body)
        .object()
        .value(QStringLiteral("error_codes"))
        .toArray()
        .first()
        .toInt();
}

// GetFolder(inbox) of `mailbox`, by impersonation or as delegate (Mailbox element).
SimResponse getFolder(World &w, const QString &host, const QByteArray &authorization, const QString &mailbox,
                      bool impersonate)
{
    const QByteArray smtp = mailbox.toUtf8();
    QByteArray header = "<t:RequestServerVersion Version=\"Exchange2013_SP1\"/>";
    if (impersonate)
        header += "<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>" + smtp +
                  "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>";
    const QByteArray folder = impersonate
                                  ? QByteArray("<t:DistinguishedFolderId Id=\"inbox\"/>")
                                  : "<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>" +
                                        smtp + "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>";
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                            "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
                            "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
                            "<soap:Header>" +
                            header +
                            "</soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</"
                            "t:BaseShape></m:FolderShape>"
                            "<m:FolderIds>" +
                            folder + "</m:FolderIds></m:GetFolder></soap:Body></soap:Envelope>";
    SimRequest r = request("POST", host, "/EWS/Exchange.asmx", body, "text/xml; charset=utf-8");
    if (!authorization.isEmpty())
        r.headers.append({QByteArrayLiteral("Authorization"), authorization});
    r.headers.append({QByteArrayLiteral("X-AnchorMailbox"), smtp});
    return w.send(r);
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

// The EWS response code: per-item <m:ResponseCode> (HTTP 200) or the SOAP
// fault's <e:ResponseCode> in its detail (HTTP 500), facts §2.4.
QString responseCode(const SimResponse &r)
{
    static const QRegularExpression re(QStringLiteral("<(?:\\w+:)?ResponseCode\\b[^>]*>\\s*(\\w+)\\s*</"));
    return re.match(QString::fromUtf8(r.body)).captured(1);
}

QList<QByteArray> headerValues(const SimResponse &r, QByteArrayView name)
{
    QList<QByteArray> out;
    for (const auto &h : r.headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            out << h.second;
    return out;
}

} // namespace

class TestScenarioSignals : public QObject
{
    Q_OBJECT

private slots:
    // The token endpoint's answer to the scenario's own sign-in.
    void tokenEndpoint_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("aadsts"); // 0: a token is issued
        QTest::newRow("healthy") << "healthy-tenant" << 0;
        QTest::newRow("healthy app-only") << "exo-healthy-app-only" << 0;
        QTest::newRow("healthy end user") << "exo-healthy-end-user" << 0;
        QTest::newRow("healthy gcc high") << "exo-healthy-gcc-high" << 0;
        QTest::newRow("wrong password") << "exo-wrong-password" << 50126;
        QTest::newRow("wrong username") << "exo-wrong-username" << 50034;
        QTest::newRow("tenant not found") << "exo-tenant-not-found" << 90002;
        QTest::newRow("wrong cloud") << "exo-wrong-cloud" << 90038;
        QTest::newRow("federated") << "exo-federated-user" << 50126;
        QTest::newRow("mfa") << "exo-mfa-required" << 50076;
        QTest::newRow("password expired") << "exo-password-expired" << 50055;
        // A password grant under security defaults is asked for MFA (facts §9.7; 530035 before).
        QTest::newRow("security defaults") << "exo-security-defaults" << 50076;
        QTest::newRow("conditional access") << "exo-conditional-access" << 53003;
        QTest::newRow("locked") << "exo-account-locked" << 50053;
        QTest::newRow("disabled") << "exo-account-disabled" << 50057;
        QTest::newRow("unknown app") << "exo-modern-auth-not-configured" << 700016;
        QTest::newRow("public client off") << "exo-public-client-flows-off" << 7000218;
        QTest::newRow("consent") << "exo-consent-missing" << 65001;
        QTest::newRow("secret id") << "exo-client-secret-invalid" << 7000215;
        QTest::newRow("unrecognized") << "exo-unrecognized-error" << 90099;
        QTest::newRow("app-only consent") << "exo-app-only-consent-missing" << 0;
        QTest::newRow("impersonation retired") << "exo-impersonation-retired" << 0;
        QTest::newRow("insufficient") << "exo-insufficient-permission" << 0;
        QTest::newRow("ews org off") << "exo-ews-disabled" << 0;
        QTest::newRow("ews not set") << "exo-ews-not-set" << 0;
        QTest::newRow("ews allow list") << "exo-ews-app-not-allowed" << 0;
        QTest::newRow("ews mailbox off") << "exo-ews-mailbox-disabled" << 0;
        QTest::newRow("ews kiosk") << "exo-ews-kiosk-licence" << 0;
        QTest::newRow("ews mailbox override") << "exo-ews-mailbox-override" << 0;
    }
    void tokenEndpoint()
    {
        QFETCH(QString, scenario);
        QFETCH(int, aadsts);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r = tokenFor(w, QStringLiteral("https://") + w.hosts().exchange);
        if (aadsts == 0) {
            QVERIFY2(r.status == 200, r.body.left(400).constData());
            QVERIFY(!accessToken(r).isEmpty());
            return;
        }
        QVERIFY2(r.status >= 400 && r.status < 500, r.body.left(400).constData());
        QCOMPARE(aadstsCode(r), aadsts);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QVERIFY(o.value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QStringLiteral("AADSTS%1:").arg(aadsts)));
        QVERIFY(
            o.value(QStringLiteral("error_description")).toString().contains(QStringLiteral("Trace ID: ")));
        QVERIFY(!o.value(QStringLiteral("correlation_id")).toString().isEmpty());
    }

    // The federated scenario's realm lookup says Federated; the others say Managed.
    void userRealm_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("nameSpaceType");
        QTest::newRow("federated") << "exo-federated-user"
                                   << "Federated";
        QTest::newRow("healthy") << "healthy-tenant"
                                 << "Managed";
        QTest::newRow("wrong password") << "exo-wrong-password"
                                        << "Managed";
    }
    void userRealm()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, nameSpaceType);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r = w.send(
            request("GET", w.hosts().login,
                    "/getuserrealm.srf?login=" + QUrl::toPercentEncoding(w.input("user")) + "&json=1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("NameSpaceType")).toString(),
                 nameSpaceType);
    }

    // Unauthenticated discovery shows the tenant problems before any credential is sent.
    void openIdConfiguration_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("subScope"); // tenant_region_sub_scope ("" when absent)
        QTest::newRow("healthy") << "healthy-tenant" << 200 << "";
        QTest::newRow("tenant not found") << "exo-tenant-not-found" << 400 << "";
        QTest::newRow("gcc high on commercial") << "exo-wrong-cloud" << 200 << "DODCON";
    }
    void openIdConfiguration()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(QString, subScope);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r = w.send(request("GET", w.hosts().login,
                                             "/" + QUrl::toPercentEncoding(w.input("tenant")) +
                                                 "/v2.0/.well-known/openid-configuration"));
        QVERIFY2(r.status == status, r.body.left(300).constData());
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        if (status != 200) {
            QVERIFY(o.value(QStringLiteral("error_description"))
                        .toString()
                        .startsWith(QStringLiteral("AADSTS90002:")));
            return;
        }
        QCOMPARE(o.value(QStringLiteral("tenant_region_sub_scope")).toString(), subScope);
    }

    // Basic to Exchange Online is refused even with the right password, and says why.
    void basicToExchangeOnline()
    {
        World w(QStringLiteral("exo-basic-auth-retired"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const QByteArray pox =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover "
            "xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/"
            "2006\"><Request>"
            "<EMailAddress>" +
            w.input("mailbox").toUtf8() +
            "</EMailAddress><AcceptableResponseSchema>"
            "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
            "</AcceptableResponseSchema></Request></Autodiscover>";
        SimRequest r = request("POST", QStringLiteral("autodiscover-s.outlook.com"),
                               "/autodiscover/autodiscover.xml", pox, "text/xml; charset=utf-8");
        r.headers.append({QByteArrayLiteral("Authorization"), basic(w.input("user"), w.input("password"))});
        const SimResponse a = w.send(r);
        QCOMPARE(a.status, 401);
        const QList<QByteArray> why = headerValues(a, "X-AutoDiscovery-Error");
        QVERIFY(!why.isEmpty());
        QVERIFY2(why.first().contains("BasicAuthBlockStatus - Deny") ||
                     why.first().contains("Basic Auth Blocked"),
                 why.first().constData());
    }

    // Exchange Online: the token works (or not) on EWS for the mailbox being migrated.
    void exchangeOnline_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("impersonate");
        QTest::addColumn<int>("status"); // 200 with an error ResponseCode also accepts a SOAP fault on 500
        QTest::addColumn<QString>("signal"); // EWS ResponseCode, or x-ms-diagnostics code
        QTest::newRow("healthy delegate") << "healthy-tenant" << false << 200 << "NoError";
        QTest::newRow("healthy end user") << "exo-healthy-end-user" << false << 200 << "NoError";
        QTest::newRow("healthy gcc high") << "exo-healthy-gcc-high" << false << 200 << "NoError";
        QTest::newRow("healthy app-only") << "exo-healthy-app-only" << true << 200 << "NoError";
        QTest::newRow("retired impersonation")
            << "exo-impersonation-retired" << true << 200 << "ErrorImpersonateUserDenied";
        QTest::newRow("no fullaccess")
            << "exo-insufficient-permission" << false << 200 << "ErrorAccessDenied";
        QTest::newRow("no licence") << "exo-mailbox-not-found" << true << 200 << "ErrorNonExistentMailbox";
        QTest::newRow("new account") << "exo-new-account-not-ready" << true << 200
                                     << "ErrorNonExistentMailbox";
        QTest::newRow("app-only no consent") << "exo-app-only-consent-missing" << true << 401 << "2000008";
        // EWS retirement: 403 without a body; the rule says which switch refused it.
        QTest::newRow("ews disabled") << "exo-ews-disabled" << true << 403 << "tenant:exo-ews-disabled";
        QTest::newRow("ews not set") << "exo-ews-not-set" << true << 403 << "tenant:exo-ews-not-set";
        QTest::newRow("ews allow list")
            << "exo-ews-app-not-allowed" << true << 403 << "tenant:exo-ews-app-not-allowed";
        QTest::newRow("ews mailbox off")
            << "exo-ews-mailbox-disabled" << true << 403 << "tenant:exo-ews-mailbox-disabled";
        QTest::newRow("ews kiosk") << "exo-ews-kiosk-licence" << true << 403
                                   << "tenant:exo-ews-kiosk-licence";
        QTest::newRow("ews mailbox override") << "exo-ews-mailbox-override" << true << 200 << "NoError";
    }
    void exchangeOnline()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, impersonate);
        QFETCH(int, status);
        QFETCH(QString, signal);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse t = tokenFor(w, QStringLiteral("https://") + w.hosts().exchange);
        QVERIFY2(t.status == 200, t.body.left(400).constData());
        const SimResponse r = getFolder(w, w.hosts().exchange, "Bearer " + accessToken(t).toLatin1(),
                                        w.input("mailbox"), impersonate);
        QVERIFY2(r.status == status ||
                     (status == 200 && r.status == 500 && signal != QLatin1String("NoError")),
                 qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400)))));
        if (signal.isEmpty())
            return;
        if (signal.startsWith(QLatin1String("tenant:"))) {
            QCOMPARE(r.rule, signal);
            QVERIFY(r.body.isEmpty());
        } else if (signal.at(0).isDigit()) {
            const QList<QByteArray> diag = headerValues(r, "x-ms-diagnostics");
            QVERIFY(!diag.isEmpty());
            QVERIFY2(diag.first().startsWith(signal.toLatin1()), diag.first().constData());
        } else {
            QCOMPARE(responseCode(r), signal);
        }
    }

    // The app-only consent scenario's token carries no Exchange permission; the
    // healthy one carries full_access_as_app; the OneDrive secret one says appidacr 1.
    void tokenClaims()
    {
        World healthy(QStringLiteral("exo-healthy-app-only"));
        QVERIFY2(healthy.ok(), qPrintable(healthy.error()));
        const QJsonObject good =
            claims(accessToken(tokenFor(healthy, QStringLiteral("https://outlook.office365.com"))));
        QVERIFY(good.value(QStringLiteral("roles"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("full_access_as_app"))));
        QCOMPARE(good.value(QStringLiteral("tid")).toString(),
                 QStringLiteral("6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19"));

        World noConsent(QStringLiteral("exo-app-only-consent-missing"));
        QVERIFY2(noConsent.ok(), qPrintable(noConsent.error()));
        const QJsonObject bare =
            claims(accessToken(tokenFor(noConsent, QStringLiteral("https://outlook.office365.com"))));
        QVERIFY(!bare.isEmpty());
        QVERIFY(!bare.value(QStringLiteral("roles"))
                     .toArray()
                     .contains(QJsonValue(QStringLiteral("full_access_as_app"))));

        World secret(QStringLiteral("onedrive-app-only-secret"));
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        const QJsonObject sp =
            claims(accessToken(tokenFor(secret, QStringLiteral("https://contoso-my.sharepoint.com"))));
        QCOMPARE(sp.value(QStringLiteral("appidacr")).toString(), QStringLiteral("1"));
    }

    void newAccountIsRecent()
    {
        World w(QStringLiteral("exo-new-account-not-ready"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse t = tokenFor(w, QStringLiteral("https://graph.microsoft.com"));
        QVERIFY2(t.status == 200, t.body.left(400).constData());
        SimRequest r =
            request("GET", QStringLiteral("graph.microsoft.com"),
                    "/v1.0/users/newhire@contoso.com?$select=id,userPrincipalName,createdDateTime");
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken(t).toLatin1()});
        const SimResponse u = w.send(r);
        QVERIFY2(u.status == 200, u.body.left(400).constData());
        const QDateTime created = QDateTime::fromString(
            QJsonDocument::fromJson(u.body).object().value(QStringLiteral("createdDateTime")).toString(),
            Qt::ISODate);
        QVERIFY(created.isValid());
        const qint64 age = created.secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(age >= 0 && age < 24 * 3600, qPrintable(QString::number(age)));
    }

    // Autodiscover v2 answers a hybrid user whose mailbox is on-premises with a 302 to the
    // on-premises Autodiscover (facts §9.5b), which then names the on-premises EWS.
    void syncedMailboxPointsOnPrem()
    {
        World w(QStringLiteral("exo-mailbox-not-instantiated"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r =
            w.send(request("GET", QStringLiteral("outlook.office365.com"),
                           "/autodiscover/autodiscover.json?Email=user3%40contoso.com&Protocol=EWS"));
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromUtf8(headerValues(r, "Location").value(0)));
        QVERIFY2(location.isValid() && location.scheme() == QLatin1String("https") &&
                     !location.host().contains(QLatin1String("office365.com")),
                 qPrintable(location.toString()));
        const SimResponse onPrem = w.send(request("GET", location.host(),
                                                  location.path(QUrl::FullyEncoded).toUtf8() + '?' +
                                                      location.query(QUrl::FullyEncoded).toUtf8()));
        QCOMPARE(onPrem.status, 200);
        const QString url =
            QJsonDocument::fromJson(onPrem.body).object().value(QStringLiteral("Url")).toString();
        QVERIFY2(!url.isEmpty() && !url.contains(QLatin1String("office365.com")), qPrintable(url));
    }

    // Security defaults look like MFA at the token endpoint; the policy read tells them apart
    // (facts §9.7: the engine must reach security-defaults from the policy, not from one code).
    void securityDefaultsPolicy_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("security defaults") << "exo-security-defaults" << true;
        QTest::newRow("per-user mfa") << "exo-mfa-required" << false;
    }
    void securityDefaultsPolicy()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, enabled);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        // An administrator's app-only registration (the healthy tenant's) may read the policy.
        const QByteArray body =
            "client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a&client_secret=" +
            QUrl::toPercentEncoding(QStringLiteral("Cx8Q~appOnlySecretValue.Contoso-2026")) +
            "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials";
        const SimResponse t = w.send(request("POST", w.hosts().login, "/contoso.com/oauth2/v2.0/token", body,
                                             "application/x-www-form-urlencoded"));
        QVERIFY2(t.status == 200, t.body.left(300).constData());
        SimRequest r =
            request("GET", w.hosts().graph, "/v1.0/policies/identitySecurityDefaultsEnforcementPolicy");
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken(t).toLatin1()});
        const SimResponse p = w.send(r);
        QCOMPARE(p.status, 200);
        QCOMPARE(QJsonDocument::fromJson(p.body).object().value(QStringLiteral("isEnabled")).toBool(),
                 enabled);
    }

    void sharePointRefusesSecretToken()
    {
        World w(QStringLiteral("onedrive-app-only-secret"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse t = tokenFor(w, QStringLiteral("https://contoso-my.sharepoint.com"));
        QVERIFY2(t.status == 200, t.body.left(400).constData());
        SimRequest r = request("GET", QStringLiteral("contoso-my.sharepoint.com"),
                               "/personal/user1_contoso_com/_api/web");
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken(t).toLatin1()});
        r.headers.append(
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json;odata=nometadata")});
        const SimResponse s = w.send(r);
        QCOMPARE(s.status, 401);
        QVERIFY2(s.body.contains("Unsupported app only token."), s.body.left(300).constData());
    }

    // OneDrive with admin credentials: the personal site opens, or is missing.
    void oneDrive_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");      // the personal site
        QTest::addColumn<int>("driveStatus"); // Graph /users/{id}/drive
        QTest::addColumn<QByteArray>("driveMessage");
        QTest::newRow("healthy") << "onedrive-healthy" << 200 << 200 << QByteArray("\"driveType\"");
        QTest::newRow("not provisioned")
            << "onedrive-not-provisioned" << 404 << 404 << QByteArray("User's mysite not found.");
        QTest::newRow("not licensed")
            << "onedrive-not-licensed" << 404 << 400 << QByteArray("Unable to retrieve user's mysite URL.");
    }
    void oneDrive()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(int, driveStatus);
        QFETCH(QByteArray, driveMessage);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse t = tokenFor(w, QStringLiteral("https://contoso-my.sharepoint.com"));
        QVERIFY2(t.status == 200, t.body.left(400).constData());
        QString site = w.input("mailbox");
        site.replace(QLatin1Char('@'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
        SimRequest r = request("GET", QStringLiteral("contoso-my.sharepoint.com"),
                               "/personal/" + site.toLatin1() + "/_api/web");
        r.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken(t).toLatin1()});
        r.headers.append(
            {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json;odata=nometadata")});
        const SimResponse s = w.send(r);
        QVERIFY2(s.status == status,
                 qPrintable(QStringLiteral("%1: %2").arg(s.status).arg(QString::fromUtf8(s.body.left(300)))));

        const SimResponse g =
            tokenFor(w, QStringLiteral("https://graph.microsoft.com"), QStringLiteral("Files.Read.All"));
        QVERIFY2(g.status == 200, g.body.left(400).constData());
        SimRequest d = request("GET", QStringLiteral("graph.microsoft.com"),
                               "/v1.0/users/" + w.input("mailbox").toUtf8() + "/drive");
        d.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + accessToken(g).toLatin1()});
        const SimResponse drive = w.send(d);
        QVERIFY2(
            drive.status == driveStatus,
            qPrintable(
                QStringLiteral("%1: %2").arg(drive.status).arg(QString::fromUtf8(drive.body.left(300)))));
        QVERIFY2(drive.body.contains(driveMessage), drive.body.left(300).constData());
    }

    // Exchange Server with Basic over TLS (the scenario's user and password).
    void exchangeServer_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("signal"); // EWS ResponseCode; "!Basic": no Basic challenge
        QTest::newRow("healthy") << "onprem-healthy" << 200 << "NoError";
        // Extended Protection only binds Windows sign-in: the same password works over Basic,
        // which is what tells it apart from a wrong password.
        QTest::newRow("extended protection, basic") << "onprem-extended-protection" << 200 << "NoError";
        QTest::newRow("wrong password") << "onprem-wrong-password" << 401 << "";
        QTest::newRow("no basic") << "onprem-basic-auth-disabled" << 401 << "!Basic";
        QTest::newRow("database") << "onprem-database-unavailable" << 200 << "ErrorMailboxStoreUnavailable";
        QTest::newRow("impersonation")
            << "onprem-impersonation-denied" << 200 << "ErrorImpersonateUserDenied";
    }
    void exchangeServer()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(QString, signal);
        World w(scenario);
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r =
            getFolder(w, QStringLiteral("mail.fabrikam.com"), basic(w.input("user"), w.input("password")),
                      w.input("mailbox"), true);
        QVERIFY2(r.status == status ||
                     (status == 200 && r.status == 500 && signal != QLatin1String("NoError")),
                 qPrintable(QStringLiteral("%1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(400)))));
        if (signal == QLatin1String("!Basic")) {
            const QList<QByteArray> challenges = headerValues(r, "WWW-Authenticate");
            QVERIFY(!challenges.isEmpty());
            for (const QByteArray &c : challenges)
                QVERIFY2(!c.startsWith("Basic"), c.constData());
        } else if (!signal.isEmpty()) {
            QCOMPARE(responseCode(r), signal);
        }
    }

    // The Extended Protection scenario's server offers NTLM and shows its CU14 build.
    void extendedProtectionServer()
    {
        World w(QStringLiteral("onprem-extended-protection"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r = getFolder(w, QStringLiteral("mail.fabrikam.com"), {}, w.input("mailbox"), true);
        QCOMPARE(r.status, 401);
        QVERIFY(headerValues(r, "WWW-Authenticate").contains(QByteArrayLiteral("NTLM")));
        QCOMPARE(headerValues(r, "X-OWA-Version").value(0), QByteArrayLiteral("15.2.1544.4"));
    }

    void slowServer()
    {
        World w(QStringLiteral("onprem-server-overutilized"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse r = getFolder(w, QStringLiteral("mail.fabrikam.com"), {}, w.input("mailbox"), true);
        QCOMPARE(r.status, 401);
        QVERIFY(r.delayMs >= 2000);
        World healthy(QStringLiteral("onprem-healthy"));
        QVERIFY2(healthy.ok(), qPrintable(healthy.error()));
        QCOMPARE(getFolder(healthy, QStringLiteral("mail.fabrikam.com"), {}, healthy.input("mailbox"), true)
                     .delayMs,
                 0);
    }

    // Throttling: the first request of a minute to a host family passes, the next ones are throttled.
    void throttled()
    {
        World w(QStringLiteral("exo-throttled"));
        QVERIFY2(w.ok(), qPrintable(w.error()));
        const SimResponse t = tokenFor(w, QStringLiteral("https://outlook.office365.com"));
        QVERIFY2(t.status == 200, t.body.left(400).constData());
        const QByteArray bearer = "Bearer " + accessToken(t).toLatin1();
        const SimResponse first =
            getFolder(w, QStringLiteral("outlook.office365.com"), bearer, w.input("mailbox"), true);
        QCOMPARE(responseCode(first), QStringLiteral("NoError"));
        const SimResponse second =
            getFolder(w, QStringLiteral("outlook.office365.com"), bearer, w.input("mailbox"), true);
        const bool busy = second.status == 429 || second.status == 503 ||
                          responseCode(second) == QLatin1String("ErrorServerBusy");
        QVERIFY2(
            busy,
            qPrintable(
                QStringLiteral("%1: %2").arg(second.status).arg(QString::fromUtf8(second.body.left(300)))));
        const SimResponse token2 = tokenFor(w, QStringLiteral("https://outlook.office365.com"));
        QCOMPARE(token2.status, 429);
        QCOMPARE(aadstsCode(token2), 90055);
    }
};

QTEST_GUILESS_MAIN(TestScenarioSignals)
#include "tst_scenario_signals.moc"
