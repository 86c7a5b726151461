#include "Inference.h"

#include "classify/Classifier.h"
#include "findings/FindingsCatalog.h"

#include <QSet>
#include <algorithm>

namespace AuthDoctor::Engine {

namespace {

constexpr const char *kCtx = "AuthDoctor::Inference";

const QDate kEwsPhaseOut(2026, 10, 1);
const QDate kEwsShutdown(2027, 4, 1);

// Causes that explain everything after them: when one of these is found, the findings of the
// checks that depend on it are consequences, not separate causes.
const QStringList kRootOrder{QStringLiteral("network-unreachable"),
                             QStringLiteral("tls-problem"),
                             QStringLiteral("unsafe-redirect-blocked"),
                             QStringLiteral("wrong-cloud"),
                             QStringLiteral("tenant-not-found"),
                             QStringLiteral("basic-auth-disabled"),
                             QStringLiteral("modern-auth-not-configured"),
                             QStringLiteral("client-secret-invalid"),
                             QStringLiteral("wrong-username"),
                             QStringLiteral("federated-sign-in"),
                             QStringLiteral("wrong-password"),
                             QStringLiteral("account-locked"),
                             QStringLiteral("account-disabled"),
                             QStringLiteral("password-expired"),
                             QStringLiteral("security-defaults"),
                             QStringLiteral("mfa-required"),
                             QStringLiteral("conditional-access-blocked"),
                             QStringLiteral("account-picker"),
                             QStringLiteral("consent-missing"),
                             QStringLiteral("throttled"),
                             QStringLiteral("server-overutilized"),
                             QStringLiteral("extended-protection"),
                             QStringLiteral("ews-url-wrong"),
                             QStringLiteral("autodiscover-failed"),
                             QStringLiteral("ews-disabled"),
                             QStringLiteral("new-account-not-ready"),
                             QStringLiteral("mailbox-not-instantiated"),
                             QStringLiteral("mailbox-not-found"),
                             QStringLiteral("database-not-found"),
                             QStringLiteral("onedrive-not-licensed"),
                             QStringLiteral("onedrive-not-provisioned"),
                             QStringLiteral("sharepoint-app-only-secret"),
                             QStringLiteral("impersonation-denied"),
                             QStringLiteral("insufficient-permission"),
                             QStringLiteral("credentials-ok"),
                             QStringLiteral("unrecognized-error")};

int rank(const QString &finding)
{
    const qsizetype i = kRootOrder.indexOf(finding);
    return i < 0 ? int(kRootOrder.size()) : int(i);
}

QString confidenceName(int v)
{
    return v >= 3 ? QStringLiteral("high") : v == 2 ? QStringLiteral("medium") : QStringLiteral("low");
}

struct Acc
{
    int confidence = 0;
    QStringList evidence;
    QStringList codes;
    Message why;
};

} // namespace

QList<Question> knownQuestions()
{
    const QStringList yesNo{QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("unknown")};
    return {
        {QStringLiteral("account-picker-shown"),
         msg(kCtx,
             QT_TRANSLATE_NOOP("AuthDoctor::Inference",
                               "When this account signs in at https://portal.office.com in a private browser "
                               "window, is it asked to pick between a work or school account and a personal "
                               "account, or shown any page other than the password prompt?")),
         yesNo,
         {}},
        {QStringLiteral("security-defaults-on"),
         msg(kCtx, QT_TRANSLATE_NOOP(
                       "AuthDoctor::Inference",
                       "In the Microsoft Entra admin center, under Identity > Overview > Properties > "
                       "Manage security defaults, is \"Security defaults\" set to Enabled?")),
         yesNo,
         {}},
        {QStringLiteral("account-created-recently"),
         msg(kCtx,
             QT_TRANSLATE_NOOP("AuthDoctor::Inference",
                               "Was this account or its licence created or assigned less than 24 hours ago "
                               "(Microsoft 365 admin center > Users > Active users > the user)?")),
         yesNo,
         {}},
        {QStringLiteral("admin-center-mailbox-not-migrated"),
         msg(kCtx, QT_TRANSLATE_NOOP(
                       "AuthDoctor::Inference",
                       "In the Microsoft 365 admin center, does the user's Mail tab say \"This user's "
                       "mailbox has not been migrated\" or that the mailbox is on-premises?")),
         yesNo,
         {}},
    };
}

void infer(Result &result, const QMap<QString, QString> &answers, const QDateTime &now)
{
    QMap<QString, Acc> found;
    QSet<QString> disproved;
    bool anyNetworkAnswer = false;
    bool anyCheckRan = false;
    bool allPassed = true;

    const auto add = [&found](const QString &id, int confidence, const QString &evidence,
                              const Message &why) {
        if (!FindingsCatalog::contains(id))
            return;
        Acc &a = found[id];
        if (confidence > a.confidence) {
            a.confidence = confidence;
            if (!why.isEmpty())
                a.why = why;
        }
        if (!evidence.isEmpty() && !a.evidence.contains(evidence))
            a.evidence << evidence;
    };

    for (const CheckResult &c : std::as_const(result.checks)) {
        if (c.status == CheckStatus::Skipped || c.status == CheckStatus::Cancelled ||
            c.status == CheckStatus::Waiting)
            continue;
        anyCheckRan = true;
        for (const Evidence &e : c.evidence)
            anyNetworkAnswer = anyNetworkAnswer || e.status > 0;
        // A warning that names no cause (e.g. a read the token is not allowed to make) does not
        // stand in the way of "credentials-ok".
        if (c.status != CheckStatus::Passed && !(c.status == CheckStatus::Warning && c.findings.isEmpty()))
            allPassed = false;
        const int conf = c.status == CheckStatus::Failed    ? 3
                         : c.status == CheckStatus::Warning ? 2
                         : c.status == CheckStatus::Error   ? 2
                                                            : 1;
        for (qsizetype i = 0; i < c.findings.size(); ++i)
            add(c.findings.at(i), i == 0 ? conf : qMax(1, conf - 1), c.id, c.summary);
        if (c.status == CheckStatus::Passed || c.status == CheckStatus::Warning)
            for (const QString &r : c.rulesOut)
                disproved.insert(r);
        if (!c.codes.isEmpty() && c.findings.contains(QStringLiteral("unrecognized-error")))
            found[QStringLiteral("unrecognized-error")].codes += c.codes;
    }

    // Network trouble explains nothing about authentication: if no check got an HTTP answer at
    // all, that is the cause.
    if (anyCheckRan && !anyNetworkAnswer && !found.contains(QStringLiteral("tls-problem")))
        add(QStringLiteral("network-unreachable"), 3, QString(), {});

    // Answers.
    for (const Question &q : knownQuestions()) {
        const QString a = answers.value(q.id);
        if (a != QLatin1String("yes") && a != QLatin1String("no"))
            continue;
        const QString ev = QStringLiteral("answer:") + q.id;
        const bool yes = a == QLatin1String("yes");
        if (q.id == QLatin1String("account-picker-shown")) {
            if (yes)
                add(QStringLiteral("account-picker"), 3, ev, {});
            else
                disproved.insert(QStringLiteral("account-picker"));
        } else if (q.id == QLatin1String("security-defaults-on")) {
            if (yes)
                add(QStringLiteral("security-defaults"), 3, ev, {});
            else
                disproved.insert(QStringLiteral("security-defaults"));
        } else if (q.id == QLatin1String("account-created-recently")) {
            if (yes && (found.contains(QStringLiteral("mailbox-not-found")) ||
                        found.contains(QStringLiteral("onedrive-not-provisioned"))))
                add(QStringLiteral("new-account-not-ready"), 3, ev, {});
            else if (!yes)
                disproved.insert(QStringLiteral("new-account-not-ready"));
        } else if (q.id == QLatin1String("admin-center-mailbox-not-migrated")) {
            if (yes)
                add(QStringLiteral("mailbox-not-instantiated"), 3, ev, {});
        }
    }

    // Security defaults: MFA demanded from a password grant plus the policy (or the answer) says
    // security defaults are on → that is the cause, not a per-user MFA setting.
    if (found.contains(QStringLiteral("security-defaults")) && found.contains(QStringLiteral("mfa-required")))
        found[QStringLiteral("security-defaults")].confidence =
            qMax(found[QStringLiteral("security-defaults")].confidence,
                 found[QStringLiteral("mfa-required")].confidence);

    // The pasted error as a prior.
    if (!result.inputs.errorText.trimmed().isEmpty()) {
        const Classification cls = Classifier::classify(result.inputs.errorText);
        for (const Candidate &cand : cls.candidates) {
            if (cand.finding == QLatin1String("unrecognized-error"))
                continue;
            if (cand.score < 0.35)
                continue;
            if (found.contains(cand.finding)) {
                if (!found[cand.finding].evidence.contains(QStringLiteral("error-text")))
                    found[cand.finding].evidence << QStringLiteral("error-text");
            } else if (!disproved.contains(cand.finding) && found.isEmpty()) {
                add(cand.finding, 1, QStringLiteral("error-text"),
                    msg(kCtx,
                        QT_TRANSLATE_NOOP("AuthDoctor::Inference",
                                          "Only the pasted error message points to this cause; no check "
                                          "confirmed it.")));
            }
        }
        if (found.contains(QStringLiteral("unrecognized-error")))
            found[QStringLiteral("unrecognized-error")].codes += cls.codes;
    }

    // EWS retirement dates.
    if (found.contains(QStringLiteral("ews-disabled")) &&
        result.inputs.endpoint == EndpointKind::ExchangeOnline) {
        Acc &a = found[QStringLiteral("ews-disabled")];
        if (now.date() >= kEwsShutdown)
            a.why = msg(
                kCtx, QT_TRANSLATE_NOOP("AuthDoctor::Inference",
                                        "Exchange Online refused EWS. Since 1 April 2027 EWS is switched off "
                                        "in Exchange Online for good: an EWS-based migration from or to "
                                        "Exchange Online can no longer run; use a tool that migrates through "
                                        "Microsoft Graph."));
        else if (now.date() >= kEwsPhaseOut)
            a.why =
                msg(kCtx,
                    QT_TRANSLATE_NOOP("AuthDoctor::Inference",
                                      "Exchange Online refused EWS with a valid token. Since 1 October 2026 "
                                      "EWS is off for tenants that did not turn it on and allow the "
                                      "migration tool's app; it stops for good on 1 April 2027."));
    }

    // Nothing wrong: the credentials work now.
    const bool blocker = std::any_of(found.keyBegin(), found.keyEnd(), [](const QString &id) {
        const auto f = FindingsCatalog::find(id);
        return f && f->severity == Severity::Blocker;
    });
    if (anyCheckRan && !blocker && allPassed && result.completed)
        add(QStringLiteral("credentials-ok"), 3, QString(),
            msg(kCtx,
                QT_TRANSLATE_NOOP("AuthDoctor::Inference", "Every check passed with these credentials.")));
    if (anyCheckRan && found.isEmpty() && result.completed)
        add(QStringLiteral("unrecognized-error"), 1, QString(), {});

    // Rank: confidence, then how fundamental the cause is.
    QStringList ids = found.keys();
    std::sort(ids.begin(), ids.end(), [&found](const QString &a, const QString &b) {
        const int ca = found[a].confidence, cb = found[b].confidence;
        if (ca != cb)
            return ca > cb;
        return rank(a) < rank(b);
    });

    result.findings.clear();
    for (const QString &id : std::as_const(ids)) {
        const Acc &a = found[id];
        FindingResult f;
        f.id = id;
        f.confidence = confidenceName(a.confidence);
        f.evidence = a.evidence;
        f.why = a.why;
        f.rawCodes = a.codes;
        f.rawCodes.removeDuplicates();
        result.findings.append(f);
    }

    // The primary finding: the strongest blocker; "credentials-ok" when nothing blocks.
    result.primaryFinding.clear();
    for (const FindingResult &f : std::as_const(result.findings)) {
        const auto info = FindingsCatalog::find(f.id);
        if (info && info->severity == Severity::Blocker) {
            result.primaryFinding = f.id;
            break;
        }
    }
    if (result.primaryFinding.isEmpty() && !result.findings.isEmpty())
        result.primaryFinding = result.findings.first().id;
    // An Autodiscover redirect refused as unsafe is the cause when it is why no EWS URL was found
    // (findings.md unsafe-redirect-blocked): the same check reports both.
    const QString unsafe = QStringLiteral("unsafe-redirect-blocked");
    if (result.primaryFinding == QLatin1String("autodiscover-failed") && found.contains(unsafe) &&
        std::any_of(found[unsafe].evidence.cbegin(), found[unsafe].evidence.cend(),
                    [&found](const QString &e) {
                        return found[QStringLiteral("autodiscover-failed")].evidence.contains(e);
                    }))
        result.primaryFinding = unsafe;

    // Ruled out: what the checks that ran disproved, never a finding that stands.
    result.ruledOut.clear();
    for (const QString &id : kRootOrder)
        if (disproved.contains(id) && !found.contains(id))
            result.ruledOut << id;

    // Questions: what no request can see, asked only when it could change the verdict.
    result.questions.clear();
    const auto ask = [&](const QString &id) {
        for (Question q : knownQuestions())
            if (q.id == id) {
                q.answer = answers.value(id);
                result.questions.append(q);
            }
    };
    const bool delegated = result.inputs.auth == AuthMethod::Delegated;
    if (delegated && (result.primaryFinding == QLatin1String("credentials-ok") ||
                      result.primaryFinding == QLatin1String("unrecognized-error") ||
                      answers.contains(QStringLiteral("account-picker-shown"))))
        ask(QStringLiteral("account-picker-shown"));
    if (found.contains(QStringLiteral("mfa-required")) ||
        answers.contains(QStringLiteral("security-defaults-on")))
        ask(QStringLiteral("security-defaults-on"));
    if (found.contains(QStringLiteral("mailbox-not-found")) ||
        found.contains(QStringLiteral("onedrive-not-provisioned")) ||
        answers.contains(QStringLiteral("account-created-recently")))
        ask(QStringLiteral("account-created-recently"));
    if (found.contains(QStringLiteral("mailbox-not-found")) ||
        answers.contains(QStringLiteral("admin-center-mailbox-not-migrated")))
        ask(QStringLiteral("admin-center-mailbox-not-migrated"));
}

} // namespace AuthDoctor::Engine
