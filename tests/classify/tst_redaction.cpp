// Redaction::maskSecrets: credentials in free text are masked, everything around them stays.
#include "RedactionPastes.h"
#include "core/Redaction.h"

#include <QTest>

using namespace AuthDoctor;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void mask_data();
    void mask();
    void pastes_data();
    void pastes();
    void unchanged_data();
    void unchanged();
    void exact();
    void benchmarkNearMisses_data();
    void benchmarkNearMisses();
};

void TestRedaction::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("secrets"); // none of these may survive
    QTest::addColumn<QStringList>("kept");    // all of these must survive

    auto row = [](const char *name, const QString &input, const QStringList &secrets,
                  const QStringList &kept) { QTest::newRow(name) << input << secrets << kept; };
    const QString jwt =
        QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJhdWQiOiJodHRwczovL291dGxvb2sifQ.");
    row("Authorization: Basic", QStringLiteral("Authorization: Basic YWRtaW5AY29udG9zby5jb206U2VjcmV0MSE="),
        {QStringLiteral("YWRtaW5AY29udG9zby5jb206U2VjcmV0MSE=")}, {QStringLiteral("Authorization: Basic ")});
    row("Authorization: Bearer JWT",
        QStringLiteral("> Authorization: Bearer ") + jwt + QStringLiteral("\r\n> Host: x"),
        {jwt.left(30), QStringLiteral("eyJhdWQiOiJodHRwczovL291dGxvb2sifQ")},
        {QStringLiteral("Authorization: Bearer "), QStringLiteral("Host: x")});
    row("JSON header map",
        QStringLiteral("{\"Authorization\": \"Bearer abc.def-ghi_jkl\", \"Accept\": \"*/*\"}"),
        {QStringLiteral("abc.def-ghi_jkl")}, {QStringLiteral("\"Accept\": \"*/*\"")});
    row("Python header dict",
        QStringLiteral("{'Authorization': 'NTLM TlRMTVNTUAADAAAAGAAYAEAAAAA=', 'X': 'y'}"),
        {QStringLiteral("TlRMTVNTUAADAAAAGAAYAEAAAAA=")},
        {QStringLiteral("'NTLM "), QStringLiteral("'X': 'y'")});
    row("Proxy-Authorization", QStringLiteral("Proxy-Authorization: Basic Zm9vOmJhcg=="),
        {QStringLiteral("Zm9vOmJhcg==")}, {QStringLiteral("Proxy-Authorization: Basic")});
    row("Digest",
        QStringLiteral(
            "Authorization: Digest username=\"admin\", response=\"6629fae49393a05397450978507c4ef1\""),
        {QStringLiteral("6629fae49393a05397450978507c4ef1")}, {QStringLiteral("Authorization: Digest")});
    row("bare credential after Authorization", QStringLiteral("authorization=c2VjcmV0LXZhbHVlLTEyMw"),
        {QStringLiteral("c2VjcmV0LXZhbHVlLTEyMw")}, {QStringLiteral("authorization=")});
    row("password grant body",
        QStringLiteral(
            "grant_type=password&username=admin%40contoso.com&password=Contoso-Admin-2026%21&client_id="
            "3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61"),
        {QStringLiteral("Contoso-Admin-2026")},
        {QStringLiteral("username=admin%40contoso.com"),
         QStringLiteral("client_id=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61")});
    row("client secret in a form",
        QStringLiteral("client_secret=Cx8Q~appOnlySecret.Value&scope=https%3A%2F%2Fx"),
        {QStringLiteral("Cx8Q~appOnlySecret.Value")}, {QStringLiteral("&scope=")});
    row("token response",
        QStringLiteral("{\"token_type\":\"Bearer\",\"access_token\":\"EwBwA8l6BAAU\",\"refresh_token\":\"M."
                       "R3_BAY.-CQ\"}"),
        {QStringLiteral("EwBwA8l6BAAU"), QStringLiteral("M.R3_BAY.-CQ")},
        {QStringLiteral("\"token_type\":\"Bearer\"")});
    row("JSON inside a JSON string", QStringLiteral("\"body\": \"{\\\"password\\\":\\\"P@ss w0rd!\\\"}\""),
        {QStringLiteral("P@ss w0rd!")}, {QStringLiteral("\\\"password\\\":\\\"")});
    row("JSON with an escaped quote", QStringLiteral("{\"password\":\"a\\\"b c\",\"user\":\"u\"}"),
        {QStringLiteral("a\\\"b c"), QStringLiteral("b c")}, {QStringLiteral("\"user\":\"u\"")});
    row("log cut inside the value", QStringLiteral("{\"client_secret\": \"Cx8Q~abcdef"),
        {QStringLiteral("Cx8Q~abcdef")}, {QStringLiteral("client_secret")});
    row("ConvertTo-SecureString",
        QStringLiteral(
            "$cred = New-Object PSCredential('admin@contoso.com', (ConvertTo-SecureString 'Summer2026!' "
            "-AsPlainText -Force))"),
        {QStringLiteral("Summer2026!")},
        {QStringLiteral("admin@contoso.com"), QStringLiteral("-AsPlainText")});
    row("PowerShell parameter",
        QStringLiteral(
            "Connect-Thing -UserPrincipalName admin@contoso.com -Password \"Summer2026!\" -Verbose"),
        {QStringLiteral("Summer2026!")}, {QStringLiteral("admin@contoso.com"), QStringLiteral("-Verbose")});
    row("PowerShell variable", QStringLiteral("$Password = 'Summer2026!'"), {QStringLiteral("Summer2026!")},
        {QStringLiteral("$Password = ")});
    row("connection string", QStringLiteral("Server=sql01;User Id=sa;Password=Summer2026!;Encrypt=true"),
        {QStringLiteral("Summer2026!")}, {QStringLiteral("User Id=sa;"), QStringLiteral(";Encrypt=true")});
    row("URL user info",
        QStringLiteral("GET https://admin:Summer2026!@mail.contoso.com/EWS/Exchange.asmx failed"),
        {QStringLiteral("Summer2026!")},
        {QStringLiteral("https://admin:"), QStringLiteral("@mail.contoso.com/EWS/Exchange.asmx")});
    row("Cookie", QStringLiteral("Cookie: X-OWA-CANARY=abcdef123; ClientId=ABCDEF\nHost: mail.contoso.com"),
        {QStringLiteral("abcdef123"), QStringLiteral("ABCDEF")},
        {QStringLiteral("Cookie: "), QStringLiteral("Host: mail.contoso.com")});
    row("Set-Cookie", QStringLiteral("Set-Cookie: ESTSAUTH=0.AXoAsecret; path=/"),
        {QStringLiteral("0.AXoAsecret")}, {QStringLiteral("Set-Cookie: ")});
    row("WS-Trust password",
        QStringLiteral(
            "<o:Username>admin@contoso.com</o:Username><o:Password Type=\"http://docs.oasis-open.org/"
            "wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">Summer2026!</"
            "o:Password>"),
        {QStringLiteral("Summer2026!")}, {QStringLiteral("<o:Username>admin@contoso.com</o:Username>")});
    row("JWT in prose", QStringLiteral("the token ") + jwt + QStringLiteral(" was rejected"), {jwt.left(20)},
        {QStringLiteral("the token "), QStringLiteral(" was rejected")});
    row("Bearer token in prose", QStringLiteral("sent Bearer EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z then failed"),
        {QStringLiteral("EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z")},
        {QStringLiteral("sent Bearer "), QStringLiteral(" then failed")});
    row("NTLM blob in prose", QStringLiteral("type 3: TlRMTVNTUAADAAAAGAAYAEgAAADeAN4AYAAAAA== (401)"),
        {QStringLiteral("TlRMTVNTUAADAAAAGAAYAEgAAADeAN4AYAAAAA")}, {QStringLiteral("(401)")});
    row("authorization code", QStringLiteral("https://localhost/?code=0.AXoA123-abc&state=42"),
        {QStringLiteral("0.AXoA123-abc")}, {QStringLiteral("&state=42")});
    row("SAS signature", QStringLiteral("https://x.blob.core.windows.net/c?sv=2020&sig=abc%2Fdef%3D&se=1"),
        {QStringLiteral("abc%2Fdef%3D")}, {QStringLiteral("sv=2020&sig="), QStringLiteral("&se=1")});
    // Found by tests/fuzz/fuzz_redaction: an unpaired surrogate (invalid UTF-16, as a clipboard may
    // hold) anywhere in the text made the regular expressions match nothing, so nothing was masked.
    row("lone surrogate after the secrets",
        QStringLiteral("Authorization: Basic dXNlcjpwYXNzd29yZA==\npassword=Secret-Value-123\n") +
            QChar(0xD800),
        {QStringLiteral("dXNlcjpwYXNzd29yZA"), QStringLiteral("Secret-Value-123")},
        {QStringLiteral("Authorization: Basic "), QStringLiteral("password=")});
    row("lone low surrogate before a token",
        QChar(0xDC00) + QStringLiteral(" sent Bearer EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z then failed"),
        {QStringLiteral("EwBwA8l6BAAUbDba3x2OMJElkF7gJ4z")}, {QStringLiteral(" then failed")});
}

