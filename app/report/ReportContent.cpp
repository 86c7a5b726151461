#include "ReportContent.h"

#include "core/AppInfo.h"
#include "core/Redaction.h"
#include "engine/Evidence.h"
#include "engine/Plan.h"
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

namespace AuthDoctor::Report {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Report)
};

QString mask(const QString &text)
{
    return Redaction::maskSecrets(text);
}

// Masked text with long runs of '*' (a token is hundreds) shortened to a note of their length.
QString compact(const QString &masked)
{
    constexpr int kLongRun = 24;
    QString out;
    out.reserve(masked.size());
    for (qsizetype i = 0; i < masked.size();) {
        qsizetype j = i;
        while (j < masked.size() && masked.at(j) == QLatin1Char('*'))
            ++j;
        if (j - i >= kLongRun) {
            out += QString(8, QLatin1Char('*')) + QLatin1Char(' ') +
                   T::tr("[%n characters masked]", nullptr, int(j - i)) + QLatin1Char(' ');
            i = j;
        } else if (j > i) {
            out += masked.mid(i, j - i);
            i = j;
        } else {
            out += masked.at(i++);
        }
    }
    return out;
}

QString endpointWords(EndpointKind e)
{
    switch (e) {
    case EndpointKind::ExchangeOnline:
        return T::tr("Exchange Online");
    case EndpointKind::ExchangeServer:
        return T::tr("Exchange Server (on-premises)");
    case EndpointKind::OneDrive:
        return T::tr("OneDrive for Business");
    case EndpointKind::Unknown:
        break;
    }
    return T::tr("an unknown endpoint");
}

QString sideWords(Side s)
{
    switch (s) {
    case Side::Source:
        return T::tr("source");
    case Side::Destination:
        return T::tr("destination");
    case Side::Unknown:
        break;
    }
    return T::tr("side not given");
}

QString cloudWords(Cloud c)
{
    switch (c) {
    case Cloud::Commercial:
        return T::tr("commercial cloud");
    case Cloud::Gcc:
        return T::tr("GCC");
    case Cloud::GccHigh:
        return T::tr("GCC High");
    case Cloud::Dod:
        return T::tr("DoD");
    case Cloud::China:
        return T::tr("21Vianet (China)");
    }
    return {};
}

QString authWords(AuthMethod a)
{
    switch (a) {
    case AuthMethod::Delegated:
        return T::tr("modern authentication with a user name and password");
    case AuthMethod::AppOnly:
        return T::tr("modern authentication, app-only with a client secret");
    case AuthMethod::Basic:
        return T::tr("Basic authentication");
    case AuthMethod::Ntlm:
        return T::tr("NTLM");
    case AuthMethod::Unknown:
        break;
    }
    return T::tr("sign-in method not given");
}

QString confidenceWords(const QString &c)
{
    if (c == QLatin1String("high"))
        return T::tr("high confidence");
    if (c == QLatin1String("medium"))
        return T::tr("medium confidence");
    if (c == QLatin1String("low"))
        return T::tr("low confidence");
    return c;
}

QString statusWords(Engine::CheckStatus s)
{
    switch (s) {
    case Engine::CheckStatus::Waiting:
        return T::tr("waiting");
    case Engine::CheckStatus::Running:
        return T::tr("running");
    case Engine::CheckStatus::Passed:
        return T::tr("passed");
    case Engine::CheckStatus::Warning:
        return T::tr("warning");
    case Engine::CheckStatus::Failed:
        return T::tr("failed");
    case Engine::CheckStatus::Skipped:
        return T::tr("skipped");
    case Engine::CheckStatus::Error:
        return T::tr("no verdict (error)");
    case Engine::CheckStatus::Cancelled:
        return T::tr("cancelled");
    }
    return {};
}

QString answerWords(const QString &a)
{
    if (a.isEmpty())
        return T::tr("not answered");
    if (a == QLatin1String("yes"))
        return T::tr("yes");
    if (a == QLatin1String("no"))
        return T::tr("no");
    if (a == QLatin1String("unsure") || a == QLatin1String("unknown"))
        return T::tr("not sure");
    return a;
}

