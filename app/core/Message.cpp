#include "Message.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AuthDoctor {

namespace {
QString fill(QString text, const QStringList &args)
{
    // One pass with QString::arg per argument keeps "%1" inside an argument literal.
    for (const QString &a : args)
        text = text.arg(a);
    return text;
}
} // namespace

QString Message::render() const
{
    if (source.isEmpty())
        return {};
    const QByteArray ctx = context.toUtf8();
    const QByteArray src = source.toUtf8();
    return fill(QCoreApplication::translate(ctx.constData(), src.constData()), args);
}

QString Message::renderUntranslated() const
{
    return fill(source, args);
}

QJsonObject Message::toJson() const
{
    return {{QStringLiteral("context"), context},
            {QStringLiteral("source"), source},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)}};
}

Message Message::fromJson(const QJsonObject &o)
{
    Message m;
    m.context = o.value(QStringLiteral("context")).toString();
    m.source = o.value(QStringLiteral("source")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("args")).toArray())
        m.args << v.toString();
    return m;
}

Message msg(const char *context, const char *source, const QStringList &args)
{
    return {QString::fromLatin1(context), QString::fromUtf8(source), args};
}

} // namespace AuthDoctor
