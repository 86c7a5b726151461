#include "JsonPath.h"

#include <QCoreApplication>

namespace AuthDoctor::Sim::JsonPath {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Sim::Scenario)
};

bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (const QChar c : key)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    return true;
}
} // namespace

QString member(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QLatin1String("[\"") + escaped + QLatin1String("\"]");
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

QString wrongType(const QString &path, const QString &what, const QJsonValue &value)
{
    return Text::tr("%1: expected %2, got %3").arg(path, what, describe(value));
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted << QLatin1Char('"') + v + QLatin1Char('"');
    if (quoted.size() <= 1)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return Text::tr("%1 or %2").arg(quoted.join(QLatin1String(", ")), last);
}

bool checkKeys(const QJsonObject &object, const QString &path, const QStringList &known,
               const QStringList &unsupported, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        if (unsupported.contains(key)) {
            if (error)
                *error = Text::tr("%1: \"%2\" is not supported by the simulator (supported: %3)")
                             .arg(member(path, key), key, known.join(QLatin1String(", ")));
            return false;
        }
        if (!known.contains(key)) {
            if (error)
                *error = Text::tr("%1: unknown key \"%2\" (expected one of %3)")
                             .arg(member(path, key), key, known.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

} // namespace AuthDoctor::Sim::JsonPath
