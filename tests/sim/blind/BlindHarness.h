#pragma once
// Harness of the blind acceptance test (tests/sim/tst_sim_blind.cpp): runs the
// built `authdoctor simulate --scenario FILE --log LOG` as a separate process and
// talks to it with a QNetworkAccessManager through the printed proxy, trusting
// only the printed CA. Written from ../shared/spec/scenarios.md, cli.md and
// ../shared/reference/m365-auth-facts.md only; it knows nothing of the
// simulator's code.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace AuthDoctor::BlindTest {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Fixed facts of the healthy tenant (task description, "The healthy tenant").
inline constexpr char kTenantId[] = "6f1b8c2e-4d3a-4b7e-9c21-5a8d0e3f7b19";
inline constexpr char kDelegatedApp[] = "3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61";
inline constexpr char kAppOnlyApp[] = "9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a";
inline constexpr char kAppOnlySecret[] = "Cx8Q~appOnlySecretValue.Contoso-2026";
inline constexpr char kExoResourceId[] = "00000002-0000-0ff1-ce00-000000000000";
inline constexpr char kSpoResourceId[] = "00000003-0000-0ff1-ce00-000000000000";
inline constexpr char kEwsDelegatedScope[] = "https://outlook.office365.com/EWS.AccessAsUser.All";
inline constexpr char kEwsAppScope[] = "https://outlook.office365.com/.default";
inline constexpr char kGraphAppScope[] = "https://graph.microsoft.com/.default";

struct Request
{
    QByteArray method = "GET";
    QString url;
    HeaderList headers;
    QByteArray body;
    // A token to fetch from the same simulator first and send as "Authorization: Bearer":
    //   "app|<scope>"                 client credentials of the app-only app (tenant GUID, .com login host)
    //   "appus|<scope>"               the same against login.microsoftonline.us
    //   "user|<upn>|<password>|<scope>"  ROPC with the delegated (public client) app
    //   "raw|<text>"                  a literal value
    QString bearer;
    int timeoutMs = 15000;
    // Send it over a bare QSslSocket (CONNECT through the proxy, TLS with the CA) instead of
    // QNetworkAccessManager: every header line exactly as sent, and no automatic NTLM/Negotiate
    // step (QNAM answers an NTLM challenge with a type 1 message on its own). https only.
    bool raw = false;
};

struct Response
{
    bool finished = false;
    int status = 0; // 0 when no HTTP response arrived
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError::SslError> sslErrors;

    // Every value of a header (name compared case-insensitively), joined by '\n'.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// One `authdoctor simulate` process.
class SimRun
{
public:
    SimRun() = default;
    SimRun(const SimRun &) = delete;
    SimRun &operator=(const SimRun &) = delete;
    ~SimRun();

    // Starts the simulator on FILE with --log LOG; false (and error()) when it did not
    // print its "listening proxy=… ca=…" line.
    bool start(const QString &file, const QString &logPath);
    void stop();

    quint16 port() const { return m_port; }
    QString caPath() const { return m_ca; }
    QString logPath() const { return m_log; }
    QString error() const { return m_error; }
    QByteArray stderrText();

private:
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_out;
    QByteArray m_err;
    quint16 m_port = 0;
    QString m_ca;
    QString m_log;
    QString m_error;
};

// A fresh QNetworkAccessManager routed through one simulator, trusting its CA only.
class Client
{
public:
    explicit Client(const SimRun &sim);
    Response fetch(const Request &r);
    Response fetchRaw(const Request &r, const QByteArray &authorization);
    // Resolves a Request::bearer spec (cached per client); empty with a message on failure.
    QByteArray token(const QString &spec, QString *problem);
    QNetworkAccessManager &nam() { return m_nam; }
    QSslConfiguration ssl() const { return m_ssl; }

private:
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    QHash<QString, QByteArray> m_tokens;
};

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the binary to completion (for the broken files).
RunResult runToEnd(const QStringList &args, int timeoutMs);

// ---- request shapes from m365-auth-facts.md -------------------------------------------
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);
Request tokenRequest(const QString &host, const QString &tenant,
                     const QList<QPair<QString, QString>> &fields);
Request ropc(const QString &tenant, const QString &clientId, const QString &upn, const QString &password,
             const QString &scope);
Request clientCredentials(const QString &tenant, const QString &clientId, const QString &secret,
                          const QString &scope);
QByteArray ewsGetFolder(const QString &impersonate, const QString &delegateMailbox = QString());
Request ews(const QString &host, const QString &impersonate, const QString &anchor = QString());
QByteArray poxBody(const QString &email);
QByteArray soapGetUserSettings(const QString &mailbox, const QString &to);
QByteArray basicAuth(const QString &user, const QString &password);

// ---- reading responses -----------------------------------------------------------------
QJsonObject jwtClaims(const QByteArray &token);
// Value at a dotted path ("error.code", "value.0.servicePlans") as text: strings as they
// are, other values as compact JSON; nullopt when the path does not exist.
std::optional<QString> jsonAt(const QByteArray &body, const QString &path);
// The AADSTS code of a token-endpoint error: error_codes[0], else AADSTS(\d+) in error_description.
int aadstsCode(const QByteArray &body);

} // namespace AuthDoctor::BlindTest
