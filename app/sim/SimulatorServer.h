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
    struct Options
    {
        bool allowNonLoopback = false; // listen on / accept from other interfaces (--allow-non-loopback)
        HttpRequestParser::Limits limits;
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
    QList<QPointer<ProxyConnection>> m_connections;
    int m_accepted = 0;
};

} // namespace AuthDoctor::Sim
