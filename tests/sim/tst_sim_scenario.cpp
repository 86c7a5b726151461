// Scenario files: the authdoctor block, the mappings, and precise errors for bad files.
#include "SimTestSupport.h"

#include "sim/tenant/EmbeddedScenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace AuthDoctor::Sim;

class TestSimScenario : public QObject
{
    Q_OBJECT
private slots:
    void fullFile();
    void defaults();
    void responses();
    void errors_data();
    void errors();
    void neverCrashesOnTruncatedInput();
    void textsMayHoldTabsAndLineBreaks();
    void loadFromFileAndName();
    void fileChecks_data();
    void fileChecks();
    void manyUsers();
    void everyEmbeddedScenarioLoads();
};

void TestSimScenario::fullFile()
{
    const QByteArray json = R"({
  "authdoctor": {
    "name": "exo-mfa-required",
    "title": "Exchange Online admin account has MFA turned on",
    "description": "A trainee sees AADSTS50076.",
    "base": "healthy-tenant",
    "tenant": { "users": [ {"upn": "admin@contoso.com", "mfa": "enforced"} ] },
    "inputs": { "endpoint": "exchange-online", "side": "destination", "auth": "delegated",
                "user": "admin@contoso.com", "password": "x", "tenant": "contoso.com",
                "client_id": "3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61", "mailbox": "user1@contoso.com" },
    "expect": { "primary_finding": "mfa-required", "also_ok": ["conditional-access"] },
    "tls": { "Mail.Fabrikam.com": "expired", "autodiscover.fabrikam.com": "wrong-name",
             "*.contoso.com": "self-signed" }
  },
  "mappings": [
    { "priority": 1, "name": "mfa",
      "request": { "method": "POST", "host": {"equalTo": "login.microsoftonline.com"},
                   "urlPathPattern": "^/[^/]+/oauth2(/v2\\.0)?/token$",
                   "bodyPatterns": [ {"contains": "grant_type=password"} ] },
      "response": { "status": 400, "headers": {"Content-Type": "application/json"},
                    "jsonBody": {"error": "invalid_grant", "error_codes": [50076]},
                    "fixedDelayMilliseconds": 40 } }
  ]
})";
    QString error;
    const auto s = Scenario::load(json, QStringLiteral("exo.json"), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->name, QStringLiteral("exo-mfa-required"));
    QCOMPARE(s->title, QStringLiteral("Exchange Online admin account has MFA turned on"));
    QCOMPARE(s->base, QStringLiteral("healthy-tenant"));
    QCOMPARE(s->inputs.value(QStringLiteral("endpoint")).toString(), QStringLiteral("exchange-online"));
    QCOMPARE(s->primaryFinding, std::optional<QString>(QStringLiteral("mfa-required")));
    QCOMPARE(s->alsoOk, QStringList{QStringLiteral("conditional-access")});
    QVERIFY(s->tenant.contains(QStringLiteral("users")));
    QCOMPARE(s->certificateFor(QStringLiteral("mail.fabrikam.com")), CertificateKind::Expired);
    QCOMPARE(s->certificateFor(QStringLiteral("MAIL.FABRIKAM.COM")), CertificateKind::Expired);
    QCOMPARE(s->certificateFor(QStringLiteral("autodiscover.fabrikam.com")), CertificateKind::WrongName);
    QCOMPARE(s->certificateFor(QStringLiteral("mail.contoso.com")), CertificateKind::SelfSigned);
    QCOMPARE(s->certificateFor(QStringLiteral("contoso.com")), CertificateKind::Normal);
    QCOMPARE(s->certificateFor(QStringLiteral("login.microsoftonline.com")), CertificateKind::Normal);
    QCOMPARE(s->mappings.size(), 1);
    const Mapping &m = s->mappings.first();
    QCOMPARE(m.priority, 1);
    QCOMPARE(m.rule(), QStringLiteral("mfa"));
    QCOMPARE(m.response.status, 400);
    QCOMPARE(m.response.delayMs, 40);
    QCOMPARE(m.response.body, QByteArray(R"({"error":"invalid_grant","error_codes":[50076]})"));
    QCOMPARE(m.response.headers.size(), 1); // the given Content-Type, not a second one
}

