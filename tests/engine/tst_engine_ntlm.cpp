// The NTLM messages of the on-prem sign-in check (engine/checks/NtlmMessages): the Type-1 bytes,
// reading a Type-2, and the Type-3 with its NTLMv2 response, against the test vectors of
// MS-NLMP §4.2.4 (User / Domain / Password, server challenge 0123456789abcdef, client challenge
// aa…aa, time 0) and against the simulated server's independent verifier. Also the domain rules of
// Autodiscover (public suffixes, registrable domains; facts §4.5).
#include "engine/Checks.h"
#include "engine/checks/NtlmMessages.h"
#include "sim/SimCertificates.h"
#include "sim/tenant/Ntlm.h"

#include <QCryptographicHash>
#include <QTest>
#include <QtEndian>

using namespace AuthDoctor::Engine;
namespace SimNtlm = AuthDoctor::Sim::Tenant::Ntlm;

namespace {

// MS-NLMP §4.2.4.3, the NTLMv2 CHALLENGE_MESSAGE.
const QByteArray kChallenge = QByteArray::fromHex(
    "4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef00000000000000002400240044000000"
    "060070170000000f53006500720076006500720002000c0044006f006d00610069006e0001000c0053006500720076"
    "006500720000000000");
const QByteArray kTargetInfo =
    QByteArray::fromHex("02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000");
const QByteArray kServerChallenge = QByteArray::fromHex("0123456789abcdef");
const QByteArray kClientChallenge = QByteArray(8, char(0xaa));
// §4.2.4.1.1 NTOWFv2, §4.2.4.2.1 LMv2, §4.2.4.2.2 NTLMv2 response (NTProofStr ‖ temp).
const QByteArray kNtowfv2 = QByteArray::fromHex("0c868a403bfd7a93a3001ef22ef02e3f");
const QByteArray kLmv2 = QByteArray::fromHex("86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa");
const QByteArray kNtlmv2 = QByteArray::fromHex(
    "68cd0ab851e51c96aabc927bebef6a1c01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000"
    "02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000"
    "00000000");

// One security buffer of a message.
QByteArray fieldOf(const QByteArray &m, int at)
{
    const quint16 len = qFromLittleEndian<quint16>(m.constData() + at);
    const quint32 offset = qFromLittleEndian<quint32>(m.constData() + at + 4);
    return m.mid(offset, len);
}

Ntlm::AuthenticateInput vectorInput()
{
    Ntlm::AuthenticateInput in;
    in.identity = {QStringLiteral("User"), QStringLiteral("Domain")};
    in.password = QStringLiteral("Password");
    in.workstation = QStringLiteral("COMPUTER");
    in.clientChallenge = kClientChallenge;
    in.filetime = 0;
    return in;
}

} // namespace

