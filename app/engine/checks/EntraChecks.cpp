#include "CheckHelpers.h"
#include "engine/Checks.h"

#include "core/Clouds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace AuthDoctor::Engine::Checks {

namespace {

const QString kTenantDiscovery = QStringLiteral("tenant-discovery");
const QString kUserRealm = QStringLiteral("user-realm");

// GET /{tenant}/v2.0/.well-known/openid-configuration: tenant id and cloud (facts §1.2a, §1.1).
class TenantDiscovery : public Check
{
public:
    using Check::Check;

protected:
    void run() override
    {
        const QString hint = inputs().tenantHint();
        if (hint.isEmpty()) {
            finish(
                CheckStatus::Skipped,
                msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                            "No tenant, user or mailbox was given to find the tenant by.")));
            return;
        }
        HttpJob::Request r;
        r.url =
            QUrl(loginBase(inputs()) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(hint)) +
                 QStringLiteral("/v2.0/.well-known/openid-configuration"));
        send(r, [this, hint](HttpJob &job) { done(job, hint); });
    }

private:
    void done(HttpJob &job, const QString &hint)
    {
        Message summary;
        if (handleNetworkFailure(*this, job, mutableResult(), &summary) ||
            handleUnexpectedRedirect(job, mutableResult(), &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        if (job.status() != 200) {
            QStringList codes;
            QStringList f = findingsFromResponse(job, &codes);
            for (const QString &c : std::as_const(codes))
                addCode(c);
            if (f.isEmpty())
                f << QStringLiteral("tenant-not-found");
            for (const QString &x : std::as_const(f))
                addFinding(x);
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Microsoft Entra ID does not know the tenant %1 (HTTP %2)."),
                       {hint, QString::number(job.status())}));
            return;
        }
        QJsonObject o;
        if (handleUnreadableJson(job, mutableResult(), &summary, &o)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        const QString tokenEndpoint = o.value(QStringLiteral("token_endpoint")).toString();
        static const QRegularExpression guid(
            QStringLiteral("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"),
            QRegularExpression::CaseInsensitiveOption);
        const QString tenantId =
            guid.match(tokenEndpoint.isEmpty() ? o.value(QStringLiteral("issuer")).toString() : tokenEndpoint)
                .captured(1)
                .toLower();
        const QString instance = o.value(QStringLiteral("cloud_instance_name")).toString();
        const QString subScope = o.value(QStringLiteral("tenant_region_sub_scope")).toString();
        setFact(QStringLiteral("tenant_id"), tenantId);
        setFact(QStringLiteral("cloud_instance_name"), instance);
        setFact(QStringLiteral("tenant_region_sub_scope"), subScope);
        if (tenantId.isEmpty()) {
            addFinding(QStringLiteral("unrecognized-error"));
            finish(CheckStatus::Error,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "The OpenID configuration names no tenant id.")));
            return;
        }
        // Which cloud is the tenant in? DOD/DODCON → US government; the instance name otherwise.
        std::optional<Cloud> actual;
        if (subScope.compare(QLatin1String("DOD"), Qt::CaseInsensitive) == 0)
            actual = Cloud::Dod;
        else if (subScope.compare(QLatin1String("DODCON"), Qt::CaseInsensitive) == 0)
            actual = Cloud::GccHigh;
        else if (instance == Clouds::info(Cloud::China).cloudInstanceName)
            actual = Cloud::China;
        else if (instance == Clouds::info(Cloud::GccHigh).cloudInstanceName)
            actual = Cloud::GccHigh;
        else if (!instance.isEmpty())
            actual = subScope.compare(QLatin1String("GCC"), Qt::CaseInsensitive) == 0 ? Cloud::Gcc
                                                                                      : Cloud::Commercial;
        const Cloud chosen = inputs().cloud;
        if (actual) {
            setFact(QStringLiteral("cloud"), cloudToString(*actual));
            const bool sameInstance = Clouds::instanceOf(*actual) == Clouds::instanceOf(chosen);
            const bool sameExo = Clouds::info(*actual).ewsHost() == Clouds::info(chosen).ewsHost();
            if (!sameInstance || !sameExo) {
                addFinding(QStringLiteral("wrong-cloud"));
                finish(
                    CheckStatus::Failed,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "The tenant %1 is in the %2 cloud, but the project is set to %3."),
                        {tenantId, cloudToString(*actual), cloudToString(chosen)}));
                return;
            }
        }
        ruleOut(QStringLiteral("tenant-not-found"));
        ruleOut(QStringLiteral("wrong-cloud"));
        finish(CheckStatus::Passed,
               msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Tenant %1 found (%2)."),
                   {tenantId, instance.isEmpty() ? cloudToString(chosen) : instance}));
    }
};

