#pragma once

#include "sim/HttpRequestParser.h"
#include "sim/SimHttp.h"
#include "sim/SimulatorServer.h"

#include <QByteArray>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTimer;

namespace AuthDoctor::Sim {

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
    void drop();              // the server stops: close at once
    void refuseForCapacity(); // over the server's connection cap: answer the request with 503, then close

private:
    enum class State
    {
        Reading,     // waiting for (the rest of) a request
        Handshaking, // after CONNECT: TLS handshake in progress
        Responding,  // a response is delayed, dribbling or streaming out
        Stalled,     // NO_RESPONSE: read and ignore everything, never answer
        Closing,     // the last bytes are on their way; the socket closes after them
    };

    // What the watchdog timer is waiting for (README.md "Limits").
    enum class Watch
    {
        None,
        Idle,      // a keep-alive connection without a request
        Header,    // the rest of a request head, since its first byte
        Body,      // more of a request body
        Handshake, // the TLS handshake after CONNECT
        Drain,     // the client to take answers it has not read
        Linger,    // the client to take the last bytes before the close
    };

    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void onBytesWritten();
    void processBuffer();
    bool readMore(); // moves up to one read buffer from the socket; false if it had nothing
    qint64 unsentBytes() const;
    void armWatchdog();
    void onWatchdog();
    SimRequest partialRequest() const; // what is known of a request the proxy refuses
    void handleMessage(HttpRequestMessage message);
    void handleConnect(const HttpRequestMessage &message, SimRequest &request);
    void refuse(SimRequest request, int status, const QByteArray &reason, const QString &rule);
    void refuseForCapacity(const SimRequest &request);
    const SimulatorServer::ConnectionLimits &limits() const;
    void dispatch(const SimRequest &request, bool keepAlive, bool isHead, int versionMinor);
    void deliver(const SimResponse &response);
    void deliverAfter(const SimResponse &response, QElapsedTimer since, qint64 delayMs);
    void sendDribbleChunk();
    void streamMore(); // the next slices of a large body, as the client takes the ones before
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

    // Limits
    QTimer *m_watchdog = nullptr;
    Watch m_watch = Watch::None;
    QDeadlineTimer m_requestDeadline{QDeadlineTimer::Forever}; // the same, to the end of its body
    QDeadlineTimer m_headerDeadline{
        QDeadlineTimer::Forever}; // running from a request's first byte to its head's end
    bool m_backlogged = false;    // reading paused until the client takes its answers
    bool m_overCapacity = false;  // refuse the request with 503

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
    // A body over kStreamSliceBytes goes out a slice at a time (README.md "Limits").
    QByteArray m_stream;
    qsizetype m_streamOffset = 0;
};

} // namespace AuthDoctor::Sim