void TestRedaction::mask()
{
    QFETCH(QString, input);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString masked = Redaction::maskSecrets(input);
    QCOMPARE(masked.size(), input.size());
    for (const QString &s : secrets)
        QVERIFY2(!masked.contains(s), qPrintable(masked));
    for (const QString &k : kept)
        QVERIFY2(masked.contains(k), qPrintable(masked));
    QVERIFY(!Redaction::secretSpans(input).isEmpty());
}

// Realistic pastes (RedactionPastes.h): every secret gone, every name, host, code and id kept.
void TestRedaction::pastes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QStringList>("kept");
    const QList<RedactionPaste> rows = redactionPastes();
    QVERIFY(rows.size() >= 100);
    for (const RedactionPaste &p : rows)
        QTest::newRow(p.name) << p.input << p.secrets << p.kept;
}

void TestRedaction::pastes()
{
    QFETCH(QString, input);
    QFETCH(QStringList, secrets);
    QFETCH(QStringList, kept);
    const QString masked = Redaction::maskSecrets(input);
    QCOMPARE(masked.size(), input.size());
    QCOMPARE(masked.count(u'\n'), input.count(u'\n'));
    for (const QString &s : secrets) {
        QVERIFY2(input.contains(s), qPrintable(QStringLiteral("row does not carry ") + s));
        QVERIFY2(!masked.contains(s), qPrintable(masked));
    }
    for (const QString &k : kept) {
        QVERIFY2(input.contains(k), qPrintable(QStringLiteral("row does not carry ") + k));
        QVERIFY2(masked.contains(k), qPrintable(QStringLiteral("lost \"%1\" in: %2").arg(k, masked)));
    }
}

