// TLS through the simulator: real host names, name mismatch, bad certificates, and trust only per run.
#include "SimTestSupport.h"

#include <QSslConfiguration>
#include <QTest>

using namespace AuthDoctor::Sim;

class TestSimTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostsOfTheCertificate_data();
    void hostsOfTheCertificate();
    void hostOutsideTheCertificate();
    void badCertificates_data();
    void badCertificates();
    void caNotTrustedFails();
    void caNotTrustedGlobally();
    void caPemFile();

private:
    std::optional<Scenario> m_scenario; // with bad certificates for three hosts
    std::optional<Scenario> m_plain;    // the same mappings, every host with the good certificate
};

void TestSimTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QString error;
    m_scenario = SimTest::scenario(SimTest::wireScenario(R"([{"request": {"urlPath": "/hello"},
        "response": {"status": 200, "body": "hello from the simulator"}}])",
                                                         R"(, "tls": {"mail.fabrikam.com": "expired",
                                                                      "autodiscover.fabrikam.com": "self-signed",
                                                                      "mail.contoso.com": "wrong-name"})"),
                                   &error);
    QVERIFY2(m_scenario, qPrintable(error));
    m_plain = SimTest::scenario(SimTest::wireScenario(R"([{"request": {"urlPath": "/hello"},
        "response": {"status": 200, "body": "hello from the simulator"}}])"),
                                &error);
    QVERIFY2(m_plain, qPrintable(error));
}

void TestSimTls::hostsOfTheCertificate_data()
{
    QTest::addColumn<QString>("host");
    for (const char *h : {"login.microsoftonline.com",
                          "outlook.office365.com",
                          "contoso-my.sharepoint.com",
                          "autodiscover-s.outlook.com",
                          "graph.microsoft.com",
                          "login.microsoftonline.us",
                          "outlook-dod.office365.us",
                          "login.partner.microsoftonline.cn",
                          "partner.outlook.cn",
                          "autodiscover-s.partner.outlook.cn",
                          "graph.microsoftazure.us",
                          "contoso-my.sharepoint.us",
                          "autodiscover.contoso.com",
                          "contoso.com",
                          "fabrikam.com",
                          "owa.fabrikam.com",
                          "sts.windows.net",
                          "odc.officeapps.live.com",
                          "mail.fabrikam.com",
                          "autodiscover.fabrikam.com",
                          "mail.contoso.com",
                          "localhost",
                          "webmail.apps.mil",
                          "contoso.dps.mil",
                          "contoso-my.sharepoint.cn",
                          "microsoftgraph.chinacloudapi.cn",
                          "autodiscover-s-dod.office365.us"})
        QTest::newRow(h) << QString::fromLatin1(h);
}

void TestSimTls::hostsOfTheCertificate()
{
    QFETCH(QString, host);
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_plain, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r =
        SimTest::send(*nam, SimTest::makeRequest(QStringLiteral("https://%1/hello").arg(host), tenant));
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.sslErrors.isEmpty());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("hello from the simulator"));
    QCOMPARE(tenant.requestLog().size(), 1);
    QCOMPARE(tenant.requestLog().first().value(QStringLiteral("host")).toString(), host);
}

void TestSimTls::hostOutsideTheCertificate()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r =
        SimTest::send(*nam, SimTest::makeRequest(QStringLiteral("https://www.example.org/hello"), tenant));
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(r.sslErrors.contains(QSslError::HostNameMismatch));
    QVERIFY(tenant.requestLog().isEmpty()); // the request itself never went out
}

void TestSimTls::badCertificates_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QSslError::SslError>("expected");
    QTest::newRow("expired") << QStringLiteral("mail.fabrikam.com") << QSslError::CertificateExpired;
    QTest::newRow("self-signed") << QStringLiteral("autodiscover.fabrikam.com")
                                 << QSslError::SelfSignedCertificate;
    QTest::newRow("wrong-name") << QStringLiteral("mail.contoso.com") << QSslError::HostNameMismatch;
}

void TestSimTls::badCertificates()
{
    QFETCH(QString, host);
    QFETCH(QSslError::SslError, expected);
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r =
        SimTest::send(*nam, SimTest::makeRequest(QStringLiteral("https://%1/hello").arg(host), tenant));
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(r.sslErrors.contains(expected), qPrintable(r.errorString));
    QVERIFY(tenant.requestLog().isEmpty());

    // The same simulator still serves the other hosts with the good certificate.
    auto nam2 = SimTest::makeNam(tenant);
    const auto ok =
        SimTest::send(*nam2, SimTest::makeRequest(QStringLiteral("https://fabrikam.com/hello"), tenant));
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(ok.status, 200);
}

void TestSimTls::caNotTrustedFails()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *nam, SimTest::makeRequest(QStringLiteral("https://login.microsoftonline.com/hello"), tenant, false));
    QVERIFY(r.finished);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(r.sslErrors.contains(QSslError::UnableToGetLocalIssuerCertificate) ||
            r.sslErrors.contains(QSslError::UnableToVerifyFirstCertificate) ||
            r.sslErrors.contains(QSslError::CertificateUntrusted));
    QVERIFY(tenant.requestLog().isEmpty());
}

void TestSimTls::caNotTrustedGlobally()
{
    // Starting a simulator and trusting it for one run changes nothing for anybody else.
    const QList<QSslCertificate> before = QSslConfiguration::defaultConfiguration().caCertificates();
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    auto nam = SimTest::makeNam(tenant);
    QCOMPARE(SimTest::send(
                 *nam, SimTest::makeRequest(QStringLiteral("https://outlook.office365.com/hello"), tenant))
                 .status,
             200);
    const QSslCertificate ca = tenant.caCertificates().value(0);
    QVERIFY(!ca.isNull());
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca));
    QVERIFY(!QSslConfiguration::systemCaCertificates().contains(ca));
    QCOMPARE(QSslConfiguration::defaultConfiguration().caCertificates(), before);

    // A second QNAM without the CA still fails after the trusted run.
    auto other = SimTest::makeNam(tenant);
    const auto r = SimTest::send(
        *other, SimTest::makeRequest(QStringLiteral("https://outlook.office365.com/hello"), tenant, false));
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSimTls::caPemFile()
{
    SimulatedTenant tenant;
    QString error;
    QVERIFY2(tenant.start(*m_scenario, &error), qPrintable(error));
    const QString path = tenant.caPemPath();
    QVERIFY(!path.isEmpty());
    const QList<QSslCertificate> fromFile = QSslCertificate::fromPath(path);
    QCOMPARE(fromFile.size(), 1);
    QCOMPARE(fromFile.first(), tenant.caCertificates().first());
    QVERIFY(fromFile.first()
                .subjectInfo(QSslCertificate::CommonName)
                .value(0)
                .contains(QLatin1String("practice")));
    QVERIFY(fromFile.first().expiryDate() > QDateTime::currentDateTimeUtc().addYears(10));
}

QTEST_GUILESS_MAIN(TestSimTls)
#include "tst_sim_tls.moc"
