#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

// The request/response types shared by the simulator's proxy, its scenario
// mappings and its tenant model. No Qt network classes here: pure data.
namespace AuthDoctor::Sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct SimRequest
{
    QByteArray method; // as received, e.g. "POST"
    QString host;      // lower-case host name without port
    quint16 port = 443;
    bool tls = true;    // arrived through CONNECT + TLS
    QByteArray target;  // origin-form as received: path plus optional "?query"
    HeaderList headers; // in arrival order, names as sent
    QByteArray body;    // de-chunked
    // The client TCP connection the request came on (unique per proxy connection; 0 when the
    // request did not come through the proxy). NTLM is bound to its connection (facts §9.9).
    quint64 connectionId = 0;

    QString path() const;                         // percent-decoded path, no query
    QByteArray rawPath() const;                   // path as received, no query
    QUrlQuery query() const;                      // parsed query
    QByteArray header(QByteArrayView name) const; // first value, case-insensitive; empty if none
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString authScheme() const; // authorizationScheme(header("Authorization"))
    QString logPath()
        const; // path for logs: percent-decoded, no query, no fragment, user info and credentials masked
    QString url() const; // scheme://host[:port] + logPath(), for logs
};

enum class Fault
{
    None,
    ConnectionResetByPeer,
    EmptyResponse,
    MalformedResponseChunk,
    RandomDataThenClose,
    NoResponse, // accept and never answer (extension)
};

struct SimResponse
{
    int status = 200;
    QByteArray reason;  // empty: the standard reason phrase
    HeaderList headers; // a name may repeat (WWW-Authenticate sent several times)
    QByteArray body;
    int delayMs = 0;           // fixedDelayMilliseconds / tenant latency
    int dribbleChunks = 0;     // chunkedDribbleDelay.numberOfChunks (0 = off)
    int dribbleDurationMs = 0; // chunkedDribbleDelay.totalDuration
    Fault fault = Fault::None;
    QString rule; // which rule answered: "mapping:3", "mapping:name", "tenant:token-password", …

    void setHeader(const QByteArray &name, const QByteArray &value); // replace all of that name
    void addHeader(const QByteArray &name, const QByteArray &value); // append (may repeat)
    static SimResponse json(int status, const QByteArray &json, const QString &rule);
    static SimResponse xml(int status, const QByteArray &xml, const QString &rule);
    static SimResponse empty(int status, const QString &rule);
};

QByteArray standardReasonPhrase(int status);

// RFC 9110 token characters (methods, header names).
bool isTokenChar(char c);
bool isToken(QByteArrayView s); // non-empty and only token characters

// The scheme of an Authorization header value in its canonical spelling
// ("Basic", "Bearer", "NTLM", "Negotiate", …), "unknown" for anything else
// (never any part of the value itself), empty for an empty value.
QString authorizationScheme(const QByteArray &authorizationValue);

// WireMock's fault names ("CONNECTION_RESET_BY_PEER", …, and the extension
// "NO_RESPONSE"); faultName(Fault::None) is empty.
QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name); // nullopt for an unknown name
QStringList faultNames();                                // every name, in the order above

} // namespace AuthDoctor::Sim
