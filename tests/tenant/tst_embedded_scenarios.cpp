// The embedded practice scenarios (resources/scenarios/*.json): each one is a
// well-formed scenario file of ../shared/spec/scenarios.md, uses only the tenant
// state fields and the WireMock subset the contract lists, and together they
// cover every finding a network can show.
#include "sim/Scenario.h"
#include "sim/tenant/EmbeddedScenarios.h"
#include "sim/tenant/TenantModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace AuthDoctor::Sim;

namespace {

// The 36 finding ids of ../shared/spec/findings.md (a fixed contract).
const QStringList kFindingIds = {
    QStringLiteral("wrong-password"),
    QStringLiteral("wrong-username"),
    QStringLiteral("tenant-not-found"),
    QStringLiteral("wrong-cloud"),
    QStringLiteral("federated-sign-in"),
    QStringLiteral("mfa-required"),
    QStringLiteral("password-expired"),
    QStringLiteral("account-picker"),
    QStringLiteral("security-defaults"),
    QStringLiteral("conditional-access-blocked"),
    QStringLiteral("account-locked"),
    QStringLiteral("account-disabled"),
    QStringLiteral("modern-auth-not-configured"),
    QStringLiteral("consent-missing"),
    QStringLiteral("client-secret-invalid"),
    QStringLiteral("basic-auth-disabled"),
    QStringLiteral("impersonation-denied"),
    QStringLiteral("insufficient-permission"),
    QStringLiteral("mailbox-not-found"),
    QStringLiteral("new-account-not-ready"),
    QStringLiteral("mailbox-not-instantiated"),
    QStringLiteral("database-not-found"),
    QStringLiteral("onedrive-not-provisioned"),
    QStringLiteral("onedrive-not-licensed"),
    QStringLiteral("sharepoint-app-only-secret"),
    QStringLiteral("ews-disabled"),
    QStringLiteral("throttled"),
    QStringLiteral("server-overutilized"),
    QStringLiteral("ews-url-wrong"),
    QStringLiteral("autodiscover-failed"),
    QStringLiteral("network-unreachable"),
    QStringLiteral("tls-problem"),
    QStringLiteral("extended-protection"),
    QStringLiteral("unsafe-redirect-blocked"),
    QStringLiteral("credentials-ok"),
    QStringLiteral("unrecognized-error"),
};

// Findings no network check can show (a question for the operator).
const QStringList kNotOnTheWire = {QStringLiteral("account-picker")};

QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> out;
    for (const char *k : keys)
        out.insert(QString::fromLatin1(k));
    return out;
}

// scenarios.md "authdoctor.tenant": the only state fields a scenario may set.
const QSet<QString> kTenantKeys =
    keySet({"users", "apps", "security_defaults", "ews_enabled", "basic_auth", "cloud", "conditional_access",
            "latency_ms", "throttle", "on_prem"});
const QSet<QString> kUserKeys =
    keySet({"upn", "password", "enabled", "locked", "password_expired", "mfa", "federated", "created",
            "licenses", "mailbox", "onedrive", "roles", "sync_from_on_prem"});
const QSet<QString> kAppKeys =
    keySet({"client_id", "public_client", "consented", "secret", "delegated", "application", "enabled"});
const QSet<QString> kOnPremKeys =
    keySet({"host", "version", "auth_methods", "extended_protection", "database_online", "latency_ms"});
const QSet<QString> kAuthdoctorKeys =
    keySet({"name", "title", "description", "base", "tenant", "tls", "inputs", "expect"});
const QSet<QString> kInputKeys = keySet({"endpoint", "side", "cloud", "auth", "user", "password", "tenant",
                                         "client_id", "client_secret", "mailbox", "ews_url", "error_text"});
const QSet<QString> kExpectKeys = keySet({"primary_finding", "also_ok"});
// The WireMock subset of scenarios.md.
const QSet<QString> kMappingKeys = keySet({"name", "priority", "request", "response"});
const QSet<QString> kRequestKeys = keySet({"method", "url", "urlPath", "urlPattern", "urlPathPattern", "host",
                                           "queryParameters", "headers", "bodyPatterns"});
const QSet<QString> kResponseKeys =
    keySet({"status", "statusMessage", "headers", "body", "jsonBody", "base64Body", "fixedDelayMilliseconds",
            "chunkedDribbleDelay", "fault"});
const QStringList kFaults = {QStringLiteral("CONNECTION_RESET_BY_PEER"), QStringLiteral("EMPTY_RESPONSE"),
                             QStringLiteral("MALFORMED_RESPONSE_CHUNK"),
                             QStringLiteral("RANDOM_DATA_THEN_CLOSE"), QStringLiteral("NO_RESPONSE")};

QStringList strings(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromLatin1(v);
    return out;
}

QString unknownKey(const QJsonObject &o, const QSet<QString> &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return {};
}

bool isStringArray(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
}

bool isNonNegativeInt(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
}

