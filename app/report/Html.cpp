// One self-contained HTML file: inline CSS only (no stylesheet, script, font or image is loaded),
// every text escaped, readable on screen and when printed (the practice banner repeats on every
// printed page, the appendix starts on a new page, links print their address).
#include "ReportContent.h"
#include "Reports.h"

#include <QCoreApplication>

namespace AuthDoctor::Report {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Report)
};

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

// Only https links become anchors; anything else is shown as text.
QString anchor(const QString &title, const QString &url)
{
    if (!url.startsWith(QLatin1String("https://")))
        return h(title);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(h(url), h(title));
}

QString pre(const QString &text, const char *cls = "code")
{
    return QStringLiteral("<pre class=\"%1\">%2</pre>\n").arg(QLatin1String(cls), h(text));
}

QString dl(const QList<LabeledValue> &values, const char *cls = "kv")
{
    if (values.isEmpty())
        return {};
    QString out = QStringLiteral("<table class=\"%1\">\n").arg(QLatin1String(cls));
    for (const LabeledValue &v : values)
        out += QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(h(v.label), h(v.value));
    return out + QStringLiteral("</table>\n");
}

// Each command with what it is for, the command in its own block (copied alone).
QString commandList(const QList<AdminCommand> &commands)
{
    if (commands.isEmpty())
        return {};
    QString out = QStringLiteral("<ol class=\"commands\">\n");
    for (const AdminCommand &cmd : commands)
        out += QStringLiteral("<li><span class=\"purpose\">%1</span>\n<pre class=\"ps\">%2</pre></li>\n")
                   .arg(h(cmd.purpose), h(cmd.command));
    return out + QStringLiteral("</ol>\n");
}

QString headers(const QList<QPair<QString, QString>> &list)
{
    QList<LabeledValue> values;
    for (const auto &[k, v] : list)
        values << LabeledValue{k, v};
    return dl(values, "headers");
}

const char *const kStyle =
    ":root { color-scheme: light; }\n"
    "body { font-family: \"Segoe UI\", system-ui, -apple-system, \"Noto Sans\", \"Noto Sans CJK JP\", "
    "\"Hiragino Sans\",\n"
    "       \"Yu Gothic\", \"DejaVu Sans\", sans-serif; font-size: 15px; line-height: 1.45; color: #1b1b1b;\n"
    "       background: #fff; max-width: 62rem; margin: 0 auto; padding: 1.5rem; }\n"
    "h1 { font-size: 1.6rem; margin: 0.2rem 0 0.6rem; }\n"
    "h2 { font-size: 1.25rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #ccc; padding-bottom: "
    "0.2rem; }\n"
    "h3 { font-size: 1.05rem; margin: 1.1rem 0 0.4rem; }\n"
    "h2, h3, h4 { break-after: avoid; page-break-after: avoid; }\n"
    ".practice { background: #b00020; color: #fff; font-weight: bold; padding: 0.5rem 0.8rem; border-radius: "
    "4px; }\n"
    ".verdict { font-size: 1.05rem; font-weight: 600; margin: 0.3rem 0 1rem; }\n"
    ".summary { border: 2px solid #0f6cbd; border-radius: 6px; padding: 0.4rem 1.2rem 0.8rem; }\n"
    ".summary.ok { border-color: #107c10; }\n"
    ".label { font-weight: 600; }\n"
    ".meta { color: #555; font-size: 0.9rem; }\n"
    "ol.steps li { margin: 0.25rem 0; }\n"
    "code, pre, .mono { font-family: \"Cascadia Mono\", Consolas, \"DejaVu Sans Mono\", \"Noto Sans Mono CJK "
    "JP\",\n"
    "       monospace; font-size: 0.86rem; }\n"
    "pre { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; background: #f4f4f4;\n"
    "      border: 1px solid #ddd; border-radius: 4px; padding: 0.5rem 0.7rem; margin: 0.3rem 0 0.8rem; }\n"
    "pre.ps { background: #f3f6fb; border-color: #c9d6ea; margin: 0.2rem 0 0.6rem; }\n"
    "ol.commands li { margin: 0.3rem 0; }\n"
    "ol.commands .purpose { color: #333; }\n"
    "table { border-collapse: collapse; margin: 0.3rem 0 0.8rem; width: 100%; }\n"
    "th, td { text-align: left; vertical-align: top; padding: 0.2rem 0.5rem; border-bottom: 1px solid "
    "#e3e3e3;\n"
    "         overflow-wrap: anywhere; }\n"
    "table.kv th, table.headers th { width: 14rem; font-weight: 600; color: #333; }\n"
    "table.headers { font-family: \"Cascadia Mono\", Consolas, \"DejaVu Sans Mono\", monospace; font-size: "
    "0.82rem; }\n"
    "tr { break-inside: avoid; page-break-inside: avoid; }\n"
    ".status-passed { color: #107c10; font-weight: 600; }\n"
    ".status-warning { color: #8a5a00; font-weight: 600; }\n"
    ".status-failed, .status-error { color: #b00020; font-weight: 600; }\n"
    ".status-skipped, .status-cancelled { color: #666; }\n"
    ".check { border-left: 4px solid #ccc; padding-left: 0.8rem; margin: 1rem 0; }\n"
    ".check.failed, .check.error { border-left-color: #b00020; }\n"
    ".check.passed { border-left-color: #107c10; }\n"
    ".check.warning { border-left-color: #c27c00; }\n"
    ".exchange { margin: 0.4rem 0 0.8rem; }\n"
    ".note { color: #555; font-size: 0.88rem; }\n"
    "@page { margin: 15mm; }\n"
    "@media print {\n"
    "  body { max-width: none; padding: 0; font-size: 10.5pt; }\n"
    "  .practice.repeat { position: fixed; top: 0; left: 0; right: 0; }\n"
    "  .practice.repeat + * { margin-top: 2.5rem; }\n"
    "  .appendix { break-before: page; page-break-before: always; }\n"
    "  a { color: inherit; }\n"
    "  a[href]::after { content: \" <\" attr(href) \">\"; font-size: 0.8em; color: #555; overflow-wrap: "
    "anywhere; }\n"
    "  pre { border-color: #bbb; }\n"
    "}\n";

