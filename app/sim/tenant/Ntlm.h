#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// The server side of NTLM (MS-NLMP) for the simulated on-prem Exchange: a real
// CHALLENGE_MESSAGE for a NEGOTIATE_MESSAGE, and verification of an NTLMv2
// AUTHENTICATE_MESSAGE against the account's password (NTOWFv2 with MD4 and
// HMAC-MD5). Stateless: the server challenge is derived from the model's key
// and the MsvAvTimestamp the client copies back from the challenge's target info.
namespace AuthDoctor::Sim::Tenant::Ntlm {

enum AvId : quint16
{
    MsvAvEOL = 0,
    MsvAvNbComputerName = 1,
    MsvAvNbDomainName = 2,
    MsvAvDnsComputerName = 3,
    MsvAvDnsDomainName = 4,
    MsvAvDnsTreeName = 5,
    MsvAvFlags = 6,
    MsvAvTimestamp = 7,
    MsvAvSingleHost = 8,
    MsvAvTargetName = 9,
    MsvAvChannelBindings = 10,
};

enum Flag : quint32
{
    NegotiateUnicode = 0x00000001,
    NegotiateOem = 0x00000002,
    RequestTarget = 0x00000004,
    NegotiateSign = 0x00000010,
    NegotiateSeal = 0x00000020,
    NegotiateNtlm = 0x00000200,
    NegotiateAlwaysSign = 0x00008000,
    TargetTypeDomain = 0x00010000,
    NegotiateExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    NegotiateVersion = 0x02000000,
    Negotiate128 = 0x20000000,
    NegotiateKeyExchange = 0x40000000,
    Negotiate56 = 0x80000000,
};

using AvPairs = QList<QPair<quint16, QByteArray>>;

// 1, 2 or 3 for a message with the NTLMSSP signature; 0 otherwise.
int messageType(const QByteArray &message);
quint32 negotiateFlags(const QByteArray &negotiate); // flags of a type-1 message

struct ServerInfo
{
    QString netbiosDomain;   // FABRIKAM
    QString netbiosComputer; // EXCH01
    QString dnsDomain;       // fabrikam.com
    QString dnsComputer;     // EXCH01.fabrikam.com
};

quint64 filetimeFromMs(qint64 msSinceEpoch);
qint64 msFromFiletime(quint64 filetime);
QByteArray deriveChallenge(const QByteArray &key, quint64 filetime, const QString &host);
QByteArray challengeMessage(quint32 clientFlags, const ServerInfo &server, quint64 filetime,
                            const QByteArray &serverChallenge);

struct Authenticate
{
    bool valid = false;
    quint32 flags = 0;
    QString domain;
    QString user;
    QString workstation;
    QByteArray lmResponse;
    QByteArray ntResponse;
};
Authenticate parseAuthenticate(const QByteArray &message);

// The NTLMv2 blob of an NT response (bytes 16…): its AV pairs.
struct Blob
{
    bool v2 = false;
    quint64 timestamp = 0; // the blob's own TimeStamp field
    AvPairs avPairs;
    std::optional<quint64> avTimestamp; // MsvAvTimestamp copied from the challenge
    bool hasChannelBindings = false;    // MsvAvChannelBindings present and not all zero
};
Blob parseBlob(const QByteArray &ntResponse);

AvPairs parseAvPairs(const QByteArray &data);
QByteArray encodeAvPairs(const AvPairs &pairs);
QByteArray utf16le(const QString &s);
QString fromUtf16le(const QByteArray &b);

QByteArray ntowfv2(const QString &password, const QString &user, const QString &domain);
QByteArray ntProofStr(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                      const QByteArray &blob);
bool verifyV2(const Authenticate &msg, const QString &password, const QByteArray &serverChallenge);

// SPNEGO (RFC 4178) around NTLM: the NTLM message inside a NegTokenInit/Resp
// (empty if none, e.g. Kerberos), and the server's NegTokenResp answers.
QByteArray ntlmFromSpnego(const QByteArray &token);
QByteArray spnegoChallenge(const QByteArray &challenge);
QByteArray spnegoAccepted();

} // namespace AuthDoctor::Sim::Tenant::Ntlm
