// The Markdown, HTML and HAR reports (app/report, core) of practice diagnoses run in-process, and
// the admin hand-off: the summary comes first, ruled-out causes and evidence ids are there, the
// HTML loads nothing from outside, the HAR has every field and type HAR 1.2 requires, and the
// hand-off only ever reads.
#include "ReportTestSupport.h"
#include "core/Clouds.h"
#include "report/AdminHandoff.h"
#include "report/ReportContent.h"
#include "report/Reports.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

using namespace AuthDoctor;
using namespace ReportTest;

namespace {

const QStringList kScenarios{
    QStringLiteral("exo-mfa-required"),           QStringLiteral("exo-ews-disabled"),
    QStringLiteral("exo-consent-missing"),        QStringLiteral("exo-app-only-consent-missing"),
    QStringLiteral("exo-security-defaults"),      QStringLiteral("onprem-impersonation-denied"),
    QStringLiteral("onprem-network-unreachable"), QStringLiteral("healthy-tenant"),
};

// Markdown without its backslash escapes, to find catalog texts in it.
QString unescapeMarkdown(const QString &md)
{
    QString out = md;
    out.remove(QRegularExpression(QStringLiteral("\\\\(?=[\\\\`*_\\[\\]<>|~])")));
    return out;
}

qsizetype indexOrFail(const QString &haystack, const QString &needle, qsizetype from = 0)
{
    const qsizetype i = haystack.indexOf(needle, from);
    if (i < 0)
        qWarning("not found: %s", qPrintable(needle.left(120)));
    return i;
}

// Every "Verb-Noun" cmdlet of a PowerShell line.
QStringList cmdlets(const QString &command)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("(?:^|[\\s|;(=])([A-Z][a-z]+)-([A-Z][A-Za-z]+)\\b"));
    auto it = re.globalMatch(command);
    while (it.hasNext()) {
        const auto m = it.next();
        out << m.captured(1) + QLatin1Char('-') + m.captured(2);
    }
    return out;
}

bool isString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isString();
}
bool isNumber(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isDouble();
}
bool isArray(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isArray();
}
bool isObject(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).isObject();
}

// HAR 1.2 name/value lists (headers, queryString, cookies' name and value).
bool nameValueList(const QJsonArray &a)
{
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !isString(o, "name") || !isString(o, "value"))
            return false;
    }
    return true;
}

bool isoDate(const QJsonValue &v)
{
    return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid() &&
           v.toString().contains(QLatin1Char('T'));
}

} // namespace

class TstReportContent : public QObject
{
    Q_OBJECT

    QHash<QString, Engine::Result> m_results;

