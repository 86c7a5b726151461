#pragma once

#include "Wire.h"

#include <optional>

// Microsoft Graph (v1.0 and beta) of every cloud: users with $select,
// licenseDetails, mailboxSettings, drive, the security-defaults policy and
// organization (facts §1.6, §2.6).
namespace AuthDoctor::Sim::Tenant::GraphEndpoints {

std::optional<SimResponse> handle(const Context &ctx, Cloud hostCloud);

// Resource bodies (GraphResources.cpp).
QString servicePlanId(const QString &planName);
QJsonObject userObject(const Context &ctx, const User &u); // every property the simulator knows
QStringList defaultUserProperties();
bool isKnownUserProperty(const QString &name, QString *canonical);
QByteArray licenseDetails(const Context &ctx, const User &u, const QString &contextUrl);
QByteArray mailboxSettings(const Context &ctx, const User &u, const QString &contextUrl,
                           const QString &subProperty);
QByteArray drive(const Context &ctx, const User &u, const QString &contextUrl, bool root);
QByteArray organization(const Context &ctx, const QString &contextUrl);

} // namespace AuthDoctor::Sim::Tenant::GraphEndpoints
