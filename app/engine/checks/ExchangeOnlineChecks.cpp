// The Exchange Online checks (facts §1.2f, §1.5, §2.2, §2.4, §5.4, §6, §9.3, §9.5, §9.6):
// where the mailbox lives (Autodiscover v2, no credentials), what the EWS front end asks for (no
// credentials), how fast it answers, and whether the Exchange token opens the mailbox.
#include "CheckHelpers.h"
#include "ExchangeOnlineWire.h"
#include "engine/Checks.h"

#include "core/Clouds.h"

#include <QTimer>
#include <QUrl>
#include <QVariantList>

namespace AuthDoctor::Engine::Checks {

namespace {

const QString kAutodiscoverV2 = QStringLiteral("autodiscover-v2");
const QString kEwsChallenge = QStringLiteral("ews-challenge");
const QString kEwsLatency = QStringLiteral("ews-latency");
const QString kEwsAccess = QStringLiteral("ews-access");

constexpr int kMaxAutodiscoverHops = 2;  // redirects followed, only between this cloud's hosts
constexpr qint64 kMaxRetryWaitMs = 5000; // a throttled answer is retried once only within this
constexpr qint64 kUnexplained401WaitMs = 2000;
constexpr int kLatencyProbes = 5;

QString cut(const QString &s, int n = 300)
{
    return s.size() > n ? s.left(n) + QStringLiteral("…") : s;
}

// What the Exchange Online checks share: the headers worth keeping as facts, the classifier.
class ExoCheck : public Check
{
public:
    using Check::Check;

protected:
    void recordHeaders(const HttpJob &job)
    {
        static const std::pair<const char *, const char *> kHeaderFacts[] = {
            {"x-calculatedbetarget", "be_target"}, {"x-feserver", "fe_server"},
            {"x-beserver", "be_server"},           {"request-id", "request_id"},
            {"x-diaginfo", "diag_info"},           {"x-backendhttpstatus", "backend_status"},
            {"x-ms-appid", "app_id_seen"}};
        for (const auto &[header, key] : kHeaderFacts) {
            const QList<QByteArray> v = job.rawHeaderValues(header);
            if (!v.isEmpty())
                setFact(QString::fromLatin1(key), QString::fromLatin1(v.first()).left(200));
        }
    }

    // The classifier's findings for a failed answer; its codes are recorded.
    QStringList classify(const HttpJob &job)
    {
        QStringList codes;
        const QStringList f = findingsFromResponse(job, &codes);
        for (const QString &c : std::as_const(codes))
            addCode(c);
        return f;
    }

    Cloud cloud() const { return inputs().cloud; }
    QString cloudEwsUrl() const { return Clouds::info(cloud()).ewsUrl(); }
};

// ---------------------------------------------------------------------------------------------
// autodiscover-v2: GET https://<EWS host>/autodiscover/autodiscover.json/v1.0/<mailbox>?Protocol=EWS
// without credentials (facts §1.2f, §9.5). 200 names the EWS URL; a hybrid user's on-premises
// mailbox is answered with the on-premises address (200) or a 302 there; a national-cloud mailbox
// with a redirect to that cloud. Redirects are followed only between Exchange Online hosts of the
// chosen cloud, over https, at most kMaxAutodiscoverHops times; never to any other host.
class AutodiscoverV2 : public ExoCheck
{
public:
    using ExoCheck::ExoCheck;

protected:
    void run() override
    {
        m_mailbox = inputs().mailboxOrUser().trimmed();
        if (!m_mailbox.contains(QLatin1Char('@'))) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No mailbox address was given.")));
            return;
        }
        setFact(QStringLiteral("mailbox"), m_mailbox);
        const QUrl url(QStringLiteral("https://") + Clouds::info(cloud()).ewsHost() +
                       QStringLiteral("/autodiscover/autodiscover.json/v1.0/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(m_mailbox, "@")) +
                       QStringLiteral("?Protocol=EWS"));
        probe(url);
    }

private:
    void probe(const QUrl &url)
    {
        m_visited << url;
        HttpJob::Request r;
        r.url = url;
        r.headers = {{"Accept", "application/json"}};
        send(r, [this](HttpJob &job) { done(job); });
    }

