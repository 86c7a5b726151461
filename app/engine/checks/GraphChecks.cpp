// Microsoft Graph and SharePoint/OneDrive checks (facts §1.6, §1.7, §2.6, §2.7, §5.3, §6, §9.7):
// who the user being migrated is, which plans it holds, whether its mailbox / OneDrive exists,
// whether security defaults are on, and whether SharePoint takes the project's sign-in.
#include "CheckHelpers.h"
#include "engine/Checks.h"

#include "core/Clouds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

namespace AuthDoctor::Engine::Checks {

namespace {

const QString kGraphUser = QStringLiteral("graph-user");
const QString kGraphLicenses = QStringLiteral("graph-licenses");
const QString kGraphDrive = QStringLiteral("graph-drive");

// Throttling: one retry when the service asks for at most this long (facts §6).
constexpr int kMaxRetryWaitS = 5;

// Service plans by name and id (facts §1.6). assignedPlans carries only ids.
struct KnownPlan
{
    const char *name;
    const char *id;
};
constexpr KnownPlan kKnownPlans[] = {
    {"EXCHANGE_S_STANDARD", "9aaf7827-d63c-4b61-89c3-182f06f82e5c"},
    {"EXCHANGE_S_ENTERPRISE", "efb87545-963c-4e0d-99df-69c6916d9eb0"},
    {"EXCHANGE_S_DESKLESS", "4a82b400-a79f-41a4-b4e2-e94f5787b113"},
    {"EXCHANGE_S_ESSENTIALS", "1126bef5-da20-4f07-b45e-ad25d2581aa8"},
    {"EXCHANGE_S_FOUNDATION", "113feb6c-3fe4-4440-bddc-54d774bf0318"}, // not a mailbox
    {"SHAREPOINTSTANDARD", "c7699d2e-19aa-44de-8edf-1736da088ca1"},
    {"SHAREPOINTENTERPRISE", "5dbe027f-2339-4123-9542-606e4d348a72"},
};

QString planNameOfId(const QString &id)
{
    for (const KnownPlan &p : kKnownPlans)
        if (id.compare(QLatin1String(p.id), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(p.name);
    return {};
}

bool isMailboxPlan(const QString &name)
{
    return name == QLatin1String("EXCHANGE_S_STANDARD") || name == QLatin1String("EXCHANGE_S_ENTERPRISE") ||
           name == QLatin1String("EXCHANGE_S_DESKLESS") || name == QLatin1String("EXCHANGE_S_ESSENTIALS");
}

bool isOneDrivePlan(const QString &name)
{
    return name == QLatin1String("SHAREPOINTSTANDARD") || name == QLatin1String("SHAREPOINTENTERPRISE");
}

enum class PlanState
{
    Active,
    Pending,
    Off
};

// provisioningStatus (licenseDetails) or capabilityStatus (assignedPlans).
PlanState planState(const QString &status)
{
    const QString s = status.toLower();
    if (s.isEmpty() || s == QLatin1String("success") || s == QLatin1String("enabled") ||
        s == QLatin1String("warning"))
        return PlanState::Active;
    if (s.startsWith(QLatin1String("pending")))
        return PlanState::Pending;
    return PlanState::Off; // Disabled, Error, Suspended, Deleted, LockedOut
}

struct GraphError
{
    QString code;
    QString message;
};

GraphError graphError(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    return {e.value(QStringLiteral("code")).toString(), e.value(QStringLiteral("message")).toString()};
}

QString listOrNone(const QStringList &l)
{
    return l.isEmpty() ? QStringLiteral("none") : l.join(QStringLiteral(", "));
}

// Which check holds the Graph token: token-graph for Exchange Online, the main token check for
// OneDrive (it asks for a Graph token there).
QString graphTokenCheckId(const Inputs &in)
{
    if (in.endpoint == EndpointKind::OneDrive)
        return in.auth == AuthMethod::AppOnly ? QStringLiteral("token-client-credentials")
                                              : QStringLiteral("token-password-grant");
    return QStringLiteral("token-graph");
}

// Base of the Graph checks: the bearer token, the user path, one bounded retry when throttled.
class GraphCheck : public Check
{
public:
    using Check::Check;

protected:
    QByteArray graphToken() const
    {
        return env().tokens ? env().tokens->value(QStringLiteral("graph")) : QByteArray();
    }
    bool appOnly() const { return inputs().auth == AuthMethod::AppOnly; }
    QString target() const { return inputs().mailboxOrUser().trimmed(); }
    // The target is the account that signs in (not another user's mailbox).
    bool targetIsSignInAccount() const
    {
        return !appOnly() && target().compare(inputs().user.trimmed(), Qt::CaseInsensitive) == 0;
    }
    bool newAccount() const { return env().fact(kGraphUser, QStringLiteral("new_account")).toBool(); }
    bool targetMissing() const
    {
        const QVariant v = env().fact(kGraphUser, QStringLiteral("exists"));
        return v.isValid() && !v.toBool();
    }

    // "users/{upn}" (# as %23), "users('$x@y')" for a UPN starting with $ (facts §1.6), or the id
    // graph-user found.
    QString userPath() const
    {
        const QString id = env().fact(kGraphUser, QStringLiteral("id")).toString();
        const QString key = id.isEmpty() ? target() : id;
        if (key.startsWith(QLatin1Char('$'))) {
            QString quoted = key;
            quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
            return QStringLiteral("users('") + QString::fromLatin1(QUrl::toPercentEncoding(quoted, "$@'")) +
                   QStringLiteral("')");
        }
        return QStringLiteral("users/") + QString::fromLatin1(QUrl::toPercentEncoding(key, "$@'"));
    }

    QUrl graphUrl(const QString &pathAndQuery) const
    {
        return QUrl::fromEncoded(
            (Clouds::info(inputs().cloud).graphBaseUrl() + QLatin1Char('/') + pathAndQuery).toUtf8(),
            QUrl::StrictMode);
    }

    // Skipped when there is no token or no target; true when run() may go on.
    bool ready()
    {
        if (graphToken().isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No Microsoft Graph token.")));
            return false;
        }
        if (target().isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No user or mailbox was given.")));
            return false;
        }
        if (targetMissing()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Microsoft Graph does not know the user %1."),
                       {target()}));
            return false;
        }
        return true;
    }

    void sendGraph(const QUrl &url, std::function<void(HttpJob &)> done)
    {
        HttpJob::Request r;
        r.url = url;
        r.headers = {{"Authorization", "Bearer " + graphToken()}, {"Accept", "application/json"}};
        r.carriesCredentials = true;
        sendBearer(std::move(r), std::move(done), false);
    }

    // Sends a request that carries a bearer token: 429/503 with Retry-After ≤ 5 s is retried once,
    // a longer wait (or a second refusal) finishes the check as throttled.
    void sendBearer(HttpJob::Request r, std::function<void(HttpJob &)> done, bool retried)
    {
        send(r, [this, r, done, retried](HttpJob &job) {
            if (job.errorCode().isEmpty() && (job.status() == 429 || job.status() == 503)) {
                const QList<QByteArray> values = job.rawHeaderValues("retry-after");
                if (!values.isEmpty()) {
                    const qint64 wait = retryAfterSeconds(values.first());
                    if (!retried && wait >= 0 && wait <= kMaxRetryWaitS) {
                        QTimer::singleShot(int(wait * 1000), this,
                                           [this, r, done] { sendBearer(r, done, true); });
                        return;
                    }
                    throttled(job, wait);
                    return;
                }
            }
            done(job);
        });
    }

    // Retry-After: delta-seconds or an HTTP date; -1 when unreadable.
    qint64 retryAfterSeconds(const QByteArray &value) const
    {
        bool ok = false;
        const qint64 s = value.trimmed().toLongLong(&ok);
        if (ok)
            return qMax<qint64>(0, s);
        // IMF-fixdate "Wed, 21 Oct 2026 07:28:00 GMT": Qt reads the zone only as "+0000".
        QString date = QString::fromLatin1(value.trimmed());
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(3) + QStringLiteral("+0000");
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        return at.isValid() ? qMax<qint64>(0, context().now().secsTo(at)) : -1;
    }

    void throttled(HttpJob &job, qint64 wait)
    {
        addCode(QStringLiteral("HTTP%1").arg(job.status()));
        addFinding(QStringLiteral("throttled"));
        setFact(QStringLiteral("retry_after_s"), wait);
        finish(
            CheckStatus::Warning,
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 is throttling the requests: retry after %2 s."),
                {job.request().url.host(), wait < 0 ? QStringLiteral("?") : QString::number(wait)}));
    }

