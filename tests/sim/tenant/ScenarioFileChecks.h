#pragma once

// Validation of scenario files against ../shared/spec/scenarios.md for the tests
// of the embedded practice scenarios: the tenant state fields, the WireMock
// subset of `mappings`, and the finding ids of ../shared/spec/findings.md. Each
// check returns "" or the JSON path of the first problem.
#include "FindingIds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ScenarioFileChecks {

// The 36 finding ids of ../shared/spec/findings.md (a fixed contract), shared by all tests.
inline const QStringList &kFindingIds = AuthDoctorTest::knownFindingIds();

// Findings no network check can show (a question for the operator).
inline const QStringList kNotOnTheWire = {QStringLiteral("account-picker")};

inline QSet<QString> keySet(std::initializer_list<const char *> keys)
{
    QSet<QString> out;
    for (const char *k : keys)
        out.insert(QString::fromLatin1(k));
    return out;
}

// scenarios.md "authdoctor.tenant": the only state fields a scenario may set.
inline const QSet<QString> kTenantKeys =
    keySet({"users", "apps", "security_defaults", "ews_enabled", "ews_allowed_app_ids", "basic_auth", "cloud",
            "conditional_access", "latency_ms", "throttle", "on_prem"});
inline const QSet<QString> kUserKeys =
    keySet({"upn", "password", "enabled", "locked", "password_expired", "mfa", "federated", "created",
            "licenses", "mailbox", "onedrive", "roles", "sync_from_on_prem", "ews_enabled"});
inline const QSet<QString> kAppKeys =
    keySet({"client_id", "public_client", "consented", "secret", "delegated", "application", "enabled"});
inline const QSet<QString> kOnPremKeys =
    keySet({"host", "version", "auth_methods", "extended_protection", "database_online", "latency_ms"});
inline const QSet<QString> kAuthdoctorKeys =
    keySet({"name", "title", "description", "base", "tenant", "tls", "inputs", "expect"});
inline const QSet<QString> kInputKeys =
    keySet({"endpoint", "side", "cloud", "auth", "user", "password", "tenant", "client_id", "client_secret",
            "mailbox", "ews_url", "error_text"});
inline const QSet<QString> kExpectKeys = keySet({"primary_finding", "also_ok"});
// The WireMock subset of scenarios.md.
inline const QSet<QString> kMappingKeys = keySet({"name", "priority", "request", "response"});
inline const QSet<QString> kRequestKeys = keySet({"method", "url", "urlPath", "urlPattern", "urlPathPattern",
                                                  "host", "queryParameters", "headers", "bodyPatterns"});
inline const QSet<QString> kResponseKeys =
    keySet({"status", "statusMessage", "headers", "body", "jsonBody", "base64Body", "fixedDelayMilliseconds",
            "chunkedDribbleDelay", "fault"});
inline const QStringList kFaults = {QStringLiteral("CONNECTION_RESET_BY_PEER"),
                                    QStringLiteral("EMPTY_RESPONSE"),
                                    QStringLiteral("MALFORMED_RESPONSE_CHUNK"),
                                    QStringLiteral("RANDOM_DATA_THEN_CLOSE"), QStringLiteral("NO_RESPONSE")};

inline QStringList strings(std::initializer_list<const char *> values)
{
    QStringList out;
    for (const char *v : values)
        out << QString::fromLatin1(v);
    return out;
}

inline QString unknownKey(const QJsonObject &o, const QSet<QString> &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    return {};
}

inline bool isStringArray(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &e) { return e.isString(); });
}

inline bool isNonNegativeInt(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
}

// Checks one WireMock matcher object ({"equalTo": …} etc.); returns an error or "".
inline QString checkMatcher(const QJsonValue &value, const QString &path)
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

inline QString checkMatcherMap(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return path + QStringLiteral(": expected an object of name -> matcher");
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString e = checkMatcher(it.value(), path + QLatin1Char('.') + it.key()); !e.isEmpty())
            return e;
    return {};
}

inline QString checkMapping(const QJsonValue &value, const QString &path)
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
inline bool isCreatedTime(const QString &s)
{
    static const QRegularExpression relative(
        QStringLiteral("^-P(?=\\d|T\\d)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+S)?)?$"));
    return relative.match(s).hasMatch() || QDateTime::fromString(s, Qt::ISODate).isValid() ||
           QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

inline QString checkUser(const QJsonObject &u, const QString &path)
{
    if (const QString k = unknownKey(u, kUserKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown user field ") + k;
    if (!u.value(QStringLiteral("upn")).toString().contains(QLatin1Char('@')))
        return path + QStringLiteral(".upn: missing or not a UPN");
    for (const char *k : {"enabled", "locked", "password_expired", "federated", "sync_from_on_prem"})
        if (u.contains(QLatin1String(k)) && !u.value(QLatin1String(k)).isBool())
            return path + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
    if (u.contains(QStringLiteral("ews_enabled")) && !u.value(QStringLiteral("ews_enabled")).isBool())
        return path + QStringLiteral(".ews_enabled: expected a boolean");
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

inline QString checkApp(const QJsonObject &a, const QString &path)
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

inline QString checkTenant(const QJsonObject &t)
{
    const QString path = QStringLiteral("$.authdoctor.tenant");
    if (const QString k = unknownKey(t, kTenantKeys); !k.isEmpty())
        return path + QStringLiteral(": unknown state field ") + k;
    for (const char *k : {"security_defaults", "basic_auth"})
        if (t.contains(QLatin1String(k)) && !t.value(QLatin1String(k)).isBool())
            return path + QLatin1Char('.') + QLatin1String(k) + QStringLiteral(": expected a boolean");
    // ews_enabled: true, false or null (not set: off from 1 October 2026).
    if (t.contains(QStringLiteral("ews_enabled")) && !t.value(QStringLiteral("ews_enabled")).isBool() &&
        !t.value(QStringLiteral("ews_enabled")).isNull())
        return path + QStringLiteral(".ews_enabled: expected a boolean or null");
    if (t.contains(QStringLiteral("ews_allowed_app_ids"))) {
        static const QRegularExpression guid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        const QJsonValue ids = t.value(QStringLiteral("ews_allowed_app_ids"));
        if (!isStringArray(ids))
            return path + QStringLiteral(".ews_allowed_app_ids: expected a list of application ids");
        for (const auto &id : ids.toArray())
            if (!guid.match(id.toString()).hasMatch())
                return path + QStringLiteral(".ews_allowed_app_ids: not a GUID: ") + id.toString();
    }
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

inline int sentenceCount(const QString &text)
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

} // namespace ScenarioFileChecks
