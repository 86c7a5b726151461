// Bodies of the Graph resources the simulator serves.
#include "GraphEndpoints.h"

#include "EwsSoap.h"
#include "SharePointEndpoints.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace AuthDoctor::Sim::Tenant::GraphEndpoints {

namespace {

// Service plans with their published ids (facts §1.6 and Microsoft's licensing reference).
const QList<QPair<QString, QString>> kPlans{
    {QStringLiteral("EXCHANGE_S_STANDARD"), QStringLiteral("9aaf7827-d63c-4b61-89c3-182f06f82e5c")},
    {QStringLiteral("EXCHANGE_S_ENTERPRISE"), QStringLiteral("efb87545-963c-4e0d-99df-69c6916d9eb0")},
    {QStringLiteral("EXCHANGE_S_DESKLESS"), QStringLiteral("4a82b400-a79f-41a4-b4e2-e94f5787b113")},
    {QStringLiteral("EXCHANGE_S_ESSENTIALS"), QStringLiteral("1126bef5-da20-4f07-b45e-ad25d2581aa8")},
    {QStringLiteral("EXCHANGE_S_FOUNDATION"), QStringLiteral("113feb6c-3fe4-4440-bddc-54d774bf0318")},
    {QStringLiteral("SHAREPOINTSTANDARD"), QStringLiteral("c7699d2e-19aa-44de-8edf-1736da088ca1")},
    {QStringLiteral("SHAREPOINTENTERPRISE"), QStringLiteral("5dbe027f-2339-4123-9542-606e4d348a72")},
    {QStringLiteral("SHAREPOINTWAC"), QStringLiteral("e95bec33-7c88-4a70-8e19-b10bd9d0c014")},
    {QStringLiteral("OFFICESUBSCRIPTION"), QStringLiteral("43de0ff5-c92c-492b-9116-175376d08c38")},
    {QStringLiteral("MCOSTANDARD"), QStringLiteral("0feaeb32-d00e-4d66-bd5a-43b5b83db82c")},
    {QStringLiteral("TEAMS1"), QStringLiteral("57ff2da0-773e-42df-b2af-ffb7a2317929")}};

const QString kE3SkuId = QStringLiteral("05e9a617-0261-4cee-bb44-138d3ef5d965");
const QUuid kSimulatedNamespace(QStringLiteral("a7d0c3b4-5e6f-4a1b-8c2d-9e0f1a2b3c4d"));

QString serviceOf(const QString &plan)
{
    if (plan.startsWith(QLatin1String("EXCHANGE")))
        return QStringLiteral("exchange");
    if (plan.startsWith(QLatin1String("SHAREPOINT")))
        return QStringLiteral("SharePoint");
    if (plan == QLatin1String("MCOSTANDARD"))
        return QStringLiteral("MicrosoftCommunicationsOnline");
    if (plan == QLatin1String("TEAMS1"))
        return QStringLiteral("TeamspaceAPI");
    if (plan == QLatin1String("OFFICESUBSCRIPTION"))
        return QStringLiteral("MicrosoftOffice");
    return QStringLiteral("Unknown");
}

QString skuId(const User &u)
{
    return u.licenses.contains(QStringLiteral("EXCHANGE_S_ENTERPRISE")) ||
                   u.licenses == TenantState::healthyLicenses()
               ? kE3SkuId
               : QUuid::createUuidV5(kSimulatedNamespace, u.licenses.join(QLatin1Char(',')))
                     .toString(QUuid::WithoutBraces);
}

QString skuPartNumber(const User &u)
{
    return skuId(u) == kE3SkuId ? QStringLiteral("SPE_E3") : QStringLiteral("AUTHDOCTOR_SIMULATED_SKU");
}

QString provisioningStatus(const User &u, const QString &plan)
{
    if (u.mailbox == Mailbox::Provisioning && isExchangePlan(plan))
        return QStringLiteral("PendingProvisioning");
    return QStringLiteral("Success");
}

const QStringList kDefault{QStringLiteral("businessPhones"),
                           QStringLiteral("displayName"),
                           QStringLiteral("givenName"),
                           QStringLiteral("jobTitle"),
                           QStringLiteral("mail"),
                           QStringLiteral("mobilePhone"),
                           QStringLiteral("officeLocation"),
                           QStringLiteral("preferredLanguage"),
                           QStringLiteral("surname"),
                           QStringLiteral("userPrincipalName"),
                           QStringLiteral("id")};

const QStringList kMore{QStringLiteral("accountEnabled"),
                        QStringLiteral("createdDateTime"),
                        QStringLiteral("userType"),
                        QStringLiteral("onPremisesSyncEnabled"),
                        QStringLiteral("proxyAddresses"),
                        QStringLiteral("assignedLicenses"),
                        QStringLiteral("assignedPlans"),
                        QStringLiteral("mailNickname"),
                        QStringLiteral("usageLocation"),
                        QStringLiteral("otherMails"),
                        QStringLiteral("imAddresses"),
                        QStringLiteral("onPremisesImmutableId"),
                        QStringLiteral("onPremisesSamAccountName"),
                        QStringLiteral("onPremisesUserPrincipalName"),
                        QStringLiteral("onPremisesDomainName"),
                        QStringLiteral("onPremisesDistinguishedName"),
                        QStringLiteral("onPremisesLastSyncDateTime"),
                        QStringLiteral("externalUserState"),
                        QStringLiteral("creationType"),
                        QStringLiteral("passwordPolicies"),
                        QStringLiteral("department"),
                        QStringLiteral("companyName"),
                        QStringLiteral("city"),
                        QStringLiteral("country"),
                        QStringLiteral("state"),
                        QStringLiteral("streetAddress"),
                        QStringLiteral("postalCode"),
                        QStringLiteral("employeeId"),
                        QStringLiteral("ageGroup"),
                        QStringLiteral("showInAddressList"),
                        QStringLiteral("lastPasswordChangeDateTime"),
                        QStringLiteral("signInSessionsValidFromDateTime")};

} // namespace

