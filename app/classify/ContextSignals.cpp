// Signals from the context of the failure: the HTTP status, back-off hints, authentication
// challenges and the kind of endpoint. A bare "401 Unauthorized" names no cause by itself; it
// gets the knowledge-base article's list of usual causes at low weights, adapted to the endpoint.
#include "Rules.h"
#include "Scoring.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace AuthDoctor::ClassifyDetail {

namespace {

constexpr Hint k401Common[] = {
    {"wrong-password", 0.30,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "a 401 most often means the password in the project is wrong or was changed since")},
    {"wrong-username", 0.15,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "the user name may be mistyped, or an alias where the user principal name is needed")},
    {"insufficient-permission", 0.20,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "when the credentials are right, the account may lack the rights the endpoint needs")},
    {"new-account-not-ready", 0.10,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "accounts created in the last 24 hours can fail until they are fully provisioned")},
    {"account-locked", 0.08,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a locked account is refused with a 401 too")},
};

constexpr Hint k401Cloud[] = {
    {"mfa-required", 0.22,
     QT_TRANSLATE_NOOP(
         "AuthDoctor::Classifier",
         "any sign-in step besides user name and password, such as multi-factor authentication, "
         "ends in a 401 for the migration tool")},
    {"security-defaults", 0.20,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "security defaults can start requiring MFA days after the project was set up")},
    {"password-expired", 0.15,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "an expired password or a required password change ends in a 401")},
    {"conditional-access-blocked", 0.12,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "a Conditional Access policy can block the migration account")},
    {"account-picker", 0.08,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "an account picker (work or personal account) at sign-in also stops the tool")},
};

constexpr Hint k401ExchangeOnline[] = {
    {"modern-auth-not-configured", 0.20,
     QT_TRANSLATE_NOOP(
         "AuthDoctor::Classifier",
         "Exchange Online accepts only modern authentication: a project without client and tenant id "
         "gets a 401")},
    {"basic-auth-disabled", 0.18,
     QT_TRANSLATE_NOOP(
         "AuthDoctor::Classifier",
         "Basic authentication is retired in Exchange Online and is refused with a 401, whatever "
         "the password")},
};

constexpr Hint k401ExchangeServer[] = {
    {"server-overutilized", 0.18,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "an overloaded or outdated on-premises server can answer 401 under load")},
    {"extended-protection", 0.15,
     QT_TRANSLATE_NOOP(
         "AuthDoctor::Classifier",
         "Extended Protection on Exchange Server refuses NTLM clients without channel binding")},
};

constexpr Hint k401OneDrive[] = {
    {"onedrive-not-provisioned", 0.20,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a user whose OneDrive was never provisioned gets a 401")},
    {"onedrive-not-licensed", 0.12,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "a user without a OneDrive (SharePoint) licence gets a 401")},
    {"sharepoint-app-only-secret", 0.12,
     QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                       "SharePoint refuses app-only tokens obtained with a client secret with a 401")},
};

const QRegularExpression &pnpCmdlet()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:connect|invoke|get|set|add|new|remove|submit)-pnp"
                       "|\\bpnp\\.(?:powershell|framework|core)\\b"));
    return re;
}

