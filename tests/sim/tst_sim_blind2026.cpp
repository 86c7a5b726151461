// Blind acceptance test of the simulated tenant, 2026 part: facts §9 (second audit, which
// overrides earlier sections) and the EWS retirement (facts §5.4, scenarios.md "What some
// fields mean"). Written only from ../shared/spec/scenarios.md, cli.md and
// ../shared/reference/m365-auth-facts.md: the scenario files of tests/sim/blind/scenarios2026/
// are run with the built `authdoctor simulate --scenario FILE --log LOG`, and a client talks to
// each through the printed proxy, trusting only the printed CA. A failing row prints the
// contract sentence it comes from.
#include "blind/Blind2026.h"
#include "blind/BlindNtlm.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>
#include <map>
#include <memory>

Q_DECLARE_METATYPE(AuthDoctor::BlindTest::Request)

using namespace AuthDoctor::BlindTest;
using namespace AuthDoctor::BlindTest::Y2026;

namespace {

QString scenarioDir()
{
    const QString root = qEnvironmentVariable("AUTHDOCTOR_SOURCE_DIR");
    return (root.isEmpty() ? QStringLiteral(AUTHDOCTOR_BLIND_DIR)
                           : root + QStringLiteral("/tests/sim/blind")) +
           QStringLiteral("/scenarios2026");
}

QString path(const QString &file)
{
    return scenarioDir() + QLatin1Char('/') + file;
}

struct NtlmIdentity
{
    QString user;
    QString domain;
};

const QString kNtlmFile = QStringLiteral("ntlm-connection-bound.json");
const QString kNtlmPassword = QStringLiteral("Ntlm-Blind-2026!");
const QString kEwsPath = QStringLiteral("/EWS/Exchange.asmx");

HeaderList ewsHeaders(const QByteArray &authorization)
{
    HeaderList h{{"Content-Type", "text/xml; charset=utf-8"}, {"User-Agent", "AuthDoctorBlindTest/2026"}};
    if (!authorization.isEmpty())
        h.append({"Authorization", authorization});
    return h;
}

} // namespace

