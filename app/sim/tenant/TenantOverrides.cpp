#include "TenantOverrides.h"

#include "sim/JsonPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace AuthDoctor::Sim::Tenant {

namespace {

constexpr int kMaxLatencyMs = 120000;
constexpr int kMaxThrottle = 1000000;

// Messages of this file are translated in the "TenantModel" context.
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(TenantModel)
};

QString quoted(const QString &s)
{
    // JSON string syntax, so the message shows exactly what the file holds (credentials masked, a
    // long value cut).
    const QByteArray j = QJsonDocument(QJsonArray{JsonPath::masked(s)}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(j.mid(1, j.size() - 2));
}

QString describe(const QJsonValue &v, bool secret)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return secret ? Msg::tr("a boolean")
                      : (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return secret ? Msg::tr("a number") : QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::String:
        return secret ? Msg::tr("a string") : quoted(v.toString());
    case QJsonValue::Array:
        return Msg::tr("an array");
    case QJsonValue::Object:
        return Msg::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Msg::tr("nothing");
}

QString oneOf(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q << quoted(v);
    return q.join(QStringLiteral(", "));
}

class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool fail(const QString &path, const QString &message)
    {
        if (m_error)
            *m_error = path + QStringLiteral(": ") + message;
        return false;
    }
    bool expected(const QString &path, const QString &what, const QJsonValue &got, bool secret = false)
    {
        return fail(path, Msg::tr("expected %1, got %2").arg(what, describe(got, secret)));
    }

    bool keys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(path + QLatin1Char('.') + JsonPath::shown(it.key()),
                            Msg::tr("unknown key (expected one of %1)").arg(oneOf(allowed)));
        return true;
    }

    bool boolean(const QJsonValue &v, const QString &path, bool *out)
    {
        if (!v.isBool())
            return expected(path, Msg::tr("a boolean"), v);
        *out = v.toBool();
        return true;
    }

    // true, false, or null (not set).
    bool optionalBoolean(const QJsonValue &v, const QString &path, std::optional<bool> *out)
    {
        if (v.isNull()) {
            out->reset();
            return true;
        }
        if (!v.isBool())
            return expected(path, Msg::tr("a boolean or null"), v);
        *out = v.toBool();
        return true;
    }

    bool string(const QJsonValue &v, const QString &path, QString *out, bool secret = false)
    {
        if (!v.isString())
            return expected(path, Msg::tr("a string"), v, secret);
        *out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &path, int max, int *out)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > max || d != static_cast<double>(static_cast<qint64>(d)))
            return expected(path, Msg::tr("an integer from 0 to %1").arg(max), v);
        *out = static_cast<int>(d);
        return true;
    }

    bool enumeration(const QJsonValue &v, const QString &path, const QStringList &values, int *index)
    {
        const int i = v.isString() ? int(values.indexOf(v.toString())) : -1;
        if (i < 0)
            return fail(path, Msg::tr("expected one of %1, got %2").arg(oneOf(values), describe(v, false)));
        *index = i;
        return true;
    }

    // An array of strings, each checked by `ok` (what = description for the message).
    bool strings(const QJsonValue &v, const QString &path, QStringList *out,
                 const QRegularExpression *pattern = nullptr, const QString &what = QString())
    {
        if (!v.isArray())
            return expected(path, Msg::tr("an array of strings"), v);
        QStringList list;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = path + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString())
                return expected(p, Msg::tr("a string"), a.at(i));
            const QString s = a.at(i).toString();
            if (pattern && !pattern->match(s).hasMatch())
                return expected(p, what, a.at(i));
            list << s;
        }
        *out = list;
        return true;
    }

private:
    QString *m_error;
};

const QRegularExpression &upnPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^[^@\\s]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return re;
}

const QRegularExpression &hostPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return re;
}