QString networkErrorWords(const QString &code)
{
    if (code == QLatin1String("timeout"))
        return T::tr("no answer in time");
    if (code == QLatin1String("tls"))
        return T::tr("TLS (certificate) error");
    if (code == QLatin1String("dns"))
        return T::tr("host name not found");
    if (code == QLatin1String("refused"))
        return T::tr("connection refused");
    if (code == QLatin1String("too-large"))
        return T::tr("answer too large");
    if (code == QLatin1String("blocked"))
        return T::tr("not sent (blocked for safety)");
    if (code == QLatin1String("cancelled"))
        return T::tr("cancelled");
    return T::tr("network error");
}

const Engine::Question *findQuestion(const Engine::Result &r, const QString &id)
{
    for (const Engine::Question &q : r.questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

QString evidenceName(const Engine::Result &r, const QString &id)
{
    if (id == QLatin1String("error-text"))
        return T::tr("the pasted error message");
    if (id.startsWith(QLatin1String("answer:"))) {
        const Engine::Question *q = findQuestion(r, id.mid(7));
        return q ? T::tr("your answer to \"%1\"").arg(q->text.render()) : T::tr("your answer");
    }
    const QString title = Engine::checkTitle(id).render();
    return title.isEmpty() ? id : title;
}

FindingBlock findingBlock(const Engine::Result &r, const Engine::FindingResult &f, const Finding &info)
{
    FindingBlock b;
    b.id = info.id;
    b.title = info.title;
    b.explanation = info.explanation;
    b.why = mask(f.why.render());
    b.confidenceId = f.confidence;
    b.confidence = confidenceWords(f.confidence);
    b.severityId = severityToString(info.severity);
    b.steps = info.steps;
    b.who = info.whoText;
    b.timeToApply = info.timeToApply;
    b.links = info.links;
    b.kb = info.kb;
    b.evidenceIds = f.evidence;
    for (const QString &id : f.evidence)
        b.evidenceNames << evidenceName(r, id);
    for (const QString &code : f.rawCodes)
        b.rawCodes << mask(code);
    return b;
}

// The ids Microsoft support and the sign-in logs are searched by, from headers and a JSON body.
QList<LabeledValue> requestIds(const Engine::Evidence &e)
{
    QList<LabeledValue> out;
    auto add = [&out](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        for (const LabeledValue &v : std::as_const(out))
            if (v.label == label && v.value == value)
                return;
        out << LabeledValue{label, mask(value)};
    };
    for (const char *h :
         {"request-id", "client-request-id", "x-ms-request-id", "x-ms-ests-server", "x-ms-diagnostics",
          "x-calculatedbetarget", "x-feserver", "x-beserver", "x-ms-ags-diagnostic", "date"})
        for (const QString &v : e.headers(QString::fromLatin1(h)))
            add(QString::fromLatin1(h), v);
    const QJsonObject body = QJsonDocument::fromJson(e.bodyExcerpt.toUtf8()).object();
    for (const char *k : {"trace_id", "correlation_id", "timestamp"})
        add(QString::fromLatin1(k), body.value(QString::fromLatin1(k)).toString());
    const QJsonArray codes = body.value(QStringLiteral("error_codes")).toArray();
    if (!codes.isEmpty()) {
        QStringList list;
        for (const QJsonValue &c : codes)
            list << QStringLiteral("AADSTS%1").arg(c.toInteger());
        add(QStringLiteral("error_codes"), list.join(QStringLiteral(", ")));
    }
    // Microsoft Graph: {"error": {"innerError": {"request-id", "client-request-id", "date"}}}
    const QJsonObject inner =
        body.value(QStringLiteral("error")).toObject().value(QStringLiteral("innerError")).toObject();
    for (const char *k : {"request-id", "client-request-id", "date"})
        add(QString::fromLatin1(k), inner.value(QString::fromLatin1(k)).toString());
    return out;
}

EvidenceBlock evidenceBlock(const Engine::Evidence &e, const QDateTime &diagnosisStart)
{
    EvidenceBlock b;
    b.method = e.method.isEmpty() ? QStringLiteral("GET") : e.method;
    b.url = Engine::redactUrl(e.url);
    b.status = e.status;
    b.statusText = httpReasonPhrase(e.status);
    for (const auto &[k, v] : e.requestHeaders)
        b.requestHeaders.append({k, Engine::redactHeaderValue(k.toLower(), v)});
    for (const auto &[k, v] : e.responseHeaders)
        b.responseHeaders.append({k, Engine::redactHeaderValue(k.toLower(), v)});
    b.requestBody = compact(mask(e.requestBodyExcerpt));
    b.responseBody = compact(mask(e.bodyExcerpt));
    b.errorCode = e.networkErrorCode;
    b.error = mask(e.networkError);
    b.startedMs = e.startedMs;
    b.durationMs = e.durationMs;
    if (diagnosisStart.isValid())
        b.started = diagnosisStart.toUTC().addMSecs(e.startedMs);
    b.ids = requestIds(e);
    b.contentType = e.header(QStringLiteral("content-type"));
    if (e.status > 0)
        b.outcome = b.statusText.isEmpty() ? QString::number(e.status)
                                           : QStringLiteral("%1 %2").arg(e.status).arg(b.statusText);
    else
        b.outcome = networkErrorWords(e.networkErrorCode) +
                    (b.error.isEmpty() ? QString() : QStringLiteral(": ") + b.error);
    return b;
}

QString factValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QVariantMap)
        return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(v.toMap())).toJson(QJsonDocument::Compact));
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    return v.toString();
}