// Checks one WireMock matcher object ({"equalTo": …} etc.); returns an error or "".
QString checkMatcher(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return path + QStringLiteral(": a matcher must be an object");
    const QJsonObject m = value.toObject();
    const QSet<QString> allowed =
        keySet({"equalTo", "contains", "matches", "doesNotMatch", "absent", "caseInsensitive"});
    if (const QString k = unknownKey(m, allowed); !k.isEmpty())
        return path + QStringLiteral(": unknown matcher key ") + k;
    int kinds = 0;
    for (const char *k : {"equalTo", "contains", "matches", "doesNotMatch", "absent"})
        kinds += m.contains(QLatin1String(k)) ? 1 : 0;
    if (kinds != 1)
        return path + QStringLiteral(": exactly one matcher kind expected");
    if (m.contains(QStringLiteral("caseInsensitive")) &&
        (!m.contains(QStringLiteral("equalTo")) || !m.value(QStringLiteral("caseInsensitive")).isBool()))
        return path + QStringLiteral(": caseInsensitive only beside equalTo, as a boolean");
    if (m.contains(QStringLiteral("absent")) && !m.value(QStringLiteral("absent")).isBool())
        return path + QStringLiteral(": absent must be a boolean");
    for (const char *k : {"equalTo", "contains", "matches", "doesNotMatch"})
        if (m.contains(QLatin1String(k)) && !m.value(QLatin1String(k)).isString())
            return path + QStringLiteral(": ") + QLatin1String(k) + QStringLiteral(" must be a string");
    for (const char *k : {"matches", "doesNotMatch"}) {
        if (!m.contains(QLatin1String(k)))
            continue;
        const QRegularExpression re(m.value(QLatin1String(k)).toString());
        if (!re.isValid())
            return path + QStringLiteral(": bad regular expression: ") + re.errorString();
    }
    return {};
}

QString checkMatcherMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return path + QStringLiteral(": expected an object of name -> matcher");
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString e = checkMatcher(it.value(), path + QLatin1Char('.') + it.key()); !e.isEmpty())
            return e;
    return {};
}

