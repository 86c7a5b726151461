#pragma once
// A client-side NTLMv2 (MS-NLMP) and a keep-alive TLS connection through the simulator's
// proxy, for facts §9.9 (NTLM is bound to one TCP connection): QNetworkAccessManager
// chooses its own connections, so the blind test drives the sockets itself.

#include "BlindHarness.h"

#include <QSslSocket>

#include <memory>

namespace AuthDoctor::BlindTest::Ntlm {

// The Type-1 message of facts §2.3 (base64).
inline constexpr char kType1[] = "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAGAbEdAAAADw==";

struct Challenge
{
    bool valid = false;
    QByteArray serverChallenge; // 8 bytes
    QByteArray targetInfo;      // AV pairs, as sent
    quint32 flags = 0;
};

// Reads "NTLM <base64 Type-2>" out of one or more WWW-Authenticate values.
Challenge parseChallenge(const QByteArray &wwwAuthenticate);
// "NTLM <base64 Type-3>" answering `challenge` with an NTLMv2 response.
QByteArray type3(const Challenge &challenge, const QString &user, const QString &domain,
                 const QString &password);

// One TLS connection through the proxy (CONNECT host:443), kept open across requests.
class Connection
{
public:
    Connection(const SimRun &sim, const QSslConfiguration &ssl, const QString &host);
    ~Connection();
    bool open(int timeoutMs = 15000);
    // Sends one request (Connection: keep-alive) and reads one response with a Content-Length.
    Response send(const QByteArray &method, const QString &pathAndQuery, const HeaderList &headers,
                  const QByteArray &body, int timeoutMs = 15000);
    bool isOpen() const;
    void close();

private:
    std::unique_ptr<QSslSocket> m_socket;
    quint16 m_port;
    QSslConfiguration m_ssl;
    QString m_host;
    QByteArray m_pending;
};

} // namespace AuthDoctor::BlindTest::Ntlm
