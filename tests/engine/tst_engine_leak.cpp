// No secret in any log line, result or output (issue 7; cli.md "diagnose", product.md): a password
// and a client secret made up for this run (random, so that nothing else can contain them) go
// through diagnoses that use them every way the engine does: delegated (password grant, to
// Exchange Online and to SharePoint), app-only (client secret, Exchange Online and SharePoint),
// Basic chosen for Exchange Online (never sent), Basic and NTLM to an Exchange Server (with
// Autodiscover), each also with a wrong secret (the refusal paths). Every logging category is on
// at debug level (QT_LOGGING_RULES="*.debug=true") and a message handler keeps every line. The
// same diagnoses run through the built binary (`diagnose --practice FILE --password-env
// --client-secret-env --json`) with that logging environment. Nowhere may the secrets appear: as
// they are, percent-encoded, in a Basic header (base64 of user:secret), base64-encoded at any
// alignment, or hex-encoded; nor any Bearer token the simulated tenant issued (the exact values the
// engine sent, and anything shaped like a JWT).
//
// Note: outside Debug builds the project compiles qCDebug out (QT_NO_DEBUG_OUTPUT); there the
// capture covers Qt's own debug lines and every info/warning line, and the Debug and asan presets
// run the same test with the engine's and the simulator's debug lines compiled in.
#include "RunBinary.h"
#include "engine/Engine.h"
#include "engine/ResultJson.h"
#include "sim/SimulatedTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace AuthDoctor;

namespace {

// Every message, whatever its category and level.
QMutex g_logMutex;
QList<QByteArray> g_log;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log << (QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8());
}

QString randomSecret(const char *prefix, int length)
{
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~";
    QString out = QString::fromLatin1(prefix);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(int(sizeof(kAlphabet) - 1))]);
    return out;
}

// The forms a secret can take in text: as is, percent- and form-encoded, in a Basic header, as
// base64 at each of the three alignments inside a longer encoded text, and as hex.
QList<QByteArray> formsOf(const QString &secret, const QString &user)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> forms{raw, QUrl::toPercentEncoding(secret), raw.toHex()};
    if (!user.isEmpty())
        forms << (user + QLatin1Char(':') + secret).toUtf8().toBase64();
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray encoded = QByteArray(QByteArray(pad, 0) + raw).toBase64();
        const int skip = pad == 0 ? 0 : 4; // the group the padding bytes share
        forms << encoded.mid(skip, encoded.size() - skip - 4);
        forms << QByteArray(encoded.mid(skip, encoded.size() - skip - 4)).replace('+', '-').replace('/', '_');
    }
    return forms;
}

struct Secrets
{
    QString password;         // the account's password in the simulated tenant
    QString wrongPassword;    // another one, refused
    QString clientSecret;     // the app-only registration's secret
    QString wrongSecret;      // another one, refused
    QList<QByteArray> tokens; // Bearer tokens the simulated tenant issued (filled as they are seen)

    QStringList all() const { return {password, wrongPassword, clientSecret, wrongSecret}; }
};

// Which secret forms (and tokens) a text contains; empty when none. Names the secret, never shows it.
QStringList leaksIn(const QByteArray &text, const Secrets &s, const QStringList &users)
{
    QStringList out;
    const QStringList names{QStringLiteral("password"), QStringLiteral("wrong password"),
                            QStringLiteral("client secret"), QStringLiteral("wrong client secret")};
    const QStringList secrets = s.all();
    for (qsizetype i = 0; i < secrets.size(); ++i)
        for (const QString &user : users + QStringList{QString()})
            for (const QByteArray &form : formsOf(secrets.at(i), user))
                if (!form.isEmpty() && text.contains(form) && !out.contains(names.at(i)))
                    out << names.at(i);
    for (const QByteArray &token : s.tokens)
        if (text.contains(token) || text.contains(token.left(token.lastIndexOf('.')))) {
            out << QStringLiteral("a Bearer token of the simulated tenant");
            break;
        }
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.?[A-Za-z0-9_-]*"));
    if (jwt.match(QString::fromUtf8(text)).hasMatch())
        out << QStringLiteral("something shaped like a JWT");
    return out;
}