class TestEngineNtlm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void negotiateBytes()
    {
        // facts §2.3: the Type-1 every Windows client sends to /EWS.
        QCOMPARE(Ntlm::negotiateMessage().toBase64(),
                 QByteArray("TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw=="));
    }

    void readChallenge_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("MS-NLMP 4.2.4.3") << kChallenge;
        // Negotiate: the same message inside an SPNEGO NegTokenResp.
        QTest::newRow("inside SPNEGO")
            << (QByteArray::fromHex("a181b73081b4a0030a0101a20c060a2b06010401823702020a"
                                    "a2819e04819b") +
                kChallenge);
    }
    void readChallenge()
    {
        QFETCH(QByteArray, message);
        const Ntlm::Challenge c = Ntlm::parseChallenge(message);
        QVERIFY(c.valid);
        QCOMPARE(c.flags, quint32(0xe28a8233));
        QCOMPARE(c.serverChallenge, kServerChallenge);
        QCOMPARE(c.targetName, QStringLiteral("Server"));
        QCOMPARE(c.nbDomain, QStringLiteral("Domain"));
        QCOMPARE(c.nbComputer, QStringLiteral("Server"));
        QCOMPARE(c.targetInfo, kTargetInfo);
        QVERIFY(!c.timestamp.has_value());
    }

    void readChallengeRefusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("type 1") << Ntlm::negotiateMessage();
        QTest::newRow("cut short") << kChallenge.left(30);
        QTest::newRow("target info outside")
            << (kChallenge.left(40) + QByteArray::fromHex("ffff") + kChallenge.mid(42));
    }
    void readChallengeRefusesGarbage()
    {
        QFETCH(QByteArray, message);
        QVERIFY(!Ntlm::parseChallenge(message).valid);
    }

    void vectors()
    {
        const QByteArray key =
            Ntlm::ntowfv2(QStringLiteral("Password"), QStringLiteral("User"), QStringLiteral("Domain"));
        QCOMPARE(key.toHex(), kNtowfv2.toHex());
        QCOMPARE(Ntlm::lmv2Response(key, kServerChallenge, kClientChallenge).toHex(), kLmv2.toHex());
        QCOMPARE(Ntlm::ntlmv2Response(key, kServerChallenge, kClientChallenge, 0, kTargetInfo).toHex(),
                 kNtlmv2.toHex());
    }

    void authenticateFromKnownChallenge()
    {
        const QByteArray m = Ntlm::authenticateMessage(Ntlm::parseChallenge(kChallenge), vectorInput());
        QVERIFY(m.startsWith(QByteArray("NTLMSSP\0\3\0\0\0", 12)));
        QCOMPARE(fieldOf(m, 12).toHex(), kLmv2.toHex()); // no MsvAvTimestamp: LMv2
        QCOMPARE(fieldOf(m, 20).toHex(), kNtlmv2.toHex());
        QCOMPARE(fieldOf(m, 28), Ntlm::utf16le(QStringLiteral("Domain")));
        QCOMPARE(fieldOf(m, 36), Ntlm::utf16le(QStringLiteral("User")));
        QCOMPARE(fieldOf(m, 44), Ntlm::utf16le(QStringLiteral("COMPUTER")));
        QVERIFY(fieldOf(m, 52).isEmpty()); // no session key exchange
        const quint32 flags = qFromLittleEndian<quint32>(m.constData() + 60);
        QVERIFY(flags & Ntlm::NegotiateUnicode);
        QVERIFY(flags & Ntlm::NegotiateNtlm);
        QVERIFY(!(flags & Ntlm::NegotiateVersion)); // the 64-byte header has no version field
        QCOMPARE(qFromLittleEndian<quint32>(m.constData() + 28 + 4), quint32(64)); // payload follows
    }

    // The simulated Exchange verifies NTLMv2 independently; its challenge carries MsvAvTimestamp.
    void simulatedServerAccepts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("verifyWith");
        QTest::addColumn<bool>("binding");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("upn") << "admin@fabrikam.com"
                             << "Fabrikam-Admin-2026!"
                             << "Fabrikam-Admin-2026!" << false << true;
        QTest::newRow("domain\\user") << "FABRIKAM\\admin"
                                      << "Fabrikam-Admin-2026!"
                                      << "Fabrikam-Admin-2026!" << false << true;
        QTest::newRow("with channel binding") << "admin@fabrikam.com"
                                              << "Fabrikam-Admin-2026!"
                                              << "Fabrikam-Admin-2026!" << true << true;
        QTest::newRow("wrong password") << "admin@fabrikam.com"
                                        << "Fabrikam-Admin-2025!"
                                        << "Fabrikam-Admin-2026!" << false << false;
    }
    void simulatedServerAccepts()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        QFETCH(QString, verifyWith);
        QFETCH(bool, binding);
        QFETCH(bool, accepted);
        const quint64 now = SimNtlm::filetimeFromMs(1767225600000);
        const QByteArray serverChallenge = QByteArray::fromHex("1122334455667788");
        const QByteArray type2 =
            SimNtlm::challengeMessage(SimNtlm::negotiateFlags(Ntlm::negotiateMessage()),
                                      {QStringLiteral("FABRIKAM"), QStringLiteral("EXCH01"),
                                       QStringLiteral("fabrikam.com"), QStringLiteral("EXCH01.fabrikam.com")},
                                      now, serverChallenge);
        const Ntlm::Challenge c = Ntlm::parseChallenge(type2);
        QVERIFY(c.valid);
        QCOMPARE(c.timestamp.value_or(0), now);
        QCOMPARE(c.nbDomain, QStringLiteral("FABRIKAM"));
        Ntlm::AuthenticateInput in;
        in.identity = Ntlm::splitLogin(login);
        in.password = password;
        in.clientChallenge = QByteArray::fromHex("0102030405060708");
        if (binding)
            in.channelBinding =
                Ntlm::tlsServerEndPointBinding(AuthDoctor::Sim::SimCertificates::embedded().ca());
        const QByteArray type3 = Ntlm::authenticateMessage(c, in);
        const SimNtlm::Authenticate parsed = SimNtlm::parseAuthenticate(type3);
        QVERIFY(parsed.valid);
        QCOMPARE(parsed.user, in.identity.user);
        QCOMPARE(parsed.domain, in.identity.domain);
        QCOMPARE(parsed.lmResponse, QByteArray(24, '\0')); // a server timestamp: Z(24)
        const SimNtlm::Blob blob = SimNtlm::parseBlob(parsed.ntResponse);
        QVERIFY(blob.v2);
        QCOMPARE(blob.timestamp, now);
        QCOMPARE(blob.hasChannelBindings, binding);
        QCOMPARE(SimNtlm::verifyV2(parsed, verifyWith, serverChallenge), accepted);
    }

    // RFC 5929 tls-server-end-point inside gss_channel_bindings_struct, hashed with MD5 (MS-NLMP
    // MsvAvChannelBindings).
    void channelBinding()
    {
        const QSslCertificate cert = AuthDoctor::Sim::SimCertificates::embedded().ca();
        QVERIFY(!cert.isNull());
        const QByteArray appData =
            "tls-server-end-point:" + QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256);
        QByteArray s(16, '\0');
        char len[4];
        qToLittleEndian(quint32(appData.size()), len);
        s.append(len, 4);
        s += appData;
        const QByteArray expected = QCryptographicHash::hash(s, QCryptographicHash::Md5);
        QCOMPARE(Ntlm::tlsServerEndPointBinding(cert).toHex(), expected.toHex());
        // Added before MsvAvEOL, once.
        const QByteArray info = Ntlm::withChannelBindings(kTargetInfo, expected);
        QCOMPARE(info, kTargetInfo.left(kTargetInfo.size() - 4) + QByteArray::fromHex("0a001000") + expected +
                           QByteArray(4, '\0'));
        QCOMPARE(Ntlm::withChannelBindings(info, expected), info);
    }

    void splitLogin_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("domain");
        QTest::newRow("upn") << "admin@fabrikam.com"
                             << "admin@fabrikam.com"
                             << "";
        QTest::newRow("down-level") << "FABRIKAM\\admin"
                                    << "admin"
                                    << "FABRIKAM";
        QTest::newRow("bare") << "admin"
                              << "admin"
                              << "";
    }
    void splitLogin()
    {
        QFETCH(QString, login);
        QFETCH(QString, user);
        QFETCH(QString, domain);
        const Ntlm::Identity id = Ntlm::splitLogin(login);
        QCOMPARE(id.user, user);
        QCOMPARE(id.domain, domain);
    }

    void autodiscoverDomains_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("publicSuffix");
        QTest::addColumn<QString>("registrable");
        QTest::newRow("com") << "com" << true << "com";
        QTest::newRow("co.uk") << "co.uk" << true << "co.uk";
        QTest::newRow("fabrikam.com") << "fabrikam.com" << false << "fabrikam.com";
        QTest::newRow("autodiscover host") << "autodiscover.fabrikam.com" << false << "fabrikam.com";
        QTest::newRow("under co.uk") << "mail.fabrikam.co.uk" << false << "fabrikam.co.uk";
        QTest::newRow("other domain") << "autodiscover.fabrikam-mail.net" << false << "fabrikam-mail.net";
    }
    void autodiscoverDomains()
    {
        QFETCH(QString, host);
        QFETCH(bool, publicSuffix);
        QFETCH(QString, registrable);
        QCOMPARE(Checks::isPublicSuffix(host), publicSuffix);
        QCOMPARE(Checks::registrableDomain(host), registrable);
    }

    // Credentials go only to the user's exact domain candidates and an EWS host in that domain.
    void credentialHosts()
    {
        Inputs in;
        in.endpoint = AuthDoctor::EndpointKind::ExchangeServer;
        in.user = QStringLiteral("admin@fabrikam.com");
        QCOMPARE(Checks::autodiscoverCredentialHosts(in),
                 QStringList({QStringLiteral("fabrikam.com"), QStringLiteral("autodiscover.fabrikam.com")}));
        QCOMPARE(Checks::discoveredEwsHost(in, QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx")),
                 QStringLiteral("mail.fabrikam.com"));
        QVERIFY(Checks::discoveredEwsHost(in, QStringLiteral("http://mail.fabrikam.com/EWS/Exchange.asmx"))
                    .isEmpty());
        QVERIFY(
            Checks::discoveredEwsHost(in, QStringLiteral("https://mail.fabrikam-mail.net/EWS/Exchange.asmx"))
                .isEmpty());
        in.user = QStringLiteral("someone@co.uk");
        QVERIFY(Checks::autodiscoverCredentialHosts(in).isEmpty());
        in.user = QStringLiteral("admin@fabrikam.com");
        in.ewsUrl = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
        QVERIFY(Checks::autodiscoverCredentialHosts(in).isEmpty()); // the EWS URL is given
    }
};

QTEST_GUILESS_MAIN(TestEngineNtlm)
#include "tst_engine_ntlm.moc"
