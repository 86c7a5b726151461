#include "Autodiscover.h"

#include "EwsSoap.h"

#include <QRandomGenerator>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace AuthDoctor::Sim::Tenant::Autodiscover {

namespace {

const QString kPoxRequestNs =
    QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006");
const QString kPoxResponseNs =
    QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006");
const QString kOutlookSchema =
    QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a");
const QString kSoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString kAutodiscoverNs = QStringLiteral("http://schemas.microsoft.com/exchange/2010/Autodiscover");

QString baseOf(const QString &ewsUrl)
{
    return ewsUrl.left(ewsUrl.indexOf(QLatin1Char('/'), 8));
}

QString poxError(const Context &ctx, int code, const QString &message)
{
    const QString time =
        QDateTime::fromMSecsSinceEpoch(ctx.nowMs, Qt::UTC).toString(QStringLiteral("HH:mm:ss.zzz")) +
        QStringLiteral("0000");
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\"%1\"><Response>"
                          "<Error Time=\"%2\" Id=\"%3\"><ErrorCode>%4</ErrorCode><Message>%5</Message>"
                          "<DebugData /></Error></Response></Autodiscover>")
        .arg(kPoxResponseNs, time,
             QString::number(QRandomGenerator::global()->bounded(1000000000, 2147483647)),
             QString::number(code), xmlEscape(message));
}

QString protocolBlock(const QString &type, const QString &server, const QString &ewsUrl, bool internal)
{
    const QString base = baseOf(ewsUrl);
    QString x = QStringLiteral("<Protocol><Type>%1</Type><Server>%2</Server><SSL>On</SSL>")
                    .arg(type, xmlEscape(server));
    if (!internal)
        x += QStringLiteral("<AuthPackage>Negotiate</AuthPackage>");
    x += QStringLiteral("<ASUrl>%1</ASUrl><EwsUrl>%1</EwsUrl><EmwsUrl>%1</EmwsUrl><EcpUrl>%2/owa/</EcpUrl>"
                        "<OOFUrl>%1</OOFUrl><OABUrl>%2/OAB/9d3b5a2e-7c1f-4e8a-b6d0-3f2a1c4e5b67/</OABUrl>"
                        "<ServerExclusiveConnect>On</ServerExclusiveConnect></Protocol>")
             .arg(xmlEscape(ewsUrl), xmlEscape(base));
    return x;
}

QString poxSettings(const Context &ctx, const Site &site, const Decision &d)
{
    const TenantState &t = ctx.state;
    const QString base = baseOf(d.ewsUrl);
    QString x =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\"%1\">"
                       "<Response xmlns=\"%2\"><User><DisplayName>%3</DisplayName><LegacyDN>%4</LegacyDN>"
                       "<AutoDiscoverSMTPAddress>%5</AutoDiscoverSMTPAddress>"
                       "<DeploymentId>%6</DeploymentId></User><Account><AccountType>email</AccountType>"
                       "<Action>settings</Action>")
            .arg(kPoxResponseNs, kOutlookSchema, xmlEscape(d.user->displayName),
                 xmlEscape(legacyDn(t, *d.user, site.cloud)), xmlEscape(d.user->upn),
                 t.tenantId.toString(QUuid::WithoutBraces));
    if (site.cloud) {
        x +=
            QStringLiteral("<MicrosoftOnline>True</MicrosoftOnline><ConsumerMailbox>False</ConsumerMailbox>");
        x += protocolBlock(QStringLiteral("EXPR"), base.mid(8), d.ewsUrl, false);
    } else {
        x += protocolBlock(QStringLiteral("EXCH"),
                           t.onPrem->serverName() + QLatin1Char('.') + t.onPrem->domain(), d.ewsUrl, true);
        x += protocolBlock(QStringLiteral("EXPR"), t.onPrem->host, d.ewsUrl, false);
    }
    x += QStringLiteral(
             "<Protocol><Type>WEB</Type><Internal><OWAUrl AuthenticationMethod=\"Fba\">%1/owa/</OWAUrl>"
             "<Protocol><Type>EXPR</Type><ASUrl>%2</ASUrl></Protocol></Internal></Protocol>"
             "</Account></Response></Autodiscover>")
             .arg(xmlEscape(base), xmlEscape(d.ewsUrl));
    return x;
}

