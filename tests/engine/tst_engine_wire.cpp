// Pure readers of the engine (engine/WireParsing.h), data-driven.
#include "engine/WireParsing.h"

#include <QJsonArray>
#include <QtTest>

using namespace AuthDoctor::Engine;

class TstEngineWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void challenges_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers");
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<QString>("bearerClientId");
        QTest::newRow("exo one line, Bearer first, Basic repeated")
            << QList<QByteArray>{"Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                                 "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
                                 "token_types=\"app_asserted_user_v1 "
                                 "service_asserted_app_v1\", "
                                 "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                                 "authorize\", error=\"invalid_token\",Basic Realm=\"\",Basic "
                                 "Realm=\"\",Basic Realm=\"\""}
            << QStringList{QStringLiteral("Bearer"), QStringLiteral("Basic")}
            << QStringLiteral("00000002-0000-0ff1-ce00-000000000000");
        QTest::newRow("on-prem separate headers")
            << QList<QByteArray>{"Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""}
            << QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic")}
            << QString();
        QTest::newRow("Qt folded into one value")
            << QList<QByteArray>{"Negotiate, NTLM, Basic realm=\"a, b\""}
            << QStringList{QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic")}
            << QString();
        QTest::newRow("NTLM type-2 token68") << QList<QByteArray>{"NTLM TlRMTVNTUAACAAAADAAMADAAAAA="}
                                             << QStringList{QStringLiteral("NTLM")} << QString();
        QTest::newRow("quoted comma in Bearer param")
            << QList<QByteArray>{"Bearer realm=\"x,y\", client_id=\"abc\""}
            << QStringList{QStringLiteral("Bearer")} << QStringLiteral("abc");
        QTest::newRow("empty") << QList<QByteArray>{""} << QStringList{} << QString();
    }
    void challenges()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QStringList, schemes);
        QFETCH(QString, bearerClientId);
        const auto parsed = Wire::parseChallenges(headers);
        QCOMPARE(Wire::schemesOf(parsed), schemes);
        if (!bearerClientId.isEmpty()) {
            QCOMPARE(parsed.first().scheme, QStringLiteral("Bearer"));
            QCOMPARE(parsed.first().params.value(QStringLiteral("client_id")), bearerClientId);
        }
    }

    void ntlmToken68()
    {
        const auto parsed = Wire::parseChallenges({"NTLM TlRMTVNTUAACAAAADAAMADAAAAA="});
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.first().token68, QStringLiteral("TlRMTVNTUAACAAAADAAMADAAAAA="));
    }

    void tokenError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QList<qint64>>("codes");
        QTest::addColumn<QString>("description");
        QTest::newRow("error_codes")
            << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: Due to a "
                          "configuration change.\\r\\nTrace ID: 1\\r\\nCorrelation ID: "
                          "2\",\"error_codes\":[50076],\"trace_id\":\"t\",\"correlation_id\":\"c\"}")
            << QStringLiteral("invalid_grant") << QList<qint64>{50076}
            << QStringLiteral("AADSTS50076: Due to a configuration change.");
        QTest::newRow("description only")
            << QByteArray("{\"error\":\"invalid_request\",\"error_description\":\"AADSTS900382: Confidential "
                          "Client is not supported in Cross Cloud request.\"}")
            << QStringLiteral("invalid_request") << QList<qint64>{900382}
            << QStringLiteral("AADSTS900382: Confidential Client is not supported in Cross Cloud request.");
        QTest::newRow("not json") << QByteArray("<html>") << QString() << QList<qint64>{} << QString();
    }
    void tokenError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(QList<qint64>, codes);
        QFETCH(QString, description);
        const Wire::TokenError e = Wire::parseTokenError(body);
        QCOMPARE(e.error, error);
        QCOMPARE(e.codes, codes);
        QCOMPARE(e.description, description);
    }

    void jwt()
    {
        const QByteArray payload =
            QByteArray("{\"aud\":\"https://"
                       "outlook.office365.com\",\"roles\":[\"full_access_as_app\"],\"appidacr\":\"1\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        const QByteArray token = "eyJhbGciOiJub25lIn0." + payload + ".sig";
        const QJsonObject c = Wire::jwtClaims(token);
        QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://outlook.office365.com"));
        QCOMPARE(c.value(QStringLiteral("roles")).toArray().first().toString(),
                 QStringLiteral("full_access_as_app"));
        QVERIFY(Wire::jwtClaims("not-a-token").isEmpty());
        QVERIFY(Wire::jwtClaims("a.%%%.c").isEmpty());
        const QString fp = Wire::tokenFingerprint(token);
        QVERIFY(fp.startsWith(QStringLiteral("sha256:")));
        QVERIFY(!fp.contains(QString::fromLatin1(payload)));
    }

    void msDiagnostics()
    {
        const auto d =
            Wire::parseMsDiagnostics(QStringLiteral("2000003;reason=\"The audience claim value is invalid "
                                                    "'aud'.\";error_category=\"invalid_resource\""));
        QCOMPARE(d.code, QStringLiteral("2000003"));
        QCOMPARE(d.reason, QStringLiteral("The audience claim value is invalid 'aud'."));
        QCOMPARE(d.category, QStringLiteral("invalid_resource"));
    }

    void ewsResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("backOff");
        QTest::newRow("success")
            << QByteArray(
                   "<s:Envelope "
                   "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:GetFolderResponse "
                   "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/"
                   "messages\"><m:ResponseMessages><m:GetFolderResponseMessage "
                   "ResponseClass=\"Success\"><m:ResponseCode>NoError</m:ResponseCode></"
                   "m:GetFolderResponseMessage></m:ResponseMessages></m:GetFolderResponse></s:Body></"
                   "s:Envelope>")
            << QStringLiteral("NoError") << qint64(-1);
        QTest::newRow("server busy fault")
            << QByteArray("<s:Envelope "
                          "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault><faultcode "
                          "xmlns:a=\"http://schemas.microsoft.com/exchange/services/2006/"
                          "types\">a:ErrorServerBusy</faultcode><faultstring>The server cannot service this "
                          "request right now.</faultstring><detail><e:ResponseCode "
                          "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/"
                          "errors\">ErrorServerBusy</e:ResponseCode><t:MessageXml "
                          "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"><t:Value "
                          "Name=\"BackOffMilliseconds\">297749</t:Value></t:MessageXml></detail></s:Fault></"
                          "s:Body></s:Envelope>")
            << QStringLiteral("ErrorServerBusy") << qint64(297749);
        QTest::newRow("garbage") << QByteArray("<<<") << QString() << qint64(-1);
        QByteArray deep;
        for (int i = 0; i < 500; ++i)
            deep += "<a>";
        QTest::newRow("deep nesting stops") << deep << QString() << qint64(-1);
    }
    void ewsResponse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(qint64, backOff);
        const Wire::EwsResponse r = Wire::parseEwsResponse(body);
        QCOMPARE(r.responseCode, code);
        QCOMPARE(r.backOffMs, backOff);
    }

    void formBody()
    {
        QCOMPARE(Wire::formBody({{QStringLiteral("a b"), QStringLiteral("x&y=z")},
                                 {QStringLiteral("c"), QStringLiteral("ü")}}),
                 QByteArray("a%20b=x%26y%3Dz&c=%C3%BC"));
    }
};

QTEST_GUILESS_MAIN(TstEngineWire)
#include "tst_engine_wire.moc"
