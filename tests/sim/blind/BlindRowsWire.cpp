// base "none" scenarios: every request matcher of the WireMock subset in
// scenarios.md, priorities (lower wins, ties by file order, WireMock's default 5).
#include "BlindProbe.h"

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kUrls = QStringLiteral("wire-url-matchers.json");
const QString kQh = QStringLiteral("wire-query-header-matchers.json");
const QString kBp = QStringLiteral("wire-body-priority.json");

Request custom(const QByteArray &method, const QString &url, const QByteArray &body = QByteArray())
{
    Request r;
    r.method = method;
    r.url = url;
    r.body = body;
    if (!body.isEmpty())
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    return r;
}

Expect answered(int status, const char *body)
{
    return {.status = status, .bodyEquals = QByteArray(body)};
}

const Expect kUnmatched = {.status = 404, .bodyEquals = QByteArray()};

} // namespace

QList<Row> wireRows()
{
    const QString w = QStringLiteral("https://wire.contoso.com");
    const QString realm = QStringLiteral("https://login.microsoftonline.com/getuserrealm.srf");
    const QString ewsUrl = QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx");
    const QString token = QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token");
    const HeaderList anchored = {{"Authorization", "Bearer abc.def"},
                                 {"X-AnchorMailbox", "User1@Contoso.COM"},
                                 {"Content-Type", "text/xml; charset=utf-8"}};
    return {
        // url / urlPath / urlPattern / urlPathPattern, method, host.
        {"wire/url exact", {kUrls, get(w + QStringLiteral("/exact?x=1")), answered(200, "url-exact")}},
        {"wire/url other query", {kUrls, get(w + QStringLiteral("/exact?x=2")), kUnmatched}},
        {"wire/url without query", {kUrls, get(w + QStringLiteral("/exact")), kUnmatched}},
        {"wire/url over plain http",
         {kUrls, get(QStringLiteral("http://wire.contoso.com/exact?x=1")), answered(200, "url-exact")}},
        {"wire/urlPath ignores query",
         {kUrls, get(w + QStringLiteral("/path-only?anything=2")), answered(201, "url-path")}},
        {"wire/urlPath is exact", {kUrls, get(w + QStringLiteral("/path-only/more")), kUnmatched}},
        {"wire/urlPattern any method",
         {kUrls, custom("PUT", w + QStringLiteral("/pat/123?q=z")), answered(202, "url-pattern")}},
        {"wire/urlPattern needs the query", {kUrls, get(w + QStringLiteral("/pat/123")), kUnmatched}},
        {"wire/urlPattern digits only", {kUrls, get(w + QStringLiteral("/pat/abc?q=z")), kUnmatched}},
        {"wire/urlPathPattern",
         {kUrls, custom("POST", w + QStringLiteral("/pp/abc"), "x=1"), answered(203, "url-path-pattern")}},
        {"wire/urlPathPattern ignores query",
         {kUrls, custom("POST", w + QStringLiteral("/pp/abc?z=1"), "x=1"),
          answered(203, "url-path-pattern")}},
        {"wire/urlPathPattern whole path",
         {kUrls, custom("POST", w + QStringLiteral("/pp/abc/def"), "x=1"), kUnmatched}},
        {"wire/urlPathPattern case",
         {kUrls, custom("POST", w + QStringLiteral("/pp/ABC"), "x=1"), kUnmatched}},
        {"wire/method must match", {kUrls, get(w + QStringLiteral("/pp/abc")), kUnmatched}},
        {"wire/host equalTo",
         {kUrls, get(QStringLiteral("https://a.contoso.com/host")), answered(200, "host-a")}},
        {"wire/host matches",
         {kUrls, get(QStringLiteral("https://b12.contoso.com/host")), answered(200, "host-b")}},
        {"wire/host matches whole name",
         {kUrls, get(QStringLiteral("https://bb.contoso.com/host")), kUnmatched}},
        {"wire/host equalTo caseInsensitive",
         {kUrls, get(QStringLiteral("https://c.contoso.com/host")), answered(200, "host-c")}},
        {"wire/host contains",
         {kUrls, get(QStringLiteral("https://mail.fabrikam.com/host")), answered(200, "host-fabrikam")}},
        {"wire/host doesNotMatch",
         {kUrls, custom("DELETE", QStringLiteral("https://login.microsoftonline.com/host")),
          answered(200, "host-not-contoso")}},
        {"wire/host doesNotMatch refuses",
         {kUrls, custom("DELETE", QStringLiteral("https://x.contoso.com/host")), kUnmatched}},
        {"wire/empty world",
         {kUrls,
          get(QStringLiteral("https://login.microsoftonline.com/common/.well-known/openid-configuration")),
          kUnmatched}},
        // queryParameters.
        {"wire/query equalTo and absent",
         {kQh,
          get(realm + QStringLiteral("?login=user1@contoso.com&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Managed")}}}}},
        {"wire/query decoded before matching",
         {kQh,
          get(realm + QStringLiteral("?login=user1%40contoso.com&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Managed")}}}}},
        {"wire/query order free",
         {kQh,
          get(realm + QStringLiteral("?json=1&login=user1@contoso.com")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Managed")}}}}},
        {"wire/query absent false",
         {kQh, get(realm + QStringLiteral("?login=user2@contoso.com&xml=1")),
          answered(299, "xml-requested")}},
        {"wire/query absent true refuses present",
         {kQh, get(realm + QStringLiteral("?login=user1@contoso.com&json=1&xml=1")),
          answered(299, "xml-requested")}},
        {"wire/query contains",
         {kQh,
          get(realm + QStringLiteral("?login=x@fabrikam.com&json=1")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Federated")}}}}},
        {"wire/query doesNotMatch",
         {kQh,
          get(realm + QStringLiteral("?login=x@nosuch.example")),
          {.json = {{QStringLiteral("NameSpaceType"), QStringLiteral("Unknown")}}}}},
        {"wire/query equalTo is case sensitive",
         {kQh, get(realm + QStringLiteral("?login=User1@contoso.com&json=1")), kUnmatched}},
        {"wire/query missing parameter", {kQh, get(realm + QStringLiteral("?json=1")), kUnmatched}},
        // headers.
        {"wire/headers absent true and a list header",
         {kQh,
          post(ewsUrl, "x", "text/xml"),
          {.status = 401,
           .headerHas = {{"WWW-Authenticate", QStringLiteral("Bearer client_id=")},
                         {"WWW-Authenticate", QStringLiteral("Basic Realm=\"\"")}}}}},
        {"wire/headers matches equalTo-caseInsensitive contains",
         {kQh, post(ewsUrl, "x", QByteArray(), anchored), answered(200, "anchored")}},
        {"wire/headers absent false",
         {kQh, post(ewsUrl, "x", "text/xml", {{"Authorization", "Bearer abc.def"}}),
          answered(500, "no-anchor")}},
        {"wire/headers doesNotMatch",
         {kQh,
          post(ewsUrl, "x", "text/xml",
               {{"Authorization", "Basic dTpw"},
                {"X-AnchorMailbox", "user1@contoso.com"},
                {"User-Agent", "OtherTool/2"}}),
          answered(403, "user-agent-blocked")}},
        {"wire/headers equalTo case sensitive",
         {kQh,
          post(ewsUrl, "x", "text/xml",
               {{"Authorization", "Basic dTpw"},
                {"X-AnchorMailbox", "user1@contoso.com"},
                {"User-Agent", "MigrationWiz/1.0"}}),
          answered(418, "case-sensitive-equal")}},
        {"wire/headers equalTo refuses other case",
         {kQh,
          post(ewsUrl, "x", "text/xml",
               {{"Authorization", "Basic dTpw"},
                {"X-AnchorMailbox", "USER1@contoso.com"},
                {"User-Agent", "MigrationWiz/1.0"}}),
          kUnmatched}},
        // bodyPatterns and priorities.
        {"wire/body contains low priority",
         {kBp,
          post(token, "grant_type=password&username=user1%40contoso.com&password=x&client_id=a",
               "application/x-www-form-urlencoded"),
          {.status = 400, .aadsts = {50126}}}},
        {"wire/priority 1 beats 5",
         {kBp,
          post(token, "grant_type=password&username=admin%40contoso.com&password=x&client_id=a",
               "application/x-www-form-urlencoded"),
          {.status = 400, .aadsts = {50076}}}},
        {"wire/urlPathPattern v1 token path",
         {kBp,
          post(QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/token"),
               "grant_type=password&username=admin%40contoso.com&password=x",
               "application/x-www-form-urlencoded"),
          {.status = 400, .aadsts = {50076}}}},
        {"wire/body matches and doesNotMatch",
         {kBp,
          post(token, "grant_type=client_credentials&client_id=a&scope=x",
               "application/x-www-form-urlencoded"),
          {.status = 401, .aadsts = {7000218}}}},
        {"wire/equal priority goes by file order",
         {kBp,
          post(token, "grant_type=client_credentials&client_id=a&client_secret=s",
               "application/x-www-form-urlencoded"),
          {.json = {{QStringLiteral("access_token"), QStringLiteral("first-of-equal-priority")}}}}},
        {"wire/catch-all priority 10",
         {kBp, post(token, "grant_type=refresh_token", "application/x-www-form-urlencoded"),
          answered(404, "catch-all")}},
        {"wire/body equalTo",
         {kBp, post(w + QStringLiteral("/echo"), "exact body", "text/plain"), answered(200, "body-equal")}},
        {"wire/body equalTo is case sensitive",
         {kBp, post(w + QStringLiteral("/echo"), "Exact body", "text/plain"), answered(404, "catch-all")}},
        {"wire/body equalTo caseInsensitive",
         {kBp, post(w + QStringLiteral("/echo"), "case body", "text/plain"), answered(200, "body-equal-ci")}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