void addStatusSignals(const ScanText &t, const Extraction &x, bool strongBefore, SignalSet &out)
{
    const int status = x.httpStatus;
    if (!status)
        return;
    const Reason where = located(
        t, Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "HTTP %1"), {Reason::number(status)}),
        t.lineAt(x.statusPos));
    const EndpointKind e = x.endpoint;
    const bool retryAfter = x.retryAfter.found();

    switch (status) {
    case 401:
        if (strongBefore)
            break;
        addHints(k401Common, where, out);
        if (e != EndpointKind::ExchangeServer)
            addHints(k401Cloud, where, out);
        if (e == EndpointKind::ExchangeOnline)
            addHints(k401ExchangeOnline, where, out);
        if (e == EndpointKind::ExchangeServer)
            addHints(k401ExchangeServer, where, out);
        if (e == EndpointKind::OneDrive)
            addHints(k401OneDrive, where, out);
        // PnP PowerShell (Connect-PnPOnline, Invoke-PnP...) signs in to SharePoint; an ACS app-only
        // connection (client id and secret from appregnew.aspx) gets a bare 401 since ACS was retired.
        if (t.lower().indexOf(u"pnp") >= 0 && pnpCmdlet().match(t.lower()).hasMatch())
            out.add(
                "sharepoint-app-only-secret", 0.30,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "PnP PowerShell with a SharePoint app-only client secret (ACS) is refused "
                                  "with a 401 since ACS app-only was retired")));
        if (e == EndpointKind::Unknown)
            out.add("server-overutilized", 0.12,
                    reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                    "an overloaded server can answer 401 under load")));
        break;
    case 400:
        // A 400 is the token endpoint's or an API's way to refuse the request itself.
        if (strongBefore)
            break;
        out.add(
            "modern-auth-not-configured", 0.25,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "400 Bad Request: the sign-in or API request itself was refused, "
                                            "usually the app registration, its scope or a parameter")));
        out.add("consent-missing", 0.15,
                reason(where,
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                         "a token request for permissions without consent is refused too")));
        break;
    case 403:
        if (strongBefore)
            break;
        out.add("insufficient-permission", 0.45,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "403 Forbidden: the account signed in but is not allowed to do this")));
        if (e == EndpointKind::ExchangeOnline) {
            out.add("ews-disabled", 0.25,
                    reason(where, QT_TRANSLATE_NOOP(
                                      "AuthDoctor::Classifier",
                                      "Exchange Online answers 403 when EWS is blocked for the tenant, "
                                      "the application or the licence")));
            out.add(
                "impersonation-denied", 0.20,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "an app-only token used on a mailbox outside its scope is "
                                                "refused with 403")));
        }
        out.add("conditional-access-blocked", 0.15,
                reason(where,
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a policy can refuse access with 403")));
        break;
    case 404:
        if (strongBefore)
            break;
        if (e == EndpointKind::OneDrive)
            out.add("onedrive-not-provisioned", 0.45,
                    reason(where, QT_TRANSLATE_NOOP(
                                      "AuthDoctor::Classifier",
                                      "404 Not Found on OneDrive: the user's OneDrive may not exist yet")));
        else
            out.add("ews-url-wrong", e == EndpointKind::Unknown ? 0.35 : 0.55,
                    reason(where, QT_TRANSLATE_NOOP(
                                      "AuthDoctor::Classifier",
                                      "404 Not Found: the URL does not exist on that server; check the "
                                      "EWS URL")));
        break;
    case 405:
        // The endpoint exists but does not take this request: a wrong URL (OWA or a web page instead of
        // EWS/Autodiscover) or a broken handler mapping on the server (Microsoft KB 2773628: 405 on
        // Autodiscover.svc and MrsProxy.svc in a hybrid deployment).
        if (strongBefore)
            break;
        out.add("ews-url-wrong", 0.40,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "405 Method Not Allowed: the URL does not take this request "
                                                "(not the EWS or Autodiscover endpoint, or its handler is "
                                                "broken on the server)")));
        out.add("autodiscover-failed", 0.30,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "Autodiscover and federation lookups fail this way when the "
                                                "server's Autodiscover endpoint is misconfigured")));
        break;
    case 407:
        out.add("network-unreachable", 0.75,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "407: a proxy between this computer and the server wants credentials")));
        break;
    case 429:
        out.add("throttled", retryAfter ? 0.90 : 0.85,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "429 Too Many Requests: the service is throttling; wait for "
                                                "Retry-After and migrate fewer mailboxes at once")));
        break;
    case 456:
        out.add("mfa-required", 0.50,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "Exchange Online Autodiscover answers 456 when the password is right "
                                  "but another factor (such as MFA) blocks the sign-in")));
        out.add("account-locked", 0.25,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "a locked account gives 456 too")));
        break;
    case 408:
        out.add("network-unreachable", 0.40,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "408 Request Timeout: the request did not reach the server in time")));
        out.add("server-overutilized", 0.35,
                reason(where,
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "or the server was too slow to take it")));
        break;
    case 440:
        if (strongBefore)
            break;
        out.add("ews-url-wrong", 0.35,
                reason(where,
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                         "440 Login Timeout: the request reached an OWA forms sign-in page, "
                                         "not the web service; check the server URL")));
        out.add("wrong-password", 0.25,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "a refused forms sign-in ends the same way")));
        break;
    case 501:
    case 505:
    case 507:
    case 508:
        if (!strongBefore)
            out.add("server-overutilized", 0.30,
                    reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                    "a 5xx answer: the server failed on its side")));
        break;
    case 500:
        if (!strongBefore)
            out.add("server-overutilized", 0.30,
                    reason(where,
                           QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                             "500: the server failed internally, which often happens under "
                                             "load")));
        break;
    case 502:
    case 504:
        out.add(
            "network-unreachable", 0.40,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "a gateway or proxy could not get an answer from the server")));
        out.add(
            "server-overutilized", 0.40,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server behind the gateway is slow "
                                                                      "or down")));
        break;
    case 503:
        if (retryAfter) {
            out.add(
                "throttled", 0.80,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "503 with Retry-After: the service is throttling or queuing "
                                                "requests; wait and migrate fewer mailboxes at once")));
            out.add("server-overutilized", 0.30,
                    reason(where,
                           QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "the server is short of capacity")));
        } else {
            out.add("server-overutilized", 0.60,
                    reason(where,
                           QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                             "503 without Retry-After: the server itself is unavailable or "
                                             "overloaded")));
            out.add("throttled", 0.40,
                    reason(where, QT_TRANSLATE_NOOP(
                                      "AuthDoctor::Classifier",
                                      "a 503 is also how busy servers throttle; retry later with fewer "
                                      "mailboxes at once")));
        }
        break;
    default:
        break;
    }
}

void addHintSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    if (x.backOffMs.found()) {
        const qint64 ms = x.backOffMs.value.toLongLong();
        out.add(
            "throttled", 0.85,
            Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                           "%1: the server asks to wait %2 seconds before the next request "
                                           "(throttling)"),
                         {located(t, QStringLiteral("BackOffMilliseconds"), t.lineAt(x.backOffMs.pos)),
                          Reason::literal(QString::number(double(ms) / 1000.0, 'f', 1))}));
    }
    if (x.retryAfter.found() && x.httpStatus != 429 && x.httpStatus != 503)
        out.add("throttled", 0.60,
                Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                               "%1: the server asks to wait %2 seconds before retrying"),
                             {located(t, QStringLiteral("Retry-After"), t.lineAt(x.retryAfter.pos)),
                              Reason::literal(x.retryAfter.value)}));
    if (x.challengeError.found()) {
        const Reason where = located(t, x.challengeError.value, t.lineAt(x.challengeError.pos));
        if (x.challengeError.value == u"invalid_token")
            out.add("modern-auth-not-configured", 0.45,
                    reason(where,
                           QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                             "the server rejected the access token (expired, wrong audience "
                                             "or wrong cloud)")));
        else if (x.challengeError.value == u"insufficient_claims")
            out.add(
                "conditional-access-blocked", 0.55,
                reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                                "a claims challenge: Conditional Access or continuous access "
                                                "evaluation asks for more than the token has")));
    }
    if (x.basicAuthSent.found() && x.endpoint == EndpointKind::ExchangeOnline)
        out.add(
            "basic-auth-disabled", 0.75,
            reason(located(t, QStringLiteral("Authorization: Basic"), t.lineAt(x.basicAuthSent.pos)),
                   QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                     "the request sent Basic credentials to Exchange Online, which no longer "
                                     "accepts them")));
}

// Exchange 2019 CU14 (build 15.2.1544) and later turn Extended Protection on by default.
bool buildWithExtendedProtection(const QString &build)
{
    const QStringList parts = build.split(u'.');
    if (parts.size() < 3)
        return false;
    const int major = parts.at(0).toInt();
    const int minor = parts.at(1).toInt();
    const int number = parts.at(2).toInt();
    return major > 15 || (major == 15 && minor > 2) || (major == 15 && minor == 2 && number >= 1544);
}

// Whether the text shows the client using tokens rather than a password.
bool usesTokens(const ScanText &t, const Extraction &x)
{
    for (const FoundCode &c : x.codes)
        if (c.kind == CodeKind::Aadsts || c.kind == CodeKind::Diagnostics)
            return true;
    if (!x.oauthErrors.isEmpty() || x.challengeError.found())
        return true;
    static const QRegularExpression bearerSent(
        QStringLiteral("(?<![a-z-])authorization['\"]? ?[:=] ?['\"]?bearer\\b"));
    if (bearerSent.match(t.lower()).hasMatch())
        return true;
    // Whole words, so that a server's capability list ("AUTH=XOAUTH2") does not count.
    static const KeySet words(QStringList{
        QStringLiteral("oauth"), QStringLiteral("oauth2"), QStringLiteral("access token"),
        QStringLiteral("access_token"), QStringLiteral("client secret"), QStringLiteral("client_secret"),
        QStringLiteral("modern authentication"), QStringLiteral("modern auth"), QStringLiteral("msal"),
        QStringLiteral("adal"), QStringLiteral("app-only"), QStringLiteral("apponly"),
        QStringLiteral("o365modern"), QStringLiteral("o365interactive"), QStringLiteral("o365manual")});
    const QList<qsizetype> at = words.firstOccurrences(t.lower(), true);
    return std::any_of(at.cbegin(), at.cend(), [](qsizetype p) { return p >= 0; });
}

