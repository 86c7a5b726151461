#include "NtlmMessages.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace AuthDoctor::Engine::Ntlm {

namespace {

const QByteArray kSignature("NTLMSSP\0", 8);
constexpr qint64 kEpochDeltaMs = 11644473600000LL; // 1601-01-01 to 1970-01-01
constexpr quint32 kAuthenticateHeader = 64;

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

QString fromUtf16le(const QByteArray &b)
{
    QString out;
    for (qsizetype i = 0; i + 1 < b.size(); i += 2)
        out.append(QChar(u16(b, i)));
    return out;
}

// A security buffer (length, max length, offset) at `at`; nullopt when it points outside.
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

QByteArray hmacMd5(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Md5);
}

// One DER element at `at`: tag, the content's start and length; false when malformed.
bool derElement(const QByteArray &d, qsizetype at, quint8 *tag, qsizetype *start, qsizetype *len)
{
    if (at + 2 > d.size())
        return false;
    *tag = quint8(d.at(at));
    quint8 first = quint8(d.at(at + 1));
    qsizetype pos = at + 2;
    qsizetype length = 0;
    if (first < 0x80) {
        length = first;
    } else {
        const int n = first & 0x7f;
        if (n == 0 || n > 4 || pos + n > d.size())
            return false;
        for (int i = 0; i < n; ++i)
            length = (length << 8) | quint8(d.at(pos + i));
        pos += n;
    }
    if (pos + length > d.size())
        return false;
    *start = pos;
    *len = length;
    return true;
}

// The hash RFC 5929 §4.1 asks for: the certificate's signature hash, SHA-256 for MD5 and SHA-1.
QCryptographicHash::Algorithm endPointHash(const QByteArray &der)
{
    quint8 tag = 0;
    qsizetype start = 0, len = 0;
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE, signatureAlgorithm SEQUENCE { OID, … }, … }
    if (!derElement(der, 0, &tag, &start, &len) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype tbsStart = 0, tbsLen = 0;
    if (!derElement(der, start, &tag, &tbsStart, &tbsLen) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype algStart = 0, algLen = 0;
    if (!derElement(der, tbsStart + tbsLen, &tag, &algStart, &algLen) || tag != 0x30)
        return QCryptographicHash::Sha256;
    qsizetype oidStart = 0, oidLen = 0;
    if (!derElement(der, algStart, &tag, &oidStart, &oidLen) || tag != 0x06)
        return QCryptographicHash::Sha256;
    const QByteArray oid = der.mid(oidStart, oidLen);
    static const QByteArray rsa = QByteArray::fromHex("2a864886f70d0101"); // 1.2.840.113549.1.1.x
    static const QByteArray ecdsa = QByteArray::fromHex("2a8648ce3d0403"); // 1.2.840.10045.4.3.x
    if (oid.size() == rsa.size() + 1 && oid.startsWith(rsa)) {
        if (oid.back() == 0x0c)
            return QCryptographicHash::Sha384;
        if (oid.back() == 0x0d)
            return QCryptographicHash::Sha512;
    }
    if (oid.size() == ecdsa.size() + 1 && oid.startsWith(ecdsa)) {
        if (oid.back() == 0x03)
            return QCryptographicHash::Sha384;
        if (oid.back() == 0x04)
            return QCryptographicHash::Sha512;
    }
    return QCryptographicHash::Sha256;
}

} // namespace

QByteArray negotiateMessage()
{
    QByteArray m = kSignature;
    put32(m, 1);
    put32(m, NegotiateUnicode | NegotiateOem | RequestTarget | NegotiateNtlm | NegotiateAlwaysSign |
                 NegotiateExtendedSessionSecurity | NegotiateVersion | Negotiate128 | Negotiate56);
    m += QByteArray(16, '\0'); // no domain, no workstation
    // Version 6.1 build 7601, NTLM revision 15 (what Windows clients send; informational only).
    m.append(char(6));
    m.append(char(1));
    put16(m, 7601);
    m += QByteArray(3, '\0');
    m.append(char(0x0f));
    return m;
}

Challenge parseChallenge(const QByteArray &input)
{
    Challenge c;
    const qsizetype at = input.indexOf(kSignature);
    if (at < 0)
        return c;
    const QByteArray m = input.mid(at);
    if (m.size() < 32 || u32(m, 8) != 2)
        return c;
    c.flags = u32(m, 20);
    c.serverChallenge = m.mid(24, 8);
    const auto name = field(m, 12);
    if (!name)
        return c;
    const bool unicode = c.flags & NegotiateUnicode;
    c.targetName = unicode ? fromUtf16le(*name) : QString::fromLatin1(*name);
    if (m.size() >= 48) {
        const auto info = field(m, 40);
        if (!info)
            return c;
        c.targetInfo = *info;
    }
    qsizetype pos = 0;
    while (pos + 4 <= c.targetInfo.size()) {
        const quint16 id = u16(c.targetInfo, pos);
        const quint16 len = u16(c.targetInfo, pos + 2);
        if (id == MsvAvEOL || pos + 4 + len > c.targetInfo.size())
            break;
        const QByteArray v = c.targetInfo.mid(pos + 4, len);
        switch (id) {
        case MsvAvNbComputerName:
            c.nbComputer = fromUtf16le(v);
            break;
        case MsvAvNbDomainName:
            c.nbDomain = fromUtf16le(v);
            break;
        case MsvAvDnsComputerName:
            c.dnsComputer = fromUtf16le(v);
            break;
        case MsvAvDnsDomainName:
            c.dnsDomain = fromUtf16le(v);
            break;
        case MsvAvTimestamp:
            if (v.size() == 8)
                c.timestamp = qFromLittleEndian<quint64>(v.constData());
            break;
        default:
            break;
        }
        pos += 4 + len;
    }
    c.valid = c.serverChallenge.size() == 8;
    return c;
}