void TestSimScenario::defaults()
{
    QString error;
    const auto s = Scenario::load("{}", QStringLiteral("/some/where/plain-wiremock.json"), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->name, QStringLiteral("plain-wiremock"));
    // A plain WireMock file: only its mappings answer, as in WireMock.
    QCOMPARE(s->base, QStringLiteral("none"));
    QVERIFY(!s->primaryFinding);
    QVERIFY(s->mappings.isEmpty());
    QVERIFY(s->tls.isEmpty());
    // With an "authdoctor" block, the base defaults to the healthy tenant.
    const auto h = Scenario::load(R"({"authdoctor": {"name": "h"}})", QStringLiteral("h.json"), &error);
    QVERIFY2(h, qPrintable(error));
    QCOMPARE(h->base, QStringLiteral("healthy-tenant"));

    const auto n = Scenario::load(R"({"authdoctor": {"expect": {"primary_finding": null}}})",
                                  QStringLiteral("x"), &error);
    QVERIFY2(n, qPrintable(error));
    QVERIFY(!n->primaryFinding);
}

void TestSimScenario::responses()
{
    const QByteArray mappings = R"([
      {"request": {}, "response": {}},
      {"request": {}, "response": {"status": 401, "statusMessage": "Nope",
        "headers": {"WWW-Authenticate": ["Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""],
                    "X-One": "1"},
        "body": "unauthorized"}},
      {"request": {}, "response": {"base64Body": "AAEC/w=="}},
      {"request": {}, "response": {"jsonBody": [1, "two"]}},
      {"request": {}, "response": {"jsonBody": "text", "headers": {"content-type": "text/plain"}}},
      {"request": {}, "response": {"body": "abcdef", "chunkedDribbleDelay": {"numberOfChunks": 3, "totalDuration": 90}}},
      {"request": {}, "response": {"fault": "RANDOM_DATA_THEN_CLOSE", "fixedDelayMilliseconds": 5}}
    ])";
    QString error;
    const auto s = SimTest::scenario(SimTest::wireScenario(mappings), &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->mappings.size(), 7);
    QCOMPARE(s->mappings[0].response.status, 200);
    QVERIFY(s->mappings[0].response.body.isEmpty());
    const SimResponse &r1 = s->mappings[1].response;
    QCOMPARE(r1.status, 401);
    QCOMPARE(r1.reason, QByteArray("Nope"));
    QCOMPARE(r1.headers.size(), 4);
    QCOMPARE(r1.headers[0], (QPair<QByteArray, QByteArray>("WWW-Authenticate", "Negotiate")));
    QCOMPARE(r1.headers[1], (QPair<QByteArray, QByteArray>("WWW-Authenticate", "NTLM")));
    QCOMPARE(r1.headers[2].second, QByteArray("Basic realm=\"mail.fabrikam.com\""));
    QCOMPARE(r1.headers[3], (QPair<QByteArray, QByteArray>("X-One", "1")));
    QCOMPARE(s->mappings[2].response.body, QByteArray("\x00\x01\x02\xff", 4));
    QCOMPARE(s->mappings[3].response.body, QByteArray(R"([1,"two"])"));
    QCOMPARE(s->mappings[4].response.body, QByteArray(R"("text")"));
    QCOMPARE(s->mappings[4].response.headers.size(), 1);
    QCOMPARE(s->mappings[5].response.dribbleChunks, 3);
    QCOMPARE(s->mappings[5].response.dribbleDurationMs, 90);
    QCOMPARE(s->mappings[6].response.fault, Fault::RandomDataThenClose);
    QCOMPARE(s->mappings[6].response.delayMs, 5);
}

