#include "Clouds.h"

#include <QSet>

namespace AuthDoctor::Clouds {

namespace {

CloudInfo makeGlobal(const QString &subScope)
{
    CloudInfo c;
    c.cloud = subScope.isEmpty() ? Cloud::Commercial : Cloud::Gcc;
    c.instance = Instance::Global;
    c.instanceDisplayName = QStringLiteral("AzureAD");
    c.loginHosts = {QStringLiteral("login.microsoftonline.com"), QStringLiteral("login.windows.net")};
    c.exoHosts = {QStringLiteral("outlook.office365.com"), QStringLiteral("autodiscover-s.outlook.com"),
                  QStringLiteral("outlook.office.com")};
    c.autodiscoverHost = QStringLiteral("autodiscover-s.outlook.com");
    c.exoResourceHosts = {QStringLiteral("outlook.office365.com"), QStringLiteral("outlook.office.com")};
    c.graphHost = QStringLiteral("graph.microsoft.com");
    c.sharePointSuffix = QStringLiteral("sharepoint.com");
    c.cloudInstanceName = QStringLiteral("microsoftonline.com");
    c.cloudGraphHostName = QStringLiteral("graph.windows.net");
    c.regionScope = QStringLiteral("NA");
    c.regionSubScope = subScope;
    c.issuerV1Prefix = QStringLiteral("https://sts.windows.net/");
    return c;
}

CloudInfo makeGov(bool dod)
{
    CloudInfo c;
    c.cloud = dod ? Cloud::Dod : Cloud::GccHigh;
    c.instance = Instance::UsGov;
    c.instanceDisplayName = QStringLiteral("USGovernment");
    c.loginHosts = {QStringLiteral("login.microsoftonline.us")};
    if (dod) {
        c.exoHosts = {QStringLiteral("outlook-dod.office365.us"), QStringLiteral("webmail.apps.mil"),
                      QStringLiteral("autodiscover-s-dod.office365.us")};
        c.autodiscoverHost = QStringLiteral("autodiscover-s-dod.office365.us");
        c.exoResourceHosts = {QStringLiteral("outlook-dod.office365.us"),
                              QStringLiteral("outlook.office365.us"), QStringLiteral("webmail.apps.mil")};
        c.graphHost = QStringLiteral("dod-graph.microsoft.us");
        c.sharePointSuffix = QStringLiteral("dps.mil");
        c.regionSubScope = QStringLiteral("DOD");
    } else {
        c.exoHosts = {QStringLiteral("outlook.office365.us"), QStringLiteral("autodiscover-s.office365.us")};
        c.autodiscoverHost = QStringLiteral("autodiscover-s.office365.us");
        c.exoResourceHosts = {QStringLiteral("outlook.office365.us")};
        c.graphHost = QStringLiteral("graph.microsoft.us");
        c.sharePointSuffix = QStringLiteral("sharepoint.us");
        c.regionSubScope = QStringLiteral("DODCON");
    }
    c.cloudInstanceName = QStringLiteral("microsoftonline.us");
    c.cloudGraphHostName = QStringLiteral("graph.microsoftazure.us");
    c.regionScope = QStringLiteral("USGov");
    c.issuerV1Prefix = QStringLiteral("https://login.microsoftonline.us/");
    return c;
}

CloudInfo makeChina()
{
    CloudInfo c;
    c.cloud = Cloud::China;
    c.instance = Instance::China;
    c.instanceDisplayName = QStringLiteral("China");
    c.loginHosts = {QStringLiteral("login.partner.microsoftonline.cn"),
                    QStringLiteral("login.chinacloudapi.cn")};
    c.exoHosts = {QStringLiteral("partner.outlook.cn"), QStringLiteral("autodiscover-s.partner.outlook.cn")};
    c.autodiscoverHost = QStringLiteral("autodiscover-s.partner.outlook.cn"); // facts §9.11
    c.exoResourceHosts = {QStringLiteral("partner.outlook.cn")};
    c.graphHost = QStringLiteral("microsoftgraph.chinacloudapi.cn");
    c.sharePointSuffix = QStringLiteral("sharepoint.cn");
    c.cloudInstanceName = QStringLiteral("partner.microsoftonline.cn");
    c.cloudGraphHostName = QStringLiteral("graph.chinacloudapi.cn");
    c.regionScope = QStringLiteral("AS");
    c.issuerV1Prefix = QStringLiteral("https://sts.chinacloudapi.cn/");
    return c;
}

} // namespace

const CloudInfo &info(Cloud c)
{
    static const CloudInfo commercial = makeGlobal(QString());
    static const CloudInfo gcc = makeGlobal(QStringLiteral("GCC"));
    static const CloudInfo gccHigh = makeGov(false);
    static const CloudInfo dod = makeGov(true);
    static const CloudInfo china = makeChina();
    switch (c) {
    case Cloud::Commercial:
        return commercial;
    case Cloud::Gcc:
        return gcc;
    case Cloud::GccHigh:
        return gccHigh;
    case Cloud::Dod:
        return dod;
    case Cloud::China:
        return china;
    }
    return commercial;
}

Instance instanceOf(Cloud c)
{
    return info(c).instance;
}

QList<Cloud> all()
{
    return {Cloud::Commercial, Cloud::Gcc, Cloud::GccHigh, Cloud::Dod, Cloud::China};
}

std::optional<Instance> loginInstanceOfHost(const QString &host)
{
    for (Cloud c : all())
        if (info(c).loginHosts.contains(host, Qt::CaseInsensitive))
            return info(c).instance;
    return std::nullopt;
}

QString canonicalLoginHost(Instance i)
{
    switch (i) {
    case Instance::Global:
        return info(Cloud::Commercial).loginHosts.first();
    case Instance::UsGov:
        return info(Cloud::GccHigh).loginHosts.first();
    case Instance::China:
        return info(Cloud::China).loginHosts.first();
    }
    return {};
}

QString instanceDisplayName(Instance i)
{
    switch (i) {
    case Instance::Global:
        return info(Cloud::Commercial).instanceDisplayName;
    case Instance::UsGov:
        return info(Cloud::GccHigh).instanceDisplayName;
    case Instance::China:
        return info(Cloud::China).instanceDisplayName;
    }
    return {};
}

std::optional<Cloud> exoCloudOfHost(const QString &host)
{
    for (Cloud c : {Cloud::Commercial, Cloud::GccHigh, Cloud::Dod, Cloud::China})
        if (info(c).exoHosts.contains(host, Qt::CaseInsensitive))
            return c;
    return std::nullopt;
}

std::optional<Cloud> graphCloudOfHost(const QString &host)
{
    for (Cloud c : {Cloud::Commercial, Cloud::GccHigh, Cloud::Dod, Cloud::China})
        if (info(c).graphHost.compare(host, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

} // namespace AuthDoctor::Clouds

namespace AuthDoctor::Clouds {

QString CloudInfo::ewsUrl() const
{
    return QStringLiteral("https://") + ewsHost() + QStringLiteral("/EWS/Exchange.asmx");
}

QString CloudInfo::exoResource() const
{
    return QStringLiteral("https://") + exoResourceHosts.first();
}

QString CloudInfo::graphBaseUrl() const
{
    return QStringLiteral("https://") + graphHost + QStringLiteral("/v1.0");
}

std::optional<Cloud> sharePointCloudOfHost(const QString &host)
{
    const QString h = host.toLower();
    for (Cloud c : {Cloud::Commercial, Cloud::GccHigh, Cloud::Dod, Cloud::China})
        if (h.endsWith(QLatin1Char('.') + info(c).sharePointSuffix))
            return c;
    if (h.endsWith(QStringLiteral(".sharepoint-mil.us")))
        return Cloud::Dod;
    return std::nullopt;
}

QStringList sharePointSuffixes()
{
    QStringList out;
    for (Cloud c : all())
        if (!out.contains(info(c).sharePointSuffix))
            out << info(c).sharePointSuffix;
    out << QStringLiteral("sharepoint-mil.us");
    return out;
}

QStringList allServiceHosts()
{
    QStringList out;
    for (Cloud c : all()) {
        const CloudInfo &i = info(c);
        for (const QStringList &list :
             {i.loginHosts, i.exoHosts, i.exoResourceHosts, QStringList{i.graphHost}})
            for (const QString &h : list)
                if (!out.contains(h))
                    out << h;
    }
    return out;
}

bool isMicrosoftCloudHost(const QString &host)
{
    const QString h = host.toLower();
    if (allServiceHosts().contains(h))
        return true;
    for (const QString &suffix : sharePointSuffixes())
        if (h.endsWith(QLatin1Char('.') + suffix))
            return true;
    return false;
}

} // namespace AuthDoctor::Clouds
