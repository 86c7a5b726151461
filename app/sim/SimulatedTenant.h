#pragma once

#include "sim/Scenario.h"
#include "sim/SimulatorServer.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace AuthDoctor::Sim {

// The simulated tenant in-process: a scenario's mappings and tenant model behind
// the SimulatorServer proxy. Used by the wizard's practice mode, the diagnosis
// engine (`diagnose --practice`), `authdoctor simulate` and the tests.
//
// Trust: callers trust caCertificates() for the requests of this run only
// (per request or per QNAM, e.g. sslConfiguration()); never globally.
//
// Request log (one entry per request received, cli.md "simulate --log"):
//   {"time": "2026-11-26T13:00:00.123Z", "host": "login.microsoftonline.com",
//    "method": "POST", "path": "/contoso.com/oauth2/v2.0/token",
//    "rule": "mapping:0" | "<mapping name>" | "<tenant rule>" | "unmatched" | "proxy:…",
//    "status": 400 | "CONNECTION_RESET_BY_PEER" | …, "auth": "Basic" | "Bearer" | … | null}
// - path never has the query nor a fragment (they can carry user names); the user info of a URL
//   inside the path and a credential put into the path itself (";password=…", a token segment)
//   are masked with '*' (core/Redaction);
// - auth is the scheme of the Authorization header only, never its value;
// - status is the HTTP status sent, or for a fault the WireMock fault name
//   (no status line was sent); the key set is always the same;
// - host, method and path are null when the proxy could not read them (garbage);
// - "unmatched" is the 404 of a request neither the mappings nor the model know;
//   "proxy:…" a request the proxy refused itself (bad request, CONNECT to another port, …).
class SimulatedTenant : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // 0: any free port
        bool allowNonLoopback = false;
        HttpRequestParser::Limits limits;
        SimulatorServer::ConnectionLimits connections; // timeouts, unsent-answer cap, connection cap
        bool keepRequestLog = true; // false: entries are only emitted (long `simulate` runs)
        // Added to the delay of every answer (mappings, the tenant model, the 404 of an unknown
        // request, and before a fault): a network this far away (benchmarks; README.md).
        int addedLatencyMs = 0;
    };

    explicit SimulatedTenant(QObject *parent = nullptr);
    ~SimulatedTenant() override;

    bool start(const Scenario &scenario, QString *error); // on 127.0.0.1, any free port
    bool start(const Scenario &scenario, const Options &options, QString *error);
    void stop();
    bool isRunning() const;

    const Scenario &scenario() const { return m_scenario; }
    QHostAddress address() const;
    quint16 port() const;
    QNetworkProxy proxy() const;     // HttpProxy at address():port()
    QString proxyUrl() const;        // "http://127.0.0.1:PORT"
    int acceptedConnections() const; // client connections accepted since start() (keep-alive checks)

    QList<QSslCertificate> caCertificates() const;
    QString
    caPemPath() const; // a PEM file with the CA (in a temporary folder; empty if it cannot be written)
    // The default configuration with the simulator's CA added: for the QNAM or requests of one run.
    QSslConfiguration sslConfiguration() const;

    QList<QJsonObject> requestLog() const { return m_log; }

    // The log entry for a request and its response (see the class comment).
    static QJsonObject logEntry(const SimRequest &request, const SimResponse &response,
                                const QDateTime &time);

signals:
    void requestLogged(const QJsonObject &entry);

private:
    SimResponse respond(const SimRequest &request); // answer() plus the added latency
    SimResponse answer(const SimRequest &request);
    void record(const SimRequest &request, const SimResponse &response);

    Scenario m_scenario;
    std::optional<TenantModel> m_model;
    SimulatorServer *m_server = nullptr;
    QList<QJsonObject> m_log;
    bool m_keepLog = true;
    int m_addedLatencyMs = 0;
    mutable std::unique_ptr<QTemporaryDir> m_tempDir;
    mutable QString m_caPemPath;
};

} // namespace AuthDoctor::Sim
