// HttpJob and the Diagnosis runner against a fake network manager (tests/common/FakeNetwork.h):
// safety rules, limits, cancel, re-run and inference for the sign-in checks.
#include "FakeNetwork.h"
#include "engine/Engine.h"
#include "engine/HttpJob.h"
#include "engine/ResultJson.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace AuthDoctor;
using namespace AuthDoctor::Engine;
using AuthDoctor::Test::FakeNetworkManager;
using AuthDoctor::Test::FakeRequestRecord;
using AuthDoctor::Test::FakeResponse;

namespace {

const QByteArray kPassword = "Unique-Pa55word-7f3e!";
const QByteArray kTenantGuid = "11111111-2222-3333-4444-555555555555";

QByteArray jwt(const QByteArray &claimsJson)
{
    return "eyJhbGciOiJub25lIn0." +
           claimsJson.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + ".c2ln";
}

FakeResponse json(int status, const QByteArray &body)
{
    return {status, {{"Content-Type", "application/json"}}, body, QNetworkReply::NoError, false};
}

// A small tenant: OpenID, realm, and a token endpoint whose answer the test chooses.
FakeNetworkManager::Handler tenant(std::function<FakeResponse(const FakeRequestRecord &)> token)
{
    return [token](const FakeRequestRecord &r) -> FakeResponse {
        const QString path = r.url.path();
        if (path.endsWith(QLatin1String("openid-configuration")))
            return json(200, "{\"token_endpoint\":\"https://login.microsoftonline.com/" + kTenantGuid +
                                 "/oauth2/v2.0/token\",\"cloud_instance_name\":\"microsoftonline.com\"}");
        if (path.endsWith(QLatin1String("getuserrealm.srf")))
            return json(200, "{\"NameSpaceType\":\"Managed\"}");
        if (path.endsWith(QLatin1String("/token")))
            return token(r);
        return json(404, "{}");
    };
}

Inputs delegatedInputs()
{
    Inputs in;
    in.endpoint = EndpointKind::ExchangeOnline;
    in.auth = AuthMethod::Delegated;
    in.user = QStringLiteral("admin@contoso.com");
    in.mailbox = QStringLiteral("user1@contoso.com");
    in.clientId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    in.password = QString::fromLatin1(kPassword);
    return in;
}

void runToEnd(Diagnosis &d)
{
    QSignalSpy done(&d, &Diagnosis::finished);
    d.start();
    QVERIFY(done.wait(5000) || done.count() > 0);
}

} // namespace

class TstEngineJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialsNeverLeaveForOtherHosts_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sent");
        QTest::newRow("allowed host over https")
            << QStringLiteral("https://login.microsoftonline.com/x") << true;
        QTest::newRow("allowed host over http")
            << QStringLiteral("http://login.microsoftonline.com/x") << false;
        QTest::newRow("other host") << QStringLiteral("https://autodiscover.evil.example/x") << false;
        QTest::newRow("lookalike suffix")
            << QStringLiteral("https://login.microsoftonline.com.evil.example/x") << false;
    }
    void credentialsNeverLeaveForOtherHosts()
    {
        QFETCH(QString, url);
        QFETCH(bool, sent);
        FakeNetworkManager nam([](const FakeRequestRecord &) { return json(200, "{}"); });
        NetworkContext ctx;
        ctx.nam = &nam;
        CredentialPolicy policy;
        policy.allowedHosts = {QStringLiteral("login.microsoftonline.com")};
        HttpJob::Request r;
        r.method = "POST";
        r.url = QUrl(url);
        r.headers = {{"Authorization", "Basic " + QByteArray("u:" + kPassword).toBase64()}};
        r.carriesCredentials = true;
        HttpJob job(ctx, policy, r, 0);
        QSignalSpy done(&job, &HttpJob::finished);
        job.start();
        QVERIFY(done.wait(2000));
        QCOMPARE(nam.requests.size(), sent ? 1 : 0);
        QCOMPARE(job.errorCode().isEmpty(), sent);
        if (!sent)
            QCOMPARE(job.errorCode(), QStringLiteral("blocked"));
        // The evidence keeps the scheme, never the value.
        const QString ev = QString::fromUtf8(QJsonDocument(job.evidence().toJson()).toJson());
        QVERIFY(ev.contains(QStringLiteral("Basic [redacted]")));
        QVERIFY(!ev.contains(QString::fromLatin1(QByteArray("u:" + kPassword).toBase64())));
    }

    void responseSizeIsCapped()
    {
        FakeNetworkManager nam([](const FakeRequestRecord &) { return json(200, QByteArray(300000, 'x')); });
        NetworkContext ctx;
        ctx.nam = &nam;
        ctx.maxResponseBytes = 100000;
        HttpJob::Request r;
        r.url = QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/me"));
        HttpJob job(ctx, {}, r, 0);
        QSignalSpy done(&job, &HttpJob::finished);
        job.start();
        QVERIFY(done.wait(2000));
        QCOMPARE(job.errorCode(), QStringLiteral("too-large"));
        QVERIFY(job.body().size() <= 100000);
        QVERIFY(job.evidence().bodyExcerpt.size() <= kBodyExcerptChars + 1);
    }

    void aServerThatNeverAnswersEndsAtTheDeadline()
    {
        FakeNetworkManager nam([](const FakeRequestRecord &) {
            FakeResponse r;
            r.hang = true;
            return r;
        });
        NetworkContext ctx;
        ctx.nam = &nam;
        ctx.requestTimeoutMs = 200;
        HttpJob::Request r;
        r.url = QUrl(QStringLiteral("https://outlook.office365.com/EWS/Exchange.asmx"));
        HttpJob job(ctx, {}, r, 0);
        QSignalSpy done(&job, &HttpJob::finished);
        job.start();
        QVERIFY(done.wait(3000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(job.errorCode(), QStringLiteral("timeout"));
    }

    void tokenAnswersGiveTheCause_data()
    {
        QTest::addColumn<QByteArray>("tokenBody");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("primary");
        QTest::newRow("mfa")
            << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: Due to a "
                          "configuration change made by your administrator, or because you moved to a new "
                          "location, you must use multi-factor authentication to access "
                          "'00000002-0000-0ff1-ce00-000000000000'.\",\"error_codes\":[50076],\"suberror\":"
                          "\"basic_action\"}")
            << 400 << QStringLiteral("mfa-required");
        QTest::newRow("wrong password")
            << QByteArray(
                   "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating "
                   "credentials due to invalid username or password.\",\"error_codes\":[50126]}")
            << 400 << QStringLiteral("wrong-password");
        QTest::newRow("locked") << QByteArray(
                                       "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50053: "
                                       "The account is locked.\",\"error_codes\":[50053]}")
                                << 400 << QStringLiteral("account-locked");
        QTest::newRow("no EWS scope in token")
            << QByteArray("{\"token_type\":\"Bearer\",\"access_token\":\"" +
                          jwt("{\"aud\":\"https://outlook.office365.com\",\"scp\":\"User.Read\"}") + "\"}")
            << 200 << QStringLiteral("consent-missing");
    }
    void tokenAnswersGiveTheCause()
    {
        QFETCH(QByteArray, tokenBody);
        QFETCH(int, status);
        QFETCH(QString, primary);
        FakeNetworkManager nam(tenant([&](const FakeRequestRecord &) { return json(status, tokenBody); }));
        NetworkContext ctx;
        ctx.nam = &nam;
        Diagnosis d(ctx);
        d.setInputs(delegatedInputs());
        runToEnd(d);
        QCOMPARE(d.result().primaryFinding, primary);
        QVERIFY(!d.result().ruledOut.contains(primary));
        // The password went only to the token endpoint, in the body, over https.
        for (const FakeRequestRecord &r : std::as_const(nam.requests)) {
            if (r.body.contains(QUrl::toPercentEncoding(QString::fromLatin1(kPassword))))
                QVERIFY(r.url.path().endsWith(QLatin1String("/oauth2/v2.0/token")) &&
                        r.url.scheme() == QLatin1String("https"));
            QVERIFY(!r.url.toString().contains(QString::fromLatin1(kPassword)));
        }
        const QByteArray out = QJsonDocument(resultToJson(d.result())).toJson();
        QVERIFY(!out.contains(kPassword));
        QVERIFY(!out.contains(QUrl::toPercentEncoding(QString::fromLatin1(kPassword))));
    }

    void cancelStopsEverythingAtOnce()
    {
        FakeNetworkManager nam(tenant([](const FakeRequestRecord &) {
            FakeResponse r;
            r.hang = true;
            return r;
        }));
        NetworkContext ctx;
        ctx.nam = &nam;
        Diagnosis d(ctx);
        d.setInputs(delegatedInputs());
        QSignalSpy started(&d, &Diagnosis::checkStarted);
        QSignalSpy finished(&d, &Diagnosis::finished);
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            d.checkResult(QStringLiteral("token-password-grant")).status == CheckStatus::Running, 3000);
        d.cancel();
        QVERIFY(!d.isRunning());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(d.result().completed, false);
        bool anyCancelled = false;
        for (const CheckResult &c : d.result().checks) {
            QVERIFY(isTerminal(c.status));
            anyCancelled = anyCancelled || c.status == CheckStatus::Cancelled;
        }
        QVERIFY(anyCancelled);
    }

    void rerunChangesOnlyThatCheckAndItsDependents()
    {
        int tokenCalls = 0;
        FakeNetworkManager nam(tenant([&](const FakeRequestRecord &) {
            ++tokenCalls;
            return tokenCalls == 1
                       ? json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error "
                                   "validating credentials.\",\"error_codes\":[50126]}")
                       : json(200, "{\"token_type\":\"Bearer\",\"access_token\":\"" +
                                       jwt("{\"aud\":\"https://"
                                           "outlook.office365.com\",\"scp\":\"EWS.AccessAsUser.All\"}") +
                                       "\"}");
        }));
        NetworkContext ctx;
        ctx.nam = &nam;
        Diagnosis d(ctx);
        d.setInputs(delegatedInputs());
        runToEnd(d);
        QCOMPARE(d.result().primaryFinding, QStringLiteral("wrong-password"));
        const CheckResult discoveryBefore = d.checkResult(QStringLiteral("tenant-discovery"));
        const qsizetype requestsBefore = nam.requests.size();

        QSignalSpy done(&d, &Diagnosis::finished);
        d.rerun(QStringLiteral("token-password-grant"));
        QVERIFY(done.wait(5000));
        QCOMPARE(d.checkResult(QStringLiteral("token-password-grant")).status, CheckStatus::Passed);
        // tenant-discovery did not run again.
        QCOMPARE(d.checkResult(QStringLiteral("tenant-discovery")).startedMs, discoveryBefore.startedMs);
        for (qsizetype i = requestsBefore; i < nam.requests.size(); ++i)
            QVERIFY(!nam.requests.at(i).url.path().endsWith(QLatin1String("openid-configuration")));
        QVERIFY(d.result().primaryFinding != QStringLiteral("wrong-password"));
    }

    void basicForExchangeOnlineIsRetired()
    {
        FakeNetworkManager nam(tenant([](const FakeRequestRecord &) { return json(500, "{}"); }));
        NetworkContext ctx;
        ctx.nam = &nam;
        Diagnosis d(ctx);
        Inputs in = delegatedInputs();
        in.auth = AuthMethod::Basic;
        d.setInputs(in);
        runToEnd(d);
        QCOMPARE(d.result().primaryFinding, QStringLiteral("basic-auth-disabled"));
        QVERIFY(d.result().blocking());
    }
};

QTEST_GUILESS_MAIN(TstEngineJobs)
#include "tst_engine_jobs.moc"
