#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace AuthDoctor::Sim {

// The practice scenarios compiled into the program (resources/scenarios/*.json,
// embedded under :/scenarios/).
namespace EmbeddedScenarios {

struct Info
{
    QString name;            // authdoctor.name, also the file's base name
    QString title;
    QString description;
    QString primaryFinding;  // authdoctor.expect.primary_finding ("" when null)
    QStringList alsoOk;
    QJsonObject inputs;      // authdoctor.inputs
};

QStringList names();                 // sorted, "healthy-tenant" first
QByteArray read(const QString &name); // the raw JSON, empty when unknown
QList<Info> list();                  // metadata of every embedded scenario
} // namespace EmbeddedScenarios

} // namespace AuthDoctor::Sim