void TestSimScenario::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // the complete message, after "test.json: "

    auto mapping = [](const char *request, const char *response) {
        return SimTest::wireScenario(QByteArray("[{\"request\": ") + request + ", \"response\": " + response +
                                     "}]");
    };
    QTest::newRow("invalid JSON, line and column")
        << QByteArray("{\n  \"mappings\": [\n    {\"request\": {} \"response\": {}}\n  ]\n}")
        << QStringLiteral("line 3, column 21: invalid JSON: unterminated object");
    QTest::newRow("invalid JSON, unterminated")
        << QByteArray("{\"authdoctor\": {\"name\": \"x")
        << QStringLiteral("line 1, column 27: invalid JSON: unterminated string");
    QTest::newRow("not an object") << QByteArray("[1, 2]")
                                   << QStringLiteral("$: expected an object, got an array");
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"mapings": []})")
        << QStringLiteral(
               "$.mapings: unknown key \"mapings\" (expected one of authdoctor, mappings, meta, $schema)");
    QTest::newRow("mappings not an array")
        << QByteArray(R"({"mappings": {}})")
        << QStringLiteral("$.mappings: expected an array of mappings, got an object");
    QTest::newRow("unknown fault") << mapping("{}", R"({"fault": "FOO"})")
                                   << QStringLiteral(
                                          "$.mappings[0].response.fault: unknown fault \"FOO\" (expected one "
                                          "of CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, "
                                          "MALFORMED_RESPONSE_CHUNK, RANDOM_DATA_THEN_CLOSE, NO_RESPONSE)");
    QTest::newRow("fault in 4th mapping")
        << SimTest::wireScenario(R"([{"request": {}, "response": {}}, {"request": {}, "response": {}},
                                     {"request": {}, "response": {}}, {"request": {}, "response": {"fault": 3}}])")
        << QStringLiteral("$.mappings[3].response.fault: expected a fault name, got a number");
    QTest::newRow("typo in request")
        << mapping(R"({"mehtod": "GET"})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.mehtod: unknown key \"mehtod\" (expected one of method, url, urlPath, "
               "urlPattern, urlPathPattern, host, queryParameters, headers, bodyPatterns)");
    QTest::newRow("unsupported WireMock request key")
        << mapping(R"({"cookies": {}})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.cookies: \"cookies\" is not supported by the simulator (supported: "
               "method, url, urlPath, urlPattern, urlPathPattern, host, queryParameters, headers, "
               "bodyPatterns)");
    QTest::newRow("unsupported response key")
        << mapping("{}", R"({"bodyFileName": "x.json"})")
        << QStringLiteral(
               "$.mappings[0].response.bodyFileName: \"bodyFileName\" is not supported by the simulator "
               "(supported: status, statusMessage, headers, body, jsonBody, base64Body, "
               "fixedDelayMilliseconds, chunkedDribbleDelay, fault)");
    QTest::newRow("bad urlPathPattern")
        << mapping(R"({"urlPathPattern": "/a/(b"})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.urlPathPattern: invalid regular expression \"/a/(b\": missing "
               "closing parenthesis (at offset 5)");
    QTest::newRow("bad header regex")
        << mapping(R"({"headers": {"Authorization": {"matches": "Bearer [a-"}}})", "{}")
        << QStringLiteral("$.mappings[0].request.headers.Authorization.matches: invalid regular expression "
                          "\"Bearer [a-\": missing terminating ] for character class (at offset 10)");
    QTest::newRow("bad body regex, quoted path")
        << mapping(R"({"bodyPatterns": [{"contains": "a"}, {"doesNotMatch": "*"}]})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.bodyPatterns[1].doesNotMatch: invalid regular expression \"*\": "
               "quantifier does not follow a repeatable item (at offset 0)");
    QTest::newRow("bad body regex holding a password is quoted masked")
        << mapping(R"({"bodyPatterns": [{"matches": "grant_type=password&password=Hunter2(x"}]})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.bodyPatterns[0].matches: invalid regular expression "
               "\"grant_type=password&password=*********\": missing closing parenthesis (at offset 38)");
    QTest::newRow("url holding a client secret is quoted masked")
        << mapping(R"({"url": "token?client_secret=Cx8Q~abc"})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.url: \"token?client_secret=********\" must start with \"/\"");
    QTest::newRow("huge priority")
        << SimTest::wireScenario(R"([{"priority": 100000000, "request": {}, "response": {}}])")
        << QStringLiteral("$.mappings[0].priority: 100000000 is out of range (-1000000 to 1000000)");
    QTest::newRow("regex escaping the anchors")
        << mapping(R"({"host": {"matches": "a)|(b"}})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.host.matches: invalid regular expression \"a)|(b\": unmatched "
               "closing parenthesis (at offset 1)");
    QTest::newRow("header name with dash is quoted")
        << mapping(R"({"headers": {"Content-Type": {"equalTo": 1}}})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.headers[\"Content-Type\"].equalTo: expected a string, got a number");
    QTest::newRow("status as string")
        << mapping("{}", R"({"status": "401"})")
        << QStringLiteral("$.mappings[0].response.status: expected a whole number, got a string");
    QTest::newRow("status out of range")
        << mapping("{}", R"({"status": 999})")
        << QStringLiteral("$.mappings[0].response.status: 999 is out of range (100 to 599)");
    QTest::newRow("priority not whole")
        << SimTest::wireScenario(R"([{"priority": 1.5, "request": {}, "response": {}}])")
        << QStringLiteral("$.mappings[0].priority: expected a whole number, got a number");
    QTest::newRow("two url kinds")
        << mapping(R"({"url": "/a", "urlPath": "/a"})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.urlPath: only one of \"url\", \"urlPath\", \"urlPattern\" or "
               "\"urlPathPattern\" may be given (also has \"url\")");
    QTest::newRow("url without slash")
        << mapping(R"({"url": "token"})", "{}")
        << QStringLiteral("$.mappings[0].request.url: \"token\" must start with \"/\"");
    QTest::newRow("two bodies")
        << mapping("{}", R"({"body": "a", "jsonBody": {}})")
        << QStringLiteral(
               "$.mappings[0].response.jsonBody: only one of \"body\", \"jsonBody\" or \"base64Body\" "
               "may be given (also has \"body\")");
    QTest::newRow("bad base64") << mapping("{}", R"({"base64Body": "@@@"})")
                                << QStringLiteral("$.mappings[0].response.base64Body: not valid base64");
    QTest::newRow("header list with a number")
        << mapping("{}", R"({"headers": {"WWW-Authenticate": ["Basic", 2]}})")
        << QStringLiteral(
               "$.mappings[0].response.headers[\"WWW-Authenticate\"][1]: expected a string (or a list of "
               "strings), got a number");
    QTest::newRow("header value with line break")
        << mapping("{}", R"({"headers": {"X-A": "a\r\nX-Injected: 1"}})")
        << QStringLiteral(
               "$.mappings[0].response.headers[\"X-A\"]: a header value may not contain line breaks");
    QTest::newRow("dribble incomplete")
        << mapping("{}", R"({"chunkedDribbleDelay": {"numberOfChunks": 2}})")
        << QStringLiteral("$.mappings[0].response.chunkedDribbleDelay: \"totalDuration\" is missing");
    QTest::newRow("negative delay")
        << mapping("{}", R"({"fixedDelayMilliseconds": -1})")
        << QStringLiteral(
               "$.mappings[0].response.fixedDelayMilliseconds: -1 is out of range (0 to 86400000)");
    QTest::newRow("matcher without operator")
        << mapping(R"({"host": {"caseInsensitive": true}})", "{}")
        << QStringLiteral("$.mappings[0].request.host: a matcher needs one of \"equalTo\", \"contains\", "
                          "\"matches\", \"doesNotMatch\" or \"absent\"");
    QTest::newRow("matcher with two operators")
        << mapping(R"({"host": {"equalTo": "a", "contains": "b"}})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.host: a matcher takes exactly one of \"equalTo\", \"contains\", "
               "\"matches\", \"doesNotMatch\" or \"absent\", got both \"equalTo\" and \"contains\"");
    QTest::newRow("caseInsensitive beside contains")
        << mapping(R"({"host": {"contains": "a", "caseInsensitive": true}})", "{}")
        << QStringLiteral("$.mappings[0].request.host.caseInsensitive: \"caseInsensitive\" only goes with "
                          "\"equalTo\"");
    QTest::newRow("absent as string")
        << mapping(R"({"queryParameters": {"json": {"absent": "yes"}}})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.queryParameters.json.absent: expected true or false, got a string");
    QTest::newRow("matcher as plain string")
        << mapping(R"({"headers": {"Authorization": "Bearer x"}})", "{}")
        << QStringLiteral("$.mappings[0].request.headers.Authorization: expected a matcher object such as "
                          "{\"equalTo\": \"…\"}, got a string");
    QTest::newRow("unsupported matcher")
        << mapping(R"({"bodyPatterns": [{"equalToJson": "{}"}]})", "{}")
        << QStringLiteral(
               "$.mappings[0].request.bodyPatterns[0].equalToJson: \"equalToJson\" is not supported by "
               "the simulator (supported: equalTo, contains, matches, doesNotMatch, absent, "
               "caseInsensitive)");
    QTest::newRow("missing response") << SimTest::wireScenario(R"([{"request": {}}])")
                                      << QStringLiteral("$.mappings[0]: \"response\" is missing");
    QTest::newRow("scenario state is unsupported")
        << SimTest::wireScenario(R"([{"scenarioName": "s", "request": {}, "response": {}}])")
        << QStringLiteral("$.mappings[0].scenarioName: \"scenarioName\" is not supported by the simulator "
                          "(supported: name, priority, request, response, id, uuid, metadata, persistent)");
    QTest::newRow("method not a token")
        << mapping(R"({"method": "GET /"})", "{}")
        << QStringLiteral("$.mappings[0].request.method: \"GET /\" is not an HTTP method");
    QTest::newRow("bad base")
        << QByteArray(R"({"authdoctor": {"base": "unhealthy"}})")
        << QStringLiteral(
               "$.authdoctor.base: expected one of \"healthy-tenant\" or \"none\", got \"unhealthy\"");
    QTest::newRow("unknown authdoctor key")
        << QByteArray(R"({"authdoctor": {"titel": "x"}})")
        << QStringLiteral(
               "$.authdoctor.titel: unknown key \"titel\" (expected one of name, title, description, base, "
               "tenant, inputs, expect, tls)");
    QTest::newRow("tenant not an object")
        << QByteArray(R"({"authdoctor": {"tenant": []}})")
        << QStringLiteral("$.authdoctor.tenant: expected an object, got an array");
    QTest::newRow("bad tls kind")
        << QByteArray(R"({"authdoctor": {"tls": {"mail.fabrikam.com": "broken"}}})")
        << QStringLiteral(
               "$.authdoctor.tls[\"mail.fabrikam.com\"]: unknown certificate kind \"broken\" (expected "
               "one of \"self-signed\", \"expired\" or \"wrong-name\")");
    QTest::newRow("tls host with port")
        << QByteArray(R"({"authdoctor": {"tls": {"mail.fabrikam.com:443": "expired"}}})")
        << QStringLiteral(
               "$.authdoctor.tls[\"mail.fabrikam.com:443\"]: \"mail.fabrikam.com:443\" is not a host name");
    QTest::newRow("expect finding not a string")
        << QByteArray(R"({"authdoctor": {"expect": {"primary_finding": 3}}})")
        << QStringLiteral("$.authdoctor.expect.primary_finding: expected a finding id or null, got a number");
    QTest::newRow("expect typo")
        << QByteArray(R"({"authdoctor": {"expect": {"also-ok": []}}})")
        << QStringLiteral("$.authdoctor.expect[\"also-ok\"]: unknown key \"also-ok\" (expected one of "
                          "primary_finding, also_ok)");
    QTest::newRow("inputs endpoint")
        << QByteArray(R"({"authdoctor": {"inputs": {"endpoint": "exchange"}}})")
        << QStringLiteral(
               "$.authdoctor.inputs.endpoint: expected one of \"exchange-online\", \"exchange-server\" "
               "or \"onedrive\", got \"exchange\"");
    QTest::newRow("inputs nested")
        << QByteArray(R"({"authdoctor": {"inputs": {"user": {"upn": "a"}}}})")
        << QStringLiteral(
               "$.authdoctor.inputs.user: expected a string, number, true, false or null, got an object");
    // Control characters (CR, LF, NUL, the other C0 controls but HTAB, DEL) in what goes onto the
    // wire or into a terminal, refused with the JSON path of the value.
    QTest::newRow("status message with NUL")
        << mapping("{}", R"({"statusMessage": "OK\u0000x"})")
        << QStringLiteral("$.mappings[0].response.statusMessage: a status message may not contain control "
                          "characters (U+0000 at character 3)");
    QTest::newRow("status message with an escape sequence")
        << mapping("{}", R"({"statusMessage": "\u001b[31mred"})")
        << QStringLiteral("$.mappings[0].response.statusMessage: a status message may not contain control "
                          "characters (U+001B at character 1)");
    QTest::newRow("status message with a line break")
        << mapping("{}", R"({"statusMessage": "OK\r\nX-Injected: 1"})")
        << QStringLiteral(
               "$.mappings[0].response.statusMessage: a status message may not contain line breaks");
    QTest::newRow("header value with NUL")
        << mapping("{}", R"({"headers": {"X-A": "a\u0000b"}})")
        << QStringLiteral("$.mappings[0].response.headers[\"X-A\"]: a header value may not contain control "
                          "characters (U+0000 at character 2)");
    QTest::newRow("header value with DEL in a list")
        << mapping("{}", R"({"headers": {"X-A": ["ok", "a\u007f"]}})")
        << QStringLiteral(
               "$.mappings[0].response.headers[\"X-A\"][1]: a header value may not contain control "
               "characters (U+007F at character 2)");
    QTest::newRow("header value with a bare LF")
        << mapping("{}", R"({"headers": {"X-A": "a\nb"}})")
        << QStringLiteral(
               "$.mappings[0].response.headers[\"X-A\"]: a header value may not contain line breaks");
    QTest::newRow("header name with a line break")
        << mapping("{}", R"({"headers": {"X-A\r\nX-B": "1"}})")
        << QStringLiteral(
               "$.mappings[0].response.headers[\"X-A\\u000d\\u000aX-B\"]: \"X-A\\u000d\\u000aX-B\" is not "
               "a valid header name");
    QTest::newRow("scenario name with an escape sequence")
        << QByteArray(R"({"authdoctor": {"name": "\u001b]0;owned\u0007"}})")
        << QStringLiteral("$.authdoctor.name: a scenario name may not contain control characters (U+001B at "
                          "character 1)");
    QTest::newRow("title with a line break")
        << QByteArray(R"({"authdoctor": {"title": "a\nb"}})")
        << QStringLiteral("$.authdoctor.title: a title may not contain control characters (U+000A at "
                          "character 2)");
    // Values quoted in messages: credentials masked, long ones cut to 200 characters with "…".
    QTest::newRow("long unknown fault is cut")
        << mapping("{}", QByteArray("{\"fault\": \"" + QByteArray(1000, 'F') + "\"}").constData())
        << QStringLiteral("$.mappings[0].response.fault: unknown fault \"%1…\" (expected one of "
                          "CONNECTION_RESET_BY_PEER, EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK, "
                          "RANDOM_DATA_THEN_CLOSE, NO_RESPONSE)")
               .arg(QString(200, QLatin1Char('F')));
    QTest::newRow("long url is cut")
        << mapping(QByteArray("{\"url\": \"" + QByteArray(500, 'u') + "\"}").constData(), "{}")
        << QStringLiteral("$.mappings[0].request.url: \"%1…\" must start with \"/\"")
               .arg(QString(200, QLatin1Char('u')));
    QTest::newRow("long unknown key is cut in the path and the message")
        << QByteArray("{\"" + QByteArray(300, 'k') + "\": 1}")
        << QStringLiteral("$.%1…: unknown key \"%1…\" (expected one of authdoctor, mappings, meta, $schema)")
               .arg(QString(200, QLatin1Char('k')));
    QTest::newRow("unknown key holding a password is masked")
        << QByteArray(R"({"password=Hunter2": 1})")
        << QStringLiteral("$[\"password=*******\"]: unknown key \"password=*******\" (expected one of "
                          "authdoctor, mappings, meta, $schema)");
    QTest::newRow("method holding a bearer token is masked")
        << mapping(R"({"method": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"})", "{}")
        << QStringLiteral("$.mappings[0].request.method: \"Bearer %1\" is not an HTTP method")
               .arg(QString(48, QLatin1Char('*')));
    QTest::newRow("tls host holding a password is masked")
        << QByteArray(R"({"authdoctor": {"tls": {"https://admin:Hunter2@mail.fabrikam.com": "expired"}}})")
        << QStringLiteral("$.authdoctor.tls[\"https://admin:*******@mail.fabrikam.com\"]: "
                          "\"https://admin:*******@mail.fabrikam.com\" is not a host name");
    QTest::newRow("long upn in the tenant overrides is cut")
        << QByteArray("{\"authdoctor\": {\"tenant\": {\"conditional_access\": [\"nobody@" +
                      QByteArray(300, 'a') + ".com\"]}}}")
        << QStringLiteral("$.authdoctor.tenant.conditional_access[0]: no user with upn \"nobody@%1…\" in the "
                          "tenant")
               .arg(QString(193, QLatin1Char('a')));
    QTest::newRow("title wrong type")
        << QByteArray(R"({"authdoctor": {"title": 1}})")
        << QStringLiteral("$.authdoctor.title: expected a string, got a number");
}

void TestSimScenario::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto s = Scenario::load(json, QStringLiteral("test.json"), &error);
    QVERIFY(!s);
    QCOMPARE(error, QStringLiteral("test.json: ") + expected);
}

void TestSimScenario::neverCrashesOnTruncatedInput()
{
    // Every prefix of a valid file is either valid or gives an error with the file name; never a crash.
    const QByteArray json = SimTest::wireScenario(
        R"([{"name": "n", "priority": 2, "request": {"method": "POST", "urlPathPattern": "/a/.*",
             "headers": {"X": {"matches": "a|b"}}, "bodyPatterns": [{"absent": false}]},
             "response": {"status": 401, "headers": {"A": ["1", "2"]}, "jsonBody": {"k": [1, 2]},
                          "chunkedDribbleDelay": {"numberOfChunks": 2, "totalDuration": 10}}}])",
        R"(, "tls": {"mail.fabrikam.com": "expired"}, "expect": {"primary_finding": null})");
    QString error;
    QVERIFY2(SimTest::scenario(json, &error), qPrintable(error));
    for (qsizetype n = 0; n < json.size(); ++n) {
        QString e;
        const auto s = Scenario::load(json.left(n), QStringLiteral("t.json"), &e);
        QVERIFY(!s);
        QVERIFY2(e.startsWith(QLatin1String("t.json: ")), qPrintable(e));
    }
}

