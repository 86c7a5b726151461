// The simulator's committed certificates (resources/simulator/README.md): what every TLS stack
// (OpenSSL, Schannel, Apple's) asks of a server certificate, the staggered leaves covering
// 2025–2045 without a gap, the choice of the leaf valid at connection time, and the bad ones.
#include "core/Clouds.h"
#include "sim/SimCertificates.h"
#include "sim/SimulatorServer.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace AuthDoctor;
using namespace AuthDoctor::Sim;

namespace {

constexpr qint64 kMaxLeafSeconds = 825LL * 24 * 3600; // Apple: 825 days or fewer

const QDateTime kCoverFrom(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kCoverUntil(QDate(2045, 12, 31), QTime(23, 59, 59), Qt::UTC);

// --- a minimal DER reader: enough to find the signature algorithm and the extensions -------------
struct Tlv
{
    quint8 tag = 0;
    qsizetype start = 0; // of the content
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

std::optional<Tlv> readTlv(const QByteArray &der, qsizetype pos)
{
    if (pos + 2 > der.size())
        return std::nullopt;
    Tlv t;
    t.tag = quint8(der.at(pos));
    quint8 first = quint8(der.at(pos + 1));
    pos += 2;
    if (first < 0x80) {
        t.length = first;
    } else {
        const int n = first & 0x7f;
        if (n == 0 || n > 4 || pos + n > der.size())
            return std::nullopt;
        for (int i = 0; i < n; ++i)
            t.length = (t.length << 8) | quint8(der.at(pos + i));
        pos += n;
    }
    t.start = pos;
    if (t.end() > der.size())
        return std::nullopt;
    return t;
}

// The children of a constructed TLV.
QList<Tlv> derChildren(const QByteArray &der, const Tlv &parent)
{
    QList<Tlv> out;
    for (qsizetype pos = parent.start; pos < parent.end();) {
        const auto t = readTlv(der, pos);
        if (!t)
            return {};
        out << *t;
        pos = t->end();
    }
    return out;
}

QByteArray content(const QByteArray &der, const Tlv &t)
{
    return der.mid(t.start, t.length);
}

// DER contents of the OBJECT IDENTIFIERs used here.
const QByteArray kSha256WithRsa = QByteArray::fromHex("2a864886f70d01010b"); // 1.2.840.113549.1.1.11
const QByteArray kExtKeyUsage = QByteArray::fromHex("551d25");               // 2.5.29.37
const QByteArray kServerAuth = QByteArray::fromHex("2b06010505070301");      // 1.3.6.1.5.5.7.3.1

// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }
QByteArray signatureAlgorithmOid(const QByteArray &der)
{
    const auto cert = readTlv(der, 0);
    if (!cert)
        return {};
    const QList<Tlv> parts = derChildren(der, *cert);
    if (parts.size() != 3)
        return {};
    const QList<Tlv> alg = derChildren(der, parts.at(1));
    return alg.isEmpty() || alg.first().tag != 0x06 ? QByteArray() : content(der, alg.first());
}

// The key purposes of the extendedKeyUsage extension (each an OID's DER content).
QList<QByteArray> extendedKeyUsages(const QByteArray &der)
{
    const auto cert = readTlv(der, 0);
    if (!cert)
        return {};
    const QList<Tlv> parts = derChildren(der, *cert);
    if (parts.isEmpty())
        return {};
    for (const Tlv &field : derChildren(der, parts.first())) {
        if (field.tag != 0xa3) // extensions [3] EXPLICIT
            continue;
        const QList<Tlv> wrapper = derChildren(der, field);
        if (wrapper.isEmpty())
            return {};
        for (const Tlv &ext : derChildren(der, wrapper.first())) {
            const QList<Tlv> e = derChildren(der, ext); // extnID, critical?, extnValue
            if (e.size() < 2 || content(der, e.first()) != kExtKeyUsage)
                continue;
            const QByteArray value = content(der, e.last()); // OCTET STRING holding the SEQUENCE
            const auto seq = readTlv(value, 0);
            if (!seq)
                return {};
            QList<QByteArray> out;
            for (const Tlv &oid : derChildren(value, *seq))
                out << content(value, oid);
            return out;
        }
    }
    return {};
}

// RFC 6125 §6.4: exact match, or "*." + the host's parent when the host has one label more.
bool nameMatches(const QString &pattern, const QString &host)
{
    const QString p = pattern.toLower();
    const QString h = host.toLower();
    if (!p.startsWith(QLatin1String("*.")))
        return p == h;
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    return dot > 0 && h.mid(dot + 1) == p.mid(2);
}

bool sanCovers(const QSslCertificate &c, const QString &host)
{
    const QStringList names = c.subjectAlternativeNames().values(QSsl::DnsEntry);
    return std::any_of(names.begin(), names.end(), [&](const QString &n) { return nameMatches(n, host); });
}

// Every host the simulator must serve with the good certificate.
QStringList requiredHosts()
{
    QStringList hosts = Clouds::allServiceHosts();
    for (const QString &suffix : Clouds::sharePointSuffixes())
        hosts << QStringLiteral("contoso.") + suffix << QStringLiteral("contoso-my.") + suffix;
    hosts << QStringLiteral("contoso.com") << QStringLiteral("autodiscover.contoso.com")
          << QStringLiteral("mail.contoso.com") << QStringLiteral("fabrikam.com")
          << QStringLiteral("mail.fabrikam.com") << QStringLiteral("contoso.onmicrosoft.com")
          << QStringLiteral("localhost");
    return hosts;
}

QSet<QString> sanSet(const QSslCertificate &c)
{
    QSet<QString> out;
    const auto names = c.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::number(int(it.key())) + QLatin1Char(':') + it.value().toLower());
    return out;
}

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

class TestSimCerts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filesAreEmbedded();
    void ca();
    void everyCertificate_data();
    void everyCertificate();
    void leafLifetime_data();
    void leafLifetime();
    void sanCoversEveryHost_data();
    void sanCoversEveryHost();
    void sameNamesEverywhere();
    void wrongNameCoversNone();
    void coverageWithoutGap_data();
    void coverageWithoutGap();
    void picker_data();
    void picker();
    void pickerOutsideTheRange();
    void expiredAtAnyDate_data();
    void expiredAtAnyDate();
    void selfSigned();
    void serverUsesItsClock_data();
    void serverUsesItsClock();
};

void TestSimCerts::initTestCase()
{
    QVERIFY(SimCertificates::embedded().isValid());
}

// What generate.sh wrote is exactly what app/sim/CMakeLists.txt embeds, byte for byte.
void TestSimCerts::filesAreEmbedded()
{
    const QString source = qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR");
    if (source.isEmpty())
        QSKIP("AUTHDOCTOR_SOURCE_DIR is not set");
    const QDir onDisk(source + QStringLiteral("/resources/simulator"));
    const QDir embedded(QStringLiteral(":/simulator"));
    const QStringList filters{QStringLiteral("*.pem"), QStringLiteral("*.key")};
    const QStringList files = onDisk.entryList(filters, QDir::Files, QDir::Name);
    QCOMPARE(embedded.entryList(filters, QDir::Files, QDir::Name), files);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files) {
        QFile a(onDisk.filePath(name));
        QFile b(embedded.filePath(name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
    }
}

void TestSimCerts::ca()
{
    const QSslCertificate ca = SimCertificates::embedded().ca();
    QVERIFY(!ca.isNull());
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.publicKey().algorithm(), QSsl::Rsa);
    QVERIFY(ca.publicKey().length() >= 2048);
    QCOMPARE(signatureAlgorithmOid(ca.toDer()), kSha256WithRsa);
    // Every certificate it signed lies within its validity (some verifiers check the nesting).
    for (const CertificateKind k :
         {CertificateKind::Normal, CertificateKind::WrongName, CertificateKind::Expired})
        for (const SimCertificates::Identity &id : SimCertificates::embedded().identities(k)) {
            QCOMPARE(id.certificate.issuerInfo(QSslCertificate::CommonName),
                     ca.subjectInfo(QSslCertificate::CommonName));
            QVERIFY2(ca.effectiveDate() <= id.certificate.effectiveDate(), qPrintable(id.name));
            QVERIFY2(id.certificate.expiryDate() <= ca.expiryDate(), qPrintable(id.name));
        }
}

void TestSimCerts::everyCertificate_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("index");
    for (const CertificateKind k : allCertificateKinds()) {
        const auto list = SimCertificates::embedded().identities(k);
        for (int i = 0; i < list.size(); ++i)
            QTest::newRow(qPrintable(list.at(i).name)) << int(k) << i;
    }
}