QString poxRedirect(const QString &action, const QString &element, const QString &target)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?><Autodiscover xmlns=\"%1\"><Response xmlns=\"%2\">"
               "<Account><AccountType>email</AccountType><Action>%3</Action><%4>%5</%4></Account>"
               "</Response></Autodiscover>")
        .arg(kPoxResponseNs, kOutlookSchema, action, element, xmlEscape(target));
}

struct SoapRequest
{
    bool wellFormed = false;
    QString operation;
    QString action;
    QStringList mailboxes;
    QStringList settings;
};

SoapRequest parseSoap(const QByteArray &body)
{
    SoapRequest r;
    QXmlStreamReader xml(body);
    int depth = 0;
    bool inBody = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 1 && (name != QLatin1String("Envelope") || xml.namespaceUri() != kSoapNs))
                return r;
            if (depth == 2 && name == QLatin1String("Body"))
                inBody = true;
            else if (inBody && depth == 3 && r.operation.isEmpty())
                r.operation =
                    xml.namespaceUri() == kAutodiscoverNs ? name : QStringLiteral("{foreign}") + name;
            else if (name == QLatin1String("Action") && !inBody) {
                r.action = xml.readElementText().trimmed();
                --depth;
            } else if (inBody && name == QLatin1String("Mailbox")) {
                r.mailboxes << xml.readElementText().trimmed();
                --depth;
            } else if (inBody && name == QLatin1String("Setting")) {
                r.settings << xml.readElementText().trimmed();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    r.wellFormed = !xml.hasError() && !r.operation.isEmpty();
    return r;
}

QString soapEnvelope(const Ews::Server &s, const QString &response)
{
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"%1\" "
               "xmlns:a=\"http://www.w3.org/2005/08/addressing\"><s:Header>"
               "<a:Action s:mustUnderstand=\"1\">%2/Autodiscover/GetUserSettingsResponse</a:Action>"
               "<h:ServerVersionInfo xmlns:h=\"%2\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">"
               "<h:MajorVersion>%3</h:MajorVersion><h:MinorVersion>%4</h:MinorVersion>"
               "<h:MajorBuildNumber>%5</h:MajorBuildNumber><h:MinorBuildNumber>%6</h:MinorBuildNumber>"
               "<h:Version>Exchange2015</h:Version></h:ServerVersionInfo></s:Header><s:Body>"
               "<GetUserSettingsResponseMessage xmlns=\"%2\">"
               "<Response xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\">%7</Response>"
               "</GetUserSettingsResponseMessage></s:Body></s:Envelope>")
        .arg(kSoapNs, kAutodiscoverNs)
        .arg(s.major)
        .arg(s.minor)
        .arg(s.build)
        .arg(s.revision)
        .arg(response);
}

QString userResponse(const QString &code, const QString &message, const QString &redirect,
                     const QString &errors, const QString &settings)
{
    return QStringLiteral(
               "<UserResponse><ErrorCode>%1</ErrorCode><ErrorMessage>%2</ErrorMessage>%3"
               "<UserSettingErrors>%4</UserSettingErrors><UserSettings>%5</UserSettings></UserResponse>")
        .arg(code, xmlEscape(message),
             redirect.isEmpty()
                 ? QStringLiteral("<RedirectTarget i:nil=\"true\"/>")
                 : QStringLiteral("<RedirectTarget>%1</RedirectTarget>").arg(xmlEscape(redirect)),
             errors, settings);
}

std::optional<QString> settingValue(const Context &ctx, const Site &site, const Decision &d,
                                    const QString &name)
{
    const TenantState &t = ctx.state;
    const User &u = *d.user;
    const Ews::Server server =
        site.cloud ? Ews::exchangeOnlineServer() : Ews::onPremServer(t.onPrem->version);
    if (name == QLatin1String("UserDisplayName"))
        return u.displayName;
    if (name == QLatin1String("UserDN"))
        return legacyDn(t, u, site.cloud);
    if (name == QLatin1String("UserDeploymentId"))
        return t.tenantId.toString(QUuid::WithoutBraces);
    if (name == QLatin1String("AutoDiscoverSMTPAddress"))
        return u.upn;
    if (name == QLatin1String("ExternalEwsUrl"))
        return d.ewsUrl;
    if (name == QLatin1String("InternalEwsUrl") && !site.cloud)
        return d.ewsUrl;
    if (name == QLatin1String("EwsSupportedSchemas"))
        return server.supportedVersions.filter(QStringLiteral("Exchange")).join(QStringLiteral(", "));
    if (name == QLatin1String("CasVersion"))
        return QStringLiteral("%1.%2.%3.%4")
            .arg(server.major)
            .arg(server.minor)
            .arg(server.build)
            .arg(server.revision);
    if (name == QLatin1String("UserMSOnline"))
        return site.cloud ? QStringLiteral("True") : QStringLiteral("False");
    if (name == QLatin1String("ExternalMailboxServer"))
        return baseOf(d.ewsUrl).mid(8);
    if (name == QLatin1String("MailboxDN"))
        return legacyDn(t, u, site.cloud) + QStringLiteral("/cn=Mailbox");
    return std::nullopt;
}

