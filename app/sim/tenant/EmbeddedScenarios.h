#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuthDoctor::Sim {

// The practice scenarios compiled into the program (resources/scenarios/*.json,
// embedded under :/scenarios/). Their format is ../shared/spec/scenarios.md;
// resources/scenarios/README.md lists them and the conventions they follow.
namespace EmbeddedScenarios {

struct Info
{
    QString name; // authdoctor.name, also the file's base name
    QString title;
    QString description;
    QString primaryFinding; // authdoctor.expect.primary_finding ("" when null)
    QStringList alsoOk;
    QJsonObject inputs; // authdoctor.inputs, secrets included (practice values)
    QString error;      // non-empty when the embedded file is not a valid scenario object
};

QStringList names();                  // sorted, "healthy-tenant" first
QByteArray read(const QString &name); // the raw JSON, empty when unknown
QList<Info> list();                   // metadata of every embedded scenario
std::optional<Info> find(const QString &name);

// The inputs without secret values: "password" and "client_secret" are removed
// and "has_password" / "has_client_secret" are always added (true when a
// non-empty value was present). Practice secrets are public, but secrets stay
// out of any output by habit.
QJsonObject publicInputs(const QJsonObject &inputs);

// One entry of `authdoctor scenarios --json`: name, title, description,
// primary_finding (string or null), also_ok, inputs (publicInputs()).
QJsonObject toPublicJson(const Info &info);
} // namespace EmbeddedScenarios

} // namespace AuthDoctor::Sim