// RSA ≥ 2048, SHA-256, serverAuth, and a private key that belongs to the certificate.
void TestSimCerts::everyCertificate()
{
    QFETCH(int, kind);
    QFETCH(int, index);
    const SimCertificates::Identity id =
        SimCertificates::embedded().identities(CertificateKind(kind)).at(index);
    QVERIFY(!id.isNull());
    QCOMPARE(id.certificate.publicKey().algorithm(), QSsl::Rsa);
    QVERIFY(id.certificate.publicKey().length() >= 2048);
    QCOMPARE(id.key.algorithm(), QSsl::Rsa);
    QCOMPARE(id.key.type(), QSsl::PrivateKey);
    QVERIFY(id.key.length() >= 2048);
    QCOMPARE(signatureAlgorithmOid(id.certificate.toDer()), kSha256WithRsa);
    QVERIFY(extendedKeyUsages(id.certificate.toDer()).contains(kServerAuth));

    // RSAPrivateKey ::= SEQUENCE { version, modulus, … }: the modulus is in the certificate's key.
    const QByteArray keyDer = id.key.toDer();
    const auto seq = readTlv(keyDer, 0);
    QVERIFY(seq);
    const QList<Tlv> fields = derChildren(keyDer, *seq);
    QVERIFY(fields.size() >= 2);
    const QByteArray modulus = content(keyDer, fields.at(1));
    QVERIFY(modulus.size() >= 256);
    QVERIFY2(id.certificate.publicKey().toDer().contains(modulus), "the key does not match the certificate");
}

