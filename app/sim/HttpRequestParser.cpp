#include "HttpRequestParser.h"

#include <QCoreApplication>

namespace AuthDoctor::Sim {

namespace {

// Does a comma-separated header value list contain `token` (case-insensitive)?
bool listContains(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &p : parts)
        if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// "METHOD SP target SP version" → its three parts; anything else → fewer or more.
QList<QByteArrayView> splitRequestLine(QByteArrayView line)
{
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0)
        return {};
    return {line.first(sp1), line.sliced(sp1 + 1, sp2 - sp1 - 1), line.sliced(sp2 + 1)};
}

} // namespace

QByteArray HttpRequestMessage::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool HttpRequestMessage::keepAlive() const
{
    QByteArray connection;
    for (const auto &h : headers) {
        if (QByteArrayView("Connection").compare(h.first, Qt::CaseInsensitive) == 0 ||
            QByteArrayView("Proxy-Connection").compare(h.first, Qt::CaseInsensitive) == 0)
            connection += h.second + ',';
    }
    if (listContains(connection, "close"))
        return false;
    return versionMinor >= 1 || listContains(connection, "keep-alive");
}

bool HttpRequestMessage::expectsContinue() const
{
    return versionMinor >= 1 && header("Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0;
}

HttpRequestParser::Status HttpRequestParser::fail(int status, const char *reason)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorReason = reason;
    return Status::Error;
}

HttpRequestMessage HttpRequestParser::takeMessage()
{
    HttpRequestMessage out = std::move(m_message);
    m_message = {};
    m_state = State::Head;
    m_started = false;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_firstLineChecked = 0;
    m_headLineStart = 0;
    m_headScanned = 0;
    m_lineScanned = 0;
    return out;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer)
{
    if (m_state == State::Failed)
        return Status::Error;
    if (m_state == State::Done)
        return Status::Complete;
    qsizetype at = 0;
    Status s = Status::Complete;
    if (m_state == State::Head)
        s = parseHead(buffer, at);
    if (s == Status::Complete)
        s = parseBody(buffer, at);
    if (at > 0)
        buffer.remove(0, at);
    return s;
}

qsizetype HttpRequestParser::findLineEnd(const QByteArray &buffer, qsizetype from, qsizetype *contentEnd)
{
    const qsizetype lf = buffer.indexOf('\n', from + m_lineScanned);
    if (lf < 0) {
        m_lineScanned = buffer.size() - from;
        return -1;
    }
    m_lineScanned = 0;
    *contentEnd = (lf > from && buffer.at(lf - 1) == '\r') ? lf - 1 : lf;
    return lf + 1;
}

// The head, in steps that each look at a byte a bounded number of times however the bytes
// arrive: skip empty lines, screen the request line, find the end of the head, then read the
// complete head line by line and decide how the body is framed.
HttpRequestParser::Status HttpRequestParser::parseHead(const QByteArray &buffer, qsizetype &at)
{
    if (!m_started) {
        if (!skipEmptyLines(buffer, at))
            return Status::NeedMore;
        m_started = true;
    }
    const qsizetype start = at;
    if (screenRequestLine(buffer, start) == Status::Error)
        return Status::Error;
    const qsizetype headEnd = findHeadEnd(buffer, start);
    if ((headEnd < 0 && buffer.size() - start > m_limits.maxHeaderBytes) ||
        headEnd - start > m_limits.maxHeaderBytes)
        return headTooLarge(buffer, start);
    if (headEnd < 0)
        return Status::NeedMore;

    bool requestLine = true;
    for (qsizetype p = start; p < headEnd;) {
        const qsizetype lf = buffer.indexOf('\n', p);
        const qsizetype contentEnd = (lf > p && buffer.at(lf - 1) == '\r') ? lf - 1 : lf;
        const QByteArrayView line(buffer.constData() + p, contentEnd - p);
        p = lf + 1;
        if (line.isEmpty())
            continue; // the empty line that ends the head
        const Status s = requestLine ? readRequestLine(line) : readHeaderLine(line);
        if (s == Status::Error)
            return s;
        requestLine = false;
    }
    at = headEnd;
    return decideFraming();
}

// Empty lines before a request line are ignored (RFC 9112 §2.2). False: only empty lines so far.
bool HttpRequestParser::skipEmptyLines(const QByteArray &buffer, qsizetype &at)
{
    while (at < buffer.size() && (buffer.at(at) == '\r' || buffer.at(at) == '\n'))
        ++at;
    return at < buffer.size();
}

