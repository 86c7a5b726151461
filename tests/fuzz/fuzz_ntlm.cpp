// Fuzz harness: NTLM message decoding of the simulated on-prem Exchange (sim/tenant/Ntlm.h):
// message type and flags, AUTHENTICATE_MESSAGE and its NTLMv2 blob, AV pairs, SPNEGO unwrapping,
// NTLMv2 verification, and a CHALLENGE_MESSAGE answering the client's flags.
//
// Input: an Authorization header value ("NTLM TlRMTVNTUAAB…", "Negotiate YII…"), a bare base64
// token, or raw message bytes (whatever does not decode as base64 is used as it is).
// Invariants: AV pairs survive encode → parse; a parsed AUTHENTICATE_MESSAGE's fields lie inside the
// message; a challenge is a type-2 message whose target info carries the timestamp it was given.

#include "FuzzSupport.h"

#include "sim/tenant/Ntlm.h"

#include <QtEndian>

using namespace AuthDoctor::Sim::Tenant;

namespace {

QByteArray decodeToken(const QByteArray &input)
{
    QByteArray text = input.trimmed();
    if (const qsizetype space = text.indexOf(' '); space > 0 && space < 16)
        text = text.mid(space + 1).trimmed(); // "NTLM <base64>", "Negotiate <base64>"
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && !text.isEmpty() ? decoded.decoded : input;
}

void checkMessage(const QByteArray &message)
{
    const int type = Ntlm::messageType(message);
    FUZZ_CHECK(type >= 0 && type <= 3);
    const quint32 flags = Ntlm::negotiateFlags(message);

    const Ntlm::Authenticate a = Ntlm::parseAuthenticate(message);
    if (a.valid) {
        FUZZ_CHECK(type == 3);
        FUZZ_CHECK(a.lmResponse.size() <= message.size() && a.ntResponse.size() <= message.size());
        FUZZ_CHECK(a.user.size() <= message.size() && a.domain.size() <= message.size());
        const Ntlm::Blob blob = Ntlm::parseBlob(a.ntResponse);
        if (blob.v2)
            FUZZ_CHECK(a.ntResponse.size() >= 44);
        (void)Ntlm::verifyV2(a, QStringLiteral("Pa$$w0rd-2026"),
                             QByteArray("\x01\x23\x45\x67\x89\xab\xcd\xef", 8));
        const quint64 filetime = blob.avTimestamp.value_or(blob.timestamp);
        (void)Ntlm::deriveChallenge(QByteArray(32, 'k'), filetime, QStringLiteral("mail.fabrikam.com"));
        // The product turns the client's timestamp back into a time.
        const qint64 ms = Ntlm::msFromFiletime(filetime);
        FUZZ_CHECK(Ntlm::filetimeFromMs(ms) == filetime - filetime % 10000);
    }

    // AV pairs from anywhere in the message: parse → encode → parse is stable.
    for (qsizetype from : {qsizetype(0), qsizetype(44), qsizetype(48)}) {
        const Ntlm::AvPairs pairs = Ntlm::parseAvPairs(message.mid(from));
        for (const auto &p : pairs)
            FUZZ_CHECK(p.first != Ntlm::MsvAvEOL && p.second.size() <= 0xffff);
        FUZZ_CHECK(Ntlm::parseAvPairs(Ntlm::encodeAvPairs(pairs)) == pairs);
    }
    (void)Ntlm::fromUtf16le(message);

    // The server's answer to these flags.
    const quint64 filetime = message.size() >= 8 ? qFromLittleEndian<quint64>(message.constData()) : 0;
    const Ntlm::ServerInfo server{QStringLiteral("FABRIKAM"), QStringLiteral("EXCH01"),
                                  QStringLiteral("fabrikam.com"), QStringLiteral("EXCH01.fabrikam.com")};
    const QByteArray challenge =
        Ntlm::challengeMessage(flags, server, filetime, QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08", 8));
    FUZZ_CHECK(Ntlm::messageType(challenge) == 2);
    FUZZ_CHECK(challenge.size() >= 48);
    const quint16 infoLength = qFromLittleEndian<quint16>(challenge.constData() + 40);
    const quint32 infoOffset = qFromLittleEndian<quint32>(challenge.constData() + 44);
    FUZZ_CHECK(quint64(infoOffset) + infoLength <= quint64(challenge.size()));
    bool timestampFound = false;
    for (const auto &p : Ntlm::parseAvPairs(challenge.mid(infoOffset, infoLength)))
        if (p.first == Ntlm::MsvAvTimestamp)
            timestampFound =
                p.second.size() == 8 && qFromLittleEndian<quint64>(p.second.constData()) == filetime;
    FUZZ_CHECK(timestampFound);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray token = decodeToken(input);
    checkMessage(token);
    // SPNEGO: the NTLM message inside a NegTokenInit/Resp.
    const QByteArray inner = Ntlm::ntlmFromSpnego(token);
    if (!inner.isEmpty() && inner != token)
        checkMessage(inner);
    if (token != input)
        checkMessage(input);
    return 0;
}
