#pragma once

#include "sim/HttpRequestParser.h"
#include "sim/SimHttp.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTimer;

namespace AuthDoctor::Sim {

class SimulatorServer;

// One client connection of the SimulatorServer: the proxy state machine
// (plain proxy requests, CONNECT and the TLS tunnel after it), request parsing,
// and the timed delivery of responses and faults. Deletes itself when closed.
class ProxyConnection : public QObject
{
    Q_OBJECT
public:
    explicit ProxyConnection(SimulatorServer *server);
    ~ProxyConnection() override;

    bool open(qintptr socketDescriptor, bool allowNonLoopback);
    void drop(); // the server stops: close at once

private:
    enum class State
    {
        Reading,     // waiting for (the rest of) a request
        Handshaking, // after CONNECT: TLS handshake in progress
        Responding,  // a response is delayed or dribbling
        Stalled,     // NO_RESPONSE: read and ignore everything, never answer
        Closing,     // the last bytes are on their way; the socket closes after them
    };

    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void processBuffer();
    void handleMessage(HttpRequestMessage message);
    void handleConnect(const HttpRequestMessage &message, SimRequest &request);
    void refuse(SimRequest request, int status, const QByteArray &reason, const QString &rule);
    void dispatch(const SimRequest &request, bool keepAlive, bool isHead, int versionMinor);
    void deliver(const SimResponse &response);
    void deliverAfter(const SimResponse &response, QElapsedTimer since, qint64 delayMs);
    void sendDribbleChunk();
    void finishResponse();
    void applyFault(Fault fault);
    void closeGracefully();
    void resetConnection();

    SimulatorServer *m_server;
    const quint64 m_id; // SimRequest::connectionId of every request on this connection
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    State m_state = State::Reading;
    QByteArray m_buffer;
    HttpRequestParser m_parser;
    bool m_continueSent = false;

    // CONNECT tunnel
    bool m_tunnel = false;
    QString m_tunnelHost;
    quint16 m_tunnelPort = 443;

    // The response being delivered
    bool m_keepAlive = true;
    bool m_isHead = false;
    int m_versionMinor = 1;
    QList<QByteArray> m_dribble; // chunks still to send
    // chunkedDribbleDelay: piece k is due totalDuration*k/numberOfChunks after the head, the
    // end of the body totalDuration after it; never earlier (timers may fire early).
    QElapsedTimer m_dribbleClock;
    qint64 m_dribbleTotalMs = 0;
    qsizetype m_dribbleCount = 0;
    qsizetype m_dribbleSent = 0;
    bool m_dribbleChunked = true;
};

} // namespace AuthDoctor::Sim