// GET getuserrealm.srf: managed or federated (facts §1.2b, §9.10). A hint, never a verdict alone.
class UserRealm : public Check
{
public:
    using Check::Check;

protected:
    void run() override
    {
        if (inputs().user.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No user name was given.")));
            return;
        }
        HttpJob::Request r;
        QUrl url(loginBase(inputs()) + QStringLiteral("/getuserrealm.srf"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("login"), inputs().user);
        q.addQueryItem(QStringLiteral("json"), QStringLiteral("1"));
        url.setQuery(q);
        r.url = url;
        send(r, [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        Message summary;
        if (handleNetworkFailure(*this, job, mutableResult(), &summary) ||
            handleUnexpectedRedirect(job, mutableResult(), &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        QJsonObject o;
        if (job.status() == 200 && handleUnreadableJson(job, mutableResult(), &summary, &o)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        const QString ns = o.value(QStringLiteral("NameSpaceType")).toString();
        setFact(QStringLiteral("namespace_type"), ns);
        const QString authUrl = o.value(QStringLiteral("AuthURL")).toString();
        if (!authUrl.isEmpty())
            setFact(QStringLiteral("federation_host"), QUrl(authUrl).host());
        if (job.status() != 200 || ns.isEmpty()) {
            finish(CheckStatus::Error,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The realm lookup gave no answer (HTTP %1)."),
                       {QString::number(job.status())}));
            return;
        }
        if (ns.compare(QLatin1String("Federated"), Qt::CaseInsensitive) == 0) {
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 is in a federated domain: passwords are checked by %2, not by "
                                         "Microsoft Entra ID."),
                       {inputs().user, authUrl.isEmpty() ? QStringLiteral("the federation service")
                                                         : QUrl(authUrl).host()}));
            return;
        }
        if (ns.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0) {
            addFinding(QStringLiteral("wrong-username"));
            addFinding(QStringLiteral("tenant-not-found"));
            finish(CheckStatus::Warning,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "The domain of %1 is not registered in Microsoft Entra ID."),
                       {inputs().user}));
            return;
        }
        ruleOut(QStringLiteral("federated-sign-in"));
        finish(CheckStatus::Passed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 signs in with a cloud-managed password."),
                   {inputs().user}));
    }
};

enum class Resource
{
    Exchange,
    Graph
};

// The token request of both grants, and what its answer says.
class TokenCheck : public Check
{
public:
    // grant: true app-only, false password, nullopt as the inputs say.
    TokenCheck(QString id, const NetworkContext &ctx, QObject *parent, std::optional<bool> appOnly,
               std::optional<Resource> fixed)
        : Check(std::move(id), ctx, parent), m_grant(appOnly), m_fixed(fixed)
    {
    }

protected:
    Resource resource() const
    {
        if (m_fixed)
            return *m_fixed;
        return inputs().endpoint == EndpointKind::OneDrive ? Resource::Graph : Resource::Exchange;
    }

