#include "Vocabulary.h"

#include <array>
#include <utility>

namespace AuthDoctor {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value, const char *fallback)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(fallback);
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &s)
{
    for (const auto &[e, name] : table)
        if (s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList namesOf(const std::array<std::pair<E, const char *>, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromLatin1(entry.second);
    return out;
}

constexpr std::array<std::pair<Side, const char *>, 2> kSides{
    {{Side::Source, "source"}, {Side::Destination, "destination"}}};
constexpr std::array<std::pair<EndpointKind, const char *>, 3> kEndpoints{
    {{EndpointKind::ExchangeOnline, "exchange-online"},
     {EndpointKind::ExchangeServer, "exchange-server"},
     {EndpointKind::OneDrive, "onedrive"}}};
constexpr std::array<std::pair<Cloud, const char *>, 5> kClouds{{{Cloud::Commercial, "commercial"},
                                                                 {Cloud::Gcc, "gcc"},
                                                                 {Cloud::GccHigh, "gcc-high"},
                                                                 {Cloud::Dod, "dod"},
                                                                 {Cloud::China, "china"}}};
constexpr std::array<std::pair<AuthMethod, const char *>, 4> kAuth{{{AuthMethod::Delegated, "delegated"},
                                                                    {AuthMethod::AppOnly, "app-only"},
                                                                    {AuthMethod::Basic, "basic"},
                                                                    {AuthMethod::Ntlm, "ntlm"}}};

} // namespace

QString sideToString(Side s)
{
    return nameOf(kSides, s, "unknown");
}
QString endpointKindToString(EndpointKind e)
{
    return nameOf(kEndpoints, e, "unknown");
}
QString cloudToString(Cloud c)
{
    return nameOf(kClouds, c, "commercial");
}
QString authMethodToString(AuthMethod a)
{
    return nameOf(kAuth, a, "unknown");
}
std::optional<Side> sideFromString(const QString &s)
{
    return valueOf(kSides, s);
}
std::optional<EndpointKind> endpointKindFromString(const QString &s)
{
    return valueOf(kEndpoints, s);
}
std::optional<Cloud> cloudFromString(const QString &s)
{
    return valueOf(kClouds, s);
}
std::optional<AuthMethod> authMethodFromString(const QString &s)
{
    return valueOf(kAuth, s);
}
QStringList sideNames()
{
    return namesOf(kSides);
}
QStringList endpointKindNames()
{
    return namesOf(kEndpoints);
}
QStringList cloudNames()
{
    return namesOf(kClouds);
}
QStringList authMethodNames()
{
    return namesOf(kAuth);
}

} // namespace AuthDoctor
