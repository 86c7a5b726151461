// Placeholder until the tenant model lands (issue 3).
#include "TenantModel.h"

#include <QCoreApplication>

namespace AuthDoctor::Sim {

std::optional<TenantModel> TenantModel::fromBase(const QString &base, QString *error)
{
    if (base == QLatin1String("none") || base == QLatin1String("healthy-tenant")) {
        TenantModel m;
        m.m_empty = base == QLatin1String("none");
        return m;
    }
    if (error)
        *error = QStringLiteral("unknown base \"%1\"").arg(base);
    return std::nullopt;
}

bool TenantModel::applyOverrides(const QJsonObject &, const QString &, QString *)
{
    return true;
}

std::optional<SimResponse> TenantModel::handle(const SimRequest &)
{
    return std::nullopt;
}

bool TenantModel::isEmptyWorld() const
{
    return m_empty;
}

} // namespace AuthDoctor::Sim