bool parseCreated(const QString &s, User *u)
{
    // Bounded digit counts: the sum in milliseconds stays far inside qint64 (a longer number is no
    // duration, and the message says what is expected).
    static const QRegularExpression duration(
        QStringLiteral("^-P(?:(\\d{1,6})D)?(?:T(?:(\\d{1,7})H)?(?:(\\d{1,9})M)?(?:(\\d{1,11})S)?)?$"));
    const auto m = duration.match(s);
    if (m.hasMatch() && s != QLatin1String("-P") && !s.endsWith(QLatin1Char('T'))) {
        const qint64 ms = ((m.captured(1).toLongLong() * 24 + m.captured(2).toLongLong()) * 60 +
                           m.captured(3).toLongLong()) *
                              60000 +
                          m.captured(4).toLongLong() * 1000;
        u->createdRelativeMs = ms;
        return true;
    }
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(s).hasMatch()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return false;
        u->created = QDateTime(d, QTime(0, 0), Qt::UTC);
        u->createdRelativeMs.reset();
        return true;
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    if (!dt.isValid() || !s.contains(QLatin1Char('T')))
        return false;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no offset written: read it as UTC, never as the machine's zone
    u->created = dt.toUTC();
    u->createdRelativeMs.reset();
    return true;
}

const QStringList kUserKeys{QStringLiteral("upn"),
                            QStringLiteral("password"),
                            QStringLiteral("enabled"),
                            QStringLiteral("locked"),
                            QStringLiteral("password_expired"),
                            QStringLiteral("mfa"),
                            QStringLiteral("federated"),
                            QStringLiteral("created"),
                            QStringLiteral("licenses"),
                            QStringLiteral("mailbox"),
                            QStringLiteral("onedrive"),
                            QStringLiteral("roles"),
                            QStringLiteral("sync_from_on_prem"),
                            QStringLiteral("ews_enabled")};
const QStringList kAppKeys{QStringLiteral("client_id"), QStringLiteral("name"),
                           QStringLiteral("enabled"),   QStringLiteral("public_client"),
                           QStringLiteral("consented"), QStringLiteral("secret"),
                           QStringLiteral("delegated"), QStringLiteral("application")};
const QStringList kOnPremKeys{QStringLiteral("host"),
                              QStringLiteral("version"),
                              QStringLiteral("auth_methods"),
                              QStringLiteral("extended_protection"),
                              QStringLiteral("database_online"),
                              QStringLiteral("latency_ms")};
const QStringList kTenantKeys{QStringLiteral("tenant_id"),
                              QStringLiteral("cloud"),
                              QStringLiteral("security_defaults"),
                              QStringLiteral("ews_enabled"),
                              QStringLiteral("ews_allowed_app_ids"),
                              QStringLiteral("basic_auth"),
                              QStringLiteral("conditional_access"),
                              QStringLiteral("latency_ms"),
                              QStringLiteral("throttle"),
                              QStringLiteral("users"),
                              QStringLiteral("apps"),
                              QStringLiteral("on_prem")};
const QStringList kMfa{QStringLiteral("none"), QStringLiteral("enforced"),
                       QStringLiteral("registration-required")};
const QStringList kMailbox{QStringLiteral("cloud"), QStringLiteral("on-prem"), QStringLiteral("none"),
                           QStringLiteral("provisioning")};
const QStringList kOneDrive{QStringLiteral("provisioned"), QStringLiteral("none")};
const QStringList kClouds{QStringLiteral("commercial"), QStringLiteral("gcc"), QStringLiteral("gcc-high"),
                          QStringLiteral("dod"), QStringLiteral("china")};
const QStringList kAuthMethods{QStringLiteral("Negotiate"), QStringLiteral("NTLM"), QStringLiteral("Basic"),
                               QStringLiteral("OAuth")};

// Where each user and app already is in the state's lists, by case-folded upn / client id, so that
// a scenario with tens of thousands of users is applied in linear time, not quadratic.
struct Index
{
    QHash<QString, qsizetype> users;
    QHash<QString, qsizetype> apps;

    explicit Index(const TenantState &t)
    {
        users.reserve(t.users.size());
        for (qsizetype i = 0; i < t.users.size(); ++i)
            users.insert(t.users.at(i).upn.toCaseFolded(), i); // a repeated upn: the last one, as before
        for (qsizetype i = 0; i < t.apps.size(); ++i)
            apps.insert(t.apps.at(i).clientId.toCaseFolded(), i);
    }
};

