// The Exchange Server (on-premises) checks: POX Autodiscover under the safety rules of facts §4.5,
// the unauthenticated challenge of the EWS URL with latency probes (§2.3, §6), and the sign-in as
// the project does it, Basic or NTLM (§2.3, §2.4, §9.9).
#include "CheckHelpers.h"
#include "NtlmMessages.h"
#include "RawHttpConnection.h"
#include "engine/Checks.h"

#include "classify/Classifier.h"
#include "core/Clouds.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRandomGenerator>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

namespace AuthDoctor::Engine::Checks {

namespace {

const QString kAutodiscover = QStringLiteral("autodiscover-v1");
const QString kChallenge = QStringLiteral("onprem-challenge");
const QString kAuth = QStringLiteral("onprem-auth");
const QString kLatency = QStringLiteral("onprem-latency");
constexpr int kMaxRedirects = 10;
constexpr int kLatencyProbes = 5;

// Qt's public-suffix data is reachable through the cookie jar's domain rule (a cookie may not be
// set for a public suffix): validateCookie() refuses exactly those domains.
class SuffixProbe : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::validateCookie;
};

bool isSuccessfulSoap(const Wire::EwsResponse &r)
{
    return r.isSoap && (r.responseCode == QLatin1String("NoError") ||
                        (r.responseCode.isEmpty() && r.responseClass == QLatin1String("Success")));
}

QByteArray getFolderBody(const QString &impersonate)
{
    QByteArray header = "<t:RequestServerVersion Version=\"Exchange2010_SP2\"/>";
    if (!impersonate.isEmpty())
        header += "<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>" +
                  impersonate.toHtmlEscaped().toUtf8() +
                  "</t:PrimarySmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>";
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\" "
           "xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
           "<soap:Header>" +
           header +
           "</soap:Header><soap:Body><m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape>"
           "</m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds>"
           "</m:GetFolder></soap:Body></soap:Envelope>";
}

// facts §1.4a: the namespaces exactly as working clients send them (http://, not https://).
QByteArray poxBody(const QString &email)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/"
           "2006\"><Request><EMailAddress>" +
           email.toHtmlEscaped().toUtf8() +
           "</EMailAddress><AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/"
           "outlook/responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>";
}

struct Pox
{
    bool isPox = false;
    QString action; // settings / redirectUrl / redirectAddr
    QString ewsUrl; // of the EXPR (external) protocol, else EXCH
    QString redirectUrl;
    QString redirectAddr;
    QString errorCode;
    QString message;
    bool malformed = false; // not well-formed XML
};

Pox parsePox(const QByteArray &body)
{
    Pox p;
    QXmlStreamReader xml(body);
    QString protocolType;
    QString exprUrl, exchUrl;
    int protocolDepth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("Autodiscover")) {
                p.isPox = true;
            } else if (name == QLatin1String("Protocol")) {
                ++protocolDepth;
                if (protocolDepth == 1)
                    protocolType.clear();
            } else if (name == QLatin1String("Type") && protocolDepth == 1) {
                protocolType = xml.readElementText().trimmed();
            } else if (name == QLatin1String("EwsUrl") && protocolDepth == 1) {
                const QString url = xml.readElementText().trimmed();
                if (protocolType == QLatin1String("EXPR") && exprUrl.isEmpty())
                    exprUrl = url;
                else if (protocolType == QLatin1String("EXCH") && exchUrl.isEmpty())
                    exchUrl = url;
            } else if (name == QLatin1String("Action")) {
                p.action = xml.readElementText().trimmed();
            } else if (name == QLatin1String("RedirectUrl")) {
                p.redirectUrl = xml.readElementText().trimmed();
            } else if (name == QLatin1String("RedirectAddr")) {
                p.redirectAddr = xml.readElementText().trimmed();
            } else if (name == QLatin1String("ErrorCode")) {
                p.errorCode = xml.readElementText().trimmed();
            } else if (name == QLatin1String("Message") && !p.errorCode.isEmpty()) {
                p.message = xml.readElementText().trimmed();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("Protocol")) {
            --protocolDepth;
        }
    }
    p.ewsUrl = exprUrl.isEmpty() ? exchUrl : exprUrl;
    p.malformed = xml.hasError() && !body.trimmed().isEmpty();
    if (p.malformed)
        p.isPox = false; // a broken document is no answer, whatever it held before the break
    return p;
}

// "15.2.1544.4" ≥ 15.2.1544: Exchange 2019 CU14 and later turn Extended Protection on (facts §2.3).
bool extendedProtectionByDefault(const QString &build)
{
    const QStringList parts = build.trimmed().split(QLatin1Char('.'));
    if (parts.size() < 3)
        return false;
    const int major = parts.at(0).toInt(), minor = parts.at(1).toInt(), b = parts.at(2).toInt();
    if (major != 15)
        return major > 15;
    if (minor != 2)
        return minor > 2;
    return b >= 1544;
}

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

bool lockedOut(const QByteArray &body)
{
    return body.contains("currently locked out");
}

// An answer from either transport (HttpJob or the kept-alive raw connection).
struct Answer
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString errorCode;
    QString errorText;
    QUrl url;

    static Answer of(const HttpJob &job)
    {
        return {job.status(),     job.rawHeaders(), job.body(), job.errorCode(), job.evidence().networkError,
                job.request().url};
    }
    static Answer of(const RawExchange &x)
    {
        return {x.status, x.headers, x.body, x.errorCode, x.errorText, x.url};
    }
    QList<QByteArray> values(const QByteArray &lowerName) const
    {
        QList<QByteArray> out;
        for (const auto &[k, v] : headers)
            if (k.toLower() == lowerName)
                out << v;
        return out;
    }
    QString header(const QByteArray &lowerName) const
    {
        return QString::fromUtf8(values(lowerName).value(0));
    }
    QStringList schemes() const { return Wire::schemesOf(Wire::parseChallenges(values("www-authenticate"))); }
    bool isRedirect() const { return status >= 300 && status < 400 && !values("location").isEmpty(); }
};

// The classifier over an answer of either transport (as findingsFromResponse does for an HttpJob).
QStringList findingsFromAnswer(const Answer &a, QStringList *codes, double minScore = 0.5)
{
    QString text;
    for (const char *h : {"www-authenticate", "x-ms-diagnostics", "x-autodiscovery-error", "x-caserrorcode"})
        for (const QByteArray &v : a.values(h))
            text += QString::fromLatin1(h) + QStringLiteral(": ") + QString::fromUtf8(v) + QLatin1Char('\n');
    text += QString::fromUtf8(a.body.left(64 * 1024));
    const Classification c = Classifier::classify(text);
    if (codes)
        *codes = c.codes;
    QStringList out;
    for (const Candidate &cand : c.candidates)
        if (cand.score >= minScore && cand.finding != QLatin1String("unrecognized-error"))
            out << cand.finding;
    return out;
}