void TestSimCerts::leafLifetime_data()
{
    everyCertificate_data();
}

// Apple refuses a TLS server certificate valid longer than 825 days (also under a user-trusted
// root). The self-signed one is meant to fail anyway and may live longer (README).
void TestSimCerts::leafLifetime()
{
    QFETCH(int, kind);
    QFETCH(int, index);
    if (CertificateKind(kind) == CertificateKind::SelfSigned)
        QSKIP("self-signed: long-lived on purpose (resources/simulator/README.md)");
    const QSslCertificate c =
        SimCertificates::embedded().identities(CertificateKind(kind)).at(index).certificate;
    const qint64 seconds = c.effectiveDate().secsTo(c.expiryDate());
    QVERIFY(seconds > 0);
    QVERIFY2(seconds <= kMaxLeafSeconds, qPrintable(QString::number(seconds / 86400.0)));
}

void TestSimCerts::sanCoversEveryHost_data()
{
    QTest::addColumn<QString>("host");
    for (const QString &h : requiredHosts())
        QTest::newRow(qPrintable(h)) << h;
    QTest::newRow("autodiscover-s.partner.outlook.cn") << QStringLiteral("autodiscover-s.partner.outlook.cn");
}

void TestSimCerts::sanCoversEveryHost()
{
    QFETCH(QString, host);
    for (const CertificateKind k :
         {CertificateKind::Normal, CertificateKind::Expired, CertificateKind::SelfSigned})
        for (const SimCertificates::Identity &id : SimCertificates::embedded().identities(k))
            QVERIFY2(sanCovers(id.certificate, host), qPrintable(id.name));
}

// The good, expired and self-signed certificates carry one and the same list of names, so the
// only thing wrong with a bad one is what its name says.
void TestSimCerts::sameNamesEverywhere()
{
    const QSet<QString> reference =
        sanSet(SimCertificates::embedded().identities(CertificateKind::Normal).first().certificate);
    QVERIFY(reference.contains(QString::number(int(QSsl::DnsEntry)) +
                               QStringLiteral(":login.microsoftonline.com")));
    QVERIFY(reference.contains(QString::number(int(QSsl::IpAddressEntry)) + QStringLiteral(":127.0.0.1")));
    for (const CertificateKind k :
         {CertificateKind::Normal, CertificateKind::Expired, CertificateKind::SelfSigned})
        for (const SimCertificates::Identity &id : SimCertificates::embedded().identities(k))
            QVERIFY2(sanSet(id.certificate) == reference, qPrintable(id.name));
}

void TestSimCerts::wrongNameCoversNone()
{
    const auto list = SimCertificates::embedded().identities(CertificateKind::WrongName);
    QVERIFY(!list.isEmpty());
    for (const SimCertificates::Identity &id : list) {
        QCOMPARE(id.certificate.subjectAlternativeNames().values(QSsl::DnsEntry),
                 QStringList{QStringLiteral("wrong.example.net")});
        for (const QString &h : requiredHosts())
            QVERIFY2(!sanCovers(id.certificate, h), qPrintable(h));
    }
}