    // No HTTP answer → Error. true when handled.
    bool networkFailed(HttpJob &job)
    {
        Message summary;
        if (!handleNetworkFailure(*this, job, mutableResult(), &summary))
            return false;
        finish(CheckStatus::Error, summary);
        return true;
    }

    // networkFailed(), or a redirect: Graph never redirects these reads (something in between
    // answers). true when handled.
    bool unusable(HttpJob &job)
    {
        if (networkFailed(job))
            return true;
        Message summary;
        if (!handleUnexpectedRedirect(job, mutableResult(), &summary))
            return false;
        finish(CheckStatus::Error, summary);
        return true;
    }

    // A 200 whose body is not a JSON object: Error (unrecognized-error). true when handled.
    bool unreadable(HttpJob &job, QJsonObject *object)
    {
        Message summary;
        if (!handleUnreadableJson(job, mutableResult(), &summary, object))
            return false;
        finish(CheckStatus::Error, summary);
        return true;
    }

    GraphError recordError(const HttpJob &job)
    {
        const GraphError e = graphError(job.body());
        addCode(QStringLiteral("HTTP%1").arg(job.status()));
        addCode(e.code);
        return e;
    }

    // An answer the check has no rule for: the classifier's reading, status Error.
    void unexpected(HttpJob &job)
    {
        const GraphError e = recordError(job);
        QStringList codes;
        const QStringList f = findingsFromResponse(job, &codes);
        for (const QString &c : std::as_const(codes))
            addCode(c);
        for (const QString &x : f)
            addFinding(x);
        finish(CheckStatus::Error,
               msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 answered HTTP %2 %3: %4"),
                   {job.request().url.host(), QString::number(job.status()), e.code, e.message.left(300)}));
    }

