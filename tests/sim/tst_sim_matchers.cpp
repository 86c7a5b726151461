// Matchers, request patterns and priorities of the WireMock subset (scenarios.md "mappings").
#include "SimTestSupport.h"

#include "sim/Matcher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace AuthDoctor::Sim;

Q_DECLARE_METATYPE(std::optional<QString>)

class TestSimMatchers : public QObject
{
    Q_OBJECT
private slots:
    void stringMatcher_data();
    void stringMatcher();
    void multiValue();
    void requestPattern_data();
    void requestPattern();
    void priority_data();
    void priority();
    void queryDecoding();
    void longTargetManyMappings_data();
    void longTargetManyMappings();
    void authorizationScheme_data();
    void authorizationScheme();
};

void TestSimMatchers::stringMatcher_data()
{
    QTest::addColumn<QByteArray>("matcher");
    QTest::addColumn<std::optional<QString>>("value"); // nullopt: not sent
    QTest::addColumn<bool>("matches");

    const auto v = [](const char *s) { return std::optional<QString>(QString::fromUtf8(s)); };
    const std::optional<QString> missing;

    QTest::newRow("equalTo same") << QByteArray(R"({"equalTo": "Bearer"})") << v("Bearer") << true;
    QTest::newRow("equalTo other case") << QByteArray(R"({"equalTo": "Bearer"})") << v("bearer") << false;
    QTest::newRow("equalTo caseInsensitive")
        << QByteArray(R"({"equalTo": "Bearer", "caseInsensitive": true})") << v("BEARER") << true;
    QTest::newRow("equalTo caseInsensitive false")
        << QByteArray(R"({"equalTo": "a", "caseInsensitive": false})") << v("A") << false;
    QTest::newRow("equalTo prefix only") << QByteArray(R"({"equalTo": "abc"})") << v("abcd") << false;
    QTest::newRow("equalTo missing") << QByteArray(R"({"equalTo": ""})") << missing << false;
    QTest::newRow("equalTo empty") << QByteArray(R"({"equalTo": ""})") << v("") << true;
    QTest::newRow("equalTo unicode ci")
        << QByteArray(R"({"equalTo": "ÄRGER", "caseInsensitive": true})") << v("ärger") << true;
    QTest::newRow("contains") << QByteArray(R"({"contains": "grant_type=password"})")
                              << v("client_id=x&grant_type=password&username=a") << true;
    QTest::newRow("contains no") << QByteArray(R"({"contains": "grant_type=password"})")
                                 << v("grant_type=client_credentials") << false;
    QTest::newRow("contains case-sensitive")
        << QByteArray(R"({"contains": "Basic"})") << v("basic xyz") << false;
    QTest::newRow("contains missing") << QByteArray(R"({"contains": ""})") << missing << false;
    QTest::newRow("matches whole") << QByteArray(R"({"matches": "Bearer .+"})") << v("Bearer eyJ0") << true;
    QTest::newRow("matches is anchored")
        << QByteArray(R"({"matches": "Bearer"})") << v("Bearer eyJ0") << false;
    QTest::newRow("matches anchored at start")
        << QByteArray(R"({"matches": "eyJ.*"})") << v("Bearer eyJ0") << false;
    QTest::newRow("matches alternation anchored") << QByteArray(R"({"matches": "a|b"})") << v("ab") << false;
    QTest::newRow("matches alternation") << QByteArray(R"({"matches": "a|b"})") << v("b") << true;
    QTest::newRow("matches missing") << QByteArray(R"({"matches": ".*"})") << missing << false;
    QTest::newRow("matches dot no newline") << QByteArray(R"({"matches": "a.*b"})") << v("a\nb") << false;
    QTest::newRow("doesNotMatch yes")
        << QByteArray(R"({"doesNotMatch": "Basic .*"})") << v("Bearer x") << true;
    QTest::newRow("doesNotMatch no") << QByteArray(R"({"doesNotMatch": "Basic .*"})") << v("Basic x")
                                     << false;
    QTest::newRow("doesNotMatch partial")
        << QByteArray(R"({"doesNotMatch": "Basic"})") << v("Basic x") << true;
    QTest::newRow("doesNotMatch missing") << QByteArray(R"({"doesNotMatch": "x"})") << missing << false;
    QTest::newRow("absent true, missing") << QByteArray(R"({"absent": true})") << missing << true;
    QTest::newRow("absent true, present") << QByteArray(R"({"absent": true})") << v("x") << false;
    QTest::newRow("absent true, present empty") << QByteArray(R"({"absent": true})") << v("") << false;
    QTest::newRow("absent false, present") << QByteArray(R"({"absent": false})") << v("x") << true;
    QTest::newRow("absent false, missing") << QByteArray(R"({"absent": false})") << missing << false;
}

