// authdoctor diagnose [options] (../shared/spec/cli.md "diagnose"): runs the checks without a
// window. Progress on stderr, the result on stdout, exit 0 / 1 / 2 / 3.
#include "Commands.h"

#include "DiagnosisText.h"
#include "ReportOutputs.h"
#include "core/Logging.h"
#include "core/Vocabulary.h"
#include "engine/Engine.h"
#include "engine/Inference.h"
#include "engine/ResultJson.h"
#include "sim/SimulatedTenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QTextStream>

#include <cstdio>

namespace AuthDoctor::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Diagnose)
};

int usage(const QString &message)
{
    QTextStream(stderr) << Text::tr("authdoctor diagnose: %1").arg(message) << '\n'
                        << Text::tr("Try \"authdoctor diagnose --help\".") << '\n';
    return ExitUsage;
}

int cannotRun(const QString &message)
{
    QTextStream(stderr) << Text::tr("authdoctor diagnose: %1").arg(message) << '\n';
    return ExitCannotRun;
}

QString readPasswordStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

int runDiagnose(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("Run the checks without a window and name the cause."));
    p.addHelpOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      Text::tr("exchange-online, exchange-server or onedrive"),
                                      QStringLiteral("TYPE"));
    const QCommandLineOption side(QStringLiteral("side"), Text::tr("source or destination"),
                                  QStringLiteral("SIDE"));
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   Text::tr("commercial, gcc, gcc-high, dod or china (default commercial)"),
                                   QStringLiteral("CLOUD"));
    const QCommandLineOption auth(QStringLiteral("auth"), Text::tr("delegated, app-only, basic or ntlm"),
                                  QStringLiteral("METHOD"));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("the account the migration tool uses"),
                                  QStringLiteral("UPN"));
    const QCommandLineOption mailbox(QStringLiteral("mailbox"), Text::tr("the mailbox being migrated"),
                                     QStringLiteral("SMTP"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        Text::tr("read the password from the first line of standard input"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         Text::tr("read the password from this environment variable"),
                                         QStringLiteral("NAME"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), Text::tr("tenant domain or id"),
                                    QStringLiteral("TENANT"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), Text::tr("application (client) id"),
                                      QStringLiteral("ID"));
    const QCommandLineOption secretEnv(QStringLiteral("client-secret-env"),
                                       Text::tr("read the client secret from this environment variable"),
                                       QStringLiteral("NAME"));
    const QCommandLineOption ewsUrl(QStringLiteral("ews-url"), Text::tr("the EWS URL"),
                                    QStringLiteral("URL"));
    const QCommandLineOption error(QStringLiteral("error"), Text::tr("the error message the tool showed"),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption errorFile(
        QStringLiteral("error-file"), Text::tr("read the error message from a file"), QStringLiteral("FILE"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), Text::tr("HTTP proxy (default: the system's)"),
                                   QStringLiteral("URL"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    Text::tr("extra trusted CA certificates (PEM)"), QStringLiteral("PEM"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("per-request limit in seconds (default 20)"),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption practice(QStringLiteral("practice"),
                                      Text::tr("run against the embedded simulated tenant"),
                                      QStringLiteral("SCENARIO"));
    const QCommandLineOption answer(QStringLiteral("answer"),
                                    Text::tr("answer a question of the diagnosis (repeatable)"),
                                    QStringLiteral("ID=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("print the result as JSON"));
    const QList<std::pair<OutputKind, QCommandLineOption>> outputOptions{
        {OutputKind::Session, QCommandLineOption(QStringLiteral("save"), Text::tr("save the session to FILE"),
                                                 QStringLiteral("FILE.authdiag"))},
        {OutputKind::Pdf, QCommandLineOption(QStringLiteral("pdf"), Text::tr("write a PDF report to FILE"),
                                             QStringLiteral("FILE"))},
        {OutputKind::Html,
         QCommandLineOption(QStringLiteral("html"), Text::tr("write an HTML report to FILE"),
                            QStringLiteral("FILE"))},
        {OutputKind::Markdown, QCommandLineOption(QStringLiteral("markdown"),
                                                  Text::tr("write a Markdown report to FILE (for a ticket)"),
                                                  QStringLiteral("FILE"))},
        {OutputKind::Har,
         QCommandLineOption(QStringLiteral("har"), Text::tr("write the evidence as HAR 1.2 to FILE"),
                            QStringLiteral("FILE"))},
    };
    for (const auto *o : {&endpoint,    &side,   &cloud,    &auth,      &user,   &mailbox, &passwordStdin,
                          &passwordEnv, &tenant, &clientId, &secretEnv, &ewsUrl, &error,   &errorFile,
                          &proxy,       &caFile, &timeout,  &practice,  &answer, &json})
        p.addOption(*o);
    for (const auto &o : outputOptions)
        p.addOption(o.second);
    if (!p.parse(args.mid(1)))
        return usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument; secrets are accepted only through --password-stdin, "
                              "--password-env and --client-secret-env"));

    Engine::Inputs in;
    std::unique_ptr<Sim::SimulatedTenant> sim;
    Engine::NetworkContext ctx;

    // Practice: the scenario's inputs first, the command line's on top.
    if (p.isSet(practice)) {
        QString err;
        const auto scenario = Sim::Scenario::loadNameOrFile(p.value(practice), &err);
        if (!scenario)
            return cannotRun(err);
        in = Engine::Inputs::fromJson(scenario->inputs);
        sim = std::make_unique<Sim::SimulatedTenant>();
        if (!sim->start(*scenario, &err))
            return cannotRun(err);
        ctx.proxy = sim->proxy();
        ctx.extraCaCertificates = sim->caCertificates();
    }

    const auto enumOption = [&p](const QCommandLineOption &o, auto parse, auto *target,
                                 const QStringList &names) -> bool {
        if (!p.isSet(o))
            return true;
        const auto v = parse(p.value(o));
        if (!v)
            return false;
        *target = *v;
        Q_UNUSED(names);
        return true;
    };
    if (!enumOption(endpoint, &endpointKindFromString, &in.endpoint, endpointKindNames()))
        return usage(
            Text::tr("--endpoint must be one of: %1").arg(endpointKindNames().join(QStringLiteral(", "))));
    if (!enumOption(side, &sideFromString, &in.side, sideNames()))
        return usage(Text::tr("--side must be one of: %1").arg(sideNames().join(QStringLiteral(", "))));
    if (!enumOption(cloud, &cloudFromString, &in.cloud, cloudNames()))
        return usage(Text::tr("--cloud must be one of: %1").arg(cloudNames().join(QStringLiteral(", "))));
    if (!enumOption(auth, &authMethodFromString, &in.auth, authMethodNames()))
        return usage(Text::tr("--auth must be one of: %1").arg(authMethodNames().join(QStringLiteral(", "))));
    for (const auto &[opt, field] :
         {std::pair{&user, &in.user}, std::pair{&mailbox, &in.mailbox}, std::pair{&tenant, &in.tenant},
          std::pair{&clientId, &in.clientId}, std::pair{&ewsUrl, &in.ewsUrl}})
        if (p.isSet(*opt))
            *field = p.value(*opt).trimmed();
    if (p.isSet(error))
        in.errorText = p.value(error);
    if (p.isSet(errorFile)) {
        QFile f(p.value(errorFile));
        if (!QFileInfo(f).isFile() || !f.open(QIODevice::ReadOnly))
            return usage(Text::tr("cannot read the error file %1").arg(p.value(errorFile)));
        in.errorText = QString::fromUtf8(f.read(1024 * 1024));
    }
    if (p.isSet(passwordStdin))
        in.password = readPasswordStdin();
    if (p.isSet(passwordEnv)) {
        const QByteArray name = p.value(passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usage(Text::tr("the environment variable %1 is not set").arg(p.value(passwordEnv)));
        in.password = qEnvironmentVariable(name.constData());
    }
    if (p.isSet(secretEnv)) {
        const QByteArray name = p.value(secretEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usage(Text::tr("the environment variable %1 is not set").arg(p.value(secretEnv)));
        in.clientSecret = qEnvironmentVariable(name.constData());
    }
    if (in.endpoint == EndpointKind::ExchangeServer && in.ewsUrl.isEmpty() && in.user.isEmpty() &&
        in.mailbox.isEmpty())
        return usage(
            Text::tr("an Exchange Server diagnosis needs --ews-url or an address to discover it from"));
    if (!in.ewsUrl.isEmpty()) {
        const QUrl u(in.ewsUrl);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            return usage(Text::tr("--ews-url is not an http(s) URL"));
    }
    if (p.isSet(timeout)) {
        bool ok = false;
        const double s = p.value(timeout).toDouble(&ok);
        if (!ok || s <= 0 || s > 600)
            return usage(Text::tr("--timeout must be a number of seconds between 0 and 600"));
        ctx.requestTimeoutMs = int(s * 1000);
    }
    if (p.isSet(proxy)) {
        const QUrl u(p.value(proxy));
        if (!u.isValid() || u.host().isEmpty())
            return usage(Text::tr("--proxy is not a URL"));
        ctx.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, u.host(), quint16(u.port(8080)));
    }
    if (p.isSet(caFile)) {
        QFile f(p.value(caFile));
        if (!QFileInfo(f).isFile() || !f.open(QIODevice::ReadOnly))
            return usage(Text::tr("cannot read the CA file %1").arg(p.value(caFile)));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(f.read(4 * 1024 * 1024), QSsl::Pem);
        if (certs.isEmpty())
            return usage(Text::tr("no PEM certificate in %1").arg(p.value(caFile)));
        ctx.extraCaCertificates += certs;
    }
    QMap<QString, QString> answers;
    const QList<Engine::Question> known = Engine::knownQuestions();
    for (const QString &a : p.values(answer)) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        const QString id = a.left(eq), value = eq < 0 ? QString() : a.mid(eq + 1);
        const auto q =
            std::find_if(known.begin(), known.end(), [&id](const Engine::Question &x) { return x.id == id; });
        if (eq <= 0 || q == known.end() || !q->values.contains(value))
            return usage(
                Text::tr("--answer expects ID=VALUE with a question id and value of the JSON \"questions\""));
        answers.insert(id, value);
    }
    // The files to write, checked before the diagnosis runs: a typo must not cost a whole run.
    QList<Output> outputs;
    for (const auto &o : outputOptions) {
        const QStringList values = p.values(o.second);
        if (values.size() > 1)
            return usage(Text::tr("--%1 may be given once").arg(outputOption(o.first)));
        if (!values.isEmpty()) {
            if (values.first().isEmpty())
                return usage(Text::tr("--%1 needs a file name").arg(outputOption(o.first)));
            for (const Output &other : std::as_const(outputs))
                if (sameFile(other.path, values.first()))
                    return usage(Text::tr("--%1 and --%2 name the same file")
                                     .arg(outputOption(other.kind), outputOption(o.first)));
            outputs.append({o.first, values.first()});
        }
    }
    for (const Output &o : std::as_const(outputs)) {
        QString err;
        if (!checkWritable(o.path, &err))
            return cannotRun(err);
    }

    QNetworkAccessManager nam;
    if (ctx.proxy)
        nam.setProxy(*ctx.proxy);
    ctx.nam = &nam;
    Engine::Diagnosis diagnosis(ctx);
    diagnosis.setInputs(in);
    diagnosis.setAnswers(answers);
    if (p.isSet(practice))
        diagnosis.setPractice(p.value(practice));

    QTextStream err(stderr);
    QObject::connect(&diagnosis, &Engine::Diagnosis::checkStarted, &diagnosis, [&](const QString &id) {
        err << Text::tr("[start] %1").arg(id) << '\n';
        err.flush();
    });
    QObject::connect(&diagnosis, &Engine::Diagnosis::checkFinished, &diagnosis, [&](const QString &id) {
        const Engine::CheckResult r = diagnosis.checkResult(id);
        err << Text::tr("[%1] %2 (%3 ms): %4")
                   .arg(Engine::checkStatusToString(r.status), id, QString::number(r.durationMs),
                        r.summary.render())
            << '\n';
        err.flush();
    });
    // The application's event loop runs until the diagnosis has ended.
    QObject::connect(&diagnosis, &Engine::Diagnosis::finished, QCoreApplication::instance(),
                     &QCoreApplication::quit, Qt::QueuedConnection);
    diagnosis.start();
    if (diagnosis.isRunning())
        QCoreApplication::exec();

    const Engine::Result &result = diagnosis.result();
    QTextStream out(stdout);
    if (p.isSet(json))
        out << QJsonDocument(Engine::resultToJson(result)).toJson(QJsonDocument::Indented);
    else
        out << diagnosisToText(result);
    out.flush();

    // The session first (it stamps the time it was saved), then the reports of that same session.
    bool written = true;
    Session::Session session = Session::Session::fromResult(result);
    for (const Output &o : std::as_const(outputs)) {
        QString message;
        if (!writeOutput(session, o, &message)) {
            err << Text::tr("authdoctor diagnose: %1").arg(message) << '\n';
            written = false;
        }
    }
    err.flush();
    if (!written || !result.completed || result.checks.isEmpty())
        return ExitCannotRun;
    return result.blocking() ? ExitFound : ExitOk;
}

} // namespace AuthDoctor::Cli