    // 403 on a read the token may simply not be allowed: nothing is concluded.
    void cannotRead(HttpJob &job, const QString &what)
    {
        const GraphError e = recordError(job);
        finish(CheckStatus::Warning,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "Cannot read %1: the token is not allowed to (%2). Nothing is concluded "
                                     "from this."),
                   {what, e.code.isEmpty() ? QStringLiteral("HTTP %1").arg(job.status()) : e.code}));
    }
};

// GET /users/{upn}?$select=…: exists, enabled, created, synced, assigned plans.
class GraphUser : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        if (!ready())
            return;
        sendGraph(graphUrl(userPath() +
                           QStringLiteral("?$select=id,userPrincipalName,mail,accountEnabled,createdDateTime,"
                                          "userType,onPremisesSyncEnabled,assignedLicenses,assignedPlans")),
                  [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 404) {
            recordError(job);
            setFact(QStringLiteral("exists"), false);
            if (targetIsSignInAccount() || inputs().mailbox.trimmed().isEmpty()) {
                addFinding(QStringLiteral("wrong-username"));
                addFinding(QStringLiteral("mailbox-not-found"));
            } else {
                addFinding(QStringLiteral("mailbox-not-found"));
                addFinding(QStringLiteral("wrong-username"));
            }
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "Microsoft Graph has no user %1 in this tenant (HTTP 404). Enter the "
                                      "user principal name, not an alias or another address."),
                    {target()}));
            return;
        }
        if (job.status() == 403) {
            cannotRead(job, target());
            return;
        }
        if (job.status() != 200) {
            unexpected(job);
            return;
        }
        QJsonObject o;
        if (unreadable(job, &o))
            return;
        setFact(QStringLiteral("exists"), true);
        setFact(QStringLiteral("id"), o.value(QStringLiteral("id")).toString());
        setFact(QStringLiteral("upn"), o.value(QStringLiteral("userPrincipalName")).toString());
        setFact(QStringLiteral("user_type"), o.value(QStringLiteral("userType")).toString());
        setFact(QStringLiteral("on_prem_sync"), o.value(QStringLiteral("onPremisesSyncEnabled")).toBool());
        const QJsonValue enabled = o.value(QStringLiteral("accountEnabled"));
        if (enabled.isBool())
            setFact(QStringLiteral("account_enabled"), enabled.toBool());

        QVariantList plans;
        for (const QJsonValue &v : o.value(QStringLiteral("assignedPlans")).toArray()) {
            const QJsonObject p = v.toObject();
            const QString id = p.value(QStringLiteral("servicePlanId")).toString();
            plans << QVariantMap{
                {QStringLiteral("name"), planNameOfId(id)},
                {QStringLiteral("id"), id},
                {QStringLiteral("service"), p.value(QStringLiteral("service")).toString()},
                {QStringLiteral("status"), p.value(QStringLiteral("capabilityStatus")).toString()}};
        }
        if (o.contains(QStringLiteral("assignedPlans")))
            setFact(QStringLiteral("plans"), plans);

        const QString createdText = o.value(QStringLiteral("createdDateTime")).toString();
        const QDateTime created = QDateTime::fromString(createdText, Qt::ISODateWithMs);
        bool isNew = false;
        if (created.isValid()) {
            setFact(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
            const qint64 ageS = created.secsTo(context().now());
            isNew = ageS < 24 * 3600;
            setFact(QStringLiteral("new_account"), isNew);
            if (!isNew)
                ruleOut(QStringLiteral("new-account-not-ready"));
        }
        ruleOut(QStringLiteral("wrong-username"));

        if (enabled.isBool() && !enabled.toBool()) {
            addFinding(QStringLiteral("account-disabled"));
            if (targetIsSignInAccount()) {
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "The account %1 is disabled (accountEnabled: false): it cannot "
                                             "sign in."),
                           {target()}));
            } else {
                finish(
                    CheckStatus::Warning,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "The account %1 is disabled (accountEnabled: false). That blocks "
                                          "its own sign-in; shared mailboxes are disabled accounts by "
                                          "design."),
                        {target()}));
            }
            return;
        }
        if (enabled.isBool() && targetIsSignInAccount())
            ruleOut(QStringLiteral("account-disabled"));
        if (isNew) {
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 exists and is enabled, but was created less than 24 hours ago "
                                         "(%2): its mailbox and OneDrive may still be being set up."),
                       {target(), created.toUTC().toString(Qt::ISODate)}));
            return;
        }
        finish(
            CheckStatus::Passed,
            msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 exists and is enabled (created %2)."),
                {target(), created.isValid() ? created.toUTC().toString(Qt::ISODate) : QStringLiteral("?")}));
    }
};

