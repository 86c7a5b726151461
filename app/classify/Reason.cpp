#include "Reason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace AuthDoctor {

namespace {

// Replaces %1…%99 by values[n-1] in one pass (a value is never read for placeholders, unlike
// chained QString::arg()); placeholders without a value stay as written.
QString substitute(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < n && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            qsizetype end = i + 2;
            if (end < n && pattern.at(end) >= u'0' && pattern.at(end) <= u'9')
                ++end;
            const int number = QStringView(pattern).mid(i + 1, end - i - 1).toInt();
            if (number <= values.size()) {
                out += values.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

const QString &idKey()
{
    static const QString key = QStringLiteral("id");
    return key;
}

const QString &argsKey()
{
    static const QString key = QStringLiteral("args");
    return key;
}

std::optional<Reason> fromJson(const QJsonValue &json, int depth)
{
    if (depth > MaxReasonDepth)
        return std::nullopt;
    if (json.isNull())
        return Reason();
    if (json.isString())
        return Reason::literal(json.toString());
    auto readArgs = [depth](const QJsonArray &array) -> std::optional<QList<Reason>> {
        if (array.size() > MaxReasonArgs)
            return std::nullopt;
        QList<Reason> out;
        out.reserve(array.size());
        for (const QJsonValue &v : array) {
            std::optional<Reason> r = fromJson(v, depth + 1);
            if (!r)
                return std::nullopt;
            out.append(std::move(*r));
        }
        return out;
    };
    if (json.isArray()) {
        std::optional<QList<Reason>> items = readArgs(json.toArray());
        if (!items)
            return std::nullopt;
        return Reason::list(std::move(*items));
    }
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    const QJsonValue id = o.value(idKey());
    if (!id.isString() || id.toString().isEmpty())
        return std::nullopt;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != idKey() && it.key() != argsKey())
            return std::nullopt;
    Reason r;
    r.kind = Reason::Kind::Text;
    r.id = id.toString();
    if (o.contains(argsKey())) {
        const QJsonValue args = o.value(argsKey());
        if (!args.isArray())
            return std::nullopt;
        std::optional<QList<Reason>> parsed = readArgs(args.toArray());
        if (!parsed)
            return std::nullopt;
        r.args = std::move(*parsed);
    }
    return r;
}

} // namespace

Reason Reason::text(const char *sourceText, QList<Reason> args)
{
    return {Kind::Text, QString::fromUtf8(sourceText), std::move(args)};
}

Reason Reason::literal(const QString &value)
{
    return {Kind::Literal, value, {}};
}

Reason Reason::number(qint64 value)
{
    return {Kind::Literal, QString::number(value), {}};
}

Reason Reason::list(QList<Reason> items)
{
    return {Kind::List, QString(), std::move(items)};
}

bool operator==(const Reason &a, const Reason &b)
{
    if (a.kind != b.kind || a.id != b.id || a.args.size() != b.args.size())
        return false;
    for (qsizetype i = 0; i < a.args.size(); ++i)
        if (!(a.args.at(i) == b.args.at(i)))
            return false;
    return true;
}

QString renderReason(const Reason &reason)
{
    switch (reason.kind) {
    case Reason::Kind::Literal:
        return reason.id;
    case Reason::Kind::List: {
        QStringList items;
        for (const Reason &r : reason.args)
            items << renderReason(r);
        return items.join(QStringLiteral(", "));
    }
    case Reason::Kind::Text:
        break;
    }
    if (reason.id.isEmpty())
        return {};
    QStringList values;
    for (const Reason &r : reason.args)
        values << renderReason(r);
    const QByteArray source = reason.id.toUtf8();
    return substitute(QCoreApplication::translate(ReasonContext, source.constData()), values);
}

QString renderReasons(const QList<Reason> &reasons)
{
    QStringList parts;
    for (const Reason &r : reasons)
        parts << renderReason(r);
    return parts.join(QStringLiteral("; "));
}

QJsonValue reasonToJson(const Reason &reason)
{
    switch (reason.kind) {
    case Reason::Kind::Literal:
        return reason.id;
    case Reason::Kind::List:
        return reasonsToJson(reason.args);
    case Reason::Kind::Text:
        break;
    }
    if (reason.id.isEmpty())
        return QJsonValue::Null;
    QJsonObject o{{idKey(), reason.id}};
    if (!reason.args.isEmpty())
        o.insert(argsKey(), reasonsToJson(reason.args));
    return o;
}

QJsonValue reasonsToJson(const QList<Reason> &reasons)
{
    QJsonArray array;
    for (const Reason &r : reasons)
        array.append(reasonToJson(r));
    return array;
}

std::optional<Reason> reasonFromJson(const QJsonValue &json)
{
    return fromJson(json, 1);
}

std::optional<QList<Reason>> reasonsFromJson(const QJsonValue &json)
{
    if (!json.isArray())
        return std::nullopt;
    std::optional<Reason> asList = fromJson(json, 0);
    if (!asList)
        return std::nullopt;
    return asList->args;
}

} // namespace AuthDoctor