    void done(HttpJob &job)
    {
        Message summary;
        if (job.errorCode() == QLatin1String("too-large")) {
            // It answered, with more than any Autodiscover answer holds: not used, like an
            // unreadable one.
            addCode(job.errorCode());
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Autodiscover's answer for %1 was too large to read (HTTP %2); the "
                                         "next checks use the standard address %3."),
                       {m_mailbox, QString::number(job.status()), cloudEwsUrl()}));
            return;
        }
        if (handleNetworkFailure(*this, job, mutableResult(), &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        recordHeaders(job);
        const int status = job.status();
        if (status >= 300 && status < 400) {
            redirected(job);
            return;
        }
        if (status == 200) {
            answered(job);
            return;
        }
        if (status == 429 || status == 503) {
            const QList<QByteArray> ra = job.rawHeaderValues("retry-after");
            addFinding(QStringLiteral("throttled"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Exchange Online is busy even for requests without credentials "
                                         "(HTTP %1, Retry-After: %2)."),
                       {QString::number(status),
                        ra.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(ra.first())}));
            return;
        }
        const QString code = ExoWire::autodiscoverV2ErrorCode(job.body());
        addCode(code);
        finish(CheckStatus::Warning,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "Autodiscover named no EWS address for %1 (HTTP %2 %3); the next checks "
                                     "use the standard address %4."),
                   {m_mailbox, QString::number(status), code, cloudEwsUrl()}));
    }

    void redirected(HttpJob &job)
    {
        const QList<QByteArray> loc = job.rawHeaderValues("location");
        const QUrl target =
            ExoWire::resolveLocation(job.request().url, loc.isEmpty() ? QByteArray() : loc.first());
        if (!target.isValid() || target.host().isEmpty()) {
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Autodiscover answered HTTP %1 without a usable address to go to; "
                                         "the next checks use the standard address %2."),
                       {QString::number(job.status()), cloudEwsUrl()}));
            return;
        }
        setFact(QStringLiteral("redirect"), redactUrl(target.toString()));
        const ExoWire::HostVerdict v = ExoWire::classifyHost(target.host(), cloud());
        switch (v.kind) {
        case ExoWire::HostKind::OtherCloud:
            wrongCloud(*v.cloud, target);
            return;
        case ExoWire::HostKind::Foreign:
            onPremises(target, true);
            return;
        case ExoWire::HostKind::ThisCloud:
            break;
        }
        if (target.scheme() != QLatin1String("https") || m_visited.contains(target) ||
            m_visited.size() > kMaxAutodiscoverHops) {
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Autodiscover kept redirecting (last to %1); it was not followed "
                                         "further. The next checks use the standard address %2."),
                       {redactUrl(target.toString()), cloudEwsUrl()}));
            return;
        }
        probe(target); // unauthenticated, between this cloud's Exchange Online hosts only
    }

    void answered(HttpJob &job)
    {
        QString why;
        if (!jsonObject(job.body(), &why)) {
            addCode(QString::fromLatin1(kUnreadableCode));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Autodiscover answered for %1, but not in readable JSON (%2); the "
                                         "next checks use the standard address %3."),
                       {m_mailbox, why, cloudEwsUrl()}));
            return;
        }
        const QString urlText = ExoWire::autodiscoverV2Url(job.body());
        const QUrl ews(urlText);
        if (urlText.isEmpty() || !ews.isValid() || ews.host().isEmpty()) {
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Autodiscover answered for %1 but named no EWS address; the next "
                                         "checks use the standard address %2."),
                       {m_mailbox, cloudEwsUrl()}));
            return;
        }
        const ExoWire::HostVerdict v = ExoWire::classifyHost(ews.host(), cloud());
        switch (v.kind) {
        case ExoWire::HostKind::OtherCloud:
            wrongCloud(*v.cloud, ews);
            return;
        case ExoWire::HostKind::Foreign:
            onPremises(ews, false);
            return;
        case ExoWire::HostKind::ThisCloud:
            break;
        }
        setFact(QStringLiteral("mailbox_location"), QStringLiteral("cloud"));
        if (ews.scheme() == QLatin1String("https"))
            setFact(QStringLiteral("ews_url"), ews.toString());
        // Exchange Online answers like this for any address (facts §9.5c), so this proves where the
        // address is served, not that a mailbox exists.
        ruleOut(QStringLiteral("mailbox-not-instantiated"));
        ruleOut(QStringLiteral("wrong-cloud"));
        finish(CheckStatus::Passed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "Exchange Online serves %1: EWS address %2 (this does not yet prove the "
                                     "mailbox exists)."),
                   {m_mailbox, ews.toString()}));
    }

    void wrongCloud(Cloud actual, const QUrl &target)
    {
        setFact(QStringLiteral("mailbox_cloud"), cloudToString(actual));
        addFinding(QStringLiteral("wrong-cloud"));
        finish(
            CheckStatus::Failed,
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "Exchange Online sends %1 to %2, a host of the %3 cloud, but the project "
                                  "is set to %4."),
                {m_mailbox, target.host(), cloudToString(actual), cloudToString(cloud())}));
    }

    // The address is served by a host outside Microsoft's clouds: for a hybrid user that is the
    // on-premises Exchange (facts §1.2f, §9.5b). Nothing is sent there.
    void onPremises(const QUrl &target, bool redirect)
    {
        setFact(QStringLiteral("mailbox_location"), QStringLiteral("on-prem"));
        setFact(QStringLiteral("onprem_url"), redactUrl(target.toString()));
        addFinding(QStringLiteral("mailbox-not-instantiated"));
        finish(CheckStatus::Failed,
               redirect ? msg(kCtx,
                              QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                "Exchange Online redirects %1 to %2, outside Microsoft 365: "
                                                "the mailbox is on-premises (hybrid), so this Exchange "
                                                "Online project has no cloud mailbox to open. The redirect "
                                                "was not followed."),
                              {m_mailbox, target.host()})
                        : msg(kCtx,
                              QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                "Exchange Online names %2 as the EWS address of %1, outside "
                                                "Microsoft 365: the mailbox is on-premises (hybrid), so this "
                                                "Exchange Online project has no cloud mailbox to open."),
                              {m_mailbox, target.host()}));
    }

    QString m_mailbox;
    QList<QUrl> m_visited;
};

