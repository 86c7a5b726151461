#pragma once

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

// The committed certificates of resources/simulator/, embedded under :/simulator/
// (see resources/simulator/README.md). Loaded once, on first use.
class SimCertificates
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
        bool isNull() const { return certificate.isNull() || key.isNull(); }
    };

    static const SimCertificates &embedded();

    bool isValid() const; // every file loaded
    QSslCertificate ca() const { return m_ca; }
    QByteArray caPem() const { return m_ca.toPem(); }
    Identity identity(CertificateKind kind) const;

private:
    SimCertificates();
    QSslCertificate m_ca;
    QList<Identity> m_identities; // indexed by CertificateKind
};

} // namespace AuthDoctor::Sim
