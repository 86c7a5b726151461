#include "BlindNtlm.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace AuthDoctor::BlindTest::Ntlm {

namespace {

QByteArray utf16le(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() * 2);
    for (const QChar c : s) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

void putLE(QByteArray &b, int at, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

void putU16(QByteArray &b, int at, quint16 v)
{
    putLE(b, at, v, 2);
}

void putU32(QByteArray &b, int at, quint32 v)
{
    putLE(b, at, v, 4);
}

quint32 readLE(const QByteArray &b, int at, int bytes)
{
    if (at < 0 || at + bytes > b.size())
        return 0;
    quint32 v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | quint8(b.at(at + i));
    return v;
}

quint16 u16(const QByteArray &b, int at)
{
    return quint16(readLE(b, at, 2));
}

quint32 u32(const QByteArray &b, int at)
{
    return readLE(b, at, 4);
}

QByteArray hmacMd5(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Md5);
}

// MsvAvTimestamp (AvId 7) of the target info, if the server sent one.
QByteArray avTimestamp(const QByteArray &targetInfo)
{
    int at = 0;
    while (at + 4 <= targetInfo.size()) {
        const quint16 id = u16(targetInfo, at);
        const quint16 len = u16(targetInfo, at + 2);
        if (id == 0)
            break;
        if (id == 7 && len == 8)
            return targetInfo.mid(at + 4, 8);
        at += 4 + len;
    }
    return {};
}

// A whole response (Content-Length or chunked) is in `in`.
qsizetype responseEnd(const QByteArray &in)
{
    const qsizetype head = in.indexOf("\r\n\r\n");
    if (head < 0)
        return -1;
    const QString headers = QString::fromLatin1(in.left(head + 2));
    static const QRegularExpression length(QStringLiteral("\r\ncontent-length:\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression chunked(QStringLiteral("\r\ntransfer-encoding:\\s*chunked"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto m = length.match(headers);
    if (m.hasMatch()) {
        const qsizetype end = head + 4 + m.captured(1).toLongLong();
        return in.size() >= end ? end : -1;
    }
    if (chunked.match(headers).hasMatch()) {
        const qsizetype last = in.indexOf("\r\n0\r\n\r\n", head);
        return last < 0 ? -1 : last + 7;
    }
    return head + 4; // no body framing: a header-only answer
}

} // namespace

Challenge parseChallenge(const QByteArray &wwwAuthenticate)
{
    Challenge c;
    static const QRegularExpression re(QStringLiteral("NTLM\\s+([A-Za-z0-9+/=]{20,})"));
    const auto m = re.match(QString::fromLatin1(wwwAuthenticate));
    if (!m.hasMatch())
        return c;
    const QByteArray msg = QByteArray::fromBase64(m.captured(1).toLatin1());
    if (msg.size() < 48 || !msg.startsWith(QByteArray("NTLMSSP\0", 8)) || u32(msg, 8) != 2)
        return c;
    c.flags = u32(msg, 20);
    c.serverChallenge = msg.mid(24, 8);
    const quint16 infoLen = u16(msg, 40);
    const quint32 infoAt = u32(msg, 44);
    if (infoAt + infoLen <= quint32(msg.size()))
        c.targetInfo = msg.mid(int(infoAt), infoLen);
    c.valid = c.serverChallenge.size() == 8;
    return c;
}

QByteArray type3(const Challenge &challenge, const QString &user, const QString &domain,
                 const QString &password)
{
    // MS-NLMP 3.3.2: NTOWFv2 = HMAC_MD5(MD4(UNICODE(Passwd)), UNICODE(Uppercase(User) + UserDom)).
    const QByteArray ntHash = QCryptographicHash::hash(utf16le(password), QCryptographicHash::Md4);
    const QByteArray ntowf = hmacMd5(ntHash, utf16le(user.toUpper() + domain));
    QByteArray clientChallenge(8, '\0');
    for (int i = 0; i < 8; ++i)
        clientChallenge[i] = char(QRandomGenerator::global()->bounded(256));
    QByteArray timestamp = avTimestamp(challenge.targetInfo);
    if (timestamp.isEmpty()) {
        timestamp = QByteArray(8, '\0');
        putLE(timestamp, 0, (quint64(QDateTime::currentMSecsSinceEpoch()) + 11644473600000ULL) * 10000ULL, 8);
    }
    QByteArray blob = QByteArray::fromHex("0101000000000000");
    blob += timestamp + clientChallenge + QByteArray(4, '\0') + challenge.targetInfo + QByteArray(4, '\0');
    const QByteArray ntProof = hmacMd5(ntowf, challenge.serverChallenge + blob);
    const QByteArray nt = ntProof + blob;
    const QByteArray lm = hmacMd5(ntowf, challenge.serverChallenge + clientChallenge) + clientChallenge;

    const QByteArray dom = utf16le(domain);
    const QByteArray usr = utf16le(user);
    const QByteArray ws = utf16le(QStringLiteral("BLINDTEST"));
    QByteArray msg(64, '\0');
    msg.replace(0, 8, QByteArray("NTLMSSP\0", 8));
    putU32(msg, 8, 3);
    int at = 64;
    const auto field = [&msg, &at](int header, const QByteArray &value) {
        putU16(msg, header, quint16(value.size()));
        putU16(msg, header + 2, quint16(value.size()));
        putU32(msg, header + 4, quint32(at));
        at += int(value.size());
    };
    field(28, dom);
    field(36, usr);
    field(44, ws);
    field(12, lm);
    field(20, nt);
    field(52, QByteArray());
    // UNICODE | REQUEST_TARGET | NTLM | ALWAYS_SIGN | EXTENDED_SESSIONSECURITY | TARGET_INFO
    putU32(msg, 60, 0x00888205u);
    msg += dom + usr + ws + lm + nt;
    return "NTLM " + msg.toBase64();
}

Connection::Connection(const SimRun &sim, const QSslConfiguration &ssl, const QString &host)
    : m_port(sim.port()), m_ssl(ssl), m_host(host)
{
}

Connection::~Connection()
{
    close();
}

bool Connection::open(int timeoutMs)
{
    m_socket = std::make_unique<QSslSocket>();
    m_socket->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port));
    m_socket->setSslConfiguration(m_ssl);
    m_socket->connectToHostEncrypted(m_host, 443);
    QSslSocket *s = m_socket.get();
    return QTest::qWaitFor(
               [s] { return s->isEncrypted() || s->state() == QAbstractSocket::UnconnectedState; },
               timeoutMs) &&
           s->isEncrypted();
}

bool Connection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void Connection::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

Response Connection::send(const QByteArray &method, const QString &pathAndQuery, const HeaderList &headers,
                          const QByteArray &body, int timeoutMs)
{
    Response out;
    if (!isOpen())
        return out;
    QByteArray head = method + ' ' + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: " + m_host.toUtf8() +
                      "\r\nConnection: keep-alive\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    m_socket->write(head + body);
    QSslSocket *s = m_socket.get();
    QByteArray &in = m_pending;
    out.finished = QTest::qWaitFor(
        [&] {
            in += s->readAll();
            return responseEnd(in) >= 0 || s->state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    const qsizetype end = responseEnd(in);
    if (end < 0) {
        out.finished = false;
        return out;
    }
    const QByteArray whole = in.left(end);
    in.remove(0, end);
    const qsizetype headEnd = whole.indexOf("\r\n\r\n");
    const QByteArrayList lines = whole.left(headEnd).split('\n');
    const QByteArray statusLine = lines.first().trimmed();
    out.status = statusLine.split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            out.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    out.body = whole.mid(headEnd + 4);
    return out;
}

} // namespace AuthDoctor::BlindTest::Ntlm
