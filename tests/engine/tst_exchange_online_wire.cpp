// The pure readers of the Exchange Online checks (engine/checks/ExchangeOnlineWire.h).
#include "engine/checks/ExchangeOnlineWire.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace AuthDoctor;
using namespace AuthDoctor::Engine;

class TestExchangeOnlineWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("chosen");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("cloud"); // -1: none

        const int This = int(ExoWire::HostKind::ThisCloud);
        const int Other = int(ExoWire::HostKind::OtherCloud);
        const int Foreign = int(ExoWire::HostKind::Foreign);
        QTest::newRow("commercial ews")
            << "outlook.office365.com" << int(Cloud::Commercial) << This << int(Cloud::Commercial);
        QTest::newRow("upper case") << "Outlook.Office365.COM" << int(Cloud::Commercial) << This
                                    << int(Cloud::Commercial);
        QTest::newRow("commercial autodiscover")
            << "autodiscover-s.outlook.com" << int(Cloud::Commercial) << This << int(Cloud::Commercial);
        QTest::newRow("gcc uses commercial hosts")
            << "outlook.office365.com" << int(Cloud::Gcc) << This << int(Cloud::Gcc);
        QTest::newRow("gcc-high host from commercial")
            << "outlook.office365.us" << int(Cloud::Commercial) << Other << int(Cloud::GccHigh);
        QTest::newRow("commercial host from gcc-high")
            << "outlook.office365.com" << int(Cloud::GccHigh) << Other << int(Cloud::Commercial);
        QTest::newRow("gcc-high") << "outlook.office365.us" << int(Cloud::GccHigh) << This
                                  << int(Cloud::GccHigh);
        QTest::newRow("dod from gcc-high")
            << "outlook-dod.office365.us" << int(Cloud::GccHigh) << Other << int(Cloud::Dod);
        QTest::newRow("dod webmail.apps.mil")
            << "webmail.apps.mil" << int(Cloud::Dod) << This << int(Cloud::Dod);
        QTest::newRow("china subdomain")
            << "abc.partner.outlook.cn" << int(Cloud::China) << This << int(Cloud::China);
        QTest::newRow("on-prem") << "mail.fabrikam.com" << int(Cloud::Commercial) << Foreign << -1;
        QTest::newRow("look-alike suffix")
            << "outlook.office365.com.evil.example" << int(Cloud::Commercial) << Foreign << -1;
        QTest::newRow("empty") << "" << int(Cloud::Commercial) << Foreign << -1;
    }
    void classifyHost()
    {
        QFETCH(QString, host);
        QFETCH(int, chosen);
        QFETCH(int, kind);
        QFETCH(int, cloud);
        const ExoWire::HostVerdict v = ExoWire::classifyHost(host, Cloud(chosen));
        QCOMPARE(int(v.kind), kind);
        QCOMPARE(v.cloud.has_value(), cloud >= 0);
        if (cloud >= 0)
            QCOMPARE(int(*v.cloud), cloud);
    }

    void autodiscoverV2Url_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("cloud")
            << QByteArray(
                   "{\"Protocol\":\"EWS\",\"Url\":\"https://outlook.office365.com/EWS/Exchange.asmx\"}")
            << "https://outlook.office365.com/EWS/Exchange.asmx"
            << "";
        QTest::newRow("key case")
            << QByteArray("{\"protocol\":\"Ews\",\"url\":\" https://mail.fabrikam.com/EWS/Exchange.asmx \"}")
            << "https://mail.fabrikam.com/EWS/Exchange.asmx"
            << "";
        QTest::newRow("error") << QByteArray("{\"ErrorCode\":\"InvalidProtocol\",\"ErrorMessage\":\"…\"}")
                               << ""
                               << "InvalidProtocol";
        QTest::newRow("html") << QByteArray("<html><body>Not found</body></html>") << ""
                              << "";
        QTest::newRow("array") << QByteArray("[{\"Url\":\"https://x\"}]") << ""
                               << "";
        QTest::newRow("url not a string") << QByteArray("{\"Url\":42}") << ""
                                          << "";
        QTest::newRow("empty") << QByteArray() << ""
                               << "";
    }
    void autodiscoverV2Url()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, url);
        QFETCH(QString, errorCode);
        QCOMPARE(ExoWire::autodiscoverV2Url(body), url);
        QCOMPARE(ExoWire::autodiscoverV2ErrorCode(body), errorCode);
    }

    void resolveLocation_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("resolved");
        const QString base =
            QStringLiteral("https://outlook.office365.com/autodiscover/autodiscover.json/v1.0/"
                           "a@contoso.com?Protocol=EWS");
        QTest::newRow("absolute") << base
                                  << QByteArray(
                                         "https://autodiscover.fabrikam.com/autodiscover/autodiscover.json")
                                  << "https://autodiscover.fabrikam.com/autodiscover/autodiscover.json";
        QTest::newRow("relative path") << base << QByteArray("/owa/") << "https://outlook.office365.com/owa/";
        QTest::newRow("spaces") << base << QByteArray("  https://outlook.office365.us/x  ")
                                << "https://outlook.office365.us/x";
        QTest::newRow("empty") << base << QByteArray() << "";
    }
    void resolveLocation()
    {
        QFETCH(QString, request);
        QFETCH(QByteArray, location);
        QFETCH(QString, resolved);
        QCOMPARE(ExoWire::resolveLocation(QUrl(request), location).toString(), resolved);
    }

    void offersBasic_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<bool>("basic");
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<QString>("authorizationUri");

        const QByteArray exo =
            "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
            "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
            "token_types=\"app_asserted_user_v1 service_asserted_app_v1\", "
            "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"";
        const QString uri = QStringLiteral("https://login.microsoftonline.com/common/oauth2/authorize");
        // Facts §9.3: one comma-joined line, Bearer first, Basic Realm="" repeated or absent.
        QTest::newRow("exo one line, Basic Realm x3")
            << QList<
                   QByteArray>{exo +
                               ", error=\"invalid_token\",Basic Realm=\"\",Basic Realm=\"\",Basic Realm=\"\""}
            << false << true << uri;
        QTest::newRow("exo one line, no Basic") << QList<QByteArray>{exo} << false << true << uri;
        QTest::newRow("exo, Basic Realm as own header")
            << QList<QByteArray>{exo, "Basic Realm=\"\""} << false << true << uri;
        QTest::newRow("qt folded with newline")
            << QList<QByteArray>{exo + "\nBasic Realm=\"\""} << false << true << uri;
        QTest::newRow("on-prem basic realm")
            << QList<QByteArray>{"Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""} << true << false
            << "";
        QTest::newRow("basic without realm param") << QList<QByteArray>{"Basic"} << false << false << "";
        QTest::newRow("o365enum shape")
            << QList<QByteArray>{"Basic Realm=\"\",Negotiate"} << false << false << "";
        QTest::newRow("nothing") << QList<QByteArray>{} << false << false << "";
    }
    void offersBasic()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(bool, basic);
        QFETCH(bool, bearer);
        QFETCH(QString, authorizationUri);
        const QList<Wire::Challenge> c = Wire::parseChallenges(headers);
        QCOMPARE(ExoWire::offersBasic(c), basic);
        const auto b = ExoWire::bearerChallenge(c);
        QCOMPARE(b.has_value(), bearer);
        if (b)
            QCOMPARE(b->params.value(QStringLiteral("authorization_uri")), authorizationUri);
    }

    void classifyEwsAnswer_data()
    {
        QTest::addColumn<QString>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("verdict");

        const QString ews = QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx");
        QTest::newRow("401 challenge")
            << ews << 401 << QByteArray() << QByteArray() << QByteArray() << int(ExoWire::NotEws::No);
        QTest::newRow("500 soap") << ews << 500 << QByteArray("text/xml; charset=utf-8") << QByteArray()
                                  << QByteArray("<s:Envelope/>") << int(ExoWire::NotEws::No);
        QTest::newRow("404") << ews << 404 << QByteArray("text/html") << QByteArray() << QByteArray("<html/>")
                             << int(ExoWire::NotEws::NotFound);
        QTest::newRow("200 html page")
            << QStringLiteral("https://mail.fabrikam.com/owa/") << 200
            << QByteArray("text/html; charset=utf-8") << QByteArray() << QByteArray("<!DOCTYPE html><html>")
            << int(ExoWire::NotEws::HtmlPage);
        QTest::newRow("html sniffed") << ews << 200 << QByteArray() << QByteArray()
                                      << QByteArray("  <HTML><body>") << int(ExoWire::NotEws::HtmlPage);
        QTest::newRow("401 html body is still a challenge")
            << ews << 401 << QByteArray("text/html") << QByteArray() << QByteArray("<html>401</html>")
            << int(ExoWire::NotEws::No);
        QTest::newRow("owa redirect")
            << QStringLiteral("https://mail.fabrikam.com/owa/") << 302 << QByteArray()
            << QByteArray("/owa/auth/logon.aspx?url=https%3a%2f%2fmail.fabrikam.com%2fowa%2f") << QByteArray()
            << int(ExoWire::NotEws::OwaRedirect);
        QTest::newRow("generic error page")
            << QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx") << 302 << QByteArray()
            << QByteArray(
                   "https://mail.fabrikam.com/ews/genericerrorpage.htm?aspxerrorpath=/ews/exchange.asmx")
            << QByteArray() << int(ExoWire::NotEws::ErrorPage);
        QTest::newRow("internalsite")
            << ews << 302 << QByteArray() << QByteArray("/internalsite/internalerror.asp") << QByteArray()
            << int(ExoWire::NotEws::ErrorPage);
        QTest::newRow("http to https")
            << QStringLiteral("http://outlook.office365.com/EWS/Exchange.asmx") << 301 << QByteArray()
            << QByteArray("https://outlook.office365.com/EWS/Exchange.asmx") << QByteArray()
            << int(ExoWire::NotEws::HttpsRedirect);
        QTest::newRow("redirect elsewhere")
            << ews << 302 << QByteArray() << QByteArray("https://other.example/EWS/Exchange.asmx")
            << QByteArray() << int(ExoWire::NotEws::OtherRedirect);
    }
    void classifyEwsAnswer()
    {
        QFETCH(QString, request);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, location);
        QFETCH(QByteArray, body);
        QFETCH(int, verdict);
        QCOMPARE(int(ExoWire::classifyEwsAnswer(status, contentType, QUrl(request), location, body)),
                 verdict);
    }

    void latency_data()
    {
        QTest::addColumn<QList<qint64>>("samples");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p95");
        QTest::addColumn<bool>("overutilized");
        QTest::newRow("none") << QList<qint64>{} << qint64(100) << qint64(-1) << qint64(-1) << false;
        QTest::newRow("one") << QList<qint64>{80} << qint64(200) << qint64(80) << qint64(80) << false;
        QTest::newRow("five, unsorted")
            << QList<qint64>{90, 40, 60, 50, 300} << qint64(200) << qint64(60) << qint64(300) << false;
        QTest::newRow("even count") << QList<qint64>{10, 20, 30, 40} << qint64(50) << qint64(25) << qint64(40)
                                    << false;
        QTest::newRow("twenty: p95 is the 19th")
            << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
            << qint64(5) << qint64(10) << qint64(19) << false;
        QTest::newRow("over two seconds") << QList<qint64>{2100, 2200, 2300, 2050, 2500} << qint64(2600)
                                          << qint64(2200) << qint64(2500) << true;
        QTest::newRow("two seconds exactly is fine")
            << QList<qint64>{2000, 2000, 2000} << qint64(2100) << qint64(2000) << qint64(2000) << false;
        QTest::newRow("far above the first") << QList<qint64>{1500, 1600, 1700, 1550, 1650} << qint64(300)
                                             << qint64(1600) << qint64(1700) << true;
        QTest::newRow("3x but under 1 s more")
            << QList<qint64>{400, 420, 410, 430, 405} << qint64(100) << qint64(410) << qint64(430) << false;
        QTest::newRow("first unknown")
            << QList<qint64>{1500, 1500, 1500} << qint64(-1) << qint64(1500) << qint64(1500) << false;
    }
    void latency()
    {
        QFETCH(QList<qint64>, samples);
        QFETCH(qint64, first);
        QFETCH(qint64, median);
        QFETCH(qint64, p95);
        QFETCH(bool, overutilized);
        const ExoWire::LatencyStats s = ExoWire::latencyStats(samples);
        QCOMPARE(s.medianMs, median);
        QCOMPARE(s.p95Ms, p95);
        QCOMPARE(ExoWire::looksOverutilized(first, s), overutilized);
    }

    void backOff_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<bool>("throttled");

        const QByteArray busy =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope "
            "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            "<s:Body><s:Fault><faultcode "
            "xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            "a:ErrorServerBusy</faultcode><faultstring xml:lang=\"en-US\">The server cannot service this "
            "request "
            "right now. Try again later.</faultstring><detail><e:ResponseCode "
            "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorServerBusy</"
            "e:ResponseCode>"
            "<e:Message xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">The server "
            "cannot "
            "service this request right now. Try again later.</e:Message><t:MessageXml "
            "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><t:Value "
            "Name=\"BackOffMilliseconds\">297749</t:Value></t:MessageXml></detail></s:Fault></s:Body></"
            "s:Envelope>";
        QByteArray shortBusy = busy;
        shortBusy.replace("297749", "1200");
        QTest::newRow("ErrorServerBusy, long back-off")
            << busy << 500 << QByteArray() << qint64(297749) << true;
        QTest::newRow("back-off wins over Retry-After")
            << shortBusy << 500 << QByteArray("30") << qint64(1200) << true;
        QTest::newRow("503 Retry-After seconds")
            << QByteArray() << 503 << QByteArray("3") << qint64(3000) << true;
        QTest::newRow("429 http-date ignored")
            << QByteArray() << 429 << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << qint64(-1) << true;
        QTest::newRow("access denied is no throttling")
            << QByteArray("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                          "<m:GetFolderResponseMessage ResponseClass=\"Error\" "
                          "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
                          "<m:ResponseCode>ErrorAccessDenied</m:ResponseCode></m:GetFolderResponseMessage>"
                          "</s:Body></s:Envelope>")
            << 200 << QByteArray() << qint64(-1) << false;
        QTest::newRow("403 empty") << QByteArray() << 403 << QByteArray() << qint64(-1) << false;
    }
    void backOff()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, waitMs);
        QFETCH(bool, throttled);
        const Wire::EwsResponse ews = Wire::parseEwsResponse(body);
        QCOMPARE(ExoWire::backOffMs(ews, retryAfter), waitMs);
        QCOMPARE(ExoWire::isThrottled(status, ews), throttled);
    }

    void getFolderRequest_data()
    {
        QTest::addColumn<QString>("mailbox");
        QTest::addColumn<bool>("impersonate");
        QTest::addColumn<QString>("emailAddress"); // under DistinguishedFolderId/Mailbox
        QTest::addColumn<QString>("impersonated"); // ConnectingSID/PrimarySmtpAddress
        QTest::newRow("unauthenticated probe") << "" << false << ""
                                               << "";
        QTest::newRow("delegate") << "user1@contoso.com" << false << "user1@contoso.com"
                                  << "";
        QTest::newRow("impersonation") << "user1@contoso.com" << true << ""
                                       << "user1@contoso.com";
        QTest::newRow("escaped") << "a<b>&\"c@contoso.com" << false << "a<b>&\"c@contoso.com"
                                 << "";
    }
    void getFolderRequest()
    {
        QFETCH(QString, mailbox);
        QFETCH(bool, impersonate);
        QFETCH(QString, emailAddress);
        QFETCH(QString, impersonated);
        const QByteArray xml = ExoWire::getFolderRequest(mailbox, impersonate);
        QXmlStreamReader r(xml);
        r.setNamespaceProcessing(true);
        const QString types = QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/types");
        QString gotEmail, gotSmtp, baseShape, folderId, version;
        bool getFolder = false;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == u"GetFolder")
                getFolder = r.namespaceUri() ==
                            QLatin1String("http://schemas.microsoft.com/exchange/services/2006/messages");
            else if (r.name() == u"RequestServerVersion")
                version = r.attributes().value(QStringLiteral("Version")).toString();
            else if (r.name() == u"DistinguishedFolderId")
                folderId = r.attributes().value(QStringLiteral("Id")).toString();
            else if (r.name() == u"EmailAddress" && r.namespaceUri() == types)
                gotEmail = r.readElementText();
            else if (r.name() == u"PrimarySmtpAddress" && r.namespaceUri() == types)
                gotSmtp = r.readElementText();
            else if (r.name() == u"BaseShape")
                baseShape = r.readElementText();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(getFolder);
        QCOMPARE(version, QStringLiteral("Exchange2013_SP1"));
        QCOMPARE(folderId, QStringLiteral("inbox"));
        QCOMPARE(baseShape, QStringLiteral("IdOnly"));
        QCOMPARE(gotEmail, emailAddress);
        QCOMPARE(gotSmtp, impersonated);
    }
};

QTEST_GUILESS_MAIN(TestExchangeOnlineWire)
#include "tst_exchange_online_wire.moc"