const QStringList kKnownSettings{QStringLiteral("UserDisplayName"),
                                 QStringLiteral("UserDN"),
                                 QStringLiteral("UserDeploymentId"),
                                 QStringLiteral("AutoDiscoverSMTPAddress"),
                                 QStringLiteral("ExternalEwsUrl"),
                                 QStringLiteral("InternalEwsUrl"),
                                 QStringLiteral("EwsSupportedSchemas"),
                                 QStringLiteral("CasVersion"),
                                 QStringLiteral("UserMSOnline"),
                                 QStringLiteral("ExternalMailboxServer"),
                                 QStringLiteral("MailboxDN"),
                                 QStringLiteral("InternalMailboxServer"),
                                 QStringLiteral("ActiveDirectoryServer"),
                                 QStringLiteral("ExternalEwsVersion"),
                                 QStringLiteral("GroupingInformation")};

} // namespace

QString exoEwsUrl(Cloud c)
{
    return QStringLiteral("https://") + cloudInfo(c).exoHosts.first() + QStringLiteral("/EWS/Exchange.asmx");
}

QString onPremEwsUrl(const OnPrem &op)
{
    return QStringLiteral("https://") + op.host + QStringLiteral("/EWS/Exchange.asmx");
}

QString legacyDn(const TenantState &t, const User &u, bool cloud)
{
    if (cloud)
        return QStringLiteral(
                   "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=") +
               t.userId(u).toString(QUuid::Id128) + QLatin1Char('-') + u.localPart();
    return QStringLiteral("/o=") + (t.onPrem ? t.onPrem->netbiosDomain() : QString()) +
           QStringLiteral("/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=") +
           u.localPart();
}

Decision decide(const Context &ctx, const Site &site, const QString &address, bool soap)
{
    const TenantState &t = ctx.state;
    Decision d;
    const User *u = t.findUser(address);
    const QString ext = soap ? QStringLiteral("svc") : QStringLiteral("xml");
    if (site.cloud) {
        if (!u || !t.isEntraUser(*u) || !sameServiceCloud(site.hostCloud, t.cloud))
            return d;
        d.user = u;
        if (u->mailbox == Mailbox::Cloud) {
            d.kind = Kind::Settings;
            d.ewsUrl = exoEwsUrl(site.hostCloud);
        } else if (u->mailbox == Mailbox::OnPrem && t.onPrem) {
            d.kind = Kind::RedirectUrl;
            d.target = QStringLiteral("https://") + t.onPrem->host +
                       QStringLiteral("/autodiscover/autodiscover.") + ext;
        }
        return d;
    }
    if (!u || !t.isOnPremAccount(*u))
        return d;
    d.user = u;
    if (u->mailbox == Mailbox::OnPrem) {
        d.kind = Kind::Settings;
        d.ewsUrl = onPremEwsUrl(*t.onPrem);
    } else if (u->mailbox == Mailbox::Cloud && t.isEntraUser(*u)) {
        d.kind = Kind::RedirectAddr; // the remote mailbox's targetAddress
        d.target = u->localPart() + QLatin1Char('@') + t.mailOnMicrosoftDomain();
    }
    return d;
}

