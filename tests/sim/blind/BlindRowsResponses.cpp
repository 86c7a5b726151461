// base "none" scenarios: the response side of the WireMock subset (headers with a
// list value, jsonBody, base64Body, statusMessage, fixedDelayMilliseconds,
// chunkedDribbleDelay) and every fault, seen as a QNetworkReply error.
#include "BlindProbe.h"

namespace AuthDoctor::BlindTest {

// The row tables name only the Expect fields they check (C++20 designated initializers).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace {

const QString kResp = QStringLiteral("wire-responses.json");
const QString kFaults = QStringLiteral("wire-faults.json");

// Errors a client may see when the server drops the connection without a complete answer.
const QList<QNetworkReply::NetworkError> kClosed = {QNetworkReply::RemoteHostClosedError,
                                                    QNetworkReply::ConnectionRefusedError};
// A response that is not valid HTTP or a body whose chunked framing is broken.
const QList<QNetworkReply::NetworkError> kGarbled = {
    QNetworkReply::ProtocolFailure, QNetworkReply::ProtocolUnknownError, QNetworkReply::RemoteHostClosedError,
    QNetworkReply::UnknownNetworkError};

Request silent(const QString &url)
{
    Request r = get(url);
    r.timeoutMs = 2000; // NO_RESPONSE never answers: the transfer timeout ends the wait
    return r;
}

} // namespace

QList<Row> wireResponseRows()
{
    const QString w = QStringLiteral("https://wire.contoso.com");
    const QString exo = QStringLiteral("https://outlook.office365.com");
    return {
        {"response/header sent several times",
         {kResp,
          raw(post(QStringLiteral("https://mail.contoso.com/EWS/Exchange.asmx"), "x", "text/xml")),
          {.status = 401,
           .bodyEquals = QByteArray("<html><body>401 - Unauthorized</body></html>"),
           .headerHas = {{"WWW-Authenticate", QStringLiteral("Negotiate")},
                         {"WWW-Authenticate", QStringLiteral("NTLM")},
                         {"WWW-Authenticate", QStringLiteral("Basic realm=\"mail.contoso.com\"")},
                         {"X-OWA-Version", QStringLiteral("15.2.1544.4")}},
           .headerLines = {{"WWW-Authenticate", 3}}}}},
        {"response/jsonBody",
         {kResp,
          get(QStringLiteral("https://graph.microsoft.com/v1.0/users/user1@contoso.com/mailboxSettings")),
          {.status = 404,
           .headerHas = {{"Content-Type", QStringLiteral("application/json")}},
           .json = {{QStringLiteral("error.code"), QStringLiteral("MailboxNotEnabledForRESTAPI")},
                    {QStringLiteral("error.innerError.request-id"),
                     QStringLiteral("11111111-1111-1111-1111-111111111111")}}}}},
        {"response/base64Body",
         {kResp,
          get(w + QStringLiteral("/b64")),
          {.bodyEquals = QByteArray::fromHex("000102fdfeff48656c6c6f")}}},
        {"response/statusMessage and odd status",
         {kResp,
          get(w + QStringLiteral("/reason")),
          {.status = 456,
           .bodyEquals = QByteArray(),
           .headerHas = {{"X-AutoDiscovery-Error", QStringLiteral("BasicAuthBlockStatus - Deny")}},
           .reason = "Credentials Valid But Blocked"}}},
        {"response/fixedDelayMilliseconds",
         {kResp, get(w + QStringLiteral("/delayed")), {.bodyEquals = QByteArray("late")}}},
        {"response/chunkedDribbleDelay",
         {kResp,
          get(w + QStringLiteral("/dribble")),
          {.bodyEquals = QByteArray("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}}},
        {"response/no priority is WireMock's 5 (beats 6)",
         {kResp, get(w + QStringLiteral("/default-priority")), {.bodyEquals = QByteArray("no-priority")}}},
        {"response/no priority is WireMock's 5 (loses to 4)",
         {kResp,
          get(w + QStringLiteral("/default-priority-4")),
          {.bodyEquals = QByteArray("explicit-priority-4")}}},
        // Faults, over TLS (CONNECT tunnel) and over plain http.
        {"fault/healthy path", {kFaults, get(exo + QStringLiteral("/ok")), {.bodyEquals = QByteArray("ok")}}},
        {"fault/CONNECTION_RESET_BY_PEER",
         {kFaults, get(exo + QStringLiteral("/reset")), {.status = -1, .errors = kClosed}}},
        {"fault/CONNECTION_RESET_BY_PEER http",
         {kFaults,
          get(QStringLiteral("http://outlook.office365.com/reset")),
          {.status = -1, .errors = kClosed}}},
        {"fault/EMPTY_RESPONSE",
         {kFaults, get(exo + QStringLiteral("/empty")), {.status = -1, .errors = kClosed}}},
        {"fault/EMPTY_RESPONSE http",
         {kFaults,
          get(QStringLiteral("http://outlook.office365.com/empty")),
          {.status = -1, .errors = kClosed}}},
        {"fault/MALFORMED_RESPONSE_CHUNK",
         {kFaults, get(exo + QStringLiteral("/malformed")), {.status = 200, .errors = kGarbled}}},
        {"fault/RANDOM_DATA_THEN_CLOSE",
         {kFaults, get(exo + QStringLiteral("/random")), {.status = -1, .errors = kGarbled}}},
        {"fault/NO_RESPONSE",
         {kFaults,
          silent(exo + QStringLiteral("/silent")),
          {.status = -1, .errors = {QNetworkReply::OperationCanceledError, QNetworkReply::TimeoutError}}}},
        {"fault/NO_RESPONSE http",
         {kFaults,
          silent(QStringLiteral("http://outlook.office365.com/silent")),
          {.status = -1, .errors = {QNetworkReply::OperationCanceledError, QNetworkReply::TimeoutError}}}},
        {"fault/connection still usable afterwards",
         {kFaults, get(exo + QStringLiteral("/ok")), {.bodyEquals = QByteArray("ok")}}},
    };
}

#pragma GCC diagnostic pop

} // namespace AuthDoctor::BlindTest