// Licences: licenseDetails (delegated) or graph-user's assignedPlans (app-only: licenseDetails
// is "Not supported" for applications, facts §1.6).
class GraphLicenses : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        if (!ready())
            return;
        if (appOnly()) {
            fromAssignedPlans();
            return;
        }
        sendGraph(graphUrl(userPath() + QStringLiteral("/licenseDetails")),
                  [this](HttpJob &job) { done(job); });
    }

private:
    struct Plan
    {
        QString name;
        QString status;
    };

    void fromAssignedPlans()
    {
        const QVariant plans = env().fact(kGraphUser, QStringLiteral("plans"));
        if (!plans.isValid()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "The assigned plans of the user could not be read.")));
            return;
        }
        QList<Plan> list;
        for (const QVariant &v : plans.toList()) {
            const QVariantMap m = v.toMap();
            const QString name = m.value(QStringLiteral("name")).toString();
            list << Plan{name.isEmpty() ? m.value(QStringLiteral("id")).toString() : name,
                         m.value(QStringLiteral("status")).toString()};
        }
        setFact(QStringLiteral("source"), QStringLiteral("assignedPlans"));
        evaluate(list);
    }

    void done(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 403 || job.status() == 401) {
            recordError(job);
            if (env().fact(kGraphUser, QStringLiteral("plans")).isValid()) {
                fromAssignedPlans();
                return;
            }
            cannotRead(job, QStringLiteral("licenseDetails"));
            return;
        }
        if (job.status() != 200) {
            unexpected(job);
            return;
        }
        QJsonObject o;
        if (unreadable(job, &o))
            return;
        QList<Plan> list;
        const QJsonArray skus = o.value(QStringLiteral("value")).toArray();
        for (const QJsonValue &sku : skus)
            for (const QJsonValue &v : sku.toObject().value(QStringLiteral("servicePlans")).toArray()) {
                const QJsonObject p = v.toObject();
                QString name = p.value(QStringLiteral("servicePlanName")).toString();
                if (name.isEmpty())
                    name = planNameOfId(p.value(QStringLiteral("servicePlanId")).toString());
                list << Plan{name, p.value(QStringLiteral("provisioningStatus")).toString()};
            }
        setFact(QStringLiteral("source"), QStringLiteral("licenseDetails"));
        evaluate(list);
    }

    void evaluate(const QList<Plan> &plans)
    {
        bool mailboxActive = false, mailboxPending = false, fullMailbox = false;
        bool driveActive = false, drivePending = false;
        QStringList names, mailboxPlans;
        for (const Plan &p : plans) {
            const PlanState st = planState(p.status);
            names << (p.status.isEmpty() ? p.name : p.name + QLatin1Char(' ') + p.status);
            if (isMailboxPlan(p.name) && st != PlanState::Off) {
                mailboxPlans << p.name;
                (st == PlanState::Active ? mailboxActive : mailboxPending) = true;
                fullMailbox = fullMailbox || p.name != QLatin1String("EXCHANGE_S_DESKLESS");
            }
            if (isOneDrivePlan(p.name) && st != PlanState::Off)
                (st == PlanState::Active ? driveActive : drivePending) = true;
        }
        const bool kioskOnly = !mailboxPlans.isEmpty() && !fullMailbox;
        setFact(QStringLiteral("plans"), names);
        setFact(QStringLiteral("exchange_plan"), mailboxActive || mailboxPending);
        setFact(QStringLiteral("exchange_pending"), mailboxPending && !mailboxActive);
        setFact(QStringLiteral("sharepoint_plan"), driveActive || drivePending);
        setFact(QStringLiteral("sharepoint_pending"), drivePending && !driveActive);
        setFact(QStringLiteral("kiosk_only"), kioskOnly);

        if (inputs().endpoint == EndpointKind::OneDrive) {
            if (!driveActive && !drivePending) {
                addFinding(QStringLiteral("onedrive-not-licensed"));
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "%1 holds no SharePoint Online plan (SHAREPOINTSTANDARD or "
                                             "SHAREPOINTENTERPRISE), so it can have no OneDrive. Plans: %2"),
                           {target(), listOrNone(names)}));
                return;
            }
            ruleOut(QStringLiteral("onedrive-not-licensed"));
            if (!driveActive) {
                pending(QStringLiteral("SharePoint Online"));
                return;
            }
            finish(CheckStatus::Passed,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 holds a SharePoint Online plan."),
                       {target()}));
            return;
        }

        if (!mailboxActive && !mailboxPending) {
            addFinding(QStringLiteral("mailbox-not-found"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 holds no Exchange Online plan that gives a mailbox "
                                         "(EXCHANGE_S_FOUNDATION does not). Plans: %2"),
                       {target(), listOrNone(names)}));
            return;
        }
        if (!mailboxActive) {
            pending(QStringLiteral("Exchange Online"));
            return;
        }
        if (kioskOnly) {
            // Kiosk/F3 mailboxes lose EWS from 1 July 2026 (facts §5.4).
            if (context().now().date() >= QDate(2026, 7, 1)) {
                addFinding(QStringLiteral("ews-disabled"));
                finish(CheckStatus::Warning,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "%1 holds only a Kiosk/frontline Exchange plan "
                                             "(EXCHANGE_S_DESKLESS): such mailboxes are refused EWS since 1 "
                                             "July 2026."),
                           {target()}));
                return;
            }
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "%1 holds only a Kiosk/frontline Exchange plan "
                                         "(EXCHANGE_S_DESKLESS): EWS will refuse it from 1 July 2026."),
                       {target()}));
            return;
        }
        finish(CheckStatus::Passed,
               msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "%1 holds a mailbox plan: %2."),
                   {target(), mailboxPlans.join(QStringLiteral(", "))}));
    }

    void pending(const QString &service)
    {
        addFinding(QStringLiteral("new-account-not-ready"));
        finish(newAccount() ? CheckStatus::Failed : CheckStatus::Warning,
               msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "The %1 plan of %2 is still being provisioned (PendingProvisioning). "
                                     "This can take up to 24 hours after the licence was assigned."),
                   {service, target()}));
    }
};