void TestSimMatchers::stringMatcher()
{
    QFETCH(QByteArray, matcher);
    QFETCH(std::optional<QString>, value);
    QFETCH(bool, matches);
    QString error;
    const auto m =
        StringMatcher::fromJson(QJsonDocument::fromJson(matcher).object(), QStringLiteral("$.m"), &error);
    QVERIFY2(m, qPrintable(error));
    QCOMPARE(m->testOptional(value), matches);
    QCOMPARE(m->testAny(value ? QStringList{*value} : QStringList{}), matches);
}

void TestSimMatchers::multiValue()
{
    // WireMock: a repeated header or parameter matches when any of its values does.
    const StringMatcher basic = StringMatcher::equalTo(QStringLiteral("Basic"));
    QVERIFY(basic.testAny({QStringLiteral("Bearer"), QStringLiteral("Basic")}));
    QVERIFY(!basic.testAny({QStringLiteral("Bearer"), QStringLiteral("NTLM")}));
    QVERIFY(!StringMatcher::absent(true).testAny({QStringLiteral("x")}));
    QVERIFY(StringMatcher::absent(true).testAny({}));
    QVERIFY(StringMatcher::absent(false).testAny({QStringLiteral("x")}));
}

static SimRequest makeRequest(const QByteArray &method, const QString &host, const QByteArray &target,
                              const HeaderList &headers = {}, const QByteArray &body = {})
{
    SimRequest r;
    r.method = method;
    r.host = host;
    r.target = target;
    r.headers = headers;
    r.body = body;
    return r;
}