QString checkMapping(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return path + QStringLiteral(": a mapping must be an object");
    const QJsonObject mapping = value.toObject();
    if (const QString k = unknownKey(mapping, kMappingKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown key ") + k;
    if (mapping.contains(QStringLiteral("priority")) &&
        !isNonNegativeInt(mapping.value(QStringLiteral("priority"))))
        return path + QStringLiteral(".priority: expected a non-negative integer");

    const QJsonObject req = mapping.value(QStringLiteral("request")).toObject();
    if (req.isEmpty())
        return path + QStringLiteral(".request: missing");
    if (const QString k = unknownKey(req, kRequestKeys); !k.isEmpty())
        return path + QStringLiteral(".request: unknown key ") + k;
    if (!req.value(QStringLiteral("method")).isString())
        return path + QStringLiteral(".request.method: missing");
    int urlKinds = 0;
    for (const char *k : {"url", "urlPath", "urlPattern", "urlPathPattern"}) {
        if (!req.contains(QLatin1String(k)))
            continue;
        ++urlKinds;
        if (!req.value(QLatin1String(k)).isString())
            return path + QStringLiteral(".request.") + QLatin1String(k) +
                   QStringLiteral(": expected a string");
        if (QByteArrayView(k).endsWith("Pattern")) {
            const QRegularExpression re(req.value(QLatin1String(k)).toString());
            if (!re.isValid())
                return path + QStringLiteral(".request.") + QLatin1String(k) + QStringLiteral(": ") +
                       re.errorString();
        }
    }
    if (urlKinds > 1)
        return path + QStringLiteral(".request: at most one of url, urlPath, urlPattern, urlPathPattern");
    if (req.contains(QStringLiteral("host")))
        if (const QString e =
                checkMatcher(req.value(QStringLiteral("host")), path + QStringLiteral(".request.host"));
            !e.isEmpty())
            return e;
    for (const char *k : {"queryParameters", "headers"})
        if (req.contains(QLatin1String(k)))
            if (const QString e = checkMatcherMap(req.value(QLatin1String(k)),
                                                  path + QStringLiteral(".request.") + QLatin1String(k));
                !e.isEmpty())
                return e;
    if (req.contains(QStringLiteral("bodyPatterns"))) {
        const QJsonValue bp = req.value(QStringLiteral("bodyPatterns"));
        if (!bp.isArray())
            return path + QStringLiteral(".request.bodyPatterns: expected a list");
        const QJsonArray list = bp.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            if (const QString e =
                    checkMatcher(list.at(i), path + QStringLiteral(".request.bodyPatterns[%1]").arg(i));
                !e.isEmpty())
                return e;
    }

    const QJsonObject resp = mapping.value(QStringLiteral("response")).toObject();
    if (resp.isEmpty())
        return path + QStringLiteral(".response: missing");
    if (const QString k = unknownKey(resp, kResponseKeys); !k.isEmpty())
        return path + QStringLiteral(".response: unknown key ") + k;
    int bodies = 0;
    for (const char *k : {"body", "jsonBody", "base64Body"})
        bodies += resp.contains(QLatin1String(k)) ? 1 : 0;
    if (bodies > 1)
        return path + QStringLiteral(".response: at most one of body, jsonBody, base64Body");
    if (resp.contains(QStringLiteral("fault"))) {
        if (!kFaults.contains(resp.value(QStringLiteral("fault")).toString()))
            return path + QStringLiteral(".response.fault: unknown fault");
    } else {
        const QJsonValue status = resp.value(QStringLiteral("status"));
        if (!isNonNegativeInt(status) || status.toInt() < 100 || status.toInt() > 599)
            return path + QStringLiteral(".response.status: expected an HTTP status");
    }
    if (resp.contains(QStringLiteral("headers"))) {
        const QJsonObject headers = resp.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            if (!it.value().isString() && !isStringArray(it.value()))
                return path + QStringLiteral(".response.headers.") + it.key() +
                       QStringLiteral(": expected a string or a list of strings");
    }
    if (resp.contains(QStringLiteral("base64Body")) &&
        QByteArray::fromBase64Encoding(resp.value(QStringLiteral("base64Body")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors)
                .decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return path + QStringLiteral(".response.base64Body: not base64");
    if (resp.contains(QStringLiteral("fixedDelayMilliseconds")) &&
        !isNonNegativeInt(resp.value(QStringLiteral("fixedDelayMilliseconds"))))
        return path + QStringLiteral(".response.fixedDelayMilliseconds: expected a non-negative integer");
    if (resp.contains(QStringLiteral("chunkedDribbleDelay"))) {
        const QJsonObject d = resp.value(QStringLiteral("chunkedDribbleDelay")).toObject();
        if (!isNonNegativeInt(d.value(QStringLiteral("numberOfChunks"))) ||
            !isNonNegativeInt(d.value(QStringLiteral("totalDuration"))) ||
            !unknownKey(d, keySet({"numberOfChunks", "totalDuration"})).isEmpty())
            return path +
                   QStringLiteral(".response.chunkedDribbleDelay: expected numberOfChunks and totalDuration");
    }
    return {};
}

// An ISO 8601 date-time, or the tenant model's relative form: a negative ISO 8601
// duration such as "-PT3H" or "-P1D" (app/sim/tenant/README.md, user "created").
bool isCreatedTime(const QString &s)
{
    static const QRegularExpression relative(
        QStringLiteral("^-P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    return relative.match(s).hasMatch() || QDateTime::fromString(s, Qt::ISODate).isValid() ||
           QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

QString checkUser(const QJsonObject &u, const QString &path)
{
    if (const QString k = unknownKey(u, kUserKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown user field ") + k;
    if (!u.value(QStringLiteral("upn")).toString().contains(QLatin1Char('@')))
        return path + QStringLiteral(".upn: missing or not a UPN");
    for (const char *k : {"enabled", "locked", "password_expired", "federated", "sync_from_on_prem"})
        if (u.contains(QLatin1String(k)) && !u.value(QLatin1String(k)).isBool())
            return path + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
    for (const char *k : {"licenses", "roles"})
        if (u.contains(QLatin1String(k)) && !isStringArray(u.value(QLatin1String(k))))
            return path + QLatin1Char('.') + QLatin1String(k) +
                   QStringLiteral(": expected a list of strings");
    if (u.contains(QStringLiteral("password")) && u.value(QStringLiteral("password")).toString().isEmpty())
        return path + QStringLiteral(".password: expected a non-empty string");
    const struct
    {
        const char *key;
        QStringList values;
    } enums[] = {
        {"mfa", strings({"none", "enforced", "registration-required"})},
        {"mailbox", strings({"cloud", "on-prem", "none", "provisioning"})},
        {"onedrive", strings({"provisioned", "none"})},
    };
    for (const auto &e : enums)
        if (u.contains(QLatin1String(e.key)) && !e.values.contains(u.value(QLatin1String(e.key)).toString()))
            return path + QLatin1Char('.') + QLatin1String(e.key) + QStringLiteral(": not one of ") +
                   e.values.join(QStringLiteral(", "));
    if (u.contains(QStringLiteral("created")) &&
        !isCreatedTime(u.value(QStringLiteral("created")).toString()))
        return path + QStringLiteral(".created: expected an ISO 8601 time or a negative duration");
    return {};
}

QString checkApp(const QJsonObject &a, const QString &path)
{
    if (const QString k = unknownKey(a, kAppKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown app field ") + k;
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!guid.match(a.value(QStringLiteral("client_id")).toString()).hasMatch())
        return path + QStringLiteral(".client_id: missing or not a GUID");
    for (const char *k : {"public_client", "consented", "enabled"})
        if (a.contains(QLatin1String(k)) && !a.value(QLatin1String(k)).isBool())
            return path + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
    for (const char *k : {"delegated", "application"})
        if (a.contains(QLatin1String(k)) && !isStringArray(a.value(QLatin1String(k))))
            return path + QLatin1Char('.') + QLatin1String(k) +
                   QStringLiteral(": expected a list of strings");
    if (a.contains(QStringLiteral("secret")) && !a.value(QStringLiteral("secret")).isString() &&
        !a.value(QStringLiteral("secret")).isNull())
        return path + QStringLiteral(".secret: expected a string or null");
    return {};
}

QString checkTenant(const QJsonObject &t)
{
    const QString path = QStringLiteral("$.authdoctor.tenant");
    if (const QString k = unknownKey(t, kTenantKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown state field ") + k;
    for (const char *k : {"security_defaults", "ews_enabled", "basic_auth"})
        if (t.contains(QLatin1String(k)) && !t.value(QLatin1String(k)).isBool())
            return path + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
    if (t.contains(QStringLiteral("cloud")) && !strings({"commercial", "gcc", "gcc-high", "dod", "china"})
                                                    .contains(t.value(QStringLiteral("cloud")).toString()))
        return path + QStringLiteral(".cloud: unknown cloud");
    if (t.contains(QStringLiteral("conditional_access")) &&
        !isStringArray(t.value(QStringLiteral("conditional_access"))))
        return path + QStringLiteral(".conditional_access: expected a list of UPNs");
    for (const char *k : {"latency_ms", "throttle"})
        if (t.contains(QLatin1String(k)) && !isNonNegativeInt(t.value(QLatin1String(k))))
            return path + QLatin1Char('.') + QLatin1String(k) +
                   QStringLiteral(": expected a non-negative integer");
    if (t.contains(QStringLiteral("users"))) {
        if (!t.value(QStringLiteral("users")).isArray())
            return path + QStringLiteral(".users: expected a list");
        const QJsonArray users = t.value(QStringLiteral("users")).toArray();
        for (qsizetype i = 0; i < users.size(); ++i)
            if (const QString e =
                    checkUser(users.at(i).toObject(), path + QStringLiteral(".users[%1]").arg(i));
                !e.isEmpty())
                return e;
    }
    if (t.contains(QStringLiteral("apps"))) {
        if (!t.value(QStringLiteral("apps")).isArray())
            return path + QStringLiteral(".apps: expected a list");
        const QJsonArray apps = t.value(QStringLiteral("apps")).toArray();
        for (qsizetype i = 0; i < apps.size(); ++i)
            if (const QString e = checkApp(apps.at(i).toObject(), path + QStringLiteral(".apps[%1]").arg(i));
                !e.isEmpty())
                return e;
    }
    if (t.contains(QStringLiteral("on_prem"))) {
        const QJsonObject op = t.value(QStringLiteral("on_prem")).toObject();
        const QString opPath = path + QStringLiteral(".on_prem");
        if (const QString k = unknownKey(op, kOnPremKeys); !k.isEmpty())
            return opPath + QStringLiteral(": unknown field ") + k;
        for (const char *k : {"extended_protection", "database_online"})
            if (op.contains(QLatin1String(k)) && !op.value(QLatin1String(k)).isBool())
                return opPath + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
        if (op.contains(QStringLiteral("latency_ms")) &&
            !isNonNegativeInt(op.value(QStringLiteral("latency_ms"))))
            return opPath + QStringLiteral(".latency_ms: expected a non-negative integer");
        if (op.contains(QStringLiteral("auth_methods"))) {
            if (!isStringArray(op.value(QStringLiteral("auth_methods"))))
                return opPath + QStringLiteral(".auth_methods: expected a list of strings");
            for (const auto &m : op.value(QStringLiteral("auth_methods")).toArray())
                if (!strings({"Negotiate", "NTLM", "Basic", "OAuth"}).contains(m.toString()))
                    return opPath + QStringLiteral(".auth_methods: unknown method ") + m.toString();
        }
        static const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
        if (op.contains(QStringLiteral("version")) &&
            !version.match(op.value(QStringLiteral("version")).toString()).hasMatch())
            return opPath + QStringLiteral(".version: expected a build number like 15.2.1544.4");
    }
    return {};
}

int sentenceCount(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?](?=\\s|$)"));
    int n = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

SimRequest makeRequest(const QByteArray &method, const QString &host, const QByteArray &target,
                       const QByteArray &body = {}, bool tls = true)
{
    SimRequest r;
    r.method = method;
    r.host = host;
    r.tls = tls;
    r.port = tls ? 443 : 80;
    r.target = target;
    r.body = body;
    if (!body.isEmpty())
        r.headers.append({QByteArrayLiteral("Content-Type"),
                          body.startsWith('<') ? QByteArrayLiteral("text/xml; charset=utf-8")
                                               : QByteArrayLiteral("application/x-www-form-urlencoded")});
    return r;
}

QJsonObject scenarioRoot(const QString &name)
{
    return QJsonDocument::fromJson(EmbeddedScenarios::read(name)).object();
}

} // namespace

class TestEmbeddedScenarios : public QObject
{
    Q_OBJECT

private slots:
    void index()
    {
        const QStringList names = EmbeddedScenarios::names();
        QVERIFY2(names.size() >= 29, qPrintable(QString::number(names.size())));
        QCOMPARE(names.first(), QStringLiteral("healthy-tenant"));
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        QVERIFY(EmbeddedScenarios::read(QStringLiteral("no-such-scenario")).isEmpty());
        QVERIFY(EmbeddedScenarios::read(QStringLiteral("../scenarios/healthy-tenant")).isEmpty());
        QVERIFY(!EmbeddedScenarios::find(QStringLiteral("no-such-scenario")).has_value());
    }

    // Every file of resources/scenarios is embedded, byte for byte, and nothing else.
    void embeddedMatchesSourceTree()
    {
        const QString src = qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR");
        if (src.isEmpty())
            QSKIP("AUTHDOCTOR_SOURCE_DIR is not set (run through ctest)");
        const QDir dir(src + QStringLiteral("/resources/scenarios"));
        QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (QString &f : files)
            f.chop(5);
        QStringList embedded = EmbeddedScenarios::names();
        embedded.sort();
        QCOMPARE(embedded, files);
        for (const QString &n : files) {
            QFile f(dir.filePath(n + QStringLiteral(".json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == EmbeddedScenarios::read(n), qPrintable(n));
        }
    }

    void wellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : EmbeddedScenarios::names())
            QTest::newRow(qPrintable(n)) << n;
    }

    void wellFormed()
    {
        QFETCH(QString, name);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(EmbeddedScenarios::read(name), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(unknownKey(root, keySet({"authdoctor", "mappings"})), QString());
        const QJsonObject ad = root.value(QStringLiteral("authdoctor")).toObject();
        QCOMPARE(unknownKey(ad, kAuthdoctorKeys), QString());

        // Name, title, description.
        QCOMPARE(ad.value(QStringLiteral("name")).toString(), name);
        static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QVERIFY(nameRe.match(name).hasMatch());
        const QString title = ad.value(QStringLiteral("title")).toString();
        QVERIFY(!title.isEmpty());
        QVERIFY2(title.size() <= 90 && !title.contains(QLatin1Char('\n')), qPrintable(title));
        QVERIFY2(!title.endsWith(QLatin1Char('.')), qPrintable(title));
        const QString description = ad.value(QStringLiteral("description")).toString();
        const int sentences = sentenceCount(description);
        QVERIFY2(sentences >= 2 && sentences <= 4, qPrintable(QStringLiteral("%1 sentences").arg(sentences)));
        QVERIFY(description.size() <= 700);

        // Base.
        const QString base = ad.value(QStringLiteral("base")).toString(QStringLiteral("healthy-tenant"));
        QVERIFY2(base == QLatin1String("healthy-tenant") || base == QLatin1String("none"), qPrintable(base));

        // Inputs.
        const QJsonObject inputs = ad.value(QStringLiteral("inputs")).toObject();
        QCOMPARE(unknownKey(inputs, kInputKeys), QString());
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            QVERIFY2(it.value().isString() && !it.value().toString().isEmpty(), qPrintable(it.key()));
        const QString endpoint = inputs.value(QStringLiteral("endpoint")).toString();
        const QString auth = inputs.value(QStringLiteral("auth")).toString();
        QVERIFY(strings({"exchange-online", "exchange-server", "onedrive"}).contains(endpoint));
        QVERIFY(strings({"source", "destination"}).contains(inputs.value(QStringLiteral("side")).toString()));
        QVERIFY(strings({"delegated", "app-only", "basic", "ntlm"}).contains(auth));
        QVERIFY(inputs.value(QStringLiteral("user")).toString().contains(QLatin1Char('@')));
        QVERIFY(strings({"commercial", "gcc", "gcc-high", "dod", "china"})
                    .contains(inputs.value(QStringLiteral("cloud")).toString(QStringLiteral("commercial"))));
        QVERIFY(!inputs.value(QStringLiteral("error_text")).toString().isEmpty());
        if (auth == QLatin1String("app-only")) {
            QVERIFY(inputs.contains(QStringLiteral("client_id")));
            QVERIFY(inputs.contains(QStringLiteral("client_secret")));
            QVERIFY(inputs.contains(QStringLiteral("tenant")));
        } else {
            QVERIFY(inputs.contains(QStringLiteral("password")));
            QVERIFY(!inputs.contains(QStringLiteral("client_secret")));
        }
        if (endpoint == QLatin1String("exchange-server")) {
            QVERIFY(auth == QLatin1String("basic") || auth == QLatin1String("ntlm"));
        } else {
            QVERIFY(auth != QLatin1String("ntlm"));
            QVERIFY(!inputs.contains(QStringLiteral("ews_url")));
        }
        if (inputs.contains(QStringLiteral("ews_url"))) {
            const QUrl url(inputs.value(QStringLiteral("ews_url")).toString(), QUrl::StrictMode);
            QVERIFY(url.isValid());
            QCOMPARE(url.scheme(), QStringLiteral("https"));
        }
        // Secrets never appear in the texts a trainee or a report sees.
        for (const char *secretKey : {"password", "client_secret"}) {
            const QString secret = inputs.value(QLatin1String(secretKey)).toString();
            if (secret.isEmpty())
                continue;
            QVERIFY(!title.contains(secret));
            QVERIFY(!description.contains(secret));
            QVERIFY(!inputs.value(QStringLiteral("error_text")).toString().contains(secret));
        }

        // Expectation.
        const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
        QCOMPARE(unknownKey(expect, kExpectKeys), QString());
        QVERIFY(expect.contains(QStringLiteral("primary_finding")));
        const QJsonValue primary = expect.value(QStringLiteral("primary_finding"));
        QVERIFY(primary.isNull() || kFindingIds.contains(primary.toString()));
        QVERIFY(!kNotOnTheWire.contains(primary.toString()));
        QVERIFY(isStringArray(expect.value(QStringLiteral("also_ok"))));
        QStringList alsoOk;
        for (const auto &v : expect.value(QStringLiteral("also_ok")).toArray())
            alsoOk << v.toString();
        for (const QString &id : alsoOk)
            QVERIFY2(kFindingIds.contains(id), qPrintable(id));
        QCOMPARE(QSet<QString>(alsoOk.begin(), alsoOk.end()).size(), alsoOk.size());
        QVERIFY(!alsoOk.contains(primary.toString()));

        // Tenant state, bad certificates, mappings.
        QCOMPARE(checkTenant(ad.value(QStringLiteral("tenant")).toObject()), QString());
        if (ad.contains(QStringLiteral("tenant")))
            QVERIFY(ad.value(QStringLiteral("tenant")).isObject());
        const QJsonObject tls = ad.value(QStringLiteral("tls")).toObject();
        for (auto it = tls.begin(); it != tls.end(); ++it) {
            QVERIFY2(strings({"self-signed", "expired", "wrong-name"}).contains(it.value().toString()),
                     qPrintable(it.key()));
            QVERIFY(it.key() == it.key().toLower() && it.key().contains(QLatin1Char('.')));
        }
        if (base == QLatin1String("none"))
            QVERIFY(!ad.contains(QStringLiteral("tenant")));
        const QJsonValue mappings = root.value(QStringLiteral("mappings"));
        QVERIFY(mappings.isUndefined() || mappings.isArray());
        if (base == QLatin1String("none"))
            QVERIFY(!mappings.toArray().isEmpty());
        const QJsonArray list = mappings.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(checkMapping(list.at(i), QStringLiteral("$.mappings[%1]").arg(i)), QString());

        // The index reads the same metadata.
        const auto info = EmbeddedScenarios::find(name);
        QVERIFY(info.has_value());
        QVERIFY2(info->error.isEmpty(), qPrintable(info->error));
        QCOMPARE(info->title, title);
        QCOMPARE(info->primaryFinding, primary.toString());
        QCOMPARE(info->alsoOk, alsoOk);
        QCOMPARE(info->inputs, inputs);
    }

    // The tenant model takes every scenario's state overrides.
    void tenantOverridesLoad_data() { wellFormed_data(); }
    void tenantOverridesLoad()
    {
        QFETCH(QString, name);
        const QJsonObject ad = scenarioRoot(name).value(QStringLiteral("authdoctor")).toObject();
        QString error;
        auto model = TenantModel::fromBase(
            ad.value(QStringLiteral("base")).toString(QStringLiteral("healthy-tenant")), &error);
        QVERIFY2(model.has_value(), qPrintable(error));
        QVERIFY2(model->applyOverrides(ad.value(QStringLiteral("tenant")).toObject(),
                                       QStringLiteral("$.authdoctor.tenant"), &error),
                 qPrintable(error));
    }

    // The simulator's loader accepts every embedded scenario and reads the same content.
    void scenarioLoads_data() { wellFormed_data(); }
    void scenarioLoads()
    {
        QFETCH(QString, name);
        QString error;
        const auto scenario = Scenario::loadEmbedded(name, &error);
        QVERIFY2(scenario.has_value(), qPrintable(error));
        QCOMPARE(scenario->name, name);
        const QJsonObject root = scenarioRoot(name);
        const QJsonObject ad = root.value(QStringLiteral("authdoctor")).toObject();
        QCOMPARE(scenario->title, ad.value(QStringLiteral("title")).toString());
        QCOMPARE(scenario->base, ad.value(QStringLiteral("base")).toString());
        QCOMPARE(scenario->inputs, ad.value(QStringLiteral("inputs")).toObject());
        const QJsonValue primary =
            ad.value(QStringLiteral("expect")).toObject().value(QStringLiteral("primary_finding"));
        QCOMPARE(scenario->primaryFinding.value_or(QString()), primary.toString());
        QCOMPARE(scenario->mappings.size(), root.value(QStringLiteral("mappings")).toArray().size());
        const QJsonObject tls = ad.value(QStringLiteral("tls")).toObject();
        QCOMPARE(scenario->tls.size(), tls.size());
        for (auto it = tls.begin(); it != tls.end(); ++it)
            QCOMPARE(certificateKindName(scenario->certificateFor(it.key())), it.value().toString());
        QCOMPARE(scenario->certificateFor(QStringLiteral("login.microsoftonline.com")),
                 CertificateKind::Normal);
        const auto model = scenario->createTenantModel(&error);
        QVERIFY2(model.has_value(), qPrintable(error));
        QCOMPARE(model->isEmptyWorld(), scenario->base == QLatin1String("none"));
    }

    // The wire-level scenarios answer their key requests from their mappings, and
    // leave everything else to the tenant model.
    void mappingsAnswerKeyRequests_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<int>("status");        // 0: a fault; -1: no mapping (the tenant model answers)
        QTest::addColumn<QByteArray>("needle"); // in the body or a header value; or the fault's name

        const QByteArray soap = QByteArrayLiteral("<?xml version=\"1.0\"?><soap:Envelope/>");
        const QByteArray grant =
            QByteArrayLiteral("client_id=x&grant_type=password&username=admin%40contoso.com");
        const QString reset = QStringLiteral("onprem-network-unreachable");
        QTest::newRow("reset ews") << reset << QByteArray("POST") << "mail.fabrikam.com"
                                   << QByteArray("/EWS/Exchange.asmx") << soap << true << 0
                                   << QByteArray("reset");
        QTest::newRow("reset autodiscover http") << reset << QByteArray("GET") << "autodiscover.fabrikam.com"
                                                 << QByteArray("/autodiscover/autodiscover.xml")
                                                 << QByteArray() << false << 0 << QByteArray("reset");
        QTest::newRow("reset apex") << reset << QByteArray("POST") << "fabrikam.com"
                                    << QByteArray("/autodiscover/autodiscover.svc") << soap << true << 0
                                    << QByteArray("reset");
        QTest::newRow("reset spares login")
            << reset << QByteArray("GET") << "login.microsoftonline.com"
            << QByteArray("/common/discovery/instance") << QByteArray() << true << -1 << QByteArray();
        QTest::newRow("reset spares lookalike")
            << reset << QByteArray("GET") << "notfabrikam.com" << QByteArray("/") << QByteArray() << true
            << -1 << QByteArray();

        const QString owa = QStringLiteral("onprem-ews-url-wrong");
        QTest::newRow("owa redirect")
            << owa << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/owa/") << soap << true << 302
            << QByteArray("/owa/auth/logon.aspx");
        QTest::newRow("owa logon page")
            << owa << QByteArray("GET") << "mail.fabrikam.com"
            << QByteArray("/owa/auth/logon.aspx?url=https%3a%2f%2fmail.fabrikam.com%2fowa%2f&reason=0")
            << QByteArray() << true << 200 << QByteArray("logonForm");
        QTest::newRow("owa leaves ews")
            << owa << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx") << soap
            << true << -1 << QByteArray();

        const QString notFound = QStringLiteral("onprem-ews-url-not-found");
        QTest::newRow("webmail 404") << notFound << QByteArray("POST") << "webmail.fabrikam.com"
                                     << QByteArray("/EWS/Exchange.asmx") << soap << true << 404
                                     << QByteArray("404 - File or directory not found.");
        QTest::newRow("webmail leaves mail")
            << notFound << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx")
            << soap << true << -1 << QByteArray();

        const QString noAd = QStringLiteral("onprem-autodiscover-failed");
        QTest::newRow("no autodiscover pox")
            << noAd << QByteArray("POST") << "autodiscover.fabrikam.com"
            << QByteArray("/autodiscover/autodiscover.xml") << soap << true << 404 << QByteArray("404");
        QTest::newRow("no autodiscover soap apex")
            << noAd << QByteArray("POST") << "fabrikam.com" << QByteArray("/Autodiscover/Autodiscover.svc")
            << soap << true << 404 << QByteArray("404");
        QTest::newRow("no autodiscover http") << noAd << QByteArray("GET") << "autodiscover.fabrikam.com"
                                              << QByteArray("/autodiscover/autodiscover.xml") << QByteArray()
                                              << false << 404 << QByteArray("404");
        QTest::newRow("no autodiscover leaves ews")
            << noAd << QByteArray("POST") << "mail.fabrikam.com" << QByteArray("/EWS/Exchange.asmx") << soap
            << true << -1 << QByteArray();

        const QString unsafe = QStringLiteral("onprem-autodiscover-unsafe-redirect");
        QTest::newRow("unsafe https") << unsafe << QByteArray("POST") << "autodiscover.fabrikam.com"
                                      << QByteArray("/autodiscover/autodiscover.xml") << soap << true << 302
                                      << QByteArray("http://autodiscover.fabrikam-mail.net/");
        QTest::newRow("unsafe http get")
            << unsafe << QByteArray("GET") << "autodiscover.fabrikam.com"
            << QByteArray("/autodiscover/autodiscover.xml") << QByteArray() << false << 302
            << QByteArray("http://autodiscover.fabrikam-mail.net/");
        QTest::newRow("unsafe apex") << unsafe << QByteArray("POST") << "fabrikam.com"
                                     << QByteArray("/autodiscover/autodiscover.svc") << soap << true << 404
                                     << QByteArray("404");
        QTest::newRow("unsafe trap") << unsafe << QByteArray("POST") << "autodiscover.fabrikam-mail.net"
                                     << QByteArray("/autodiscover/autodiscover.xml") << soap << false << 401
                                     << QByteArray("Basic realm");

        const QString unknown = QStringLiteral("exo-unrecognized-error");
        QTest::newRow("aadsts90099 v2") << unknown << QByteArray("POST") << "login.microsoftonline.com"
                                        << QByteArray("/contoso.com/oauth2/v2.0/token") << grant << true
                                        << 400 << QByteArray("\"error_codes\":[90099]");
        QTest::newRow("aadsts90099 v1") << unknown << QByteArray("POST") << "login.microsoftonline.com"
                                        << QByteArray("/6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19/oauth2/token")
                                        << grant << true << 400 << QByteArray("AADSTS90099:");
        QTest::newRow("aadsts90099 leaves openid")
            << unknown << QByteArray("GET") << "login.microsoftonline.com"
            << QByteArray("/contoso.com/v2.0/.well-known/openid-configuration") << QByteArray() << true << -1
            << QByteArray();
    }
    void mappingsAnswerKeyRequests()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, method);
        QFETCH(QString, host);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(bool, tls);
        QFETCH(int, status);
        QFETCH(QByteArray, needle);
        QString error;
        const auto s = Scenario::loadEmbedded(scenario, &error);
        QVERIFY2(s.has_value(), qPrintable(error));
        const Mapping *m = s->matchingMapping(makeRequest(method, host, target, body, tls));
        if (status < 0) {
            QVERIFY2(!m, m ? qPrintable(m->rule()) : "");
            return;
        }
        QVERIFY(m);
        if (status == 0) {
            QCOMPARE(m->response.fault, Fault::ConnectionResetByPeer);
            return;
        }
        QCOMPARE(m->response.fault, Fault::None);
        QCOMPARE(m->response.status, status);
        bool found = m->response.body.contains(needle);
        for (const auto &h : m->response.headers)
            found = found || h.second.contains(needle);
        QVERIFY2(found, m->response.body.left(300).constData());
        if (status == 401)
            QVERIFY(!m->response.headers.isEmpty());
    }

    // One scenario per finding a network can show, plus the healthy tenant.
    void coverage()
    {
        QSet<QString> covered;
        for (const auto &info : EmbeddedScenarios::list()) {
            QVERIFY2(info.error.isEmpty(), qPrintable(info.name + QStringLiteral(": ") + info.error));
            covered.insert(info.primaryFinding);
        }
        QVERIFY(covered.contains(QStringLiteral("credentials-ok")));
        QVERIFY2(covered.size() >= 29, qPrintable(QString::number(covered.size())));
        QStringList missing;
        for (const QString &id : kFindingIds)
            if (!kNotOnTheWire.contains(id) && !covered.contains(id))
                missing << id;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

        const auto healthy = EmbeddedScenarios::find(QStringLiteral("healthy-tenant"));
        QVERIFY(healthy.has_value());
        QCOMPARE(healthy->primaryFinding, QStringLiteral("credentials-ok"));
        const QJsonObject root = scenarioRoot(QStringLiteral("healthy-tenant"));
        QVERIFY(!root.contains(QStringLiteral("mappings")));
        QVERIFY(root.value(QStringLiteral("authdoctor"))
                    .toObject()
                    .value(QStringLiteral("tenant"))
                    .toObject()
                    .isEmpty());
    }

    // The validator itself rejects what it should (so the checks above can fail).
    void validatorRejects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("tenant typo") << "tenant" << QByteArray("{\"security_default\": true}");
        QTest::newRow("user typo")
            << "tenant"
            << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"mfa_state\": \"enforced\"}]}");
        QTest::newRow("bad mfa") << "tenant"
                                 << QByteArray(
                                        "{\"users\": [{\"upn\": \"a@contoso.com\", \"mfa\": \"yes\"}]}");
        QTest::newRow("bad created")
            << "tenant"
            << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"yesterday\"}]}");
        QTest::newRow("positive duration")
            << "tenant" << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"PT3H\"}]}");
        QTest::newRow("empty duration")
            << "tenant" << QByteArray("{\"users\": [{\"upn\": \"a@contoso.com\", \"created\": \"-PT\"}]}");
        QTest::newRow("app no id") << "tenant" << QByteArray("{\"apps\": [{\"consented\": false}]}");
        QTest::newRow("on_prem typo")
            << "tenant" << QByteArray("{\"on_prem\": {\"extendedProtection\": true}}");
        QTest::newRow("bad cloud") << "tenant" << QByteArray("{\"cloud\": \"azure\"}");
        QTest::newRow("throttle string") << "tenant" << QByteArray("{\"throttle\": \"5\"}");
        QTest::newRow("mapping key")
            << "mapping"
            << QByteArray(
                   "{\"request\": {\"method\": \"GET\"}, \"response\": {\"status\": 200}, \"id\": \"x\"}");
        QTest::newRow("request typo") << "mapping"
                                      << QByteArray("{\"request\": {\"method\": \"GET\", \"urlpath\": "
                                                    "\"/\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("two urls") << "mapping"
                                  << QByteArray("{\"request\": {\"method\": \"GET\", \"url\": \"/\", "
                                                "\"urlPath\": \"/\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad regex") << "mapping"
                                   << QByteArray("{\"request\": {\"method\": \"GET\", \"urlPattern\": "
                                                 "\"([\"}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad matcher") << "mapping"
                                     << QByteArray(
                                            "{\"request\": {\"method\": \"GET\", \"host\": {\"startsWith\": "
                                            "\"a\"}}, \"response\": {\"status\": 200}}");
        QTest::newRow("bad fault")
            << "mapping"
            << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": {\"fault\": \"TIMEOUT\"}}");
        QTest::newRow("two bodies") << "mapping"
                                    << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": "
                                                  "{\"status\": 200, \"body\": \"\", \"jsonBody\": {}}}");
        QTest::newRow("no status")
            << "mapping"
            << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": {\"body\": \"x\"}}");
        QTest::newRow("response typo") << "mapping"
                                       << QByteArray("{\"request\": {\"method\": \"GET\"}, \"response\": "
                                                     "{\"status\": 200, \"fixedDelayMs\": 5}}");
    }
    void validatorRejects()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QVERIFY(!o.isEmpty());
        const QString error =
            kind == QLatin1String("tenant") ? checkTenant(o) : checkMapping(o, QStringLiteral("$"));
        QVERIFY(!error.isEmpty());
    }

    void publicInputsDropSecrets()
    {
        QJsonObject in;
        in.insert(QStringLiteral("user"), QStringLiteral("admin@contoso.com"));
        in.insert(QStringLiteral("password"), QStringLiteral("pw"));
        in.insert(QStringLiteral("client_secret"), QString());
        const QJsonObject out = EmbeddedScenarios::publicInputs(in);
        QVERIFY(!out.contains(QStringLiteral("password")));
        QVERIFY(!out.contains(QStringLiteral("client_secret")));
        QCOMPARE(out.value(QStringLiteral("has_password")), QJsonValue(true));
        QCOMPARE(out.value(QStringLiteral("has_client_secret")), QJsonValue(false));
        QCOMPARE(out.value(QStringLiteral("user")).toString(), QStringLiteral("admin@contoso.com"));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedScenarios)
#include "tst_embedded_scenarios.moc"
