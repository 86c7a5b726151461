#include "Ntlm.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace AuthDoctor::Sim::Tenant::Ntlm {

namespace {

const QByteArray kSignature("NTLMSSP\0", 8);
constexpr qint64 kEpochDeltaMs = 11644473600000LL; // 1601-01-01 to 1970-01-01

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

void put16(QByteArray &b, quint16 v)
{
    char raw[2];
    qToLittleEndian(v, raw);
    b.append(raw, 2);
}

void put32(QByteArray &b, quint32 v)
{
    char raw[4];
    qToLittleEndian(v, raw);
    b.append(raw, 4);
}

void put64(QByteArray &b, quint64 v)
{
    char raw[8];
    qToLittleEndian(v, raw);
    b.append(raw, 8);
}

// A security buffer (length, max length, offset) at `at`; nullopt when it points outside the message.
std::optional<QByteArray> field(const QByteArray &msg, qsizetype at)
{
    if (msg.size() < at + 8)
        return std::nullopt;
    const quint16 len = u16(msg, at);
    const quint32 offset = u32(msg, at + 4);
    if (len == 0)
        return QByteArray();
    if (offset > quint32(msg.size()) || quint32(msg.size()) - offset < len)
        return std::nullopt;
    return msg.mid(offset, len);
}

QByteArray derLength(qsizetype n)
{
    QByteArray out;
    if (n < 0x80) {
        out.append(char(n));
    } else if (n < 0x100) {
        out.append(char(0x81));
        out.append(char(n));
    } else {
        out.append(char(0x82));
        out.append(char((n >> 8) & 0xff));
        out.append(char(n & 0xff));
    }
    return out;
}

QByteArray der(quint8 tag, const QByteArray &content)
{
    return QByteArray(1, char(tag)) + derLength(content.size()) + content;
}

} // namespace

int messageType(const QByteArray &message)
{
    if (message.size() < 12 || !message.startsWith(kSignature))
        return 0;
    const quint32 type = u32(message, 8);
    return type >= 1 && type <= 3 ? int(type) : 0;
}

quint32 negotiateFlags(const QByteArray &negotiate)
{
    return negotiate.size() >= 16 ? u32(negotiate, 12) : 0;
}

quint64 filetimeFromMs(qint64 msSinceEpoch)
{
    return quint64(msSinceEpoch + kEpochDeltaMs) * 10000ULL;
}

qint64 msFromFiletime(quint64 filetime)
{
    return qint64(filetime / 10000ULL) - kEpochDeltaMs;
}

QByteArray deriveChallenge(const QByteArray &key, quint64 filetime, const QString &host)
{
    QByteArray input("ntlm-server-challenge");
    put64(input, filetime);
    input += host.toLower().toUtf8();
    return QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256).left(8);
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() * 2);
    for (QChar c : s)
        put16(out, c.unicode());
    return out;
}

QString fromUtf16le(const QByteArray &b)
{
    QString out;
    for (qsizetype i = 0; i + 1 < b.size(); i += 2)
        out.append(QChar(u16(b, i)));
    return out;
}

QByteArray encodeAvPairs(const AvPairs &pairs)
{
    QByteArray out;
    for (const auto &p : pairs) {
        put16(out, p.first);
        put16(out, quint16(p.second.size()));
        out += p.second;
    }
    put16(out, MsvAvEOL);
    put16(out, 0);
    return out;
}

AvPairs parseAvPairs(const QByteArray &data)
{
    AvPairs out;
    qsizetype at = 0;
    while (at + 4 <= data.size()) {
        const quint16 id = u16(data, at);
        const quint16 len = u16(data, at + 2);
        if (id == MsvAvEOL || at + 4 + len > data.size())
            break;
        out.append({id, data.mid(at + 4, len)});
        at += 4 + len;
    }
    return out;
}

