#include "BlindProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace AuthDoctor::BlindTest {

namespace {

QString claimText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const auto &e : v.toArray())
            parts << e.toString();
        return parts.join(QLatin1Char(' '));
    }
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString excerpt(const QByteArray &body)
{
    return QString::fromUtf8(body.left(400)).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QStringList check(const Expect &exp, const Response &got)
{
    QStringList p;
    if (!got.finished)
        p << QStringLiteral("no answer at all (%1)").arg(QString::fromUtf8(got.reason));
    if (exp.status == -1) {
        if (got.status != 0)
            p << QStringLiteral("expected no HTTP response, got HTTP %1").arg(got.status);
    } else if (got.status != exp.status) {
        p << QStringLiteral("HTTP status %1, expected %2 (error %3, body: %4)")
                 .arg(got.status)
                 .arg(exp.status)
                 .arg(int(got.error))
                 .arg(excerpt(got.body));
    }
    if (!exp.errors.isEmpty() && !exp.errors.contains(got.error))
        p << QStringLiteral("reply error %1 is not among the expected ones").arg(int(got.error));
    for (QSslError::SslError e : exp.sslErrors)
        if (!got.sslErrors.contains(e))
            p << QStringLiteral("TLS error %1 not reported (got %2 errors)")
                     .arg(int(e))
                     .arg(got.sslErrors.size());
    if (!exp.aadsts.isEmpty()) {
        const int code = aadstsCode(got.body);
        if (!exp.aadsts.contains(code))
            p << QStringLiteral("AADSTS code %1 is not an expected one (body: %2)")
                     .arg(code)
                     .arg(excerpt(got.body));
    }
    if (!exp.ewsCode.isEmpty()) {
        const QRegularExpression re(
            QStringLiteral("(ResponseCode|ErrorCode|faultcode)[^>]*>\\s*(\\w+:)?%1\\s*<")
                .arg(QRegularExpression::escape(exp.ewsCode)));
        if (!re.match(QString::fromUtf8(got.body)).hasMatch())
            p << QStringLiteral("code %1 not in the SOAP/XML body: %2").arg(exp.ewsCode, excerpt(got.body));
    }
    const QString body = QString::fromUtf8(got.body);
    for (const QString &s : exp.bodyHas)
        if (!body.contains(s))
            p << QStringLiteral("body lacks \"%1\": %2").arg(s, excerpt(got.body));
    for (const QString &s : exp.bodyLacks)
        if (body.contains(s))
            p << QStringLiteral("body has \"%1\"").arg(s);
    if (exp.bodyEquals && got.body != *exp.bodyEquals)
        p << QStringLiteral("body is %1, expected %2")
                 .arg(QString::fromLatin1(got.body.toHex()), QString::fromLatin1(exp.bodyEquals->toHex()));
    for (const auto &h : exp.headerHas) {
        const QString v = QString::fromUtf8(got.header(h.first));
        if (!got.hasHeader(h.first) || !v.contains(h.second))
            p << QStringLiteral("header %1 = \"%2\" lacks \"%3\"")
                     .arg(QString::fromLatin1(h.first), v, h.second);
    }
    for (const QByteArray &h : exp.headerAbsent)
        if (got.hasHeader(h))
            p << QStringLiteral("header %1 should be absent").arg(QString::fromLatin1(h));
    for (const auto &h : exp.headerLacks)
        if (QString::fromUtf8(got.header(h.first)).contains(h.second))
            p << QStringLiteral("header %1 has \"%2\"").arg(QString::fromLatin1(h.first), h.second);
    for (const auto &h : exp.headerLines) {
        int n = 0;
        for (const auto &line : got.headers)
            n += line.first.compare(h.first, Qt::CaseInsensitive) == 0 ? 1 : 0;
        if (n != h.second)
            p << QStringLiteral("%1 header lines %2, expected %3")
                     .arg(QString::fromLatin1(h.first))
                     .arg(n)
                     .arg(h.second);
    }
    for (const auto &j : exp.json) {
        const std::optional<QString> v = jsonAt(got.body, j.first);
        if (j.second == QLatin1String("!")) {
            if (v)
                p << QStringLiteral("JSON %1 should be absent, is %2").arg(j.first, *v);
        } else if (!v) {
            p << QStringLiteral("JSON %1 missing: %2").arg(j.first, excerpt(got.body));
        } else if (j.second.startsWith(QLatin1Char('~')) ? !v->contains(j.second.mid(1)) : *v != j.second) {
            p << QStringLiteral("JSON %1 = %2, expected %3").arg(j.first, *v, j.second);
        }
    }
    if (!exp.claims.isEmpty()) {
        const QJsonObject c =
            jwtClaims(jsonAt(got.body, QStringLiteral("access_token")).value_or(QString()).toUtf8());
        if (c.isEmpty())
            p << QStringLiteral("no decodable access_token: %1").arg(excerpt(got.body));
        for (const auto &e : exp.claims) {
            if (e.second == QLatin1String("!")) {
                if (c.contains(e.first))
                    p << QStringLiteral("claim %1 should be absent").arg(e.first);
            } else if (!c.contains(e.first) || !claimText(c.value(e.first)).contains(e.second)) {
                p << QStringLiteral("claim %1 = \"%2\" lacks \"%3\"")
                         .arg(e.first, claimText(c.value(e.first)), e.second);
            }
        }
    }
    if (!exp.reason.isEmpty() && got.reason != exp.reason)
        p << QStringLiteral("reason phrase \"%1\", expected \"%2\"")
                 .arg(QString::fromUtf8(got.reason), QString::fromUtf8(exp.reason));
    return p;
}

Request get(const QString &url, const HeaderList &headers)
{
    Request r;
    r.url = url;
    r.headers = headers;
    return r;
}

Request post(const QString &url, const QByteArray &body, const QByteArray &contentType,
             const HeaderList &headers)
{
    Request r;
    r.method = "POST";
    r.url = url;
    r.body = body;
    r.headers = headers;
    if (!contentType.isEmpty())
        r.headers.prepend({"Content-Type", contentType});
    return r;
}

Request withBearer(Request r, const QString &spec)
{
    r.bearer = spec;
    return r;
}

Request raw(Request r)
{
    r.raw = true;
    return r;
}

Request withHeader(Request r, const QByteArray &name, const QByteArray &value)
{
    r.headers.append({name, value});
    return r;
}

} // namespace AuthDoctor::BlindTest
