// The simulated on-premises Exchange: IIS challenges, Basic, NTLM (type 1/2/3
// with a client-side NTLMv2 written in the test), Extended Protection,
// Negotiate/SPNEGO, EWS and Autodiscover on-prem, latency.
#include "TenantTestSupport.h"

#include <QtTest>

using namespace TenantTest;
using namespace TenantTest::NtlmClient;

namespace {

const QString kEws = QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx");
const QString kAdmin = QStringLiteral("admin@fabrikam.com");
const QString kAdminPw = QStringLiteral("Fabrikam-Admin-2026!");

SimResponse post(TenantModel &m, const QString &url, const QByteArray &auth,
                 const QByteArray &body = getFolderBody())
{
    HeaderList h{{"Content-Type", "text/xml; charset=utf-8"}};
    if (!auth.isEmpty())
        h.append({"Authorization", auth});
    return m.handle(request("POST", url, h, body))
        .value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
}

QByteArray challengeToken(const SimResponse &r, const QByteArray &scheme)
{
    for (const QByteArray &h : headers(r, "WWW-Authenticate"))
        if (h.startsWith(QByteArray(scheme + ' ')))
            return QByteArray::fromBase64(h.mid(scheme.size() + 1));
    return {};
}

// The full NTLM handshake; returns the response to the type-3 request.
SimResponse ntlmHandshake(TenantModel &m, const QString &user, const QString &domain, const QString &password,
                          bool channelBindings, const QByteArray &body = getFolderBody())
{
    const SimResponse r2 = post(m, kEws, "NTLM " + type1().toBase64(), body);
    const Challenge c = parseType2(challengeToken(r2, "NTLM"));
    if (c.serverChallenge.isEmpty())
        return SimResponse::empty(0, QStringLiteral("no challenge"));
    return post(m, kEws, "NTLM " + type3(c, user, domain, password, channelBindings).toBase64(), body);
}

} // namespace

class TstTenantOnPrem : public QObject
{
    Q_OBJECT

private slots:
    void challenges_data();
    void challenges();
    void basicLogons_data();
    void basicLogons();
    void ntlmType2Structure();
    void ntlmRoundTrip_data();
    void ntlmRoundTrip();
    void ntlmChallengesDiffer();
    void ntlmConnectionBinding_data();
    void ntlmConnectionBinding();
    void extendedProtection();
    void negotiateSpnego();
    void ewsOnPrem_data();
    void ewsOnPrem();
    void autodiscoverOnPrem();
    void latencyAndHeaders();
    void hybridModernAuth();
};

void TstTenantOnPrem::challenges_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("healthy") << QByteArray()
                             << QList<QByteArray>{"Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""};
    QTest::newRow("basic only") << QByteArray(R"({"on_prem":{"auth_methods":["Basic"]}})")
                                << QList<QByteArray>{"Basic realm=\"mail.fabrikam.com\""};
    QTest::newRow("ntlm then negotiate") << QByteArray(R"({"on_prem":{"auth_methods":["NTLM","Negotiate"]}})")
                                         << QList<QByteArray>{"NTLM", "Negotiate"};
    QTest::newRow("other host") << QByteArray(R"({"on_prem":{"host":"exch.example.org"}})")
                                << QList<QByteArray>{"Negotiate", "NTLM", "Basic realm=\"exch.example.org\""};
}

void TstTenantOnPrem::challenges()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QList<QByteArray>, expected);
    auto m = makeModel(overrides);
    const QString host = m->state().onPrem->host;
    const SimResponse r = post(*m, QStringLiteral("https://%1/EWS/Exchange.asmx").arg(host), {});
    QCOMPARE(r.status, 401);
    QCOMPARE(headers(r, "WWW-Authenticate"), expected);
    QCOMPARE(header(r, "X-OWA-Version"), QByteArray("15.2.1544.4"));
    QVERIFY(!header(r, "X-FEServer").isEmpty());
}

