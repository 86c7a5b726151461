// Pasted error text may carry a password, a client secret, a token or a cookie: no part of one may
// come back in the classification (codes, host, reasons, ids), and the rest is still read.
#include "RedactionPastes.h"
#include "classify/Classifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AuthDoctor;

class TestClassifierSecrets : public QObject
{
    Q_OBJECT
private slots:
    void neverEchoed_data();
    void neverEchoed();
    void pastesNeverEchoed_data();
    void pastesNeverEchoed();
};

void TestClassifierSecrets::neverEchoed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("host"); // "" = none expected
    QTest::addColumn<QString>("top");

    const QString jwt =
        QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNl"
                       "MzY1LmNvbSIsInNjcCI6IlVzZXIuUmVhZCJ9.c2lnbmF0dXJl");
    QTest::newRow("curl dump of a password grant")
        << QStringLiteral(
               "> POST /contoso.com/oauth2/v2.0/token HTTP/1.1\n"
               "> Host: login.microsoftonline.com\n"
               "> Authorization: Basic YWRtaW46U2VjcmV0VmFsdWU=\n"
               "grant_type=password&username=admin%40contoso.com&password=Hunter2-Secret&scope=x\n"
               "< HTTP/1.1 400 Bad Request\n"
               "{\"error\":\"invalid_grant\",\"error_codes\":[50126],\"error_description\":\"AADSTS50126: "
               "Error validating credentials due to invalid username or password.\"}")
        << QStringList{QStringLiteral("YWRtaW46U2VjcmV0VmFsdWU"), QStringLiteral("Hunter2-Secret")}
        << QStringLiteral("login.microsoftonline.com") << QStringLiteral("wrong-password");
    QTest::newRow("EWS request with a bearer token")
        << (QStringLiteral("POST https://outlook.office365.com/EWS/Exchange.asmx\nAuthorization: Bearer ") +
            jwt +
            QStringLiteral(
                "\nHTTP/1.1 401 Unauthorized\nx-ms-diagnostics: 2000008;reason=\"The token contains no "
                "permissions, or permissions can not be understood.\";error_category=\"invalid_grant\""))
        << QStringList{jwt.left(24), QStringLiteral("c2lnbmF0dXJl"), QStringLiteral("MzY1LmNvbSIsInNjcC")}
        << QStringLiteral("outlook.office365.com") << QStringLiteral("consent-missing");
    QTest::newRow("password in the URL")
        << QStringLiteral("Http POST request to 'https://FABRIKAM%5Cadmin:Summer2026!@mail.fabrikam.com/EWS/"
                          "Exchange.asmx' failed - 401 Unauthorized")
        << QStringList{QStringLiteral("Summer2026!"), QStringLiteral("Summer2026")}
        << QStringLiteral("mail.fabrikam.com") << QStringLiteral("wrong-password");
    QTest::newRow("password that looks like a host in the URL")
        << QStringLiteral("GET https://admin:mail.evil-example.com@outlook.office365.com/EWS/Exchange.asmx "
                          "returned 401")
        << QStringList{QStringLiteral("evil-example")} << QStringLiteral("outlook.office365.com")
        << QStringLiteral("wrong-password");
    QTest::newRow("'@' in the user and the password of the URL")
        << QStringLiteral(
               "Http POST request to 'https://admin@contoso.com:p@ss@w0rd.evil-example.com@outlook."
               "office365.com/EWS/Exchange.asmx' failed - 401 Unauthorized")
        << QStringList{QStringLiteral("p@ss"), QStringLiteral("w0rd.evil-example.com")}
        << QStringLiteral("outlook.office365.com") << QStringLiteral("wrong-password");
    QTest::newRow("client secret value without a key name")
        << QStringLiteral(
               "POST https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token with "
               "u8j8Q~YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV\nAADSTS7000215: Invalid client secret provided.")
        << QStringList{QStringLiteral("YgjmUh.Bel31iEl2hpChYgCfrL1spNxnyV")}
        << QStringLiteral("login.microsoftonline.com") << QStringLiteral("client-secret-invalid");
    QTest::newRow("passphrase after Password:")
        << QStringLiteral("Username: jane@contoso.com\nPassword: mailbox database not found\n"
                          "AADSTS50126: Error validating credentials due to invalid username or password.")
        << QStringList{QStringLiteral("mailbox database not found")} << QString()
        << QStringLiteral("wrong-password");
    QTest::newRow("refresh token that contains an AADSTS code")
        << QStringLiteral(
               "{\"refresh_token\": \"AADSTS50076xQ9\", \"error\": \"invalid_grant\", \"error_codes\": "
               "[50126]}")
        << QStringList{QStringLiteral("AADSTS50076"), QStringLiteral("xQ9")} << QString()
        << QStringLiteral("wrong-password");
    QTest::newRow("password that looks like an exception name")
        << QStringLiteral("Login failed for admin@contoso.com with password=DatabaseNotFoundException2 - 401 "
                          "Unauthorized")
        << QStringList{QStringLiteral("DatabaseNotFoundException")} << QString()
        << QStringLiteral("wrong-password");
    QTest::newRow("PowerShell password that looks like an error class")
        << QStringLiteral(
               "PS> Connect-Thing -UserPrincipalName admin@contoso.com -Password \"PwdAutoDiscoverFailed(1)"
               "\"\nThe remote server returned an error: (401) Unauthorized.")
        << QStringList{QStringLiteral("PwdAutoDiscoverFailed")} << QString()
        << QStringLiteral("wrong-password");
    QTest::newRow("ConvertTo-SecureString in a transcript")
        << QStringLiteral(
               "$cred = New-Object PSCredential('admin@contoso.com', (ConvertTo-SecureString "
               "'ErrorServerBusy-Pass1' -AsPlainText -Force))\nAADSTS50053: The account is locked.")
        << QStringList{QStringLiteral("ErrorServerBusy")} << QString() << QStringLiteral("account-locked");
    QTest::newRow("client secret in a form")
        << QStringLiteral(
               "POST https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token\n"
               "client_id=9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a&client_secret=Cx8Q~appOnlySecret.Value"
               "&grant_type=client_credentials\nAADSTS7000215: Invalid client secret provided.")
        << QStringList{QStringLiteral("Cx8Q~appOnlySecret.Value"), QStringLiteral("appOnlySecret")}
        << QStringLiteral("login.microsoftonline.com") << QStringLiteral("client-secret-invalid");
    QTest::newRow("cookies of an OWA session")
        << QStringLiteral(
               "GET https://outlook.office365.com/owa/ HTTP/1.1\nCookie: X-OWA-CANARY=Zz9Yy8Xx7Ww6.host.com; "
               "ClientId=ABCDEF0123\nHTTP/1.1 401 Unauthorized")
        << QStringList{QStringLiteral("Zz9Yy8Xx7Ww6"), QStringLiteral("ABCDEF0123")}
        << QStringLiteral("outlook.office365.com") << QStringLiteral("wrong-password");
    QTest::newRow("WS-Trust request to AD FS")
        << QStringLiteral(
               "<o:Username>admin@contoso.com</o:Username><o:Password Type=\"#PasswordText\">"
               "FederatedStsUnreachable-9</o:Password>\nAADSTS50126: Error validating credentials due to "
               "invalid username or password.")
        << QStringList{QStringLiteral("FederatedStsUnreachable")} << QString()
        << QStringLiteral("wrong-password");
    QTest::newRow("nothing but a secret")
        << QStringLiteral("password=SuperSecretValue1") << QStringList{QStringLiteral("SuperSecretValue1")}
        << QString() << QStringLiteral("unrecognized-error");
}

