#pragma once

#include "core/Vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The host names and cloud-specific values of the Microsoft clouds (m365-auth-facts §1.1, §9.5,
// §9.11): one table for the classifier, the simulated tenant and the diagnosis engine.
namespace AuthDoctor::Clouds {

// The Entra ID instances: one login service each (GCC uses the commercial one).
enum class Instance
{
    Global,
    UsGov,
    China
};

struct CloudInfo
{
    Cloud cloud = Cloud::Commercial;
    Instance instance = Instance::Global;
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

    QString loginHost() const { return loginHosts.first(); }
    QString ewsHost() const { return exoHosts.first(); }
    QString ewsUrl() const; // https://<ewsHost>/EWS/Exchange.asmx
    // The EWS resource for tokens: https://<ewsHost> (scopes add /.default or /EWS.AccessAsUser.All).
    QString exoResource() const;
    QString graphBaseUrl() const; // https://<graphHost>/v1.0
};

const CloudInfo &info(Cloud c);
Instance instanceOf(Cloud c);
QList<Cloud> all();
std::optional<Instance> loginInstanceOfHost(const QString &host);
QString canonicalLoginHost(Instance i);
QString instanceDisplayName(Instance i);
// Which cloud's Exchange Online serves this host (nullopt: not an EXO host). GCC answers Commercial.
std::optional<Cloud> exoCloudOfHost(const QString &host);
std::optional<Cloud> graphCloudOfHost(const QString &host);
// The cloud a SharePoint host belongs to ("contoso-my.sharepoint.us" → GccHigh).
std::optional<Cloud> sharePointCloudOfHost(const QString &host);
// Every Microsoft service host of every cloud (login, Exchange Online, Autodiscover, Graph),
// lower case; SharePoint hosts are recognised by suffix (sharePointSuffixes()).
QStringList allServiceHosts();
QStringList sharePointSuffixes();
// True for a host name of a Microsoft cloud service: a listed host, or a subdomain of a
// SharePoint suffix.
bool isMicrosoftCloudHost(const QString &host);

inline const QString kExchangeAppId = QStringLiteral("00000002-0000-0ff1-ce00-000000000000");
inline const QString kGraphAppId = QStringLiteral("00000003-0000-0000-c000-000000000000");
inline const QString kSharePointAppId = QStringLiteral("00000003-0000-0ff1-ce00-000000000000");

} // namespace AuthDoctor::Clouds