// Exchange Online retired Basic authentication: when it refuses a user name and password and
// nothing shows a token being used, Basic being blocked is as likely as a wrong password, and per-user
// MFA (which needs an app password for Basic) is a third reading. A bare 401 keeps its usual list.
void addExchangeOnlinePasswordSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    if (x.endpoint != EndpointKind::ExchangeOnline || out.strongest("wrong-password") < 0.40 ||
        usesTokens(t, x))
        return;
    const bool basicShown = x.basicAuthSent.found() || t.findCompact(QStringLiteral("basicauth")) >= 0 ||
                            t.findCompact(QStringLiteral("directewsauthentication")) >= 0;
    const Reason where = Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "Exchange Online"));
    out.add("basic-auth-disabled", basicShown ? 0.55 : 0.40,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "Exchange Online refused a user name and password: Basic "
                                            "authentication is retired there, so a password alone is refused "
                                            "whatever its value; the project needs modern authentication")));
    out.add("mfa-required", 0.20,
            reason(where, QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                            "an account with multi-factor authentication cannot sign in with "
                                            "its password alone")));
}

void addOnPremisesSignals(const ScanText &t, const Extraction &x, SignalSet &out)
{
    const bool failed401 = x.httpStatus == 401;
    // Basic credentials sent, and the 401 offers only Negotiate/NTLM: Basic is off on that server.
    if (x.endpoint != EndpointKind::ExchangeOnline && x.basicAuthSent.found() && x.challengeSeen &&
        !x.basicOffered && failed401)
        out.add("basic-auth-disabled", 0.60,
                reason(located(t, QStringLiteral("WWW-Authenticate"), t.lineAt(x.basicAuthSent.pos)),
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                         "the request sent Basic credentials but the server offers only "
                                         "other schemes (Negotiate/NTLM): Basic authentication is not "
                                         "enabled on this virtual directory")));
    if (x.endpoint != EndpointKind::ExchangeServer)
        return;
    if (x.ntlmChallenge.found() && failed401) {
        const Reason where = located(t, x.ntlmChallenge.value.toUpper(), t.lineAt(x.ntlmChallenge.pos));
        const QString version = x.onPremVersion.value.toLower();
        const bool epLikely = version.contains(u"2019") || version.endsWith(u" se") ||
                              t.findWord(u"cu14") >= 0 || buildWithExtendedProtection(x.owaBuild.value);
        out.add("extended-protection", epLikely ? 0.50 : 0.30,
                reason(where, QT_TRANSLATE_NOOP(
                                  "AuthDoctor::Classifier",
                                  "a 401 after NTLM/Negotiate: Extended Protection (on by default "
                                  "since Exchange 2019 CU14) refuses clients without channel binding")));
        out.add("wrong-password", 0.35,
                reason(where,
                       QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                         "a 401 after a complete NTLM exchange also means a wrong password "
                                         "(try the DOMAIN\\user form)")));
    }
    const QString version = x.onPremVersion.value.toLower();
    const bool outdated = version.contains(u"2003") || version.contains(u"2007") || version.contains(u"2010");
    const qsizetype timedOut = t.findCompact(QStringLiteral("timedout"));
    const qsizetype timeout = t.findWord(u"timeout");
    const bool slow = timedOut >= 0 || timeout >= 0;
    // A bare 401 from an old server still points first to the credentials; timeouts and 503s less so.
    if (outdated && (failed401 || slow || x.httpStatus == 503))
        out.add("server-overutilized", slow || x.httpStatus == 503 ? 0.35 : 0.20,
                reason(located(t, x.onPremVersion.value, t.lineAt(x.onPremVersion.pos)),
                       QT_TRANSLATE_NOOP(
                           "AuthDoctor::Classifier",
                           "an outdated server such as Exchange 2010 may not have the resources for "
                           "the migration")));
    if (slow)
        out.add(
            "server-overutilized", 0.50,
            reason(located(t, Reason::text(QT_TRANSLATE_NOOP("AuthDoctor::Classifier", "timeout")),
                           timeout >= 0 ? t.lineAt(timeout) : t.compactLineAt(timedOut)),
                   QT_TRANSLATE_NOOP("AuthDoctor::Classifier",
                                     "timeouts from an on-premises Exchange server point to an overloaded "
                                     "server")));
}

} // namespace

void addContextSignals(const ScanText &t, const Extraction &x, bool strongBefore, SignalSet &out)
{
    addStatusSignals(t, x, strongBefore, out);
    addHintSignals(t, x, out);
    addOnPremisesSignals(t, x, out);
    addExchangeOnlinePasswordSignals(t, x, out);
}

} // namespace AuthDoctor::ClassifyDetail