CheckBlock checkBlock(const Engine::CheckResult &c, const QDateTime &start)
{
    CheckBlock b;
    b.id = c.id;
    b.title = Engine::checkTitle(c.id).render();
    if (b.title.isEmpty())
        b.title = c.id;
    b.statusId = Engine::checkStatusToString(c.status);
    b.status = statusWords(c.status);
    b.summary = mask(c.summary.render());
    b.startedMs = c.startedMs;
    b.durationMs = c.durationMs;
    for (const QString &code : c.codes)
        b.codes << mask(code);
    for (auto it = c.facts.begin(); it != c.facts.end(); ++it) {
        const QString value = factValue(it.value());
        if (!value.isEmpty())
            b.facts << LabeledValue{it.key(), mask(value)};
    }
    b.pointsTo = c.findings;
    b.rulesOut = c.rulesOut;
    for (const Engine::Evidence &e : c.evidence)
        b.evidence << evidenceBlock(e, start);
    return b;
}

QString firstLine(const QString &text, int maxChars)
{
    QString line;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        line = l.trimmed();
        if (!line.isEmpty())
            break;
    }
    if (line.size() > maxChars)
        line = line.left(maxChars).trimmed() + QStringLiteral("…");
    return line;
}

Labels makeLabels()
{
    Labels l;
    l.reportTitle = T::tr("AuthDoctor report");
    l.whatHappened = T::tr("What happened");
    l.reported = T::tr("The migration tool reported");
    l.cause = T::tr("The cause");
    l.why = T::tr("Why we believe it");
    l.steps = T::tr("What to do");
    l.who = T::tr("Who must act");
    l.timeToApply = T::tr("How long the change takes to apply");
    l.links = T::tr("Links");
    l.otherFindings = T::tr("Other findings");
    l.ruledOut = T::tr("Ruled out");
    l.questions = T::tr("Questions and answers");
    l.notAnswered = T::tr("not answered");
    l.handoff = T::tr("For the admin: confirm the cause (read-only)");
    l.handoffIntro = T::tr("Every command below only reads settings; none of them changes the tenant or the "
                           "server. Run them, compare the result with what each line says to look for, then "
                           "apply the steps above.");
    l.consent = T::tr("Admin consent for the project's app");
    l.signInLogs = T::tr("Find the failed sign-in in the Entra sign-in logs");
    l.signInLogsNone = T::tr("No failed sign-in with an ID was recorded; filter by the account and the time "
                             "of the diagnosis instead.");
    l.appendix = T::tr("Technical appendix");
    l.about = T::tr("About this diagnosis");
    l.inputs = T::tr("Inputs");
    l.errorText = T::tr("Error message (as pasted; credentials masked)");
    l.checks = T::tr("Checks");
    l.status = T::tr("Status");
    l.started = T::tr("Started");
    l.duration = T::tr("Duration");
    l.codes = T::tr("Codes");
    l.facts = T::tr("Facts");
    l.evidence = T::tr("Evidence");
    l.request = T::tr("Request");
    l.response = T::tr("Response");
    l.requestBody = T::tr("Request body (excerpt, redacted)");
    l.responseBody = T::tr("Response body (excerpt, redacted)");
    l.ids = T::tr("Request IDs and timestamps");
    l.noAnswer = T::tr("No HTTP answer");
    l.confidence = T::tr("Confidence");
    l.pointsTo = T::tr("Points to");
    l.rulesOut = T::tr("Rules out");
    l.kb = T::tr("Knowledge-base section");
    l.redactionNote = T::tr("Passwords, client secrets, tokens and cookies are never part of this report; "
                            "anything in the evidence or the pasted error that looks like a credential is "
                            "masked.");
    l.noChecks = T::tr("No check ran.");
    l.findingId = T::tr("Finding ID");
    return l;
}

