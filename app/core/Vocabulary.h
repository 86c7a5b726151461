#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The words every layer shares: the classifier reads them from a pasted error, the diagnosis
// takes them as inputs, the simulator's scenario files name them. Their string forms are the
// contract's (../shared/spec/cli.md: --endpoint, --side, --cloud, --auth).
namespace AuthDoctor {

enum class Side
{
    Unknown,
    Source,
    Destination
};

enum class EndpointKind
{
    Unknown,
    ExchangeOnline,
    ExchangeServer,
    OneDrive
};

enum class Cloud
{
    Commercial,
    Gcc,
    GccHigh,
    Dod,
    China
};

// How the migration tool signs in.
enum class AuthMethod
{
    Unknown,
    Delegated, // modern, user + password through the token endpoint (ROPC)
    AppOnly,   // client credentials with a secret
    Basic,
    Ntlm
};

QString sideToString(Side s); // "source" | "destination" | "unknown"
QString
endpointKindToString(EndpointKind e);     // "exchange-online" | "exchange-server" | "onedrive" | "unknown"
QString cloudToString(Cloud c);           // "commercial" | "gcc" | "gcc-high" | "dod" | "china"
QString authMethodToString(AuthMethod a); // "delegated" | "app-only" | "basic" | "ntlm" | "unknown"

// Parsers accept exactly the contract's words (case-insensitive); nullopt otherwise. "unknown" is
// not accepted as an input.
std::optional<Side> sideFromString(const QString &s);
std::optional<EndpointKind> endpointKindFromString(const QString &s);
std::optional<Cloud> cloudFromString(const QString &s);
std::optional<AuthMethod> authMethodFromString(const QString &s);

// The accepted words, in the contract's order (for help texts and scenario-file checks).
QStringList sideNames();
QStringList endpointKindNames();
QStringList cloudNames();
QStringList authMethodNames();

} // namespace AuthDoctor