void TstTenantOnPrem::basicLogons_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("lockedText");
    QTest::newRow("upn") << QByteArray() << kAdmin << kAdminPw << 200 << false;
    QTest::newRow("down-level") << QByteArray() << QStringLiteral("FABRIKAM\\admin") << kAdminPw << 200
                                << false;
    QTest::newRow("wrong password") << QByteArray() << kAdmin << QStringLiteral("Fabrikam-Admin-2025!") << 401
                                    << false;
    QTest::newRow("cloud-only user") << QByteArray() << QStringLiteral("user1@contoso.com")
                                     << QStringLiteral("User1-Contoso-2026!") << 401 << false;
    QTest::newRow("locked") << QByteArray(R"({"users":[{"upn":"admin@fabrikam.com","locked":true}]})")
                            << kAdmin << kAdminPw << 401 << true;
    QTest::newRow("disabled") << QByteArray(R"({"users":[{"upn":"admin@fabrikam.com","enabled":false}]})")
                              << kAdmin << kAdminPw << 401 << false;
    QTest::newRow("password expired")
        << QByteArray(R"({"users":[{"upn":"admin@fabrikam.com","password_expired":true}]})") << kAdmin
        << kAdminPw << 401 << false;
    QTest::newRow("basic not offered") << QByteArray(R"({"on_prem":{"auth_methods":["Negotiate","NTLM"]}})")
                                       << kAdmin << kAdminPw << 401 << false;
    QTest::newRow("synced user")
        << QByteArray(
               R"({"users":[{"upn":"user2@contoso.com","sync_from_on_prem":true,"mailbox":"on-prem"}]})")
        << QStringLiteral("user2@contoso.com") << QStringLiteral("User2-Contoso-2026!") << 200 << false;
}

void TstTenantOnPrem::basicLogons()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(bool, lockedText);
    auto m = makeModel(overrides);
    const SimResponse r = post(*m, kEws, basic(user, password));
    QCOMPARE(r.status, status);
    QCOMPARE(r.body.contains("The referenced account is currently locked out"), lockedText);
    if (status == 200)
        QVERIFY(r.body.contains("<m:ResponseCode>NoError</m:ResponseCode>"));
    else
        QVERIFY(!headers(r, "WWW-Authenticate").isEmpty());
}

void TstTenantOnPrem::ntlmType2Structure()
{
    auto m = makeModel();
    const SimResponse r = post(*m, kEws, "NTLM " + type1().toBase64());
    QCOMPARE(r.status, 401);
    QCOMPARE(headers(r, "WWW-Authenticate").size(), 1);
    const QByteArray msg = challengeToken(r, "NTLM");
    QVERIFY(msg.startsWith(QByteArray("NTLMSSP\0", 8)));
    QCOMPARE(rd32(msg, 8), 2u);
    const Challenge c = parseType2(msg);
    QCOMPARE(c.serverChallenge.size(), 8);
    QVERIFY(c.serverChallenge != QByteArray(8, '\0'));
    QVERIFY(c.flags & 0x00000001); // unicode, as asked
    QVERIFY(c.flags & 0x00000200); // NTLM
    QVERIFY(c.flags & 0x00800000); // target info
    QVERIFY(c.flags & 0x00080000); // extended session security
    QVERIFY(c.flags & 0x00010000); // target type domain
    QCOMPARE(c.targetName, QStringLiteral("FABRIKAM"));
    const auto pairs = avPairs(c.targetInfo);
    const auto value = [&](quint16 id) {
        for (const auto &p : pairs)
            if (p.first == id)
                return p.second;
        return QByteArray();
    };
    QCOMPARE(value(2), unicode(QStringLiteral("FABRIKAM")));
    QCOMPARE(value(1), unicode(QStringLiteral("EXCH01")));
    QCOMPARE(value(4), unicode(QStringLiteral("fabrikam.com")));
    QCOMPARE(value(3), unicode(QStringLiteral("EXCH01.fabrikam.com")));
    const QByteArray ts = value(7);
    QCOMPARE(ts.size(), 8);
    const quint64 filetime = qFromLittleEndian<quint64>(ts.constData());
    const qint64 ms = qint64(filetime / 10000) - 11644473600000LL;
    QVERIFY(qAbs(ms - kNow) < 1000);
    QVERIFY(c.targetInfo.endsWith(QByteArray(4, '\0'))); // MsvAvEOL
}

