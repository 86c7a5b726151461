#include "ResultJson.h"

#include "Plan.h"
#include "core/AppInfo.h"
#include "findings/FindingsCatalog.h"

#include <QJsonArray>

namespace AuthDoctor::Engine {

QJsonObject resultToJson(const Result &result)
{
    QJsonArray checks;
    for (const CheckResult &c : result.checks) {
        QJsonObject o = c.toJson();
        o.insert(QStringLiteral("title"), checkTitle(c.id).render());
        checks.append(o);
    }
    QJsonArray findings;
    for (const FindingResult &f : result.findings) {
        const auto info = FindingsCatalog::find(f.id);
        if (!info)
            continue;
        QJsonObject o = findingToJson(*info);
        o.insert(QStringLiteral("confidence"), f.confidence);
        o.insert(QStringLiteral("time_to_apply"), info->timeToApply);
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence));
        if (!f.why.isEmpty())
            o.insert(QStringLiteral("why"), f.why.render());
        if (!f.rawCodes.isEmpty())
            o.insert(QStringLiteral("raw_codes"), QJsonArray::fromStringList(f.rawCodes));
        findings.append(o);
    }
    QJsonArray questions;
    for (const Question &q : result.questions)
        questions.append(
            QJsonObject{{QStringLiteral("id"), q.id},
                        {QStringLiteral("text"), q.text.render()},
                        {QStringLiteral("values"), QJsonArray::fromStringList(q.values)},
                        {QStringLiteral("answer"),
                         q.answer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.answer)}});
    QJsonObject o{
        {QStringLiteral("schema"), QStringLiteral("authdoctor.diagnosis/1")},
        {QStringLiteral("app"), QJsonObject{{QStringLiteral("name"), QStringLiteral("authdoctor")},
                                            {QStringLiteral("version"), AppInfo::version()}}},
        {QStringLiteral("started"), result.started.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), result.durationMs},
        {QStringLiteral("input"), result.inputs.toJson()},
        {QStringLiteral("checks"), checks},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("questions"), questions},
        {QStringLiteral("primary_finding"),
         result.primaryFinding.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.primaryFinding)},
        {QStringLiteral("ruled_out"), QJsonArray::fromStringList(result.ruledOut)},
    };
    if (result.practice)
        o.insert(QStringLiteral("practice"), result.practiceScenario);
    return o;
}

} // namespace AuthDoctor::Engine
