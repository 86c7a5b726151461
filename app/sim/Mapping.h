#pragma once

#include "sim/Matcher.h"
#include "sim/SimHttp.h"

#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace AuthDoctor::Sim {

// What the mappings compare of a request, decoded once per request rather than once per mapping
// (a long path against many mappings stays linear); the query and the body only when asked for.
struct RequestView
{
    explicit RequestView(const SimRequest &request);

    const SimRequest &request;
    const QString target;        // as received (UTF-8)
    const QString targetDecoded; // percent-decoded
    const QString rawPath;       // without the query
    const QString path;          // percent-decoded, without the query

    QStringList queryValues(const QString &name) const; // decoded; '+' is a space, as in forms
    const std::optional<QString> &body() const;         // nullopt: no body

private:
    mutable std::optional<QList<QPair<QString, QString>>> m_query;
    mutable std::optional<QString> m_body;
    mutable bool m_bodyDecoded = false;
};

// The "request" half of a WireMock stub mapping (the subset of scenarios.md).
struct RequestPattern
{
    enum class UrlKind
    {
        Any,
        Url,
        UrlPath,
        UrlPattern,
        UrlPathPattern
    };

    QByteArray method; // empty: any method ("ANY" or not given)
    UrlKind urlKind = UrlKind::Any;
    QString url;                 // operand of url / urlPath / urlPattern / urlPathPattern
    QRegularExpression urlRegex; // anchored, for the two *Pattern kinds
    std::optional<StringMatcher> host;
    QList<QPair<QString, StringMatcher>> queryParameters;
    QList<QPair<QString, StringMatcher>> headers;
    QList<StringMatcher> bodyPatterns; // all must hold

    bool matches(const SimRequest &request) const;
    bool matches(const RequestView &request) const;
};

// One entry of "mappings": a request pattern and the response it produces.
struct Mapping
{
    int index = 0;    // position in the file (ties in priority go by it)
    int priority = 5; // lower wins; WireMock's default is 5
    QString name;     // optional "name" of the mapping
    RequestPattern request;
    SimResponse response; // response.rule is already set to rule()

    QString rule() const; // the name, or "mapping:<index>"

    // Reads mappings[index]; path is "$.mappings[<index>]". nullopt with
    // "<path>…: message" on any error.
    static std::optional<Mapping> fromJson(const QJsonValue &json, int index, const QString &path,
                                           QString *error);
};

// Decoded values of a query parameter ('+' is a space, as in forms).
QStringList queryParameterValues(const SimRequest &request, const QString &name);

} // namespace AuthDoctor::Sim
