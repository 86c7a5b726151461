#include "Plan.h"

#include "Checks.h"

namespace AuthDoctor::Engine {

namespace {

constexpr const char *kCtx = "AuthDoctor::Checks";

struct Entry
{
    const char *id;
    const char *title;
};

// Every check's title, in one place (lupdate reads them here).
const Entry kTitles[] = {
    {"tenant-discovery", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Find the tenant and its cloud")},
    {"user-realm",
     QT_TRANSLATE_NOOP("AuthDoctor::Checks", "How the account signs in (managed or federated)")},
    {"basic-auth-retired",
     QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Sign-in method allowed by Microsoft 365")},
    {"token-password-grant", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Sign in with the account's password")},
    {"token-client-credentials",
     QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Sign in as the application (client secret)")},
    {"token-graph", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Token for Microsoft Graph")},
    {"autodiscover-v1", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Find the EWS URL with Autodiscover")},
    {"onprem-challenge",
     QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Exchange Server answers and offers the project's sign-in")},
    {"onprem-latency", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Exchange Server response time")},
    {"onprem-auth",
     QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Sign in to Exchange Server as the project does")},
    {"autodiscover-v2", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Where Exchange Online serves the mailbox")},
    {"ews-challenge", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "EWS address and the sign-in it asks for")},
    {"ews-latency", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "EWS response time")},
    {"ews-access", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Open the mailbox through EWS")},
    {"graph-user", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The user exists and is enabled")},
    {"graph-licenses", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Licence plans of the user")},
    {"graph-mailbox", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Cloud mailbox of the user")},
    {"graph-drive", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "OneDrive of the user")},
    {"sharepoint-site", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Open the OneDrive site in SharePoint")},
    {"graph-security-defaults", QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Security defaults of the tenant")},
};

const char *titleOf(const QString &id)
{
    for (const Entry &e : kTitles)
        if (id == QLatin1String(e.id))
            return e.title;
    return nullptr;
}

CheckSpec spec(const char *id, QStringList deps,
               std::function<Check *(const NetworkContext &, QObject *)> make,
               QStringList requiresPassed = {})
{
    CheckSpec s;
    s.id = QString::fromLatin1(id);
    s.title = titleOf(s.id);
    s.dependsOn = std::move(deps);
    s.requiresPassed = std::move(requiresPassed);
    s.make = std::move(make);
    return s;
}

// Exchange Online: Autodiscover v2 and the EWS challenge without credentials, then the response
// time, then the mailbox with the Exchange token (only for a sign-in that makes one).
void addExchangeOnline(QList<CheckSpec> &plan, const Inputs &in)
{
    const QString autodiscover = QStringLiteral("autodiscover-v2");
    const QString challenge = QStringLiteral("ews-challenge");
    plan << spec("autodiscover-v2", {}, &Checks::autodiscoverV2);
    plan << spec("ews-challenge", {autodiscover}, &Checks::ewsChallenge);
    plan << spec("ews-latency", {challenge}, &Checks::ewsLatency, {challenge});
    if (in.auth == AuthMethod::Delegated || in.auth == AuthMethod::AppOnly) {
        const QString token = in.auth == AuthMethod::AppOnly ? QStringLiteral("token-client-credentials")
                                                             : QStringLiteral("token-password-grant");
        plan << spec("ews-access", {token, challenge, autodiscover}, &Checks::ewsAccess);
    }
}

// The Graph checks, after the check that holds the Graph token: token-graph for Exchange Online,
// the main token check for OneDrive (it asks for a Graph token there).
QList<CheckSpec> graphChecks(const Inputs &in)
{
    const bool oneDrive = in.endpoint == EndpointKind::OneDrive;
    const QString token = !oneDrive                        ? QStringLiteral("token-graph")
                          : in.auth == AuthMethod::AppOnly ? QStringLiteral("token-client-credentials")
                                                           : QStringLiteral("token-password-grant");
    const QString user = QStringLiteral("graph-user");
    const QString licenses = QStringLiteral("graph-licenses");
    QList<CheckSpec> out;
    out << spec("graph-user", {token}, &Checks::graphUser, {token});
    out << spec("graph-licenses", {token, user}, &Checks::graphLicenses, {token});
    if (oneDrive) {
        out << spec("graph-drive", {token, user, licenses}, &Checks::graphDrive, {token});
        out << spec("sharepoint-site", {token, QStringLiteral("graph-drive")}, &Checks::sharePointSite,
                    {token});
    } else {
        out << spec("graph-mailbox", {token, user, licenses}, &Checks::graphMailbox, {token});
    }
    out << spec("graph-security-defaults", {token}, &Checks::graphSecurityDefaults, {token});
    return out;
}

} // namespace

Message CheckSpec::titleMessage() const
{
    return checkTitle(id);
}

Message checkTitle(const QString &checkId)
{
    const char *t = titleOf(checkId);
    return t ? msg(kCtx, t) : Message{QString::fromLatin1(kCtx), checkId, {}};
}

QStringList allCheckIds()
{
    QStringList out;
    for (const Entry &e : kTitles)
        out << QString::fromLatin1(e.id);
    return out;
}

QList<CheckSpec> planFor(const Inputs &in)
{
    const QString discovery = QStringLiteral("tenant-discovery");
    const QString realm = QStringLiteral("user-realm");
    QList<CheckSpec> plan;
    const bool cloudEndpoint = in.endpoint != EndpointKind::ExchangeServer;
    if (cloudEndpoint) {
        plan << spec("tenant-discovery", {}, &Checks::tenantDiscovery);
        switch (in.auth) {
        case AuthMethod::Basic:
        case AuthMethod::Ntlm:
            plan << spec("basic-auth-retired", {}, &Checks::legacyAuthForCloud);
            plan << spec("user-realm", {}, &Checks::userRealm);
            break;
        case AuthMethod::AppOnly:
            plan << spec("token-client-credentials", {discovery}, &Checks::clientCredentials);
            if (in.endpoint == EndpointKind::ExchangeOnline)
                plan << spec("token-graph", {QStringLiteral("token-client-credentials")}, &Checks::graphToken,
                             {QStringLiteral("token-client-credentials")});
            break;
        case AuthMethod::Delegated:
        case AuthMethod::Unknown:
            plan << spec("user-realm", {}, &Checks::userRealm);
            plan << spec("token-password-grant", {discovery, realm}, &Checks::passwordGrant);
            if (in.endpoint == EndpointKind::ExchangeOnline)
                plan << spec("token-graph", {QStringLiteral("token-password-grant")}, &Checks::graphToken,
                             {QStringLiteral("token-password-grant")});
            break;
        }
        if (in.endpoint == EndpointKind::ExchangeOnline && in.auth != AuthMethod::Basic &&
            in.auth != AuthMethod::Ntlm)
            addExchangeOnline(plan, in);
        if (in.auth != AuthMethod::Basic && in.auth != AuthMethod::Ntlm)
            plan << graphChecks(in);
    } else {
        // Exchange Server: the EWS URL (given, or found by Autodiscover), its challenge, the sign-in.
        const QString autodiscover = QStringLiteral("autodiscover-v1");
        const QString challenge = QStringLiteral("onprem-challenge");
        QStringList before;
        if (in.ewsUrl.isEmpty()) {
            plan << spec("autodiscover-v1", {}, &Checks::autodiscoverV1);
            before << autodiscover;
        }
        plan << spec("onprem-challenge", before, &Checks::onPremChallenge, before);
        // The response time beside the sign-in: neither waits for the other.
        plan << spec("onprem-latency", {challenge}, &Checks::onPremLatency, {challenge});
        plan << spec("onprem-auth", {challenge}, &Checks::onPremAuth, {challenge});
    }
    return plan;
}

} // namespace AuthDoctor::Engine