// ---------------------------------------------------------------------------------------------
// ews-challenge: POST a minimal SOAP body to the EWS URL without credentials (facts §2.2, §9.3).
// Exchange Online answers 401 with a Bearer challenge; `Basic Realm=""` is not an offer of Basic.
// The URL: the project's EWS URL, else the one Autodiscover v2 named, else the cloud's standard.
class EwsChallenge : public ExoCheck
{
public:
    using ExoCheck::ExoCheck;

protected:
    void run() override
    {
        QString url = inputs().ewsUrl.trimmed();
        m_source = QStringLiteral("input");
        if (url.isEmpty()) {
            url = env().fact(kAutodiscoverV2, QStringLiteral("ews_url")).toString();
            m_source = QStringLiteral("autodiscover");
        }
        if (url.isEmpty()) {
            url = cloudEwsUrl();
            m_source = QStringLiteral("default");
        }
        setFact(QStringLiteral("ews_url"), url);
        setFact(QStringLiteral("ews_url_source"), m_source);
        m_url = QUrl(url);
        const QString scheme = m_url.scheme();
        if (!m_url.isValid() || m_url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
            addFinding(QStringLiteral("ews-url-wrong"));
            finish(CheckStatus::Failed,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The EWS URL %1 is not a web address."),
                       {url}));
            return;
        }
        HttpJob::Request r;
        r.method = "POST";
        r.url = m_url;
        r.headers = {{"Content-Type", "text/xml; charset=utf-8"}};
        r.body = ExoWire::getFolderRequest({}, false);
        send(r, [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        Message summary;
        const QString shown = redactUrl(m_url.toString());
        if (handleNetworkFailure(*this, job, mutableResult(), &summary)) {
            // A host that does not resolve, typed into the project, is a wrong URL (findings.md).
            if (job.errorCode() == QLatin1String("dns") && m_source == QLatin1String("input"))
                mutableResult().findings.prepend(QStringLiteral("ews-url-wrong"));
            finish(CheckStatus::Error, summary);
            return;
        }
        recordHeaders(job);
        setFact(QStringLiteral("first_ms"), job.evidence().durationMs);
        const int status = job.status();
        const QList<QByteArray> ct = job.rawHeaderValues("content-type");
        const QList<QByteArray> loc = job.rawHeaderValues("location");
        const ExoWire::NotEws notEws =
            ExoWire::classifyEwsAnswer(status, ct.isEmpty() ? QByteArray() : ct.first(), m_url,
                                       loc.isEmpty() ? QByteArray() : loc.first(), job.body());
        if (notEws != ExoWire::NotEws::No) {
            wrongUrl(notEws, status, shown, loc.isEmpty() ? QString() : QString::fromLatin1(loc.first()));
            return;
        }
        if (status == 429 || status == 503) {
            const QList<QByteArray> ra = job.rawHeaderValues("retry-after");
            addFinding(QStringLiteral("throttled"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 is busy even for requests without credentials (HTTP %2, "
                                         "Retry-After: %3)."),
                       {shown, QString::number(status),
                        ra.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(ra.first())}));
            return;
        }

        const QList<Wire::Challenge> challenges =
            Wire::parseChallenges(job.rawHeaderValues("www-authenticate"));
        const QStringList schemes = Wire::schemesOf(challenges);
        const bool basic = ExoWire::offersBasic(challenges);
        const auto bearer = ExoWire::bearerChallenge(challenges);
        setFact(QStringLiteral("schemes"), schemes);
        setFact(QStringLiteral("basic_offered"), basic);
        if (bearer) {
            for (const char *p : {"authorization_uri", "client_id", "trusted_issuers"}) {
                const QString v = bearer->params.value(QString::fromLatin1(p));
                if (!v.isEmpty())
                    setFact(QString::fromLatin1(p), v);
            }
        }
        const QString schemeList =
            schemes.isEmpty() ? QStringLiteral("-") : schemes.join(QStringLiteral(", "));

        const ExoWire::HostVerdict v = ExoWire::classifyHost(m_url.host(), cloud());
        if (v.kind == ExoWire::HostKind::OtherCloud) {
            addFinding(QStringLiteral("wrong-cloud"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "The EWS URL %1 belongs to the %2 cloud, but the project is set to "
                                         "%3."),
                       {shown, cloudToString(*v.cloud), cloudToString(cloud())}));
            return;
        }
        if (v.kind == ExoWire::HostKind::Foreign) {
            // Answers, but it is not Exchange Online: an Exchange Server, a hoster, a proxy.
            addFinding(QStringLiteral("ews-url-wrong"));
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 is not an Exchange Online address (HTTP %2, sign-in methods: %3). "
                                      "An Exchange Online project uses %4; an on-premises server needs "
                                      "the Exchange Server endpoint."),
                    {shown, QString::number(status), schemeList, cloudEwsUrl()}));
            return;
        }
        if (status == 401 && bearer) {
            for (const char *f : {"ews-url-wrong", "network-unreachable", "tls-problem"})
                ruleOut(QString::fromLatin1(f));
            finish(CheckStatus::Passed,
                   basic || !schemes.contains(QStringLiteral("Basic"), Qt::CaseInsensitive)
                       ? msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "EWS at %1 answers and asks for an OAuth token (sign-in "
                                               "methods: %2)."),
                             {shown, schemeList})
                       : msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "EWS at %1 answers and asks for an OAuth token (sign-in "
                                               "methods: %2). Its 'Basic Realm=\"\"' is a leftover, not an "
                                               "offer: Basic authentication is off in Exchange Online."),
                             {shown, schemeList}));
            return;
        }
        if (status == 401 || status == 403) {
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "EWS at %1 answered HTTP %2 without asking for an OAuth token "
                                         "(sign-in methods: %3): something in between may answer instead of "
                                         "Exchange Online."),
                       {shown, QString::number(status), schemeList}));
            return;
        }
        const Wire::EwsResponse ews = Wire::parseEwsResponse(job.body());
        if (ews.isSoap) {
            ruleOut(QStringLiteral("ews-url-wrong"));
            finish(CheckStatus::Passed,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "EWS at %1 answers (HTTP %2, SOAP)."),
                       {shown, QString::number(status)}));
            return;
        }
        if (ews.malformed) {
            // Not even well-formed XML where EWS always answers SOAP or a challenge.
            addCode(QString::fromLatin1(kUnreadableCode));
            addFinding(QStringLiteral("unrecognized-error"));
        }
        finish(CheckStatus::Warning,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "EWS at %1 gave an unexpected answer without credentials (HTTP %2)."),
                   {shown, QString::number(status)}));
    }

    void wrongUrl(ExoWire::NotEws why, int status, const QString &shown, const QString &location)
    {
        addFinding(QStringLiteral("ews-url-wrong"));
        const QString st = QString::number(status);
        const QString to = redactUrl(location);
        Message m;
        switch (why) {
        case ExoWire::NotEws::NotFound:
            m = msg(
                kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 answered 404 Not Found: there is no EWS there."),
                {shown});
            break;
        case ExoWire::NotEws::HtmlPage:
            m = msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 answered a web page (HTTP %2), not EWS: the address is not the EWS "
                                      "URL."),
                    {shown, st});
            break;
        case ExoWire::NotEws::OwaRedirect:
            m = msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 redirects to the Outlook on the web sign-in (%2): that is the OWA "
                                      "address, not the EWS URL."),
                    {shown, to});
            break;
        case ExoWire::NotEws::ErrorPage:
            m = msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 redirects to an error page (%2): EWS is not answering at this "
                                      "address."),
                    {shown, to});
            break;
        case ExoWire::NotEws::HttpsRedirect:
            m = msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 is a plain http address; the server redirects to %2. The EWS URL "
                                      "must start with https://."),
                    {shown, to});
            break;
        case ExoWire::NotEws::OtherRedirect:
        case ExoWire::NotEws::No:
            m = msg(
                kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "%1 redirects elsewhere (HTTP %2 to %3) instead of answering as EWS; the "
                                  "redirect was not followed."),
                {shown, st, to});
            break;
        }
        finish(CheckStatus::Failed, m);
    }

    QUrl m_url;
    QString m_source;
};

