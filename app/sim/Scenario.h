#pragma once

#include "sim/Mapping.h"
#include "sim/SimCertificates.h"
#include "sim/SimHttp.h"
#include "sim/tenant/TenantModel.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuthDoctor::Sim {

// A scenario file (../shared/spec/scenarios.md): the "authdoctor" block and the
// WireMock-subset "mappings". Loading validates everything, including the tenant
// overrides (through TenantModel), and reports the first problem precisely:
//   "<source>: $.mappings[3].response.fault: unknown fault \"FOO\" (expected one of …)"
//   "<source>: line 4, column 17: invalid JSON: …"
struct Scenario
{
    QString sourceName; // file path or embedded name, as given to load()

    // authdoctor block
    QString name; // authdoctor.name; default: the source's base name
    QString title;
    QString description;
    QString base = QStringLiteral("healthy-tenant"); // "healthy-tenant" or "none"
    QJsonObject tenant;                              // authdoctor.tenant, as written (applied by TenantModel)
    QJsonObject inputs;                              // authdoctor.inputs
    std::optional<QString> primaryFinding; // authdoctor.expect.primary_finding (nullopt: null or not given)
    QStringList alsoOk;                    // authdoctor.expect.also_ok
    QMap<QString, CertificateKind> tls;    // authdoctor.tls: lower-case host → bad certificate

    QList<Mapping> mappings; // in file order

    // Scenario files are at most this large (README.md "Limits"); loadFile() reads regular files only.
    static constexpr qsizetype kMaxFileBytes = 8 * 1024 * 1024;

    static std::optional<Scenario> load(const QByteArray &json, const QString &sourceName, QString *error);
    static std::optional<Scenario> loadFile(const QString &path, QString *error);
    static std::optional<Scenario> loadEmbedded(const QString &name, QString *error);
    // An embedded scenario's name, or else a file path (anything with a '/' or ending in ".json" is a path).
    static std::optional<Scenario> loadNameOrFile(const QString &nameOrPath, QString *error);

    // A fresh tenant model with the base and the overrides applied.
    std::optional<TenantModel> createTenantModel(QString *error) const;

    // The mapping that answers the request: lowest priority first, ties by file order.
    const Mapping *matchingMapping(const SimRequest &request) const;

    // The certificate the simulator presents for this host.
    CertificateKind certificateFor(const QString &host) const;
};

} // namespace AuthDoctor::Sim