void TestSimCerts::coverageWithoutGap_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("server") << int(CertificateKind::Normal);
    QTest::newRow("wrong-name") << int(CertificateKind::WrongName);
}

// The leaves, one after the other, cover 2025-01-01 … 2045-12-31 and overlap.
void TestSimCerts::coverageWithoutGap()
{
    QFETCH(int, kind);
    auto list = SimCertificates::embedded().identities(CertificateKind(kind));
    QVERIFY(list.size() >= 2);
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.certificate.effectiveDate() < b.certificate.effectiveDate();
    });
    QVERIFY(list.first().certificate.effectiveDate() <= kCoverFrom);
    QDateTime coveredUntil = list.first().certificate.expiryDate();
    for (int i = 1; i < list.size(); ++i) {
        const QSslCertificate &c = list.at(i).certificate;
        // Starts while the ones before are still valid, at least a day before they end.
        QVERIFY2(c.effectiveDate().addDays(1) <= coveredUntil, qPrintable(list.at(i).name));
        coveredUntil = std::max(coveredUntil, c.expiryDate());
    }
    QVERIFY(coveredUntil >= kCoverUntil);
}

void TestSimCerts::picker_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("first second") << kCoverFrom;
    QTest::newRow("last second") << kCoverUntil;
    for (QDateTime at = kCoverFrom.addDays(17); at < kCoverUntil; at = at.addDays(29))
        QTest::newRow(qPrintable(at.toString(Qt::ISODate))) << at;
    // Both ends of every leaf and the seconds around them.
    for (const auto &id : SimCertificates::embedded().identities(CertificateKind::Normal))
        for (const QDateTime &edge : {id.certificate.effectiveDate(), id.certificate.expiryDate()})
            for (const int delta : {-1, 0, 1})
                if (edge.addSecs(delta) >= kCoverFrom && edge.addSecs(delta) <= kCoverUntil)
                    QTest::addRow("%s %+d s", qPrintable(edge.toString(Qt::ISODate)), delta)
                        << edge.addSecs(delta);
}

// At any moment of 2025–2045 the simulator presents a leaf valid then, the one with most time left.
void TestSimCerts::picker()
{
    QFETCH(QDateTime, at);
    const SimCertificates &certs = SimCertificates::embedded();
    for (const CertificateKind k : {CertificateKind::Normal, CertificateKind::WrongName}) {
        const SimCertificates::Identity chosen = certs.identity(k, at);
        QVERIFY(!chosen.isNull());
        QVERIFY2(chosen.isValidAt(at), qPrintable(chosen.name));
        for (const auto &other : certs.identities(k))
            if (other.isValidAt(at))
                QVERIFY2(other.certificate.expiryDate() <= chosen.certificate.expiryDate(),
                         qPrintable(other.name + QStringLiteral(" has more time left than ") + chosen.name));
    }
}

// Outside every leaf, the nearest one: the client then reports the true error.
void TestSimCerts::pickerOutsideTheRange()
{
    const SimCertificates &certs = SimCertificates::embedded();
    const auto list = certs.identities(CertificateKind::Normal);
    QDateTime lastExpiry = list.first().certificate.expiryDate();
    for (const auto &id : list)
        lastExpiry = std::max(lastExpiry, id.certificate.expiryDate());

    const SimCertificates::Identity late = certs.identity(CertificateKind::Normal, lastExpiry.addYears(5));
    QCOMPARE(late.certificate.expiryDate(), lastExpiry);
    const SimCertificates::Identity early = certs.identity(CertificateKind::Normal, utc(2010, 6, 1));
    QCOMPARE(early.certificate.effectiveDate(), list.first().certificate.effectiveDate());
    QCOMPARE(certs.indexAt(CertificateKind::Normal, utc(2010, 6, 1)), 0);
}

void TestSimCerts::expiredAtAnyDate_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::newRow("2021-01-01T00:00:00") << QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    for (int year = 2021; year <= 2060; ++year)
        QTest::newRow(qPrintable(QString::number(year))) << utc(year, 7, 1);
    QTest::newRow("now") << QDateTime::currentDateTimeUtc();
}