// A network manager that notes the Bearer tokens the engine sends and the tokens the token endpoint
// hands out (read with peek(), before the engine reads the answer), so the test knows their values.
class TokenSpyNam : public QNetworkAccessManager
{
public:
    explicit TokenSpyNam(QList<QByteArray> *tokens) : m_tokens(tokens) {}

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QByteArray auth = request.rawHeader("Authorization");
        if (auth.startsWith("Bearer "))
            note(auth.mid(7).trimmed());
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (request.url().path().endsWith(QLatin1String("/token"))) {
            auto *body = new QByteArray;
            connect(reply, &QNetworkReply::readyRead, reply, [reply, body] { *body = reply->peek(1 << 20); });
            connect(reply, &QNetworkReply::finished, reply, [this, body] {
                const QJsonObject o = QJsonDocument::fromJson(*body).object();
                for (const char *k : {"access_token", "refresh_token", "id_token"})
                    note(o.value(QLatin1String(k)).toString().toLatin1());
                delete body;
            });
        }
        return reply;
    }

private:
    void note(const QByteArray &token)
    {
        if (token.size() >= 16 && !m_tokens->contains(token))
            m_tokens->append(token);
    }
    QList<QByteArray> *m_tokens;
};

// One diagnosis: the inputs (without secrets), the tenant overrides, and which secret is given.
struct Row
{
    QJsonObject inputs;
    QJsonObject tenant;
    QString password;     // given as the project's password (may be the wrong one)
    QString clientSecret; // given as the project's client secret
    bool tokensExpected = false;
    QString primary; // what the diagnosis finds: proof that the secret was really used
};

const QString kCloudAdmin = QStringLiteral("admin@contoso.com");
const QString kOnPremAdmin = QStringLiteral("admin@fabrikam.com");
const QString kDelegatedApp = QStringLiteral("3c1f0a52-8d4e-4f6b-a9c7-1e2d3f4a5b61");
const QString kAppOnlyApp = QStringLiteral("9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a");

QJsonObject cloudInputs(const QString &endpoint, const QString &auth)
{
    QJsonObject in{{QStringLiteral("endpoint"), endpoint},
                   {QStringLiteral("side"), QStringLiteral("destination")},
                   {QStringLiteral("auth"), auth},
                   {QStringLiteral("user"), kCloudAdmin},
                   {QStringLiteral("tenant"), QStringLiteral("contoso.com")},
                   {QStringLiteral("mailbox"), QStringLiteral("user1@contoso.com")}};
    in.insert(QStringLiteral("client_id"), auth == QLatin1String("app-only") ? kAppOnlyApp : kDelegatedApp);
    return in;
}

QJsonObject onPremInputs(const QString &auth, bool withEwsUrl)
{
    QJsonObject in{{QStringLiteral("endpoint"), QStringLiteral("exchange-server")},
                   {QStringLiteral("side"), QStringLiteral("source")},
                   {QStringLiteral("auth"), auth},
                   {QStringLiteral("user"), kOnPremAdmin},
                   {QStringLiteral("mailbox"), QStringLiteral("user1@fabrikam.com")}};
    if (withEwsUrl)
        in.insert(QStringLiteral("ews_url"), QStringLiteral("https://mail.fabrikam.com/EWS/Exchange.asmx"));
    return in;
}

