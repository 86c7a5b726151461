#include "Scenario.h"

#include "JsonPath.h"
#include "sim/tenant/EmbeddedScenarios.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace AuthDoctor::Sim {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Sim::Scenario)
};

using JsonPath::member;

const QString kRoot = QStringLiteral("$");
const QStringList kTopKeys = {QStringLiteral("authdoctor"), QStringLiteral("mappings"),
                              QStringLiteral("meta"), QStringLiteral("$schema")};
const QStringList kAuthDoctorKeys = {
    QStringLiteral("name"),   QStringLiteral("title"),  QStringLiteral("description"), QStringLiteral("base"),
    QStringLiteral("tenant"), QStringLiteral("inputs"), QStringLiteral("expect"),      QStringLiteral("tls")};
const QStringList kExpectKeys = {QStringLiteral("primary_finding"), QStringLiteral("also_ok")};
const QStringList kBases = {QStringLiteral("healthy-tenant"), QStringLiteral("none")};

// Inputs whose values the diagnosis checks against a fixed list (cli.md "diagnose").
const QList<QPair<QString, QStringList>> kInputEnums = {
    {QStringLiteral("endpoint"),
     {QStringLiteral("exchange-online"), QStringLiteral("exchange-server"), QStringLiteral("onedrive")}},
    {QStringLiteral("side"), {QStringLiteral("source"), QStringLiteral("destination")}},
    {QStringLiteral("cloud"),
     {QStringLiteral("commercial"), QStringLiteral("gcc"), QStringLiteral("gcc-high"), QStringLiteral("dod"),
      QStringLiteral("china")}},
    {QStringLiteral("auth"),
     {QStringLiteral("delegated"), QStringLiteral("app-only"), QStringLiteral("basic"),
      QStringLiteral("ntlm")}}};

QString tooLarge()
{
    return Text::tr("the scenario file is larger than %1 MiB").arg(Scenario::kMaxFileBytes / (1024 * 1024));
}

// "line L, column C" of a byte offset (1-based; columns count characters, not bytes).
QString lineColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

bool readString(const QJsonObject &o, const QString &key, const QString &path, QString *out, QString *error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        *error = JsonPath::wrongType(member(path, key), Text::tr("a string"), v);
        return false;
    }
    *out = v.toString();
    return true;
}

bool readInputs(const QJsonValue &v, const QString &path, QJsonObject *out, QString *error)
{
    if (!v.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object"), v);
        return false;
    }
    const QJsonObject inputs = v.toObject();
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const QString p = member(path, it.key());
        if (it.value().isObject() || it.value().isArray()) {
            *error = JsonPath::wrongType(p, Text::tr("a string, number, true, false or null"), it.value());
            return false;
        }
        for (const auto &[key, allowed] : kInputEnums) {
            if (key != it.key() || it.value().isNull())
                continue;
            if (!it.value().isString() || !allowed.contains(it.value().toString())) {
                *error =
                    it.value().isString()
                        ? Text::tr("%1: expected one of %2, got \"%3\"")
                              .arg(p, JsonPath::quotedList(allowed), JsonPath::shown(it.value().toString()))
                        : JsonPath::wrongType(p, Text::tr("one of %1").arg(JsonPath::quotedList(allowed)),
                                              it.value());
                return false;
            }
        }
    }
    *out = inputs;
    return true;
}

bool readExpect(const QJsonValue &v, const QString &path, Scenario *s, QString *error)
{
    if (!v.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object"), v);
        return false;
    }
    const QJsonObject o = v.toObject();
    if (!JsonPath::checkKeys(o, path, kExpectKeys, {}, error))
        return false;
    const QJsonValue pf = o.value(QStringLiteral("primary_finding"));
    if (pf.isString() && !pf.toString().isEmpty())
        s->primaryFinding = pf.toString();
    else if (!pf.isUndefined() && !pf.isNull()) {
        *error = JsonPath::wrongType(member(path, QStringLiteral("primary_finding")),
                                     Text::tr("a finding id or null"), pf);
        return false;
    }
    if (o.contains(QStringLiteral("also_ok"))) {
        const QString p = member(path, QStringLiteral("also_ok"));
        const QJsonValue a = o.value(QStringLiteral("also_ok"));
        if (!a.isArray()) {
            *error = JsonPath::wrongType(p, Text::tr("an array of finding ids"), a);
            return false;
        }
        const QJsonArray arr = a.toArray();
        for (qsizetype i = 0; i < arr.size(); ++i) {
            if (!arr.at(i).isString()) {
                *error = JsonPath::wrongType(JsonPath::index(p, i), Text::tr("a finding id"), arr.at(i));
                return false;
            }
            s->alsoOk << arr.at(i).toString();
        }
    }
    return true;
}