bool applyUser(Reader &r, TenantState &t, Index &index, const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return r.expected(path, Msg::tr("an object"), v);
    const QJsonObject o = v.toObject();
    if (!r.keys(o, path, kUserKeys))
        return false;
    if (!o.contains(QStringLiteral("upn")))
        return r.fail(path, Msg::tr("missing required key \"upn\""));
    QString upn;
    if (!r.string(o.value(QStringLiteral("upn")), path + QStringLiteral(".upn"), &upn))
        return false;
    if (!upnPattern().match(upn).hasMatch())
        return r.expected(path + QStringLiteral(".upn"), Msg::tr("a user principal name (name@domain)"),
                          QJsonValue(upn));

    const qsizetype at = index.users.value(upn.toCaseFolded(), -1);
    User u = at >= 0 ? t.users.at(at) : t.newUser(upn);

    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString p = path + QLatin1Char('.') + key;
        const QJsonValue val = it.value();
        int e = 0;
        bool ok = true;
        if (key == QLatin1String("password"))
            ok = r.string(val, p, &u.password, true);
        else if (key == QLatin1String("enabled"))
            ok = r.boolean(val, p, &u.enabled);
        else if (key == QLatin1String("locked"))
            ok = r.boolean(val, p, &u.locked);
        else if (key == QLatin1String("password_expired"))
            ok = r.boolean(val, p, &u.passwordExpired);
        else if (key == QLatin1String("federated"))
            ok = r.boolean(val, p, &u.federated);
        else if (key == QLatin1String("sync_from_on_prem"))
            ok = r.boolean(val, p, &u.syncFromOnPrem);
        else if (key == QLatin1String("ews_enabled"))
            ok = r.optionalBoolean(val, p, &u.ewsEnabled);
        else if (key == QLatin1String("mfa")) {
            ok = r.enumeration(val, p, kMfa, &e);
            u.mfa = static_cast<Mfa>(e);
        } else if (key == QLatin1String("mailbox")) {
            ok = r.enumeration(val, p, kMailbox, &e);
            u.mailbox = static_cast<Mailbox>(e);
        } else if (key == QLatin1String("onedrive")) {
            ok = r.enumeration(val, p, kOneDrive, &e);
            u.oneDrive = e == 0;
        } else if (key == QLatin1String("created")) {
            QString s;
            ok = r.string(val, p, &s);
            if (ok && !parseCreated(s, &u))
                ok = r.expected(
                    p,
                    Msg::tr("an ISO 8601 date-time (e.g. \"2024-01-15T09:00:00Z\") or a negative duration "
                            "(e.g. \"-PT2H\")"),
                    val);
        } else if (key == QLatin1String("licenses")) {
            static const QRegularExpression plan(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
            ok = r.strings(val, p, &u.licenses, &plan,
                           Msg::tr("a service-plan name (upper-case letters, digits and \"_\")"));
        } else if (key == QLatin1String("roles")) {
            ok = r.strings(val, p, &u.roles);
        }
        if (!ok)
            return false;
    }
    if (at >= 0) {
        t.users[at] = u;
    } else {
        index.users.insert(upn.toCaseFolded(), t.users.size());
        t.users.append(u);
    }
    return true;
}

