#include "Matcher.h"

#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace AuthDoctor::Sim {

namespace {
// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Sim::Scenario)
};

const QStringList kOperators = {QStringLiteral("equalTo"), QStringLiteral("contains"),
                                QStringLiteral("matches"), QStringLiteral("doesNotMatch"),
                                QStringLiteral("absent")};
// WireMock matchers the simulator does not implement: named so that the error says so.
const QStringList kUnsupported = {QStringLiteral("equalToJson"),
                                  QStringLiteral("matchesJsonPath"),
                                  QStringLiteral("matchesJsonSchema"),
                                  QStringLiteral("equalToXml"),
                                  QStringLiteral("matchesXPath"),
                                  QStringLiteral("binaryEqualTo"),
                                  QStringLiteral("doesNotContain"),
                                  QStringLiteral("before"),
                                  QStringLiteral("after"),
                                  QStringLiteral("equalToDateTime"),
                                  QStringLiteral("and"),
                                  QStringLiteral("or"),
                                  QStringLiteral("not"),
                                  QStringLiteral("hasExactly"),
                                  QStringLiteral("includes"),
                                  QStringLiteral("anything"),
                                  QStringLiteral("ignoreArrayOrder"),
                                  QStringLiteral("ignoreExtraElements")};

QRegularExpression anchored(const QString &pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}
} // namespace

StringMatcher StringMatcher::equalTo(const QString &value, bool caseInsensitive)
{
    StringMatcher m;
    m.m_kind = Kind::EqualTo;
    m.m_value = value;
    m.m_caseInsensitive = caseInsensitive;
    return m;
}

StringMatcher StringMatcher::contains(const QString &value)
{
    StringMatcher m;
    m.m_kind = Kind::Contains;
    m.m_value = value;
    return m;
}

StringMatcher StringMatcher::matches(const QString &regex)
{
    StringMatcher m;
    m.m_kind = Kind::Matches;
    m.m_value = regex;
    m.m_regex = anchored(regex);
    return m;
}

StringMatcher StringMatcher::doesNotMatch(const QString &regex)
{
    StringMatcher m = matches(regex);
    m.m_kind = Kind::DoesNotMatch;
    return m;
}

StringMatcher StringMatcher::absent(bool absent)
{
    StringMatcher m;
    m.m_kind = Kind::Absent;
    m.m_absent = absent;
    return m;
}

std::optional<StringMatcher> StringMatcher::fromJson(const QJsonValue &json, const QString &path,
                                                     QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!json.isObject())
        return fail(
            JsonPath::wrongType(path, Text::tr("a matcher object such as {\"equalTo\": \"…\"}"), json));
    const QJsonObject o = json.toObject();
    QStringList known = kOperators;
    known << QStringLiteral("caseInsensitive");
    if (!JsonPath::checkKeys(o, path, known, kUnsupported, error))
        return std::nullopt;

    QString op;
    for (const QString &candidate : kOperators) {
        if (!o.contains(candidate))
            continue;
        if (!op.isEmpty())
            return fail(Text::tr("%1: a matcher takes exactly one of %2, got both \"%3\" and \"%4\"")
                            .arg(path, JsonPath::quotedList(kOperators), op, candidate));
        op = candidate;
    }
    if (op.isEmpty())
        return fail(Text::tr("%1: a matcher needs one of %2").arg(path, JsonPath::quotedList(kOperators)));

    const QString opPath = JsonPath::member(path, op);
    const QJsonValue operand = o.value(op);
    bool caseInsensitive = false;
    if (o.contains(QStringLiteral("caseInsensitive"))) {
        const QString ciPath = JsonPath::member(path, QStringLiteral("caseInsensitive"));
        const QJsonValue ci = o.value(QStringLiteral("caseInsensitive"));
        if (!ci.isBool())
            return fail(JsonPath::wrongType(ciPath, Text::tr("true or false"), ci));
        if (op != QLatin1String("equalTo"))
            return fail(Text::tr("%1: \"caseInsensitive\" only goes with \"equalTo\"").arg(ciPath));
        caseInsensitive = ci.toBool();
    }

    if (op == QLatin1String("absent")) {
        if (!operand.isBool())
            return fail(JsonPath::wrongType(opPath, Text::tr("true or false"), operand));
        return absent(operand.toBool());
    }
    if (!operand.isString())
        return fail(JsonPath::wrongType(opPath, Text::tr("a string"), operand));
    const QString value = operand.toString();
    if (op == QLatin1String("equalTo"))
        return equalTo(value, caseInsensitive);
    if (op == QLatin1String("contains"))
        return contains(value);
    // Validate the author's pattern itself: the anchored wrapper would shift offsets and change messages.
    // The message quotes the pattern with any credential in it masked (a body pattern may hold a password).
    const QRegularExpression raw(value);
    if (!raw.isValid())
        return fail(Text::tr("%1: invalid regular expression \"%2\": %3 (at offset %4)")
                        .arg(opPath, JsonPath::shown(value), raw.errorString(),
                             QString::number(raw.patternErrorOffset())));
    StringMatcher m = op == QLatin1String("matches") ? matches(value) : doesNotMatch(value);
    if (!m.m_regex.isValid()) // e.g. a pattern that closes the wrapper's group: "a)|(b"
        return fail(Text::tr("%1: invalid regular expression \"%2\": %3")
                        .arg(opPath, JsonPath::shown(value), m.m_regex.errorString()));
    return m;
}

bool StringMatcher::test(const QString &value) const
{
    switch (m_kind) {
    case Kind::EqualTo:
        return value.compare(m_value, m_caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
    case Kind::Contains:
        return value.contains(m_value);
    case Kind::Matches:
        return m_regex.match(value).hasMatch();
    case Kind::DoesNotMatch:
        return !m_regex.match(value).hasMatch();
    case Kind::Absent:
        return !m_absent;
    }
    return false;
}

bool StringMatcher::testOptional(const std::optional<QString> &value) const
{
    if (!value)
        return m_kind == Kind::Absent && m_absent;
    return test(*value);
}

bool StringMatcher::testAny(const QStringList &values) const
{
    if (values.isEmpty())
        return m_kind == Kind::Absent && m_absent;
    for (const QString &v : values)
        if (test(v))
            return true;
    return false;
}

} // namespace AuthDoctor::Sim