bool containsScheme(const QStringList &schemes, const char *scheme)
{
    return std::any_of(schemes.begin(), schemes.end(), [scheme](const QString &s) {
        return s.compare(QLatin1String(scheme), Qt::CaseInsensitive) == 0;
    });
}

QString ewsUrlOf(const CheckEnvironment &env)
{
    if (!env.inputs->ewsUrl.isEmpty())
        return env.inputs->ewsUrl;
    return env.fact(kAutodiscover, QStringLiteral("ews_url")).toString();
}

// What the engine knows about an NTLM exchange it ran itself.
struct NtlmOutcome
{
    RawExchange final;              // the answer to the Type-3 (or the last answer when it stopped)
    bool handshakeComplete = false; // a Type-2 came and a Type-3 was sent on the same connection
    bool sameConnection = true;
    Ntlm::Challenge challenge;
};

// The base of the on-prem checks: evidence from the raw connection, the NTLM handshake.
class OnPremCheck : public Check
{
public:
    OnPremCheck(const QString &id, const NetworkContext &ctx, QObject *parent, int roundTrips)
        : Check(id, ctx, parent)
    {
        setDeadlineMs(ctx.requestTimeoutMs * roundTrips + 1000);
        // Nothing stays in flight once the check has ended (cancel, deadline or verdict).
        connect(this, &Check::finished, this, [this] {
            if (m_conn)
                m_conn->close();
        });
    }

protected:
    RawHttpConnection &connection()
    {
        if (!m_conn)
            m_conn = new RawHttpConnection(context(), this);
        return *m_conn;
    }

    void record(const RawExchange &x)
    {
        mutableResult().evidence.append(x.evidence(env().diagnosisStartMs));
        Q_EMIT progress();
    }

    // One raw request whose answer is recorded as evidence; `done` only while the check runs.
    void sendRaw(const QByteArray &method, const QUrl &url,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                 std::function<void(const RawExchange &)> done)
    {
        connection().request(method, url, headers, body,
                             [this, done = std::move(done)](const RawExchange &x) {
                                 if (finishedAlready())
                                     return;
                                 record(x);
                                 done(x);
                             });
    }

    // A complete NTLM (or Negotiate carrying raw NTLMSSP) exchange on one fresh, kept-alive
    // connection: Type-1, the server's Type-2, then the Type-3 with the request body (facts §9.9).
    void ntlmRequest(const QUrl &url, const QByteArray &body, const QByteArray &scheme, bool channelBinding,
                     std::function<void(const NtlmOutcome &)> done)
    {
        const QList<QPair<QByteArray, QByteArray>> base{{"Content-Type", "text/xml; charset=utf-8"}};
        connection().close();
        auto headers = base;
        headers.append({"Authorization", scheme + ' ' + Ntlm::negotiateMessage().toBase64()});
        sendRaw("POST", url, headers, body, [=, this](const RawExchange &first) {
            NtlmOutcome o;
            o.final = first;
            if (!first.errorCode.isEmpty() || first.status != 401) {
                done(o);
                return;
            }
            QByteArray token;
            for (const QByteArray &v : first.values("www-authenticate")) {
                const QByteArray t = v.trimmed();
                if (t.size() > scheme.size() + 1 &&
                    t.left(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0 &&
                    t.at(scheme.size()) == ' ')
                    token = QByteArray::fromBase64(t.mid(scheme.size() + 1).trimmed());
            }
            o.challenge = Ntlm::parseChallenge(token);
            if (!o.challenge.valid) {
                done(o);
                return;
            }
            if (!env().credentials.allows(url)) {
                o.final.errorCode = QStringLiteral("blocked");
                done(o);
                return;
            }
            Ntlm::AuthenticateInput in;
            in.identity = Ntlm::splitLogin(inputs().user);
            in.password = inputs().password;
            in.clientChallenge.resize(8);
            QRandomGenerator::system()->generate(in.clientChallenge.begin(), in.clientChallenge.end());
            in.filetime = Ntlm::filetimeFromMs(context().now().toMSecsSinceEpoch());
            if (channelBinding)
                in.channelBinding = Ntlm::tlsServerEndPointBinding(connection().peerCertificate());
            auto headers3 = base;
            headers3.append(
                {"Authorization", scheme + ' ' + Ntlm::authenticateMessage(o.challenge, in).toBase64()});
            const int firstConnection = first.connection;
            sendRaw("POST", url, headers3, body, [=, this](const RawExchange &answer) {
                NtlmOutcome out = o;
                out.final = answer;
                out.handshakeComplete = answer.errorCode.isEmpty();
                out.sameConnection = answer.connection == firstConnection;
                done(out);
            });
        });
    }

    void noteChallengeFacts(const Ntlm::Challenge &c)
    {
        if (!c.valid)
            return;
        if (!c.nbDomain.isEmpty())
            setFact(QStringLiteral("ntlm_netbios_domain"), c.nbDomain);
        if (!c.dnsDomain.isEmpty())
            setFact(QStringLiteral("ntlm_dns_domain"), c.dnsDomain);
        if (!c.dnsComputer.isEmpty())
            setFact(QStringLiteral("ntlm_server"), c.dnsComputer);
    }

    // For a request that got no HTTP answer (either transport): finding and summary.
    bool networkFailure(const Answer &a, Message *summary)
    {
        if (a.errorCode.isEmpty())
            return false;
        const QString host = a.url.host();
        if (a.errorCode == QLatin1String("tls")) {
            addFinding(QStringLiteral("tls-problem"));
            *summary = msg(
                kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The TLS certificate of %1 was refused: %2"),
                {host, a.errorText});
        } else if (a.errorCode == QLatin1String("blocked")) {
            *summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Not sent: %1 is not one of the hosts the credentials may go to."),
                    {host});
        } else if (a.errorCode == QLatin1String("timeout")) {
            addFinding(QStringLiteral("network-unreachable"));
            *summary =
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 did not answer in time."), {host});
        } else if (a.errorCode == QLatin1String("too-large")) {
            // It answered, so the network is not the cause; what it answered cannot be read.
            addCode(a.errorCode);
            addFinding(QStringLiteral("unrecognized-error"));
            *summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 sent an answer too large to read; it was cut off unread: %2"),
                    {host, a.errorText});
        } else {
            if (a.errorCode == QLatin1String("dns"))
                addFinding(QStringLiteral("ews-url-wrong"));
            addFinding(QStringLiteral("network-unreachable"));
            *summary = msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 could not be reached: %2"),
                           {host, a.errorText});
        }
        return true;
    }

private:
    RawHttpConnection *m_conn = nullptr;
};

