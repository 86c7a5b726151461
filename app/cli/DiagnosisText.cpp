#include "DiagnosisText.h"

#include "engine/Plan.h"
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>

namespace AuthDoctor::Cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Diagnose)
};
} // namespace

QString diagnosisToText(const Engine::Result &result)
{
    QString out;
    if (result.practice)
        out += Text::tr("PRACTICE: simulated tenant, scenario %1").arg(result.practiceScenario) +
               QStringLiteral("\n\n");
    const auto primary = FindingsCatalog::find(result.primaryFinding);
    if (primary) {
        out += Text::tr("Cause: %1 (%2)").arg(primary->title, primary->id) + QLatin1Char('\n');
        for (const Engine::FindingResult &f : result.findings)
            if (f.id == primary->id) {
                out += Text::tr("Confidence: %1").arg(f.confidence) + QLatin1Char('\n');
                if (!f.why.isEmpty())
                    out += Text::tr("Why: %1").arg(f.why.render()) + QLatin1Char('\n');
                if (!f.evidence.isEmpty())
                    out += Text::tr("Evidence: %1").arg(f.evidence.join(QStringLiteral(", "))) +
                           QLatin1Char('\n');
            }
        out += QLatin1Char('\n') + primary->explanation + QStringLiteral("\n\n");
        out += Text::tr("What to do:") + QLatin1Char('\n');
        for (int i = 0; i < primary->steps.size(); ++i)
            out += QStringLiteral("  %1. %2\n").arg(i + 1).arg(primary->steps.at(i));
        out += Text::tr("Who: %1").arg(primary->whoText) + QLatin1Char('\n');
        out += Text::tr("Time to apply: %1").arg(primary->timeToApply) + QLatin1Char('\n');
        for (const Link &l : primary->links)
            out += QStringLiteral("  %1: %2\n").arg(l.title, l.url);
    } else {
        out += Text::tr("Cause: not determined") + QLatin1Char('\n');
    }
    QStringList others;
    for (const Engine::FindingResult &f : result.findings)
        if (f.id != result.primaryFinding)
            others << QStringLiteral("%1 (%2)").arg(f.id, f.confidence);
    if (!others.isEmpty())
        out += QLatin1Char('\n') + Text::tr("Other findings: %1").arg(others.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    if (!result.ruledOut.isEmpty())
        out += Text::tr("Ruled out: %1").arg(result.ruledOut.join(QStringLiteral(", "))) + QLatin1Char('\n');
    for (const Engine::Question &q : result.questions)
        if (q.answer.isEmpty())
            out +=
                Text::tr("Question (--answer %1=yes|no): %2").arg(q.id, q.text.render()) + QLatin1Char('\n');
    out += QLatin1Char('\n') + Text::tr("Checks:") + QLatin1Char('\n');
    for (const Engine::CheckResult &c : result.checks)
        out += QStringLiteral("  [%1] %2: %3\n")
                   .arg(Engine::checkStatusToString(c.status), Engine::checkTitle(c.id).render(),
                        c.summary.render());
    return out;
}

} // namespace AuthDoctor::Cli