QString servicePlanId(const QString &planName)
{
    for (const auto &p : kPlans)
        if (p.first == planName)
            return p.second;
    return QUuid::createUuidV5(kSimulatedNamespace, planName).toString(QUuid::WithoutBraces);
}

QStringList defaultUserProperties()
{
    return kDefault;
}

bool isKnownUserProperty(const QString &name, QString *canonical)
{
    for (const QStringList *list : {&kDefault, &kMore})
        for (const QString &p : *list)
            if (p.compare(name, Qt::CaseInsensitive) == 0) {
                *canonical = p;
                return true;
            }
    return false;
}

QJsonObject userObject(const Context &ctx, const User &u)
{
    const TenantState &t = ctx.state;
    const bool mailEnabled = u.mailbox != Mailbox::None;
    const QString created = isoTime(u.createdAt(ctx.nowMs).toMSecsSinceEpoch());
    QJsonArray proxies;
    if (mailEnabled) {
        proxies << QString(QStringLiteral("SMTP:") + u.upn);
        proxies << QString(QStringLiteral("smtp:") + u.localPart() + QLatin1Char('@') + t.initialDomain);
    }
    QJsonArray assignedLicenses;
    QJsonArray assignedPlans;
    if (!u.licenses.isEmpty())
        assignedLicenses << QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                        {QStringLiteral("skuId"), skuId(u)}};
    for (const QString &plan : u.licenses)
        assignedPlans << QJsonObject{{QStringLiteral("assignedDateTime"), created},
                                     {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
                                     {QStringLiteral("service"), serviceOf(plan)},
                                     {QStringLiteral("servicePlanId"), servicePlanId(plan)}};
    const QString given = u.displayName.section(QLatin1Char(' '), 0, 0);
    const QString surname = u.displayName.section(QLatin1Char(' '), 1);
    const QJsonValue null;
    QJsonObject o{
        {QStringLiteral("id"), t.userId(u).toString(QUuid::WithoutBraces)},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("displayName"), u.displayName},
        {QStringLiteral("givenName"), given.isEmpty() ? null : QJsonValue(given)},
        {QStringLiteral("jobTitle"), null},
        {QStringLiteral("mail"), mailEnabled ? QJsonValue(u.upn) : null},
        {QStringLiteral("mobilePhone"), null},
        {QStringLiteral("officeLocation"), null},
        {QStringLiteral("preferredLanguage"), QStringLiteral("en-US")},
        {QStringLiteral("surname"), surname.isEmpty() ? null : QJsonValue(surname)},
        {QStringLiteral("userPrincipalName"), u.upn},
        {QStringLiteral("accountEnabled"), u.enabled},
        {QStringLiteral("createdDateTime"), created},
        {QStringLiteral("userType"), QStringLiteral("Member")},
        {QStringLiteral("onPremisesSyncEnabled"), u.syncFromOnPrem ? QJsonValue(true) : null},
        {QStringLiteral("proxyAddresses"), proxies},
        {QStringLiteral("assignedLicenses"), assignedLicenses},
        {QStringLiteral("assignedPlans"), assignedPlans},
        {QStringLiteral("mailNickname"), u.localPart()},
        {QStringLiteral("usageLocation"), QStringLiteral("US")},
        {QStringLiteral("otherMails"), QJsonArray()},
        {QStringLiteral("imAddresses"), QJsonArray()},
        {QStringLiteral("onPremisesImmutableId"),
         u.syncFromOnPrem ? QJsonValue(QString::fromLatin1(t.userId(u).toRfc4122().toBase64())) : null},
        {QStringLiteral("onPremisesSamAccountName"), u.syncFromOnPrem ? QJsonValue(u.localPart()) : null},
        {QStringLiteral("onPremisesUserPrincipalName"), u.syncFromOnPrem ? QJsonValue(u.upn) : null},
        {QStringLiteral("onPremisesDomainName"),
         u.syncFromOnPrem && t.onPrem ? QJsonValue(t.onPrem->domain()) : null},
        {QStringLiteral("onPremisesDistinguishedName"), null},
        {QStringLiteral("onPremisesLastSyncDateTime"),
         u.syncFromOnPrem ? QJsonValue(isoTime(ctx.nowMs - 1800000)) : null},
        {QStringLiteral("externalUserState"), null},
        {QStringLiteral("creationType"), null},
        {QStringLiteral("passwordPolicies"), null},
        {QStringLiteral("department"), null},
        {QStringLiteral("companyName"), null},
        {QStringLiteral("city"), null},
        {QStringLiteral("country"), null},
        {QStringLiteral("state"), null},
        {QStringLiteral("streetAddress"), null},
        {QStringLiteral("postalCode"), null},
        {QStringLiteral("employeeId"), null},
        {QStringLiteral("ageGroup"), null},
        {QStringLiteral("showInAddressList"), null},
        {QStringLiteral("lastPasswordChangeDateTime"), created},
        {QStringLiteral("signInSessionsValidFromDateTime"), created},
    };
    return o;
}

