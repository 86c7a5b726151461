// The findings catalog against its contract (../shared/spec/findings.md) and
// the content rules of the catalog: complete, translatable, safe links.
#include "findings/FindingsCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace AuthDoctor;

namespace {

struct Expected
{
    const char *id;
    const char *kb;
    Severity severity;
};

// The 36 ids of findings.md with their kb section, in the spec's order.
// Severity: blocker for causes that stop the migration, warning for
// throttling/overload, info for the two informational outcomes.
const Expected kExpected[] = {
    {"wrong-password", "Username and/or Password incorrect", Severity::Blocker},
    {"wrong-username", "Username and/or Password incorrect", Severity::Blocker},
    {"tenant-not-found", "Modern Authentication has not been configured", Severity::Blocker},
    {"wrong-cloud", "Modern Authentication has not been configured", Severity::Blocker},
    {"federated-sign-in", "Username and/or Password incorrect", Severity::Blocker},
    {"mfa-required", "Unexpected Input During Login", Severity::Blocker},
    {"password-expired", "Unexpected Input During Login", Severity::Blocker},
    {"account-picker", "Unexpected Input During Login", Severity::Blocker},
    {"security-defaults", "Azure Security Default Settings", Severity::Blocker},
    {"conditional-access-blocked", "Unexpected Input During Login", Severity::Blocker},
    {"account-locked", "Username and/or Password incorrect", Severity::Blocker},
    {"account-disabled", "OneDrive Migrations / Insufficient Permission", Severity::Blocker},
    {"modern-auth-not-configured", "Modern Authentication has not been configured", Severity::Blocker},
    {"consent-missing", "Modern Authentication has not been configured", Severity::Blocker},
    {"client-secret-invalid", "Modern Authentication has not been configured", Severity::Blocker},
    {"basic-auth-disabled", "(error form \"Basic Auth Disabled\")", Severity::Blocker},
    {"impersonation-denied", "Insufficient Permission", Severity::Blocker},
    {"insufficient-permission", "Insufficient Permission", Severity::Blocker},
    {"mailbox-not-found", "If Microsoft Entra Connect is used to create the mailboxes", Severity::Blocker},
    {"new-account-not-ready", "Troubleshooting 401 Unauthorized (newly created accounts, up to 24 hours)",
     Severity::Blocker},
    {"mailbox-not-instantiated", "If Microsoft Entra Connect is used to create the mailboxes",
     Severity::Blocker},
    {"database-not-found", "(error form \"DatabaseNotFoundException\")", Severity::Blocker},
    {"onedrive-not-provisioned", "OneDrive Migrations", Severity::Blocker},
    {"onedrive-not-licensed", "OneDrive Migrations", Severity::Blocker},
    {"sharepoint-app-only-secret", "OneDrive Migrations", Severity::Blocker},
    {"ews-disabled", "Insufficient Permission", Severity::Blocker},
    {"throttled", "Overutilized Resources", Severity::Warning},
    {"server-overutilized", "Overutilized Resources", Severity::Warning},
    {"ews-url-wrong", "Troubleshooting Steps (EWS URL)", Severity::Blocker},
    {"autodiscover-failed", "Troubleshooting Steps", Severity::Blocker},
    {"network-unreachable", "Troubleshooting Steps", Severity::Blocker},
    {"tls-problem", "Troubleshooting Steps", Severity::Blocker},
    {"extended-protection", "Insufficient Permission", Severity::Blocker},
    {"unsafe-redirect-blocked", "Troubleshooting Steps", Severity::Info},
    {"credentials-ok", "Troubleshooting 401 Unauthorized", Severity::Info},
    {"unrecognized-error", "Troubleshooting 401 Unauthorized", Severity::Blocker},
};

// Every translatable text of a finding, with a name for failure messages.
QList<std::pair<QString, QString>> userTexts(const Finding &f)
{
    QList<std::pair<QString, QString>> out{{QStringLiteral("title"), f.title},
                                           {QStringLiteral("explanation"), f.explanation},
                                           {QStringLiteral("whoText"), f.whoText},
                                           {QStringLiteral("timeToApply"), f.timeToApply}};
    for (qsizetype i = 0; i < f.steps.size(); ++i)
        out.append({QStringLiteral("step %1").arg(i + 1), f.steps.at(i)});
    for (const Link &l : f.links)
        out.append({QStringLiteral("link title for %1").arg(l.url), l.title});
    return out;
}

// Prefixes every text of the catalog's context, to prove texts are translated at call time.
class MarkingTranslator : public QTranslator
{
public:
    static constexpr QLatin1String Mark{"[xx] "};

    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "AuthDoctor::Findings") != 0)
            return {};
        return Mark + QString::fromUtf8(sourceText);
    }
};

} // namespace