// Error texts that name credentials without containing any: nothing to mask.
void TestRedaction::unchanged_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("challenge parameters")
        << QStringLiteral("WWW-Authenticate: Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                          "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
                          "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"");
    QTest::newRow("Basic realm") << QStringLiteral("WWW-Authenticate: Basic realm=\"mail.fabrikam.com\"");
    QTest::newRow("AADSTS50126") << QStringLiteral(
        "AADSTS50126: Error validating credentials due to invalid username or password.");
    QTest::newRow("AADSTS700025") << QStringLiteral(
        "AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' "
        "should be presented.");
    QTest::newRow("AADSTS7000218") << QStringLiteral(
        "AADSTS7000218: The request body must contain the following parameter: "
        "'client_assertion' or 'client_secret'.");
    QTest::newRow("x-ms-diagnostics")
        << QStringLiteral("x-ms-diagnostics: 2000008;reason=\"The token contains no permissions, or "
                          "permissions can not be understood.\";error_category=\"invalid_grant\"");
    QTest::newRow("Graph error") << QStringLiteral("{\"error\":{\"code\":\"Authorization_RequestDenied\"}}");
    QTest::newRow("token type only") << QStringLiteral("{\"token_type\":\"Bearer\",\"expires_in\":3599}");
    QTest::newRow("prose") << QStringLiteral("The password is expired. Authorization failed for the token.");
    QTest::newRow("plain URL") << QStringLiteral("https://outlook.office365.com:443/EWS/Exchange.asmx");
    QTest::newRow("Graph code after Authorization:")
        << QStringLiteral("Authorization: Authorization_RequestDenied - Insufficient privileges");
    QTest::newRow("Bearer and a long word")
        << QStringLiteral("the Bearer authentication_scheme_is_required here");
    QTest::newRow("X-AutoDiscovery-Error") << QStringLiteral(
        "X-AutoDiscovery-Error: LiveIdBasicAuth:BasicAuthBlockStatus - Deny:Basic Auth Blocked.");
    QTest::newRow("AADSTS50056") << QStringLiteral(
        "AADSTS50056: Invalid or null password: password does not exist in the store for this user.");
    QTest::newRow("token type in a fragment")
        << QStringLiteral("https://mw.contoso.com/#token_type=Bearer&expires_in=3599&scope=openid");
    QTest::newRow("client_assertion_type")
        << QStringLiteral("client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    QTest::newRow("Graph user properties")
        << QStringLiteral("{\"passwordPolicies\":\"DisablePasswordExpiration\",\"passwordProfile\":null,"
                          "\"secretId\":\"4f6b8c2d-1e3a-4b5c-9d7e-0a1b2c3d4e5f\"}");
    QTest::newRow("PowerShell switches and variables")
        << QStringLiteral("New-MsolUser -UserPrincipalName jane@contoso.com -PasswordNeverExpires $true "
                          "-ForceChangePassword $false -Password $pw -Credential $cred");
    QTest::newRow("AuthDoctor's own options")
        << QStringLiteral("authdoctor diagnose --user jane@contoso.com --password-stdin --client-secret-env "
                          "AD_SECRET --password-env AD_PASSWORD");
    QTest::newRow("reading a credential") << QStringLiteral(
        "$credential = Get-Credential\n$password = Read-Host -AsSecureString\n$secret = $null");
    QTest::newRow("Basic authentication in prose") << QStringLiteral(
        "Basic authentication is disabled for the tenant; NTLM authentication failed; Negotiate failed.");
    QTest::newRow("net use in prose")
        << QStringLiteral("I tried net use with the mapped drive and it failed.");
    QTest::newRow("prose token reason") << QStringLiteral(
        "Failed to acquire token: AADSTS700082: The refresh token has expired due to inactivity.");
    QTest::newRow("MSAL error keys") << QStringLiteral(
        "UserInfo={MSALErrorDescriptionKey=AADSTS50076: Due to a configuration change, MSALOAuthErrorKey="
        "invalid_grant, MSALCorrelationIDKey=E43B613A-3CB0-4284-8454-A52FBB9CD7F5}");
    QTest::newRow("already masked") << QStringLiteral("Password: ********\nclient_secret=***");
    QTest::newRow("paging tokens stay")
        << QStringLiteral("https://graph.microsoft.com/v1.0/users?$skiptoken=X%27445370740200010000%27");
    QTest::newRow("secret ID named") << QStringLiteral(
        "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the "
        "client "
        "secret value, not the client secret ID, for a secret added to app "
        "'9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a'.");
    QTest::newRow("URL with an address in the query")
        << QStringLiteral("https://outlook.office365.com/owa/?path=/mail&login_hint=jane@contoso.com:443");
    QTest::newRow("app.config without secrets") << QStringLiteral(
        "<add key=\"TenantId\" value=\"72f988bf-86f1-41af-91ab-2d7cd011db47\" /><add key=\"Password\" "
        "value=\"\" />");
}

void TestRedaction::unchanged()
{
    QFETCH(QString, input);
    QCOMPARE(Redaction::maskSecrets(input), input);
}

void TestRedaction::exact()
{
    QCOMPARE(Redaction::maskSecrets(u"Authorization: Basic dXNlcjpwYXNz\npassword=abc&x=1"),
             QStringLiteral("Authorization: Basic ************\npassword=***&x=1"));
}

// A measurement, not an assertion on time (read the output, or run with -tickcounter): 1 MiB of
// near misses of one rule. The scan is linear, so each row takes a few milliseconds; it masks
// nothing, or only what is the value of a secret key.
void TestRedaction::benchmarkNearMisses_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("unclosed quote") << QStringLiteral("a=\"b ") << true;
    QTest::newRow("scheme without user info") << QStringLiteral("https://a:b") << true;
    QTest::newRow("Authorization words")
        << QStringLiteral("Authorization: Authorization_RequestDenied ") << true;
    QTest::newRow("Basic words") << QStringLiteral("Basic authentication ") << true;
    QTest::newRow("half a client secret") << QStringLiteral("ab8Q~x ") << true;
    QTest::newRow("XML without secret") << QStringLiteral("<a b=\"c\">d") << true;
    QTest::newRow("options without values") << QStringLiteral("-Password -u ") << true;
    QTest::newRow("unclosed cookie arrays") << QStringLiteral("\"cookies\":[") << true;
    QTest::newRow("escaped keys") << QStringLiteral("\\u0022k\\u0022:") << true;
    QTest::newRow("keys whose value is the next key") << QStringLiteral("password: ") << false;
    QTest::newRow("net use without a share") << QStringLiteral("net use a ") << true;
    QTest::newRow("forms without secrets") << QStringLiteral("x=y&") << true;
    QTest::newRow("secret keys in a chain") << QStringLiteral("password=password=") << false;
    QTest::newRow("name/value pairs") << QStringLiteral("\"name\":\"x\",\"value\":") << true;
    QTest::newRow("HTML quotes") << QStringLiteral("&quot;k&quot;:&quot;") << true;
    QTest::newRow("XML secret elements without content") << QStringLiteral("<Password>") << true;
    QTest::newRow("JWT heads") << QStringLiteral("eyJabcdefgh.") << false;
    QTest::newRow("letters") << QStringLiteral("aaaaaaaaaa") << true;
    QTest::newRow("a log")
        << QStringLiteral("2024-05-01 10:11:12.345 INFO [Worker-3] Processing item 12345 for "
                          "jane@contoso.com in folder Inbox\n"
                          "WARN Http POST request to 'https://outlook.office365.com/EWS/Exchange.asmx' "
                          "failed - 401 Unauthorized\n"
                          "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: use "
                          "MFA\",\"token_type\":\"Bearer\"}\n")
        << true;
}

void TestRedaction::benchmarkNearMisses()
{
    QFETCH(QString, unit);
    QFETCH(bool, unchanged);
    QString text;
    text.reserve(1024 * 1024 + unit.size());
    while (text.size() < 1024 * 1024)
        text += unit;
    QString masked;
    QBENCHMARK_ONCE
    {
        masked = Redaction::maskSecrets(text);
    }
    QCOMPARE(masked.size(), text.size());
    if (unchanged)
        QVERIFY(masked == text);
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
