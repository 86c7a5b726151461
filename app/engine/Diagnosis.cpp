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

Inputs Inputs::fromJson(const QJsonObject &o)
{
    Inputs in;
    const auto str = [&o](const char *k) { return o.value(QLatin1String(k)).toString(); };
    if (const auto e = endpointKindFromString(str("endpoint")))
        in.endpoint = *e;
    if (const auto s = sideFromString(str("side")))
        in.side = *s;
    if (const auto c = cloudFromString(str("cloud")))
        in.cloud = *c;
    if (const auto a = authMethodFromString(str("auth")))
        in.auth = *a;
    in.user = str("user");
    in.mailbox = str("mailbox");
    in.tenant = str("tenant");
    in.clientId = str("client_id");
    in.ewsUrl = str("ews_url");
    in.errorText = str("error_text");
    in.password = str("password");
    in.clientSecret = str("client_secret");
    return in;
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
    // cli.md exit 1: "it completed and found one [cause]". Every named cause stops the migration
    // (throttling and an overloaded server too, until they clear); only "the credentials work now"
    // and "nothing matched" are not a blocking cause.
    return !primaryFinding.isEmpty() && primaryFinding != QLatin1String("credentials-ok") &&
           primaryFinding != QLatin1String("unrecognized-error");
}

} // namespace AuthDoctor::Engine
