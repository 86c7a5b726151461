#pragma once

#include "sim/SimHttp.h"

#include <QByteArray>

namespace AuthDoctor::Sim {

// One HTTP/1.x request as it came off the wire (before the proxy decides what it is).
struct HttpRequestMessage
{
    QByteArray method;
    QByteArray target;    // origin-form, absolute-form or authority-form, as received
    int versionMinor = 1; // HTTP/1.<minor>
    HeaderList headers;
    QByteArray body; // de-chunked

    QByteArray header(QByteArrayView name) const; // first value, case-insensitive
    bool keepAlive() const;                       // HTTP/1.1 unless "close"; HTTP/1.0 only with "keep-alive"
    bool expectsContinue() const;                 // "Expect: 100-continue"
};

// Size caps of one request.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;      // request line + headers → 431 beyond
    qsizetype maxBodyBytes = 32 * 1024 * 1024; // → 413 beyond
};

// Incremental, size-capped HTTP/1.x request parser (pure; no sockets). Feed it
// the connection's buffer; it consumes the bytes of one request at a time.
// Content-Length and chunked bodies (with trailers); HTTP/1.0 tolerated.
class HttpRequestParser
{
public:
    using Limits = HttpLimits;
    enum class Status
    {
        NeedMore,
        Complete,
        Error
    };

    explicit HttpRequestParser(Limits limits = {}) : m_limits(limits) {}

    // Consumes bytes from the front of buffer. Complete: takeMessage() has the
    // request and the parser is ready for the next one. Error: errorStatus() is
    // 400, 413, 431, 501 or 505; the connection must be closed after answering.
    // A request with both Transfer-Encoding and Content-Length is an error (400, RFC 9112 §6.3).
    Status parse(QByteArray &buffer);

    HttpRequestMessage takeMessage();
    const HttpRequestMessage &current() const { return m_message; }
    bool headComplete() const { return m_state != State::Head; } // the body is still on its way
    bool isIdle() const { return m_state == State::Head && !m_started; }
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; } // for logs and the error body; no request data

private:
    enum class State
    {
        Head,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed
    };
    Status fail(int status, const char *reason);
    // Both read from buffer[at] on and advance `at` over what they consume; parse() removes it
    // from the buffer once, so that many small chunks in a large buffer cost linear time.
    Status parseHead(const QByteArray &buffer, qsizetype &at);
    Status parseBody(const QByteArray &buffer, qsizetype &at);
    // The steps of parseHead(), in order.
    bool skipEmptyLines(const QByteArray &buffer, qsizetype &at);
    Status screenRequestLine(const QByteArray &buffer, qsizetype start);
    qsizetype findHeadEnd(const QByteArray &buffer, qsizetype start);
    Status headTooLarge(const QByteArray &buffer, qsizetype start);
    Status readRequestLine(QByteArrayView line);
    Status readHeaderLine(QByteArrayView line);
    Status decideFraming();
    qsizetype findLineEnd(const QByteArray &buffer, qsizetype from, qsizetype *contentEnd);

    Limits m_limits;
    State m_state = State::Head;
    bool m_started = false;
    HttpRequestMessage m_message;
    qsizetype m_remaining = 0; // bytes left of a fixed body or of the current chunk
    qsizetype m_trailerBytes = 0;
    // Where the last call stopped, so that a request that arrives byte by byte is read in
    // linear time (offsets from the start of the head, or of the current line):
    qsizetype m_firstLineChecked = 0; // bytes of the request line checked for control characters
    qsizetype m_headLineStart = 0;    // start of the first head line not yet complete
    qsizetype m_headScanned = 0;      // bytes of the head searched for line ends
    qsizetype m_lineScanned = 0;      // bytes of the current chunk-size or trailer line searched
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace AuthDoctor::Sim
