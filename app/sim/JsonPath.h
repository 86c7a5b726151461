#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Small helpers for reading scenario files with precise error messages:
// every message starts with the JSON path of the value it is about
// ("$.mappings[3].response.fault: …").
namespace AuthDoctor::Sim::JsonPath {

QString member(const QString &path, const QString &key); // $.a.b or $.a["x-y"]
QString index(const QString &path, qsizetype i);         // $.a[3]

// "a string", "a number", "an object", "an array", "true", "false", "null".
QString describe(const QJsonValue &value);

// "<path>: expected <what>, got <describe(value)>"
QString wrongType(const QString &path, const QString &what, const QJsonValue &value);

// Fails on the first key that is neither in `known` nor in `unsupported`, and on
// any key of `unsupported` (keys WireMock knows but the simulator does not implement).
bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known,
               const QStringList &unsupported, QString *error);

// "\"a\", \"b\" or \"c\""
QString quotedList(const QStringList &values);

} // namespace AuthDoctor::Sim::JsonPath
