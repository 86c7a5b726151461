// Fuzz harness: scenario files (Scenario::load from bytes, ../shared/spec/scenarios.md), then the
// loaded scenario at work: its tenant model and mappings answer a few fixed requests and one
// request per mapping built from the mapping's own URL.
// Invariants: load() either succeeds or names the source in its error; an error quotes no
// credential of the file; a loaded scenario always yields a tenant model.

#include "FuzzSupport.h"

#include "core/Redaction.h"
#include "sim/Scenario.h"

using namespace AuthDoctor;
using namespace AuthDoctor::Sim;

namespace {

const QString kSource = QStringLiteral("fuzz.json");

SimRequest makeRequest(const QByteArray &method, const QString &host, const QByteArray &target,
                       const HeaderList &headers = {}, const QByteArray &body = {})
{
    SimRequest r;
    r.method = method;
    r.host = host;
    r.target = target;
    r.headers = headers;
    r.headers.prepend({"Host", host.toUtf8()});
    r.body = body;
    return r;
}

QList<SimRequest> probes()
{
    return {
        makeRequest("POST", QStringLiteral("login.microsoftonline.com"), "/contoso.com/oauth2/v2.0/token",
                    {{"Content-Type", "application/x-www-form-urlencoded"}},
                    "grant_type=password&client_id=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61&username=adele%40"
                    "contoso.com&password=x&scope=https%3A%2F%2Foutlook.office365.com%2F.default"),
        makeRequest("POST", QStringLiteral("outlook.office365.com"), "/EWS/Exchange.asmx",
                    {{"Authorization", "Basic YWRlbGVAY29udG9zby5jb206eA=="}, {"Content-Type", "text/xml"}},
                    "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    "<GetFolder/></soap:Body></soap:Envelope>"),
        makeRequest("GET", QStringLiteral("autodiscover-s.outlook.com"),
                    "/autodiscover/autodiscover.json/v1.0/adele@contoso.com?Protocol=EWS"),
        makeRequest("GET", QStringLiteral("graph.microsoft.com"), "/v1.0/users/adele@contoso.com/drive",
                    {{"Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."}}),
        makeRequest("POST", QStringLiteral("mail.fabrikam.com"), "/EWS/Exchange.asmx",
                    {{"Authorization", "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw=="}}),
    };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQtMessages();
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Scenario> s = Scenario::load(json, kSource, &error);
    if (!s) {
        FUZZ_CHECK(error.startsWith(kSource + QLatin1String(": ")));
        // Error messages quote masked values only.
        const QString text = QString::fromUtf8(json);
        const QString masked = Redaction::maskSecrets(text);
        for (const Redaction::Span &span : Redaction::secretSpans(text)) {
            const QString secret = text.mid(span.start, span.length).trimmed();
            if (secret.size() >= 8 && !secret.contains(QLatin1Char('*')) && !masked.contains(secret) &&
                !kSource.contains(secret))
                FUZZ_CHECK(!error.contains(secret));
        }
        return 0;
    }

    std::optional<TenantModel> model = s->createTenantModel(&error);
    FUZZ_CHECK(model.has_value());
    model->setClock([] { return qint64(1767258000000); });

    QList<SimRequest> requests = probes();
    for (const Mapping &m : s->mappings) {
        if (requests.size() >= 16)
            break;
        const QByteArray method = m.request.method.isEmpty() ? QByteArray("GET") : m.request.method;
        QByteArray target = m.request.url.toUtf8();
        if (!target.startsWith('/'))
            target.prepend('/');
        requests << makeRequest(method, QStringLiteral("outlook.office365.com"), target);
    }
    for (const SimRequest &r : std::as_const(requests)) {
        (void)s->certificateFor(r.host);
        if (const Mapping *m = s->matchingMapping(r))
            FUZZ_CHECK(m->response.status >= 100 && m->response.status <= 599);
        if (const auto answer = model->handle(r))
            FUZZ_CHECK(answer->status >= 100 && answer->status <= 599);
    }
    return 0;
}
