#include "Diagnosis.h"

#include "core/Redaction.h"
#include "findings/FindingsCatalog.h"

#include <QJsonArray>

namespace AuthDoctor::Engine {

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString Inputs::tenantHint() const
{
    if (!tenant.isEmpty())
        return tenant;
    for (const QString &address : {user, mailbox}) {
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        if (at > 0 && at + 1 < address.size())
            return address.mid(at + 1).toLower();
    }
    return {};
}

QJsonObject Inputs::toJson() const
{
    return {{QStringLiteral("endpoint"), endpointKindToString(endpoint)},
            {QStringLiteral("side"),
             side == Side::Unknown ? QJsonValue(QJsonValue::Null) : QJsonValue(sideToString(side))},
            {QStringLiteral("cloud"), cloudToString(cloud)},
            {QStringLiteral("auth"), authMethodToString(auth)},
            {QStringLiteral("user"), orNull(user)},
            {QStringLiteral("mailbox"), orNull(mailbox)},
            {QStringLiteral("tenant"), orNull(tenant)},
            {QStringLiteral("client_id"), orNull(clientId)},
            {QStringLiteral("ews_url"), orNull(ewsUrl)},
            {QStringLiteral("error_text"), orNull(Redaction::maskSecrets(errorText))}};
}

QString checkStatusToString(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Waiting:
        return QStringLiteral("waiting");
    case CheckStatus::Running:
        return QStringLiteral("running");
    case CheckStatus::Passed:
        return QStringLiteral("passed");
    case CheckStatus::Warning:
        return QStringLiteral("warning");
    case CheckStatus::Failed:
        return QStringLiteral("failed");
    case CheckStatus::Skipped:
        return QStringLiteral("skipped");
    case CheckStatus::Error:
        return QStringLiteral("error");
    case CheckStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

bool isTerminal(CheckStatus s)
{
    return s != CheckStatus::Waiting && s != CheckStatus::Running;
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray ev;
    for (const Evidence &e : evidence)
        ev.append(e.toJson());
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), checkStatusToString(status)},
                  {QStringLiteral("started_ms"), startedMs},
                  {QStringLiteral("duration_ms"), durationMs},
                  {QStringLiteral("summary"), summary.render()},
                  {QStringLiteral("evidence"), ev}};
    if (!codes.isEmpty())
        o.insert(QStringLiteral("codes"), QJsonArray::fromStringList(codes));
    if (!facts.isEmpty())
        o.insert(QStringLiteral("facts"), QJsonObject::fromVariantMap(facts));
    return o;
}

bool Result::blocking() const
{
    if (primaryFinding.isEmpty())
        return false;
    // Primary only when it is why no EWS URL was found (Inference): then it blocks.
    if (primaryFinding == QLatin1String("unsafe-redirect-blocked"))
        return true;
    const auto f = FindingsCatalog::find(primaryFinding);
    return f && f->severity == Severity::Blocker;
}

} // namespace AuthDoctor::Engine