QJsonObject tenantFor(const Secrets &s)
{
    // The account passwords and the app-only secret of this run; the delegated app may ask for a
    // SharePoint token (OneDrive).
    return {
        {QStringLiteral("users"),
         QJsonArray{
             QJsonObject{{QStringLiteral("upn"), kCloudAdmin}, {QStringLiteral("password"), s.password}},
             QJsonObject{{QStringLiteral("upn"), kOnPremAdmin}, {QStringLiteral("password"), s.password}}}},
        {QStringLiteral("apps"),
         QJsonArray{QJsonObject{{QStringLiteral("client_id"), kAppOnlyApp},
                                {QStringLiteral("secret"), s.clientSecret}},
                    QJsonObject{
                        {QStringLiteral("client_id"), kDelegatedApp},
                        {QStringLiteral("delegated"),
                         QJsonArray{QStringLiteral("EWS.AccessAsUser.All"), QStringLiteral("User.Read"),
                                    QStringLiteral("User.Read.All"), QStringLiteral("Files.Read.All"),
                                    QStringLiteral("MailboxSettings.Read"), QStringLiteral("Policy.Read.All"),
                                    QStringLiteral("sharepoint:AllSites.FullControl")}}}}}};
}

Row rowFor(const QString &name, const Secrets &s)
{
    Row r;
    r.tenant = tenantFor(s);
    if (name == QLatin1String("exchange-online delegated")) {
        r.primary = QStringLiteral("credentials-ok");
        r.inputs = cloudInputs(QStringLiteral("exchange-online"), QStringLiteral("delegated"));
        r.password = s.password;
        r.tokensExpected = true;
    } else if (name == QLatin1String("exchange-online delegated, wrong password")) {
        r.primary = QStringLiteral("wrong-password");
        r.inputs = cloudInputs(QStringLiteral("exchange-online"), QStringLiteral("delegated"));
        r.password = s.wrongPassword;
    } else if (name == QLatin1String("exchange-online app-only")) {
        r.primary = QStringLiteral("credentials-ok");
        r.inputs = cloudInputs(QStringLiteral("exchange-online"), QStringLiteral("app-only"));
        r.clientSecret = s.clientSecret;
        r.tokensExpected = true;
    } else if (name == QLatin1String("exchange-online app-only, wrong secret")) {
        r.primary = QStringLiteral("client-secret-invalid");
        r.inputs = cloudInputs(QStringLiteral("exchange-online"), QStringLiteral("app-only"));
        r.clientSecret = s.wrongSecret;
    } else if (name == QLatin1String("onedrive delegated")) {
        r.primary = QStringLiteral("credentials-ok");
        r.inputs = cloudInputs(QStringLiteral("onedrive"), QStringLiteral("delegated"));
        r.password = s.password;
        r.tokensExpected = true;
    } else if (name == QLatin1String("onedrive app-only")) {
        r.primary = QStringLiteral("sharepoint-app-only-secret");
        r.inputs = cloudInputs(QStringLiteral("onedrive"), QStringLiteral("app-only"));
        r.clientSecret = s.clientSecret;
        r.tokensExpected = true;
    } else if (name == QLatin1String("exchange-online basic (never sent)")) {
        r.primary = QStringLiteral("basic-auth-disabled");
        r.inputs = cloudInputs(QStringLiteral("exchange-online"), QStringLiteral("basic"));
        r.password = s.password;
    } else if (name == QLatin1String("exchange-server basic with autodiscover")) {
        r.primary = QStringLiteral("credentials-ok");
        r.inputs = onPremInputs(QStringLiteral("basic"), false);
        r.password = s.password;
    } else if (name == QLatin1String("exchange-server basic, wrong password")) {
        r.primary = QStringLiteral("wrong-password");
        r.inputs = onPremInputs(QStringLiteral("basic"), true);
        r.password = s.wrongPassword;
    } else if (name == QLatin1String("exchange-server ntlm")) {
        r.primary = QStringLiteral("credentials-ok");
        r.inputs = onPremInputs(QStringLiteral("ntlm"), true);
        r.password = s.password;
    } else if (name == QLatin1String("exchange-server ntlm, wrong password")) {
        r.primary = QStringLiteral("wrong-password");
        r.inputs = onPremInputs(QStringLiteral("ntlm"), true);
        r.password = s.wrongPassword;
    }
    return r;
}

