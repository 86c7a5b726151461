// Markdown for a ticket comment: CommonMark that GitHub, Azure DevOps, Jira (markdown paste) and
// ServiceNow render. Summary first; the technical part stays short (the PDF and the HAR carry the
// full evidence), so a comment fits the trackers' limits.
#include "ReportContent.h"
#include "Reports.h"

#include <QCoreApplication>

namespace AuthDoctor::Report {

namespace {

struct T
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Report)
};

// Text with the characters Markdown reads as inline syntax escaped (the text always follows a label
// or a list marker, so block syntax cannot start); line breaks become spaces.
QString esc(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (QStringLiteral("\\`*_[]<|~").contains(ch))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out;
}

// Inline code: a backtick run longer than any inside.
QString code(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    int longest = 0, run = 0;
    for (const QChar ch : flat) {
        run = ch == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const bool pad = flat.startsWith(QLatin1Char('`')) || flat.endsWith(QLatin1Char('`'));
    return fence + (pad ? QStringLiteral(" ") : QString()) + flat + (pad ? QStringLiteral(" ") : QString()) +
           fence;
}

// A fenced block that no content can close early.
QString block(const QString &text, const QString &info = {})
{
    int longest = 0, run = 0;
    for (const QChar ch : text) {
        run = ch == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
    return fence + info + QLatin1Char('\n') + text + QLatin1Char('\n') + fence + QStringLiteral("\n\n");
}

QString link(const Link &l)
{
    const QString url = l.url;
    if (!url.startsWith(QLatin1String("https://")))
        return esc(l.title);
    QString target = url;
    target.replace(QLatin1Char('('), QStringLiteral("%28")).replace(QLatin1Char(')'), QStringLiteral("%29"));
    target.replace(QLatin1Char(' '), QStringLiteral("%20"));
    return QLatin1Char('[') + esc(l.title) + QStringLiteral("](") + target + QLatin1Char(')');
}

QString cell(const QString &text)
{
    return esc(text);
}

// Commands as one PowerShell block, each after a comment saying what it is for.
QString powerShell(const QList<AdminCommand> &commands)
{
    QStringList parts;
    for (const AdminCommand &cmd : commands)
        parts << QStringLiteral("# ") + cmd.purpose + QLatin1Char('\n') + cmd.command;
    return parts.join(QStringLiteral("\n\n"));
}

void finding(QString &out, const FindingBlock &f, const Labels &l, bool full)
{
    out += QStringLiteral("**%1** (%2, %3)\n\n").arg(esc(f.title), code(f.id), esc(f.confidence));
    if (!f.why.isEmpty())
        out += esc(f.why) + QStringLiteral("\n\n");
    if (full) {
        out += esc(f.explanation) + QStringLiteral("\n\n");
        for (int i = 0; i < f.steps.size(); ++i)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(esc(f.steps.at(i)));
        out += QLatin1Char('\n');
    }
    if (!f.evidenceNames.isEmpty())
        out += QStringLiteral("%1 %2\n\n")
                   .arg(esc(labelled(l.evidence)), esc(f.evidenceNames.join(QStringLiteral("; "))));
    if (!f.rawCodes.isEmpty()) {
        QStringList codes;
        for (const QString &c : f.rawCodes)
            codes << code(c);
        out += QStringLiteral("%1 %2\n\n").arg(esc(labelled(l.codes)), codes.join(QStringLiteral(", ")));
    }
}

QString handoffSection(const Content &c)
{
    const Labels &l = c.labels;
    QString out;
    if (c.handoff.isEmpty())
        return out;
    out += QStringLiteral("### %1\n\n").arg(esc(l.handoff));
    out += esc(l.handoffIntro) + QStringLiteral("\n\n");
    for (const AdminSection &s : c.handoff.sections) {
        out += QStringLiteral("**%1** (%2): %3\n\n").arg(esc(s.findingTitle), code(s.findingId), esc(s.who));
        out += block(powerShell(s.commands), QStringLiteral("powershell"));
    }
    if (!c.handoff.consentUrl.isEmpty()) {
        out += QStringLiteral("**%1** <%2>\n\n").arg(esc(labelled(l.consent)), c.handoff.consentUrl);
        out += esc(c.handoff.consentNote) + QStringLiteral("\n\n");
    }
    if (!c.handoff.signInSteps.isEmpty()) {
        out += QStringLiteral("**%1**\n\n").arg(esc(l.signInLogs));
        for (int i = 0; i < c.handoff.signInSteps.size(); ++i)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(esc(c.handoff.signInSteps.at(i)));
        out += QLatin1Char('\n');
        if (c.handoff.signIns.isEmpty())
            out += esc(l.signInLogsNone) + QStringLiteral("\n\n");
        for (const SignInItem &s : c.handoff.signIns) {
            out += QStringLiteral("- ") + esc(s.source) + QLatin1Char(':');
            for (const LabeledValue &v : s.values)
                out += QStringLiteral(" %1 %2;").arg(esc(v.label), code(v.value));
            out.chop(1);
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
        // The Graph lookup of the first sign-in with a correlation id (the others only differ by it).
        for (const SignInItem &s : c.handoff.signIns) {
            if (s.commands.isEmpty())
                continue;
            out += block(powerShell(s.commands), QStringLiteral("powershell"));
            break;
        }
    }
    return out;
}

} // namespace

QString adminHandoffMarkdown(const Session::Session &session)
{
    const QString section = handoffSection(buildContent(session));
    return section.isEmpty()
               ? T::tr("No finding of this diagnosis needs a tenant or Exchange admin.") + QLatin1Char('\n')
               : section;
}

QString markdown(const Session::Session &session)
{
    const Content c = buildContent(session);
    const Labels &l = c.labels;
    QString out;
    out += QStringLiteral("## %1\n\n").arg(esc(c.title));
    if (c.practice)
        out += QStringLiteral("> **%1**\n\n").arg(esc(c.practiceMarker));
    out += QStringLiteral("**%1**\n\n").arg(esc(c.summary.verdict));

    out += QStringLiteral("**%1** %2\n\n").arg(esc(labelled(l.whatHappened)), esc(c.summary.whatHappened));
    if (!c.summary.reported.isEmpty())
        out += QStringLiteral("**%1** %2\n\n").arg(esc(labelled(l.reported)), code(c.summary.reported));
    if (const auto &cause = c.summary.cause) {
        out += QStringLiteral("**%1** (%2, %3): %4\n\n")
                   .arg(esc(l.cause), code(cause->id), esc(cause->confidence), esc(cause->explanation));
        if (!c.summary.evidence.isEmpty())
            out += QStringLiteral("**%1** %2\n\n").arg(esc(labelled(l.why)), esc(c.summary.evidence));
        out += QStringLiteral("**%1**\n\n").arg(esc(labelled(l.steps)));
        for (int i = 0; i < cause->steps.size(); ++i)
            out += QStringLiteral("%1. %2\n").arg(i + 1).arg(esc(cause->steps.at(i)));
        out += QLatin1Char('\n');
        out += QStringLiteral("**%1** %2  \n").arg(esc(labelled(l.who)), esc(cause->who));
        out += QStringLiteral("**%1** %2\n\n").arg(esc(labelled(l.timeToApply)), esc(cause->timeToApply));
        if (!cause->links.isEmpty()) {
            QStringList links;
            for (const Link &link_ : cause->links)
                links << link(link_);
            out += QStringLiteral("**%1** %2\n\n")
                       .arg(esc(labelled(l.links)), links.join(QStringLiteral(" · ")));
        }
    }

    if (!c.otherFindings.isEmpty()) {
        out += QStringLiteral("### %1\n\n").arg(esc(l.otherFindings));
        for (const FindingBlock &f : c.otherFindings) {
            out += QStringLiteral("- ");
            QString one;
            finding(one, f, l, false);
            one = one.trimmed();
            one.replace(QStringLiteral("\n\n"), QStringLiteral("  \n  "));
            out += one + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (!c.ruledOut.isEmpty()) {
        out += QStringLiteral("### %1\n\n").arg(esc(l.ruledOut));
        for (const RuledOutItem &r : c.ruledOut) {
            out += QStringLiteral("- %1 (%2)").arg(esc(r.title), code(r.id));
            if (!r.byChecks.isEmpty())
                out += QStringLiteral(": ") +
                       esc(T::tr("ruled out by %1").arg(r.byChecks.join(QStringLiteral(", "))));
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    if (!c.questions.isEmpty()) {
        out += QStringLiteral("### %1\n\n").arg(esc(l.questions));
        for (const QuestionItem &q : c.questions)
            out += QStringLiteral("- %1 **%2**\n").arg(esc(q.question), esc(q.answer));
        out += QLatin1Char('\n');
    }

    out += handoffSection(c);

    out += QStringLiteral("### %1\n\n").arg(esc(l.appendix));
    QStringList about;
    for (const LabeledValue &v : c.about)
        about << QStringLiteral("%1 %2").arg(esc(labelled(v.label)), esc(v.value));
    out += about.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
    QStringList inputs;
    for (const LabeledValue &v : c.inputs)
        inputs << QStringLiteral("%1 %2").arg(esc(labelled(v.label)), code(v.value));
    if (!inputs.isEmpty())
        out += QStringLiteral("**%1** ").arg(esc(labelled(l.inputs))) + inputs.join(QStringLiteral(" · ")) +
               QStringLiteral("\n\n");
    if (!c.errorText.isEmpty()) {
        out += QStringLiteral("**%1**\n\n").arg(esc(labelled(l.errorText)));
        out +=
            block(c.errorText.left(4000) + (c.errorText.size() > 4000 ? QStringLiteral("\n…") : QString()));
    }
    if (c.checks.isEmpty()) {
        out += esc(l.noChecks) + QStringLiteral("\n\n");
    } else {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                   .arg(esc(l.checks), esc(l.status), esc(l.duration), esc(T::tr("Result")));
        for (const CheckBlock &ch : c.checks)
            out += QStringLiteral("| %1 (%2) | %3 | %4 | %5 |\n")
                       .arg(cell(ch.title), code(ch.id), cell(ch.status), cell(formatDuration(ch.durationMs)),
                            cell(ch.summary));
        out += QLatin1Char('\n');
        // The failed checks' exchanges, one line each, with the IDs a support case asks for.
        QString lines;
        for (const CheckBlock &ch : c.checks) {
            if (ch.statusId == QLatin1String("passed") || ch.statusId == QLatin1String("skipped"))
                continue;
            for (const EvidenceBlock &e : ch.evidence) {
                lines += QStringLiteral("- %1: %2 → %3")
                             .arg(code(ch.id), code(e.method + QLatin1Char(' ') + e.url), esc(e.outcome));
                for (const LabeledValue &id : e.ids)
                    lines += QStringLiteral(", %1 %2").arg(esc(id.label), code(id.value));
                lines += QLatin1Char('\n');
            }
            if (!ch.codes.isEmpty()) {
                QStringList codes;
                for (const QString &cd : ch.codes)
                    codes << code(cd);
                lines += QStringLiteral("- %1: %2 %3\n")
                             .arg(code(ch.id), esc(l.codes), codes.join(QStringLiteral(", ")));
            }
        }
        if (!lines.isEmpty())
            out += QStringLiteral("**%1**\n\n").arg(esc(labelled(l.evidence))) + lines + QLatin1Char('\n');
    }
    out += QStringLiteral("*%1*\n").arg(esc(l.redactionNote));
    if (c.practice)
        out += QStringLiteral("\n> **%1**\n").arg(esc(c.practiceMarker));
    return out;
}

} // namespace AuthDoctor::Report