// Garbage (a TLS ClientHello sent to the proxy as if it were an https server, binary data) is
// refused at once rather than after waiting for a line end that never comes: the request line is
// checked for control characters as it arrives, from where the last call stopped.
HttpRequestParser::Status HttpRequestParser::screenRequestLine(const QByteArray &buffer, qsizetype start)
{
    if (m_firstLineChecked < 0)
        return Status::NeedMore; // the whole request line is checked
    if (m_firstLineChecked == 0 && !isTokenChar(buffer.at(start)))
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request line"));
    const qsizetype lf = buffer.indexOf('\n', start + m_firstLineChecked);
    const qsizetype lineEnd = lf < 0 ? buffer.size() : lf;
    qsizetype i = start + m_firstLineChecked;
    for (; i < lineEnd; ++i) {
        const uchar c = uchar(buffer.at(i));
        if (c == '\r' && i == lineEnd - 1)
            break; // a CR is allowed right before the LF (checked again once the LF is there)
        if (c < 0x20 || c == 0x7f)
            return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request line"));
    }
    m_firstLineChecked = lf < 0 ? i - start : -1;
    return Status::NeedMore;
}

// The offset just past the empty line that ends the head, or -1 while it has not arrived. Searches
// on from where the last call stopped and stops looking once the head is over the cap.
qsizetype HttpRequestParser::findHeadEnd(const QByteArray &buffer, qsizetype start)
{
    qsizetype lineStart = start + m_headLineStart;
    qsizetype pos = start + m_headScanned;
    qsizetype headEnd = -1;
    while (lineStart - start <= m_limits.maxHeaderBytes) {
        const qsizetype lf = buffer.indexOf('\n', pos);
        if (lf < 0) {
            pos = buffer.size();
            break;
        }
        const qsizetype contentEnd = (lf > lineStart && buffer.at(lf - 1) == '\r') ? lf - 1 : lf;
        if (contentEnd == lineStart) {
            headEnd = lf + 1;
            break;
        }
        lineStart = pos = lf + 1;
    }
    m_headLineStart = lineStart - start;
    m_headScanned = pos - start;
    return headEnd;
}

// 431, keeping what the request line says (for the log) without trusting it further.
HttpRequestParser::Status HttpRequestParser::headTooLarge(const QByteArray &buffer, qsizetype start)
{
    const qsizetype firstLf = buffer.indexOf('\n', start);
    if (firstLf >= 0 && firstLf - start < m_limits.maxHeaderBytes) {
        const qsizetype end = firstLf > start && buffer.at(firstLf - 1) == '\r' ? firstLf - 1 : firstLf;
        const QList<QByteArrayView> parts =
            splitRequestLine(QByteArrayView(buffer.constData() + start, end - start));
        if (parts.size() == 3) {
            m_message.method = parts[0].toByteArray();
            m_message.target = parts[1].toByteArray();
        }
    }
    return fail(431,
                QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "request header fields too large"));
}

// method SP request-target SP HTTP-version
HttpRequestParser::Status HttpRequestParser::readRequestLine(QByteArrayView line)
{
    const QList<QByteArrayView> parts = splitRequestLine(line);
    if (parts.size() != 3)
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request line"));
    const QByteArrayView method = parts[0];
    const QByteArrayView target = parts[1];
    const QByteArrayView version = parts[2];
    if (!isToken(method))
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed method"));
    for (const char c : target)
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return fail(400,
                        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request target"));
    if (version == "HTTP/1.1")
        m_message.versionMinor = 1;
    else if (version == "HTTP/1.0")
        m_message.versionMinor = 0;
    else if (version.startsWith("HTTP/") && version.size() == 8 && version.at(6) == '.')
        return fail(505, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "HTTP version not supported"));
    else
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed HTTP version"));
    m_message.method = method.toByteArray();
    m_message.target = target.toByteArray();
    return Status::NeedMore;
}

// field-name ":" OWS field-value OWS; no obsolete line folding.
HttpRequestParser::Status HttpRequestParser::readHeaderLine(QByteArrayView line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400,
                    QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "obsolete header line folding"));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed header line"));
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    for (const char c : value)
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f) // NUL, CR and the other controls
            return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed header value"));
    m_message.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    return Status::NeedMore;
}