    const Engine::Result &result(const QString &name)
    {
        if (!m_results.contains(name))
            m_results.insert(name, runPractice(name));
        return m_results[name];
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &name : kScenarios) {
            const Engine::Result &r = result(name);
            QVERIFY2(r.completed, qPrintable(name));
            QVERIFY2(!r.checks.isEmpty(), qPrintable(name));
        }
    }

    void markdownPutsTheSummaryFirst_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : kScenarios)
            QTest::newRow(qPrintable(n)) << n;
    }
    void markdownPutsTheSummaryFirst()
    {
        QFETCH(QString, name);
        const Engine::Result &r = result(name);
        const Report::Content c = Report::buildContent(sessionFor(r));
        const QString md = Report::markdown(sessionFor(r));
        const QString plain = unescapeMarkdown(md);
        QVERIFY(md.startsWith(QStringLiteral("## ")));
        const qsizetype appendix = indexOrFail(plain, QStringLiteral("### ") + c.labels.appendix);
        QVERIFY(appendix > 0);
        if (const auto primary = primaryOf(r)) {
            // The title first, then the steps in order, all before anything else.
            const qsizetype title = indexOrFail(plain, primary->title);
            QVERIFY(title >= 0 && title < 200);
            qsizetype at = title;
            for (int i = 0; i < primary->steps.size(); ++i) {
                const qsizetype step =
                    indexOrFail(plain, QStringLiteral("%1. %2").arg(i + 1).arg(primary->steps.at(i)), at);
                QVERIFY2(step > at, qPrintable(primary->steps.at(i)));
                at = step;
            }
            for (const QString &heading : {c.labels.otherFindings, c.labels.ruledOut, c.labels.handoff})
                if (plain.contains(QStringLiteral("### ") + heading))
                    QVERIFY(plain.indexOf(QStringLiteral("### ") + heading) > at);
            QVERIFY(plain.contains(primary->whoText));
            QVERIFY(plain.contains(primary->timeToApply));
            for (const Link &l : primary->links)
                QVERIFY2(md.contains(QStringLiteral("](%1)").arg(l.url)), qPrintable(l.url));
        }
        // Ruled out: each id with the check that ruled it out.
        for (const QString &id : r.ruledOut)
            QVERIFY2(md.contains(QStringLiteral("(`%1`)").arg(id)), qPrintable(id));
        // Evidence ids: every check id, in the checks table.
        for (const Engine::CheckResult &check : r.checks)
            QVERIFY2(md.contains(QLatin1Char('`') + check.id + QLatin1Char('`')), qPrintable(check.id));
        if (r.practice)
            QVERIFY(plain.contains(c.practiceMarker));
        QVERIFY2(md.size() < 60000, "a ticket comment must stay under the trackers' limits");
    }

    void htmlIsSelfContained_data() { markdownPutsTheSummaryFirst_data(); }
    void htmlIsSelfContained()
    {
        QFETCH(QString, name);
        const Engine::Result &r = result(name);
        const Report::Content c = Report::buildContent(sessionFor(r));
        const QString html = Report::html(sessionFor(r));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        // No tag that loads anything: text is escaped, so every '<' starts real markup.
        static const QRegularExpression tag(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"));
        const QStringList loaders{QStringLiteral("link"),   QStringLiteral("script"), QStringLiteral("img"),
                                  QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("embed"),
                                  QStringLiteral("base"),   QStringLiteral("source"), QStringLiteral("video"),
                                  QStringLiteral("audio"),  QStringLiteral("svg")};
        auto tags = tag.globalMatch(html);
        while (tags.hasNext()) {
            const auto m = tags.next();
            QVERIFY2(!loaders.contains(m.captured(1).toLower()), qPrintable(m.captured(0)));
            const QString attrs = m.captured(2).toLower();
            QVERIFY2(!attrs.contains(QStringLiteral("src=")) &&
                         !attrs.contains(QStringLiteral("http-equiv")) &&
                         !attrs.contains(QStringLiteral("style=")),
                     qPrintable(m.captured(0)));
        }
        const QString css =
            html.section(QStringLiteral("<style>"), 1).section(QStringLiteral("</style>"), 0, 0);
        QVERIFY(!css.isEmpty());
        QVERIFY(!css.contains(QStringLiteral("url(")) && !css.contains(QStringLiteral("@import")));
        // The only references out are the findings' links (and the consent URL) as anchors.
        QStringList allowed;
        if (c.summary.cause)
            for (const Link &l : c.summary.cause->links)
                allowed << l.url;
        for (const Report::FindingBlock &f : c.otherFindings)
            for (const Link &l : f.links)
                allowed << l.url;
        if (!c.handoff.consentUrl.isEmpty())
            allowed << c.handoff.consentUrl;
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        auto it = href.globalMatch(html);
        int anchors = 0;
        while (it.hasNext()) {
            const QString url = it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            QVERIFY2(url.startsWith(QStringLiteral("https://")), qPrintable(url));
            QVERIFY2(allowed.contains(url), qPrintable(url));
            ++anchors;
        }
        if (c.summary.cause)
            QVERIFY(anchors >= c.summary.cause->links.size());
        // Print CSS: the appendix on a new page.
        QVERIFY(html.contains(QStringLiteral("@media print")));
        const qsizetype appendix = html.indexOf(QStringLiteral("<section class=\"appendix\">"));
        QVERIFY(appendix > 0);
        if (const auto primary = primaryOf(r)) {
            const qsizetype title = html.indexOf(primary->title.toHtmlEscaped());
            QVERIFY(title > 0 && title < appendix);
            for (const QString &step : primary->steps) {
                const qsizetype i = html.indexOf(step.toHtmlEscaped());
                QVERIFY2(i > title && i < appendix, qPrintable(step));
            }
        }
        for (const QString &id : r.ruledOut)
            QVERIFY2(html.contains(QStringLiteral("<code>%1</code>").arg(id)), qPrintable(id));
        for (const Engine::CheckResult &check : r.checks)
            QVERIFY2(html.contains(QStringLiteral("id=\"check-%1\"").arg(check.id)), qPrintable(check.id));
        if (r.practice)
            QVERIFY(html.contains(QStringLiteral("class=\"practice repeat\"")));
    }

    // AUTHDOCTOR_REPORT_OUT=dir writes every scenario's reports there, to look at them.
    void writeForLooking()
    {
        const QString dir = qEnvironmentVariable("AUTHDOCTOR_REPORT_OUT");
        if (dir.isEmpty())
            QSKIP("set AUTHDOCTOR_REPORT_OUT to a folder to keep the reports");
        for (const QString &name : kScenarios) {
            const Session::Session s = sessionFor(result(name));
            for (const auto &[ext, data] : {std::pair{QStringLiteral("md"), Report::markdown(s).toUtf8()},
                                            std::pair{QStringLiteral("html"), Report::html(s).toUtf8()},
                                            std::pair{QStringLiteral("har"), Report::har(s)}}) {
                QFile f(dir + QLatin1Char('/') + name + QLatin1Char('.') + ext);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(data);
            }
        }
    }

    // Text from the session never becomes markup.
    void everythingIsEscaped()
    {
        Engine::Result r = result(QStringLiteral("exo-mfa-required"));
        r.inputs.errorText =
            QStringLiteral("<script>alert(1)</script> ``` </pre> [x](javascript:alert(1)) | a |");
        r.inputs.mailbox = QStringLiteral("o'brien\"<b>@contoso.com");
        const QString html = Report::html(sessionFor(r));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("\"<b>@")));
        QVERIFY(!html.toLower().contains(QStringLiteral("href=\"javascript")));
        const QString md = Report::markdown(sessionFor(r));
        // Outside code, no link to javascript: can form (in code it is shown, not followed).
        QString prose = md;
        prose.remove(QRegularExpression(QStringLiteral("^(`{3,})[^\\n]*\\n.*?\\n\\1$"),
                                        QRegularExpression::DotMatchesEverythingOption |
                                            QRegularExpression::MultilineOption));
        prose.remove(QRegularExpression(QStringLiteral("(`+).+?\\1")));
        QVERIFY2(!prose.contains(QStringLiteral("](javascript")), qPrintable(prose));
        QVERIFY(!prose.contains(QStringLiteral("<script")));
        // The pasted error sits in a fence longer than any backtick run inside it.
        QVERIFY(md.contains(QStringLiteral("````\n<script>alert(1)</script> ``` </pre>")));
    }

    void harIsValidHar12_data() { markdownPutsTheSummaryFirst_data(); }
    void harIsValidHar12()
    {
        QFETCH(QString, name);
        const Engine::Result &r = result(name);
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(Report::har(sessionFor(r)), &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, qPrintable(perr.errorString()));
        QVERIFY(doc.isObject());
        QVERIFY(isObject(doc.object(), "log"));
        const QJsonObject log = doc.object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        QVERIFY(isObject(log, "creator"));
        const QJsonObject creator = log.value(QStringLiteral("creator")).toObject();
        QVERIFY(isString(creator, "name") && isString(creator, "version"));
        QStringList pageIds;
        if (log.contains(QStringLiteral("pages"))) {
            QVERIFY(isArray(log, "pages"));
            for (const QJsonValue &pv : log.value(QStringLiteral("pages")).toArray()) {
                const QJsonObject p = pv.toObject();
                QVERIFY(isoDate(p.value(QStringLiteral("startedDateTime"))));
                QVERIFY(isString(p, "id") && isString(p, "title") && isObject(p, "pageTimings"));
                pageIds << p.value(QStringLiteral("id")).toString();
            }
        }
        QVERIFY(isArray(log, "entries"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        int evidence = 0;
        for (const Engine::CheckResult &check : r.checks)
            evidence += int(check.evidence.size());
        QCOMPARE(entries.size(), evidence);
        for (const QJsonValue &ev : entries) {
            QVERIFY(ev.isObject());
            const QJsonObject e = ev.toObject();
            if (e.contains(QStringLiteral("pageref")))
                QVERIFY(pageIds.contains(e.value(QStringLiteral("pageref")).toString()));
            QVERIFY(isoDate(e.value(QStringLiteral("startedDateTime"))));
            QVERIFY(isNumber(e, "time") && e.value(QStringLiteral("time")).toDouble() >= 0);
            QVERIFY(isObject(e, "request") && isObject(e, "response") && isObject(e, "cache") &&
                    isObject(e, "timings"));
            const QJsonObject req = e.value(QStringLiteral("request")).toObject();
            QVERIFY(isString(req, "method") && isString(req, "url") && isString(req, "httpVersion"));
            QVERIFY(QUrl(req.value(QStringLiteral("url")).toString()).isValid());
            QVERIFY(!QUrl(req.value(QStringLiteral("url")).toString()).isRelative());
            QVERIFY(isArray(req, "cookies") && isArray(req, "headers") && isArray(req, "queryString"));
            QVERIFY(nameValueList(req.value(QStringLiteral("headers")).toArray()));
            QVERIFY(nameValueList(req.value(QStringLiteral("queryString")).toArray()));
            QVERIFY(isNumber(req, "headersSize") && isNumber(req, "bodySize"));
            if (req.contains(QStringLiteral("postData"))) {
                const QJsonObject post = req.value(QStringLiteral("postData")).toObject();
                QVERIFY(isString(post, "mimeType") && isString(post, "text"));
                QVERIFY(!post.contains(QStringLiteral("params"))); // exclusive with text
            }
            const QJsonObject res = e.value(QStringLiteral("response")).toObject();
            QVERIFY(isNumber(res, "status") && isString(res, "statusText") && isString(res, "httpVersion"));
            QVERIFY(isArray(res, "cookies") && isArray(res, "headers"));
            QVERIFY(nameValueList(res.value(QStringLiteral("headers")).toArray()));
            QVERIFY(isObject(res, "content") && isString(res, "redirectURL"));
            QVERIFY(isNumber(res, "headersSize") && isNumber(res, "bodySize"));
            const QJsonObject content = res.value(QStringLiteral("content")).toObject();
            QVERIFY(isNumber(content, "size") && content.value(QStringLiteral("size")).toDouble() >= 0);
            QVERIFY(isString(content, "mimeType"));
            if (content.contains(QStringLiteral("text")))
                QVERIFY(isString(content, "text"));
            // Cookies are never listed; credential headers keep only their scheme.
            QVERIFY(req.value(QStringLiteral("cookies")).toArray().isEmpty());
            QVERIFY(res.value(QStringLiteral("cookies")).toArray().isEmpty());
            for (const QJsonValue &hv : req.value(QStringLiteral("headers")).toArray()) {
                const QJsonObject hdr = hv.toObject();
                const QString n = hdr.value(QStringLiteral("name")).toString().toLower();
                if (n == QLatin1String("authorization") || n == QLatin1String("cookie"))
                    QVERIFY2(
                        hdr.value(QStringLiteral("value")).toString().endsWith(QStringLiteral("[redacted]")),
                        qPrintable(hdr.value(QStringLiteral("value")).toString()));
            }
            // timings: send, wait, receive required and not negative; time is their sum.
            const QJsonObject t = e.value(QStringLiteral("timings")).toObject();
            double sum = 0;
            for (const char *k : {"send", "wait", "receive"}) {
                QVERIFY2(isNumber(t, k) && t.value(QLatin1String(k)).toDouble() >= 0, k);
                sum += t.value(QLatin1String(k)).toDouble();
            }
            for (const char *k : {"blocked", "dns", "connect", "ssl"})
                if (t.contains(QLatin1String(k)))
                    QVERIFY(isNumber(t, k) && t.value(QLatin1String(k)).toDouble() >= -1);
            QCOMPARE(sum, e.value(QStringLiteral("time")).toDouble());
            // An exchange without an HTTP answer: status 0 and an _error.
            if (res.value(QStringLiteral("status")).toInt() == 0) {
                QVERIFY(isString(res, "_error"));
                QVERIFY(isObject(e, "_error"));
            } else {
                QVERIFY(res.value(QStringLiteral("status")).toInt() >= 100);
            }
        }
    }

    void harMarksExchangesWithoutAnswer()
    {
        Engine::Result r;
        r.started = QDateTime(QDate(2026, 11, 26), QTime(13, 0), Qt::UTC);
        r.completed = true;
        Engine::CheckResult check;
        check.id = QStringLiteral("ews-endpoint");
        check.status = Engine::CheckStatus::Error;
        Engine::Evidence e;
        e.method = QStringLiteral("GET");
        e.url = QStringLiteral("https://mail.contoso.com/EWS/Exchange.asmx");
        e.networkErrorCode = QStringLiteral("timeout");
        e.networkError = QStringLiteral("Operation canceled");
        e.startedMs = 1500;
        e.durationMs = 20000;
        check.evidence << e;
        r.checks << check;
        const QJsonObject entry = QJsonDocument::fromJson(Report::har(sessionFor(r)))
                                      .object()
                                      .value(QStringLiteral("log"))
                                      .toObject()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("startedDateTime")).toString(),
                 QStringLiteral("2026-11-26T13:00:01.500Z"));
        QCOMPARE(entry.value(QStringLiteral("time")).toInt(), 20000);
        const QJsonObject res = entry.value(QStringLiteral("response")).toObject();
        QCOMPARE(res.value(QStringLiteral("status")).toInt(), 0);
        QVERIFY(
            res.value(QStringLiteral("_error")).toString().contains(QStringLiteral("Operation canceled")));
        QCOMPARE(entry.value(QStringLiteral("_error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("timeout"));
    }

    // The hand-off only reads: every cmdlet of every finding, endpoint and cloud is Get-, Test-,
    // Connect-, Format-, Select- or Where-.
    void handoffIsReadOnly()
    {
        const QStringList verbs{QStringLiteral("Get"),    QStringLiteral("Test"),   QStringLiteral("Connect"),
                                QStringLiteral("Format"), QStringLiteral("Select"), QStringLiteral("Where")};
        int commands = 0;
        for (const QString &id : FindingsCatalog::ids()) {
            for (EndpointKind endpoint :
                 {EndpointKind::ExchangeOnline, EndpointKind::ExchangeServer, EndpointKind::OneDrive}) {
                for (Cloud cloud : Clouds::all()) {
                    Report::HandoffContext ctx;
                    ctx.endpoint = endpoint;
                    ctx.cloud = cloud;
                    ctx.user = QStringLiteral("admin@contoso.com");
                    ctx.mailbox = QStringLiteral("user1@contoso.com");
                    ctx.clientId = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
                    for (const Report::AdminCommand &cmd : Report::adminCommands(id, ctx)) {
                        ++commands;
                        QVERIFY2(!cmd.purpose.isEmpty(), qPrintable(cmd.command));
                        const QStringList used = cmdlets(cmd.command);
                        QVERIFY2(!used.isEmpty(), qPrintable(cmd.command));
                        for (const QString &cmdlet : used)
                            QVERIFY2(verbs.contains(cmdlet.section(QLatin1Char('-'), 0, 0)),
                                     qPrintable(id + QStringLiteral(": ") + cmd.command));
                    }
                }
            }
            for (const Report::AdminCommand &cmd : Report::signInLogCommands(Cloud::Commercial, {}, {}))
                for (const QString &cmdlet : cmdlets(cmd.command))
                    QVERIFY(verbs.contains(cmdlet.section(QLatin1Char('-'), 0, 0)));
        }
        QVERIFY(commands > 100);
    }

    // Every cause a tenant or Exchange admin must act on has commands that confirm it, except those
    // whose evidence is the network itself.
    void adminCausesHaveCommands()
    {
        const QStringList nothingToRead{
            QStringLiteral("network-unreachable"), QStringLiteral("throttled"),
            QStringLiteral("server-overutilized"), QStringLiteral("ews-url-wrong"),
            QStringLiteral("autodiscover-failed"), QStringLiteral("tls-problem"),
            QStringLiteral("extended-protection"), QStringLiteral("unsafe-redirect-blocked"),
            QStringLiteral("wrong-cloud")};
        Report::HandoffContext cloud;
        Report::HandoffContext onPrem;
        onPrem.endpoint = EndpointKind::ExchangeServer;
        for (const QString &id : FindingsCatalog::ids()) {
            if (!Report::needsAdmin(id))
                continue;
            const bool any =
                !Report::adminCommands(id, cloud).isEmpty() || !Report::adminCommands(id, onPrem).isEmpty();
            QVERIFY2(any || nothingToRead.contains(id), qPrintable(id));
        }
        // The commands the issue names.
        cloud.mailbox = QStringLiteral("user1@contoso.com");
        cloud.user = QStringLiteral("admin@contoso.com");
        auto joined = [](const QList<Report::AdminCommand> &list) {
            QString out;
            for (const auto &c : list)
                out += c.command + QLatin1Char('\n');
            return out;
        };
        QVERIFY(joined(Report::adminCommands(QStringLiteral("ews-disabled"), cloud))
                    .contains(
                        QStringLiteral("Get-OrganizationConfig | Format-List EwsEnabled,EwsAllowedAppIDs")));
        QVERIFY(joined(Report::adminCommands(QStringLiteral("ews-disabled"), cloud))
                    .contains(QStringLiteral("Get-CASMailbox -Identity 'user1@contoso.com'")));
        QVERIFY(joined(Report::adminCommands(QStringLiteral("insufficient-permission"), cloud))
                    .contains(QStringLiteral(
                        "Get-MailboxPermission -Identity 'user1@contoso.com' -User 'admin@contoso.com'")));
        QVERIFY(joined(Report::adminCommands(QStringLiteral("mailbox-not-found"), cloud))
                    .contains(QStringLiteral("Get-EXOMailbox -Identity 'user1@contoso.com'")));
        QVERIFY(joined(Report::adminCommands(QStringLiteral("security-defaults"), cloud))
                    .contains(QStringLiteral("Get-MgPolicyIdentitySecurityDefaultEnforcementPolicy")));
        // National clouds connect to their own environment.
        cloud.cloud = Cloud::GccHigh;
        QVERIFY(joined(Report::adminCommands(QStringLiteral("ews-disabled"), cloud))
                    .contains(
                        QStringLiteral("Connect-ExchangeOnline -ExchangeEnvironmentName O365USGovGCCHigh")));
        QVERIFY(joined(Report::adminCommands(QStringLiteral("security-defaults"), cloud))
                    .contains(QStringLiteral("-Environment USGov")));
        // A quote in a value cannot end the PowerShell string.
        cloud.mailbox = QStringLiteral("o'brien@contoso.com");
        QVERIFY(joined(Report::adminCommands(QStringLiteral("ews-disabled"), cloud))
                    .contains(QStringLiteral("-Identity 'o''brien@contoso.com'")));
    }

    void consentUrlPerCloud_data()
    {
        QTest::addColumn<int>("cloud");
        for (Cloud c : Clouds::all())
            QTest::newRow(qPrintable(cloudToString(c))) << int(c);
    }
    void consentUrlPerCloud()
    {
        QFETCH(int, cloud);
        const Cloud c = Cloud(cloud);
        QCOMPARE(Report::adminConsentUrl(c, QStringLiteral("contoso.com"),
                                         QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61")),
                 QStringLiteral(
                     "https://%1/contoso.com/adminconsent?client_id=3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61")
                     .arg(Clouds::info(c).loginHost()));
        QVERIFY(Report::adminConsentUrl(c, QStringLiteral("contoso.com"), QString()).isEmpty());
    }

    // The consent-missing report carries the consent URL built for the project's app and tenant.
    void reportCarriesTheConsentUrl()
    {
        const Engine::Result &r = result(QStringLiteral("exo-consent-missing"));
        const Report::Content c = Report::buildContent(sessionFor(r));
        QVERIFY2(
            c.handoff.consentUrl.contains(QStringLiteral("/adminconsent?client_id=") + r.inputs.clientId),
            qPrintable(c.handoff.consentUrl));
        QVERIFY(c.handoff.consentUrl.startsWith(QStringLiteral("https://login.microsoftonline.com/")));
        QVERIFY(Report::markdown(sessionFor(r)).contains(c.handoff.consentUrl));
        QVERIFY(Report::html(sessionFor(r))
                    .contains(QStringLiteral("href=\"%1\"").arg(c.handoff.consentUrl.toHtmlEscaped())));
    }

    // The sign-in log guidance names the correlation id and time of the failed sign-ins: the one in
    // the pasted error and the ones the checks saw.
    void signInLogGuidanceNamesIdsAndTimes()
    {
        const Engine::Result &r = result(QStringLiteral("exo-mfa-required"));
        const Report::Content c = Report::buildContent(sessionFor(r));
        QVERIFY(!c.handoff.signInSteps.isEmpty());
        QVERIFY(!c.handoff.signIns.isEmpty());
        const QString md = Report::markdown(sessionFor(r));
        // From the scenario's pasted error message.
        QVERIFY(md.contains(QStringLiteral("5a3c1fbd-f9da-4bf3-a816-96a68afe2312")));
        QVERIFY(md.contains(QStringLiteral("b459071a-fb8a-4f9e-bf72-c46dca8fbe35")));
        QVERIFY(md.contains(QStringLiteral("2026-11-24 09:12:44Z")));
        const QString html = Report::html(sessionFor(r));
        QVERIFY(html.contains(QStringLiteral("Get-MgAuditLogSignIn -Filter &quot;correlationId eq "
                                             "'5a3c1fbd-f9da-4bf3-a816-96a68afe2312'&quot;")));
        // From the token request the diagnosis made: its time, and its correlation id when given.
        bool fromCheck = false;
        for (const Report::SignInItem &s : c.handoff.signIns) {
            for (const Report::LabeledValue &v : s.values)
                if (v.value.endsWith(QStringLiteral(" UTC")))
                    fromCheck = true;
        }
        QVERIFY(fromCheck);
    }

    // On-premises causes get Exchange Management Shell commands and no Entra sign-in guidance.
    void onPremisesHandoff()
    {
        const Engine::Result &r = result(QStringLiteral("onprem-impersonation-denied"));
        const Report::Content c = Report::buildContent(sessionFor(r));
        QVERIFY(c.handoff.signInSteps.isEmpty());
        QVERIFY(!c.handoff.sections.isEmpty());
        QCOMPARE(c.handoff.sections.first().findingId, QStringLiteral("impersonation-denied"));
        QVERIFY(c.handoff.sections.first().commands.last().command.startsWith(
            QStringLiteral("Get-ManagementRoleAssignment -Role ApplicationImpersonation")));
    }
};

QTEST_GUILESS_MAIN(TstReportContent)
#include "tst_report_content.moc"