Identity splitLogin(const QString &login)
{
    const qsizetype slash = login.indexOf(QLatin1Char('\\'));
    if (slash > 0)
        return {login.mid(slash + 1), login.left(slash)};
    return {login, QString()};
}

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() * 2);
    for (QChar ch : s)
        put16(out, ch.unicode());
    return out;
}

QByteArray ntowfv2(const QString &password, const QString &user, const QString &domain)
{
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    return hmacMd5(ntHash, utf16le(user.toUpper() + domain));
}

QByteArray lmv2Response(const QByteArray &responseKey, const QByteArray &serverChallenge,
                        const QByteArray &clientChallenge)
{
    return hmacMd5(responseKey, serverChallenge + clientChallenge) + clientChallenge;
}

QByteArray ntlmv2Response(const QByteArray &responseKey, const QByteArray &serverChallenge,
                          const QByteArray &clientChallenge, quint64 filetime, const QByteArray &avPairs)
{
    QByteArray temp;
    temp.append(char(1)); // RespType
    temp.append(char(1)); // HiRespType
    temp += QByteArray(6, '\0');
    put64(temp, filetime);
    temp += clientChallenge;
    temp += QByteArray(4, '\0');
    temp += avPairs;
    temp += QByteArray(4, '\0');
    return hmacMd5(responseKey, serverChallenge + temp) + temp;
}

QByteArray withChannelBindings(const QByteArray &targetInfo, const QByteArray &bindingHash)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos + 4 <= targetInfo.size()) {
        const quint16 id = u16(targetInfo, pos);
        const quint16 len = u16(targetInfo, pos + 2);
        if (id == MsvAvEOL || pos + 4 + len > targetInfo.size())
            break;
        if (id != MsvAvChannelBindings)
            out += targetInfo.mid(pos, 4 + len);
        pos += 4 + len;
    }
    put16(out, MsvAvChannelBindings);
    put16(out, quint16(bindingHash.size()));
    out += bindingHash;
    put16(out, MsvAvEOL);
    put16(out, 0);
    return out;
}

QByteArray tlsServerEndPointBinding(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const QByteArray appData =
        QByteArrayLiteral("tls-server-end-point:") + QCryptographicHash::hash(der, endPointHash(der));
    // gss_channel_bindings_struct: initiator and acceptor address types and addresses (all empty),
    // then the application data, each length as 32-bit little endian.
    QByteArray s(16, '\0');
    put32(s, quint32(appData.size()));
    s += appData;
    return QCryptographicHash::hash(s, QCryptographicHash::Md5);
}

QByteArray authenticateMessage(const Challenge &c, const AuthenticateInput &in)
{
    const bool unicode = c.flags & NegotiateUnicode;
    const auto text = [unicode](const QString &s) { return unicode ? utf16le(s) : s.toLatin1(); };
    const QByteArray key = ntowfv2(in.password, in.identity.user, in.identity.domain);
    const quint64 time = c.timestamp.value_or(in.filetime);
    const QByteArray avPairs =
        in.channelBinding.isEmpty() ? c.targetInfo : withChannelBindings(c.targetInfo, in.channelBinding);
    const QByteArray nt = ntlmv2Response(key, c.serverChallenge, in.clientChallenge, time, avPairs);
    // With a server timestamp the LM response is Z(24) (MS-NLMP 3.1.5.1.2).
    const QByteArray lm =
        c.timestamp ? QByteArray(24, '\0') : lmv2Response(key, c.serverChallenge, in.clientChallenge);
    const QByteArray domain = text(in.identity.domain);
    const QByteArray user = text(in.identity.user);
    const QByteArray ws = text(in.workstation);

    quint32 flags =
        c.flags & (NegotiateUnicode | NegotiateNtlm | NegotiateAlwaysSign | NegotiateExtendedSessionSecurity |
                   NegotiateTargetInfo | Negotiate128 | Negotiate56);
    flags |= RequestTarget | (unicode ? 0u : quint32(NegotiateOem));

    QByteArray m = kSignature;
    put32(m, 3);
    quint32 offset = kAuthenticateHeader;
    const auto buffer = [&m, &offset](const QByteArray &b) {
        put16(m, quint16(b.size()));
        put16(m, quint16(b.size()));
        put32(m, offset);
        offset += quint32(b.size());
    };
    // Payload order: domain, user, workstation, LM, NT (as Windows lays it out).
    const quint32 base = kAuthenticateHeader;
    const quint32 lmAt = base + quint32(domain.size() + user.size() + ws.size());
    offset = lmAt;
    buffer(lm);
    buffer(nt);
    offset = base;
    buffer(domain);
    buffer(user);
    buffer(ws);
    offset = lmAt + quint32(lm.size() + nt.size());
    buffer(QByteArray()); // EncryptedRandomSessionKey: none
    put32(m, flags);
    m += domain + user + ws + lm + nt;
    return m;
}

quint64 filetimeFromMs(qint64 msSinceEpoch)
{
    return quint64(msSinceEpoch + kEpochDeltaMs) * 10000ULL;
}

} // namespace AuthDoctor::Engine::Ntlm