// ---------------------------------------------------------------------------------------------
// ews-latency: kLatencyProbes unauthenticated POSTs to the EWS URL ews-challenge reached, one at
// a time (facts §6 "Measuring latency"): they measure network and front end without touching a
// budget. Median and p95 as facts; far slower than the cold first request, or over 2 s, is a
// warning (server-overutilized). A separate check so that ews-challenge stays one request.
class EwsLatency : public ExoCheck
{
public:
    EwsLatency(QString id, const NetworkContext &ctx, QObject *parent) : ExoCheck(std::move(id), ctx, parent)
    {
        setDeadlineMs(ctx.requestTimeoutMs * (kLatencyProbes + 1) + 1000);
    }

protected:
    void run() override
    {
        m_url = QUrl(env().fact(kEwsChallenge, QStringLiteral("ews_url")).toString());
        const QVariant first = env().fact(kEwsChallenge, QStringLiteral("first_ms"));
        m_firstMs = first.isValid() ? first.toLongLong() : -1;
        if (!m_url.isValid() || m_url.host().isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No EWS address to measure.")));
            return;
        }
        next();
    }

private:
    void next()
    {
        if (m_done >= kLatencyProbes) {
            conclude();
            return;
        }
        HttpJob::Request r;
        r.method = "POST";
        r.url = m_url;
        r.headers = {{"Content-Type", "text/xml; charset=utf-8"}};
        r.body = ExoWire::getFolderRequest({}, false);
        send(r, [this](HttpJob &job) {
            ++m_done;
            if (!job.errorCode().isEmpty()) {
                if (job.errorCode() == QLatin1String("timeout"))
                    ++m_timeouts;
            } else {
                m_samples << job.evidence().durationMs;
                if (job.status() == 429 || job.status() == 503)
                    ++m_busy;
            }
            next();
        });
    }

