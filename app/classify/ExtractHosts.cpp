// Hosts: which host the failed request went to, and what kind of host it is.
#include "Extraction.h"

#include <QRegularExpression>

namespace AuthDoctor::ClassifyDetail {

namespace {

using Re = QRegularExpression;

bool endsWithDomain(const QString &host, const char *domain)
{
    const QLatin1String d(domain);
    return host == d || (host.endsWith(d) && host.at(host.size() - d.size() - 1) == u'.');
}

bool isIpv4(const QString &host)
{
    static const Re ip(QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return ip.match(host).hasMatch();
}

// Documentation, schema and portal hosts are named in messages but never receive the request.
bool isReferenceHost(const QString &host)
{
    static const char *const kReference[] = {"schemas.microsoft.com",
                                             "schemas.xmlsoap.org",
                                             "w3.org",
                                             "aka.ms",
                                             "go.microsoft.com",
                                             "learn.microsoft.com",
                                             "docs.microsoft.com",
                                             "support.microsoft.com",
                                             "testconnectivity.microsoft.com",
                                             "portal.azure.com",
                                             "entra.microsoft.com",
                                             "admin.microsoft.com",
                                             "admin.exchange.microsoft.com",
                                             "bittitan.com",
                                             "schemas.openxmlformats.org"};
    for (const char *d : kReference)
        if (endsWithDomain(host, d))
            return true;
    return false;
}

// A host named without a URL: accept only plausible DNS names (the text around may be anything).
bool plausibleBareHost(const QString &host)
{
    if (isIpv4(host) || classifyHost(host) != HostKind::Other)
        return true;
    const auto labels = QStringView(host).split(u'.');
    const QStringView tld = labels.constLast();
    static const char *const kGeneric[] = {
        "com", "net",  "org",   "edu",      "gov", "mil",   "int",   "local", "lan",        "corp",
        "biz", "info", "intra", "internal", "io",  "cloud", "email", "co",    "onmicrosoft"};
    for (const char *c : kGeneric)
        if (tld == QLatin1String(c))
            return true;
    // Country domains only with three labels or more (mail.contoso.de).
    static const char *const kCountry[] = {"us", "uk", "de", "fr", "nl", "be", "ch", "at", "it", "es", "pt",
                                           "se", "no", "dk", "fi", "pl", "cz", "ie", "au", "nz", "ca", "mx",
                                           "br", "ar", "cn", "jp", "kr", "in", "sg", "hk", "za", "lu", "il"};
    if (labels.size() < 3)
        return false;
    for (const char *c : kCountry)
        if (tld == QLatin1String(c))
            return true;
    return false;
}

QString cleanHost(QStringView raw)
{
    QString host = raw.toString();
    while (host.endsWith(u'.') || host.endsWith(u'-'))
        host.chop(1);
    return host;
}

bool validHostShape(const QString &host)
{
    if (host.size() < 3 || host.size() > 253 || !host.contains(u'.'))
        return false;
    if (host.startsWith(u'[')) // IPv6 literal
        return true;
    const auto labels = QStringView(host).split(u'.');
    for (QStringView l : labels)
        if (l.isEmpty() || l.size() > 63 || l.startsWith(u'-'))
            return false;
    const QStringView tld = labels.constLast();
    bool allDigits = true;
    for (QChar ch : tld)
        allDigits = allDigits && ch.isDigit();
    return !allDigits || isIpv4(host);
}

bool isExchangePath(QStringView path)
{
    return path.startsWith(u"/ews", Qt::CaseInsensitive) ||
           path.startsWith(u"/autodiscover", Qt::CaseInsensitive) ||
           path.startsWith(u"/owa", Qt::CaseInsensitive) || path.startsWith(u"/mapi", Qt::CaseInsensitive) ||
           path.startsWith(u"/rpc", Qt::CaseInsensitive) || path.startsWith(u"/ecp", Qt::CaseInsensitive) ||
           path.startsWith(u"/microsoft-server-activesync", Qt::CaseInsensitive);
}

// Microsoft's response headers name its own front-end and back-end servers
// (X-CalculatedBETarget: ….prod.outlook.com): they are not where the request was sent.
bool isServerHeaderValue(const QString &lower, qsizetype pos)
{
    const QStringView before = textBefore(lower, pos, 40);
    return containsAny(before, {u"x-calculatedbetarget", u"x-calculatedfetarget", u"x-feproxyinfo",
                                u"x-beserver", u"x-feserver", u"x-diaginfo", u"x-targetbeserver",
                                u"x-backendserver", u"x-besku", u"x-ms-ests-server"});
}

// Graph paths that say which workload the request was for.
void noteGraphPath(QStringView path, Extraction &x)
{
    static const char16_t *const kMail[] = {
        u"/messages",        u"/mailfolders", u"/sendmail",
        u"/calendar",        u"/events",      u"/contacts",
        u"/mailboxsettings", u"/outlook",     u"/inferenceclassification"};
    static const char16_t *const kDrive[] = {u"/drive", u"/drives", u"/sites", u"/onedrive"};
    for (const char16_t *p : kMail)
        if (path.contains(QStringView(p), Qt::CaseInsensitive))
            x.graphMailPath = true;
    for (const char16_t *p : kDrive)
        if (path.contains(QStringView(p), Qt::CaseInsensitive))
            x.graphDrivePath = true;
}

// What a URL's path tells: an Exchange path on a host that is not Microsoft's, a Graph workload.
void notePath(const QString &host, QStringView path, Extraction &x)
{
    const HostKind kind = classifyHost(host);
    if (isExchangePath(path) && kind == HostKind::Other && validHostShape(host))
        x.exchangePathOnOtherHost = true;
    if (kind == HostKind::Graph)
        noteGraphPath(path, x);
}

struct HostHit
{
    QString host;
    qsizetype pos = -1;
    bool found() const { return pos >= 0; }
};

// The hosts one pass of each strategy found, by how sure they are to be the request's target.
struct HostScan
{
    const ScanText &t;
    const QString &lower;
    Extraction &x;
    HostHit target;  // 1: the request's target ("request to 'host'", request line, Host header, DNS failure)
    HostHit named;   // 2: first URL or quoted host
    HostHit bare;    // 3: first plausible bare host name
    HostHit demoted; // 4: hosts in challenge parameters (authorization_uri): never reported

    HostScan(const ScanText &text, Extraction &extraction) : t(text), lower(text.lower()), x(extraction) {}

    // Notes what kind of host was seen, and keeps the earliest one of each slot; server names in
    // Microsoft's response headers are never the target.
    void consider(HostHit &slot, const QString &host, qsizetype pos)
    {
        if (!validHostShape(host) || isReferenceHost(host))
            return;
        const HostKind kind = classifyHost(host);
        x.anyExchangeOnlineHost = x.anyExchangeOnlineHost || kind == HostKind::ExchangeOnline;
        x.anySharePointHost = x.anySharePointHost || kind == HostKind::SharePoint;
        if (isServerHeaderValue(lower, pos))
            return;
        if (!slot.found() || pos < slot.pos)
            slot = {host, pos};
    }
};

// A console wrapped the line inside the host name ("https://out" / "look.office365.com"): when the
// host has no dot and the line breaks right after it, joins the two parts and notes the path that
// follows. Returns the host, joined or not.
QString joinWrappedHost(HostScan &s, const QString &host, qsizetype hostEnd)
{
    const QString &lower = s.lower;
    if (host.contains(u'.') || hostEnd >= lower.size() || lower.at(hostEnd) != u' ' ||
        s.t.lineAt(hostEnd) <= s.t.lineAt(hostEnd - 1))
        return host;
    static const Re continuation(QStringLiteral("^ ([a-z0-9-]+(?:\\.[a-z0-9-]+)+)"));
    const auto c = continuation.match(QStringView(lower).mid(hostEnd, 260));
    if (!c.hasMatch())
        return host;
    const QString joined = cleanHost(QString(host + c.capturedView(1)));
    const qsizetype pathStart = hostEnd + c.capturedEnd(1);
    qsizetype pathEnd = pathStart;
    while (pathEnd < lower.size() && pathEnd - pathStart < 2000 && lower.at(pathEnd) != u' ' &&
           lower.at(pathEnd) != u'\'' && lower.at(pathEnd) != u'"')
        ++pathEnd;
    const QStringView path = QStringView(lower).mid(pathStart, pathEnd - pathStart);
    if (path.startsWith(u'/'))
        notePath(joined, path, s.x);
    return joined;
}

// Strategy 1: URLs. The words before say whether the URL is the request's target ("POST ",
// "request to "), a resource or token source named in passing, or just named.
void scanUrls(HostScan &s)
{
    // User info ends at the last '@' before the path: a user name or a password may hold '@'.
    static const Re url(QStringLiteral("\\b(?:https?|wss?)://(?:[^\\s/?#'\"<>]{1,200}@)?"
                                       "(\\[[0-9a-f:.]{2,45}\\]|[a-z0-9-]+(?:\\.[a-z0-9-]+)*)(?::\\d{1,5})?"
                                       "(/[^\\s'\"<>]*)?"));
    for (auto it = url.globalMatch(s.lower); it.hasNext();) {
        const auto m = it.next();
        const QString host = joinWrappedHost(s, cleanHost(m.capturedView(1)), m.capturedEnd(1));
        const QStringView before = textBefore(s.lower, m.capturedStart(0), 24);
        // Where a token would come from, or a resource a message names: not where the request went.
        const bool notTheTarget = containsAny(before, {u"authorization_uri", u"issuer", u"authority"}) ||
                                  endsWithAny(before, {u"named ", u"resource ", u"audience ", u"scope ",
                                                       u"identifier ", u"provider ", u"tenant "});
        const bool isRequest = endsWithAny(
            before, {u"request to ", u"request to '", u"request to \"", u"post ",    u"get ",  u"put ",
                     u"patch ",      u"delete ",      u"head ",         u"options ", u"url: ", u"url:",
                     u"url = ",      u"url=",         u"url ",          u"uri: ",    u"uri=",  u"'url': '",
                     u"\"url\": \"", u"url='",        u"url=\""});
        s.consider(notTheTarget ? s.demoted : (isRequest ? s.target : s.named), host, m.capturedStart(1));
        if (m.capturedStart(2) >= 0)
            notePath(host, m.capturedView(2), s.x);
    }
}

// Strategy 2: quoted hosts. 'host' and "host": MigrationWiz quotes the host it posted to, .NET
// quotes unresolved names. Other quoted names count only where the words before announce a host:
// many are tenants, domains or identity providers ("Tenant 'x.com' not found").
void scanQuotedHosts(HostScan &s)
{
    static const Re quotedTarget(QStringLiteral("(?:request to |resolved: ?|resolved |host: ?)(['\"])"
                                                "([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?::\\d{1,5})?\\1"));
    for (auto it = quotedTarget.globalMatch(s.lower); it.hasNext();) {
        const auto m = it.next();
        s.consider(s.target, cleanHost(m.capturedView(2)), m.capturedStart(2));
        if (s.target.found())
            break;
    }
    // Microsoft service hosts are never tenant or provider names: quoted, they count anywhere.
    static const Re quotedService(QStringLiteral(
        "(['\"])([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:outlook\\.com|office365\\.com|office365\\.us|"
        "outlook\\.cn|sharepoint\\.com|sharepoint\\.us|sharepoint\\.cn|microsoftonline\\.com|"
        "microsoftonline\\.us|microsoftonline\\.cn|graph\\.microsoft\\.com|graph\\.microsoft\\.us))"
        "(?::\\d{1,5})?\\1"));
    if (const auto m = quotedService.match(s.lower); m.hasMatch())
        s.consider(s.named, cleanHost(m.capturedView(2)), m.capturedStart(2));
    static const Re quotedNamed(
        QStringLiteral("(?:server|host|to|at|url|name|via|endpoint|from|on|connecting|connect)"
                       ":? (['\"])([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?::\\d{1,5})?\\1"
                       "|(?:realm|url) ?= ?(['\"])([a-z0-9-]+(?:\\.[a-z0-9-]+)+)\\3"));
    for (auto it = quotedNamed.globalMatch(s.lower); it.hasNext();) {
        const auto m = it.next();
        const int g = m.capturedStart(2) >= 0 ? 2 : 4;
        const QString host = cleanHost(m.capturedView(g));
        if (!plausibleBareHost(host))
            continue;
        s.consider(s.named, host, m.capturedStart(g));
        break;
    }
}

// Strategy 3: the Host header of a pasted request (request lines without a scheme).
void scanHostHeader(HostScan &s)
{
    static const Re header(
        QStringLiteral("(?<![a-z0-9-])host ?: ?([a-z0-9-]+(?:\\.[a-z0-9-]+)+)(?::\\d{1,5})?"));
    if (const auto m = header.match(s.lower); m.hasMatch())
        s.consider(s.target, cleanHost(m.capturedView(1)), m.capturedStart(1));
}

// Strategy 4: a bare name only where the words before announce a host ("server x", "connected to x").
void scanBareNames(HostScan &s)
{
    static const Re bareName(
        QStringLiteral("(?<![a-z0-9_])(?:server|host|to|at|url|name|via|endpoint|from|on|"
                       "connecting|connect|location):? ([a-z0-9-]+(?:\\.[a-z0-9-]+)+)"));
    for (auto it = bareName.globalMatch(s.lower); it.hasNext();) {
        const auto m = it.next();
        const qsizetype end = m.capturedEnd(1);
        const QChar next = end < s.lower.size() ? s.lower.at(end) : QChar(u' ');
        if (next == u'@' || isWordChar(next) || next == u'(' || next == u'/' || next == u'\\')
            continue;
        const QString host = cleanHost(m.capturedView(1));
        if (!plausibleBareHost(host) || !validHostShape(host) || isReferenceHost(host))
            continue;
        s.consider(s.bare, host, m.capturedStart(1));
        break;
    }
}

// Strategy 5: Microsoft service hosts are never tenant names: bare, they count without a cue word
// ("createSocket outlook.office365.com 443"), except as an e-mail domain or a token's audience or
// issuer.
void scanBareServiceHosts(HostScan &s)
{
    static const Re service(QStringLiteral(
        "(?<![a-z0-9_@./-])([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:outlook\\.com|office365\\.com|office365\\."
        "us|"
        "outlook\\.cn|sharepoint\\.com|sharepoint\\.us|sharepoint\\.cn|microsoftonline\\.com|"
        "microsoftonline\\.us|microsoftonline\\.cn))(?![a-z0-9_-]|\\.[a-z0-9])"));
    for (auto it = service.globalMatch(s.lower); it.hasNext();) {
        const auto m = it.next();
        const QStringView before = textBefore(s.lower, m.capturedStart(1), 24);
        if (containsAny(before, {u"aud", u"issuer", u"iss=", u"iss:", u"resource", u"scope", u"audience",
                                 u"domain:", u"domain=", u"[domain"}))
            continue;
        const QString host = cleanHost(m.capturedView(1));
        if (isServerHeaderValue(s.lower, m.capturedStart(1)) || endsWithDomain(host, "prod.outlook.com") ||
            endsWithDomain(host, "internal.outlook.com"))
            continue;
        s.consider(s.bare, host, m.capturedStart(1));
        break;
    }
}

} // namespace

HostKind classifyHost(const QString &host)
{
    static const char *const kSharePoint[] = {"sharepoint.com",    "sharepoint.us", "sharepoint.cn",
                                              "sharepoint-mil.us", "dps.mil",       "sharepoint.de"};
    static const char *const kExchange[] = {"outlook.com",        "office365.com", "office365.us",
                                            "outlook.office.com", "outlook.cn",    "webmail.apps.mil",
                                            "outlook.de"};
    static const char *const kLogin[] = {
        "login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn",
        "login.chinacloudapi.cn",    "login.windows.net",        "login.microsoft.com",
        "sts.windows.net",           "login.live.com",           "microsoftonline.com",
        "microsoftonline.us"};
    static const char *const kGraph[] = {"graph.microsoft.com", "graph.microsoft.us",
                                         "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn",
                                         "graph.windows.net"};
    static const char *const kMicrosoft[] = {"microsoft.com", "windows.net",  "azure.com",
                                             "office.com",    "office.net",   "live.com",
                                             "microsoft.us",  "azure.us",     "chinacloudapi.cn",
                                             "msft.net",      "bittitan.com", "azurewebsites.net"};
    for (const char *d : kSharePoint)
        if (endsWithDomain(host, d))
            return HostKind::SharePoint;
    for (const char *d : kExchange)
        if (endsWithDomain(host, d))
            return HostKind::ExchangeOnline;
    for (const char *d : kLogin)
        if (endsWithDomain(host, d))
            return HostKind::EntraLogin;
    for (const char *d : kGraph)
        if (endsWithDomain(host, d))
            return HostKind::Graph;
    for (const char *d : kMicrosoft)
        if (endsWithDomain(host, d))
            return HostKind::MicrosoftOther;
    return HostKind::Other;
}

// Each strategy fills the slots of HostScan; weaker ones run only while the stronger found nothing.
void extractHosts(const ScanText &t, Extraction &x)
{
    HostScan s(t, x);
    scanUrls(s);
    scanQuotedHosts(s);
    scanHostHeader(s);
    if (!s.target.found() && !s.named.found())
        scanBareNames(s);
    if (!s.target.found() && !s.named.found() && !s.bare.found())
        scanBareServiceHosts(s);

    // A host that only appears as a challenge parameter (authorization_uri) is where a token would
    // come from, not where the request failed: it is not reported.
    for (const HostHit *h : {&s.target, &s.named, &s.bare}) {
        if (h->found()) {
            x.host = h->host;
            x.hostKind = classifyHost(h->host);
            break;
        }
    }
}

} // namespace AuthDoctor::ClassifyDetail
