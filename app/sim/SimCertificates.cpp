#include "SimCertificates.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace AuthDoctor::Sim {

namespace {
constexpr CertificateKind kKinds[] = {CertificateKind::Normal, CertificateKind::SelfSigned,
                                      CertificateKind::Expired, CertificateKind::WrongName};

QString fileBase(CertificateKind kind)
{
    return kind == CertificateKind::Normal ? QStringLiteral("server") : certificateKindName(kind);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcSim) << "missing simulator certificate file" << path;
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

QList<CertificateKind> allCertificateKinds()
{
    return {std::begin(kKinds), std::end(kKinds)};
}

bool SimCertificates::Identity::isValidAt(const QDateTime &at) const
{
    return !certificate.isNull() && certificate.effectiveDate() <= at && at <= certificate.expiryDate();
}

SimCertificates SimCertificates::fromDirectory(const QString &directory)
{
    SimCertificates out;
    const QDir dir(directory);
    out.m_ca = QSslCertificate(readFile(dir.filePath(QStringLiteral("ca.pem"))), QSsl::Pem);
    const QStringList pems = dir.entryList({QStringLiteral("*.pem")}, QDir::Files, QDir::Name);
    for (const CertificateKind k : kKinds) {
        // "server.pem" or the sequence "server-2025.pem", "server-2027.pem", …
        const QString base = fileBase(k);
        QList<Identity> list;
        for (const QString &pem : pems) {
            const QString name = pem.chopped(4);
            if (name != base && !(name.startsWith(base + QLatin1Char('-')) && name.size() > base.size() + 1 &&
                                  name.at(base.size() + 1).isDigit()))
                continue;
            Identity id;
            id.name = name;
            id.certificate = QSslCertificate(readFile(dir.filePath(pem)), QSsl::Pem);
            id.key = QSslKey(readFile(dir.filePath(name + QStringLiteral(".key"))), QSsl::Rsa, QSsl::Pem);
            list << id;
        }
        std::stable_sort(list.begin(), list.end(), [](const Identity &a, const Identity &b) {
            return a.certificate.effectiveDate() < b.certificate.effectiveDate();
        });
        out.m_identities << list;
    }
    return out;
}

const SimCertificates &SimCertificates::embedded()
{
    static const SimCertificates certs = fromDirectory(QStringLiteral(":/simulator"));
    return certs;
}

bool SimCertificates::isValid() const
{
    if (m_ca.isNull() || m_identities.size() != int(std::size(kKinds)))
        return false;
    for (const QList<Identity> &list : m_identities) {
        if (list.isEmpty())
            return false;
        for (const Identity &id : list)
            if (id.isNull())
                return false;
    }
    return true;
}

QList<SimCertificates::Identity> SimCertificates::identities(CertificateKind kind) const
{
    return m_identities.value(int(kind));
}

int SimCertificates::indexAt(CertificateKind kind, const QDateTime &at) const
{
    const QList<Identity> list = identities(kind);
    int best = -1;
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).isValidAt(at) &&
            (best < 0 || list.at(i).certificate.expiryDate() > list.at(best).certificate.expiryDate()))
            best = i;
    if (best >= 0 || list.isEmpty())
        return best;
    // None is valid then: present the nearest, so that the client's error is the true one
    // (expired after the last one, not yet valid before the first one).
    auto distance = [&at](const QSslCertificate &c) {
        return at > c.expiryDate() ? c.expiryDate().secsTo(at) : at.secsTo(c.effectiveDate());
    };
    best = 0;
    for (int i = 1; i < list.size(); ++i)
        if (distance(list.at(i).certificate) <= distance(list.at(best).certificate))
            best = i;
    return best;
}

SimCertificates::Identity SimCertificates::identity(CertificateKind kind, const QDateTime &at) const
{
    const int i = indexAt(kind, at);
    return i < 0 ? Identity() : identities(kind).at(i);
}

SimCertificates::Identity SimCertificates::identity(CertificateKind kind) const
{
    return identity(kind, QDateTime::currentDateTimeUtc());
}

} // namespace AuthDoctor::Sim