void TestSimMatchers::requestPattern_data()
{
    QTest::addColumn<QByteArray>("request"); // the "request" object of a mapping
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("matches");

    const QString login = QStringLiteral("login.microsoftonline.com");
    auto row = [&](const char *name, const char *request, const char *method, const QString &host,
                   const char *target, const char *hName, const char *hValue, const char *body, bool m) {
        QTest::newRow(name) << QByteArray(request) << QByteArray(method) << host << QByteArray(target)
                            << QByteArray(hName) << QByteArray(hValue) << QByteArray(body) << m;
    };
    row("empty pattern matches all", "{}", "DELETE", login, "/x?y=1", "", "", "", true);
    row("method", R"({"method": "POST"})", "POST", login, "/", "", "", "", true);
    row("method other", R"({"method": "POST"})", "GET", login, "/", "", "", "", false);
    row("method ANY", R"({"method": "ANY"})", "PATCH", login, "/", "", "", "", true);
    row("method is case-sensitive", R"({"method": "post"})", "POST", login, "/", "", "", "", false);
    row("url exact with query", R"({"url": "/a/b?c=1"})", "GET", login, "/a/b?c=1", "", "", "", true);
    row("url needs the query", R"({"url": "/a/b"})", "GET", login, "/a/b?c=1", "", "", "", false);
    row("url other query", R"({"url": "/a/b?c=1"})", "GET", login, "/a/b?c=2", "", "", "", false);
    row("urlPath ignores query", R"({"urlPath": "/a/b"})", "GET", login, "/a/b?c=1", "", "", "", true);
    row("urlPath exact", R"({"urlPath": "/a/b"})", "GET", login, "/a/b/c", "", "", "", false);
    row("urlPath decoded", R"({"urlPath": "/users/user1@contoso.com"})", "GET", login,
        "/users/user1%40contoso.com", "", "", "", true);
    row("urlPattern full match", R"({"urlPattern": "/a/.*\\?c=[0-9]+"})", "GET", login, "/a/b?c=12", "", "",
        "", true);
    row("urlPattern anchored", R"({"urlPattern": "/a"})", "GET", login, "/a/b", "", "", "", false);
    row("urlPathPattern", R"({"urlPathPattern": "^/[^/]+/oauth2(/v2\\.0)?/token$"})", "POST", login,
        "/contoso.com/oauth2/v2.0/token", "", "", "", true);
    row("urlPathPattern v1", R"({"urlPathPattern": "^/[^/]+/oauth2(/v2\\.0)?/token$"})", "POST", login,
        "/common/oauth2/token?api-version=1.0", "", "", "", true);
    row("urlPathPattern no", R"({"urlPathPattern": "^/[^/]+/oauth2(/v2\\.0)?/token$"})", "POST", login,
        "/a/b/oauth2/token", "", "", "", false);
    row("host equalTo", R"({"host": {"equalTo": "login.microsoftonline.com"}})", "GET", login, "/", "", "",
        "", true);
    row("host other", R"({"host": {"equalTo": "login.microsoftonline.com"}})", "GET",
        QStringLiteral("login.microsoftonline.us"), "/", "", "", "", false);
    row("host matches", R"({"host": {"matches": "autodiscover\\..*"}})", "GET",
        QStringLiteral("autodiscover.contoso.com"), "/", "", "", "", true);
    row("query equalTo", R"({"queryParameters": {"login": {"equalTo": "admin@contoso.com"}}})", "GET", login,
        "/getuserrealm.srf?login=admin%40contoso.com&json=1", "", "", "", true);
    row("query plus is space", R"({"queryParameters": {"q": {"equalTo": "a b"}}})", "GET", login, "/?q=a+b",
        "", "", "", true);
    row("query missing", R"({"queryParameters": {"json": {"equalTo": "1"}}})", "GET", login, "/x?xml=1", "",
        "", "", false);
    row("query absent", R"({"queryParameters": {"json": {"absent": true}}})", "GET", login, "/x?xml=1", "",
        "", "", true);
    row("query absent but there", R"({"queryParameters": {"json": {"absent": true}}})", "GET", login,
        "/x?json=1", "", "", "", false);
    row("query present", R"({"queryParameters": {"json": {"absent": false}}})", "GET", login, "/x?json=", "",
        "", "", true);
    row("header contains", R"({"headers": {"Authorization": {"contains": "Bearer"}}})", "GET", login, "/",
        "Authorization", "Bearer abc", "", true);
    row("header name case-insensitive", R"({"headers": {"authorization": {"matches": "Basic .*"}}})", "GET",
        login, "/", "AUTHORIZATION", "Basic dXNlcg==", "", true);
    row("header absent", R"({"headers": {"Authorization": {"absent": true}}})", "GET", login, "/", "X-Other",
        "1", "", true);
    row("header absent but sent", R"({"headers": {"Authorization": {"absent": true}}})", "GET", login, "/",
        "Authorization", "Basic x", "", false);
    row("header must be present", R"({"headers": {"Authorization": {"absent": false}}})", "GET", login, "/",
        "", "", "", false);
    row("header doesNotMatch", R"({"headers": {"Authorization": {"doesNotMatch": "Bearer .*"}}})", "GET",
        login, "/", "Authorization", "NTLM TlRMTVNTUAAB", "", true);
    row("body all hold",
        R"({"bodyPatterns": [{"contains": "grant_type=password"}, {"contains": "username=admin"}]})", "POST",
        login, "/t", "", "", "client_id=1&grant_type=password&username=admin%40contoso.com", true);
    row("body one fails",
        R"({"bodyPatterns": [{"contains": "grant_type=password"}, {"contains": "scope=x"}]})", "POST", login,
        "/t", "", "", "grant_type=password&username=admin", false);
    row("body matches", R"({"bodyPatterns": [{"matches": ".*<m:GetFolder>.*"}]})", "POST", login, "/EWS", "",
        "", "<s:Body><m:GetFolder></m:GetFolder></s:Body>", true);
    row("body absent", R"({"bodyPatterns": [{"absent": true}]})", "GET", login, "/", "", "", "", true);
    row("body absent but sent", R"({"bodyPatterns": [{"absent": true}]})", "POST", login, "/", "", "", "x",
        false);
    row("everything", R"({"method": "POST", "urlPath": "/common/GetCredentialType",
                          "host": {"equalTo": "login.microsoftonline.com"},
                          "headers": {"Content-Type": {"contains": "json"}},
                          "bodyPatterns": [{"contains": "\"username\""}]})",
        "POST", login, "/common/GetCredentialType", "Content-Type", "application/json; charset=UTF-8",
        "{\"username\":\"a\"}", true);
}