// ---------------------------------------------------------------------------------------------
// autodiscover-v1: POX Autodiscover for the user's exact domain (facts §1.4a, §2.5, §4.5).
class AutodiscoverV1 : public OnPremCheck
{
public:
    AutodiscoverV1(const NetworkContext &ctx, QObject *parent)
        : OnPremCheck(kAutodiscover, ctx, parent, 2 * (kMaxRedirects + 3) + 1)
    {
    }

protected:
    void run() override
    {
        if (!inputs().ewsUrl.isEmpty()) {
            finish(
                CheckStatus::Skipped,
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "The project names its EWS URL; Autodiscover is not needed.")));
            return;
        }
        m_domain = autodiscoverDomain(inputs());
        m_email = inputs().user.contains(QLatin1Char('@')) ? inputs().user : inputs().mailbox;
        if (m_domain.isEmpty() || m_email.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "No e-mail address was given to discover the EWS URL from.")));
            return;
        }
        setFact(QStringLiteral("domain"), m_domain);
        if (isPublicSuffix(m_domain)) {
            addFinding(QStringLiteral("autodiscover-failed"));
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 is a public suffix, not an organisation's domain: Autodiscover is "
                                      "not searched there (no one can be trusted with it)."),
                    {m_domain}));
            return;
        }
        // Only the exact domain, never a parent or autodiscover.<tld> (facts §4.5 rule 1).
        m_queue = {
            {QUrl(QStringLiteral("https://%1/autodiscover/autodiscover.xml").arg(m_domain)), false},
            {QUrl(QStringLiteral("https://autodiscover.%1/autodiscover/autodiscover.xml").arg(m_domain)),
             false},
            {QUrl(QStringLiteral("http://autodiscover.%1/autodiscover/autodiscover.xml").arg(m_domain)),
             true}};
        next();
    }