void TstTenantOnPrem::ntlmRoundTrip_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("domain form") << QStringLiteral("admin") << QStringLiteral("FABRIKAM") << kAdminPw << 200;
    QTest::newRow("lower-case domain")
        << QStringLiteral("Admin") << QStringLiteral("fabrikam") << kAdminPw << 200;
    QTest::newRow("upn form (Qt)") << kAdmin << QString() << kAdminPw << 200;
    QTest::newRow("wrong password") << QStringLiteral("admin") << QStringLiteral("FABRIKAM")
                                    << QStringLiteral("guess") << 401;
    QTest::newRow("unknown user") << QStringLiteral("ghost") << QStringLiteral("FABRIKAM") << kAdminPw << 401;
    QTest::newRow("other domain") << QStringLiteral("admin") << QStringLiteral("CONTOSO") << kAdminPw << 401;
}

void TstTenantOnPrem::ntlmRoundTrip()
{
    QFETCH(QString, user);
    QFETCH(QString, domain);
    QFETCH(QString, password);
    QFETCH(int, status);
    auto m = makeModel();
    const SimResponse r = ntlmHandshake(*m, user, domain, password, false);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QVERIFY(r.body.contains("<m:ResponseCode>NoError</m:ResponseCode>"));
        QCOMPARE(header(r, "Persistent-Auth"), QByteArray("true"));
    } else {
        QCOMPARE(headers(r, "WWW-Authenticate").size(), 3); // back to the plain challenges
    }
}

void TstTenantOnPrem::ntlmChallengesDiffer()
{
    auto m = makeModel();
    const Challenge a = parseType2(challengeToken(post(*m, kEws, "NTLM " + type1().toBase64()), "NTLM"));
    const Challenge b = parseType2(challengeToken(post(*m, kEws, "NTLM " + type1().toBase64()), "NTLM"));
    QVERIFY(!a.serverChallenge.isEmpty());
    QVERIFY(a.serverChallenge != b.serverChallenge);
    // A type-3 computed for one challenge does not verify against another model (other key).
    auto other = makeModel();
    const QByteArray t3 = type3(b, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false);
    QCOMPARE(post(*other, kEws, "NTLM " + t3.toBase64()).status, 401);
    // The second Type-1 on the connection replaced the first challenge: only b's answer counts
    // (NTLM is bound to its connection, facts §9.9; the answer for a was accepted before).
    const QByteArray forA = type3(a, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false);
    QCOMPARE(post(*m, kEws, "NTLM " + forA.toBase64()).status, 401);
    QCOMPARE(post(*m, kEws, "NTLM " + type1().toBase64()).status, 401);
    QCOMPARE(post(*m, kEws, "NTLM " + t3.toBase64()).status, 401); // b was replaced by that new type-1
    const Challenge c = parseType2(challengeToken(post(*m, kEws, "NTLM " + type1().toBase64()), "NTLM"));
    QCOMPARE(
        post(*m, kEws,
             "NTLM " +
                 type3(c, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false).toBase64())
            .status,
        200);
}

// NTLM is bound to its TCP connection (facts §9.9): the Type-3 must come on the connection that
// got the Type-2, and IIS keeps that connection authenticated for later requests on it.
void TstTenantOnPrem::ntlmConnectionBinding_data()
{
    QTest::addColumn<quint64>("type1Connection");
    QTest::addColumn<quint64>("type3Connection");
    QTest::addColumn<int>("type3Status");
    QTest::addColumn<QString>("type3Rule");
    QTest::addColumn<quint64>("laterConnection");
    QTest::addColumn<QByteArray>("laterAuthorization"); // of the later request ("" = none)
    QTest::addColumn<int>("laterStatus");
    QTest::newRow("one connection, later request authenticated")
        << quint64(7) << quint64(7) << 200 << QStringLiteral("tenant:ews-getfolder") << quint64(7)
        << QByteArray() << 200;
    QTest::newRow("type-3 on another connection")
        << quint64(7) << quint64(8) << 401 << QStringLiteral("tenant:onprem-ntlm-other-connection")
        << quint64(7) << QByteArray() << 401;
    QTest::newRow("later request on another connection")
        << quint64(7) << quint64(7) << 200 << QStringLiteral("tenant:ews-getfolder") << quint64(9)
        << QByteArray() << 401;
    QTest::newRow("new credentials on the connection authenticate afresh")
        << quint64(7) << quint64(7) << 200 << QStringLiteral("tenant:ews-getfolder") << quint64(7)
        << basic(QStringLiteral("admin@fabrikam.com"), QStringLiteral("wrong")) << 401;
}

