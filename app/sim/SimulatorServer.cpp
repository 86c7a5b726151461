#include "SimulatorServer.h"

#include "ProxyConnection.h"
#include "core/Logging.h"

#include <QSslSocket>

namespace AuthDoctor::Sim {

SimulatorServer::SimulatorServer(QObject *parent) : QTcpServer(parent)
{
    const SimCertificates &certs = SimCertificates::embedded();
    for (const CertificateKind kind : allCertificateKinds()) {
        QList<QSslConfiguration> configurations;
        for (const SimCertificates::Identity &id : certs.identities(kind)) {
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            c.setLocalCertificate(id.certificate);
            c.setPrivateKey(id.key);
            c.setPeerVerifyMode(QSslSocket::VerifyNone);
            c.setProtocol(QSsl::TlsV1_2OrLater);
            c.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
            configurations << c;
        }
        m_tls << configurations;
    }
    setListenBacklogSize(512);
    m_defaultMaxPending = maxPendingConnections();
}

SimulatorServer::~SimulatorServer()
{
    stop();
}

bool SimulatorServer::start(const QHostAddress &address, quint16 port, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_options.allowNonLoopback && !address.isLoopback())
        return fail(tr("refusing to listen on %1: the simulator listens on loopback only unless non-loopback "
                       "use is explicitly allowed (--allow-non-loopback)")
                        .arg(address.toString()));
    if (!QSslSocket::supportsSsl())
        return fail(tr("TLS is not available (no TLS backend), the simulator cannot terminate HTTPS"));
    if (!SimCertificates::embedded().isValid())
        return fail(tr("the simulator's embedded certificates could not be loaded"));
    m_accepted = 0;
    setMaxPendingConnections(m_defaultMaxPending);
    if (!listen(address, port))
        return fail(
            tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(errorString()));
    qCDebug(lcSim) << "simulator listening on" << serverAddress() << serverPort();
    return true;
}

void SimulatorServer::stop()
{
    close();
    const auto connections = std::exchange(m_connections, {});
    for (ProxyConnection *c : connections)
        c->drop();
}

SimResponse SimulatorServer::respond(const SimRequest &request) const
{
    if (m_handler)
        return m_handler(request);
    return SimResponse::empty(404, QStringLiteral("unmatched"));
}

void SimulatorServer::observe(const SimRequest &request, const SimResponse &response) const
{
    if (m_observer)
        m_observer(request, response);
}

void SimulatorServer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime SimulatorServer::now() const
{
    return m_clock ? QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QSslConfiguration SimulatorServer::tlsConfigurationFor(const QString &host) const
{
    const CertificateKind kind = m_chooser ? m_chooser(host) : CertificateKind::Normal;
    const QDateTime at = now();
    const int index = SimCertificates::embedded().indexAt(kind, at);
    const QSslConfiguration c = m_tls.value(int(kind)).value(index);
    if (kind != CertificateKind::Expired && !m_warnedNoValidCertificate && index >= 0 &&
        (at < c.localCertificate().effectiveDate() || at > c.localCertificate().expiryDate())) {
        m_warnedNoValidCertificate = true; // once per server: a clock outside 2025–2045
        qCWarning(lcSim) << "no simulator certificate is valid on" << at
                         << "(resources/simulator/README.md): clients will refuse the one presented";
    }
    return c;
}

void SimulatorServer::incomingConnection(qintptr socketDescriptor)
{
    // Beyond maxConnections a connection is still read, so that its request gets a clear 503
    // (not a reset); beyond the refusal slots, too, new connections wait in the listen backlog
    // until one closes. Every open connection is one file handle.
    const ConnectionLimits &limits = m_options.connections;
    const bool overCapacity = m_connections.size() >= limits.maxConnections;
    auto *connection = new ProxyConnection(this);
    if (!connection->open(socketDescriptor, m_options.allowNonLoopback)) {
        connection->deleteLater();
        return;
    }
    connect(connection, &QObject::destroyed, this, [this, connection] { connectionGone(connection); });
    m_connections << connection;
    ++m_accepted;
    if (overCapacity) {
        if (!m_warnedFull)
            qCWarning(lcSim) << "the simulator has" << limits.maxConnections
                             << "connections open: refusing more until some close";
        m_warnedFull = true;
        connection->refuseForCapacity();
    }
    if (m_connections.size() >= limits.maxConnections + limits.refusalSlots) {
        // QTcpServer goes on accepting what the backlog holds after pauseAccepting(); a zero
        // pending-connection limit ends that loop before the next accept().
        setMaxPendingConnections(0);
        pauseAccepting();
    }
}

void SimulatorServer::connectionGone(ProxyConnection *connection)
{
    m_connections.removeOne(connection);
    const ConnectionLimits &limits = m_options.connections;
    if (m_connections.size() < limits.maxConnections)
        m_warnedFull = false;
    if (isListening() && maxPendingConnections() == 0 &&
        m_connections.size() < limits.maxConnections + limits.refusalSlots) {
        setMaxPendingConnections(m_defaultMaxPending);
        resumeAccepting();
    }
}

} // namespace AuthDoctor::Sim