class TestFindingsCatalog : public QObject
{
    Q_OBJECT

private:
    static void addIdRows()
    {
        QTest::addColumn<QString>("id");
        for (const Expected &e : kExpected)
            QTest::newRow(e.id) << QString::fromLatin1(e.id);
    }

    static Finding mustFind(const QString &id)
    {
        const auto f = FindingsCatalog::find(id);
        if (!f)
            qFatal("finding %s missing", qPrintable(id));
        return *f;
    }

private slots:
    void catalogHasExactlyTheContractIdsInOrder()
    {
        QStringList expected;
        for (const Expected &e : kExpected)
            expected << QString::fromLatin1(e.id);
        QCOMPARE(expected.size(), 36);
        QCOMPARE(FindingsCatalog::ids(), expected);

        QStringList fromAll;
        for (const Finding &f : FindingsCatalog::all())
            fromAll << f.id;
        QCOMPARE(fromAll, expected);
        QCOMPARE(QSet<QString>(fromAll.cbegin(), fromAll.cend()).size(), fromAll.size()); // unique
    }

    void contractFields_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kb");
        QTest::addColumn<int>("severity");
        for (const Expected &e : kExpected)
            QTest::newRow(e.id) << QString::fromLatin1(e.id) << QString::fromUtf8(e.kb) << int(e.severity);
    }
    void contractFields()
    {
        QFETCH(QString, id);
        QFETCH(QString, kb);
        QFETCH(int, severity);
        QVERIFY(FindingsCatalog::contains(id));
        const Finding f = mustFind(id);
        QCOMPARE(f.id, id);
        QCOMPARE(f.kb, kb);
        QCOMPARE(int(f.severity), severity);
    }

    void matchesSpecTable()
    {
        const QString path =
            qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR") + QStringLiteral("/../shared/spec/findings.md");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("../shared/spec/findings.md is not available (as on CI)");

        // Table rows look like: | `id` | kb | signals |
        static const QRegularExpression row(QStringLiteral("^\\|\\s*`([a-z0-9-]+)`\\s*\\|([^|]*)\\|"));
        QStringList specIds;
        QHash<QString, QString> specKb;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const auto m = row.match(line);
            if (!m.hasMatch())
                continue;
            specIds << m.captured(1);
            specKb.insert(m.captured(1), m.captured(2).trimmed());
        }
        QVERIFY2(specIds.size() >= 36, qPrintable(QStringLiteral("parsed %1 rows").arg(specIds.size())));
        QCOMPARE(FindingsCatalog::ids(), specIds);
        for (const QString &id : std::as_const(specIds))
            QCOMPARE(mustFind(id).kb, specKb.value(id));
    }

    void everyFieldFilled_data() { addIdRows(); }
    void everyFieldFilled()
    {
        QFETCH(QString, id);
        const Finding f = mustFind(id);
        QVERIFY(!f.title.trimmed().isEmpty());
        QVERIFY2(!f.title.contains(QLatin1Char('\n')), "a title is one line");
        QVERIFY(!f.explanation.trimmed().isEmpty());
        QVERIFY(!f.steps.isEmpty());
        QVERIFY(!f.who.isEmpty());
        QVERIFY(!f.whoText.trimmed().isEmpty());
        QVERIFY(!f.timeToApply.trimmed().isEmpty());
        QVERIFY(!f.kb.trimmed().isEmpty());
        QVERIFY(!f.links.isEmpty());
        for (const QString &step : f.steps)
            QVERIFY2(!step.trimmed().isEmpty(), "empty step");
    }

    void explanationIsTwoToFiveSentences_data() { addIdRows(); }
    void explanationIsTwoToFiveSentences()
    {
        QFETCH(QString, id);
        const Finding f = mustFind(id);
        static const QRegularExpression end(QStringLiteral("[.!?](?=\\s|$)"));
        const auto sentences = f.explanation.count(end);
        QVERIFY2(sentences >= 2 && sentences <= 5,
                 qPrintable(QStringLiteral("%1 sentences: %2").arg(sentences).arg(f.explanation)));
    }

    void stepsCarryNoNumbering_data() { addIdRows(); }
    void stepsCarryNoNumbering()
    {
        QFETCH(QString, id);
        static const QRegularExpression numbered(QStringLiteral("^\\s*(\\d+\\s*[.):]|[-*\\x{2022}]\\s)"));
        for (const QString &step : mustFind(id).steps)
            QVERIFY2(!numbered.match(step).hasMatch(), qPrintable(step));
    }

    void linksAreHttpsWithHostAndTitle_data() { addIdRows(); }
    void linksAreHttpsWithHostAndTitle()
    {
        QFETCH(QString, id);
        QSet<QString> seen;
        for (const Link &l : mustFind(id).links) {
            const QUrl url(l.url, QUrl::StrictMode);
            QVERIFY2(url.isValid(), qPrintable(l.url));
            QCOMPARE(url.scheme(), QStringLiteral("https"));
            QVERIFY2(!url.host().isEmpty(), qPrintable(l.url));
            QVERIFY2(!l.title.trimmed().isEmpty(), qPrintable(l.url));
            QVERIFY2(!seen.contains(l.url), qPrintable(QStringLiteral("duplicate link ") + l.url));
            seen.insert(l.url);
        }
    }

    void whoListsDistinctActors_data() { addIdRows(); }
    void whoListsDistinctActors()
    {
        QFETCH(QString, id);
        QSet<int> seen;
        for (const Actor a : mustFind(id).who)
            seen.insert(int(a));
        QCOMPARE(seen.size(), mustFind(id).who.size());
    }

    void whoTextNamesEveryActor_data() { addIdRows(); }
    void whoTextNamesEveryActor()
    {
        QFETCH(QString, id);
        const Finding f = mustFind(id);
        for (const Actor a : f.who)
            QVERIFY2(f.whoText.contains(actorToString(a), Qt::CaseInsensitive),
                     qPrintable(f.whoText + QStringLiteral(" lacks ") + actorToString(a)));
    }

    void textsUseCurrentNames_data() { addIdRows(); }
    void textsUseCurrentNames()
    {
        // Azure AD is Microsoft Entra ID; MSOnline and AzureAD PowerShell are retired.
        QFETCH(QString, id);
        const QStringList outdated{QStringLiteral("Azure AD"), QStringLiteral("Azure Active Directory"),
                                   QStringLiteral("-Msol"),    QStringLiteral("MSOnline"),
                                   QStringLiteral("-AzureAD"), QStringLiteral("portal.azure.com")};
        for (const auto &[name, text] : userTexts(mustFind(id)))
            for (const QString &word : outdated)
                QVERIFY2(!text.contains(word), qPrintable(name + QStringLiteral(": ") + text));
    }

    void contentAnchors_data()
    {
        // Facts the resolution page must carry (seed resolutions and current facts).
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("anchor");
        auto row = [](const char *id, const char *anchor) {
            QTest::addRow("%s: %s", id, anchor) << QString::fromLatin1(id) << QString::fromUtf8(anchor);
        };
        row("wrong-password", "Edit Project > Edit Project > Source or Destination Settings > Edit Endpoint");
        row("wrong-password", "Immediately after the password is re-entered");
        row("wrong-password", "Verify credentials");
        row("security-defaults", "Manage security defaults");
        row("security-defaults",
            "Entra admin center > Identity > Overview > Properties > Manage security defaults");
        row("modern-auth-not-configured", "Obtain Client and Tenant ID Settings");
        row("basic-auth-disabled", "permanently");
        row("impersonation-denied", "February 2025");
        row("impersonation-denied", "full_access_as_app");
        row("impersonation-denied",
            "Get-ManagementRoleAssignment -Role ApplicationImpersonation -GetEffectiveUsers");
        row("impersonation-denied", "New-ServicePrincipal");
        row("impersonation-denied", "Application EWS.AccessAsApp");
        row("impersonation-denied", "Test-ServicePrincipalAuthorization");
        row("impersonation-denied", "New-ManagementRoleAssignment -Role ApplicationImpersonation");
        row("throttled", "number of mailboxes migrated at once");
        row("ews-disabled", "1 October 2026");
        row("ews-disabled", "1 April 2027");
        row("ews-disabled", "EwsAllowedAppIDs");
        row("ews-disabled", "Get-CASMailbox");
        row("ews-disabled", "Set-OrganizationConfig -EwsEnabled");
        row("new-account-not-ready", "Up to 24 hours for new accounts");
        row("new-account-not-ready", "Get-MgUser -UserId");
        row("throttled", "Max. Concurrent Migrations");
        row("server-overutilized", "Max. Concurrent Migrations");
        row("extended-protection",
            "Get-WebServicesVirtualDirectory | fl *Authentication*,ExtendedProtection*");
        row("database-not-found", "Get-MailboxDatabaseCopyStatus");
        row("consent-missing", "Consent: a few minutes; get a fresh token");
        row("insufficient-permission",
            "Application access policies and RBAC for Applications: 30–60 minutes");
        row("onedrive-not-provisioned", "Request-SPOPersonalSite");
    }
    void contentAnchors()
    {
        QFETCH(QString, id);
        QFETCH(QString, anchor);
        const Finding f = mustFind(id);
        QString all = f.title + QLatin1Char('\n') + f.explanation + QLatin1Char('\n') + f.timeToApply +
                      QLatin1Char('\n') + f.steps.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(anchor), qPrintable(id + QStringLiteral(" lacks: ") + anchor));
    }

    void unknownIdsAreNotFound_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown") << QStringLiteral("no-such-finding");
        QTest::newRow("empty") << QString();
        QTest::newRow("case differs") << QStringLiteral("MFA-Required");
        QTest::newRow("kb instead of id") << QStringLiteral("Insufficient Permission");
        QTest::newRow("trailing space") << QStringLiteral("mfa-required ");
    }
    void unknownIdsAreNotFound()
    {
        QFETCH(QString, id);
        QVERIFY(!FindingsCatalog::find(id).has_value());
        QVERIFY(!FindingsCatalog::contains(id));
    }

    void textsAreTranslatedAtCallTime()
    {
        const QList<Finding> before = FindingsCatalog::all();
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QList<Finding> marked = FindingsCatalog::all();
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        const QList<Finding> after = FindingsCatalog::all();

        QCOMPARE(marked.size(), before.size());
        for (qsizetype i = 0; i < marked.size(); ++i) {
            const Finding &m = marked.at(i);
            const Finding &b = before.at(i);
            // id, kb and URLs are contract data and stay untranslated.
            QCOMPARE(m.id, b.id);
            QCOMPARE(m.kb, b.kb);
            QCOMPARE(m.links.size(), b.links.size());
            for (qsizetype l = 0; l < m.links.size(); ++l)
                QCOMPARE(m.links.at(l).url, b.links.at(l).url);
            for (const auto &[name, text] : userTexts(m))
                QVERIFY2(text.startsWith(MarkingTranslator::Mark),
                         qPrintable(m.id + QLatin1Char(' ') + name + QStringLiteral(" is not translated: ") +
                                    text));
            QCOMPARE(after.at(i).title, b.title);
        }
    }

    void findingToJsonHasTheCliFields()
    {
        const Finding f = mustFind(QStringLiteral("mfa-required"));
        const QJsonObject o = findingToJson(f);
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("explanation"), QStringLiteral("id"), QStringLiteral("kb"),
                              QStringLiteral("links"), QStringLiteral("severity"), QStringLiteral("steps"),
                              QStringLiteral("title"), QStringLiteral("who")}));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("mfa-required"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("blocker"));
        QCOMPARE(o.value(QStringLiteral("kb")).toString(), QStringLiteral("Unexpected Input During Login"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(), f.title);
        QCOMPARE(o.value(QStringLiteral("explanation")).toString(), f.explanation);
        QCOMPARE(o.value(QStringLiteral("who")).toString(), f.whoText);
        const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), f.steps.size());
        QCOMPARE(steps.first().toString(), f.steps.first());
        const QJsonArray links = o.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), f.links.size());
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QJsonObject l = links.at(i).toObject();
            QCOMPARE(l.keys(), (QStringList{QStringLiteral("title"), QStringLiteral("url")}));
            QCOMPARE(l.value(QStringLiteral("url")).toString(), f.links.at(i).url);
            QCOMPARE(l.value(QStringLiteral("title")).toString(), f.links.at(i).title);
        }
        QCOMPARE(findingToJson(mustFind(QStringLiteral("throttled"))).value(QStringLiteral("severity")),
                 QJsonValue(QStringLiteral("warning")));
        QCOMPARE(findingToJson(mustFind(QStringLiteral("credentials-ok"))).value(QStringLiteral("severity")),
                 QJsonValue(QStringLiteral("info")));
    }

    void enumWords_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blocker") << severityToString(Severity::Blocker) << QStringLiteral("blocker");
        QTest::newRow("warning") << severityToString(Severity::Warning) << QStringLiteral("warning");
        QTest::newRow("info") << severityToString(Severity::Info) << QStringLiteral("info");
        QTest::newRow("helpdesk") << actorToString(Actor::Helpdesk) << QStringLiteral("helpdesk");
        QTest::newRow("tenant admin") << actorToString(Actor::TenantAdmin) << QStringLiteral("tenant admin");
        QTest::newRow("Exchange admin")
            << actorToString(Actor::ExchangeAdmin) << QStringLiteral("Exchange admin");
        QTest::newRow("end user") << actorToString(Actor::EndUser) << QStringLiteral("end user");
    }
    void enumWords()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestFindingsCatalog)
#include "tst_findings_catalog.moc"
