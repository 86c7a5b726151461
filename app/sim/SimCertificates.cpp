#include "SimCertificates.h"

#include "core/Logging.h"

#include <QFile>

namespace AuthDoctor::Sim {

namespace {
constexpr CertificateKind kKinds[] = {CertificateKind::Normal, CertificateKind::SelfSigned,
                                      CertificateKind::Expired, CertificateKind::WrongName};

QString fileBase(CertificateKind kind)
{
    return kind == CertificateKind::Normal ? QStringLiteral("server") : certificateKindName(kind);
}

QByteArray readResource(const QString &name)
{
    QFile f(QStringLiteral(":/simulator/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "missing embedded simulator file" << name;
        return {};
    }
    return f.readAll();
}
} // namespace

QString certificateKindName(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::Normal:
        return QStringLiteral("normal");
    case CertificateKind::SelfSigned:
        return QStringLiteral("self-signed");
    case CertificateKind::Expired:
        return QStringLiteral("expired");
    case CertificateKind::WrongName:
        return QStringLiteral("wrong-name");
    }
    return {};
}

std::optional<CertificateKind> certificateKindFromName(const QString &name)
{
    for (const CertificateKind k : kKinds)
        if (k != CertificateKind::Normal && certificateKindName(k) == name)
            return k;
    return std::nullopt;
}

QStringList badCertificateKindNames()
{
    return {certificateKindName(CertificateKind::SelfSigned), certificateKindName(CertificateKind::Expired),
            certificateKindName(CertificateKind::WrongName)};
}

SimCertificates::SimCertificates()
{
    m_ca = QSslCertificate(readResource(QStringLiteral("ca.pem")), QSsl::Pem);
    for (const CertificateKind k : kKinds) {
        Identity id;
        id.certificate = QSslCertificate(readResource(fileBase(k) + QStringLiteral(".pem")), QSsl::Pem);
        id.key = QSslKey(readResource(fileBase(k) + QStringLiteral(".key")), QSsl::Ec, QSsl::Pem);
        m_identities << id;
    }
}

const SimCertificates &SimCertificates::embedded()
{
    static const SimCertificates certs;
    return certs;
}

bool SimCertificates::isValid() const
{
    if (m_ca.isNull())
        return false;
    for (const Identity &id : m_identities)
        if (id.isNull())
            return false;
    return true;
}

SimCertificates::Identity SimCertificates::identity(CertificateKind kind) const
{
    return m_identities.value(int(kind));
}

} // namespace AuthDoctor::Sim