QByteArray challengeMessage(quint32 clientFlags, const ServerInfo &server, quint64 filetime,
                            const QByteArray &serverChallenge)
{
    const bool unicode = clientFlags & NegotiateUnicode;
    quint32 flags = (unicode ? NegotiateUnicode : NegotiateOem) | RequestTarget | NegotiateNtlm |
                    NegotiateAlwaysSign | TargetTypeDomain | NegotiateExtendedSessionSecurity |
                    NegotiateTargetInfo | NegotiateVersion;
    flags |=
        clientFlags & (NegotiateSign | NegotiateSeal | Negotiate128 | Negotiate56 | NegotiateKeyExchange);
    const QByteArray targetName = unicode ? utf16le(server.netbiosDomain) : server.netbiosDomain.toLatin1();
    QByteArray ts;
    put64(ts, filetime);
    const QByteArray targetInfo = encodeAvPairs({{MsvAvNbDomainName, utf16le(server.netbiosDomain)},
                                                 {MsvAvNbComputerName, utf16le(server.netbiosComputer)},
                                                 {MsvAvDnsDomainName, utf16le(server.dnsDomain)},
                                                 {MsvAvDnsComputerName, utf16le(server.dnsComputer)},
                                                 {MsvAvDnsTreeName, utf16le(server.dnsDomain)},
                                                 {MsvAvTimestamp, ts}});
    constexpr quint32 headerSize = 56;
    QByteArray m = kSignature;
    put32(m, 2);
    put16(m, quint16(targetName.size()));
    put16(m, quint16(targetName.size()));
    put32(m, headerSize);
    put32(m, flags);
    m += serverChallenge.left(8);
    m += QByteArray(8, '\0'); // reserved
    put16(m, quint16(targetInfo.size()));
    put16(m, quint16(targetInfo.size()));
    put32(m, headerSize + quint32(targetName.size()));
    // Version: Windows Server 2019 (10.0.17763), NTLM revision 15.
    m.append(char(10));
    m.append(char(0));
    put16(m, 17763);
    m += QByteArray(3, '\0');
    m.append(char(0x0f));
    m += targetName;
    m += targetInfo;
    return m;
}

Authenticate parseAuthenticate(const QByteArray &message)
{
    Authenticate a;
    if (messageType(message) != 3 || message.size() < 64)
        return a;
    const auto lm = field(message, 12);
    const auto nt = field(message, 20);
    const auto domain = field(message, 28);
    const auto user = field(message, 36);
    const auto ws = field(message, 44);
    if (!lm || !nt || !domain || !user || !ws)
        return a;
    a.flags = u32(message, 60);
    const bool unicode = a.flags & NegotiateUnicode;
    const auto text = [unicode](const QByteArray &b) {
        return unicode ? fromUtf16le(b) : QString::fromLatin1(b);
    };
    a.lmResponse = *lm;
    a.ntResponse = *nt;
    a.domain = text(*domain);
    a.user = text(*user);
    a.workstation = text(*ws);
    a.valid = true;
    return a;
}

Blob parseBlob(const QByteArray &ntResponse)
{
    Blob b;
    // NTProofStr (16) + RespType, HiRespType, Reserved1 (2), Reserved2 (4), TimeStamp (8),
    // ChallengeFromClient (8), Reserved3 (4), AvPairs.
    if (ntResponse.size() < 16 + 28 || ntResponse.at(16) != 1 || ntResponse.at(17) != 1)
        return b;
    b.v2 = true;
    b.timestamp = qFromLittleEndian<quint64>(ntResponse.constData() + 24);
    b.avPairs = parseAvPairs(ntResponse.mid(16 + 28));
    for (const auto &p : b.avPairs) {
        if (p.first == MsvAvTimestamp && p.second.size() == 8)
            b.avTimestamp = qFromLittleEndian<quint64>(p.second.constData());
        if (p.first == MsvAvChannelBindings && p.second.size() == 16 && p.second != QByteArray(16, '\0'))
            b.hasChannelBindings = true;
    }
    return b;
}

QByteArray ntowfv2(const QString &password, const QString &user, const QString &domain)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return QMessageAuthenticationCode::hash(utf16le(user.toUpper() + domain), ntHash,
                                            QCryptographicHash::Md5);
}

QByteArray ntProofStr(const QByteArray &responseKeyNt, const QByteArray &serverChallenge,
                      const QByteArray &blob)
{
    return QMessageAuthenticationCode::hash(serverChallenge + blob, responseKeyNt, QCryptographicHash::Md5);
}

bool verifyV2(const Authenticate &msg, const QString &password, const QByteArray &serverChallenge)
{
    if (!msg.valid || msg.ntResponse.size() <= 24)
        return false; // NTLMv1 (24 bytes) is not accepted
    const QByteArray key = ntowfv2(password, msg.user, msg.domain);
    return ntProofStr(key, serverChallenge, msg.ntResponse.mid(16)) == msg.ntResponse.left(16);
}

QByteArray ntlmFromSpnego(const QByteArray &token)
{
    const qsizetype at = token.indexOf(kSignature);
    return at < 0 ? QByteArray() : token.mid(at);
}

QByteArray spnegoChallenge(const QByteArray &challenge)
{
    static const QByteArray ntlmOid = QByteArray::fromHex("2b06010401823702020a"); // 1.3.6.1.4.1.311.2.2.10
    const QByteArray negState = der(0xa0, der(0x0a, QByteArray(1, char(1))));      // accept-incomplete
    const QByteArray mech = der(0xa1, der(0x06, ntlmOid));
    const QByteArray respToken = der(0xa2, der(0x04, challenge));
    return der(0xa1, der(0x30, negState + mech + respToken));
}

QByteArray spnegoAccepted()
{
    return der(0xa1, der(0x30, der(0xa0, der(0x0a, QByteArray(1, char(0))))));
}

} // namespace AuthDoctor::Sim::Tenant::Ntlm