// GET /users/{id}/mailboxSettings: is there a cloud mailbox Exchange Online serves?
class GraphMailbox : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        if (!ready())
            return;
        sendGraph(graphUrl(userPath() + QStringLiteral("/mailboxSettings")),
                  [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 200) {
            QJsonObject o;
            if (unreadable(job, &o))
                return;
            const QJsonValue purpose = o.value(QStringLiteral("userPurpose"));
            if (purpose.isString())
                setFact(QStringLiteral("user_purpose"), purpose.toString());
            for (const char *f : {"mailbox-not-found", "mailbox-not-instantiated", "new-account-not-ready"})
                ruleOut(QString::fromLatin1(f));
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Exchange Online serves the mailbox of %1."),
                       {target()}));
            return;
        }
        if (job.status() == 404) {
            const GraphError e = recordError(job);
            const bool synced = env().fact(kGraphUser, QStringLiteral("on_prem_sync")).toBool();
            const bool licensed = env().fact(kGraphLicenses, QStringLiteral("exchange_plan")).toBool();
            const bool pendingPlan = env().fact(kGraphLicenses, QStringLiteral("exchange_pending")).toBool();
            if (newAccount() || pendingPlan)
                addFinding(QStringLiteral("new-account-not-ready"));
            if (synced && licensed)
                addFinding(QStringLiteral("mailbox-not-instantiated"));
            addFinding(QStringLiteral("mailbox-not-found"));
            if (synced && licensed && !newAccount())
                finish(
                    CheckStatus::Failed,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "%1 is synchronised from on-premises and holds an Exchange Online "
                                          "licence, but has no cloud mailbox (%2): the directory says its "
                                          "mailbox is on-premises."),
                        {target(), e.code}));
            else if (newAccount() || pendingPlan)
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "%1 has no mailbox yet (%2); the account is less than 24 hours "
                                             "old or its licence is still being provisioned."),
                           {target(), e.code}));
            else
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "Exchange Online has no mailbox for %1: %2 %3"),
                           {target(), e.code, e.message.left(300)}));
            return;
        }
        if (job.status() == 403) {
            const GraphError e = graphError(job.body());
            if (e.message.contains(QLatin1String("[RAOP]")) ||
                e.message.contains(QLatin1String("AccessPolicy"), Qt::CaseInsensitive)) {
                recordError(job);
                addCode(QStringLiteral("RAOP"));
                addFinding(QStringLiteral("insufficient-permission"));
                finish(
                    CheckStatus::Failed,
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                          "An application access policy keeps the app away from the mailbox "
                                          "of %1 ([RAOP]). Add the mailbox to the policy's group; a change "
                                          "takes 30 to 60 minutes to apply."),
                        {target()}));
                return;
            }
            cannotRead(job, QStringLiteral("mailboxSettings"));
            return;
        }
        unexpected(job);
    }
};