// How the body is framed (RFC 9112 §6): chunked, Content-Length, or none. A request with both
// Transfer-Encoding and Content-Length is refused (§6.3: the way requests are smuggled past a
// proxy); the connection is closed after the answer, as after every error.
HttpRequestParser::Status HttpRequestParser::decideFraming()
{
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto &h : std::as_const(m_message.headers)) {
        if (QByteArrayView("Transfer-Encoding").compare(h.first, Qt::CaseInsensitive) == 0)
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + h.second;
        else if (QByteArrayView("Content-Length").compare(h.first, Qt::CaseInsensitive) == 0)
            lengths += h.second.split(',');
    }
    if (!transferEncoding.isEmpty() && !lengths.isEmpty())
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                           "both Transfer-Encoding and Content-Length"));
    if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.size() > 1 || codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501,
                        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "unsupported transfer coding"));
        m_state = State::ChunkSize;
        return Status::Complete;
    }
    if (!lengths.isEmpty()) {
        const QByteArray first = lengths.first().trimmed();
        for (const QByteArray &l : std::as_const(lengths))
            if (l.trimmed() != first)
                return fail(
                    400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "conflicting Content-Length"));
        bool ok = !first.isEmpty() && first.size() <= 18;
        for (const char c : first)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return fail(400,
                        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed Content-Length"));
        m_remaining = first.toLongLong();
        if (m_remaining > m_limits.maxBodyBytes)
            return fail(413, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "request body too large"));
        m_state = State::FixedBody;
        return Status::Complete;
    }
    m_state = State::Done;
    return Status::Complete;
}

HttpRequestParser::Status HttpRequestParser::parseBody(const QByteArray &buffer, qsizetype &at)
{
    while (true) {
        switch (m_state) {
        case State::Done:
            return Status::Complete;
        case State::Failed:
            return Status::Error;
        case State::Head:
            return Status::NeedMore; // not reached
        case State::FixedBody:
        case State::ChunkData: {
            const qsizetype n = qMin(m_remaining, buffer.size() - at);
            m_message.body += QByteArrayView(buffer.constData() + at, n);
            at += n;
            m_remaining -= n;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = m_state == State::FixedBody ? State::Done : State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize: {
            qsizetype contentEnd = 0;
            const qsizetype next = findLineEnd(buffer, at, &contentEnd);
            // A chunk-size line (extensions included) may have 1024 bytes before its LF, however
            // it arrives: refused as soon as more are buffered, or once its LF shows it is longer.
            if (next < 0)
                return buffer.size() - at > 1024
                           ? fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                         "malformed chunk size"))
                           : Status::NeedMore;
            if (next - 1 - at > 1024)
                return fail(400,
                            QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed chunk size"));
            QByteArrayView sizeField(buffer.constData() + at, contentEnd - at);
            if (const qsizetype semi = sizeField.indexOf(';'); semi >= 0)
                sizeField = sizeField.first(semi); // chunk extensions are ignored
            sizeField = sizeField.trimmed();
            bool ok = !sizeField.isEmpty() && sizeField.size() <= 15;
            for (const char c : sizeField)
                ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
            if (!ok)
                return fail(400,
                            QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed chunk size"));
            m_remaining = sizeField.toLongLong(nullptr, 16);
            at = next;
            if (m_message.body.size() + m_remaining > m_limits.maxBodyBytes)
                return fail(413,
                            QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "request body too large"));
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkDataEnd: {
            qsizetype contentEnd = 0;
            const qsizetype next = findLineEnd(buffer, at, &contentEnd);
            if (next < 0)
                return buffer.size() - at >= 2
                           ? fail(400,
                                  QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed chunk"))
                           : Status::NeedMore;
            if (contentEnd != at)
                return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed chunk"));
            at = next;
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            qsizetype contentEnd = 0;
            const qsizetype next = findLineEnd(buffer, at, &contentEnd);
            if (next < 0) {
                if (m_trailerBytes + buffer.size() - at > m_limits.maxHeaderBytes)
                    return fail(431, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                       "request header fields too large"));
                return Status::NeedMore;
            }
            m_trailerBytes += next - at;
            if (m_trailerBytes > m_limits.maxHeaderBytes)
                return fail(431, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                   "request header fields too large"));
            const bool emptyLine = contentEnd == at;
            at = next;
            if (emptyLine) // the empty line after the trailers (trailer fields are dropped)
                m_state = State::Done;
            break;
        }
        }
    }
}

} // namespace AuthDoctor::Sim