void TestSimScenario::textsMayHoldTabsAndLineBreaks()
{
    QString error;
    const auto s =
        SimTest::scenario(R"({"authdoctor": {"name": "tabs\there", "description": "line 1\r\nline 2\tend"},
        "mappings": [{"request": {}, "response": {"statusMessage": "Not\tFound", "headers": {"X-A": "a\tb"}}}]})",
                          &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->description, QStringLiteral("line 1\r\nline 2\tend"));
    QCOMPARE(s->mappings.first().response.reason, QByteArray("Not\tFound"));
    QCOMPARE(s->mappings.first().response.headers.first().second, QByteArray("a\tb"));
}

void TestSimScenario::loadFromFileAndName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("my-case.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(SimTest::wireScenario(R"([{"request": {}, "response": {"status": 418}}])"));
    f.close();

    QString error;
    const auto fromFile = Scenario::loadNameOrFile(path, &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(fromFile->sourceName, path);
    QCOMPARE(fromFile->mappings.first().response.status, 418);

    const auto missing = Scenario::loadNameOrFile(dir.filePath(QStringLiteral("nope.json")), &error);
    QVERIFY(!missing);
    QVERIFY2(error.startsWith(dir.filePath(QStringLiteral("nope.json")) + QLatin1String(": cannot read")),
             qPrintable(error));

    const auto unknown = Scenario::loadNameOrFile(QStringLiteral("no-such-scenario-name"), &error);
    QVERIFY(!unknown);
    QVERIFY2(error.startsWith(QLatin1String("no-such-scenario-name: no embedded scenario")),
             qPrintable(error));

    const QStringList names = EmbeddedScenarios::names();
    if (names.isEmpty())
        QSKIP("no embedded scenarios in this build");
    const auto embedded = Scenario::loadNameOrFile(names.first(), &error);
    QVERIFY2(embedded, qPrintable(error));
    QCOMPARE(embedded->sourceName, names.first());
}

// Files that are not regular files are refused before they are opened (a device would be read
// without end, a FIFO would wait for a writer); files over the cap before they are parsed.
void TestSimScenario::fileChecks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("error"); // after "<path>: "; empty: it loads
    QTest::newRow("regular file") << QStringLiteral("file") << QString();
    QTest::newRow("exactly 8 MiB") << QStringLiteral("8 MiB") << QString();
    QTest::newRow("one byte more") << QStringLiteral("8 MiB + 1")
                                   << QStringLiteral("the scenario file is larger than 8 MiB");
    QTest::newRow("folder") << QStringLiteral("folder")
                            << QStringLiteral("cannot read the scenario file: not a regular file");
    QTest::newRow("missing") << QStringLiteral("missing")
                             << QStringLiteral("cannot read the scenario file: no such file");
#ifdef Q_OS_UNIX
    QTest::newRow("symbolic link to a file") << QStringLiteral("link") << QString();
    QTest::newRow("device") << QStringLiteral("/dev/zero")
                            << QStringLiteral("cannot read the scenario file: not a regular file");
    QTest::newRow("FIFO") << QStringLiteral("fifo")
                          << QStringLiteral("cannot read the scenario file: not a regular file");
#endif
}