// GET /users/{id}/drive: is the OneDrive there, and where (the SharePoint host for sharepoint-site)?
class GraphDrive : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        if (!ready())
            return;
        sendGraph(graphUrl(userPath() + QStringLiteral("/drive")), [this](HttpJob &job) { done(job); });
    }

private:
    void done(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 200) {
            QJsonObject o;
            if (unreadable(job, &o))
                return;
            const QUrl web(o.value(QStringLiteral("webUrl")).toString());
            // https://<tenant>-my.sharepoint.com/personal/<upn_>/Documents → the personal site.
            const QStringList seg = web.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
            QString site;
            if (web.scheme() == QLatin1String("https") && seg.size() >= 2 &&
                seg.first().compare(QLatin1String("personal"), Qt::CaseInsensitive) == 0)
                site = QStringLiteral("https://") + web.host() + QStringLiteral("/personal/") + seg.at(1);
            if (!web.host().isEmpty())
                setFact(QStringLiteral("sharepoint_host"), web.host().toLower());
            if (!site.isEmpty())
                setFact(QStringLiteral("personal_site"), site);
            for (const char *f :
                 {"onedrive-not-provisioned", "onedrive-not-licensed", "new-account-not-ready"})
                ruleOut(QString::fromLatin1(f));
            finish(CheckStatus::Passed,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The OneDrive of %1 exists: %2"),
                       {target(), site.isEmpty() ? web.toString() : site}));
            return;
        }
        if (job.status() == 403 || job.status() == 401) {
            if (job.status() == 403) {
                cannotRead(job, QStringLiteral("drive"));
                return;
            }
            unexpected(job);
            return;
        }
        const GraphError e = recordError(job);
        const QString text = e.message.isEmpty() ? QString::fromUtf8(job.body().left(2000)) : e.message;
        if (text.contains(QLatin1String("does not have a SPO license"), Qt::CaseInsensitive)) {
            addFinding(QStringLiteral("onedrive-not-licensed"));
            finish(
                CheckStatus::Failed,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "The tenant has no SharePoint Online licence, so there is no OneDrive: "
                                      "%1"),
                    {text.left(300)}));
            return;
        }
        const bool mysite = text.contains(QLatin1String("mysite"), Qt::CaseInsensitive);
        if (job.status() == 404 || (job.status() == 400 && mysite)) {
            const QVariant licensed = env().fact(kGraphLicenses, QStringLiteral("sharepoint_plan"));
            const bool pendingPlan =
                env().fact(kGraphLicenses, QStringLiteral("sharepoint_pending")).toBool();
            if (licensed.isValid() && !licensed.toBool())
                addFinding(QStringLiteral("onedrive-not-licensed"));
            if (newAccount() || pendingPlan)
                addFinding(QStringLiteral("new-account-not-ready"));
            addFinding(QStringLiteral("onedrive-not-provisioned"));
            if (newAccount())
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                             "%1 has no OneDrive yet (%2); the account is less than 24 hours "
                                             "old."),
                           {target(), text.left(300)}));
            else
                finish(CheckStatus::Failed,
                       msg(kCtx,
                           QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The OneDrive of %1 was never set up: %2"),
                           {target(), text.left(300)}));
            return;
        }
        unexpected(job);
    }
};

// GET /policies/identitySecurityDefaultsEnforcementPolicy (facts §9.7: security-defaults comes
// from this read, or the question page, never from one code).
class GraphSecurityDefaults : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        if (graphToken().isEmpty()) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "No Microsoft Graph token.")));
            return;
        }
        sendGraph(graphUrl(QStringLiteral("policies/identitySecurityDefaultsEnforcementPolicy")),
                  [this](HttpJob &job) { done(job); });
    }