bool readTls(const QJsonValue &v, const QString &path, Scenario *s, QString *error)
{
    if (!v.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object of host name → certificate kind"), v);
        return false;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString p = member(path, it.key());
        const QString host = it.key().trimmed().toLower();
        if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(':')) ||
            host.contains(QLatin1Char(' '))) {
            *error = Text::tr("%1: \"%2\" is not a host name").arg(p, JsonPath::shown(it.key()));
            return false;
        }
        const auto kind =
            it.value().isString() ? certificateKindFromName(it.value().toString()) : std::nullopt;
        if (!kind) {
            *error = it.value().isString()
                         ? Text::tr("%1: unknown certificate kind \"%2\" (expected one of %3)")
                               .arg(p, JsonPath::shown(it.value().toString()),
                                    JsonPath::quotedList(badCertificateKindNames()))
                         : JsonPath::wrongType(
                               p, Text::tr("one of %1").arg(JsonPath::quotedList(badCertificateKindNames())),
                               it.value());
            return false;
        }
        s->tls.insert(host, *kind);
    }
    return true;
}

bool readAuthDoctor(const QJsonValue &v, const QString &path, Scenario *s, QString *error)
{
    if (!v.isObject()) {
        *error = JsonPath::wrongType(path, Text::tr("an object"), v);
        return false;
    }
    const QJsonObject o = v.toObject();
    if (!JsonPath::checkKeys(o, path, kAuthDoctorKeys, {}, error))
        return false;
    if (!readString(o, QStringLiteral("name"), path, &s->name, error) ||
        !readString(o, QStringLiteral("title"), path, &s->title, error) ||
        !readString(o, QStringLiteral("description"), path, &s->description, error) ||
        !readString(o, QStringLiteral("base"), path, &s->base, error))
        return false;
    // Shown in the terminal and the window: no control characters (escape sequences) in them.
    const struct
    {
        QString key;
        const QString *text;
        QString what;
    } texts[] = {{QStringLiteral("name"), &s->name, Text::tr("a scenario name")},
                 {QStringLiteral("title"), &s->title, Text::tr("a title")},
                 {QStringLiteral("description"), &s->description, Text::tr("a description")}};
    for (const auto &t : texts) {
        const qsizetype at = JsonPath::findControl(*t.text, t.key == QLatin1String("description"));
        if (at >= 0) {
            *error = JsonPath::controlCharacter(member(path, t.key), t.what, *t.text, at);
            return false;
        }
    }
    if (!kBases.contains(s->base)) {
        *error = Text::tr("%1: expected one of %2, got \"%3\"")
                     .arg(member(path, QStringLiteral("base")), JsonPath::quotedList(kBases),
                          JsonPath::shown(s->base));
        return false;
    }
    if (o.contains(QStringLiteral("tenant"))) {
        const QJsonValue t = o.value(QStringLiteral("tenant"));
        if (!t.isObject()) {
            *error = JsonPath::wrongType(member(path, QStringLiteral("tenant")), Text::tr("an object"), t);
            return false;
        }
        s->tenant = t.toObject();
    }
    if (o.contains(QStringLiteral("inputs")) &&
        !readInputs(o.value(QStringLiteral("inputs")), member(path, QStringLiteral("inputs")), &s->inputs,
                    error))
        return false;
    if (o.contains(QStringLiteral("expect")) &&
        !readExpect(o.value(QStringLiteral("expect")), member(path, QStringLiteral("expect")), s, error))
        return false;
    if (o.contains(QStringLiteral("tls")) &&
        !readTls(o.value(QStringLiteral("tls")), member(path, QStringLiteral("tls")), s, error))
        return false;
    return true;
}

} // namespace