void TestSimMatchers::requestPattern()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, method);
    QFETCH(QString, host);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    QFETCH(bool, matches);

    const QByteArray json =
        "{\"mappings\": [{\"request\": " + request + ", \"response\": {\"status\": 204}}]}";
    QString error;
    const auto s = SimTest::scenario(json, &error);
    QVERIFY2(s, qPrintable(error));
    HeaderList headers;
    if (!headerName.isEmpty())
        headers.append({headerName, headerValue});
    const SimRequest r = makeRequest(method, host, target, headers, body);
    QCOMPARE(s->mappings.first().request.matches(r), matches);
    QCOMPARE(s->matchingMapping(r) != nullptr, matches);
}

void TestSimMatchers::priority_data()
{
    QTest::addColumn<QByteArray>("mappings");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("rule");

    QTest::newRow("first of equal priority wins")
        << QByteArray(R"([{"request": {"urlPath": "/a"}, "response": {"status": 201}},
                          {"request": {"urlPath": "/a"}, "response": {"status": 202}}])")
        << QByteArray("/a") << QStringLiteral("mapping:0");
    QTest::newRow("lower priority number wins")
        << QByteArray(R"([{"priority": 7, "request": {"urlPath": "/a"}, "response": {"status": 201}},
                          {"priority": 2, "request": {"urlPath": "/a"}, "response": {"status": 202}}])")
        << QByteArray("/a") << QStringLiteral("mapping:1");
    QTest::newRow("default priority is 5")
        << QByteArray(R"([{"priority": 6, "request": {}, "response": {"status": 201}},
                          {"request": {}, "response": {"status": 202}},
                          {"priority": 5, "request": {}, "response": {"status": 203}}])")
        << QByteArray("/x") << QStringLiteral("mapping:1");
    QTest::newRow("priority 4 beats default") << QByteArray(R"([{"request": {}, "response": {"status": 201}},
                          {"priority": 4, "request": {}, "response": {"status": 202}}])")
                                              << QByteArray("/x") << QStringLiteral("mapping:1");
    QTest::newRow("a better priority that does not match is skipped")
        << QByteArray(R"([{"priority": 9, "request": {"urlPath": "/a"}, "response": {"status": 201}},
                          {"priority": 1, "request": {"urlPath": "/b"}, "response": {"status": 202}}])")
        << QByteArray("/a") << QStringLiteral("mapping:0");
    QTest::newRow("names are the rule")
        << QByteArray(R"([{"name": "catch-all", "priority": 10, "request": {}, "response": {"status": 404}},
                          {"name": "token", "priority": 1, "request": {"urlPathPattern": "/.*/token"},
                           "response": {"status": 400}}])")
        << QByteArray("/common/oauth2/token") << QStringLiteral("token");
    QTest::newRow("names fall back")
        << QByteArray(R"([{"name": "catch-all", "priority": 10, "request": {}, "response": {"status": 404}},
                          {"name": "token", "priority": 1, "request": {"urlPathPattern": "/.*/token"},
                           "response": {"status": 400}}])")
        << QByteArray("/other") << QStringLiteral("catch-all");
    QTest::newRow("nothing matches")
        << QByteArray(R"([{"request": {"urlPath": "/a"}, "response": {"status": 201}}])") << QByteArray("/b")
        << QString();
}

void TestSimMatchers::priority()
{
    QFETCH(QByteArray, mappings);
    QFETCH(QByteArray, target);
    QFETCH(QString, rule);
    QString error;
    const auto s = SimTest::scenario(SimTest::wireScenario(mappings), &error);
    QVERIFY2(s, qPrintable(error));
    const Mapping *m = s->matchingMapping(makeRequest("GET", QStringLiteral("h.contoso.com"), target));
    QCOMPARE(m ? m->rule() : QString(), rule);
    if (m)
        QCOMPARE(m->response.rule, rule);
}