private:
    struct Candidate
    {
        QUrl url;
        bool plainGet = false; // the unauthenticated http:// GET whose only use is its Location
    };

    void next()
    {
        if (finishedAlready())
            return;
        while (!m_queue.isEmpty()) {
            const Candidate c = m_queue.takeFirst();
            const QString key =
                c.url.toString().toLower() + (c.plainGet ? QStringLiteral(" get") : QString());
            if (m_visited.contains(key))
                continue;
            m_visited << key;
            m_tried << c.url.toString();
            HttpJob::Request r;
            r.url = c.url;
            if (c.plainGet) {
                send(r, [this](HttpJob &job) { onPlainGet(Answer::of(job)); });
            } else {
                r.method = "POST";
                r.headers = {{"Content-Type", "text/xml; charset=utf-8"}};
                r.body = poxBody(m_email);
                send(r, [this](HttpJob &job) { onUnauthenticated(Answer::of(job)); });
            }
            return;
        }
        conclude();
    }

    void noteFailure(const Answer &a)
    {
        if (a.errorCode == QLatin1String("tls")) {
            ++m_tlsFailures;
            m_tlsText = a.url.host() + QStringLiteral(": ") + a.errorText;
        } else if (a.errorCode == QLatin1String("too-large")) {
            ++m_httpAnswers; // an answer came, too large to read
            addCode(a.errorCode);
        } else if (!a.errorCode.isEmpty()) {
            ++m_networkFailures;
        } else {
            ++m_httpAnswers;
        }
    }

    bool inUserDomain(const QString &host) const
    {
        return registrableDomain(host) == registrableDomain(m_domain);
    }

    // A redirect (HTTP Location or POX RedirectUrl), validated before anything is sent there.
    void redirectTo(const QUrl &from, const QString &location)
    {
        const QUrl target = from.resolved(QUrl(location));
        const QString host = target.host().toLower();
        setFact(QStringLiteral("redirects"), ++m_redirects);
        if (m_redirects > kMaxRedirects) {
            m_tooMany = true;
            return;
        }
        const bool https = target.scheme() == QLatin1String("https");
        const bool microsoft = Clouds::exoCloudOfHost(host).has_value();
        if (!https || (!inUserDomain(host) && !microsoft)) {
            // Another registrable domain or plain http: never followed, nothing sent (rule 4).
            const QString shown = target.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            if (!m_blocked.contains(shown))
                m_blocked << shown;
            setFact(QStringLiteral("blocked_redirects"), m_blocked);
            return;
        }
        if (microsoft)
            m_cloudHost = host;
        m_queue.prepend({target, false});
    }

    void onPlainGet(const Answer &a)
    {
        noteFailure(a);
        if (a.isRedirect())
            redirectTo(a.url, a.header("location"));
        next();
    }

    void onUnauthenticated(const Answer &a)
    {
        noteFailure(a);
        if (!a.errorCode.isEmpty()) {
            next();
            return;
        }
        if (a.isRedirect()) {
            redirectTo(a.url, a.header("location"));
            next();
            return;
        }
        if (a.status == 200) {
            onPox(a);
            return;
        }
        if (a.status == 401) {
            authenticate(a);
            return;
        }
        next();
    }

    void authenticate(const Answer &challenge)
    {
        const QUrl url = challenge.url;
        const QString host = url.host().toLower();
        const QStringList schemes = challenge.schemes();
        if (!env().credentials.allows(url)) {
            // Only the user's own candidates may receive the password (rule 2/4).
            if (!m_needCredentials.contains(host))
                m_needCredentials << host;
            next();
            return;
        }
        if (inputs().user.isEmpty() || inputs().password.isEmpty()) {
            m_noCredentials = true;
            next();
            return;
        }
        const bool ntlmOffered = containsScheme(schemes, "NTLM") || containsScheme(schemes, "Negotiate");
        const bool useNtlm =
            inputs().auth == AuthMethod::Ntlm || (inputs().auth != AuthMethod::Basic && ntlmOffered);
        if (useNtlm) {
            if (!ntlmOffered) {
                next();
                return;
            }
            const QByteArray scheme = containsScheme(schemes, "NTLM") ? "NTLM" : "Negotiate";
            ntlmRequest(url, poxBody(m_email), scheme, false, [this](const NtlmOutcome &o) {
                noteChallengeFacts(o.challenge);
                onAuthenticated(Answer::of(o.final));
            });
            return;
        }
        if (!containsScheme(schemes, "Basic")) {
            m_basicNotOffered = true;
            next();
            return;
        }
        // Rule 3: Basic only to a host the operator confirmed when Basic is all it offers (the
        // Guardicore downgrade). The confirmed hosts are the ones named before the checks.
        const bool onlyBasic = std::all_of(schemes.begin(), schemes.end(), [](const QString &s) {
            return s.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0;
        });
        if (onlyBasic && !env().credentials.allowedHosts.contains(host)) {
            if (!m_needCredentials.contains(host))
                m_needCredentials << host;
            next();
            return;
        }
        HttpJob::Request r;
        r.method = "POST";
        r.url = url;
        r.headers = {{"Content-Type", "text/xml; charset=utf-8"},
                     {"Authorization", basicAuthorization(inputs().user, inputs().password)}};
        r.body = poxBody(m_email);
        r.carriesCredentials = true;
        send(r, [this](HttpJob &job) { onAuthenticated(Answer::of(job)); });
    }

    void onAuthenticated(const Answer &a)
    {
        if (!a.errorCode.isEmpty()) {
            next();
            return;
        }
        if (a.status == 200) {
            onPox(a);
            return;
        }
        if (a.status == 401) {
            m_refused << a.url.toString();
            m_locked = m_locked || lockedOut(a.body);
        } else if (a.isRedirect()) {
            redirectTo(a.url, a.header("location"));
        }
        next();
    }

    void onPox(const Answer &a)
    {
        const Pox pox = parsePox(a.body);
        if (pox.malformed)
            addCode(QString::fromLatin1(kUnreadableCode));
        if (!pox.isPox) {
            next();
            return;
        }
        if (pox.action == QLatin1String("settings") && !pox.ewsUrl.isEmpty()) {
            const QUrl ews(pox.ewsUrl);
            if (ews.scheme() == QLatin1String("https") && inUserDomain(ews.host())) {
                found(ews, a.url);
                return;
            }
            m_foreignEws = pox.ewsUrl;
            setFact(QStringLiteral("ews_url_outside_domain"), pox.ewsUrl);
        } else if (pox.action == QLatin1String("redirectUrl") && !pox.redirectUrl.isEmpty()) {
            redirectTo(a.url, pox.redirectUrl);
        } else if (pox.action == QLatin1String("redirectAddr") && !pox.redirectAddr.isEmpty()) {
            // Another address serves this mailbox (e.g. its Exchange Online routing address): the
            // candidate list would be rebuilt for that domain, which may not receive credentials.
            setFact(QStringLiteral("redirect_address"), pox.redirectAddr);
            m_redirectAddr = pox.redirectAddr;
        } else if (!pox.errorCode.isEmpty()) {
            QStringList codes;
            const QStringList f = findingsFromAnswer(a, &codes);
            for (const QString &c : codes)
                addCode(c);
            for (const QString &x : f)
                if (!m_poxFindings.contains(x))
                    m_poxFindings << x;
            m_poxError = pox.errorCode + QLatin1Char(' ') + pox.message;
        }
        next();
    }

    void found(const QUrl &ews, const QUrl &from)
    {
        setFact(QStringLiteral("ews_url"), ews.toString());
        setFact(QStringLiteral("autodiscover_url"), from.toString());
        ruleOut(QStringLiteral("autodiscover-failed"));
        if (!m_blocked.isEmpty())
            addFinding(QStringLiteral("unsafe-redirect-blocked"));
        else
            ruleOut(QStringLiteral("unsafe-redirect-blocked"));
        finish(CheckStatus::Passed,
               msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Autodiscover at %1 names the EWS URL %2."),
                   {from.host(), ews.toString()}));
    }

    void conclude()
    {
        if (finishedAlready())
            return;
        setFact(QStringLiteral("candidates_tried"), m_tried);
        if (!m_blocked.isEmpty())
            addFinding(QStringLiteral("unsafe-redirect-blocked"));
        if (m_locked)
            addFinding(QStringLiteral("account-locked"));
        else if (m_refused.size() >= 2)
            addFinding(QStringLiteral("wrong-password")); // 401s after a complete sign-in on 2+ URLs
        for (const QString &f : std::as_const(m_poxFindings))
            addFinding(f);
        if (m_tlsFailures > 0 && m_httpAnswers == 0)
            addFinding(QStringLiteral("tls-problem"));
        else if (m_networkFailures > 0 && m_httpAnswers == 0)
            addFinding(QStringLiteral("network-unreachable")); // no candidate answered at all
        addFinding(QStringLiteral("autodiscover-failed"));

        Message summary;
        if (!m_blocked.isEmpty())
            summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Autodiscover for %1 redirects to %2: another domain or plain HTTP. "
                                      "The redirect was not followed and no credentials were sent there; "
                                      "no EWS URL was found."),
                    {m_domain, m_blocked.join(QStringLiteral(", "))});
        else if (!m_foreignEws.isEmpty())
            summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Autodiscover names the EWS URL %1, outside %2: if that server is "
                                      "yours, enter it in the project as the EWS URL."),
                    {m_foreignEws, m_domain});
        else if (!m_redirectAddr.isEmpty())
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Autodiscover answers that %1 is served as %2 (another address, "
                                            "often the mailbox in Exchange Online)."),
                          {m_email, m_redirectAddr});
        else if (!m_cloudHost.isEmpty())
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Autodiscover for %1 points to Exchange Online (%2): the mailbox "
                                            "seems to be in Microsoft 365, not on Exchange Server."),
                          {m_domain, m_cloudHost});
        else if (!m_refused.isEmpty())
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Autodiscover refused the credentials (HTTP 401) at %1."),
                          {m_refused.join(QStringLiteral(", "))});
        else if (!m_poxError.isEmpty())
            summary =
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Autodiscover answered the error %1."),
                    {m_poxError});
        else if (!m_needCredentials.isEmpty())
            summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Autodiscover at %1 asks for credentials, which go only to the hosts "
                                      "named before the checks; enter the EWS URL in the project instead."),
                    {m_needCredentials.join(QStringLiteral(", "))});
        else if (m_basicNotOffered)
            summary =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Autodiscover for %1 does not offer Basic authentication, which the "
                                      "project uses."),
                    {m_domain});
        else if (m_tlsFailures > 0 && m_httpAnswers == 0)
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "No Autodiscover candidate of %1 could be verified: %2"),
                          {m_domain, m_tlsText});
        else if (m_tooMany)
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Autodiscover for %1 redirected more than %2 times; stopped."),
                          {m_domain, QString::number(kMaxRedirects)});
        else
            summary = msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "No Autodiscover candidate of %1 answered with settings (%2 "
                                            "tried): enter the EWS URL in the project."),
                          {m_domain, QString::number(m_tried.size())});
        finish(CheckStatus::Failed, summary);
    }

    QString m_domain;
    QString m_email;
    QList<Candidate> m_queue;
    QStringList m_visited;
    QStringList m_tried;
    QStringList m_blocked;
    QStringList m_needCredentials;
    QStringList m_refused;
    QStringList m_poxFindings;
    QString m_poxError;
    QString m_foreignEws;
    QString m_redirectAddr;
    QString m_cloudHost;
    QString m_tlsText;
    int m_redirects = 0;
    int m_tlsFailures = 0;
    int m_networkFailures = 0;
    int m_httpAnswers = 0;
    bool m_tooMany = false;
    bool m_locked = false;
    bool m_noCredentials = false;
    bool m_basicNotOffered = false;
};

