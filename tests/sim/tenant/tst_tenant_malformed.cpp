// Malformed requests to every endpoint family (broken NTLM, JWT, SOAP, forms, JSON): the model
// answers each the way the service would, with the rule that refused it; it never crashes or
// stalls (these rows came out of fuzzing the model with mutated requests).
#include "TenantTestSupport.h"

using namespace TenantTest;

namespace {

QByteArray ntlmType3Header(const QByteArray &fields)
{
    return QByteArray("NTLMSSP\0\x03\0\0\0", 12) + fields;
}

QByteArray jwtWithPayload(const QByteArray &payload)
{
    return "eyJ0eXAiOiJKV1QifQ." +
           payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.';
}

} // namespace

class TstTenantMalformed : public QObject
{
    Q_OBJECT
private slots:
    void refused_data();
    void refused();
};

void TstTenantMalformed::refused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("authorization"); // "APP": a valid app-only token for the host's resource
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("rule");

    const QString onPremEws = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
    const QString exoEws = QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx");
    const QString token = QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token");
    const QByteArray xml = "text/xml; charset=utf-8";
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray folder = getFolderBody();

    QTest::newRow("NTLM type 3, every field out of range")
        << onPremEws << "NTLM " + ntlmType3Header(QByteArray(52, '\xff')).toBase64() << xml << folder << 401
        << QStringLiteral("tenant:onprem-ntlm-rejected");
    QTest::newRow("NTLM type 3, header only")
        << onPremEws << "NTLM " + ntlmType3Header({}).toBase64() << xml << folder << 401
        << QStringLiteral("tenant:onprem-ntlm-rejected");
    QTest::newRow("NTLM, not base64") << onPremEws << QByteArray("NTLM !!!***") << xml << folder << 401
                                      << QStringLiteral("tenant:onprem-ntlm-invalid");
    QTest::newRow("NTLM, empty") << onPremEws << QByteArray("NTLM ") << xml << folder << 401
                                 << QStringLiteral("tenant:onprem-ntlm-invalid");
    QTest::newRow("Negotiate without NTLM inside")
        << onPremEws << "Negotiate " + QByteArray(40, 'A') << xml << folder << 401
        << QStringLiteral("tenant:onprem-kerberos-unsupported");
    QTest::newRow("Basic, not base64") << onPremEws << QByteArray("Basic ###") << xml << folder << 401
                                       << QStringLiteral("tenant:onprem-basic-malformed");
    QTest::newRow("Basic without a colon")
        << onPremEws << "Basic " + QByteArray("admin").toBase64() << xml << folder << 401
        << QStringLiteral("tenant:onprem-basic-malformed");
    QTest::newRow("JWT whose payload is an array") << exoEws << "Bearer " + jwtWithPayload("[1,2]") << xml
                                                   << folder << 401 << QStringLiteral("tenant:exo-2000001");
    QTest::newRow("JWT with two segments") << exoEws << QByteArray("Bearer eyJ0eXAiOiJKV1QifQ.eyJhIjoxfQ")
                                           << xml << folder << 401 << QStringLiteral("tenant:exo-2000001");
    QTest::newRow("JWT, not base64url") << exoEws << QByteArray("Bearer eyJ0eX$.e%.x") << xml << folder << 401
                                        << QStringLiteral("tenant:exo-2000001");
    QTest::newRow("JWT claims of the wrong types")
        << exoEws
        << "Bearer " + jwtWithPayload("{\"aud\":5,\"tid\":[],\"exp\":\"soon\",\"scp\":7,\"roles\":\"x\"}")
        << xml << folder << 401 << QStringLiteral("tenant:exo-2000003");
    QTest::newRow("SOAP with an entity expansion bomb")
        << exoEws << QByteArray("APP") << xml
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\">"
               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
               "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e "
               "\"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
               "<s>&e;&e;&e;</s>")
        << 500 << QStringLiteral("tenant:ews-schema");
    QTest::newRow("SOAP nested 20000 deep")
        << exoEws << QByteArray("APP") << xml
        << QByteArray("<a>").repeated(20000) + QByteArray("</a>").repeated(20000) << 500
        << QStringLiteral("tenant:ews-schema");
    QTest::newRow("SOAP with an external entity")
        << exoEws << QByteArray("APP") << xml
        << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>&x;</s:Body>"
                      "</s:Envelope>")
        << 500 << QStringLiteral("tenant:ews-invalid-request");
    QTest::newRow("token form with broken percent-encoding")
        << token << QByteArray() << form
        << QByteArray("grant_type=password&username=%ZZ%&password=%&client_id=%E0%A4%A") << 400
        << QStringLiteral("tenant:aadsts-700016");
    QTest::newRow("token form with empty and repeated keys")
        << token << QByteArray() << form
        << QByteArray("grant_type=password&grant_type=client_credentials&&&=&=") << 400
        << QStringLiteral("tenant:aadsts-900144");
    QTest::newRow("GetCredentialType, not JSON")
        << QStringLiteral("https://login.microsoftonline.com/common/GetCredentialType") << QByteArray()
        << QByteArray("application/json") << QByteArray("{{{") << 200
        << QStringLiteral("tenant:getcredentialtype");
    QTest::newRow("Autodiscover v2 without an address")
        << QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.json") << QByteArray()
        << QByteArray() << QByteArray() << 400 << QStringLiteral("tenant:autodiscover-v2-invalid-user");
    QTest::newRow("Autodiscover POX, binary body")
        << QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.xml")
        << QByteArray("APP") << xml << QByteArray("\xff\xfe<<<") << 200
        << QStringLiteral("tenant:autodiscover-pox-600");
    QTest::newRow("Autodiscover SOAP, unclosed envelope")
        << QStringLiteral("https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc")
        << QByteArray("APP") << xml << QByteArray("<s:Envelope>") << 400
        << QStringLiteral("tenant:autodiscover-soap-bad-request");
    QTest::newRow("SharePoint, token not a JWT")
        << QStringLiteral("https://contoso-my.sharepoint.com/personal/user1_contoso_com/_api/web")
        << QByteArray("Bearer x.y.z") << QByteArray() << QByteArray() << 401
        << QStringLiteral("tenant:sharepoint-malformed-token");
}

void TstTenantMalformed::refused()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, rule);
    auto m = makeModel();
    QVERIFY(m);
    if (authorization == "APP") {
        authorization = "Bearer " + appToken(*m);
        QVERIFY(authorization.size() > 100);
    }
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const auto r =
        m->handle(request(body.isEmpty() && contentType.isEmpty() ? "GET" : "POST", url, headers, body));
    QVERIFY(r);
    QCOMPARE(r->rule, rule);
    QCOMPARE(r->status, status);
}

QTEST_GUILESS_MAIN(TstTenantMalformed)
#include "tst_tenant_malformed.moc"