void TstTenantOnPrem::ntlmConnectionBinding()
{
    QFETCH(quint64, type1Connection);
    QFETCH(quint64, type3Connection);
    QFETCH(int, type3Status);
    QFETCH(QString, type3Rule);
    QFETCH(quint64, laterConnection);
    QFETCH(QByteArray, laterAuthorization);
    QFETCH(int, laterStatus);
    auto m = makeModel();
    const auto send = [&m](quint64 connection, const QByteArray &authorization) {
        HeaderList h{{"Content-Type", "text/xml; charset=utf-8"}};
        if (!authorization.isEmpty())
            h.append({"Authorization", authorization});
        SimRequest r = request("POST", kEws, h, getFolderBody(QStringLiteral("user1@fabrikam.com")));
        r.connectionId = connection;
        return m->handle(r).value_or(SimResponse::empty(404, QStringLiteral("nullopt")));
    };
    const Challenge c =
        parseType2(challengeToken(send(type1Connection, "NTLM " + type1().toBase64()), "NTLM"));
    QVERIFY(!c.serverChallenge.isEmpty());
    const SimResponse r3 = send(
        type3Connection,
        "NTLM " + type3(c, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false).toBase64());
    QCOMPARE(r3.status, type3Status);
    QCOMPARE(r3.rule, type3Rule);
    const SimResponse later = send(laterConnection, laterAuthorization);
    QCOMPARE(later.status, laterStatus);
    if (laterStatus == 200) {
        QVERIFY(later.body.contains("<m:ResponseCode>NoError</m:ResponseCode>"));
        QCOMPARE(header(later, "Persistent-Auth"), QByteArray("true"));
    } else {
        QCOMPARE(headers(later, "WWW-Authenticate").size(), 3); // the plain challenges
    }
    // A connection that never authenticated stays unauthenticated.
    QCOMPARE(send(12345, {}).status, 401);
}

void TstTenantOnPrem::extendedProtection()
{
    auto m = makeModel(R"({"on_prem":{"extended_protection":true}})");
    const SimResponse without =
        ntlmHandshake(*m, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false);
    QCOMPARE(without.status, 401);
    QCOMPARE(without.rule, QStringLiteral("tenant:onprem-extended-protection"));
    QCOMPARE(headers(without, "WWW-Authenticate"),
             (QList<QByteArray>{"Negotiate", "NTLM", "Basic realm=\"mail.fabrikam.com\""}));
    const SimResponse with =
        ntlmHandshake(*m, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, true);
    QCOMPARE(with.status, 200);
    // Basic is not subject to channel binding.
    QCOMPARE(post(*m, kEws, basic(kAdmin, kAdminPw)).status, 200);
}

void TstTenantOnPrem::negotiateSpnego()
{
    auto m = makeModel();
    // Raw NTLMSSP inside Negotiate is answered with Negotiate.
    const SimResponse raw = post(*m, kEws, "Negotiate " + type1().toBase64());
    QCOMPARE(raw.status, 401);
    const Challenge c = parseType2(challengeToken(raw, "Negotiate"));
    QCOMPARE(c.serverChallenge.size(), 8);
    const SimResponse ok =
        post(*m, kEws,
             "Negotiate " +
                 type3(c, QStringLiteral("admin"), QStringLiteral("FABRIKAM"), kAdminPw, false).toBase64());
    QCOMPARE(ok.status, 200);
    // SPNEGO NegTokenInit carrying NTLM: the answer is a NegTokenResp wrapping the type-2.
    const QByteArray init =
        QByteArray::fromHex("6082") + QByteArray(2, '\0') + QByteArray::fromHex("06062b0601050502") + type1();
    const SimResponse wrapped = post(*m, kEws, "Negotiate " + init.toBase64());
    QCOMPARE(wrapped.status, 401);
    const QByteArray resp = challengeToken(wrapped, "Negotiate");
    QCOMPARE(quint8(resp.at(0)), quint8(0xa1));
    QVERIFY(resp.contains(QByteArray::fromHex("2b06010401823702020a")));
    const Challenge inner = parseType2(resp.mid(resp.indexOf(QByteArray("NTLMSSP\0", 8))));
    QCOMPARE(inner.serverChallenge.size(), 8);
    // Kerberos (no NTLMSSP inside): nothing to verify against, plain challenges again.
    const QByteArray kerberos = QByteArray::fromHex("6082000006092a864886f712010202") + QByteArray(32, 'k');
    const SimResponse krb = post(*m, kEws, "Negotiate " + kerberos.toBase64());
    QCOMPARE(krb.status, 401);
    QCOMPARE(krb.rule, QStringLiteral("tenant:onprem-kerberos-unsupported"));
}