// ---------------------------------------------------------------------------------------------
// onprem-challenge: an unauthenticated POST to the EWS URL (facts §2.3): the sign-in methods it
// offers, the build. Its time is onprem-latency's cold first request.
class OnPremChallenge : public OnPremCheck
{
public:
    OnPremChallenge(const NetworkContext &ctx, QObject *parent) : OnPremCheck(kChallenge, ctx, parent, 2) {}

protected:
    void run() override
    {
        const QString ews = ewsUrlOf(env());
        if (ews.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No EWS URL is known.")));
            return;
        }
        m_url = QUrl(ews);
        setFact(QStringLiteral("ews_url"), ews);
        HttpJob::Request r;
        r.method = "POST";
        r.url = m_url;
        r.headers = {{"Content-Type", "text/xml; charset=utf-8"}};
        r.body = getFolderBody({});
        send(r, [this](HttpJob &job) {
            m_firstMs = job.evidence().durationMs;
            onAnswer(Answer::of(job), job);
        });
    }

private:
    void onAnswer(const Answer &a, const HttpJob &job)
    {
        Message summary;
        if (networkFailure(a, &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        const QString build = a.header("x-owa-version");
        if (!build.isEmpty())
            setFact(QStringLiteral("exchange_build"), build);
        const QString host = m_url.host();
        ruleOut(QStringLiteral("network-unreachable"));
        ruleOut(QStringLiteral("tls-problem"));

        if (a.isRedirect()) {
            const QString location = a.header("location");
            setFact(QStringLiteral("location"), location);
            if (location.contains(QLatin1String("genericerrorpage"), Qt::CaseInsensitive)) {
                // exchangelib: a transient outage of EWS, not a wrong address (facts §2.4).
                addFinding(QStringLiteral("server-overutilized"));
                finish(
                    CheckStatus::Warning,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "EWS at %1 answered with its error page (%2): a transient outage."),
                        {host, location}));
                return;
            }
            addFinding(QStringLiteral("ews-url-wrong"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP(
                           "AuthDoctor::Checks",
                           "%1 is not an EWS address: it redirects to %2 (EWS never redirects; the "
                           "address usually ends in /EWS/Exchange.asmx)."),
                       {m_url.toString(), location}));
            return;
        }
        const QString type = a.header("content-type").toLower();
        if (a.status == 404 || a.status == 405 || (a.status == 200 && type.contains(QLatin1String("html")))) {
            addFinding(QStringLiteral("ews-url-wrong"));
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 is not an EWS address: HTTP %2 %3 instead of a sign-in challenge."),
                    {m_url.toString(), QString::number(a.status),
                     type.contains(QLatin1String("html")) ? QStringLiteral("(a web page)") : QString()}));
            return;
        }
        if (a.status == 503) {
            const bool retryAfter = !a.header("retry-after").isEmpty();
            addFinding(retryAfter ? QStringLiteral("throttled") : QStringLiteral("server-overutilized"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "EWS at %1 answered 503 Service Unavailable: requests are queuing."),
                       {host}));
            return;
        }
        if (a.status != 401) {
            QStringList codes;
            const QStringList f = findingsFromResponse(job, &codes);
            for (const QString &c : codes)
                addCode(c);
            if (isMalformedXml(a.body))
                addCode(QString::fromLatin1(kUnreadableCode));
            for (const QString &x : f)
                addFinding(x);
            if (m_url.scheme() != QLatin1String("https"))
                addFinding(QStringLiteral("ews-url-wrong"));
            else if (f.isEmpty())
                addFinding(QStringLiteral("unrecognized-error"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "EWS at %1 answered HTTP %2 without asking for credentials."),
                       {host, QString::number(a.status)}));
            return;
        }

        ruleOut(QStringLiteral("ews-url-wrong"));
        m_schemes = a.schemes();
        setFact(QStringLiteral("auth_schemes"), m_schemes);
        if (m_schemes.isEmpty()) {
            finish(
                CheckStatus::Warning,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 answered 401 without naming any sign-in method: a device in front "
                                      "of Exchange answered, not Exchange."),
                    {host}));
            return;
        }
        const AuthMethod auth = inputs().auth;
        if (auth == AuthMethod::Basic && !containsScheme(m_schemes, "Basic")) {
            addFinding(QStringLiteral("basic-auth-disabled"));
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "The project uses Basic authentication, but EWS at %1 offers only %2."),
                    {host, m_schemes.join(QStringLiteral(", "))}));
            return;
        }
        if (auth == AuthMethod::Ntlm && !containsScheme(m_schemes, "NTLM") &&
            !containsScheme(m_schemes, "Negotiate")) {
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "The project uses NTLM, but EWS at %1 offers only %2."),
                       {host, m_schemes.join(QStringLiteral(", "))}));
            return;
        }
        if (auth == AuthMethod::Basic)
            ruleOut(QStringLiteral("basic-auth-disabled"));
        setFact(QStringLiteral("first_ms"), m_firstMs);
        finish(
            CheckStatus::Passed,
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "EWS at %1 (Exchange build %2) answers and offers %3."),
                {host, build.isEmpty() ? QStringLiteral("?") : build, m_schemes.join(QStringLiteral(", "))}));
    }

    QUrl m_url;
    QStringList m_schemes;
    qint64 m_firstMs = -1;
};

// ---------------------------------------------------------------------------------------------
// onprem-latency: the unauthenticated request of onprem-challenge, kLatencyProbes more times
// (facts §6 "measuring latency"). A check of its own, so that the sign-in (onprem-auth) does not
// wait for the measurement, as ews-latency for Exchange Online.
class OnPremLatency : public OnPremCheck
{
public:
    OnPremLatency(const NetworkContext &ctx, QObject *parent)
        : OnPremCheck(kLatency, ctx, parent, kLatencyProbes + 1)
    {
    }

protected:
    void run() override
    {
        const auto challenge = env().earlier.constFind(kChallenge);
        if (challenge == env().earlier.cend() || challenge->status != CheckStatus::Passed) {
            finish(
                CheckStatus::Skipped,
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "EWS gave no sign-in challenge to time.")));
            return;
        }
        m_url = QUrl(challenge->facts.value(QStringLiteral("ews_url")).toString());
        m_firstMs = challenge->facts.value(QStringLiteral("first_ms"), -1).toLongLong();
        m_build = challenge->facts.value(QStringLiteral("exchange_build")).toString();
        probe();
    }

