#pragma once

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuthDoctor::Sim {

// One WireMock string matcher (scenarios.md: equalTo (+caseInsensitive),
// contains, matches, doesNotMatch, absent). Regular expressions must match the
// whole value, as in WireMock (Java's Pattern.matches).
class StringMatcher
{
public:
    enum class Kind
    {
        EqualTo,
        Contains,
        Matches,
        DoesNotMatch,
        Absent
    };

    static StringMatcher equalTo(const QString &value, bool caseInsensitive = false);
    static StringMatcher contains(const QString &value);
    static StringMatcher matches(const QString &regex);
    static StringMatcher doesNotMatch(const QString &regex);
    static StringMatcher absent(bool absent = true);

    // Reads {"equalTo": "…"} etc.; nullopt with "<path>: …" on any error
    // (unknown or unsupported operator, wrong type, invalid regular expression).
    static std::optional<StringMatcher> fromJson(const QJsonValue &json, const QString &path, QString *error);

    // A value that is present. (An "absent: true" matcher never matches a present value.)
    bool test(const QString &value) const;
    // A value that may be missing (nullopt = header/parameter not sent).
    bool testOptional(const std::optional<QString> &value) const;
    // Every value of a repeated header or query parameter: WireMock's rule is
    // "any value matches"; an empty list means "not sent".
    bool testAny(const QStringList &values) const;

private:
    StringMatcher() = default;
    Kind m_kind = Kind::Absent;
    QString m_value;
    bool m_caseInsensitive = false;
    bool m_absent = true; // for Kind::Absent: true = must be missing, false = must be present
    QRegularExpression m_regex;
};

} // namespace AuthDoctor::Sim