void TestSimMatchers::queryDecoding()
{
    const SimRequest r = makeRequest("GET", QStringLiteral("login.microsoftonline.com"),
                                     "/x?login=a%40b.com&json=1&json=2&empty=&flag&sp=a+b%2Bc");
    QCOMPARE(queryParameterValues(r, QStringLiteral("login")), QStringList{QStringLiteral("a@b.com")});
    QCOMPARE(queryParameterValues(r, QStringLiteral("json")),
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(queryParameterValues(r, QStringLiteral("empty")), QStringList{QString()});
    QCOMPARE(queryParameterValues(r, QStringLiteral("flag")), QStringList{QString()});
    QCOMPARE(queryParameterValues(r, QStringLiteral("sp")), QStringList{QStringLiteral("a b+c")});
    QVERIFY(queryParameterValues(r, QStringLiteral("none")).isEmpty());
}

// A long target against many mappings: the target, path, query and body are decoded once per
// request, not once per mapping (a 60 KB path against 500 mappings took seconds). The same mapping
// wins as before; the benchmark gives the figure (tst_sim_matchers longTargetManyMappings -iterations N).
void TestSimMatchers::longTargetManyMappings_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("rule");
    const QByteArray tail = QByteArray(60 * 1024, 'a');
    QTest::newRow("60 KB path, the last mapping") << "/last/" + tail + "?q=last" << QStringLiteral("last");
    QTest::newRow("60 KB query") << "/m7/x?q=7&pad=" + tail << QStringLiteral("mapping:7");
    QTest::newRow("60 KB percent-encoded path, none")
        << "/none/" + QByteArray("%41").repeated(20 * 1024) << QString();
}

void TestSimMatchers::longTargetManyMappings()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, rule);
    QByteArray mappings = "[";
    for (int i = 0; i < 500; ++i) {
        const char *kinds[] = {"url", "urlPath", "urlPattern", "urlPathPattern"};
        const char *kind = kinds[i % 4];
        const QByteArray value = "/m" + QByteArray::number(i) + (i % 4 < 2 ? "/x" : "/.*");
        mappings += "{\"request\": {\"" + QByteArray(kind) + "\": \"" + value +
                    "\", \"queryParameters\": {\"q\": {\"equalTo\": \"" + QByteArray::number(i) +
                    "\"}}, \"bodyPatterns\": [{\"absent\": true}]}, \"response\": {\"status\": 200}},";
    }
    mappings +=
        R"({"name": "last", "request": {"urlPathPattern": "/last/a+", "queryParameters": {"q": {"equalTo": "last"}}},
                    "response": {"status": 200}}])";
    QString error;
    const auto s = SimTest::scenario(SimTest::wireScenario(mappings), &error);
    QVERIFY2(s, qPrintable(error));
    const SimRequest r = makeRequest("GET", QStringLiteral("h.contoso.com"), target);
    const Mapping *m = nullptr;
    QBENCHMARK
    {
        m = s->matchingMapping(r);
    }
    QCOMPARE(m ? m->rule() : QString(), rule);
}

void TestSimMatchers::authorizationScheme_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("Basic");
    QTest::newRow("bearer lower-case") << QByteArray("bearer eyJ0eXAi") << QStringLiteral("Bearer");
    QTest::newRow("ntlm") << QByteArray("NTLM TlRMTVNTUAABAAAA") << QStringLiteral("NTLM");
    QTest::newRow("negotiate") << QByteArray("Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag")
                               << QStringLiteral("Negotiate");
    QTest::newRow("bare secret") << QByteArray("hunter2") << QStringLiteral("unknown");
    QTest::newRow("bare token") << QByteArray("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0")
                                << QStringLiteral("unknown");
    QTest::newRow("password as scheme") << QByteArray("Contoso-Admin-2026! x") << QStringLiteral("unknown");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestSimMatchers::authorizationScheme()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, scheme);
    QCOMPARE(AuthDoctor::Sim::authorizationScheme(value), scheme);
}

QTEST_GUILESS_MAIN(TestSimMatchers)
#include "tst_sim_matchers.moc"