private:
    // Latency: the same unauthenticated request on one kept-alive connection, so that the
    // connection set-up (the network) is timed apart from the answers (the server).
    void probe()
    {
        sendRaw("POST", m_url, {{"Content-Type", "text/xml; charset=utf-8"}}, getFolderBody({}),
                [this](const RawExchange &x) {
                    if (x.connectMs >= 0 && m_connectMs < 0)
                        m_connectMs = x.connectMs;
                    if (x.errorCode == QLatin1String("timeout")) {
                        ++m_timeouts;
                        concludeLatency();
                        return;
                    }
                    if (!x.errorCode.isEmpty()) {
                        m_lastError = x.errorText;
                        concludeLatency();
                        return;
                    }
                    m_samples << x.durationMs;
                    if (m_samples.size() < kLatencyProbes)
                        probe();
                    else
                        concludeLatency();
                });
    }

    void concludeLatency()
    {
        QList<qint64> sorted = m_samples;
        std::sort(sorted.begin(), sorted.end());
        qint64 median = -1, p95 = -1;
        if (!sorted.isEmpty()) {
            const qsizetype n = sorted.size();
            median = n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
            p95 = sorted.at(qMin(n - 1, qsizetype(std::ceil(0.95 * double(n))) - 1));
        }
        QVariantList samples;
        for (qint64 s : std::as_const(m_samples))
            samples << s;
        setFact(QStringLiteral("latency_samples_ms"), samples);
        setFact(QStringLiteral("latency_median_ms"), median);
        setFact(QStringLiteral("latency_p95_ms"), p95);
        setFact(QStringLiteral("latency_connect_ms"), m_connectMs);
        setFact(QStringLiteral("latency_first_ms"), m_firstMs);
        setFact(QStringLiteral("latency_timeouts"), m_timeouts);

        const QString host = m_url.host();
        // An unauthenticated 401 costs IIS nothing: answers slower than a second and far above the
        // connection set-up mean the server itself is slow (findings.md server-overutilized).
        const qint64 network = qMax<qint64>(m_connectMs, 20);
        const bool slow = median >= 1000 && median >= 4 * network;
        const bool timeouts = m_timeouts > 0;
        if (slow || timeouts) {
            addFinding(QStringLiteral("server-overutilized"));
            finish(CheckStatus::Warning,
                   timeouts
                       ? msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "EWS at %1 answered once, then %2 of the repeated "
                                               "unauthenticated requests got no answer within the time "
                                               "limit: the server is overloaded."),
                             {host, QString::number(m_timeouts)})
                       : msg(kCtx,
                             QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "EWS at %1 answers slowly: median %2 ms, p95 %3 ms for a "
                                               "request that needs no sign-in, while the connection set-up "
                                               "took %4 ms. The server itself is overloaded."),
                             {host, QString::number(median), QString::number(p95),
                              QString::number(m_connectMs)}));
            return;
        }
        if (m_samples.size() < kLatencyProbes) {
            // Not a verdict about the server's speed: the repeated requests broke off.
            finish(
                CheckStatus::Warning,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "EWS at %1 answered %2 of %3 repeated requests without sign-in; "
                                      "the next one failed: %4"),
                    {host, QString::number(m_samples.size()), QString::number(kLatencyProbes), m_lastError}));
            return;
        }
        ruleOut(QStringLiteral("server-overutilized"));
        finish(CheckStatus::Passed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "EWS at %1 (Exchange build %2) answers in %3 ms (median), %4 ms (p95) "
                                     "to requests that need no sign-in."),
                   {host, m_build.isEmpty() ? QStringLiteral("?") : m_build, QString::number(median),
                    QString::number(p95)}));
    }

    QUrl m_url;
    QString m_build;
    QString m_lastError;
    QList<qint64> m_samples;
    qint64 m_connectMs = -1;
    qint64 m_firstMs = -1;
    int m_timeouts = 0;
};

// ---------------------------------------------------------------------------------------------
// onprem-auth: GetFolder on the inbox, signed in as the project does (Basic or NTLM).
class OnPremAuth : public OnPremCheck
{
public:
    OnPremAuth(const NetworkContext &ctx, QObject *parent) : OnPremCheck(kAuth, ctx, parent, 9) {}

protected:
    void run() override
    {
        const QString ews = ewsUrlOf(env());
        if (ews.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No EWS URL is known.")));
            return;
        }
        if (inputs().user.isEmpty() || inputs().password.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No user name or password was given.")));
            return;
        }
        m_url = QUrl(ews);
        m_schemes = env().fact(kChallenge, QStringLiteral("auth_schemes")).toStringList();
        m_build = env().fact(kChallenge, QStringLiteral("exchange_build")).toString();
        const AuthMethod auth = inputs().auth;
        if (auth == AuthMethod::Delegated || auth == AuthMethod::AppOnly) {
            finish(CheckStatus::Skipped,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "The project signs in with OAuth; this check covers the Basic and "
                                         "NTLM sign-in of Exchange Server.")));
            return;
        }
        const bool ntlmOffered = containsScheme(m_schemes, "NTLM") || containsScheme(m_schemes, "Negotiate");
        m_ntlm = auth == AuthMethod::Ntlm || (auth == AuthMethod::Unknown && ntlmOffered);
        m_scheme = containsScheme(m_schemes, "NTLM") || !containsScheme(m_schemes, "Negotiate") ? "NTLM"
                                                                                                : "Negotiate";
        const QString mailbox = inputs().mailbox;
        if (!mailbox.isEmpty() && mailbox.compare(inputs().user, Qt::CaseInsensitive) != 0)
            m_impersonate = mailbox;
        m_body = getFolderBody(m_impersonate);
        setFact(QStringLiteral("method"), m_ntlm ? QString::fromLatin1(m_scheme) : QStringLiteral("Basic"));
        if (!m_impersonate.isEmpty())
            setFact(QStringLiteral("impersonated"), m_impersonate);
        if (m_ntlm)
            ntlmRequest(m_url, m_body, m_scheme, false, [this](const NtlmOutcome &o) { onNtlm(o); });
        else
            basic(m_url, m_body, [this](const Answer &a) { onBasic(a); });
    }

