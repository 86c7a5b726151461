#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <optional>

namespace AuthDoctor::Sim {

// Which certificate the simulator presents for a host ("authdoctor.tls").
enum class CertificateKind
{
    Normal,
    SelfSigned,
    Expired,
    WrongName
};

QString certificateKindName(CertificateKind kind);                       // "self-signed", "expired", …
std::optional<CertificateKind> certificateKindFromName(const QString &); // only the three bad kinds
QStringList badCertificateKindNames(); // "self-signed", "expired", "wrong-name"
QList<CertificateKind> allCertificateKinds();

// The committed certificates of resources/simulator/, embedded under :/simulator/
// (see resources/simulator/README.md). Loaded once, on first use.
//
// The good and the wrong-name certificates are each a sequence of leaves (server-YYYY,
// wrong-name-YYYY), every one valid at most 825 days (Apple's limit), staggered so that together
// they cover 2025–2045 with overlaps; the simulator presents the one valid at connection time
// (identity(kind, at)). "expired" and "self-signed" are one certificate each.
class SimCertificates
{
public:
    struct Identity
    {
        QString name; // the file's base name: "server-2025", "expired", …
        QSslCertificate certificate;
        QSslKey key;
        bool isNull() const { return certificate.isNull() || key.isNull(); }
        // effectiveDate() <= at <= expiryDate() (both ends inclusive, as in RFC 5280)
        bool isValidAt(const QDateTime &at) const;
    };

    static const SimCertificates &embedded();
    // The certificates of a folder laid out like resources/simulator/ (":/simulator" = embedded()).
    static SimCertificates fromDirectory(const QString &directory);

    bool isValid() const; // the CA and at least one certificate with its key for every kind
    QSslCertificate ca() const { return m_ca; }
    QByteArray caPem() const { return m_ca.toPem(); }

    // Every certificate of that kind, the one that starts first first.
    QList<Identity> identities(CertificateKind kind) const;
    // Which of identities(kind) to present at `at`: of those valid then, the one with the most
    // time left; if none is, the nearest one (the last to expire when `at` is after all of them,
    // the first to start when it is before). -1 when there is none at all.
    int indexAt(CertificateKind kind, const QDateTime &at) const;
    Identity identity(CertificateKind kind, const QDateTime &at) const;
    Identity identity(CertificateKind kind) const; // at the system clock's now

private:
    SimCertificates() = default;
    QSslCertificate m_ca;
    QList<QList<Identity>> m_identities; // indexed by CertificateKind
};

} // namespace AuthDoctor::Sim
