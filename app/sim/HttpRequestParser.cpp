#include "HttpRequestParser.h"

#include <QCoreApplication>

namespace AuthDoctor::Sim {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Does a comma-separated header value list contain `token` (case-insensitive)?
bool listContains(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &p : parts)
        if (p.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Index just past the next line ending (CRLF or a bare LF) at or after from; -1 if none yet.
qsizetype lineEnd(const QByteArray &buffer, qsizetype from, qsizetype *contentEnd)
{
    const qsizetype lf = buffer.indexOf('\n', from);
    if (lf < 0)
        return -1;
    *contentEnd = (lf > from && buffer.at(lf - 1) == '\r') ? lf - 1 : lf;
    return lf + 1;
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
    return out;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArray &buffer)
{
    if (m_state == State::Failed)
        return Status::Error;
    if (m_state == State::Done)
        return Status::Complete;
    if (m_state == State::Head) {
        const Status s = parseHead(buffer);
        if (s != Status::Complete)
            return s;
    }
    return parseBody(buffer);
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArray &buffer)
{
    // Empty lines before a request line are ignored (RFC 9112 §2.2).
    qsizetype skip = 0;
    while (skip < buffer.size() && (buffer.at(skip) == '\r' || buffer.at(skip) == '\n'))
        ++skip;
    if (skip > 0)
        buffer.remove(0, skip);
    if (buffer.isEmpty())
        return Status::NeedMore;
    m_started = true;

    // Garbage (a TLS ClientHello sent to the proxy as if it were an https server, binary
    // data) is refused at once rather than after waiting for a line end that never comes.
    const qsizetype firstLineEnd = buffer.indexOf('\n');
    const QByteArrayView firstLine(buffer.constData(), firstLineEnd < 0 ? buffer.size() : firstLineEnd);
    if (!isTokenChar(firstLine.front()))
        return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request line"));
    for (qsizetype i = 0; i < firstLine.size(); ++i) {
        const uchar c = uchar(firstLine.at(i));
        if ((c < 0x20 && !(c == '\r' && i == firstLine.size() - 1)) || c == 0x7f)
            return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed request line"));
    }

    // Find the empty line that ends the head.
    qsizetype pos = 0;
    qsizetype headEnd = -1;
    QList<QByteArrayView> lines;
    while (true) {
        qsizetype contentEnd = 0;
        const qsizetype next = lineEnd(buffer, pos, &contentEnd);
        if (next < 0 || next > m_limits.maxHeaderBytes) {
            if (buffer.size() > m_limits.maxHeaderBytes || next > m_limits.maxHeaderBytes) {
                // Keep what the request line says (for the log), without trusting it further.
                const QList<QByteArrayView> parts =
                    lines.isEmpty() ? QList<QByteArrayView>() : splitRequestLine(lines.first());
                if (parts.size() == 3) {
                    m_message.method = parts[0].toByteArray();
                    m_message.target = parts[1].toByteArray();
                }
                return fail(431, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                   "request header fields too large"));
            }
            return Status::NeedMore;
        }
        if (contentEnd == pos) {
            headEnd = next;
            break;
        }
        lines << QByteArrayView(buffer.constData() + pos, contentEnd - pos);
        pos = next;
    }

    // Request line: method SP target SP HTTP-version
    const QList<QByteArrayView> parts = splitRequestLine(lines.value(0));
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

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(
                400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "obsolete header line folding"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed header line"));
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (value.contains('\0') || value.contains('\r'))
            return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed header value"));
        m_message.headers.append({line.first(colon).toByteArray(), value});
    }
    buffer.remove(0, headEnd);

    // Body framing (RFC 9112 §6).
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto &h : m_message.headers) {
        if (QByteArrayView("Transfer-Encoding").compare(h.first, Qt::CaseInsensitive) == 0)
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + h.second;
        else if (QByteArrayView("Content-Length").compare(h.first, Qt::CaseInsensitive) == 0)
            lengths += h.second.split(',');
    }
    if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(501,
                        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "unsupported transfer coding"));
        if (codings.size() > 1)
            return fail(501,
                        QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "unsupported transfer coding"));
        m_state = State::ChunkSize;
        return Status::Complete;
    }
    if (!lengths.isEmpty()) {
        const QByteArray first = lengths.first().trimmed();
        for (const QByteArray &l : lengths)
            if (l.trimmed() != first)
                return fail(
                    400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "conflicting Content-Length"));
        bool ok = first.size() <= 18;
        for (const char c : first)
            ok = ok && c >= '0' && c <= '9';
        if (!ok || first.isEmpty())
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

HttpRequestParser::Status HttpRequestParser::parseBody(QByteArray &buffer)
{
    while (true) {
        switch (m_state) {
        case State::Done:
            return Status::Complete;
        case State::Failed:
            return Status::Error;
        case State::Head:
            return Status::NeedMore; // not reached
        case State::FixedBody: {
            const qsizetype n = qMin(m_remaining, buffer.size());
            m_message.body += QByteArrayView(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            qsizetype contentEnd = 0;
            const qsizetype next = lineEnd(buffer, 0, &contentEnd);
            if (next < 0)
                return buffer.size() > 1024 ? fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                                          "malformed chunk size"))
                                            : Status::NeedMore;
            QByteArrayView sizeField(buffer.constData(), contentEnd);
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
            buffer.remove(0, next);
            if (m_message.body.size() + m_remaining > m_limits.maxBodyBytes)
                return fail(413,
                            QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "request body too large"));
            m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype n = qMin(m_remaining, buffer.size());
            m_message.body += QByteArrayView(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return Status::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd: {
            qsizetype contentEnd = 0;
            const qsizetype next = lineEnd(buffer, 0, &contentEnd);
            if (next < 0)
                return buffer.size() >= 2 ? fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                                        "malformed chunk"))
                                          : Status::NeedMore;
            if (contentEnd != 0)
                return fail(400, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer", "malformed chunk"));
            buffer.remove(0, next);
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            qsizetype contentEnd = 0;
            const qsizetype next = lineEnd(buffer, 0, &contentEnd);
            if (next < 0) {
                if (m_trailerBytes + buffer.size() > m_limits.maxHeaderBytes)
                    return fail(431, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                       "request header fields too large"));
                return Status::NeedMore;
            }
            m_trailerBytes += next;
            if (m_trailerBytes > m_limits.maxHeaderBytes)
                return fail(431, QT_TRANSLATE_NOOP("AuthDoctor::Sim::SimulatorServer",
                                                   "request header fields too large"));
            buffer.remove(0, next);
            if (contentEnd == 0) // the empty line after the trailers (trailer fields are dropped)
                m_state = State::Done;
            break;
        }
        }
    }
}

} // namespace AuthDoctor::Sim