// "expired" is a property of the certificate: signed by the CA, and long expired at any date
// after 2020, whatever the clock says.
void TestSimCerts::expiredAtAnyDate()
{
    QFETCH(QDateTime, at);
    const SimCertificates &certs = SimCertificates::embedded();
    const auto list = certs.identities(CertificateKind::Expired);
    QCOMPARE(list.size(), 1);
    const SimCertificates::Identity chosen = certs.identity(CertificateKind::Expired, at);
    QCOMPARE(chosen.certificate, list.first().certificate);
    QVERIFY(!chosen.isValidAt(at));
    QVERIFY(chosen.certificate.expiryDate() < at);
    QVERIFY(chosen.certificate.expiryDate() <= QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC));
    QVERIFY(chosen.isValidAt(utc(2020, 7, 1))); // a real certificate that merely ran out
    QVERIFY(!chosen.certificate.isSelfSigned());
}

// Signed by itself, not by the CA; valid across the whole range so that "self-signed" is the only
// thing wrong with it.
void TestSimCerts::selfSigned()
{
    const auto list = SimCertificates::embedded().identities(CertificateKind::SelfSigned);
    QCOMPARE(list.size(), 1);
    const QSslCertificate c = list.first().certificate;
    QVERIFY(c.isSelfSigned());
    QVERIFY(c != SimCertificates::embedded().ca());
    QVERIFY(c.publicKey() != SimCertificates::embedded().ca().publicKey());
    QVERIFY(c.effectiveDate() <= kCoverFrom);
    QVERIFY(c.expiryDate() >= kCoverUntil);
}

void TestSimCerts::serverUsesItsClock_data()
{
    QTest::addColumn<QDateTime>("at");
    for (int year = 2025; year <= 2045; ++year) {
        QTest::newRow(qPrintable(QStringLiteral("%1-02-01").arg(year))) << utc(year, 2, 1);
        QTest::newRow(qPrintable(QStringLiteral("%1-11-30").arg(year))) << utc(year, 11, 30);
    }
}

// SimulatorServer picks at connection time, by its clock (which a test may set).
void TestSimCerts::serverUsesItsClock()
{
    QFETCH(QDateTime, at);
    SimulatorServer server;
    server.setClock([at] { return at.toMSecsSinceEpoch(); });
    QCOMPARE(server.now(), at);
    server.setCertificateChooser([](const QString &host) {
        return host == QLatin1String("mail.fabrikam.com")           ? CertificateKind::Expired
               : host == QLatin1String("mail.contoso.com")          ? CertificateKind::WrongName
               : host == QLatin1String("autodiscover.fabrikam.com") ? CertificateKind::SelfSigned
                                                                    : CertificateKind::Normal;
    });
    const SimCertificates &certs = SimCertificates::embedded();

    const QSslConfiguration good = server.tlsConfigurationFor(QStringLiteral("login.microsoftonline.com"));
    QCOMPARE(good.localCertificate(), certs.identity(CertificateKind::Normal, at).certificate);
    QVERIFY(good.localCertificate().effectiveDate() <= at && at <= good.localCertificate().expiryDate());
    QCOMPARE(good.privateKey(), certs.identity(CertificateKind::Normal, at).key);

    const QSslConfiguration wrong = server.tlsConfigurationFor(QStringLiteral("mail.contoso.com"));
    QVERIFY(wrong.localCertificate().effectiveDate() <= at && at <= wrong.localCertificate().expiryDate());
    QVERIFY(!sanCovers(wrong.localCertificate(), QStringLiteral("mail.contoso.com")));

    const QSslConfiguration expired = server.tlsConfigurationFor(QStringLiteral("mail.fabrikam.com"));
    QVERIFY(expired.localCertificate().expiryDate() < at);
    QCOMPARE(expired.localCertificate(), certs.identities(CertificateKind::Expired).first().certificate);

    const QSslConfiguration self = server.tlsConfigurationFor(QStringLiteral("autodiscover.fabrikam.com"));
    QVERIFY(self.localCertificate().isSelfSigned());

    // Back to the system clock.
    server.setClock({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(server.now().secsTo(now)) < 60);
    QCOMPARE(server.tlsConfigurationFor(QStringLiteral("outlook.office365.com")).localCertificate(),
             certs.identity(CertificateKind::Normal, now).certificate);
}

QTEST_GUILESS_MAIN(TestSimCerts)
#include "tst_sim_certs.moc"
