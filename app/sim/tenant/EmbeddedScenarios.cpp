#include "EmbeddedScenarios.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace AuthDoctor::Sim::EmbeddedScenarios {

namespace {
const QString kDir = QStringLiteral(":/scenarios");
const QString kHealthy = QStringLiteral("healthy-tenant");
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
    for (const QString &n : names()) {
        const QJsonObject ad = QJsonDocument::fromJson(read(n)).object().value(QStringLiteral("authdoctor")).toObject();
        Info info;
        info.name = ad.value(QStringLiteral("name")).toString(n);
        info.title = ad.value(QStringLiteral("title")).toString();
        info.description = ad.value(QStringLiteral("description")).toString();
        const QJsonObject expect = ad.value(QStringLiteral("expect")).toObject();
        info.primaryFinding = expect.value(QStringLiteral("primary_finding")).toString();
        for (const auto &v : expect.value(QStringLiteral("also_ok")).toArray())
            info.alsoOk << v.toString();
        info.inputs = ad.value(QStringLiteral("inputs")).toObject();
        out << info;
    }
    return out;
}

} // namespace AuthDoctor::Sim::EmbeddedScenarios