bool applyApp(Reader &r, TenantState &t, Index &index, const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return r.expected(path, Msg::tr("an object"), v);
    const QJsonObject o = v.toObject();
    if (!r.keys(o, path, kAppKeys))
        return false;
    if (!o.contains(QStringLiteral("client_id")))
        return r.fail(path, Msg::tr("missing required key \"client_id\""));
    QString id;
    if (!r.string(o.value(QStringLiteral("client_id")), path + QStringLiteral(".client_id"), &id))
        return false;
    if (QUuid(id).isNull())
        return r.expected(path + QStringLiteral(".client_id"), Msg::tr("a GUID"), QJsonValue(id));
    id = QUuid(id).toString(QUuid::WithoutBraces);

    const qsizetype at = index.apps.value(id.toCaseFolded(), -1);
    App a = at >= 0 ? t.apps.at(at) : t.newApp(id);

    static const QRegularExpression perm(
        QStringLiteral("^((exchange|graph|sharepoint):)?[A-Za-z][A-Za-z0-9_.]*$"));
    const QString permWhat =
        Msg::tr("a permission name, optionally prefixed with \"exchange:\", \"graph:\" or \"sharepoint:\"");
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString p = path + QLatin1Char('.') + key;
        const QJsonValue val = it.value();
        bool ok = true;
        if (key == QLatin1String("name"))
            ok = r.string(val, p, &a.name);
        else if (key == QLatin1String("enabled"))
            ok = r.boolean(val, p, &a.enabled);
        else if (key == QLatin1String("public_client"))
            ok = r.boolean(val, p, &a.publicClient);
        else if (key == QLatin1String("consented"))
            ok = r.boolean(val, p, &a.consented);
        else if (key == QLatin1String("secret")) {
            if (val.isNull()) {
                a.secret.reset();
            } else {
                QString s;
                ok = val.isString() ? r.string(val, p, &s, true)
                                    : r.expected(p, Msg::tr("a string or null"), val, true);
                if (ok)
                    a.secret = s;
            }
        } else if (key == QLatin1String("delegated"))
            ok = r.strings(val, p, &a.delegated, &perm, permWhat);
        else if (key == QLatin1String("application"))
            ok = r.strings(val, p, &a.application, &perm, permWhat);
        if (!ok)
            return false;
    }
    if (at >= 0) {
        t.apps[at] = a;
    } else {
        index.apps.insert(id.toCaseFolded(), t.apps.size());
        t.apps.append(a);
    }
    return true;
}

bool applyOnPrem(Reader &r, TenantState &t, const QJsonValue &v, const QString &path)
{
    if (v.isNull()) {
        t.onPrem.reset();
        return true;
    }
    if (!v.isObject())
        return r.expected(path, Msg::tr("an object or null"), v);
    const QJsonObject o = v.toObject();
    if (!r.keys(o, path, kOnPremKeys))
        return false;
    OnPrem op = t.onPrem.value_or(OnPrem{});
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        const QString p = path + QLatin1Char('.') + key;
        const QJsonValue val = it.value();
        bool ok = true;
        if (key == QLatin1String("host")) {
            ok = r.string(val, p, &op.host);
            if (ok && !hostPattern().match(op.host).hasMatch())
                ok = r.expected(p, Msg::tr("a host name such as \"mail.fabrikam.com\""), val);
            op.host = op.host.toLower();
        } else if (key == QLatin1String("version")) {
            static const QRegularExpression ver(
                QStringLiteral("^\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}\\.\\d{1,5}$"));
            ok = r.string(val, p, &op.version);
            if (ok && !ver.match(op.version).hasMatch())
                ok = r.expected(p, Msg::tr("a build number such as \"15.2.1544.4\""), val);
        } else if (key == QLatin1String("auth_methods")) {
            if (!val.isArray()) {
                ok = r.expected(p, Msg::tr("an array of strings"), val);
            } else {
                QStringList methods;
                const QJsonArray a = val.toArray();
                for (qsizetype i = 0; ok && i < a.size(); ++i) {
                    int e = 0;
                    ok = r.enumeration(a.at(i), p + QStringLiteral("[%1]").arg(i), kAuthMethods, &e);
                    if (ok && !methods.contains(kAuthMethods.at(e)))
                        methods << kAuthMethods.at(e);
                }
                op.authMethods = methods;
            }
        } else if (key == QLatin1String("extended_protection"))
            ok = r.boolean(val, p, &op.extendedProtection);
        else if (key == QLatin1String("database_online"))
            ok = r.boolean(val, p, &op.databaseOnline);
        else if (key == QLatin1String("latency_ms"))
            ok = r.integer(val, p, kMaxLatencyMs, &op.latencyMs);
        if (!ok)
            return false;
    }
    t.onPrem = op;
    return true;
}