void TestSimScenario::fileChecks()
{
    QFETCH(QString, kind);
    QFETCH(QString, error);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray json = SimTest::wireScenario(R"([{"request": {}, "response": {"status": 418}}])");
    auto write = [&](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() ? f.fileName() : QString();
    };
    QString path;
    if (kind == QLatin1String("file")) {
        path = write(QStringLiteral("s.json"), json);
    } else if (kind.startsWith(QLatin1String("8 MiB"))) {
        const qsizetype size = Scenario::kMaxFileBytes + (kind.endsWith(QLatin1String("+ 1")) ? 1 : 0);
        QCOMPARE(Scenario::kMaxFileBytes, qsizetype(8 * 1024 * 1024));
        path = write(QStringLiteral("s.json"), json + QByteArray(size - json.size(), ' '));
    } else if (kind == QLatin1String("folder")) {
        path = dir.path();
    } else if (kind == QLatin1String("missing")) {
        path = dir.filePath(QStringLiteral("nope.json"));
    } else if (kind == QLatin1String("link")) {
        path = dir.filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(write(QStringLiteral("s.json"), json), path));
    } else if (kind == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("fifo.json"));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {path}) == 0);
    } else {
        path = kind;
    }
    QVERIFY(!path.isEmpty());
    QString message;
    const auto s = Scenario::loadFile(path, &message);
    if (error.isEmpty()) {
        QVERIFY2(s, qPrintable(message));
        QCOMPARE(s->mappings.first().response.status, 418);
    } else {
        QVERIFY(!s);
        QCOMPARE(message, path + QLatin1String(": ") + error);
    }
    // In memory, too: the same cap.
    if (kind == QLatin1String("8 MiB + 1")) {
        QVERIFY(!Scenario::load(QByteArray(Scenario::kMaxFileBytes + 1, ' '), QStringLiteral("m"), &message));
        QCOMPARE(message, QStringLiteral("m: the scenario file is larger than 8 MiB"));
    }
}

