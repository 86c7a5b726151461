// Context: support ids, back-off hints, authentication challenges, the failing side and the
// endpoint the message points to.
#include "Extraction.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>
#include <utility>

namespace AuthDoctor::ClassifyDetail {

namespace {

using Re = QRegularExpression;

#define AD_GUID "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"

FoundValue firstCapture(const ScanText &t, const Re &re, bool keepCase = false)
{
    const auto m = re.match(t.lower());
    if (!m.hasMatch())
        return {};
    int g = 1; // the first alternative's group that took part in the match
    while (g < m.lastCapturedIndex() && m.capturedStart(g) < 0)
        ++g;
    const QString &source = keepCase ? t.text() : t.lower();
    return {source.mid(m.capturedStart(g), m.capturedLength(g)), m.capturedStart(g)};
}

void extractIds(const ScanText &t, Extraction &x)
{
    static const Re trace(QStringLiteral("trace[ _-]?id\"? ?[:=] ?\"?" AD_GUID));
    static const Re correlation(QStringLiteral("correlation[ _-]?id\"? ?[:=] ?\"?" AD_GUID));
    static const Re timestamp(
        QStringLiteral("timestamp\"? ?[:=] ?\"?"
                       "(\\d{4}-\\d{2}-\\d{2}[ t]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,7})?z?)"));
    static const Re request(QStringLiteral("(?<![a-z-])request-id['\"]? ?[:=] ?['\"]?" AD_GUID));
    x.traceId = firstCapture(t, trace);
    x.correlationId = firstCapture(t, correlation);
    x.timestamp = firstCapture(t, timestamp, true);
    x.requestId = firstCapture(t, request);
}

void extractHints(const ScanText &t, Extraction &x)
{
    static const Re retryAfter(QStringLiteral("retry-after['\"]? ?[:=] ?['\"]?(\\d{1,7})(?!\\d)"));
    static const Re backOff(QStringLiteral("backoffmilliseconds\"? ?(?:>|[:=]) ?\"?(\\d{1,10})(?!\\d)"));
    static const Re challengeError(
        QStringLiteral("www-authenticate ?:[^\\r\\n]{0,400}?\\berror ?= ?\"?([a-z_]{3,40})"));
    static const Re ntlm(QStringLiteral("www-authenticate ?: ?(ntlm|negotiate)\\b|\\b(ntlm)\\b"));
    static const Re basicSent(
        QStringLiteral("(?<![a-z-])authorization['\"]? ?[:=] ?['\"]?(basic)\\b|(httpbasicauth)\\b"));
    static const Re onPrem(QStringLiteral("\\b(exchange(?: server)? ?(?:2003|2007|2010|2013|2016|2019|se\\b)"
                                          "|x-owa-version)"));
    x.retryAfter = firstCapture(t, retryAfter);
    x.backOffMs = firstCapture(t, backOff);
    x.challengeError = firstCapture(t, challengeError);
    x.basicAuthSent = firstCapture(t, basicSent);
    x.onPremVersion = firstCapture(t, onPrem, true);
    static const Re owaBuild(
        QStringLiteral("x-owa-version['\"]? ?[:=]? ?['\"]?(1[45]\\.\\d{1,2}\\.\\d{1,5})"));
    x.owaBuild = firstCapture(t, owaBuild);
    // The schemes a 401 offers ("WWW-Authenticate: Negotiate, NTLM" / "Basic realm=…"), each header
    // value read to the end of its line.
    static const Re challenge(QStringLiteral("www-authenticate['\"]? ?[:=] ?['\"]?"));
    static const Re basicScheme(QStringLiteral("(?:^|[ ,'\"\\[])basic(?![a-z0-9_-])"));
    int challenges = 0;
    for (auto it = challenge.globalMatch(t.lower()); it.hasNext() && challenges < 50; ++challenges) {
        const auto m = it.next();
        const qsizetype from = m.capturedEnd(0);
        const qsizetype end = qMin(t.lineEnd(from), from + 300);
        const QStringView value = QStringView(t.lower()).mid(from, end - from);
        x.challengeSeen = true;
        if (basicScheme.match(value).hasMatch())
            x.basicOffered = true;
    }
    const auto m = ntlm.match(t.lower());
    if (m.hasMatch()) {
        const int g = m.capturedStart(1) >= 0 ? 1 : 2;
        x.ntlmChallenge = {m.captured(g), m.capturedStart(g)};
    }

    static const Re oauth(QStringLiteral("\"(?:error|suberror)\" ?: ?\"([a-z_]{3,40})\""
                                         "|[?&](?:error|suberror)=([a-z_]{3,40})"));
    for (auto it = oauth.globalMatch(t.lower()); it.hasNext();) {
        const auto om = it.next();
        const int g = om.capturedStart(1) >= 0 ? 1 : 2;
        const QString value = om.captured(g);
        bool seen = false;
        for (const FoundValue &v : std::as_const(x.oauthErrors))
            seen = seen || v.value == value;
        if (!seen)
            x.oauthErrors.append({value, om.capturedStart(g)});
        if (x.oauthErrors.size() >= 8)
            break;
    }
}

// The side in German, Spanish, French and Japanese migration texts: "Quellserver", "Zielpostfach",
// "sistema de origen", "buzón de destino", "serveur cible", "移行元" (words of Microsoft's and
// Google's localised migration documentation). Only compounds and phrases that name a migration's
// end are taken, not every "Quelle" or "origen". Each stem is looked up with indexOf and checked
// where it stands, so a long text is read a few times at most, whatever it holds.
Side detectLocalizedSide(const QString &lower)
{
    qsizetype best = -1;
    Side side = Side::Unknown;
    const auto found = [&](qsizetype at, Side s) {
        if (best < 0 || at < best) {
            best = at;
            side = s;
        }
    };
    const auto isLetter = [&](qsizetype i) { return i >= 0 && i < lower.size() && lower.at(i).isLetter(); };
    // German compounds: Quellserver, Zielpostfach, Quell-Mandant is not taken (hyphenated words vary).
    static const QStringView kGermanEnds[] = {u"server",   u"postfach", u"postfäch", u"mandant",
                                              u"umgebung", u"system",   u"konto",    u"organisation",
                                              u"mailbox",  u"tenant",   u"endpunkt"};
    for (const auto &[stem, s] : {std::pair{QStringView(u"quell"), Side::Source},
                                  std::pair{QStringView(u"ziel"), Side::Destination}}) {
        qsizetype from = 0;
        for (int n = 0; n < 200; ++n) {
            const qsizetype at = lower.indexOf(stem, from);
            if (at < 0)
                break;
            from = at + stem.size();
            const QStringView rest = QStringView(lower).mid(from, 16);
            if (!isLetter(at - 1) && std::any_of(std::begin(kGermanEnds), std::end(kGermanEnds),
                                                 [&](QStringView e) { return rest.startsWith(e); })) {
                found(at, s);
                break;
            }
        }
    }
    // Spanish and French: "<noun> de origen|de destino", "<noun> source|cible".
    static const QStringView kSpanishNouns[] = {u"sistema", u"servidor",  u"buzón",   u"buzon",
                                                u"cuenta",  u"inquilino", u"entorno", u"usuario"};
    static const QStringView kFrenchNouns[] = {u"serveur", u"locataire",     u"système",          u"systeme",
                                               u"compte",  u"environnement", u"boîte aux lettres"};
    const struct
    {
        QStringView word;
        Side side;
        std::span<const QStringView> nouns;
    } phrases[] = {{u" de origen", Side::Source, kSpanishNouns},
                   {u" de destino", Side::Destination, kSpanishNouns},
                   {u" source", Side::Source, kFrenchNouns},
                   {u" cible", Side::Destination, kFrenchNouns}};
    for (const auto &p : phrases) {
        qsizetype from = 0;
        for (int n = 0; n < 200; ++n) {
            const qsizetype at = lower.indexOf(p.word, from);
            if (at < 0)
                break;
            from = at + p.word.size();
            if (isLetter(from))
                continue;
            const QStringView before = textBefore(lower, at, 20);
            if (std::any_of(p.nouns.begin(), p.nouns.end(),
                            [&](QStringView n) { return before.endsWith(n); })) {
                found(at, p.side);
                break;
            }
        }
    }
    if (const qsizetype at = lower.indexOf(u"移行元"); at >= 0)
        found(at, Side::Source);
    if (const qsizetype at = lower.indexOf(u"移行先"); at >= 0)
        found(at, Side::Destination);
    return side;
}

// "checking destination credentials", "[Source]", "Source: …", "the destination mailbox", …
Side detectSide(const ScanText &t)
{
    // "target" is the destination in many tools' words ("Target user ... does not exist on the
    // target side", "the target mail user").
    static const Re word(QStringLiteral("\\b(source|destination|target)\\b"));
    const QString &lower = t.lower();
    int inspected = 0;
    for (auto it = word.globalMatch(lower); it.hasNext() && inspected < 200; ++inspected) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart(0);
        const qsizetype end = m.capturedEnd(0);
        const QStringView before = textBefore(lower, start, 16);
        const QStringView after = QStringView(lower).mid(end, 24);
        // A side's own noun after the word: "the source message store", "the target folder", "at the
        // source site". These name a side even where the word before would not ("Failed to open
        // source message store" is not "open source").
        const bool sideNoun = startsWithAny(after, {u" message store", u" store", u" folder", u" site",
                                                    u" sharepoint", u" connector", u" list"});
        if ((endsWithAny(before, {u"open ", u"data ", u"event ", u"exception ", u"-", u"."}) && !sideNoun) ||
            startsWithAny(after, {u" code", u"=", u" of ", u"-", u": msexchange", u": mscorlib",
                                  u": microsoft.", u": system.", u" path", u" file"}) ||
            (startsWithAny(after, {u" site"}) && !endsWithAny(before, {u"the ", u"at ", u"on ", u"to "})))
            continue;
        // "target" names a side only with a side's noun ("the target machine actively refused it" does not).
        if (m.capturedView(1) == u"target" &&
            !startsWithAny(
                after,
                {u" user",        u" mailbox",  u" tenant",      u" server",     u" account",  u" side",
                 u" mail",        u" e-mail",   u" email",       u" address",    u" upn",      u" domain",
                 u" environment", u" endpoint", u" credentials", u" onedrive",   u" exchange", u" office",
                 u" system",      u" project",  u" admin",       u" connection", u"]"}) &&
            !sideNoun &&
            // "... was not found on the target." ends a noun phrase: the target side itself.
            !(endsWithAny(before, {u"the "}) && startsWithAny(after, {u".", u",", u";"})))
            continue;
        // "the source or target server", "source and destination", "source or to the target",
        // "target/source": both sides are named, so neither is the failing one.
        const auto namesOtherSide = [](QStringView v) {
            return containsAny(v, {u"source", u"destination", u"target"});
        };
        // "neither source UPN [...] nor target UPN [...]" names both.
        if (endsWithAny(before, {u"neither ", u" nor "}))
            continue;
        const QStringView wideBefore = textBefore(lower, start, 28);
        if ((startsWithAny(after, {u" or ", u" and ", u"/", u" & "}) && namesOtherSide(after.mid(1))) ||
            (endsWithAny(wideBefore,
                         {u" or ", u" and ", u"/", u" & ", u" or the ", u" and the ", u" or to the "}) &&
             namesOtherSide(wideBefore)))
            continue;
        const bool strongBefore =
            endsWithAny(before, {u"checking ", u"[", u"(", u"the ", u"to ", u"from ", u"on ", u"at ", u"for ",
                                 u"with ", u"in ", u"| ", u"> "});
        const bool strongAfter = startsWithAny(after, {u"]",
                                                       u")",
                                                       u":",
                                                       u" :",
                                                       u" - ",
                                                       u" credentials",
                                                       u" endpoint",
                                                       u" mailbox",
                                                       u" server",
                                                       u" tenant",
                                                       u" account",
                                                       u" environment",
                                                       u" settings",
                                                       u" side",
                                                       u" error",
                                                       u" exchange",
                                                       u" office",
                                                       u" onedrive",
                                                       u" system",
                                                       u" is ",
                                                       u" failed",
                                                       u" user",
                                                       u" admin",
                                                       u" domain",
                                                       u" project",
                                                       u" connection",
                                                       u" e-mail",
                                                       u" email",
                                                       u" address",
                                                       u" mail",
                                                       u" message store",
                                                       u" upn"});
        if (strongBefore || strongAfter || sideNoun || t.atLineStart(start))
            return m.capturedView(1) == u"source" ? Side::Source : Side::Destination;
    }
    if (const Side localized = detectLocalizedSide(lower); localized != Side::Unknown)
        return localized;
    // "... when migrating from Google": the provider migrated from is the source, when no
    // destination is named after it.
    static const Re migratingFrom(QStringLiteral("\\bmigrat(?:e|ing|ion) from [a-z0-9.-]{2,40}\\b"));
    if (const auto fm = migratingFrom.match(lower); fm.hasMatch()) {
        const QStringView after = QStringView(lower).mid(fm.capturedEnd(0), 4);
        if (!after.startsWith(u" to ") && !after.startsWith(u" in"))
            return Side::Source;
    }
    // imapsync's summary: "ERR_AUTHENTICATION_FAILURE_USER2", "EXIT_AUTHENTICATION_FAILURE_USER1".
    static const Re imapsyncUser(QStringLiteral("authentication_failure_user([12])\\b"));
    if (const auto um = imapsyncUser.match(lower); um.hasMatch())
        return um.capturedView(1) == u"1" ? Side::Source : Side::Destination;
    // imapsync names the sides Host1 (source) and Host2 (destination): "Host2 failure: Error login".
    static const Re imapsyncHost(QStringLiteral("\\bhost([12])(?: failure| info| banner|:)"));
    const auto hm = imapsyncHost.match(lower);
    if (hm.hasMatch() && t.findCompact(QStringLiteral("failure")) >= 0)
        return hm.capturedView(1) == u"1" ? Side::Source : Side::Destination;
    // Only one of them is named and something failed: imapsync logs Host1's login before Host2's,
    // so a log that stops at one host's error is that host's.
    if (hm.hasMatch()) {
        const bool one = t.findWord(u"host1") >= 0;
        const bool two = t.findWord(u"host2") >= 0;
        const bool failed = t.findWord(u"error") >= 0 || t.findWord(u"failed") >= 0 ||
                            t.findCompact(QStringLiteral("authenticationfailed")) >= 0;
        if (one != two && failed)
            return one ? Side::Source : Side::Destination;
    }
    return Side::Unknown;
}

// Whether a word appears other than as a folder name in a file path ("C:\\Users\\x\\OneDrive -
// Contoso\\Documents\\..." names the sync folder, not the endpoint). Linear: each occurrence is
// looked at once, and at most a few hundred of them.
bool mentionedOutsidePaths(const ScanText &t, QStringView lowerWord)
{
    const QString &lower = t.lower();
    int inspected = 0;
    for (qsizetype at = lower.indexOf(lowerWord); at >= 0 && inspected < 300;
         at = lower.indexOf(lowerWord, at + lowerWord.size()), ++inspected) {
        const QChar before = at > 0 ? lower.at(at - 1) : QChar(u' ');
        if (before != u'\\' && before != u'/')
            return true;
    }
    return false;
}

EndpointKind detectEndpoint(const ScanText &t, const Extraction &x)
{
    bool aadsts = false;
    bool exoCode = false;
    bool exchangeCode = false;
    for (const FoundCode &c : x.codes) {
        aadsts = aadsts || c.kind == CodeKind::Aadsts;
        exoCode =
            exoCode || c.kind == CodeKind::AutodiscoveryError || c.code == u"MailboxNotEnabledForRESTAPI";
        exchangeCode = exchangeCode || c.kind == CodeKind::Ews || c.kind == CodeKind::AutodiscoverError ||
                       c.code.startsWith(u"Autodiscover") || c.code.startsWith(u"MapiException") ||
                       c.code == u"DatabaseNotFoundException";
    }
    // Words that name a kind of endpoint, found in one pass over compact() and one over lower().
    enum Key
    {
        OneDrive,
        MySite,
        SharePoint,
        SpoLicense,
        AppOnlyToken,
        SecurityToken,
        SharePointAppId,
        Office365,
        ExchangeOnline,
        Microsoft365,
        AutoDiscoveryError,
        BackEndTarget,
        ExchangeOnlineAppId,
        BasicAuthDisabled,
        ExchangeServer,
        OnPremisesExchange,
        ExchangeOnPremises,
        OnPremExchange,
        EwsPath,
        Exchange,
        Autodiscover,
        HttpPost,
        CheckingSource,
        CheckingDestination,
        KeyCount
    };
    static const char16_t *const kPhrases[KeyCount] = {u"onedrive",
                                                       u"mysite",
                                                       u"sharepoint",
                                                       u"spo license",
                                                       u"unsupported app only token",
                                                       u"unsupported security token",
                                                       u"00000003-0000-0ff1-ce00-000000000000",
                                                       u"office365",
                                                       u"exchange online",
                                                       u"microsoft 365",
                                                       u"x-autodiscovery-error",
                                                       u"x-calculatedbetarget",
                                                       u"00000002-0000-0ff1-ce00-000000000000",
                                                       u"basic auth disabled",
                                                       u"exchange server",
                                                       u"on-premises exchange",
                                                       u"exchange on-premises",
                                                       u"on-prem exchange",
                                                       u"/ews/",
                                                       u"exchange",
                                                       u"autodiscover",
                                                       u"http post request",
                                                       u"checking source credentials",
                                                       u"checking destination credentials"};
    static const KeySet compactKeys = [] {
        QStringList keys;
        for (const char16_t *p : kPhrases)
            keys << compactKey(QStringView(p));
        return KeySet(keys);
    }();
    enum Word
    {
        O365,
        M365,
        Ews,
        WordCount
    };
    static const KeySet words(
        QStringList{QStringLiteral("o365"), QStringLiteral("m365"), QStringLiteral("ews")});
    const QList<qsizetype> at = compactKeys.firstOccurrences(t.compact(), false);
    const QList<qsizetype> wordAt = words.firstOccurrences(t.lower(), true);
    auto has = [&](Key k) { return at.at(k) >= 0; };
    auto hasWord = [&](Word w) { return wordAt.at(w) >= 0; };

    const bool oneDriveWord = has(OneDrive) && mentionedOutsidePaths(t, u"onedrive");
    const bool oneDriveText = x.anySharePointHost || x.graphDrivePath || oneDriveWord || has(MySite) ||
                              has(SharePoint) || has(SpoLicense) || has(AppOnlyToken) ||
                              has(SharePointAppId) || has(SecurityToken);
    const bool exoText = aadsts || exoCode || x.anyExchangeOnlineHost || x.graphMailPath || has(Office365) ||
                         has(ExchangeOnline) || has(Microsoft365) || has(AutoDiscoveryError) ||
                         has(BackEndTarget) || has(ExchangeOnlineAppId) || has(BasicAuthDisabled) ||
                         hasWord(O365) || hasWord(M365);
    const bool onPremText = x.onPremVersion.found() || x.ntlmChallenge.found() || x.exchangePathOnOtherHost ||
                            has(ExchangeServer) || has(OnPremisesExchange) || has(ExchangeOnPremises) ||
                            has(OnPremExchange);
    const bool exchangeHint = exchangeCode || has(EwsPath) || has(Exchange) || hasWord(Ews) ||
                              has(Autodiscover) || has(HttpPost) || has(CheckingSource) ||
                              has(CheckingDestination);

    switch (x.host.isEmpty() ? HostKind::MicrosoftOther : x.hostKind) {
    case HostKind::SharePoint:
        return EndpointKind::OneDrive;
    case HostKind::ExchangeOnline:
        return EndpointKind::ExchangeOnline;
    case HostKind::Other:
        // A host outside Microsoft: on-premises Exchange when anything says Exchange.
        if (onPremText)
            return EndpointKind::ExchangeServer;
        if (exoText)
            return EndpointKind::ExchangeOnline;
        if (exchangeHint)
            return EndpointKind::ExchangeServer;
        return EndpointKind::Unknown;
    case HostKind::EntraLogin:
        // A sign-in failure: the token was for Exchange Online unless the text says SharePoint/OneDrive.
        return oneDriveText ? EndpointKind::OneDrive : EndpointKind::ExchangeOnline;
    case HostKind::Graph:
        // The path says the workload: /drive is OneDrive, /messages or /calendar a mailbox.
        if (x.graphDrivePath)
            return EndpointKind::OneDrive;
        if (x.graphMailPath)
            return EndpointKind::ExchangeOnline;
        break;
    case HostKind::MicrosoftOther:
        break;
    }
    if (oneDriveText)
        return EndpointKind::OneDrive;
    if (exoText)
        return EndpointKind::ExchangeOnline;
    if (onPremText)
        return EndpointKind::ExchangeServer;
    return EndpointKind::Unknown;
}

} // namespace

void extractContext(const ScanText &t, Extraction &x)
{
    extractIds(t, x);
    extractHints(t, x);
    x.side = detectSide(t);
    x.endpoint = detectEndpoint(t, x);
}

} // namespace AuthDoctor::ClassifyDetail
