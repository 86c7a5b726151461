#include "NetworkContext.h"

namespace AuthDoctor::Engine {

QSslConfiguration NetworkContext::sslConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty()) {
        QList<QSslCertificate> cas = c.caCertificates();
        cas += extraCaCertificates;
        c.setCaCertificates(cas);
    }
    return c;
}

} // namespace AuthDoctor::Engine