    void conclude()
    {
        const ExoWire::LatencyStats s = ExoWire::latencyStats(m_samples);
        QVariantList samples;
        for (qint64 v : std::as_const(m_samples))
            samples << v;
        setFact(QStringLiteral("latency_samples_ms"), samples);
        setFact(QStringLiteral("latency_median_ms"), s.medianMs);
        setFact(QStringLiteral("latency_p95_ms"), s.p95Ms);
        setFact(QStringLiteral("first_ms"), m_firstMs);
        const QString host = m_url.host();
        const QString n = QString::number(kLatencyProbes);
        if (m_samples.isEmpty()) {
            addFinding(m_timeouts > 0 ? QStringLiteral("server-overutilized")
                                      : QStringLiteral("network-unreachable"));
            finish(CheckStatus::Error,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "None of %1 requests to %2 got an answer, although the first one "
                                         "did."),
                       {n, host}));
            return;
        }
        const QString med = QString::number(s.medianMs);
        const QString p95 = QString::number(s.p95Ms);
        const QString first = m_firstMs < 0 ? QStringLiteral("-") : QString::number(m_firstMs);
        if (m_busy > 0) {
            addFinding(QStringLiteral("throttled"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 of %2 requests to %3 without credentials were answered as busy "
                                         "(429/503); median %4 ms, p95 %5 ms."),
                       {QString::number(m_busy), n, host, med, p95}));
            return;
        }
        if (m_timeouts > 0) {
            addFinding(QStringLiteral("server-overutilized"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 of %2 requests to %3 without credentials got no answer in time "
                                         "(median of the others %4 ms, p95 %5 ms)."),
                       {QString::number(m_timeouts), n, host, med, p95}));
            return;
        }
        if (ExoWire::looksOverutilized(m_firstMs, s)) {
            addFinding(QStringLiteral("server-overutilized"));
            finish(
                CheckStatus::Warning,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 answers slowly: median %2 ms, p95 %3 ms over %4 requests without "
                                      "credentials (the first, with connection set-up, took %5 ms)."),
                    {host, med, p95, n, first}));
            return;
        }
        ruleOut(QStringLiteral("server-overutilized"));
        finish(CheckStatus::Passed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "%1 answers in a median %2 ms, p95 %3 ms over %4 requests without "
                                     "credentials (the first, with connection set-up, took %5 ms)."),
                   {host, med, p95, n, first}));
    }

    QUrl m_url;
    qint64 m_firstMs = -1;
    QList<qint64> m_samples;
    int m_done = 0;
    int m_timeouts = 0;
    int m_busy = 0;
};

// ---------------------------------------------------------------------------------------------
// ews-access: GetFolder (IdOnly, inbox) with the Exchange Online token (facts §1.5, §2.2, §2.4,
// §5.3, §5.4, §6, §9.6). Delegated: the target mailbox named under DistinguishedFolderId (delegate
// access, FullAccess); when the pasted error shows the tool impersonates (ErrorImpersonateUserDenied
// …), that form is tried as well, since it is what the tool does. App-only: ExchangeImpersonation.
// Both send X-AnchorMailbox. The token goes only to the cloud's own EWS host.
class EwsAccess : public ExoCheck
{
public:
    EwsAccess(QString id, const NetworkContext &ctx, QObject *parent) : ExoCheck(std::move(id), ctx, parent)
    {
        // Up to two probes, each retried at most once (a back-off of at most kMaxRetryWaitMs).
        setDeadlineMs(ctx.requestTimeoutMs * 4 + int(kMaxRetryWaitMs) + 1000);
    }

protected:
    enum class Model
    {
        Delegate,
        Impersonation
    };

    struct Probe
    {
        Model model = Model::Delegate;
        bool done = false;
        bool ok = false;
        bool retried = false;
        bool clearedAfterWait = false; // a throttled (or bare 401) answer that passed on the retry
        QStringList findings;
        QString what; // the code or status that refused it ("ErrorAccessDenied", "HTTP 403")
        Message summary;
        CheckStatus status = CheckStatus::Failed;
    };

