#pragma once

#include "sim/HttpRequestParser.h"
#include "sim/SimCertificates.h"
#include "sim/SimHttp.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

namespace AuthDoctor::Sim {

class ProxyConnection;

// The simulator's intercepting HTTP proxy (scenarios.md "How it runs"):
// `CONNECT host:443` → "200 Connection established" → TLS with the certificate
// for that host, then HTTP/1.1 inside the tunnel; plain `http://` requests in
// absolute form are answered directly. Keep-alive, chunked request bodies,
// HTTP/1.0, size caps, delays, dribbling and WireMock's faults. One thread,
// everything asynchronous. It knows nothing of scenarios: a handler answers.
class SimulatorServer : public QTcpServer
{
    Q_OBJECT
public:
    // Bounds on every client connection and on their number (README.md "Limits"): whatever a
    // client sends or fails to read, each connection holds a bounded amount of memory and ends
    // within a bounded time, and the process stays below the platform's file-handle limit
    // (256 by default on macOS).
    struct ConnectionLimits
    {
        // Served at once; more get 503 "too many connections".
        int maxConnections = 200;
        // Connections beyond maxConnections being refused; beyond both, accepting pauses.
        int refusalSlots = 16;
        // No request; a request body that stopped coming; answers the client does not take.
        int idleTimeoutMs = 60000;
        // From a request's first byte to the end of its head (slowloris), then to the end of its
        // body: 408 beyond.
        int headerTimeoutMs = 30000;
        int requestTimeoutMs = 300000;
        // The TLS handshake after CONNECT.
        int handshakeTimeoutMs = 15000;
        // A connection over maxConnections: to send the request that is refused.
        int refusalTimeoutMs = 5000;
        // Answers the client has not taken yet: reading its requests pauses beyond.
        qsizetype maxUnsentBytes = 1024 * 1024;
        // Read from the socket at a time, and buffered by it at most.
        qsizetype readBufferBytes = 64 * 1024;
    };
    struct Options
    {
        bool allowNonLoopback = false; // listen on / accept from other interfaces (--allow-non-loopback)
        HttpRequestParser::Limits limits;
        ConnectionLimits connections;
    };
    using Handler = std::function<SimResponse(const SimRequest &)>;
    using CertificateChooser = std::function<CertificateKind(const QString &host)>;
    // The simulator's clock, milliseconds since the epoch (UTC); it picks which of the staggered
    // certificates is presented (SimCertificates::identity(kind, at)). Tests set another one.
    using Clock = std::function<qint64()>;
    // Every request received, with the response it got: answered by the handler, or
    // refused by the proxy itself (then response.rule starts with "proxy:").
    using Observer = std::function<void(const SimRequest &, const SimResponse &)>;

    explicit SimulatorServer(QObject *parent = nullptr);
    ~SimulatorServer() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setCertificateChooser(CertificateChooser chooser) { m_chooser = std::move(chooser); }
    void setClock(Clock clock); // empty: the system clock
    QDateTime now() const;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Listens on address:port (port 0: any free port). Refuses a non-loopback
    // address unless options().allowNonLoopback.
    bool start(const QHostAddress &address, quint16 port, QString *error);
    // Stops listening and drops every open connection (also those kept waiting by NO_RESPONSE).
    void stop();

    int acceptedConnections() const { return m_accepted; } // since start()

    // Used by ProxyConnection.
    SimResponse respond(const SimRequest &request) const;
    void observe(const SimRequest &request, const SimResponse &response) const;
    // The TLS setup for a connection to host, with the certificate valid now (now()).
    QSslConfiguration tlsConfigurationFor(const QString &host) const;

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Options m_options;
    Handler m_handler;
    CertificateChooser m_chooser;
    Clock m_clock;
    Observer m_observer;
    QList<QList<QSslConfiguration>> m_tls; // [CertificateKind][SimCertificates::identities(kind) index]
    mutable bool m_warnedNoValidCertificate = false;
    void connectionGone(ProxyConnection *connection);

    QList<ProxyConnection *> m_connections; // open ones (removed when destroyed)
    int m_accepted = 0;
    bool m_warnedFull = false;
    int m_defaultMaxPending = 30;
};

} // namespace AuthDoctor::Sim