const QStringList kRows{QStringLiteral("exchange-online delegated"),
                        QStringLiteral("exchange-online delegated, wrong password"),
                        QStringLiteral("exchange-online app-only"),
                        QStringLiteral("exchange-online app-only, wrong secret"),
                        QStringLiteral("onedrive delegated"),
                        QStringLiteral("onedrive app-only"),
                        QStringLiteral("exchange-online basic (never sent)"),
                        QStringLiteral("exchange-server basic with autodiscover"),
                        QStringLiteral("exchange-server basic, wrong password"),
                        QStringLiteral("exchange-server ntlm"),
                        QStringLiteral("exchange-server ntlm, wrong password")};

// The scenario file of a row: the tenant with this run's secrets, the inputs without them.
QByteArray scenarioFile(const QString &name, const Row &r)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("authdoctor"),
                                      QJsonObject{{QStringLiteral("name"), QStringLiteral("leak")},
                                                  {QStringLiteral("title"), name},
                                                  {QStringLiteral("base"), QStringLiteral("healthy-tenant")},
                                                  {QStringLiteral("tenant"), r.tenant},
                                                  {QStringLiteral("inputs"), r.inputs}}}})
        .toJson();
}

const QStringList kUsers{kCloudAdmin, kOnPremAdmin, QStringLiteral("FABRIKAM\\admin"),
                         QStringLiteral("admin")};

} // namespace

class TstEngineLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void inProcess_data();
    void inProcess();
    void binary_data();
    void binary();

private:
    Secrets m_secrets;
    QtMessageHandler m_previous = nullptr;
};

void TstEngineLeak::initTestCase()
{
    m_secrets.password = randomSecret("Pw!", 22);
    m_secrets.wrongPassword = randomSecret("Wp#", 22);
    m_secrets.clientSecret = randomSecret("Cs~", 30);
    m_secrets.wrongSecret = randomSecret("Ws~", 30);

    // The detector finds what it looks for.
    const QString user = kCloudAdmin;
    QVERIFY(!leaksIn("x" + m_secrets.password.toUtf8() + "y", m_secrets, kUsers).isEmpty());
    QVERIFY(!leaksIn("Basic " + (user + QLatin1Char(':') + m_secrets.password).toUtf8().toBase64(), m_secrets,
                     kUsers)
                 .isEmpty());
    QVERIFY(!leaksIn("client_secret=" + QUrl::toPercentEncoding(m_secrets.clientSecret), m_secrets, kUsers)
                 .isEmpty());
    QVERIFY(!leaksIn(QByteArray("{\"s\":\"" + m_secrets.clientSecret.toUtf8() + "\"}").toBase64(), m_secrets,
                     kUsers)
                 .isEmpty());
    QVERIFY(leaksIn("password=********", m_secrets, kUsers).isEmpty());

    // Every category at debug level, every line kept (the rules are also in the environment,
    // QT_LOGGING_RULES, for Qt's own categories created before this point).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    m_previous = qInstallMessageHandler(captureMessage);
    QMessageLogger(__FILE__, __LINE__, Q_FUNC_INFO, "authdoctor.engine").debug("leak probe");
    const QMutexLocker lock(&g_logMutex);
    QVERIFY2(!g_log.isEmpty() && g_log.last().endsWith("leak probe"), "the message handler sees debug lines");
}

void TstEngineLeak::cleanupTestCase()
{
    qInstallMessageHandler(m_previous);
}

void TstEngineLeak::inProcess_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &n : kRows)
        QTest::newRow(qPrintable(n)) << n;
}