    void run() override
    {
        const bool appOnly = inputs().auth == AuthMethod::AppOnly;
        m_tokenCheck =
            appOnly ? QStringLiteral("token-client-credentials") : QStringLiteral("token-password-grant");
        m_token = env().tokens ? env().tokens->value(QStringLiteral("exo")) : QByteArray();
        if (m_token.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "No Exchange Online token: the sign-in did not get one.")));
            return;
        }
        m_mailbox = inputs().mailboxOrUser().trimmed();
        if (m_mailbox.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No mailbox to open was given.")));
            return;
        }
        // The token goes to the cloud's EWS host only, over https (facts §4.5).
        const QString ewsHost = Clouds::info(cloud()).ewsHost();
        m_url = QUrl(env().fact(kEwsChallenge, QStringLiteral("ews_url")).toString());
        if (!env().passed(kEwsChallenge) || m_url.scheme() != QLatin1String("https") ||
            m_url.host().compare(ewsHost, Qt::CaseInsensitive) != 0)
            m_url = QUrl(cloudEwsUrl());
        const QVariantMap claims = env().fact(m_tokenCheck, QStringLiteral("claims")).toMap();
        m_appId = claims.value(QStringLiteral("appid")).toString();
        if (m_appId.isEmpty())
            m_appId = claims.value(QStringLiteral("azp")).toString();
        if (m_appId.isEmpty())
            m_appId = inputs().clientId;
        m_onPrem = env().fact(kAutodiscoverV2, QStringLiteral("mailbox_location")).toString() ==
                   QLatin1String("on-prem");

        setFact(QStringLiteral("ews_url"), m_url.toString());
        setFact(QStringLiteral("mailbox"), m_mailbox);
        if (appOnly) {
            m_probes << probe(Model::Impersonation);
        } else {
            m_probes << probe(Model::Delegate);
            if (toolImpersonates())
                m_probes << probe(Model::Impersonation);
        }
        QStringList models;
        for (const Probe &p : std::as_const(m_probes))
            models << (p.model == Model::Delegate ? QStringLiteral("delegate")
                                                  : QStringLiteral("impersonation"));
        setFact(QStringLiteral("access_models"), models);
        for (int i = 0; i < m_probes.size(); ++i)
            sendProbe(i);
    }