bool applyArray(Reader &r, TenantState &t, Index &index, const QJsonValue &v, const QString &path,
                bool (*one)(Reader &, TenantState &, Index &, const QJsonValue &, const QString &))
{
    if (!v.isArray())
        return r.expected(path, Msg::tr("an array of objects"), v);
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!one(r, t, index, a.at(i), path + QStringLiteral("[%1]").arg(i)))
            return false;
    return true;
}

} // namespace

bool applyOverrides(TenantState &state, const QJsonObject &tenant, const QString &jsonPath, QString *error)
{
    Reader r(error);
    if (!r.keys(tenant, jsonPath, kTenantKeys))
        return false;
    TenantState t = state;
    const auto p = [&](const char *key) -> QString {
        return jsonPath + QLatin1Char('.') + QLatin1String(key);
    };
    const auto has = [&](const char *key) { return tenant.contains(QLatin1String(key)); };
    const auto val = [&](const char *key) { return tenant.value(QLatin1String(key)); };

    if (has("tenant_id")) {
        QString id;
        if (!r.string(val("tenant_id"), p("tenant_id"), &id))
            return false;
        if (QUuid(id).isNull())
            return r.expected(p("tenant_id"), Msg::tr("a GUID"), val("tenant_id"));
        t.tenantId = QUuid(id);
    }
    if (has("cloud")) {
        int e = 0;
        if (!r.enumeration(val("cloud"), p("cloud"), kClouds, &e))
            return false;
        t.cloud = static_cast<Cloud>(e);
    }
    if (has("security_defaults") &&
        !r.boolean(val("security_defaults"), p("security_defaults"), &t.securityDefaults))
        return false;
    if (has("ews_enabled") && !r.optionalBoolean(val("ews_enabled"), p("ews_enabled"), &t.ewsEnabled))
        return false;
    if (has("ews_allowed_app_ids")) {
        const QJsonValue v = val("ews_allowed_app_ids");
        if (v.isNull()) {
            t.ewsAllowedAppIds.reset();
        } else {
            static const QRegularExpression guid(QStringLiteral(
                "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
            QStringList ids;
            if (!r.strings(v, p("ews_allowed_app_ids"), &ids, &guid,
                           Msg::tr("an application (client) id GUID")))
                return false;
            for (QString &id : ids)
                id = id.toLower();
            t.ewsAllowedAppIds = ids;
        }
    }
    if (has("basic_auth") && !r.boolean(val("basic_auth"), p("basic_auth"), &t.basicAuth))
        return false;
    if (has("latency_ms") && !r.integer(val("latency_ms"), p("latency_ms"), kMaxLatencyMs, &t.latencyMs))
        return false;
    if (has("throttle") && !r.integer(val("throttle"), p("throttle"), kMaxThrottle, &t.throttle))
        return false;
    // on_prem before users: whether an added user is an on-prem account does not depend on it,
    // but keeping the order fixed keeps error reporting predictable.
    if (has("on_prem") && !applyOnPrem(r, t, val("on_prem"), p("on_prem")))
        return false;
    Index index(t);
    if (has("users") && !applyArray(r, t, index, val("users"), p("users"), applyUser))
        return false;
    if (has("apps") && !applyArray(r, t, index, val("apps"), p("apps"), applyApp))
        return false;
    if (has("conditional_access")) {
        QStringList ca;
        if (!r.strings(val("conditional_access"), p("conditional_access"), &ca, &upnPattern(),
                       Msg::tr("a user principal name (name@domain)")))
            return false;
        for (qsizetype i = 0; i < ca.size(); ++i) {
            if (!index.users.contains(ca.at(i).toCaseFolded())) // a upn, not another address of the user
                return r.fail(p("conditional_access") + QStringLiteral("[%1]").arg(i),
                              Msg::tr("no user with upn %1 in the tenant").arg(quoted(ca.at(i))));
        }
        t.conditionalAccess = ca;
    }
    state = t;
    return true;
}

} // namespace AuthDoctor::Sim::Tenant