SimResponse pox(const Context &ctx, const Site &site)
{
    QXmlStreamReader xml(ctx.request.body);
    QString email;
    QString legacy;
    QString schema;
    bool rootOk = false;
    int depth = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = xml.name().toString();
            if (depth == 1)
                rootOk = name == QLatin1String("Autodiscover") && xml.namespaceUri() == kPoxRequestNs;
            else if (name == QLatin1String("EMailAddress")) {
                email = xml.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("LegacyDN")) {
                legacy = xml.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("AcceptableResponseSchema")) {
                schema = xml.readElementText().trimmed();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    const auto answer = [](const QString &x, const QString &rule) {
        return SimResponse::xml(200, utf8(x), rule);
    };
    if (xml.hasError() || !rootOk || (email.isEmpty() && legacy.isEmpty()))
        return answer(poxError(ctx, 600, QStringLiteral("Invalid Request")),
                      QStringLiteral("tenant:autodiscover-pox-600"));
    if (schema != kOutlookSchema)
        return answer(poxError(ctx, 601, QStringLiteral("Provider is not available.")),
                      QStringLiteral("tenant:autodiscover-pox-601"));
    if (!legacy.isEmpty()) { // the server uses LegacyDN when both are sent
        email.clear();
        for (const User &u : ctx.state.users)
            if (legacyDn(ctx.state, u, site.cloud).compare(legacy, Qt::CaseInsensitive) == 0)
                email = u.upn;
    }
    const Decision d = decide(ctx, site, email, false);
    switch (d.kind) {
    case Kind::Settings:
        return answer(poxSettings(ctx, site, d), QStringLiteral("tenant:autodiscover-pox-settings"));
    case Kind::RedirectAddr:
        return answer(poxRedirect(QStringLiteral("redirectAddr"), QStringLiteral("RedirectAddr"), d.target),
                      QStringLiteral("tenant:autodiscover-pox-redirectaddr"));
    case Kind::RedirectUrl:
        return answer(poxRedirect(QStringLiteral("redirectUrl"), QStringLiteral("RedirectUrl"), d.target),
                      QStringLiteral("tenant:autodiscover-pox-redirecturl"));
    case Kind::NotFound:
        break;
    }
    return answer(poxError(ctx, 500, QStringLiteral("The email address can't be found.")),
                  QStringLiteral("tenant:autodiscover-pox-500"));
}

SimResponse soap(const Context &ctx, const Site &site)
{
    const SoapRequest req = parseSoap(ctx.request.body);
    if (!req.wellFormed)
        return SimResponse::empty(400, QStringLiteral("tenant:autodiscover-soap-bad-request"));
    if (req.operation != QLatin1String("GetUserSettingsRequestMessage")) {
        const QString action = req.action.isEmpty() ? req.operation : req.action;
        const QString x =
            QStringLiteral(
                "<s:Envelope xmlns:s=\"%1\"><s:Body><s:Fault><faultcode "
                "xmlns:a=\"http://schemas.microsoft.com/ws/2005/05/addressing/none\">a:ActionNotSupported"
                "</faultcode><faultstring xml:lang=\"en-US\">The message with Action '%2' cannot be "
                "processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher. "
                "This may be because of either a contract mismatch (mismatched Actions between sender and "
                "receiver) or a binding/security mismatch between the sender and the receiver.  Check that "
                "sender and receiver have the same contract and the same binding (including security "
                "requirements, e.g. Message, Transport, None).</faultstring></s:Fault></s:Body>"
                "</s:Envelope>")
                .arg(kSoapNs, xmlEscape(action));
        return SimResponse::xml(500, utf8(x),
                                QStringLiteral("tenant:autodiscover-soap-action-not-supported"));
    }
    const Ews::Server server =
        site.cloud ? Ews::exchangeOnlineServer() : Ews::onPremServer(ctx.state.onPrem->version);
    if (ctx.throttled) {
        SimResponse r = SimResponse::xml(
            200,
            utf8(soapEnvelope(
                server, QStringLiteral("<ErrorCode>ServerBusy</ErrorCode><ErrorMessage>The server is too "
                                       "busy to process the request.</ErrorMessage><UserResponses/>"))),
            QStringLiteral("tenant:autodiscover-soap-server-busy"));
        return r;
    }
    QString users;
    QString rule = QStringLiteral("tenant:autodiscover-soap-settings");
    for (const QString &mailbox : req.mailboxes) {
        const Decision d = decide(ctx, site, mailbox, true);
        switch (d.kind) {
        case Kind::Settings: {
            QString errors;
            QString settings;
            for (const QString &name : req.settings) {
                const auto value = settingValue(ctx, site, d, name);
                if (value) {
                    settings += QStringLiteral(
                                    "<UserSetting i:type=\"StringSetting\"><Name>%1</Name><Value>%2</Value>"
                                    "</UserSetting>")
                                    .arg(xmlEscape(name), xmlEscape(*value));
                } else {
                    const bool known = kKnownSettings.contains(name);
                    errors +=
                        QStringLiteral("<UserSettingError><ErrorCode>%1</ErrorCode><ErrorMessage>%2"
                                       "</ErrorMessage><SettingName>%3</SettingName></UserSettingError>")
                            .arg(known ? QStringLiteral("SettingIsNotAvailable")
                                       : QStringLiteral("InvalidSetting"),
                                 known ? QStringLiteral("The requested setting is not available.")
                                       : QStringLiteral("The requested setting is invalid."),
                                 xmlEscape(name));
                }
            }
            users +=
                userResponse(QStringLiteral("NoError"), QStringLiteral("No error."), {}, errors, settings);
            break;
        }
        case Kind::RedirectAddr:
            users += userResponse(QStringLiteral("RedirectAddress"), QStringLiteral("Redirection address."),
                                  d.target, {}, {});
            rule = QStringLiteral("tenant:autodiscover-soap-redirectaddress");
            break;
        case Kind::RedirectUrl:
            users += userResponse(QStringLiteral("RedirectUrl"), QStringLiteral("Redirection URL."), d.target,
                                  {}, {});
            rule = QStringLiteral("tenant:autodiscover-soap-redirecturl");
            break;
        case Kind::NotFound:
            // "Invalid user 'x'" without a colon, as a live server answers (facts §9.11).
            users += userResponse(QStringLiteral("InvalidUser"),
                                  QStringLiteral("Invalid user '%1'").arg(mailbox), {}, {}, {});
            rule = QStringLiteral("tenant:autodiscover-soap-invaliduser");
            break;
        }
    }
    const QString body =
        QStringLiteral("<ErrorCode>NoError</ErrorCode><ErrorMessage/><UserResponses>%1</UserResponses>")
            .arg(users);
    return SimResponse::xml(200, utf8(soapEnvelope(server, body)), rule);
}

bool isV2Path(const QString &lowerPath)
{
    return lowerPath == QLatin1String("/autodiscover/autodiscover.json") ||
           lowerPath.startsWith(QLatin1String("/autodiscover/autodiscover.json/v1.0/"));
}

namespace {

// The protocols Autodiscover v2 knows (facts §1.2f, §9.5d) and their Exchange Online
// URLs; the on-premises server knows the first four.
struct V2Protocol
{
    const char *name;
    bool onPrem;
};
constexpr V2Protocol kV2Protocols[] = {
    {"Rest", true},
    {"ActiveSync", true},
    {"Ews", true},
    {"AutodiscoverV1", true},
    {"Substrate", false},
    {"SubstrateSearchService", false},
    {"SubstrateNotificationService", false},
    {"OutlookMeetingScheduler", false},
    {"OutlookPay", false},
};

QString cloudProtocolUrl(const QString &protocol, Cloud c)
{
    const QString exo = QStringLiteral("https://") + cloudInfo(c).exoHosts.first();
    const bool worldwide = sameServiceCloud(c, Cloud::Commercial);
    // outlook.office.com and substrate.office.com are the worldwide hosts; national clouds
    // serve these protocols from their Exchange Online host (UNVERIFIED).
    const QString office = worldwide ? QStringLiteral("https://outlook.office.com") : exo;
    const QString substrate = worldwide ? QStringLiteral("https://substrate.office.com") : exo;
    if (protocol == QLatin1String("Ews"))
        return exo + QStringLiteral("/EWS/Exchange.asmx");
    if (protocol == QLatin1String("AutodiscoverV1"))
        return exo + QStringLiteral("/autodiscover/autodiscover.xml");
    if (protocol == QLatin1String("ActiveSync"))
        return exo + QStringLiteral("/Microsoft-Server-ActiveSync");
    if (protocol == QLatin1String("Rest"))
        return office + QStringLiteral("/api");
    if (protocol == QLatin1String("Substrate"))
        return substrate;
    if (protocol == QLatin1String("SubstrateSearchService"))
        return exo + QStringLiteral("/search");
    if (protocol == QLatin1String("SubstrateNotificationService"))
        return substrate + QStringLiteral("/insights");
    if (protocol == QLatin1String("OutlookMeetingScheduler"))
        return office + QStringLiteral("/scheduling/api");
    return office + QStringLiteral("/opay"); // OutlookPay
}

QString onPremProtocolUrl(const QString &protocol, const OnPrem &op)
{
    const QString base = QStringLiteral("https://") + op.host;
    if (protocol == QLatin1String("Ews"))
        return base + QStringLiteral("/EWS/Exchange.asmx");
    if (protocol == QLatin1String("AutodiscoverV1"))
        return base + QStringLiteral("/autodiscover/autodiscover.xml");
    if (protocol == QLatin1String("ActiveSync"))
        return base + QStringLiteral("/Microsoft-Server-ActiveSync");
    return base + QStringLiteral("/api"); // Rest
}

SimResponse v2Redirect(const QString &host, const QString &email, const QString &protocol)
{
    SimResponse r = SimResponse::empty(302, QStringLiteral("tenant:autodiscover-v2-redirect"));
    r.setHeader("Location", "https://" + utf8(host) + "/autodiscover/autodiscover.json/v1.0/" +
                                QUrl::toPercentEncoding(email, "@") +
                                "?Protocol=" + QUrl::toPercentEncoding(protocol) + "&RedirectCount=1");
    return r;
}

} // namespace

SimResponse v2(const Context &ctx, const Site &site)
{
    const TenantState &t = ctx.state;
    const QUrlQuery q = ctx.request.query();
    const auto item = [&](const char *name) {
        for (const auto &p : q.queryItems(QUrl::FullyDecoded))
            if (p.first.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return p.second;
        return QString();
    };
    const QString path = ctx.request.path();
    QString email = item("Email");
    const qsizetype v1 = path.indexOf(QLatin1String("/v1.0/"), 0, Qt::CaseInsensitive);
    if (v1 >= 0)
        email = path.mid(v1 + 6);
    const QString protocol = item("Protocol");
    const auto jsonError = [](const QString &code, const QString &message, const QString &rule) {
        return SimResponse::json(
            400,
            orderedJson({{QStringLiteral("ErrorCode"), code}, {QStringLiteral("ErrorMessage"), message}}),
            rule);
    };
    if (!email.contains(QLatin1Char('@')))
        return jsonError(QStringLiteral("InvalidUser"),
                         QStringLiteral("The given SMTP address '%1' is invalid.").arg(email),
                         QStringLiteral("tenant:autodiscover-v2-invalid-user"));
    QString canonical;
    QStringList supported;
    for (const V2Protocol &p : kV2Protocols) {
        if (!site.cloud && !p.onPrem)
            continue;
        supported << QLatin1String(p.name);
        if (protocol.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0)
            canonical = QLatin1String(p.name);
    }
    if (canonical.isEmpty())
        return jsonError(QStringLiteral("InvalidProtocol"),
                         QStringLiteral("The given protocol value '%1' is invalid. Supported values are '%2'")
                             .arg(protocol, supported.join(QLatin1Char(','))),
                         QStringLiteral("tenant:autodiscover-v2-invalid-protocol"));

    const User *u = t.findUser(email);
    const bool tenantUser = u && t.isEntraUser(*u);
    QString url;
    QString rule = QStringLiteral("tenant:autodiscover-v2-cloud");
    if (site.cloud) {
        // A mailbox of another cloud: to that cloud's Autodiscover (facts §9.5a). A hybrid user
        // whose mailbox is on-premises: 302 to the on-premises Autodiscover (§9.5b). Any other
        // address, unknown ones included, gets this cloud's URL (§9.5c: no enumeration).
        if (tenantUser && !sameServiceCloud(site.hostCloud, t.cloud))
            return v2Redirect(cloudInfo(t.cloud).autodiscoverHost, email, protocol);
        if (tenantUser && u->mailbox == Mailbox::OnPrem && t.onPrem)
            return v2Redirect(t.onPrem->autodiscoverHost(), email, protocol);
        url = cloudProtocolUrl(canonical, site.hostCloud);
    } else if (u && u->mailbox == Mailbox::Cloud && tenantUser) {
        url = cloudProtocolUrl(canonical, t.cloud); // a migrated (remote) mailbox
    } else {
        url = onPremProtocolUrl(canonical, *t.onPrem);
        rule = QStringLiteral("tenant:autodiscover-v2-onprem");
    }
    // The protocol name comes back as it was sent (facts §9.5d).
    return SimResponse::json(
        200, orderedJson({{QStringLiteral("Protocol"), protocol}, {QStringLiteral("Url"), url}}), rule);
}

} // namespace AuthDoctor::Sim::Tenant::Autodiscover