Summary makeSummary(const Engine::Result &r, const std::optional<FindingBlock> &primary)
{
    Summary s;
    s.cause = primary;
    if (!r.completed)
        s.verdict = T::tr("The diagnosis did not complete; what it found so far is below.");
    else if (r.blocking())
        s.verdict = T::tr("A cause that blocks the migration was found.");
    else if (r.primaryFinding == QLatin1String("credentials-ok"))
        s.verdict = T::tr("No blocking cause: the sign-in works with these settings now.");
    else
        s.verdict = T::tr("No known cause matched: the raw codes and IDs below are for a support ticket.");
    s.headline = primary ? primary->title : T::tr("AuthDoctor could not name one cause");

    int passed = 0, failed = 0, other = 0;
    for (const Engine::CheckResult &c : r.checks) {
        if (c.status == Engine::CheckStatus::Passed || c.status == Engine::CheckStatus::Warning)
            ++passed;
        else if (c.status == Engine::CheckStatus::Failed || c.status == Engine::CheckStatus::Error)
            ++failed;
        else
            ++other;
    }
    const Engine::Inputs &in = r.inputs;
    const QString account = in.user.isEmpty() ? (in.clientId.isEmpty() ? T::tr("the project's account")
                                                                       : T::tr("the app %1").arg(in.clientId))
                                              : in.user;
    s.whatHappened = T::tr("AuthDoctor tested how the migration tool signs in to %1 as %2 (%3 side, %4, %5) "
                           "on %6.")
                         .arg(endpointWords(in.endpoint), account, sideWords(in.side), cloudWords(in.cloud),
                              authWords(in.auth), formatUtc(r.started));
    if (!r.checks.isEmpty())
        s.whatHappened +=
            QLatin1Char(' ') +
            T::tr("Checks: %1 passed, %2 failed, %3 skipped.").arg(passed).arg(failed).arg(other);
    s.reported = firstLine(mask(in.errorText), 240); // masked whole: a secret may span lines
    if (primary) {
        QString why = primary->why;
        if (why.isEmpty() && !primary->evidenceNames.isEmpty())
            why = T::tr("Evidence: %1.").arg(primary->evidenceNames.join(QStringLiteral("; ")));
        s.evidence = why.isEmpty() ? primary->confidence : T::tr("%1 (%2)").arg(why, primary->confidence);
    }
    return s;
}