QString findingBlock(const FindingBlock &f, const Labels &l)
{
    QString out =
        QStringLiteral("<div class=\"finding\">\n<h3>%1 <span class=\"meta\">(<code>%2</code>, %3)</span>"
                       "</h3>\n")
            .arg(h(f.title), h(f.id), h(f.confidence));
    if (!f.why.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(h(f.why));
    out += QStringLiteral("<p>%1</p>\n").arg(h(f.explanation));
    if (!f.steps.isEmpty()) {
        out += QStringLiteral("<ol class=\"steps\">\n");
        for (const QString &s : f.steps)
            out += QStringLiteral("<li>%1</li>\n").arg(h(s));
        out += QStringLiteral("</ol>\n");
    }
    out +=
        QStringLiteral("<p><span class=\"label\">%1</span> %2<br>\n<span class=\"label\">%3</span> %4</p>\n")
            .arg(h(labelled(l.who)), h(f.who), h(labelled(l.timeToApply)), h(f.timeToApply));
    if (!f.evidenceNames.isEmpty())
        out += QStringLiteral("<p class=\"note\">%1 %2</p>\n")
                   .arg(h(labelled(l.evidence)), h(f.evidenceNames.join(QStringLiteral("; "))));
    if (!f.rawCodes.isEmpty())
        out += QStringLiteral("<p class=\"note\">%1 <code>%2</code></p>\n")
                   .arg(h(labelled(l.codes)), h(f.rawCodes.join(QStringLiteral(", "))));
    return out + QStringLiteral("</div>\n");
}

QString handoffSection(const Content &c)
{
    const Labels &l = c.labels;
    QString out;
    if (c.handoff.isEmpty())
        return out;
    out += QStringLiteral("<section class=\"handoff\">\n<h2>%1</h2>\n<p>%2</p>\n")
               .arg(h(l.handoff), h(l.handoffIntro));
    for (const AdminSection &s : c.handoff.sections) {
        out += QStringLiteral("<h3>%1 <span class=\"meta\">(<code>%2</code>) · %3</span></h3>\n")
                   .arg(h(s.findingTitle), h(s.findingId), h(s.who));
        out += commandList(s.commands);
    }
    if (!c.handoff.consentUrl.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n<p>%2</p>\n<p class=\"note\">%3</p>\n")
                   .arg(h(l.consent), anchor(c.handoff.consentUrl, c.handoff.consentUrl),
                        h(c.handoff.consentNote));
    if (!c.handoff.signInSteps.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3>\n<ol class=\"steps\">\n").arg(h(l.signInLogs));
        for (const QString &s : c.handoff.signInSteps)
            out += QStringLiteral("<li>%1</li>\n").arg(h(s));
        out += QStringLiteral("</ol>\n");
        if (c.handoff.signIns.isEmpty())
            out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(l.signInLogsNone));
        for (const SignInItem &s : c.handoff.signIns) {
            out += QStringLiteral("<h4>%1</h4>\n").arg(h(s.source)) + dl(s.values);
            out += commandList(s.commands);
        }
    }
    out += QStringLiteral("</section>\n");
    return out;
}

} // namespace