private:
    // The password grant was refused with an MFA code.
    bool mfaRefused() const
    {
        static const QStringList kMfa{QStringLiteral("AADSTS50076"), QStringLiteral("AADSTS50079"),
                                      QStringLiteral("AADSTS50074"), QStringLiteral("AADSTS50072"),
                                      QStringLiteral("AADSTS50158"), QStringLiteral("AADSTS530035")};
        const auto it = env().earlier.constFind(QStringLiteral("token-password-grant"));
        if (it == env().earlier.cend() || it->status != CheckStatus::Failed)
            return false;
        for (const QVariant &c : it->facts.value(QStringLiteral("aadsts")).toList())
            if (kMfa.contains(c.toString()))
                return true;
        return false;
    }

    void done(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 403 || job.status() == 401) {
            cannotRead(job, QStringLiteral("identitySecurityDefaultsEnforcementPolicy"));
            return;
        }
        if (job.status() != 200) {
            unexpected(job);
            return;
        }
        QJsonObject o;
        if (unreadable(job, &o))
            return;
        const QJsonValue enabled = o.value(QStringLiteral("isEnabled"));
        if (!enabled.isBool()) {
            unexpected(job);
            return;
        }
        setFact(QStringLiteral("security_defaults"), enabled.toBool());
        if (!enabled.toBool()) {
            ruleOut(QStringLiteral("security-defaults"));
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "Security defaults are off in this tenant.")));
            return;
        }
        if (mfaRefused()) {
            addFinding(QStringLiteral("security-defaults"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Security defaults are on in this tenant, and the password sign-in "
                                         "was refused for multi-factor authentication.")));
            return;
        }
        finish(
            CheckStatus::Passed,
            msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                        "Security defaults are on in this tenant: password sign-ins may be "
                                        "asked for multi-factor authentication.")));
    }
};

// GET <personal site>/_api/web with a SharePoint token of the same sign-in (facts §1.7): SharePoint
// refuses app-only tokens minted with a client secret.
class SharePointSite : public GraphCheck
{
public:
    using GraphCheck::GraphCheck;

protected:
    void run() override
    {
        m_appOnly = appOnly();
        const QString host = env().fact(kGraphDrive, QStringLiteral("sharepoint_host")).toString();
        const QString site = env().fact(kGraphDrive, QStringLiteral("personal_site")).toString();
        if (host.isEmpty() || site.isEmpty()) {
            // Without the site, the Graph token's claims still tell how an app-only token was minted.
            if (m_appOnly &&
                secretMinted(env().fact(graphTokenCheckId(inputs()), QStringLiteral("claims")))) {
                addFinding(QStringLiteral("sharepoint-app-only-secret"));
                finish(CheckStatus::Failed, secretSummary());
                return;
            }
            finish(CheckStatus::Skipped,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "The OneDrive personal site is not known.")));
            return;
        }
        if (tenantForToken(env()).isEmpty() || inputs().clientId.isEmpty() ||
            (m_appOnly ? inputs().clientSecret.isEmpty() : inputs().password.isEmpty())) {
            finish(CheckStatus::Skipped,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                               "The sign-in needed for a SharePoint token is incomplete.")));
            return;
        }
        // A token is asked for a SharePoint host of the chosen cloud only (the credential policy
        // allows nothing else either).
        if (!host.endsWith(QLatin1Char('.') + Clouds::info(inputs().cloud).sharePointSuffix,
                           Qt::CaseInsensitive) ||
            QUrl(site).host().compare(host, Qt::CaseInsensitive) != 0) {
            finish(
                CheckStatus::Skipped,
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                      "%1 is not a SharePoint host of the chosen cloud; nothing was sent."),
                    {host}));
            return;
        }
        m_site = site;
        const QString scope = QStringLiteral("https://") + host + QStringLiteral("/.default");
        setFact(QStringLiteral("scope"), scope);
        send(tokenRequest(env(), scope, m_appOnly), [this](HttpJob &job) { tokenDone(job); });
    }

