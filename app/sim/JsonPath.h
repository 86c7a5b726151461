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

// A value from the file as a message quotes it: credentials masked (core/Redaction), cut to
// kShownLength characters with an ellipsis, and (shown) control characters written as \uXXXX.
constexpr qsizetype kShownLength = 200;
QString masked(const QString &value);
QString shown(const QString &value);

// The first control character (C0 or DEL) in `value`, or -1; a tab (and, with allowNewlines, CR
// and LF) do not count.
qsizetype findControl(QStringView value, bool allowNewlines = false);
// "<path>: <what> may not contain control characters (U+0001 at character 5)"
QString controlCharacter(const QString &path, const QString &what, QStringView value, qsizetype at);

} // namespace AuthDoctor::Sim::JsonPath
