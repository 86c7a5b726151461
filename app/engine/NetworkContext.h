#pragma once

#include <QDateTime>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace AuthDoctor::Engine {

// Everything a check needs to reach the network, injected: the network manager (a fake one in unit
// tests), the proxy, extra trusted CAs (--ca-file, or the simulator's CA in practice mode, for that
// run only), limits and the clock. The engine never knows whether it talks to Microsoft or to the
// simulated tenant.
struct NetworkContext
{
    QNetworkAccessManager *nam = nullptr;
    std::optional<QNetworkProxy> proxy; // nullopt: the system's proxy settings
    QList<QSslCertificate> extraCaCertificates;
    int requestTimeoutMs = 20000;              // per request (cli.md --timeout)
    qint64 maxResponseBytes = 4 * 1024 * 1024; // larger answers are cut off and reported
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };

    // System CAs plus the extra ones; peer verification always on.
    QSslConfiguration sslConfiguration() const;
};

} // namespace AuthDoctor::Engine