void TestClassifierSecrets::neverEchoed()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    QFETCH(QString, host);
    QFETCH(QString, top);

    for (const Classification &c : {Classifier::classify(text), Classifier::classifyBytes(text.toUtf8())}) {
        // The rendered JSON and the language-neutral reasons (session files) alike.
        QJsonArray neutral{reasonToJson(c.error)};
        for (const Candidate &cand : c.candidates)
            neutral.append(reasonsToJson(cand.reasons));
        const QString dump = QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)) +
                             QString::fromUtf8(QJsonDocument(neutral).toJson(QJsonDocument::Compact)) +
                             c.requestId + c.errorText();
        for (const QString &secret : secrets) {
            QVERIFY2(text.contains(secret), qPrintable(secret)); // the row really carries it
            QVERIFY2(!dump.contains(secret, Qt::CaseInsensitive), qPrintable(dump));
        }
        QCOMPARE(c.host, host);
        QVERIFY(!c.candidates.isEmpty());
        QCOMPARE(c.candidates.first().finding, top);
    }
}

// Property over every paste of RedactionPastes.h: no secret comes back as a code, as the host,
// as an id or inside any candidate's reason, whichever way the text arrives.
void TestClassifierSecrets::pastesNeverEchoed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("secrets");
    for (const RedactionPaste &p : redactionPastes())
        QTest::newRow(p.name) << p.input << p.secrets;
}

void TestClassifierSecrets::pastesNeverEchoed()
{
    QFETCH(QString, text);
    QFETCH(QStringList, secrets);
    for (const Classification &c : {Classifier::classify(text), Classifier::classifyBytes(text.toUtf8())}) {
        QVERIFY(!c.candidates.isEmpty());
        for (const QString &secret : secrets) {
            const auto inside = [&](const QString &value) {
                return value.contains(secret, Qt::CaseInsensitive);
            };
            QVERIFY2(!inside(c.host), qPrintable(c.host));
            for (const QString &code : c.codes)
                QVERIFY2(!inside(code), qPrintable(code));
            for (const QString &id : {c.traceId, c.correlationId, c.timestamp, c.requestId, c.errorText()})
                QVERIFY2(!inside(id), qPrintable(id));
            for (const Candidate &cand : c.candidates)
                QVERIFY2(!inside(cand.whyText()) && !inside(cand.finding), qPrintable(cand.whyText()));
            const QString dump = QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
            QVERIFY2(!inside(dump), qPrintable(dump));
        }
        // A secret-shaped word is never taken for the host: the host is a word of the text
        // that no secret overlaps.
        if (!c.host.isEmpty())
            for (const QString &secret : secrets)
                QVERIFY2(!secret.contains(c.host, Qt::CaseInsensitive), qPrintable(c.host));
    }
}

QTEST_GUILESS_MAIN(TestClassifierSecrets)
#include "tst_classifier_secrets.moc"