QString adminHandoffHtml(const Session::Session &session)
{
    const Content c = buildContent(session);
    const QString section = handoffSection(c);
    if (!section.isEmpty())
        return section;
    return QStringLiteral("<p>%1</p>")
        .arg(h(T::tr("No finding of this diagnosis needs a tenant or Exchange admin.")));
}

QString html(const Session::Session &session)
{
    const Content c = buildContent(session);
    const Labels &l = c.labels;
    QString out;
    const QString lang = c.language.isEmpty() ? QStringLiteral("en") : c.language;
    out += QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<meta name=\"generator\" content=\"AuthDoctor %2\">\n<title>%3</title>\n<style>%4</style>\n"
               "</head>\n<body>\n")
               .arg(h(lang), h(c.appVersion), h(c.title), QString::fromUtf8(kStyle));
    if (c.practice)
        out += QStringLiteral("<div class=\"practice repeat\" role=\"note\">%1</div>\n")
                   .arg(h(c.practiceMarker));

    // Summary: for the person who must act.
    const bool ok = !c.summary.cause || c.summary.cause->severityId == QLatin1String("info");
    out += QStringLiteral("<section class=\"summary%1\">\n").arg(ok ? QStringLiteral(" ok") : QString());
    out += QStringLiteral("<h1>%1</h1>\n<p class=\"verdict\">%2</p>\n")
               .arg(h(c.summary.headline), h(c.summary.verdict));
    if (const auto &cause = c.summary.cause)
        out += QStringLiteral("<p class=\"meta\"><code>%1</code> · %2 · %3 %4</p>\n")
                   .arg(h(cause->id), h(cause->confidence), h(labelled(l.kb)), h(cause->kb));
    out += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
               .arg(h(labelled(l.whatHappened)), h(c.summary.whatHappened));
    if (!c.summary.reported.isEmpty())
        out += QStringLiteral("<p><span class=\"label\">%1</span> <q>%2</q></p>\n")
                   .arg(h(labelled(l.reported)), h(c.summary.reported));
    if (const auto &cause = c.summary.cause) {
        out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(h(l.cause), h(cause->explanation));
        if (!c.summary.evidence.isEmpty())
            out += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n").arg(h(l.why), h(c.summary.evidence));
        out += QStringLiteral("<h2>%1</h2>\n<ol class=\"steps\">\n").arg(h(l.steps));
        for (const QString &s : cause->steps)
            out += QStringLiteral("<li>%1</li>\n").arg(h(s));
        out += QStringLiteral("</ol>\n");
        out += QStringLiteral(
                   "<p><span class=\"label\">%1</span> %2<br>\n<span class=\"label\">%3</span> %4</p>\n")
                   .arg(h(labelled(l.who)), h(cause->who), h(labelled(l.timeToApply)), h(cause->timeToApply));
        if (!cause->links.isEmpty()) {
            out += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(h(l.links));
            for (const Link &link : cause->links)
                out += QStringLiteral("<li>%1</li>\n").arg(anchor(link.title, link.url));
            out += QStringLiteral("</ul>\n");
        }
    }
    out += QStringLiteral("<p class=\"meta\">%1 · AuthDoctor %2</p>\n</section>\n")
               .arg(h(c.createdText), h(c.appVersion));

    if (!c.otherFindings.isEmpty()) {
        out += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(h(l.otherFindings));
        for (const FindingBlock &f : c.otherFindings)
            out += findingBlock(f, l);
        out += QStringLiteral("</section>\n");
    }
    if (!c.ruledOut.isEmpty()) {
        out += QStringLiteral("<section>\n<h2>%1</h2>\n<ul>\n").arg(h(l.ruledOut));
        for (const RuledOutItem &r : c.ruledOut) {
            out += QStringLiteral("<li>%1 <span class=\"meta\">(<code>%2</code>)</span>")
                       .arg(h(r.title), h(r.id));
            if (!r.byChecks.isEmpty())
                out += QStringLiteral(": ") +
                       h(T::tr("ruled out by %1").arg(r.byChecks.join(QStringLiteral(", "))));
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n</section>\n");
    }
    if (!c.questions.isEmpty()) {
        out += QStringLiteral("<section>\n<h2>%1</h2>\n<ul>\n").arg(h(l.questions));
        for (const QuestionItem &q : c.questions)
            out += QStringLiteral("<li>%1 <strong>%2</strong></li>\n").arg(h(q.question), h(q.answer));
        out += QStringLiteral("</ul>\n</section>\n");
    }

    out += handoffSection(c);

    // Technical appendix.
    out += QStringLiteral("<section class=\"appendix\">\n<h2>%1</h2>\n").arg(h(l.appendix));
    out += QStringLiteral("<h3>%1</h3>\n").arg(h(l.about)) + dl(c.about);
    if (!c.inputs.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(h(l.inputs)) + dl(c.inputs);
    if (!c.errorText.isEmpty())
        out += QStringLiteral("<h3>%1</h3>\n").arg(h(l.errorText)) + pre(c.errorText);
    out += QStringLiteral("<h3>%1</h3>\n").arg(h(l.checks));
    if (c.checks.isEmpty())
        out += QStringLiteral("<p>%1</p>\n").arg(h(l.noChecks));
    for (const CheckBlock &ch : c.checks) {
        out += QStringLiteral("<div class=\"check %1\" id=\"check-%2\">\n").arg(h(ch.statusId), h(ch.id));
        out += QStringLiteral("<h4>%1 <span class=\"meta\">(<code>%2</code>)</span></h4>\n")
                   .arg(h(ch.title), h(ch.id));
        const QList<LabeledValue> values = checkValues(ch, l);
        out += dl(values);
        if (!ch.facts.isEmpty())
            out += QStringLiteral("<p class=\"label\">%1</p>\n").arg(h(l.facts)) + dl(ch.facts, "headers");
        for (int i = 0; i < ch.evidence.size(); ++i) {
            const EvidenceBlock &e = ch.evidence.at(i);
            out += QStringLiteral(
                       "<div class=\"exchange\">\n<p><span class=\"label\">%1 %2:</span> "
                       "<code>%3 %4</code> → <strong>%5</strong> <span class=\"meta\">(%6, %7)</span></p>\n")
                       .arg(h(l.request))
                       .arg(i + 1)
                       .arg(h(e.method), h(e.url), h(e.outcome), h(formatUtc(e.started)),
                            h(formatDuration(e.durationMs)));
            if (!e.requestHeaders.isEmpty())
                out += headers(e.requestHeaders);
            if (!e.requestBody.isEmpty())
                out +=
                    QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(l.requestBody)) + pre(e.requestBody);
            if (!e.responseHeaders.isEmpty())
                out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(l.response)) +
                       headers(e.responseHeaders);
            if (!e.responseBody.isEmpty())
                out +=
                    QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(l.responseBody)) + pre(e.responseBody);
            if (!e.ids.isEmpty())
                out += QStringLiteral("<p class=\"note\">%1</p>\n").arg(h(l.ids)) + dl(e.ids, "headers");
            out += QStringLiteral("</div>\n");
        }
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("<p class=\"note\">%1</p>\n</section>\n").arg(h(l.redactionNote));
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace AuthDoctor::Report