Handoff makeHandoff(const Engine::Result &r)
{
    Handoff h;
    const HandoffContext ctx = HandoffContext::fromResult(r);
    QStringList ids;
    if (!r.primaryFinding.isEmpty())
        ids << r.primaryFinding;
    for (const Engine::FindingResult &f : r.findings)
        if (!ids.contains(f.id))
            ids << f.id;
    bool consent = false;
    bool adminCause = false;
    for (const QString &id : std::as_const(ids)) {
        if (!needsAdmin(id))
            continue;
        adminCause = true;
        consent = consent || consentApplies(id);
        const auto info = FindingsCatalog::find(id);
        const QList<AdminCommand> commands = adminCommands(id, ctx);
        if (!info || commands.isEmpty())
            continue;
        h.sections << AdminSection{id, info->title, info->whoText, commands};
    }
    if (consent && !r.inputs.clientId.isEmpty()) {
        h.consentUrl = adminConsentUrl(r.inputs.cloud, ctx.tenantId.isEmpty() ? ctx.domain : ctx.tenantId,
                                       r.inputs.clientId);
        h.consentNote = T::tr("This is the fix, not a check: a Global Administrator (or a Privileged Role or "
                              "Cloud Application Administrator) who opens it sees the permissions the app "
                              "asks for and, on Accept, grants them for the whole tenant. Check the list "
                              "before accepting.");
    }
    const bool cloud =
        r.inputs.endpoint == EndpointKind::ExchangeOnline || r.inputs.endpoint == EndpointKind::OneDrive;
    const QList<SignInRef> refs = signInRefs(r);
    if (cloud && (adminCause || !refs.isEmpty())) {
        h.signInSteps = signInLogSteps(r.inputs.cloud, r.inputs.auth);
        for (const SignInRef &ref : refs) {
            SignInItem item;
            item.source = ref.source;
            if (ref.time.isValid())
                item.values << LabeledValue{T::tr("Time"), formatUtc(ref.time)};
            if (!ref.timestamp.isEmpty())
                item.values << LabeledValue{T::tr("Timestamp (Microsoft)"), ref.timestamp};
            if (!ref.correlationId.isEmpty())
                item.values << LabeledValue{T::tr("Correlation ID"), ref.correlationId};
            if (!ref.traceId.isEmpty())
                item.values << LabeledValue{T::tr("Request ID (Trace ID)"), ref.traceId};
            if (!ref.code.isEmpty())
                item.values << LabeledValue{T::tr("Error"), ref.code};
            if (!ref.correlationId.isEmpty())
                item.commands = signInLogCommands(r.inputs.cloud, ctx.tenantId, ref.correlationId);
            h.signIns << item;
        }
    }
    return h;
}

} // namespace

QString formatUtc(const QDateTime &t)
{
    if (!t.isValid())
        return T::tr("unknown time");
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return T::tr("%1 ms").arg(ms);
    return T::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 304:
        return QStringLiteral("Not Modified");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 407:
        return QStringLiteral("Proxy Authentication Required");
    case 408:
        return QStringLiteral("Request Timeout");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 440:
        return QStringLiteral("Login Time-out");
    case 456:
        return QStringLiteral("Unrecoverable Error");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    return {};
}

QList<LabeledValue> checkValues(const CheckBlock &ch, const Labels &l)
{
    QList<LabeledValue> values{
        {l.status, ch.status},
        {l.started, T::tr("+%1 after the start").arg(formatDuration(ch.startedMs))},
        {l.duration, formatDuration(ch.durationMs)},
    };
    if (!ch.summary.isEmpty())
        values << LabeledValue{T::tr("Result"), ch.summary};
    if (!ch.codes.isEmpty())
        values << LabeledValue{l.codes, ch.codes.join(QStringLiteral(", "))};
    if (!ch.pointsTo.isEmpty())
        values << LabeledValue{l.pointsTo, ch.pointsTo.join(QStringLiteral(", "))};
    if (!ch.rulesOut.isEmpty())
        values << LabeledValue{l.rulesOut, ch.rulesOut.join(QStringLiteral(", "))};
    return values;
}

