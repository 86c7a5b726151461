#pragma once
// One data row of the blind test: a scenario file, one request, and what
// ../shared/spec/scenarios.md and ../shared/reference/m365-auth-facts.md say must come back.

#include "BlindHarness.h"

#include <QMetaType>

namespace AuthDoctor::BlindTest {

struct Expect
{
    int status = 200;                          // -1: no HTTP response at all (a fault, a TLS failure)
    QList<QNetworkReply::NetworkError> errors; // when given, the reply error must be one of these
    QList<QSslError::SslError> sslErrors;      // each must be among the reported TLS errors
    QList<int> aadsts;                         // error_codes[0] must be one of these
    QString ewsCode;                           // SOAP ResponseCode / faultcode / Autodiscover ErrorCode
    QStringList bodyHas;
    QStringList bodyLacks;
    std::optional<QByteArray> bodyEquals;
    QList<QPair<QByteArray, QString>> headerHas; // header (all values) contains text
    QList<QByteArray> headerAbsent;
    QList<QPair<QByteArray, QString>> headerLacks; // header present or not, no value contains text
    QList<QPair<QByteArray, int>> headerLines;     // number of separate header lines (Request::raw only)
    // Dotted JSON path → expected text; a leading '~' means "contains", "!" means "path absent".
    QList<QPair<QString, QString>> json;
    // Claims of the access_token in the body: claim → text the claim (arrays joined by ' ') contains;
    // an expected value of "!" means the claim must be absent.
    QList<QPair<QString, QString>> claims;
    QByteArray reason; // HTTP reason phrase
    QString xfail;     // non-empty: a known simulator deviation (reported), checked with QEXPECT_FAIL
};

struct Probe
{
    QString scenario; // file name under tests/sim/blind
    Request req;
    Expect exp;
};

struct Row
{
    const char *name;
    Probe probe;
};

QList<Row> healthyRows();
QList<Row> healthyServiceRows();
QList<Row> wireRows();
QList<Row> wireResponseRows();
QList<Row> tenantUserRows();
QList<Row> tenantAppPolicyRows();

// Everything in `exp` that `got` does not satisfy (empty: all good).
QStringList check(const Expect &exp, const Response &got);

// Small builders for the row tables.
Request get(const QString &url, const HeaderList &headers = {});
Request post(const QString &url, const QByteArray &body, const QByteArray &contentType,
             const HeaderList &headers = {});
Request withBearer(Request r, const QString &spec);
Request withHeader(Request r, const QByteArray &name, const QByteArray &value);
Request raw(Request r); // send over a bare TLS socket (see Request::raw)

} // namespace AuthDoctor::BlindTest

Q_DECLARE_METATYPE(AuthDoctor::BlindTest::Probe)