void TstTenantOnPrem::ewsOnPrem_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("impersonate");
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString u1 = QStringLiteral("user1@fabrikam.com");
    const QString u1pw = QStringLiteral("User1-Fabrikam-2026!");
    QTest::newRow("own mailbox") << QByteArray() << u1 << u1pw << QString() << QString() << 200
                                 << QStringLiteral("NoError");
    QTest::newRow("org admin impersonates")
        << QByteArray() << kAdmin << kAdminPw << u1 << QString() << 200 << QStringLiteral("NoError");
    QTest::newRow("user cannot impersonate") << QByteArray() << u1 << u1pw << kAdmin << QString() << 500
                                             << QStringLiteral("ErrorImpersonateUserDenied");
    QTest::newRow("delegate without rights")
        << QByteArray() << u1 << u1pw << QString() << kAdmin << 200 << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("impersonate cloud mailbox")
        << QByteArray() << kAdmin << kAdminPw << QStringLiteral("user1@contoso.com") << QString() << 500
        << QStringLiteral("ErrorNonExistentMailbox");
    QTest::newRow("database offline")
        << QByteArray(R"({"on_prem":{"database_online":false}})") << kAdmin << kAdminPw << u1 << QString()
        << 200 << QStringLiteral("ErrorMailboxStoreUnavailable");
    QTest::newRow("exchange2016 schema accepted")
        << QByteArray() << u1 << u1pw << QString() << QString() << 200 << QStringLiteral("NoError");
    // Roles are explicit (facts §9.8): Organization Management alone neither impersonates nor
    // opens other mailboxes; ApplicationImpersonation and FullAccess do, on Exchange Server.
    const QByteArray orgMgmtOnly =
        R"({"users":[{"upn":"admin@fabrikam.com","roles":["Organization Management"]}]})";
    QTest::newRow("organization management cannot impersonate")
        << orgMgmtOnly << kAdmin << kAdminPw << u1 << QString() << 500
        << QStringLiteral("ErrorImpersonateUserDenied");
    QTest::newRow("organization management no delegate access")
        << orgMgmtOnly << kAdmin << kAdminPw << QString() << u1 << 200 << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("application impersonation role")
        << QByteArray(R"({"users":[{"upn":"user1@fabrikam.com","roles":["ApplicationImpersonation"]}]})")
        << u1 << u1pw << kAdmin << QString() << 200 << QStringLiteral("NoError");
    QTest::newRow("full access role")
        << QByteArray(R"({"users":[{"upn":"user1@fabrikam.com","roles":["FullAccess"]}]})") << u1 << u1pw
        << QString() << kAdmin << 200 << QStringLiteral("NoError");
}

void TstTenantOnPrem::ewsOnPrem()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, impersonate);
    QFETCH(QString, mailbox);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto m = makeModel(overrides);
    const SimResponse r = post(*m, kEws, basic(user, password),
                               getFolderBody(impersonate, mailbox, QStringLiteral("Exchange2016")));
    QCOMPARE(r.status, status);
    QVERIFY2(r.body.contains(code.toLatin1()), r.body.constData());
    if (status == 200 && code == QLatin1String("NoError"))
        QVERIFY(r.body.contains(
            "MajorVersion=\"15\" MinorVersion=\"2\" MajorBuildNumber=\"1544\" MinorBuildNumber=\"4\""));
    if (code == QLatin1String("ErrorMailboxStoreUnavailable"))
        QVERIFY(r.body.contains("DatabaseNotFoundException"));
}

