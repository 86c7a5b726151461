#pragma once

#include "engine/Evidence.h"
#include "engine/NetworkContext.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <functional>

class QSslSocket;

// One HTTPS connection kept alive across requests, for what QNetworkAccessManager cannot do
// (facts §9.9, §2.3): an NTLM Type-1/Type-3 exchange that must stay on ONE TCP connection,
// answered by us (QNAM answers NTLM challenges by itself and sends no channel binding), and latency
// probes that tell the connection set-up from the server's answer time. Asynchronous only: a
// readyRead state machine with a per-request deadline; through the context's proxy (HTTP CONNECT)
// and with its TLS configuration (peer always verified, errors never ignored).
namespace AuthDoctor::Engine::Checks {

struct RawExchange
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;

    int status = 0; // 0: no HTTP answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString errorCode; // "", "timeout", "tls", "dns", "refused", "proxy", "closed", "network"
    QString errorText;
    QList<QSslError> sslErrors;
    qint64 connectMs = -1; // TCP + TLS set-up, when this request opened the connection
    qint64 durationMs = 0; // from writing the request to the end of the answer
    int connection = 0;    // 1 for the first connection, 2 after a reconnect, …
    qint64 startedEpochMs = 0;

    QList<QByteArray> values(const QByteArray &lowerName) const;
    QByteArray header(const QByteArray &lowerName) const { return values(lowerName).value(0); }
    // Redacted, like the evidence of an HttpJob (no Authorization value ever).
    Evidence evidence(qint64 diagnosisStartMs) const;
};

class RawHttpConnection : public QObject
{
public:
    using Done = std::function<void(const RawExchange &)>;

    RawHttpConnection(const NetworkContext &ctx, QObject *parent = nullptr);
    ~RawHttpConnection() override;

    // Sends one request to url (https only) on the open connection to its host, opening one when
    // none is open (or the host differs). `done` is called once, asynchronously.
    void request(const QByteArray &method, const QUrl &url,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, Done done);
    void close();

    int connectionsOpened() const { return m_connections; }
    QSslCertificate peerCertificate() const { return m_peerCertificate; }

private:
    void openConnection();
    void writeRequest();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void complete(const QString &errorCode = {}, const QString &errorText = {});
    bool parseResponse(); // true when the whole answer has arrived

    NetworkContext m_ctx;
    QPointer<QSslSocket> m_socket;
    QString m_host;
    int m_port = 443;
    bool m_encrypted = false;
    int m_connections = 0;
    QSslCertificate m_peerCertificate;

    RawExchange m_current;
    Done m_done;
    bool m_busy = false;
    QByteArray m_buffer;
    bool m_headersDone = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    QElapsedTimer m_connectClock;
    QElapsedTimer m_requestClock;
    QTimer m_deadline;
};

} // namespace AuthDoctor::Engine::Checks