private:
    QList<QPair<QByteArray, QByteArray>> soapHeaders() const
    {
        QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "text/xml; charset=utf-8"}};
        if (!m_impersonate.isEmpty())
            h.append({"X-AnchorMailbox", m_impersonate.toUtf8()});
        return h;
    }

    QUrl secondUrl() const
    {
        QUrl u = m_url;
        u.setPath(QStringLiteral("/autodiscover/autodiscover.xml"));
        u.setQuery(QString());
        return u;
    }

    // Basic over verified TLS, to the EWS host only (the HttpJob's credential policy).
    void basic(const QUrl &url, const QByteArray &body, std::function<void(const Answer &)> done)
    {
        HttpJob::Request r;
        r.method = "POST";
        r.url = url;
        r.headers = url == m_url
                        ? soapHeaders()
                        : QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "text/xml; charset=utf-8"}};
        r.headers.append({"Authorization", basicAuthorization(inputs().user, inputs().password)});
        r.body = body;
        r.carriesCredentials = true;
        send(r, [done = std::move(done)](HttpJob &job) { done(Answer::of(job)); });
    }

    void failNetwork(const Answer &a)
    {
        Message summary;
        networkFailure(a, &summary);
        finish(CheckStatus::Error, summary);
    }

    void onBasic(const Answer &a)
    {
        if (!a.errorCode.isEmpty()) {
            failNetwork(a);
            return;
        }
        if (a.status != 401) {
            onEwsAnswer(a);
            return;
        }
        if (lockedOut(a.body)) {
            locked();
            return;
        }
        // A single 401 proves little (facts §2.5): ask a second URL of the same server.
        basic(secondUrl(),
              poxBody(inputs().user.contains(QLatin1Char('@')) ? inputs().user : inputs().mailbox),
              [this](const Answer &second) { onBasicSecond(second); });
    }

    void onBasicSecond(const Answer &a)
    {
        if (a.status == 401 && lockedOut(a.body)) {
            locked();
            return;
        }
        if (a.status == 401) {
            wrongPassword(QStringLiteral("Basic"));
            return;
        }
        if (a.status == 200) {
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "EWS refused the Basic sign-in of %1 (HTTP 401), while Autodiscover on "
                                      "the same server accepted it: EWS does not allow this account."),
                    {inputs().user}));
            return;
        }
        // Only one URL refused: a hint, not proof.
        addFinding(QStringLiteral("wrong-password"));
        finish(
            CheckStatus::Warning,
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                  "EWS refused the Basic sign-in of %1 (HTTP 401); no second address of the "
                                  "server could confirm it."),
                {inputs().user}));
    }

    void onNtlm(const NtlmOutcome &o)
    {
        noteChallengeFacts(o.challenge);
        const Answer a = Answer::of(o.final);
        if (!a.errorCode.isEmpty()) {
            failNetwork(a);
            return;
        }
        if (!o.handshakeComplete) {
            // Something other than a challenge answered the Type-1: read it like any odd answer.
            QStringList codes;
            QStringList findings = findingsFromAnswer(a, &codes);
            for (const QString &c : codes)
                addCode(c);
            if (isMalformedXml(a.body))
                addCode(QString::fromLatin1(kUnreadableCode));
            if (findings.isEmpty()) {
                if (a.isRedirect() || a.status == 404)
                    findings << QStringLiteral("ews-url-wrong"); // EWS never redirects
                else if (a.status == 503)
                    findings << (a.header("retry-after").isEmpty() ? QStringLiteral("server-overutilized")
                                                                   : QStringLiteral("throttled"));
                else
                    findings << QStringLiteral("unrecognized-error");
            }
            for (const QString &f : std::as_const(findings))
                addFinding(f);
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 did not answer the NTLM negotiation with a challenge (HTTP %2)."),
                    {m_url.host(), QString::number(a.status)}));
            return;
        }
        if (!o.sameConnection)
            setFact(QStringLiteral("ntlm_connection_reopened"), true);
        if (a.status != 401) {
            onEwsAnswer(a);
            return;
        }
        if (lockedOut(a.body)) {
            locked();
            return;
        }
        // 401 after a complete Type-1/2/3 exchange. Extended Protection refuses a sign-in without a
        // channel binding even with the right password: the same handshake with the binding of the
        // server's certificate tells it apart from a wrong password.
        ntlmRequest(m_url, m_body, m_scheme, true, [this](const NtlmOutcome &cb) { onNtlmWithBinding(cb); });
    }

    void onNtlmWithBinding(const NtlmOutcome &o)
    {
        const Answer a = Answer::of(o.final);
        if (o.handshakeComplete && a.status != 401 && a.errorCode.isEmpty()) {
            setFact(QStringLiteral("channel_binding_accepted"), true);
            extendedProtection(
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "EWS at %1 refused the NTLM sign-in of %2 after a complete "
                                      "handshake (HTTP 401), and accepted the same sign-in with a "
                                      "TLS channel binding (HTTP %3): Extended Protection is on, "
                                      "and the project's NTLM sends no channel binding."),
                    {m_url.host(), inputs().user, QString::number(a.status)}));
            return;
        }
        if (o.handshakeComplete && a.status == 401)
            setFact(QStringLiteral("channel_binding_accepted"), false);
        // A second URL of the same server (facts: a 401 after a complete exchange on more than one URL).
        ntlmRequest(secondUrl(),
                    poxBody(inputs().user.contains(QLatin1Char('@')) ? inputs().user : inputs().mailbox),
                    m_scheme, false, [this](const NtlmOutcome &second) { onNtlmSecond(second); });
    }

    void onNtlmSecond(const NtlmOutcome &o)
    {
        const Answer a = Answer::of(o.final);
        const bool cu14 = extendedProtectionByDefault(m_build);
        if (o.handshakeComplete && a.status == 200) {
            extendedProtection(
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Autodiscover on %1 accepted the NTLM sign-in of %2, but EWS "
                                      "refused it after a complete handshake: Extended Protection "
                                      "on the EWS virtual directory refuses a client without "
                                      "channel binding."),
                    {m_url.host(), inputs().user}));
            return;
        }
        if (o.handshakeComplete && a.status == 401 && lockedOut(a.body)) {
            locked();
            return;
        }
        const bool twoUrls = o.handshakeComplete && a.status == 401;
        if (cu14 && containsScheme(m_schemes, "Basic")) {
            // The same credentials over Basic, which Extended Protection does not touch.
            basic(m_url, m_body, [this, twoUrls](const Answer &b) { onBasicCrossCheck(b, twoUrls); });
            return;
        }
        ntlmVerdict(twoUrls, cu14);
    }

    void onBasicCrossCheck(const Answer &b, bool twoUrls)
    {
        if (b.errorCode.isEmpty() && b.status != 401) {
            const Wire::EwsResponse r = Wire::parseEwsResponse(b.body);
            if (r.isSoap) {
                extendedProtection(msg(
                    kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "EWS at %1 (build %2) refused the NTLM sign-in of %3 after a complete "
                                      "handshake on every address, but accepted the same password over "
                                      "Basic: Extended Protection refuses NTLM without channel binding."),
                    {m_url.host(), m_build, inputs().user}));
                return;
            }
        }
        if (b.status == 401 && lockedOut(b.body)) {
            locked();
            return;
        }
        ntlmVerdict(twoUrls || b.status == 401, false);
    }

    void ntlmVerdict(bool repeated, bool extendedProtectionLikely)
    {
        if (extendedProtectionLikely && !repeated) {
            extendedProtection(
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "EWS at %1 runs Exchange %2 (2019 CU14 or later, Extended "
                                      "Protection on by default) and refused the NTLM sign-in of "
                                      "%3 after a complete handshake."),
                    {m_url.host(), m_build, inputs().user}));
            return;
        }
        if (extendedProtectionLikely)
            addFinding(QStringLiteral("wrong-password"));
        wrongPassword(QString::fromLatin1(m_scheme), repeated ? CheckStatus::Failed : CheckStatus::Warning);
        if (extendedProtectionLikely)
            addFinding(QStringLiteral("extended-protection"));
    }

    void extendedProtection(const Message &summary)
    {
        addFinding(QStringLiteral("extended-protection"));
        ruleOut(QStringLiteral("wrong-password"));
        finish(CheckStatus::Failed, summary);
    }

    void wrongPassword(const QString &method, CheckStatus status = CheckStatus::Failed)
    {
        addFinding(QStringLiteral("wrong-password"));
        finish(status,
               status == CheckStatus::Failed
                   ? msg(kCtx,
                         QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                           "%1 refused the %2 sign-in of %3 after a complete exchange on "
                                           "two addresses (HTTP 401 at %4 and %5): the password (or the "
                                           "user name) is wrong."),
                         {m_url.host(), method, inputs().user, m_url.path(), secondUrl().path()})
                   : msg(kCtx,
                         QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                           "%1 refused the %2 sign-in of %3 after a complete exchange "
                                           "(HTTP 401); no second address confirmed it."),
                         {m_url.host(), method, inputs().user}));
    }

    void locked()
    {
        addFinding(QStringLiteral("account-locked"));
        finish(CheckStatus::Failed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "%1 answered that the account %2 is currently locked out."),
                   {m_url.host(), inputs().user}));
    }

    // An answer past authentication: the SOAP result of GetFolder, or a server-side failure.
    void onEwsAnswer(const Answer &a)
    {
        const Wire::EwsResponse r = Wire::parseEwsResponse(a.body);
        if (r.isSoap) {
            // The SOAP layer answered: the sign-in itself worked.
            for (const char *f : {"wrong-password", "wrong-username", "account-locked", "account-disabled",
                                  "password-expired", "extended-protection", "basic-auth-disabled",
                                  "network-unreachable", "tls-problem", "ews-url-wrong"})
                ruleOut(QString::fromLatin1(f));
        }
        if (a.status == 200 && isSuccessfulSoap(r)) {
            for (const char *f : {"database-not-found", "mailbox-not-found", "insufficient-permission"})
                ruleOut(QString::fromLatin1(f));
            if (!m_impersonate.isEmpty())
                ruleOut(QStringLiteral("impersonation-denied"));
            finish(
                CheckStatus::Passed,
                m_impersonate.isEmpty()
                    ? msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Signed in to %1 as %2 with %3 and opened the inbox."),
                          {m_url.host(), inputs().user,
                           m_ntlm ? QString::fromLatin1(m_scheme) : QStringLiteral("Basic")})
                    : msg(kCtx,
                          QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "Signed in to %1 as %2 with %3 and opened the inbox of %4 "
                                            "(impersonation)."),
                          {m_url.host(), inputs().user,
                           m_ntlm ? QString::fromLatin1(m_scheme) : QStringLiteral("Basic"), m_impersonate}));
            return;
        }
        QStringList codes;
        QStringList findings = findingsFromAnswer(a, &codes);
        for (const QString &c : codes)
            addCode(c);
        if (!r.responseCode.isEmpty())
            addCode(r.responseCode);
        if (r.malformed)
            addCode(QString::fromLatin1(kUnreadableCode));
        if (r.responseCode == QLatin1String("ErrorImpersonateUserDenied") ||
            r.responseCode == QLatin1String("ErrorImpersonationDenied")) {
            findings.removeAll(QStringLiteral("impersonation-denied"));
            findings.prepend(QStringLiteral("impersonation-denied"));
        }
        if (a.status == 503 && findings.isEmpty())
            findings << (a.header("retry-after").isEmpty() ? QStringLiteral("server-overutilized")
                                                           : QStringLiteral("throttled"));
        if ((a.status == 404 || a.isRedirect()) && findings.isEmpty())
            findings << QStringLiteral("ews-url-wrong");
        if (findings.isEmpty())
            findings << QStringLiteral("unrecognized-error");
        for (const QString &f : std::as_const(findings))
            addFinding(f);
        const bool transient = findings.first() == QLatin1String("throttled") ||
                               findings.first() == QLatin1String("server-overutilized");
        const QString what = r.responseCode.isEmpty() ? r.faultString : r.responseCode;
        finish(transient ? CheckStatus::Warning : CheckStatus::Failed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "%1 accepted the sign-in of %2, but GetFolder failed: HTTP %3 %4 %5"),
                   {m_url.host(), inputs().user, QString::number(a.status), what, r.messageText.left(300)}));
    }

    QUrl m_url;
    QStringList m_schemes;
    QString m_build;
    QString m_impersonate;
    QByteArray m_body;
    QByteArray m_scheme = "NTLM";
    bool m_ntlm = false;
};

} // namespace