Content buildContent(const Session::Session &session)
{
    const Engine::Result &r = session.result;
    Content c;
    c.labels = makeLabels();
    c.practice = r.practice;
    if (r.practice)
        c.practiceMarker = r.practiceScenario.isEmpty()
                               ? T::tr("PRACTICE: simulated tenant, not a real diagnosis")
                               : T::tr("PRACTICE: simulated tenant (scenario %1), not a real diagnosis")
                                     .arg(r.practiceScenario);
    c.language = session.language;
    c.created = (session.created.isValid() ? session.created : r.started).toUTC();
    c.createdText = formatUtc(c.created);
    c.appVersion = session.appVersion.isEmpty() ? AppInfo::version() : session.appVersion;

    c.about << LabeledValue{T::tr("Diagnosis run"), c.createdText};
    c.about << LabeledValue{T::tr("Duration"), formatDuration(r.durationMs)};
    c.about << LabeledValue{T::tr("AuthDoctor version"), c.appVersion};
    if (!session.os.isEmpty())
        c.about << LabeledValue{T::tr("Operating system"), session.os};
    if (!session.language.isEmpty())
        c.about << LabeledValue{T::tr("Language"), session.language};
    if (r.practice)
        c.about << LabeledValue{T::tr("Practice scenario"), r.practiceScenario};
    if (c.appVersion != AppInfo::version())
        c.about << LabeledValue{T::tr("Report made with"),
                                AppInfo::displayName() + QLatin1Char(' ') + AppInfo::version()};

    const Engine::Inputs &in = r.inputs;
    auto input = [&c](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            c.inputs << LabeledValue{label, mask(value.trimmed())};
    };
    input(T::tr("Endpoint"), endpointWords(in.endpoint));
    input(T::tr("Side"), sideWords(in.side));
    input(T::tr("Cloud"), cloudWords(in.cloud));
    input(T::tr("Sign-in method"), authWords(in.auth));
    input(T::tr("Account"), in.user);
    input(T::tr("Mailbox"), in.mailbox);
    input(T::tr("Tenant"), in.tenant);
    input(T::tr("Client ID"), in.clientId);
    input(T::tr("EWS URL"), in.ewsUrl.isEmpty() ? QString() : Engine::redactUrl(in.ewsUrl));
    c.errorText = compact(mask(in.errorText.trimmed()));

    std::optional<FindingBlock> primary;
    for (const Engine::FindingResult &f : r.findings) {
        const auto info = FindingsCatalog::find(f.id);
        if (!info)
            continue;
        FindingBlock b = findingBlock(r, f, *info);
        if (f.id == r.primaryFinding && !primary)
            primary = b;
        else
            c.otherFindings << b;
    }
    if (!primary && !r.primaryFinding.isEmpty()) {
        if (const auto info = FindingsCatalog::find(r.primaryFinding))
            primary = findingBlock(r, Engine::FindingResult{r.primaryFinding, {}, {}, {}, {}}, *info);
    }
    c.summary = makeSummary(r, primary);
    c.title = c.labels.reportTitle + QStringLiteral(": ") + c.summary.headline;

    for (const QString &id : r.ruledOut) {
        RuledOutItem item;
        item.id = id;
        const auto info = FindingsCatalog::find(id);
        item.title = info ? info->title : id;
        for (const Engine::CheckResult &check : r.checks)
            if (check.rulesOut.contains(id))
                item.byChecks << Engine::checkTitle(check.id).render();
        c.ruledOut << item;
    }
    for (const Engine::Question &q : r.questions)
        c.questions << QuestionItem{q.id, q.text.render(), answerWords(q.answer)};
    c.handoff = makeHandoff(r);
    for (const Engine::CheckResult &check : r.checks)
        c.checks << checkBlock(check, r.started);
    return c;
}

} // namespace AuthDoctor::Report