class TestSimBlind2026 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QList<Case> m_cases;
    std::map<QString, std::unique_ptr<SimRun>> m_sims;
    std::map<QString, std::unique_ptr<Client>> m_clients;
    std::map<QString, QByteArray> m_tokens; // scenario + token request → access token
    std::optional<NtlmIdentity> m_ntlmIdentity;

    Client *clientFor(const QString &file, QString *error)
    {
        if (!m_clients.count(file)) {
            auto sim = std::make_unique<SimRun>();
            if (!sim->start(path(file),
                            m_tmp.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".log")))) {
                *error = sim->error();
                return nullptr;
            }
            m_clients[file] = std::make_unique<Client>(*sim);
            m_sims[file] = std::move(sim);
        }
        return m_clients.at(file).get();
    }

    QByteArray tokenFor(const QString &file, Client &client, const Request &tokenRequest, QString *problem)
    {
        const QString key = file + QLatin1Char('|') + tokenRequest.url + QLatin1Char('|') +
                            QString::fromUtf8(tokenRequest.body);
        if (m_tokens.count(key))
            return m_tokens.at(key);
        const Response r = client.fetch(tokenRequest);
        const QByteArray tok = jsonAt(r.body, QStringLiteral("access_token")).value_or(QString()).toUtf8();
        if (r.status != 200 || tok.isEmpty()) {
            // The request holds a password or a secret: only the answer is printed.
            *problem = QStringLiteral("the token for this row was refused: HTTP %1 %2")
                           .arg(r.status)
                           .arg(QString::fromUtf8(r.body.left(300)));
            return {};
        }
        m_tokens[key] = tok;
        return tok;
    }

    // Type-1 on `a`, then the Type-3 for that challenge; the answer to the Type-3.
    Response ntlmOn(Ntlm::Connection &a, const NtlmIdentity &id, QByteArray *type3 = nullptr)
    {
        const QByteArray body = ewsGetFolder(QString());
        const Response challenge =
            a.send("POST", kEwsPath, ewsHeaders(QByteArray("NTLM ") + Ntlm::kType1), body);
        const Ntlm::Challenge c = Ntlm::parseChallenge(challenge.header("WWW-Authenticate"));
        if (!c.valid)
            return challenge;
        const QByteArray t3 = Ntlm::type3(c, id.user, id.domain, kNtlmPassword);
        if (type3)
            *type3 = t3;
        return a.send("POST", kEwsPath, ewsHeaders(t3), body);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (qEnvironmentVariableIntValue("AUTHDOCTOR_BLIND_KEEP_LOGS")) {
            m_tmp.setAutoRemove(false);
            qInfo("simulator logs kept in %s", qPrintable(m_tmp.path()));
        }
        QVERIFY2(QFileInfo::exists(QStringLiteral(AUTHDOCTOR_BLIND_EXE)), AUTHDOCTOR_BLIND_EXE);
        QVERIFY2(QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size() >= 15,
                 qPrintable(scenarioDir()));
    }

    void cleanupTestCase()
    {
        m_clients.clear();
        m_sims.clear();
    }

    // Every scenario file loads: the simulator prints its line and the CA file holds one CA.
    void everyFileLoads_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : QDir(scenarioDir()).entryList({QStringLiteral("*.json")}, QDir::Files))
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyFileLoads()
    {
        QFETCH(QString, file);
        SimRun sim;
        QVERIFY2(sim.start(path(file), m_tmp.filePath(QStringLiteral("load.log"))), qPrintable(sim.error()));
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(sim.caPath());
        QCOMPARE(ca.size(), 1);
        QVERIFY(ca.first().isSelfSigned());
    }

    // One request per row; what the contract sentence of the row says must come back.
    void rows_data()
    {
        m_cases = identityCases() + exchangeCases() + retirementCases();
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_cases.size(); ++i)
            QTest::newRow(m_cases.at(i).name.constData()) << i;
    }
    void rows()
    {
        QFETCH(int, index);
        const Case &c = m_cases.at(index);
        QString error;
        Client *client = clientFor(c.file, &error);
        QVERIFY2(client, qPrintable(error));
        Request req = c.req;
        if (c.token) {
            const QByteArray tok = tokenFor(c.file, *client, *c.token, &error);
            QVERIFY2(!tok.isEmpty(), qPrintable(error + QStringLiteral(" [source: ") +
                                                QString::fromUtf8(c.source) + QLatin1Char(']')));
            req.headers.append({"Authorization", "Bearer " + tok});
        }
        const Response got = client->fetch(req);
        Expect exp = c.exp;
        if (c.anyStatus)
            exp.status = got.status;
        QStringList problems = check(exp, got);
        if (c.more && got.finished)
            problems += c.more(got);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QStringLiteral("; ")) + QStringLiteral(" [source: ") +
                            QString::fromUtf8(c.source) + QLatin1Char(']')));
    }

    // scenarios.md: "Delays (fixedDelayMilliseconds, latency_ms) are never shorter than stated."
    // A lower bound only (the time includes the proxy and TLS set-up); no speed is asserted.
    void delaysAreNeverShorter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Request>("req");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("atLeastMs");
        const QString fixed = QStringLiteral("delay-fixed-mapping.json");
        const QString slow = QStringLiteral("delay-latency-tenant.json");
        QTest::newRow("fixedDelayMilliseconds 2000 on a 200")
            << fixed << get(QStringLiteral("https://outlook.office365.com/blind/delayed")) << 200
            << qint64(2000);
        QTest::newRow("fixedDelayMilliseconds 2000 on a token error")
            << fixed << userToken(QStringLiteral("someone@contoso.com"), QStringLiteral("Whatever-2026!"))
            << 400 << qint64(2000);
        QTest::newRow("tenant latency_ms 1500 on OpenID configuration")
            << slow
            << get(QStringLiteral(
                   "https://login.microsoftonline.com/contoso.com/v2.0/.well-known/openid-configuration"))
            << 200 << qint64(1500);
        QTest::newRow("tenant latency_ms 1500 on a password grant")
            << slow << userToken(QStringLiteral("slow.user@contoso.com"), QStringLiteral("Slow-Blind-2026!"))
            << 200 << qint64(1500);
        QTest::newRow("on_prem latency_ms 1200 on an EWS challenge")
            << slow << raw(ews(QStringLiteral("mail.fabrikam.com"), QString())) << 401 << qint64(1200);
    }
    void delaysAreNeverShorter()
    {
        QFETCH(QString, file);
        QFETCH(Request, req);
        QFETCH(int, status);
        QFETCH(qint64, atLeastMs);
        QString error;
        Client *client = clientFor(file, &error);
        QVERIFY2(client, qPrintable(error));
        // Three times: a timer that fires early does so only now and then.
        qint64 shortest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Response got = client->fetch(req);
            shortest = std::min(shortest, timer.elapsed());
            QCOMPARE(got.status, status);
        }
        QVERIFY2(
            shortest >= atLeastMs,
            qPrintable(QStringLiteral("answered after %1 ms (shortest of three), the scenario states %2 ms "
                                      "[source: scenarios.md: delays are never shorter than stated]")
                           .arg(shortest)
                           .arg(atLeastMs)));
    }

    // Facts §9.9: the Type-1/Type-3 exchange on one connection works (and a wrong password fails).
    // The user name form the Exchange Server accepts is not in the contract: DOMAIN\user,
    // the UPN and user@DNS-domain are tried in turn, on one connection each.
    void ntlmOneConnection()
    {
        SimRun sim;
        QVERIFY2(sim.start(path(kNtlmFile), m_tmp.filePath(QStringLiteral("ntlm-one.log"))),
                 qPrintable(sim.error()));
        Client client(sim);
        const QList<NtlmIdentity> forms = {{QStringLiteral("ntlmuser"), QStringLiteral("FABRIKAM")},
                                           {QStringLiteral("ntlmuser@fabrikam.com"), QString()},
                                           {QStringLiteral("ntlmuser"), QStringLiteral("fabrikam.com")}};
        QStringList answers;
        for (const NtlmIdentity &id : forms) {
            auto a =
                std::make_unique<Ntlm::Connection>(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
            QVERIFY(a->open());
            const Response r = ntlmOn(*a, id);
            answers << QStringLiteral("%1\\%2: HTTP %3").arg(id.domain, id.user).arg(r.status);
            if (r.status == 200) {
                qInfo("NTLM identity accepted: domain \"%s\", user \"%s\"", qPrintable(id.domain),
                      qPrintable(id.user));
                m_ntlmIdentity = id;
                break;
            }
        }
        QVERIFY2(m_ntlmIdentity,
                 qPrintable(QStringLiteral(
                                "no NTLMv2 Type-3 accepted on the connection of its Type-1 (%1) "
                                "[source: facts §9.9: the Type-1/Type-3 exchange must use one connection]")
                                .arg(answers.join(QLatin1String(", ")))));

        // The server checks the NTLMv2 response: a Type-3 made with another password fails on
        // its own connection (facts §2.7: on-prem 401 after a full NTLM exchange = wrong password).
        Ntlm::Connection wrong(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
        QVERIFY(wrong.open());
        const QByteArray body = ewsGetFolder(QString());
        const Response challenge =
            wrong.send("POST", kEwsPath, ewsHeaders(QByteArray("NTLM ") + Ntlm::kType1), body);
        const Ntlm::Challenge c = Ntlm::parseChallenge(challenge.header("WWW-Authenticate"));
        QVERIFY(c.valid);
        const NtlmIdentity id = *m_ntlmIdentity;
        QCOMPARE(wrong
                     .send("POST", kEwsPath,
                           ewsHeaders(Ntlm::type3(c, id.user, id.domain, QStringLiteral("Not-It-2026!"))),
                           body)
                     .status,
                 401);
    }

    // Facts §9.9: IIS keeps an NTLM-authenticated connection authenticated (a later request on
    // it needs no Authorization); another connection is not.
    void ntlmConnectionStaysAuthenticated()
    {
        if (!m_ntlmIdentity)
            QSKIP("ntlmOneConnection found no accepted Type-3");
        SimRun sim;
        QVERIFY2(sim.start(path(kNtlmFile), m_tmp.filePath(QStringLiteral("ntlm-persist.log"))),
                 qPrintable(sim.error()));
        Client client(sim);
        Ntlm::Connection a(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
        QVERIFY(a.open());
        QCOMPARE(ntlmOn(a, *m_ntlmIdentity).status, 200);
        Ntlm::Connection fresh(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
        QVERIFY(fresh.open());
        QCOMPARE(fresh.send("POST", kEwsPath, ewsHeaders({}), ewsGetFolder(QString())).status, 401);
        const Response again = a.send("POST", kEwsPath, ewsHeaders({}), ewsGetFolder(QString()));
        QVERIFY2(
            again.status == 200,
            qPrintable(QStringLiteral("HTTP %1 for a request without Authorization on the NTLM-authenticated "
                                      "connection [source: facts §9.9: IIS keeps an NTLM-authenticated "
                                      "connection authenticated by default]")
                           .arg(again.status)));
    }

    // Facts §9.9: a Type-3 sent on another connection than its Type-1 fails; the same Type-3
    // on the Type-1's connection then succeeds (so the message itself was good).
    void ntlmAcrossConnections()
    {
        SimRun sim;
        QVERIFY2(sim.start(path(kNtlmFile), m_tmp.filePath(QStringLiteral("ntlm-two.log"))),
                 qPrintable(sim.error()));
        Client client(sim);
        const NtlmIdentity id =
            m_ntlmIdentity.value_or(NtlmIdentity{QStringLiteral("ntlmuser"), QStringLiteral("FABRIKAM")});
        Ntlm::Connection a(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
        QVERIFY(a.open());
        const QByteArray body = ewsGetFolder(QString());
        const Response challenge =
            a.send("POST", kEwsPath, ewsHeaders(QByteArray("NTLM ") + Ntlm::kType1), body);
        QCOMPARE(challenge.status, 401);
        const Ntlm::Challenge c = Ntlm::parseChallenge(challenge.header("WWW-Authenticate"));
        QVERIFY2(c.valid, "no NTLM Type-2 challenge for the Type-1 of facts §2.3");
        const QByteArray t3 = Ntlm::type3(c, id.user, id.domain, kNtlmPassword);

        Ntlm::Connection b(sim, client.ssl(), QStringLiteral("mail.fabrikam.com"));
        QVERIFY(b.open());
        const Response other = b.send("POST", kEwsPath, ewsHeaders(t3), body);
        QVERIFY2(other.status == 401,
                 qPrintable(QStringLiteral("HTTP %1 for a Type-3 on another connection than its Type-1 "
                                           "[source: facts §9.9: NTLM is bound to one TCP connection]")
                                .arg(other.status)));
        if (!m_ntlmIdentity)
            QSKIP(
                "ntlmOneConnection found no accepted Type-3: the same-connection control is not meaningful");
        QVERIFY(a.isOpen());
        const Response same = a.send("POST", kEwsPath, ewsHeaders(t3), body);
        QVERIFY2(
            same.status == 200,
            qPrintable(QStringLiteral("HTTP %1 for the same Type-3 on its own connection").arg(same.status)));
    }
};

QTEST_GUILESS_MAIN(TestSimBlind2026)
#include "tst_sim_blind2026.moc"
