#include "JsonPath.h"

#include "core/Redaction.h"

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

// Every pattern of core/Redaction needs one of these characters, or one of the two base64 prefixes
// of NTLM and SPNEGO tokens: a value with none of them holds no credential it would mask (paths are
// built for every key of a file, so the common case must be cheap).
bool mayHoldSecret(const QString &value)
{
    for (const QChar c : value)
        if (c == u'=' || c == u':' || c == u' ' || c == u'\t' || c == u'<' || c == u'.')
            return true;
    return value.contains(QLatin1String("TlRMTVNTUA")) || value.contains(QLatin1String("YII"));
}
} // namespace

QString member(const QString &path, const QString &key)
{
    if (isIdentifier(key))
        return path + QLatin1Char('.') + shown(key);
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return path + QLatin1String("[\"") + shown(escaped) + QLatin1String("\"]");
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
                             .arg(member(path, key), shown(key), known.join(QLatin1String(", ")));
            return false;
        }
        if (!known.contains(key)) {
            if (error)
                *error = Text::tr("%1: unknown key \"%2\" (expected one of %3)")
                             .arg(member(path, key), shown(key), known.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

QString masked(const QString &value)
{
    QString out = mayHoldSecret(value) ? Redaction::maskSecrets(value) : value;
    if (out.size() <= kShownLength)
        return out;
    qsizetype end = kShownLength;
    if (out.at(end - 1).isHighSurrogate())
        --end; // never half a character
    out.truncate(end);
    return out + QChar(0x2026); // …
}

QString shown(const QString &value)
{
    const QString cut = masked(value);
    if (findControl(cut) < 0)
        return cut;
    QString out;
    out.reserve(cut.size() + 16);
    for (const QChar c : cut) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

qsizetype findControl(QStringView value, bool allowNewlines)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == u'\t' || (allowNewlines && (c == u'\n' || c == u'\r')))
            continue;
        if (c < 0x20 || c == 0x7f)
            return i;
    }
    return -1;
}

QString controlCharacter(const QString &path, const QString &what, QStringView value, qsizetype at)
{
    return Text::tr("%1: %2 may not contain control characters (U+%3 at character %4)")
        .arg(path, what,
             QStringLiteral("%1").arg(uint(value.at(at).unicode()), 4, 16, QLatin1Char('0')).toUpper(),
             QString::number(at + 1));
}

} // namespace AuthDoctor::Sim::JsonPath