std::optional<Scenario> Scenario::load(const QByteArray &json, const QString &sourceName, QString *error)
{
    QString message;
    auto fail = [&]() -> std::optional<Scenario> {
        if (error)
            *error = sourceName + QLatin1String(": ") + message;
        return std::nullopt;
    };

    if (json.size() > kMaxFileBytes) {
        message = tooLarge();
        return fail();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        message = Text::tr("%1: invalid JSON: %2")
                      .arg(lineColumn(json, parseError.offset), parseError.errorString());
        return fail();
    }
    if (!doc.isObject()) {
        message = JsonPath::wrongType(kRoot, Text::tr("an object"),
                                      doc.isArray() ? QJsonValue(doc.array()) : QJsonValue());
        return fail();
    }
    const QJsonObject root = doc.object();
    if (!JsonPath::checkKeys(root, kRoot, kTopKeys, {}, &message))
        return fail();

    Scenario s;
    s.sourceName = sourceName;
    // A plain WireMock file (no "authdoctor" block) behaves as in WireMock: only its
    // mappings answer. With the block, "base" defaults to the healthy tenant.
    if (!root.contains(QStringLiteral("authdoctor")))
        s.base = QStringLiteral("none");
    if (root.contains(QStringLiteral("authdoctor")) &&
        !readAuthDoctor(root.value(QStringLiteral("authdoctor")), member(kRoot, QStringLiteral("authdoctor")),
                        &s, &message))
        return fail();
    if (s.name.isEmpty()) {
        const QString fileName = QFileInfo(sourceName).fileName();
        s.name =
            fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? fileName.chopped(5) : fileName;
    }

    if (root.contains(QStringLiteral("mappings"))) {
        const QString p = member(kRoot, QStringLiteral("mappings"));
        const QJsonValue v = root.value(QStringLiteral("mappings"));
        if (!v.isArray()) {
            message = JsonPath::wrongType(p, Text::tr("an array of mappings"), v);
            return fail();
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto m = Mapping::fromJson(a.at(i), int(i), JsonPath::index(p, i), &message);
            if (!m)
                return fail();
            s.mappings << *m;
        }
    }

    // The tenant overrides are validated by the model that will apply them.
    if (!s.createTenantModel(&message))
        return fail();
    return s;
}

std::optional<Scenario> Scenario::loadFile(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<Scenario> {
        if (error)
            *error = path + QLatin1String(": ") + message;
        return std::nullopt;
    };
    // Checked before opening: a device (/dev/zero) would be read without end, and opening a FIFO
    // waits for a writer that may never come.
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Text::tr("cannot read the scenario file: no such file"));
    if (!info.isFile())
        return fail(Text::tr("cannot read the scenario file: not a regular file"));
    if (info.size() > kMaxFileBytes)
        return fail(tooLarge());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read the scenario file: %1").arg(f.errorString()));
    if (f.isSequential())
        return fail(Text::tr("cannot read the scenario file: not a regular file"));
    const QByteArray json = f.read(kMaxFileBytes + 1); // it may have grown since
    if (json.size() > kMaxFileBytes)
        return fail(tooLarge());
    return load(json, path, error);
}

std::optional<Scenario> Scenario::loadEmbedded(const QString &name, QString *error)
{
    const QByteArray json = EmbeddedScenarios::read(name);
    if (json.isEmpty()) {
        if (error)
            *error = Text::tr("%1: no embedded scenario of that name (known: %2)")
                         .arg(name, EmbeddedScenarios::names().join(QLatin1String(", ")));
        return std::nullopt;
    }
    return load(json, name, error);
}

std::optional<Scenario> Scenario::loadNameOrFile(const QString &nameOrPath, QString *error)
{
    const bool looksLikePath = nameOrPath.contains(QLatin1Char('/')) ||
                               nameOrPath.contains(QLatin1Char('\\')) ||
                               nameOrPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!looksLikePath && !EmbeddedScenarios::read(nameOrPath).isEmpty())
        return loadEmbedded(nameOrPath, error);
    if (looksLikePath || QFileInfo::exists(nameOrPath))
        return loadFile(nameOrPath, error);
    return loadEmbedded(nameOrPath, error);
}

std::optional<TenantModel> Scenario::createTenantModel(QString *error) const
{
    QString message;
    auto model = TenantModel::fromBase(base, &message);
    if (!model) {
        if (error)
            *error = member(member(kRoot, QStringLiteral("authdoctor")), QStringLiteral("base")) +
                     QLatin1String(": ") + message;
        return std::nullopt;
    }
    if (!tenant.isEmpty() &&
        !model->applyOverrides(tenant, QStringLiteral("$.authdoctor.tenant"), &message)) {
        if (error)
            *error = message.startsWith(QLatin1Char('$')) ? message
                                                          : QStringLiteral("$.authdoctor.tenant: ") + message;
        return std::nullopt;
    }
    return model;
}

const Mapping *Scenario::matchingMapping(const SimRequest &request) const
{
    const Mapping *best = nullptr;
    const RequestView view(request);
    for (const Mapping &m : mappings) {
        if (best && m.priority >= best->priority)
            continue; // file order breaks ties: an earlier mapping of equal priority stays
        if (m.request.matches(view))
            best = &m;
    }
    return best;
}

CertificateKind Scenario::certificateFor(const QString &host) const
{
    const QString h = host.toLower();
    if (const auto it = tls.constFind(h); it != tls.constEnd())
        return *it;
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        if (const auto it = tls.constFind(QLatin1String("*") + h.mid(dot)); it != tls.constEnd())
            return *it;
    }
    return CertificateKind::Normal;
}

} // namespace AuthDoctor::Sim