QByteArray licenseDetails(const Context &ctx, const User &u, const QString &contextUrl)
{
    QJsonArray value;
    if (!u.licenses.isEmpty()) {
        QJsonArray plans;
        for (const QString &plan : u.licenses)
            plans << QJsonObject{{QStringLiteral("servicePlanId"), servicePlanId(plan)},
                                 {QStringLiteral("servicePlanName"), plan},
                                 {QStringLiteral("provisioningStatus"), provisioningStatus(u, plan)},
                                 {QStringLiteral("appliesTo"), plan == QLatin1String("EXCHANGE_S_FOUNDATION")
                                                                   ? QStringLiteral("Company")
                                                                   : QStringLiteral("User")}};
        const QString sku = skuId(u);
        value << QJsonObject{
            {QStringLiteral("id"),
             QString::fromLatin1(QByteArray(utf8(ctx.state.userId(u).toString(QUuid::Id128) + sku))
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                     .left(43))},
            {QStringLiteral("skuId"), sku},
            {QStringLiteral("skuPartNumber"), skuPartNumber(u)},
            {QStringLiteral("servicePlans"), plans}};
    }
    return orderedJson({{QStringLiteral("@odata.context"), contextUrl}, {QStringLiteral("value"), value}});
}

QByteArray mailboxSettings(const Context &ctx, const User &u, const QString &contextUrl,
                           const QString &subProperty)
{
    const QString start = isoTime(ctx.nowMs).replace(QLatin1Char('Z'), QStringLiteral(".0000000"));
    const QJsonObject settings{
        {QStringLiteral("archiveFolder"), Ews::folderIdFor(u.upn, QStringLiteral("archiveroot"))},
        {QStringLiteral("timeZone"), QStringLiteral("UTC")},
        {QStringLiteral("delegateMeetingMessageDeliveryOptions"), QStringLiteral("sendToDelegateOnly")},
        {QStringLiteral("dateFormat"), QStringLiteral("M/d/yyyy")},
        {QStringLiteral("timeFormat"), QStringLiteral("h:mm tt")},
        {QStringLiteral("userPurpose"), QStringLiteral("user")},
        {QStringLiteral("automaticRepliesSetting"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("disabled")},
                     {QStringLiteral("externalAudience"), QStringLiteral("all")},
                     {QStringLiteral("internalReplyMessage"), QString()},
                     {QStringLiteral("externalReplyMessage"), QString()},
                     {QStringLiteral("scheduledStartDateTime"),
                      QJsonObject{{QStringLiteral("dateTime"), start},
                                  {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                     {QStringLiteral("scheduledEndDateTime"),
                      QJsonObject{{QStringLiteral("dateTime"), start},
                                  {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}}},
        {QStringLiteral("language"),
         QJsonObject{{QStringLiteral("locale"), QStringLiteral("en-US")},
                     {QStringLiteral("displayName"), QStringLiteral("English (United States)")}}},
        {QStringLiteral("workingHours"),
         QJsonObject{
             {QStringLiteral("daysOfWeek"),
              QJsonArray{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                         QStringLiteral("thursday"), QStringLiteral("friday")}},
             {QStringLiteral("startTime"), QStringLiteral("08:00:00.0000000")},
             {QStringLiteral("endTime"), QStringLiteral("17:00:00.0000000")},
             {QStringLiteral("timeZone"), QJsonObject{{QStringLiteral("name"), QStringLiteral("UTC")}}}}}};
    if (!subProperty.isEmpty())
        return orderedJson({{QStringLiteral("@odata.context"), contextUrl},
                            {QStringLiteral("value"), settings.value(subProperty)}});
    JsonFields f{{QStringLiteral("@odata.context"), contextUrl}};
    for (auto it = settings.begin(); it != settings.end(); ++it)
        f.append({it.key(), it.value()});
    return orderedJson(f);
}

QByteArray drive(const Context &ctx, const User &u, const QString &contextUrl, bool root)
{
    const TenantState &t = ctx.state;
    const QString created = isoTime(u.createdAt(ctx.nowMs).toMSecsSinceEpoch() + 3600000);
    const QString site = QStringLiteral("https://") + t.sharePointName + QStringLiteral("-my.") +
                         cloudInfo(t.cloud).sharePointSuffix + QStringLiteral("/personal/") +
                         SharePointEndpoints::personalSiteName(u.upn);
    const QString driveId =
        QStringLiteral("b!") +
        QString::fromLatin1(utf8(t.userId(u).toString(QUuid::Id128))
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (root)
        return orderedJson(
            {{QStringLiteral("@odata.context"), contextUrl},
             {QStringLiteral("createdDateTime"), created},
             {QStringLiteral("id"),
              QString(QStringLiteral("01") + t.userId(u).toString(QUuid::Id128).toUpper().left(32))},
             {QStringLiteral("lastModifiedDateTime"), created},
             {QStringLiteral("name"), QStringLiteral("root")},
             {QStringLiteral("webUrl"), QString(site + QStringLiteral("/Documents"))},
             {QStringLiteral("size"), 0},
             {QStringLiteral("parentReference"),
              QJsonObject{{QStringLiteral("driveType"), QStringLiteral("business")},
                          {QStringLiteral("driveId"), driveId}}},
             {QStringLiteral("folder"), QJsonObject{{QStringLiteral("childCount"), 0}}},
             {QStringLiteral("root"), QJsonObject()}});
    return orderedJson(
        {{QStringLiteral("@odata.context"), contextUrl},
         {QStringLiteral("createdDateTime"), created},
         {QStringLiteral("description"), QString()},
         {QStringLiteral("id"), driveId},
         {QStringLiteral("lastModifiedDateTime"), created},
         {QStringLiteral("name"), QStringLiteral("OneDrive")},
         {QStringLiteral("webUrl"), QString(site + QStringLiteral("/Documents"))},
         {QStringLiteral("driveType"), QStringLiteral("business")},
         {QStringLiteral("createdBy"),
          QJsonObject{{QStringLiteral("user"),
                       QJsonObject{{QStringLiteral("displayName"), QStringLiteral("System Account")}}}}},
         {QStringLiteral("owner"),
          QJsonObject{{QStringLiteral("user"),
                       QJsonObject{{QStringLiteral("email"), u.upn},
                                   {QStringLiteral("id"), t.userId(u).toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("displayName"), u.displayName}}}}},
         {QStringLiteral("quota"), QJsonObject{{QStringLiteral("deleted"), 0},
                                               {QStringLiteral("remaining"), 1099511627776.0},
                                               {QStringLiteral("state"), QStringLiteral("normal")},
                                               {QStringLiteral("total"), 1099511627776.0},
                                               {QStringLiteral("used"), 0}}}});
}

QByteArray organization(const Context &ctx, const QString &contextUrl)
{
    const TenantState &t = ctx.state;
    QJsonArray domains;
    for (const QString &d : t.verifiedDomains)
        domains << QJsonObject{
            {QStringLiteral("capabilities"), QStringLiteral("Email, OfficeCommunicationsOnline")},
            {QStringLiteral("isDefault"), d == t.verifiedDomains.first()},
            {QStringLiteral("isInitial"), d == t.initialDomain},
            {QStringLiteral("name"), d},
            {QStringLiteral("type"), QStringLiteral("Managed")}};
    bool synced = false;
    for (const User &u : t.users)
        synced = synced || (t.isEntraUser(u) && u.syncFromOnPrem);
    const QJsonObject org{{QStringLiteral("id"), t.tenantId.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("displayName"), t.displayName},
                          {QStringLiteral("tenantType"), QStringLiteral("AAD")},
                          {QStringLiteral("countryLetterCode"), QStringLiteral("US")},
                          {QStringLiteral("createdDateTime"), QStringLiteral("2023-06-01T00:00:00Z")},
                          {QStringLiteral("onPremisesSyncEnabled"), synced ? QJsonValue(true) : QJsonValue()},
                          {QStringLiteral("verifiedDomains"), domains}};
    return orderedJson(
        {{QStringLiteral("@odata.context"), contextUrl}, {QStringLiteral("value"), QJsonArray{org}}});
}

} // namespace AuthDoctor::Sim::Tenant::GraphEndpoints
