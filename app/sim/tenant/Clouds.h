#pragma once

#include "TenantState.h"

#include <QString>
#include <QStringList>
#include <optional>

// Host names and cloud-specific values of the Microsoft clouds (facts §1.1).
namespace AuthDoctor::Sim::Tenant {

// The Entra ID instances: one login service each.
enum class Instance
{
    Global,
    UsGov,
    China
};

struct CloudInfo
{
    Instance instance;
    QString instanceDisplayName;  // as in AADSTS90038: "AzureAD", "USGovernment", "China"
    QStringList loginHosts;       // first = canonical
    QStringList exoHosts;         // EWS + Autodiscover (first = the EWS host)
    QString autodiscoverHost;     // cloud Autodiscover (SOAP/POX) host
    QStringList exoResourceHosts; // token resource hosts that mean Exchange Online
    QString graphHost;
    QString sharePointSuffix;   // "sharepoint.com"
    QString cloudInstanceName;  // OpenID cloud_instance_name
    QString cloudGraphHostName; // OpenID cloud_graph_host_name (Azure AD Graph)
    QString regionScope;        // OpenID tenant_region_scope
    QString regionSubScope;     // OpenID tenant_region_sub_scope ("" = absent)
    QString issuerV1Prefix;     // "https://sts.windows.net/"
};

const CloudInfo &cloudInfo(Cloud c);
Instance instanceOf(Cloud c);
std::optional<Instance> loginInstanceOfHost(const QString &host);
QString canonicalLoginHost(Instance i);
QString instanceDisplayName(Instance i);
// Which cloud's Exchange Online serves this host (nullopt: not an EXO host).
std::optional<Cloud> exoCloudOfHost(const QString &host);
std::optional<Cloud> graphCloudOfHost(const QString &host);
QList<Cloud> allClouds();

inline const QString kExchangeAppId = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");
inline const QString kGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
inline const QString kSharePointAppId = QStringLiteral("00000003-0000-0ff1-ce00-000000000000");

} // namespace AuthDoctor::Sim::Tenant