QString autodiscoverDomain(const Inputs &in)
{
    const QString address = in.user.contains(QLatin1Char('@')) ? in.user : in.mailbox;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return address.mid(at + 1).trimmed().toLower();
}

bool isPublicSuffix(const QString &domain)
{
    const QString d = domain.toLower();
    if (d.isEmpty() || !d.contains(QLatin1Char('.')) || d.startsWith(QLatin1Char('.')) ||
        d.endsWith(QLatin1Char('.')))
        return true;
    QNetworkCookie cookie("n", "v");
    cookie.setDomain(QLatin1Char('.') + d);
    const SuffixProbe jar;
    return !jar.validateCookie(cookie, QUrl(QStringLiteral("https://probe.") + d + QLatin1Char('/')));
}

QString registrableDomain(const QString &host)
{
    const QStringList labels = host.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (qsizetype i = labels.size() - 2; i >= 0; --i) {
        const QString candidate = labels.mid(i).join(QLatin1Char('.'));
        if (!isPublicSuffix(candidate))
            return candidate;
    }
    return host.toLower();
}

QStringList autodiscoverCredentialHosts(const Inputs &in)
{
    const QString domain = autodiscoverDomain(in);
    if (!in.ewsUrl.isEmpty() || domain.isEmpty() || isPublicSuffix(domain))
        return {};
    return {domain, QStringLiteral("autodiscover.") + domain};
}

QString discoveredEwsHost(const Inputs &in, const QString &ewsUrl)
{
    const QUrl u(ewsUrl);
    const QString domain = autodiscoverDomain(in);
    if (u.scheme() != QLatin1String("https") || domain.isEmpty() || isPublicSuffix(domain))
        return {};
    return registrableDomain(u.host()) == registrableDomain(domain) ? u.host().toLower() : QString();
}

Check *autodiscoverV1(const NetworkContext &ctx, QObject *parent)
{
    return new AutodiscoverV1(ctx, parent);
}
Check *onPremChallenge(const NetworkContext &ctx, QObject *parent)
{
    return new OnPremChallenge(ctx, parent);
}
Check *onPremLatency(const NetworkContext &ctx, QObject *parent)
{
    return new OnPremLatency(ctx, parent);
}
Check *onPremAuth(const NetworkContext &ctx, QObject *parent)
{
    return new OnPremAuth(ctx, parent);
}

} // namespace AuthDoctor::Engine::Checks