private:
    static Probe probe(Model model)
    {
        Probe p;
        p.model = model;
        return p;
    }

    // The pasted error shows an EWS impersonation failure: the tool sends ExchangeImpersonation.
    bool toolImpersonates() const
    {
        const QString e = inputs().errorText;
        return e.contains(QLatin1String("ErrorImpersonat"), Qt::CaseInsensitive) ||
               e.contains(QLatin1String("impersonat"), Qt::CaseInsensitive);
    }

    void sendProbe(int i)
    {
        const Probe &p = m_probes.at(i);
        HttpJob::Request r;
        r.method = "POST";
        r.url = m_url;
        r.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                     {"Authorization", "Bearer " + m_token},
                     {"X-AnchorMailbox", m_mailbox.toUtf8()}};
        r.body = ExoWire::getFolderRequest(m_mailbox, p.model == Model::Impersonation);
        r.carriesCredentials = true;
        send(r, [this, i](HttpJob &job) { done(i, job); });
    }

    // Retries probe i once after waitMs (a timer, never a nested loop).
    bool retryOnce(int i, qint64 waitMs)
    {
        Probe &p = m_probes[i];
        if (p.retried || waitMs < 0 || waitMs > kMaxRetryWaitMs)
            return false;
        p.retried = true;
        QTimer::singleShot(int(waitMs), this, [this, i] {
            if (!finishedAlready())
                sendProbe(i);
        });
        return true;
    }

    void done(int i, HttpJob &job)
    {
        Message summary;
        if (handleNetworkFailure(*this, job, mutableResult(), &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        recordHeaders(job);
        Probe &p = m_probes[i];
        const int status = job.status();
        const Wire::EwsResponse ews = Wire::parseEwsResponse(job.body());
        const QList<QByteArray> retryAfter = job.rawHeaderValues("retry-after");
        const QList<QByteArray> diagHeader = job.rawHeaderValues("x-ms-diagnostics");
        const Wire::MsDiagnostics diag = Wire::parseMsDiagnostics(
            diagHeader.isEmpty() ? QString() : QString::fromLatin1(diagHeader.first()));
        const QString ms = m_mailbox;

        if (status == 200 && ews.isSoap && ews.responseCode == QLatin1String("NoError")) {
            p.ok = true;
            p.status = p.clearedAfterWait ? CheckStatus::Warning : CheckStatus::Passed;
            settle(i);
            return;
        }

        // Throttling: honour the back-off once when it is short; otherwise say when to retry.
        if (ExoWire::isThrottled(status, ews)) {
            const qint64 wait =
                ExoWire::backOffMs(ews, retryAfter.isEmpty() ? QByteArray() : retryAfter.first());
            setFact(QStringLiteral("back_off_ms"), wait);
            if (retryOnce(i, wait)) {
                p.clearedAfterWait = true;
                return;
            }
            addCode(ews.responseCode.isEmpty() ? QStringLiteral("HTTP%1").arg(status) : ews.responseCode);
            p.findings = {QStringLiteral("throttled")};
            p.what = ews.responseCode.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : ews.responseCode;
            p.status = CheckStatus::Failed;
            p.summary =
                wait >= 0 ? msg(kCtx,
                                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                  "Exchange Online is throttling EWS for this account (%1): "
                                                  "retry after %2 s."),
                                {p.what, QString::number((wait + 999) / 1000)})
                          : msg(kCtx,
                                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                  "Exchange Online is throttling EWS for this account (%1) "
                                                  "and names no wait time: retry later."),
                                {p.what});
            settle(i);
            return;
        }
        p.clearedAfterWait = false;

        if (status == 401) {
            addCode(diag.code);
            // A bare 401 with a valid token may be throttling in disguise (facts §6): one retry.
            if (diag.code.isEmpty() && retryOnce(i, kUnexplained401WaitMs)) {
                p.clearedAfterWait = true;
                return;
            }
            QStringList f = classify(job);
            if (f.isEmpty())
                f << QStringLiteral("unrecognized-error");
            p.findings = f;
            p.what = diag.code.isEmpty() ? QStringLiteral("HTTP 401") : diag.code;
            p.status = CheckStatus::Failed;
            if (diag.code == QLatin1String("2000008"))
                p.summary = msg(kCtx,
                                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                  "Exchange Online refused the token: it carries no EWS "
                                                  "permission it accepts (x-ms-diagnostics 2000008: %1)."),
                                {cut(diag.reason)});
            else if (diag.code == QLatin1String("2000003"))
                p.summary = msg(kCtx,
                                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                  "Exchange Online refused the token: it was issued for "
                                                  "another resource, not %1 (x-ms-diagnostics 2000003: %2)."),
                                {Clouds::info(cloud()).exoResource(), cut(diag.reason)});
            else
                p.summary = msg(kCtx,
                                QT_TRANSLATE_NOOP(
                                    "AuthDoctor::Checks",
                                    "Exchange Online refused the token (HTTP 401, x-ms-diagnostics %1: %2)."),
                                {diag.code.isEmpty() ? QStringLiteral("-") : diag.code, cut(diag.reason)});
            settle(i);
            return;
        }

        if (status == 403 && ews.responseCode.isEmpty()) {
            // The token was accepted (no 401), yet EWS is refused: the EWS switch, the app allow
            // list or the licence (facts §1.5, §5.4, §9.6). Nothing in the answer says which.
            addCode(QStringLiteral("HTTP403"));
            p.findings = {QStringLiteral("ews-disabled")};
            p.what = QStringLiteral("HTTP 403");
            p.status = CheckStatus::Failed;
            p.summary = msg(kCtx,
                            QT_TRANSLATE_NOOP(
                                "AuthDoctor::Checks",
                                "Exchange Online accepted the token but refused EWS (HTTP 403). EWS is "
                                "blocked by policy: switched off for the organisation or for the mailbox "
                                "%1 (EwsEnabled, off by default for tenants that did not turn it on from 1 "
                                "October 2026), the app %2 not on the EwsAllowedAppIDs allow list, or a "
                                "licence without EWS rights (Kiosk, F3). The answer cannot tell which: check "
                                "all of them."),
                            {ms, m_appId.isEmpty() ? QStringLiteral("-") : m_appId});
            settle(i);
            return;
        }

        if (ews.isSoap && !ews.responseCode.isEmpty()) {
            addCode(ews.responseCode);
            QStringList f = classify(job);
            if (ews.responseCode == QLatin1String("ErrorNonExistentMailbox") && m_onPrem)
                f.prepend(QStringLiteral("mailbox-not-instantiated"));
            f.removeDuplicates();
            if (f.isEmpty())
                f << QStringLiteral("unrecognized-error");
            p.findings = f;
            p.what = ews.responseCode;
            p.status = CheckStatus::Failed;
            p.summary = msg(
                kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "Exchange Online refused to open the inbox of %1: %2 %3"),
                {ms, ews.responseCode, cut(ews.messageText.isEmpty() ? ews.faultString : ews.messageText)});
            settle(i);
            return;
        }

        const QList<QByteArray> ct = job.rawHeaderValues("content-type");
        const QList<QByteArray> loc = job.rawHeaderValues("location");
        if (ExoWire::classifyEwsAnswer(status, ct.isEmpty() ? QByteArray() : ct.first(), m_url,
                                       loc.isEmpty() ? QByteArray() : loc.first(),
                                       job.body()) != ExoWire::NotEws::No) {
            p.findings = {QStringLiteral("ews-url-wrong")};
            p.what = QStringLiteral("HTTP %1").arg(status);
            p.status = CheckStatus::Failed;
            p.summary =
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 did not answer as EWS (HTTP %2)."),
                    {redactUrl(m_url.toString()), QString::number(status)});
            settle(i);
            return;
        }

        QStringList f = classify(job);
        if (f.isEmpty())
            f << QStringLiteral("unrecognized-error");
        addCode(QStringLiteral("HTTP%1").arg(status));
        if (ews.malformed)
            addCode(QString::fromLatin1(kUnreadableCode));
        p.findings = f;
        p.what = QStringLiteral("HTTP %1").arg(status);
        p.status = CheckStatus::Failed;
        p.summary =
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "Exchange Online gave an unexpected answer to opening the inbox of %1 "
                                  "(HTTP %2)."),
                {ms, QString::number(status)});
        settle(i);
    }

    void settle(int i)
    {
        m_probes[i].done = true;
        for (const Probe &p : std::as_const(m_probes))
            if (!p.done)
                return;
        conclude();
    }

    void conclude()
    {
        // The probe of the tool's own model decides; the other one adds what it showed.
        const Probe &tool = m_probes.last();
        const Probe *other = m_probes.size() > 1 ? &m_probes.first() : nullptr;
        const bool appOnly = tool.model == Model::Impersonation && !other;

        if (tool.ok && (!other || other->ok)) {
            const bool waited = tool.clearedAfterWait || (other && other->clearedAfterWait);
            for (const char *f :
                 {"impersonation-denied", "insufficient-permission", "mailbox-not-found",
                  "mailbox-not-instantiated", "new-account-not-ready", "ews-disabled", "consent-missing",
                  "ews-url-wrong", "database-not-found", "network-unreachable", "tls-problem",
                  "modern-auth-not-configured",
                  // the project's credentials open the mailbox end to end
                  "wrong-password", "wrong-username", "client-secret-invalid", "basic-auth-disabled"})
                ruleOut(QString::fromLatin1(f));
            if (waited) {
                addFinding(QStringLiteral("throttled"));
                finish(
                    CheckStatus::Warning,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "The inbox of %1 opened, but only on a second try after Exchange "
                                          "Online asked to wait: it is throttling this account."),
                        {m_mailbox}));
                return;
            }
            ruleOut(QStringLiteral("throttled"));
            finish(CheckStatus::Passed,
                   appOnly ? msg(kCtx,
                                 QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                   "The app opened the inbox of %1 by impersonation (EWS "
                                                   "GetFolder)."),
                                 {m_mailbox})
                   : other
                       ? msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "%1 opened the inbox of %2 both as a delegate and by "
                                               "impersonation (EWS GetFolder)."),
                             {inputs().user, m_mailbox})
                       : msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "%1 opened the inbox of %2 (EWS GetFolder, delegate access)."),
                             {inputs().user, m_mailbox}));
            return;
        }

        if (!tool.ok) {
            // Findings: the tool's model first, then what the other probe showed.
            for (const QString &f : tool.findings)
                addFinding(f);
            if (other)
                for (const QString &f : other->findings)
                    addFinding(f);
        }
        if (other && !tool.ok) {
            finish(CheckStatus::Failed,
                   other->ok ? msg(kCtx,
                                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                     "Impersonation of %1, which the pasted error shows the "
                                                     "tool uses, is refused (%2); delegate access to the "
                                                     "mailbox works. Exchange Online retired "
                                                     "ApplicationImpersonation: switch the tool to delegate "
                                                     "access, or to app-only with full_access_as_app."),
                                   {m_mailbox, tool.what})
                             : msg(kCtx,
                                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                     "Impersonation of %1, which the pasted error shows the "
                                                     "tool uses, is refused (%2), and delegate access is "
                                                     "refused too (%3). Exchange Online retired "
                                                     "ApplicationImpersonation: grant FullAccess on the "
                                                     "mailbox, or use app-only with full_access_as_app."),
                                   {m_mailbox, tool.what, other->what}));
            return;
        }
        if (other && tool.ok) {
            // The tool's model works; the other one does not: worth saying, no cause of the error.
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Impersonation of %1 works; delegate access is refused (%2)."),
                       {m_mailbox, other->what}));
            return;
        }
        finish(tool.status, tool.summary);
    }

    QString m_tokenCheck;
    QByteArray m_token;
    QString m_mailbox;
    QString m_appId;
    QUrl m_url;
    bool m_onPrem = false;
    QList<Probe> m_probes;
};

} // namespace

Check *autodiscoverV2(const NetworkContext &ctx, QObject *parent)
{
    return new AutodiscoverV2(kAutodiscoverV2, ctx, parent);
}
Check *ewsChallenge(const NetworkContext &ctx, QObject *parent)
{
    return new EwsChallenge(kEwsChallenge, ctx, parent);
}
Check *ewsLatency(const NetworkContext &ctx, QObject *parent)
{
    return new EwsLatency(kEwsLatency, ctx, parent);
}
Check *ewsAccess(const NetworkContext &ctx, QObject *parent)
{
    return new EwsAccess(kEwsAccess, ctx, parent);
}

} // namespace AuthDoctor::Engine::Checks
