// Codes and HTTP status: the parts of extract() that read identifiers out of the text.
#include "Extraction.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>

namespace AuthDoctor::ClassifyDetail {

namespace {

using Re = QRegularExpression;

KeySet keySetOf(std::span<const CodeRule> rules)
{
    QStringList keys;
    for (const CodeRule &r : rules)
        keys << QString::fromLatin1(r.code).toLower();
    return KeySet(keys);
}

struct CodeCollector
{
    QList<FoundCode> hits;
    void add(QString code, CodeKind kind, qsizetype pos, const CodeRule *rule)
    {
        hits.append({std::move(code), kind, pos, rule});
    }
};

// "AADSTS50076", "AADSTS 50076:", and the numbers of "error_codes":[50076,50079].
void scanAadsts(const ScanText &t, CodeCollector &out)
{
    static const Re code(QStringLiteral("aadsts ?:? ?(\\d{4,7})(?!\\d)"));
    for (auto it = code.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        const QString digits = m.captured(1);
        out.add(QStringLiteral("AADSTS") + digits, CodeKind::Aadsts, m.capturedStart(0), findAadsts(digits));
    }
    static const Re list(QStringLiteral("\"?error_codes\"? ?[:=] ?\\[([0-9, ]{1,200})\\]"));
    static const Re number(QStringLiteral("\\d{4,7}"));
    for (auto it = list.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        const qsizetype base = m.capturedStart(1);
        for (auto n = number.globalMatch(m.captured(1)); n.hasNext();) {
            const auto nm = n.next();
            const QString digits = nm.captured(0);
            out.add(QStringLiteral("AADSTS") + digits, CodeKind::Aadsts, base + nm.capturedStart(0),
                    findAadsts(digits));
        }
    }
}

// EWS response codes: every known Error* name anywhere; unknown Error* names only where a
// ResponseCode or faultcode names them.
void scanEws(const ScanText &t, CodeCollector &out)
{
    static const KeySet known = keySetOf(ewsRules());
    const QList<qsizetype> at = known.firstOccurrences(t.lower(), true);
    for (qsizetype i = 0; i < at.size(); ++i)
        if (at.at(i) >= 0)
            out.add(QLatin1String(ewsRules()[i].code), CodeKind::Ews, at.at(i), &ewsRules()[i]);
    static const Re named(QStringLiteral("(?:responsecode|faultcode)(?:[^a-z0-9]{0,3}|[^<>]{0,200}>)"
                                         "(?:[a-z]{1,3}:)?(error[a-z0-9]{3,60})(?![a-z0-9_])"));
    for (auto it = named.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        if (!findEwsCode(m.capturedView(1)))
            out.add(t.text().mid(m.capturedStart(1), m.capturedLength(1)), CodeKind::Ews, m.capturedStart(1),
                    nullptr);
    }
}

// Autodiscover: POX <ErrorCode>500</ErrorCode> (500–603) and SOAP <ErrorCode>InvalidUser</ErrorCode>,
// also "ErrorCode: 500" and "ErrorCode":"InvalidUser" in logs and JSON.
void scanAutodiscover(const ScanText &t, CodeCollector &out)
{
    static const Re code(QStringLiteral("(?:<(?:[a-z0-9]{1,10}:)?errorcode>|\\berrorcode\"? ?[:=]? ?\"?) ?"
                                        "([a-z0-9]{2,40})(?![a-z0-9])"));
    for (auto it = code.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        const QStringView value = m.capturedView(1);
        // "ErrorCode is …" is prose: an unknown name counts only as an element or key value.
        const QStringView prefix =
            QStringView(t.lower()).mid(m.capturedStart(0), m.capturedStart(1) - m.capturedStart(0));
        const bool delimited = prefix.contains(u'>') || prefix.contains(u':') || prefix.contains(u'=');
        bool isNumber = false;
        const int n = value.toInt(&isNumber);
        if (isNumber) {
            if (n < 500 || n > 603)
                continue;
            const QString pox = QStringLiteral("POX") + value.toString();
            out.add(pox, CodeKind::AutodiscoverError, m.capturedStart(1), findAutodiscoverCode(pox));
            continue;
        }
        if (value == u"noerror")
            continue;
        if (const CodeRule *rule = findAutodiscoverCode(value))
            out.add(QLatin1String(rule->code), CodeKind::AutodiscoverError, m.capturedStart(1), rule);
        else if (!findEwsCode(value) && delimited) // an EWS name is collected by scanEws
            out.add(t.text().mid(m.capturedStart(1), m.capturedLength(1)), CodeKind::AutodiscoverError,
                    m.capturedStart(1), nullptr);
    }
}

// x-ms-diagnostics: 2000008;reason="…";error_category="invalid_grant"
void scanDiagnostics(const ScanText &t, CodeCollector &out)
{
    static const Re code(QStringLiteral("(?:x-ms-diagnostics['\"]? ?[:=] ?['\"]? ?(\\d{6,7})(?!\\d)"
                                        "|(?<![0-9])(\\d{7}) ?; ?reason ?=)"));
    for (auto it = code.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        const int group = m.capturedStart(1) >= 0 ? 1 : 2;
        const QString digits = m.captured(group);
        out.add(digits, CodeKind::Diagnostics, m.capturedStart(group), findDiagnosticsCode(digits));
    }
}

// X-AutoDiscovery-Error reasons, recognised wherever they are pasted.
void scanAutodiscoveryError(const ScanText &t, CodeCollector &out)
{
    static const Re reason(QStringLiteral("(basicauthblockstatus ?-? ?deny)|(basic ?auth ?blocked)"
                                          "|(blockbasicauth ?-? ?user ?blocked)|(federatedstsunreachable)"
                                          "|(tenantnotprovisioned)"));
    static const char *const names[] = {"BasicAuthBlockStatusDeny", "BasicAuthBlocked",
                                        "BlockBasicAuthUserBlocked", "FederatedStsUnreachable",
                                        "TenantNotProvisioned"};
    QSet<qsizetype> read; // where a specific form above was read
    int matches = 0;
    for (auto it = reason.globalMatch(t.lower()); it.hasNext() && matches < 500; ++matches) {
        const auto m = it.next();
        for (int g = 1; g <= 5; ++g) {
            if (m.capturedStart(g) < 0)
                continue;
            const QString name = QString::fromLatin1(names[g - 1]);
            out.add(name, CodeKind::AutodiscoveryError, m.capturedStart(g), findAutodiscoveryError(name));
            read.insert(m.capturedStart(g));
            break;
        }
    }
    // The header's general form "LiveIdBasicAuth:<Reason>:<details>": the reason is one word of
    // Exchange's LiveIdAuthResult (AppPasswordRequired, InvalidCreds, ExpiredCreds, ...).
    static const Re liveId(QStringLiteral("liveidbasicauth ?: ?([a-z][a-z0-9]{3,60})(?![a-z0-9])"));
    matches = 0;
    for (auto it = liveId.globalMatch(t.lower()); it.hasNext() && matches < 500; ++matches) {
        const auto m = it.next();
        const QStringView value = m.capturedView(1);
        if (value == u"success" || read.contains(m.capturedStart(1))) // "BasicAuthBlockStatus - Deny"
            continue;
        const CodeRule *rule = findAutodiscoveryError(value);
        out.add(rule ? QString(QLatin1String(rule->code))
                     : t.text().mid(m.capturedStart(1), m.capturedLength(1)),
                CodeKind::AutodiscoveryError, m.capturedStart(1), rule);
    }
}

// Graph: {"error":{"code":"…"}} and the distinctive Graph code names anywhere.
void scanGraph(const ScanText &t, CodeCollector &out)
{
    static const Re code(
        QStringLiteral("\"error\" ?: ?\\{[^{}]{0,300}?\"code\" ?: ?\"([a-z_][a-z0-9_.]{1,63})\""));
    for (auto it = code.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        const QStringView value = m.capturedView(1);
        if (value.startsWith(u"error") && findEwsCode(value))
            continue; // ErrorAccessDenied & co. are collected by scanEws
        const CodeRule *rule = findGraphCode(value);
        out.add(rule ? QString(QLatin1String(rule->code))
                     : t.text().mid(m.capturedStart(1), m.capturedLength(1)),
                CodeKind::Graph, m.capturedStart(1), rule);
    }
    static const QStringList distinctive = {
        QStringLiteral("MailboxNotEnabledForRESTAPI"), QStringLiteral("Authorization_RequestDenied"),
        QStringLiteral("InvalidAuthenticationToken"),  QStringLiteral("ApplicationThrottled"),
        QStringLiteral("Request_ResourceNotFound"),    QStringLiteral("activityLimitReached")};
    static const KeySet keys = [] {
        QStringList lower;
        for (const QString &name : distinctive)
            lower << name.toLower();
        return KeySet(lower);
    }();
    const QList<qsizetype> at = keys.firstOccurrences(t.lower(), true);
    for (qsizetype i = 0; i < at.size(); ++i)
        if (at.at(i) >= 0)
            out.add(distinctive.at(i), CodeKind::Graph, at.at(i), findGraphCode(distinctive.at(i)));
}

// Exception names: every word containing "exception" (WebException, DatabaseNotFoundException,
// MapiExceptionMdbOffline), without its namespace.
void scanExceptions(const ScanText &t, CodeCollector &out)
{
    static const QString needle = QStringLiteral("exception");
    const QString &lower = t.lower();
    qsizetype from = 0;
    while (true) {
        const qsizetype at = lower.indexOf(needle, from);
        if (at < 0)
            break;
        qsizetype start = at;
        while (start > 0 && isWordChar(lower.at(start - 1)))
            --start;
        qsizetype end = at + needle.size();
        while (end < lower.size() && isWordChar(lower.at(end)))
            ++end;
        from = end;
        const qsizetype length = end - start;
        if (length <= needle.size() || length > 80)
            continue;
        const QStringView word = QStringView(lower).mid(start, length);
        if (word == u"innerexception" || word == u"unhandledexception" || word.startsWith(u"exception"))
            continue;
        const QString name = t.text().mid(start, length);
        const CodeRule *rule = findExceptionName(name);
        out.add(rule ? QString(QLatin1String(rule->code)) : name, CodeKind::Exception, start, rule);
    }
}

// Error classes that do not say "Exception": exchangelib.errors.RateLimitError,
// requests.exceptions.HTTPError, "UnauthorizedError: Wrong username or password", "raise
// AutoDiscoverFailed(". A class name counts when it is qualified by a module path, or stands as
// the subject of an error line (followed by ": " or "(").
void scanErrorClasses(const ScanText &t, CodeCollector &out)
{
    static const Re name(QStringLiteral("(?<![A-Za-z0-9_])((?:[a-z_][a-z0-9_]{0,40}\\.){1,8})?"
                                        "([A-Z][A-Za-z0-9]{1,60}(?:Error|Failed))(?![A-Za-z0-9_])(: |\\()?"));
    int found = 0;
    for (auto it = name.globalMatch(t.text()); it.hasNext() && found < 50;) {
        const auto m = it.next();
        if (m.capturedStart(1) < 0 && m.capturedStart(3) < 0)
            continue;
        const QStringView cls = m.capturedView(2);
        if (cls.startsWith(u"Error") || findEwsCode(cls) || findGraphCode(cls))
            continue; // EWS response codes and Graph codes are collected as such
        // PowerShell's own words: "PS>TerminatingError(...)" in transcripts and error categories
        // ("CategoryInfo : CloseError: (:) [...]") are not error classes.
        if (cls == u"TerminatingError" ||
            textBefore(t.lower(), m.capturedStart(0), 40).contains(u"categoryinfo"))
            continue;
        const CodeRule *rule = findExceptionName(cls);
        out.add(rule ? QString(QLatin1String(rule->code)) : cls.toString(), CodeKind::Exception,
                m.capturedStart(2), rule);
        ++found;
    }
}

} // namespace

void extractCodes(const ScanText &t, Extraction &x)
{
    CodeCollector c;
    scanAadsts(t, c);
    scanEws(t, c);
    scanAutodiscover(t, c);
    scanDiagnostics(t, c);
    scanAutodiscoveryError(t, c);
    scanGraph(t, c);
    scanExceptions(t, c);
    scanErrorClasses(t, c);
    std::stable_sort(c.hits.begin(), c.hits.end(),
                     [](const FoundCode &a, const FoundCode &b) { return a.pos < b.pos; });
    QSet<QString> seen;
    for (FoundCode &hit : c.hits) {
        const QString key = hit.code.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        x.codes.append(std::move(hit));
    }
}

void extractStatus(const ScanText &t, Extraction &x)
{
    struct Hit
    {
        qsizetype pos;
        int status;
        int strength; // 0 explicit, 1 back-end header, 2 reason phrase only
    };
    QList<Hit> hits;
    // An SMTP reply ("504 5.7.4 Unrecognized authentication type", "535 5.7.139 ...") is not an
    // HTTP status: its code is followed by an enhanced status code.
    const auto smtpReply = [&](qsizetype pos) {
        const QStringView after = QStringView(t.lower()).mid(pos + 3, 6);
        const QStringView rest = after.startsWith(u' ') ? after.mid(1) : after;
        return rest.size() >= 3 && (rest.at(0) == u'2' || rest.at(0) == u'4' || rest.at(0) == u'5') &&
               rest.at(1) == u'.' && rest.at(2).isDigit();
    };
    auto collect = [&](const Re &re, int strength) {
        for (auto it = re.globalMatch(t.lower()); it.hasNext();) {
            const auto m = it.next();
            const int status = m.capturedView(1).toInt();
            if (status >= 100 && status <= 599 && !smtpReply(m.capturedStart(1)))
                hits.append({m.capturedStart(1), status, strength});
        }
    };
    static const Re statusLine(QStringLiteral("\\bhttps?/\\d(?:\\.\\d)? (\\d{3})\\b"));
    // "(401) Unauthorized", also cut off right after the number: "returned an error: (401)".
    // Windows localises the reason: "(401) Nicht autorisiert", "(403) Запрещено", "(401) 許可されていません".
    static const Re dotNet(QStringLiteral("\\((\\d{3})\\)(?= ?[\\p{L}.:]| ?$)"));
    static const Re reason(QStringLiteral(
        "(?<![0-9.:/-])(\\d{3}) ?[-:]? ?\\(?(?:unauthorized|forbidden|(?:file )?not found|too many "
        "requests|service unavailable"
        "|server unavailable|internal server error|bad ?request|bad gateway|gateway time-?out"
        "|proxy authentication required|request time-?out|method not allowed)\\b"));
    static const Re labelled(
        QStringLiteral("(?:\\bstatus(?:[ _]?code)?|\\bhttp(?: status| error|_status)?(?:[ _]?code)?|\\berror|"
                       "\\bresponse[ _]?(?:status|code)|\\bdoes not indicate success)['\"]? ?[:=]? ?['\"(]?"
                       "(\\d{3})(?!\\d)"));
    // Cut off after the number: "Request failed - 401", "Connection failure: 503".
    static const Re failedDash(QStringLiteral("\\bfail(?:ed|ure)\\b ?[-:] ?\\(?([45]\\d\\d)(?![0-9.])"));
    // A knowledge-base title that starts with the status: "404 Authentication Errors in Exchange 2003".
    static const Re title(QStringLiteral("^ ?(40[134]|429|50[0234]) (?=[a-z])"));
    // "error code:401", "Error code 403": a code word that is also used for non-HTTP numbers, so
    // only 4xx and 5xx count.
    static const Re errorCode(QStringLiteral("\\berror code['\"]? ?[:=]? ?['\"]?([45]\\d\\d)(?!\\d)"));
    // Request logs: "GET /path 401", "POST /EWS/Exchange.asmx HTTP/1.1\" 401 0" (urllib3),
    // "GET /_api/web/lists → 401".
    static const Re requestLog(
        QStringLiteral("\\b(?:get|post|put|patch|delete|head) [^ ]{1,2000}(?: https?/\\d(?:\\.\\d)?['\"]?)?"
                       " (?:(?:->|=>|\\x{2192}|-|:) )?(\\d{3})(?![0-9.])"));
    static const Re spoken(
        QStringLiteral("\\b(?:(?:returned|received|got|answered|fails with|failed with)(?: an?| with)?"
                       "(?: http)?(?: status(?: of| code)?)? ['`\"]?([45]\\d\\d)\\b"
                       "|(?<![0-9.,:])([45]\\d\\d) (?:error|response|status|result|returned)\\b)"));
    // A status code printed by a script: "console.log(res.statusCode) -----> 401".
    static const Re printedStatus(QStringLiteral("\\bstatus ?code\\)? ?(?:-+>|=>|:|=) ?(\\d{3})(?!\\d)"));
    // python-requests: "404 Client Error: Not Found for url", also without the number.
    static const Re requestsReason(
        QStringLiteral("\\b(?:client|server) error: (unauthorized|forbidden|not found|bad request|too many "
                       "requests|service unavailable|internal server error|bad gateway|gateway timeout)"
                       " for url\\b"));
    static const Re backEnd(QStringLiteral("x-backendhttpstatus['\"]? ?[:=] ?['\"]?(\\d{3})\\b"));
    collect(statusLine, 0);
    collect(dotNet, 0);
    collect(reason, 0);
    collect(labelled, 0);
    collect(failedDash, 0);
    collect(printedStatus, 0);
    collect(title, 0);
    collect(errorCode, 0);
    collect(requestLog, 0);
    for (auto it = spoken.globalMatch(t.lower()); it.hasNext();) { // "returned 401", "a 503 error"
        const auto m = it.next();
        const int g = m.capturedStart(1) >= 0 ? 1 : 2;
        if (!smtpReply(m.capturedStart(g)))
            hits.append({m.capturedStart(g), m.capturedView(g).toInt(), 0});
    }
    for (auto it = requestsReason.globalMatch(t.lower()); it.hasNext();) {
        const auto m = it.next();
        static const QList<std::pair<const char16_t *, int>> kReasons = {
            {u"unauthorized", 401},          {u"forbidden", 403},         {u"not found", 404},
            {u"bad request", 400},           {u"too many requests", 429}, {u"service unavailable", 503},
            {u"internal server error", 500}, {u"bad gateway", 502},       {u"gateway timeout", 504}};
        for (const auto &[phrase, status] : kReasons)
            if (m.capturedView(1) == QStringView(phrase))
                hits.append({m.capturedStart(1), status, 0});
    }
    // The whole message is a status ("401").
    static const Re alone(QStringLiteral("^ ?([45]\\d\\d) ?\\.?$"));
    collect(alone, 0);
    collect(backEnd, 1);

    // Only a reason phrase: "Unauthorized", "Forbidden", ...
    static const QList<int> reasonStatus = {401, 403, 429, 503, 503, 504, 502};
    static const KeySet reasons(QStringList{
        QStringLiteral("unauthorized"), QStringLiteral("forbidden"), QStringLiteral("too many requests"),
        QStringLiteral("service unavailable"), QStringLiteral("server unavailable"),
        QStringLiteral("gateway timeout"), QStringLiteral("bad gateway")});
    const QList<qsizetype> reasonAt = reasons.firstOccurrences(t.lower(), true);
    for (qsizetype i = 0; i < reasonAt.size(); ++i)
        if (reasonAt.at(i) >= 0)
            hits.append({reasonAt.at(i), reasonStatus.at(i), 2});

    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.pos < b.pos; });
    const Hit *best = nullptr;
    for (int strength = 0; strength <= 2 && !best; ++strength)
        for (const Hit &h : hits)
            if (h.strength == strength && h.status >= 400) {
                best = &h;
                break;
            }
    if (!best)
        for (const Hit &h : hits)
            if (h.strength == 0) {
                best = &h;
                break;
            }
    if (best) {
        x.httpStatus = best->status;
        x.statusPos = best->pos;
    }
}

Extraction extract(const ScanText &t)
{
    Extraction x;
    extractCodes(t, x);
    extractStatus(t, x);
    extractHosts(t, x);
    extractContext(t, x);
    return x;
}

} // namespace AuthDoctor::ClassifyDetail