    void run() override
    {
        const Inputs &in = inputs();
        m_appOnly = m_grant ? *m_grant : in.auth == AuthMethod::AppOnly;
        const Clouds::CloudInfo &cloud = Clouds::info(in.cloud);
        if (in.clientId.isEmpty()) {
            addFinding(QStringLiteral("modern-auth-not-configured"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "No application (client) id is set: modern authentication needs an "
                                         "app registration.")));
            return;
        }
        if (m_appOnly && in.clientSecret.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No client secret was given.")));
            return;
        }
        if (!m_appOnly && (in.user.isEmpty() || in.password.isEmpty())) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No user name or password was given.")));
            return;
        }
        const QString tenant = tenantForToken(env());
        if (tenant.isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The tenant is not known.")));
            return;
        }
        const QString base = resource() == Resource::Exchange ? cloud.exoResource()
                                                              : QStringLiteral("https://") + cloud.graphHost;
        QString scope;
        if (m_appOnly)
            scope = base + QStringLiteral("/.default");
        else
            scope = resource() == Resource::Exchange ? base + QStringLiteral("/EWS.AccessAsUser.All")
                                                     : base + QStringLiteral("/.default");
        QList<QPair<QString, QString>> form{{QStringLiteral("client_id"), in.clientId},
                                            {QStringLiteral("scope"), scope}};
        if (m_appOnly) {
            form.append({QStringLiteral("client_secret"), in.clientSecret});
            form.append({QStringLiteral("grant_type"), QStringLiteral("client_credentials")});
        } else {
            form.append({QStringLiteral("username"), in.user});
            form.append({QStringLiteral("password"), in.password});
            form.append({QStringLiteral("grant_type"), QStringLiteral("password")});
            if (!in.clientSecret.isEmpty())
                form.append({QStringLiteral("client_secret"), in.clientSecret});
        }
        HttpJob::Request r;
        r.method = "POST";
        r.url = QUrl(loginBase(in) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant)) +
                     QStringLiteral("/oauth2/v2.0/token"));
        r.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
        r.body = Wire::formBody(form);
        r.carriesCredentials = true;
        setFact(QStringLiteral("scope"), scope);
        send(r, [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        Message summary;
        if (handleNetworkFailure(*this, job, mutableResult(), &summary) ||
            handleUnexpectedRedirect(job, mutableResult(), &summary)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        if (job.status() != 200) {
            refused(job);
            return;
        }
        // A 200 is no refusal: either a token, or an answer that cannot be read.
        QJsonObject o;
        if (handleUnreadableJson(job, mutableResult(), &summary, &o)) {
            finish(CheckStatus::Error, summary);
            return;
        }
        const QByteArray token = o.value(QStringLiteral("access_token")).toString().toLatin1();
        if (token.isEmpty()) {
            addCode(QString::fromLatin1(kUnreadableCode));
            addFinding(QStringLiteral("unrecognized-error"));
            finish(CheckStatus::Error, msg(kCtx,
                                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                             "%1 answered HTTP 200 without an access token."),
                                           {job.request().url.host()}));
            return;
        }
        accepted(token);
    }

    void accepted(const QByteArray &token)
    {
        const QJsonObject claims = Wire::jwtClaims(token);
        QVariantMap c;
        for (const char *k : {"aud", "tid", "appid", "azp", "scp", "roles", "appidacr", "azpacr", "idtyp",
                              "exp", "upn", "preferred_username", "unique_name", "ver"})
            if (claims.contains(QLatin1String(k)))
                c.insert(QString::fromLatin1(k), claims.value(QLatin1String(k)).toVariant());
        c.insert(QStringLiteral("fingerprint"), Wire::tokenFingerprint(token));
        setFact(QStringLiteral("claims"), c);
        if (env().tokens)
            env().tokens->insert(
                resource() == Resource::Exchange ? QStringLiteral("exo") : QStringLiteral("graph"), token);

        // What an issued token disproves (the app-only grant says nothing about the user).
        for (const char *f : {"tenant-not-found", "wrong-cloud", "modern-auth-not-configured"})
            ruleOut(QString::fromLatin1(f));
        if (m_appOnly)
            ruleOut(QStringLiteral("client-secret-invalid"));
        else
            for (const char *f : {"wrong-password", "wrong-username", "account-locked", "account-disabled",
                                  "password-expired", "mfa-required", "conditional-access-blocked",
                                  "federated-sign-in", "security-defaults", "basic-auth-disabled"})
                ruleOut(QString::fromLatin1(f));

        // Permissions in the token (facts §5.3).
        const QString scp = claims.value(QStringLiteral("scp")).toString();
        QStringList roles;
        for (const QJsonValue &v : claims.value(QStringLiteral("roles")).toArray())
            roles << v.toString();
        if (resource() == Resource::Exchange) {
            const bool ok =
                m_appOnly ? roles.contains(QStringLiteral("full_access_as_app"))
                          : scp.split(QLatin1Char(' ')).contains(QStringLiteral("EWS.AccessAsUser.All"));
            if (!ok) {
                addFinding(QStringLiteral("consent-missing"));
                finish(CheckStatus::Failed,
                       m_appOnly ? msg(kCtx,
                                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                         "A token was issued, but without the application "
                                                         "permission full_access_as_app (roles: %1)."),
                                       {roles.isEmpty() ? QStringLiteral("none")
                                                        : roles.join(QStringLiteral(", "))})
                                 : msg(kCtx,
                                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                                         "A token was issued, but without the delegated "
                                                         "permission EWS.AccessAsUser.All (scp: %1)."),
                                       {scp.isEmpty() ? QStringLiteral("none") : scp}));
                return;
            }
            ruleOut(QStringLiteral("consent-missing"));
        }
        finish(CheckStatus::Passed,
               m_appOnly
                   ? msg(kCtx,
                         QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                           "Microsoft Entra ID issued an app-only token for %1 (roles: %2)."),
                         {claims.value(QStringLiteral("aud")).toString(),
                          roles.isEmpty() ? QStringLiteral("none") : roles.join(QStringLiteral(", "))})
                   : msg(kCtx,
                         QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                           "Microsoft Entra ID accepted the password of %1 and issued a "
                                           "token for %2."),
                         {inputs().user, claims.value(QStringLiteral("aud")).toString()}));
    }

    void refused(HttpJob &job)
    {
        const Wire::TokenError err = Wire::parseTokenError(job.body());
        QStringList codes;
        QStringList findings = findingsFromResponse(job, &codes);
        // AADSTS codes decide: the generic OAuth "error" name alone (unauthorized_client, …) must
        // not give a cause to a code no rule knows (AADSTS90099 → unrecognized-error).
        QJsonObject withoutError = QJsonDocument::fromJson(job.body()).object();
        if (!err.codes.isEmpty() && withoutError.contains(QStringLiteral("error"))) {
            withoutError.remove(QStringLiteral("error"));
            findings = findingsFromText(QString::fromUtf8(QJsonDocument(withoutError).toJson()));
        }
        for (const QString &c : std::as_const(codes))
            addCode(c);
        setFact(QStringLiteral("error"), err.error);
        if (!err.traceId.isEmpty())
            setFact(QStringLiteral("trace_id"), err.traceId);
        if (!err.correlationId.isEmpty())
            setFact(QStringLiteral("correlation_id"), err.correlationId);
        if (!err.timestamp.isEmpty())
            setFact(QStringLiteral("timestamp"), err.timestamp);
        QStringList aadsts;
        for (qint64 c : err.codes)
            aadsts << QStringLiteral("AADSTS%1").arg(c);
        setFact(QStringLiteral("aadsts"), aadsts);

        // A federated user whose password Entra ID cannot check: the federation is the cause.
        const bool federated = env()
                                   .fact(kUserRealm, QStringLiteral("namespace_type"))
                                   .toString()
                                   .compare(QLatin1String("Federated"), Qt::CaseInsensitive) == 0;
        if (federated && !m_appOnly &&
            (err.codes.contains(50126) || err.codes.contains(50056) || err.codes.contains(50034) ||
             err.codes.isEmpty()))
            findings.prepend(QStringLiteral("federated-sign-in"));
        if (findings.isEmpty())
            findings << QStringLiteral("unrecognized-error");
        for (const QString &f : std::as_const(findings))
            addFinding(f);
        const QString first = aadsts.isEmpty() ? err.error : aadsts.first();
        finish(CheckStatus::Failed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Microsoft Entra ID refused the sign-in: %1 %2"),
                   {first, err.description.left(300)}));
    }

    std::optional<bool> m_grant;
    std::optional<Resource> m_fixed;
    bool m_appOnly = false;
};