private:
    static bool secretMinted(const QVariant &claims)
    {
        const QVariantMap c = claims.toMap();
        const QString acr = c.value(QStringLiteral("appidacr"), c.value(QStringLiteral("azpacr"))).toString();
        return acr == QLatin1String("1");
    }

    Message secretSummary() const
    {
        return msg(kCtx,
                   QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                     "The app-only token was obtained with a client secret (appidacr 1). "
                                     "SharePoint, where OneDrive lives, accepts app-only tokens only when "
                                     "they were obtained with a certificate."));
    }

    void tokenDone(HttpJob &job)
    {
        if (unusable(job))
            return;
        if (job.status() == 200 && unreadable(job, nullptr))
            return;
        const QByteArray token = QJsonDocument::fromJson(job.body())
                                     .object()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toLatin1();
        if (job.status() != 200 || token.isEmpty()) {
            const Wire::TokenError err = Wire::parseTokenError(job.body());
            QStringList codes;
            QStringList f = findingsFromResponse(job, &codes);
            for (const QString &c : std::as_const(codes))
                addCode(c);
            if (f.isEmpty())
                f << QStringLiteral("unrecognized-error");
            for (const QString &x : std::as_const(f))
                addFinding(x);
            const QString first =
                err.codes.isEmpty() ? err.error : QStringLiteral("AADSTS%1").arg(err.codes.first());
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "Microsoft Entra ID issued no SharePoint token: %1 %2"),
                       {first, err.description.left(300)}));
            return;
        }
        const QJsonObject claims = Wire::jwtClaims(token);
        QVariantMap c;
        for (const char *k : {"aud", "appid", "azp", "scp", "roles", "appidacr", "azpacr", "idtyp"})
            if (claims.contains(QLatin1String(k)))
                c.insert(QString::fromLatin1(k), claims.value(QLatin1String(k)).toVariant());
        c.insert(QStringLiteral("fingerprint"), Wire::tokenFingerprint(token));
        setFact(QStringLiteral("claims"), c);
        m_secretToken = m_appOnly && secretMinted(c);

        HttpJob::Request r;
        r.url = QUrl(m_site + QStringLiteral("/_api/web"));
        r.headers = {{"Authorization", "Bearer " + token}, {"Accept", "application/json;odata=nometadata"}};
        r.carriesCredentials = true;
        sendBearer(
            std::move(r), [this](HttpJob &j) { siteDone(j); }, false);
    }

    void siteDone(HttpJob &job)
    {
        if (networkFailed(job))
            return;
        addCode(QStringLiteral("HTTP%1").arg(job.status()));
        if (job.status() == 200) {
            for (const char *f :
                 {"sharepoint-app-only-secret", "onedrive-not-provisioned", "insufficient-permission"})
                ruleOut(QString::fromLatin1(f));
            finish(CheckStatus::Passed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks", "SharePoint opened the personal site %1."),
                       {m_site}));
            return;
        }
        const QString body = QString::fromUtf8(job.body().left(4000));
        if (job.status() == 401 &&
            (body.contains(QLatin1String("Unsupported app only token"), Qt::CaseInsensitive) ||
             m_secretToken)) {
            addFinding(QStringLiteral("sharepoint-app-only-secret"));
            finish(CheckStatus::Failed, secretSummary());
            return;
        }
        if (job.status() == 404) {
            addFinding(QStringLiteral("onedrive-not-provisioned"));
            finish(CheckStatus::Failed,
                   msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "SharePoint has no personal site %1."),
                       {m_site}));
            return;
        }
        if (job.status() == 403) {
            addFinding(QStringLiteral("insufficient-permission"));
            finish(CheckStatus::Failed,
                   msg(kCtx,
                       QT_TRANSLATE_NOOP("AuthDoctor::Checks",
                                         "SharePoint refused access to the personal site %1 (HTTP 403): the "
                                         "account is neither its owner nor an administrator of it."),
                       {m_site}));
            return;
        }
        QStringList codes;
        const QStringList f = findingsFromResponse(job, &codes);
        for (const QString &c : std::as_const(codes))
            addCode(c);
        for (const QString &x : f)
            addFinding(x);
        finish(CheckStatus::Error,
               msg(kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Checks", "SharePoint answered HTTP %1 for %2."),
                   {QString::number(job.status()), m_site}));
    }

    bool m_appOnly = false;
    bool m_secretToken = false;
    QString m_site;
};

} // namespace

Check *graphUser(const NetworkContext &ctx, QObject *parent)
{
    return new GraphUser(kGraphUser, ctx, parent);
}
Check *graphLicenses(const NetworkContext &ctx, QObject *parent)
{
    return new GraphLicenses(kGraphLicenses, ctx, parent);
}
Check *graphMailbox(const NetworkContext &ctx, QObject *parent)
{
    return new GraphMailbox(QStringLiteral("graph-mailbox"), ctx, parent);
}
Check *graphDrive(const NetworkContext &ctx, QObject *parent)
{
    return new GraphDrive(kGraphDrive, ctx, parent);
}
Check *graphSecurityDefaults(const NetworkContext &ctx, QObject *parent)
{
    return new GraphSecurityDefaults(QStringLiteral("graph-security-defaults"), ctx, parent);
}
Check *sharePointSite(const NetworkContext &ctx, QObject *parent)
{
    return new SharePointSite(QStringLiteral("sharepoint-site"), ctx, parent);
}

} // namespace AuthDoctor::Engine::Checks