// Tens of thousands of users in the overrides load in linear time (they were looked up one by one
// in the list: 60000 users took over a minute); repeated upns, in any case, update one user.
void TestSimScenario::manyUsers()
{
    const int n = 60000;
    QJsonArray users;
    for (int i = 0; i < n; ++i)
        users.append(QJsonObject{{QStringLiteral("upn"), QStringLiteral("user%1@contoso.com").arg(i)}});
    users.append(QJsonObject{{QStringLiteral("upn"), QStringLiteral("USER7@Contoso.com")},
                             {QStringLiteral("enabled"), false}});
    users.append(QJsonObject{{QStringLiteral("upn"), QStringLiteral("admin@contoso.com")},
                             {QStringLiteral("locked"), true}});
    QJsonArray ca;
    for (int i = 0; i < n; i += 3)
        ca.append(QStringLiteral("user%1@contoso.com").arg(i));
    const QJsonObject root{
        {QStringLiteral("authdoctor"),
         QJsonObject{{QStringLiteral("tenant"), QJsonObject{{QStringLiteral("users"), users},
                                                            {QStringLiteral("conditional_access"), ca}}}}}};
    QString error;
    const auto s = SimTest::scenario(QJsonDocument(root).toJson(QJsonDocument::Compact), &error);
    QVERIFY2(s, qPrintable(error));
    const auto model = s->createTenantModel(&error);
    QVERIFY2(model, qPrintable(error));
    const auto &state = model->state();
    QSet<QString> upns; // the healthy tenant's users (user1@contoso.com among them) and the new ones
    for (const auto &u : Tenant::TenantState::healthy().users)
        upns.insert(u.upn.toLower());
    for (int i = 0; i < n; ++i)
        upns.insert(QStringLiteral("user%1@contoso.com").arg(i));
    QCOMPARE(state.users.size(), upns.size());
    QVERIFY(!state.findUser(QStringLiteral("user7@contoso.com"))->enabled);
    QVERIFY(state.findUser(QStringLiteral("user8@contoso.com"))->enabled);
    QVERIFY(state.findUser(QStringLiteral("admin@contoso.com"))->locked);
    QCOMPARE(state.conditionalAccess.size(), ca.size());
}

void TestSimScenario::everyEmbeddedScenarioLoads()
{
    const QStringList names = EmbeddedScenarios::names();
    if (names.isEmpty())
        QSKIP("no embedded scenarios in this build");
    for (const QString &name : names) {
        QString error;
        const auto s = Scenario::loadEmbedded(name, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->name, name);
    }
}

QTEST_GUILESS_MAIN(TestSimScenario)
#include "tst_sim_scenario.moc"
