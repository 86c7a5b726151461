// Fuzz harness: the simulated tenant (TenantModel::handle), driven by a short script of requests.
//
// Input (text; anything else is read the same way, line by line):
//   scenario: onprem-healthy                      optional first line: an embedded scenario
//   POST https://login.microsoftonline.com/contoso.com/oauth2/v2.0/token
//   Content-Type: application/x-www-form-urlencoded
//                                                 empty line, then the body
//   grant_type=password&…
//   ===                                           next request
//   GET https://outlook.office365.com/EWS/Exchange.asmx
//   Authorization: Bearer {{token}}
// Placeholders reach past sign-in: {{token}} is the last access_token the model handed out,
// {{ntlm-type1}} a NEGOTIATE_MESSAGE, {{ntlm-type3 user domain password [cbt]}} the AUTHENTICATE_MESSAGE
// answering the last NTLM challenge (both base64), built by the tests' independent NTLM client.
// Invariants: statuses 100…599; response header names are tokens and no header value holds a line
// break (the proxy writes them as they are); the password of a request never comes back.

#include "FuzzSupport.h"

#include "../sim/tenant/TenantTestSupport.h"
#include "sim/Scenario.h"
#include "sim/tenant/EmbeddedScenarios.h"

#include <QUrlQuery>

#include <map>

using namespace AuthDoctor::Sim;

namespace {

constexpr qint64 kStart = 1767258000000; // 2026-01-01T09:00:00Z

struct Session
{
    QByteArray token;         // last access_token
    QByteArray ntlmChallenge; // last NTLM type-2 message
};

// The embedded scenarios, parsed once.
const std::map<QString, Scenario> &scenarios()
{
    static const std::map<QString, Scenario> all = [] {
        std::map<QString, Scenario> out;
        for (const QString &name : EmbeddedScenarios::names()) {
            QString error;
            if (auto s = Scenario::loadEmbedded(name, &error))
                out.emplace(name, *s);
        }
        return out;
    }();
    return all;
}

QByteArray expand(QByteArray value, const Session &session)
{
    value.replace("{{token}}", session.token);
    value.replace("{{ntlm-type1}}", TenantTest::NtlmClient::type1().toBase64());
    const qsizetype at = value.indexOf("{{ntlm-type3");
    if (at >= 0) {
        const qsizetype end = value.indexOf("}}", at);
        const QList<QByteArray> args =
            value.mid(at + 12, end < 0 ? -1 : end - at - 12).simplified().split(' ');
        const TenantTest::NtlmClient::Challenge c = TenantTest::NtlmClient::parseType2(session.ntlmChallenge);
        QByteArray type3;
        if (!c.serverChallenge.isEmpty())
            type3 = TenantTest::NtlmClient::type3(c, QString::fromUtf8(args.value(0)),
                                                  QString::fromUtf8(args.value(1)),
                                                  QString::fromUtf8(args.value(2)), args.size() > 3)
                        .toBase64();
        value.replace(at, end < 0 ? value.size() - at : end + 2 - at, type3);
    }
    return value;
}

// "METHOD URL" → method, tls, host, port, target (no QUrl: any bytes may stand there).
SimRequest requestLine(const QByteArray &line)
{
    SimRequest r;
    const qsizetype sp = line.indexOf(' ');
    r.method = sp < 0 ? line : line.left(sp);
    QByteArray url = sp < 0 ? QByteArray("/") : line.mid(sp + 1);
    r.tls = !url.startsWith("http://");
    r.port = r.tls ? 443 : 80;
    const qsizetype scheme = url.indexOf("://");
    if (scheme >= 0) {
        url = url.mid(scheme + 3);
        const qsizetype slash = url.indexOf('/');
        QByteArray authority = slash < 0 ? url : url.left(slash);
        url = slash < 0 ? QByteArray("/") : url.mid(slash);
        if (const qsizetype colon = authority.lastIndexOf(':'); colon >= 0) {
            bool ok = false;
            const uint port = authority.mid(colon + 1).toUInt(&ok);
            if (ok && port > 0 && port < 65536)
                r.port = quint16(port);
            authority.truncate(colon);
        }
        r.host = QString::fromUtf8(authority).toLower();
    } else {
        r.host = QStringLiteral("outlook.office365.com");
    }
    r.target = url.isEmpty() ? QByteArray("/") : url;
    return r;
}

void checkResponse(const SimRequest &request, const SimResponse &r)
{
    FUZZ_CHECK(r.status >= 100 && r.status <= 599);
    FUZZ_CHECK(!r.rule.isEmpty());
    for (const auto &h : r.headers) {
        FUZZ_CHECK(isToken(h.first));
        FUZZ_CHECK(!h.second.contains('\r') && !h.second.contains('\n') && !h.second.contains('\0'));
    }
    // A password sent in a form never comes back (unless it also stands elsewhere in the request, which
    // the model may quote: the method in AADSTS900561, client_id in AADSTS700016, the tenant of the path in
    // AADSTS90002).
    const QUrlQuery form(QString::fromUtf8(request.body));
    for (const QString &key : {QStringLiteral("password"), QStringLiteral("client_secret")}) {
        const QString value = form.queryItemValue(key, QUrl::FullyDecoded);
        if (value.size() < 8 || value.contains(QLatin1Char('%')))
            continue;
        const QByteArray secret = value.toUtf8();
        if (request.method.contains(secret) || request.host.contains(value) ||
            QByteArray::fromPercentEncoding(request.target).contains(secret) ||
            request.body.count(secret) > 1)
            continue;
        bool elsewhere = false; // in another field, which the model may quote (client_id in AADSTS700016)
        for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded))
            elsewhere = elsewhere || (k != key && (v.contains(value) || k.contains(value)));
        if (elsewhere)
            continue;
        bool inHeaders = false;
        for (const auto &h : request.headers)
            inHeaders = inHeaders || h.second.contains(secret);
        if (inHeaders)
            continue;
        FUZZ_CHECK(!r.body.contains(secret));
        for (const auto &h : r.headers)
            FUZZ_CHECK(!h.second.contains(secret));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The world: an embedded scenario's tenant, or the healthy tenant.
    QString scenarioName = QStringLiteral("healthy-tenant");
    if (input.startsWith("scenario:")) {
        const qsizetype nl = input.indexOf('\n');
        scenarioName = QString::fromUtf8(input.mid(9, nl < 0 ? -1 : nl - 9).trimmed());
        input = nl < 0 ? QByteArray() : input.mid(nl + 1);
    }
    const auto &all = scenarios();
    const auto it = all.find(scenarioName);
    QString error;
    std::optional<TenantModel> model = it != all.end()
                                           ? it->second.createTenantModel(&error)
                                           : TenantModel::fromBase(QStringLiteral("healthy-tenant"), &error);
    FUZZ_CHECK(model.has_value());
    qint64 now = kStart;
    model->setClock([&now] { return now; });

