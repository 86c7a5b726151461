#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Small readers for what Microsoft's services send back. Pure functions, unit-tested with rows.
namespace AuthDoctor::Engine::Wire {

// One authentication challenge of a WWW-Authenticate header: scheme plus parameters.
struct Challenge
{
    QString scheme;                // as sent ("Bearer", "Basic", "NTLM", "Negotiate")
    QMap<QString, QString> params; // lower-case names → unquoted values
    QString token68;               // "Negotiate <base64>" / "NTLM <base64>"
};

// All challenges of every WWW-Authenticate header value given. Handles Exchange Online's single
// comma-joined line (Bearer first, Basic Realm="" repeated), Qt 6.4 folding repeated headers
// into one comma-joined value, and commas inside quoted strings (facts §9.3).
QList<Challenge> parseChallenges(const QList<QByteArray> &headerValues);
QStringList schemesOf(const QList<Challenge> &challenges); // unique, as sent

// A token endpoint error body (facts §1.3c).
struct TokenError
{
    QString error; // invalid_grant, …
    QString suberror;
    QList<qint64> codes; // error_codes, else AADSTS numbers in error_description
    QString description; // first line of error_description
    QString traceId, correlationId, timestamp;
    bool valid = false;
};
TokenError parseTokenError(const QByteArray &body);

// The claims of a JWT-shaped token (middle segment, base64url). Never keep the token itself.
QJsonObject jwtClaims(const QByteArray &token);
// A short, non-reversible fingerprint of a token for evidence ("sha256:1a2b3c4d").
QString tokenFingerprint(const QByteArray &token);

// x-ms-diagnostics: "2000003;reason=\"…\";error_category=\"invalid_resource\"".
struct MsDiagnostics
{
    QString code;
    QString reason;
    QString category;
};
MsDiagnostics parseMsDiagnostics(const QString &value);

// application/x-www-form-urlencoded body from pairs (values percent-encoded).
QByteArray formBody(const QList<QPair<QString, QString>> &fields);

// An EWS SOAP answer: ResponseClass / ResponseCode / MessageText, or a SOAP fault's
// faultcode / faultstring / ResponseCode in detail, BackOffMilliseconds.
struct EwsResponse
{
    bool isSoap = false;    // a well-formed SOAP envelope (a broken one is not read as an answer)
    bool malformed = false; // the body is not well-formed XML
    QString responseClass;  // Success / Warning / Error
    QString responseCode;   // NoError, ErrorAccessDenied, … (also from a fault's detail)
    QString messageText;
    QString faultCode;
    QString faultString;
    qint64 backOffMs = -1;
};
EwsResponse parseEwsResponse(const QByteArray &body);

} // namespace AuthDoctor::Engine::Wire
