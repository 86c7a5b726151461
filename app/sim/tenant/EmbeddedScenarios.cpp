#include "EmbeddedScenarios.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace AuthDoctor::Sim::EmbeddedScenarios {

namespace {
const QString kDir = QStringLiteral(":/scenarios");
const QString kHealthy = QStringLiteral("healthy-tenant");

// Keys of authdoctor.inputs whose values are secrets.
const QLatin1String kSecretKeys[][2] = {
    {QLatin1String("password"), QLatin1String("has_password")},
    {QLatin1String("client_secret"), QLatin1String("has_client_secret")},
};

Info parse(const QString &fileName, const QByteArray &bytes)
{
    Info info;
    info.name = fileName;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        info.error = QStringLiteral("invalid JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString());
        return info;
    }
    if (!doc.isObject() || !doc.object().value(QStringLiteral("authdoctor")).isObject()) {
        info.error = QStringLiteral("no \"authdoctor\" object at the top level");
        return info;
    }
    const QJsonObject ad = doc.object().value(QStringLiteral("authdoctor")).toObject();
    info.name = ad.value(QStringLiteral("name")).toString(fileName);
    info.title = ad.value(QStringLiteral("title")).toString();
    info.description = ad.value(QStringLiteral("description")).toString();
    const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
    info.primaryFinding = expect.value(QStringLiteral("primary_finding")).toString();
    const QJsonArray alsoOk = expect.value(QStringLiteral("also_ok")).toArray();
    for (const auto &v : alsoOk)
        info.alsoOk << v.toString();
    info.inputs = ad.value(QStringLiteral("inputs")).toObject();
    if (info.name != fileName)
        info.error = QStringLiteral("authdoctor.name \"%1\" differs from the file name").arg(info.name);
    return info;
}
} // namespace

QStringList names()
{
    QStringList out;
    const auto entries = QDir(kDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &e : entries)
        out << e.chopped(5);
    if (out.removeOne(kHealthy))
        out.prepend(kHealthy);
    return out;
}

QByteArray read(const QString &name)
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return {};
    QFile f(kDir + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<Info> list()
{
    QList<Info> out;
    const QStringList all = names();
    out.reserve(all.size());
    for (const QString &n : all) {
        Info info = parse(n, read(n));
        if (!info.error.isEmpty())
            qCWarning(lcSim) << "embedded scenario" << n << "is damaged:" << info.error;
        out << info;
    }
    return out;
}

std::optional<Info> find(const QString &name)
{
    const QByteArray bytes = read(name);
    if (bytes.isEmpty())
        return std::nullopt;
    return parse(name, bytes);
}

QJsonObject publicInputs(const QJsonObject &inputs)
{
    QJsonObject out = inputs;
    for (const auto &pair : kSecretKeys) {
        const QJsonValue v = out.take(QString(pair[0]));
        const bool present = v.isString() ? !v.toString().isEmpty() : !(v.isNull() || v.isUndefined());
        out.insert(QString(pair[1]), present);
    }
    return out;
}

QJsonObject toPublicJson(const Info &info)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), info.name);
    o.insert(QStringLiteral("title"), info.title);
    o.insert(QStringLiteral("description"), info.description);
    o.insert(QStringLiteral("primary_finding"),
             info.primaryFinding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(info.primaryFinding));
    o.insert(QStringLiteral("also_ok"), QJsonArray::fromStringList(info.alsoOk));
    o.insert(QStringLiteral("inputs"), publicInputs(info.inputs));
    return o;
}

} // namespace AuthDoctor::Sim::EmbeddedScenarios