    static const bool verbose = qEnvironmentVariableIntValue("AUTHDOCTOR_FUZZ_VERBOSE") != 0;
    Session session;
    int handled = 0;
    qsizetype pos = 0;
    while (pos <= input.size() && handled < 8) {
        qsizetype end = input.indexOf("\n===\n", pos);
        if (end < 0)
            end = input.size();
        const QByteArray text = input.mid(pos, end - pos);
        pos = end + 5;

        const qsizetype headEnd = text.indexOf("\n\n");
        const QList<QByteArray> head = (headEnd < 0 ? text : text.left(headEnd)).split('\n');
        SimRequest request = requestLine(head.value(0).trimmed());
        bool hasHost = false;
        for (qsizetype i = 1; i < head.size(); ++i) {
            const qsizetype colon = head.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = head.at(i).left(colon).trimmed();
            hasHost = hasHost || name.compare("Host", Qt::CaseInsensitive) == 0;
            request.headers.append({name, expand(head.at(i).mid(colon + 1).trimmed(), session)});
        }
        if (!hasHost)
            request.headers.prepend({"Host", request.host.toUtf8()});
        if (headEnd >= 0)
            request.body = expand(text.mid(headEnd + 2), session);
        (void)request.path();
        (void)request.query();
        (void)request.url();
        (void)request.authScheme();

        const std::optional<SimResponse> r = model->handle(request);
        ++handled;
        now += 1000;
        if (verbose) // for writing corpus entries: which rule answered
            std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(),
                         qUtf8Printable(request.url()), r ? r->status : 404,
                         r ? qUtf8Printable(r->rule) : "nullopt");
        if (!r)
            continue;
        checkResponse(request, *r);
        const QJsonObject json = QJsonDocument::fromJson(r->body).object();
        if (json.contains(QStringLiteral("access_token")))
            session.token = json.value(QStringLiteral("access_token")).toString().toUtf8();
        for (const auto &h : r->headers)
            if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0 && h.second.startsWith("NTLM "))
                session.ntlmChallenge = QByteArray::fromBase64(h.second.mid(5));
    }
    return 0;
}
