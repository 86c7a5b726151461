#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <optional>

// The NTLM messages a client sends and reads (MS-NLMP), as pure functions: the Type-1 NEGOTIATE,
// reading the server's Type-2 CHALLENGE, and the Type-3 AUTHENTICATE with an NTLMv2 response,
// optionally carrying a TLS channel binding (MsvAvChannelBindings, RFC 5929
// "tls-server-end-point"). Qt's own NTLM code never sends a channel binding (facts §2.3), so the
// diagnosis builds its messages here to tell Extended Protection from a wrong password.
namespace AuthDoctor::Engine::Ntlm {

enum Flag : quint32
{
    NegotiateUnicode = 0x00000001,
    NegotiateOem = 0x00000002,
    RequestTarget = 0x00000004,
    NegotiateNtlm = 0x00000200,
    NegotiateAlwaysSign = 0x00008000,
    NegotiateExtendedSessionSecurity = 0x00080000,
    NegotiateTargetInfo = 0x00800000,
    NegotiateVersion = 0x02000000,
    Negotiate128 = 0x20000000,
    Negotiate56 = 0x80000000,
};

enum AvId : quint16
{
    MsvAvEOL = 0,
    MsvAvNbComputerName = 1,
    MsvAvNbDomainName = 2,
    MsvAvDnsComputerName = 3,
    MsvAvDnsDomainName = 4,
    MsvAvTimestamp = 7,
    MsvAvChannelBindings = 10,
};

// The NEGOTIATE message every Windows client sends (facts §2.3: the base64 form
// "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==").
QByteArray negotiateMessage();

struct Challenge
{
    bool valid = false;
    quint32 flags = 0;
    QByteArray serverChallenge; // 8 bytes
    QByteArray targetInfo;      // the AV pairs as sent (with their MsvAvEOL)
    QString targetName;
    QString nbDomain, nbComputer, dnsDomain, dnsComputer; // from the target info
    std::optional<quint64> timestamp;                     // MsvAvTimestamp (FILETIME)
};
// A CHALLENGE message; also finds one wrapped in an SPNEGO token (Negotiate).
Challenge parseChallenge(const QByteArray &message);

// The name and domain an NTLM message carries: "DOMAIN\user" is split; "user@domain" stays whole
// with an empty domain (as Windows and Qt do).
struct Identity
{
    QString user;
    QString domain;
};
Identity splitLogin(const QString &login);

QByteArray utf16le(const QString &s);
QByteArray ntowfv2(const QString &password, const QString &user, const QString &domain);
// LMv2: HMAC-MD5(key, server ‖ client challenge) ‖ client challenge (24 bytes).
QByteArray lmv2Response(const QByteArray &responseKey, const QByteArray &serverChallenge,
                        const QByteArray &clientChallenge);
// NTLMv2: NTProofStr (16 bytes) ‖ temp, temp = 0x0101, reserved, time, client challenge, reserved,
// AV pairs, 4 zero bytes.
QByteArray ntlmv2Response(const QByteArray &responseKey, const QByteArray &serverChallenge,
                          const QByteArray &clientChallenge, quint64 filetime, const QByteArray &avPairs);

// The target info of the challenge with MsvAvChannelBindings added before MsvAvEOL.
QByteArray withChannelBindings(const QByteArray &targetInfo, const QByteArray &bindingHash);
// MD5 of gss_channel_bindings_struct carrying "tls-server-end-point:" + the certificate's hash
// (SHA-256, or the certificate's own signature hash when that is SHA-384/512; RFC 5929 §4.1).
QByteArray tlsServerEndPointBinding(const QSslCertificate &certificate);

struct AuthenticateInput
{
    Identity identity;
    QString password;
    QString workstation;
    QByteArray clientChallenge; // 8 random bytes
    quint64 filetime = 0;       // used when the challenge carries no MsvAvTimestamp
    QByteArray channelBinding;  // 16 bytes, or empty for none (as Qt and most tools send)
};
// The AUTHENTICATE message (64-byte header, no MIC, no version).
QByteArray authenticateMessage(const Challenge &challenge, const AuthenticateInput &in);

quint64 filetimeFromMs(qint64 msSinceEpoch);

} // namespace AuthDoctor::Engine::Ntlm