void TstEngineLeak::inProcess()
{
    QFETCH(QString, name);
    const Row row = rowFor(name, m_secrets);
    QString error;
    const auto scenario = Sim::Scenario::load(scenarioFile(name, row), QStringLiteral("leak"), &error);
    QVERIFY2(scenario, qPrintable(error));
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QByteArray result;
    qsizetype tokensBefore = m_secrets.tokens.size();
    {
        Sim::SimulatedTenant sim;
        QVERIFY2(sim.start(*scenario, &error), qPrintable(error));
        TokenSpyNam nam(&m_secrets.tokens);
        nam.setProxy(sim.proxy());
        Engine::NetworkContext ctx;
        ctx.nam = &nam;
        ctx.proxy = sim.proxy();
        ctx.extraCaCertificates = sim.caCertificates();
        ctx.requestTimeoutMs = 10000;
        Engine::Inputs in = Engine::Inputs::fromJson(row.inputs);
        in.password = row.password;
        in.clientSecret = row.clientSecret;
        Engine::Diagnosis d(ctx);
        d.setInputs(in);
        d.setPractice(QStringLiteral("leak"));
        QSignalSpy done(&d, &Engine::Diagnosis::finished);
        d.start();
        QVERIFY2(done.count() > 0 || done.wait(120000), "the diagnosis did not finish");
        result = QJsonDocument(Engine::resultToJson(d.result())).toJson();
        QCOMPARE(d.result().primaryFinding, row.primary);
        // The request log too (it records the scheme of Authorization, never its value).
        for (const QJsonObject &entry : sim.requestLog())
            result += QJsonDocument(entry).toJson(QJsonDocument::Compact);
    }
    if (row.tokensExpected)
        QVERIFY2(m_secrets.tokens.size() > tokensBefore, "the simulated tenant issued no token to watch for");

    QList<QByteArray> log;
    {
        const QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QStringList problems;
    for (const QString &leak : leaksIn(result, m_secrets, kUsers))
        problems << leak + QStringLiteral(" in the result");
    for (const QByteArray &line : std::as_const(log))
        for (const QString &leak : leaksIn(line, m_secrets, kUsers))
            problems << leak + QStringLiteral(" in a log line of ") +
                            QString::fromUtf8(line.left(line.indexOf(':')));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    std::fprintf(stderr, "  %lld log lines checked, %lld tokens watched\n", qint64(log.size()),
                 qint64(m_secrets.tokens.size()));
}

void TstEngineLeak::binary_data()
{
    inProcess_data();
}

void TstEngineLeak::binary()
{
    QFETCH(QString, name);
    const Row row = rowFor(name, m_secrets);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("leak.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(scenarioFile(name, row));
    }
    QStringList args{QStringLiteral("diagnose"), QStringLiteral("--practice"), file,
                     QStringLiteral("--json"),   QStringLiteral("--timeout"),  QStringLiteral("10")};
    QMap<QString, QString> env{{QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")}};
    if (!row.password.isEmpty()) {
        args << QStringLiteral("--password-env") << QStringLiteral("AUTHDOCTOR_LEAK_PASSWORD");
        env.insert(QStringLiteral("AUTHDOCTOR_LEAK_PASSWORD"), row.password);
    }
    if (!row.clientSecret.isEmpty()) {
        args << QStringLiteral("--client-secret-env") << QStringLiteral("AUTHDOCTOR_LEAK_SECRET");
        env.insert(QStringLiteral("AUTHDOCTOR_LEAK_SECRET"), row.clientSecret);
    }
    const Test::ProcessResult run = Test::runAuthDoctor(args, {}, env, 180000);
    QVERIFY2(run.finished, "diagnose did not finish");
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.right(600).constData());
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("schema")).toString(), QStringLiteral("authdoctor.diagnosis/1"));
    QCOMPARE(result.value(QStringLiteral("primary_finding")).toString(), row.primary);
    QVERIFY2(!run.err.isEmpty(), "no progress lines on stderr");

    QStringList problems;
    for (const QString &leak : leaksIn(run.out, m_secrets, kUsers))
        problems << leak + QStringLiteral(" on stdout");
    for (const QString &leak : leaksIn(run.err, m_secrets, kUsers))
        problems << leak + QStringLiteral(" on stderr");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
}

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QCoreApplication app(argc, argv);
    TstEngineLeak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_engine_leak.moc"