// Basic or NTLM chosen for a Microsoft 365 endpoint: retired (facts §3).
class LegacyAuthForCloud : public Check
{
public:
    using Check::Check;

protected:
    void run() override
    {
        addFinding(QStringLiteral("basic-auth-disabled"));
        finish(CheckStatus::Failed,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "The project signs in to Microsoft 365 with %1. Exchange Online turned "
                                     "Basic authentication off for good; only modern authentication works."),
                   {authMethodToString(inputs().auth)}));
    }
};

} // namespace

Check *tenantDiscovery(const NetworkContext &ctx, QObject *parent)
{
    return new TenantDiscovery(kTenantDiscovery, ctx, parent);
}
Check *userRealm(const NetworkContext &ctx, QObject *parent)
{
    return new UserRealm(kUserRealm, ctx, parent);
}
Check *passwordGrant(const NetworkContext &ctx, QObject *parent)
{
    return new TokenCheck(QStringLiteral("token-password-grant"), ctx, parent, false, std::nullopt);
}
Check *clientCredentials(const NetworkContext &ctx, QObject *parent)
{
    return new TokenCheck(QStringLiteral("token-client-credentials"), ctx, parent, true, std::nullopt);
}
Check *graphToken(const NetworkContext &ctx, QObject *parent)
{
    return new TokenCheck(QStringLiteral("token-graph"), ctx, parent, std::nullopt, Resource::Graph);
}
Check *legacyAuthForCloud(const NetworkContext &ctx, QObject *parent)
{
    return new LegacyAuthForCloud(QStringLiteral("basic-auth-retired"), ctx, parent);
}

} // namespace AuthDoctor::Engine::Checks