void TstTenantOnPrem::autodiscoverOnPrem()
{
    auto m = makeModel(R"({"users":[{"upn":"user2@contoso.com","sync_from_on_prem":true}]})");
    const QString pox = QStringLiteral("https://autodiscover.fabrikam.com/autodiscover/autodiscover.xml");
    const auto body = [](const QString &email) {
        return QStringLiteral(
                   "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                   "requestschema/2006\"><Request><EMailAddress>%1</EMailAddress><AcceptableResponseSchema>"
                   "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a"
                   "</AcceptableResponseSchema></Request></Autodiscover>")
            .arg(email)
            .toUtf8();
    };
    QCOMPARE(post(*m, pox, {}, body(kAdmin)).status, 401);
    const QByteArray auth = basic(kAdmin, kAdminPw);
    const SimResponse own = post(*m, pox, auth, body(QStringLiteral("user1@fabrikam.com")));
    QCOMPARE(own.status, 200);
    QVERIFY(own.body.contains("<EwsUrl>https://mail.fabrikam.com/EWS/Exchange.asmx</EwsUrl>"));
    QVERIFY(!own.body.contains("MicrosoftOnline"));
    // A migrated (remote) mailbox: redirect to its target address in the tenant.
    const SimResponse remote = post(*m, pox, auth, body(QStringLiteral("user2@contoso.com")));
    QVERIFY(remote.body.contains(
        "<Action>redirectAddr</Action><RedirectAddr>user2@contoso.mail.onmicrosoft.com</RedirectAddr>"));
    const SimResponse unknown = post(*m, pox, auth, body(QStringLiteral("ghost@fabrikam.com")));
    QVERIFY(unknown.body.contains("<ErrorCode>500</ErrorCode>"));
    // The redirect address resolves at Exchange Online.
    const SimResponse v2 =
        m->handle(request("GET", QStringLiteral("https://mail.fabrikam.com/autodiscover/autodiscover.json?"
                                                "Email=user1@fabrikam.com&Protocol=EWS")))
            .value();
    QCOMPARE(json(v2).value(QStringLiteral("Url")).toString(),
             QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"));
}

void TstTenantOnPrem::latencyAndHeaders()
{
    auto m = makeModel(R"({"latency_ms":120,"on_prem":{"latency_ms":2500,"version":"15.1.2507.6"}})");
    const SimResponse onprem = post(*m, kEws, {});
    QCOMPARE(onprem.delayMs, 2500);
    QCOMPARE(header(onprem, "X-OWA-Version"), QByteArray("15.1.2507.6"));
    const SimResponse cloud = ews(*m, {}, getFolderBody());
    QCOMPARE(cloud.delayMs, 120);
    const auto realm = m->handle(request(
        "GET",
        QStringLiteral("https://login.microsoftonline.com/getuserrealm.srf?login=a@contoso.com&json=1")));
    QCOMPARE(realm->delayMs, 120);
    // Exchange 2016 answers with its own schema version and rejects a newer one.
    const SimResponse newer =
        post(*m, kEws, basic(kAdmin, kAdminPw), getFolderBody({}, {}, QStringLiteral("V2017_07_11")));
    QCOMPARE(newer.status, 500);
    QVERIFY(newer.body.contains("ErrorInvalidServerVersion"));
}

void TstTenantOnPrem::hybridModernAuth()
{
    auto m = makeModel(R"({"on_prem":{"auth_methods":["OAuth","Negotiate","NTLM"]},
                          "users":[{"upn":"user2@contoso.com","sync_from_on_prem":true,"mailbox":"on-prem"}]})");
    const SimResponse anon = post(*m, kEws, {});
    const auto ch = headers(anon, "WWW-Authenticate");
    QCOMPARE(ch.size(), 3);
    QVERIFY(ch.at(0).startsWith("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\""));
    QVERIFY(ch.at(0).contains(QByteArray("@" + kTenantId.toLatin1())));
    const SimResponse tok = clientCredentials(*m, QStringLiteral("https://mail.fabrikam.com/.default"));
    QCOMPARE(tok.status, 200);
    const SimResponse ok =
        post(*m, kEws, "Bearer " + accessToken(tok), getFolderBody(QStringLiteral("user2@contoso.com")));
    QCOMPARE(ok.status, 200);
    QVERIFY(ok.body.contains("NoError"));
    const SimResponse exoToken =
        post(*m, kEws, "Bearer " + appToken(*m), getFolderBody(QStringLiteral("user2@contoso.com")));
    QCOMPARE(exoToken.status, 401);
    QVERIFY(header(exoToken, "x-ms-diagnostics").startsWith("2000003"));
}

QTEST_GUILESS_MAIN(TstTenantOnPrem)
#include "tst_tenant_onprem.moc"
