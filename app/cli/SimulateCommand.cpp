// authdoctor simulate --scenario NAME|FILE [--listen HOST:PORT] [--log FILE] [--allow-non-loopback]
// (../shared/spec/cli.md "simulate"): runs the simulated tenant as a local proxy until SIGINT/SIGTERM.
#include "Commands.h"

#include "core/Logging.h"
#include "sim/SimulatedTenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace AuthDoctor::Cli {

namespace {

// The translation context of this file's texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuthDoctor::Cli::Simulate)
};

// Turns SIGINT/SIGTERM (Ctrl+C / Ctrl+Break / close on Windows) into QCoreApplication::quit()
// from the event loop: the handler only writes a byte to a socket pair.
class QuitOnSignal
{
public:
    QuitOnSignal()
    {
#ifdef Q_OS_WIN
        SetConsoleCtrlHandler(&QuitOnSignal::consoleHandler, TRUE);
#else
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0) {
            qCWarning(lcCli) << "cannot create the signal socket pair";
            return;
        }
        m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier, &QSocketNotifier::activated, m_notifier, [this] {
            char c = 0;
            if (::read(s_fds[1], &c, 1) >= 0)
                QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = &QuitOnSignal::signalHandler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
#endif
    }
    ~QuitOnSignal()
    {
#ifdef Q_OS_WIN
        SetConsoleCtrlHandler(&QuitOnSignal::consoleHandler, FALSE);
#else
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        delete m_notifier;
        ::close(s_fds[0]);
        ::close(s_fds[1]);
#endif
    }
    QuitOnSignal(const QuitOnSignal &) = delete;
    QuitOnSignal &operator=(const QuitOnSignal &) = delete;

private:
#ifdef Q_OS_WIN
    static BOOL WINAPI consoleHandler(DWORD)
    {
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
        return TRUE;
    }
#else
    static void signalHandler(int)
    {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(s_fds[0], &c, 1);
    }
    static inline int s_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

// "HOST:PORT", "[v6]:PORT" or "PORT"; "localhost" is 127.0.0.1.
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

} // namespace

int runSimulate(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Runs the simulated Microsoft 365 tenant and Exchange Server of a practice scenario as an HTTP proxy "
        "on this computer. Point a client at the proxy and trust the printed CA file for that client only."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        Text::tr("Show this help."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), Text::tr("The scenario: an embedded scenario's name or a scenario file."),
        Text::tr("NAME|FILE"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"), Text::tr("Where the proxy listens (default 127.0.0.1:0, any free port)."),
        Text::tr("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption logOption(
        QStringLiteral("log"),
        Text::tr("Append one JSON line per request received to FILE (never a credential)."),
        Text::tr("FILE"));
    const QCommandLineOption allowOption(
        QStringLiteral("allow-non-loopback"),
        Text::tr("Allow listening on an address other than loopback. The simulator's "
                 "keys are public: only for isolated lab networks."));
    parser.addOptions({helpOption, scenarioOption, listenOption, logOption, allowOption});

    QStringList parseArgs = {args.value(0) + QLatin1String(" simulate")};
    parseArgs += args.mid(2);
    if (!parser.parse(parseArgs)) {
        err << Text::tr("authdoctor simulate: %1").arg(parser.errorText()) << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Text::tr("authdoctor simulate: unexpected argument \"%1\"")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(scenarioOption)) {
        err << Text::tr("authdoctor simulate: --scenario NAME|FILE is required (\"authdoctor scenarios\" "
                        "lists the "
                        "names)")
            << '\n';
        return ExitUsage;
    }

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port)) {
        err << Text::tr("authdoctor simulate: --listen expects HOST:PORT, such as 127.0.0.1:8080, got \"%1\"")
                   .arg(parser.value(listenOption))
            << '\n';
        return ExitUsage;
    }
    const bool allowNonLoopback = parser.isSet(allowOption);
    if (!address.isLoopback() && !allowNonLoopback) {
        err << Text::tr("authdoctor simulate: %1 is not a loopback address; the simulator only listens on "
                        "loopback "
                        "unless --allow-non-loopback is given")
                   .arg(address.toString())
            << '\n';
        return ExitUsage;
    }

    QString error;
    const auto scenario = Sim::Scenario::loadNameOrFile(parser.value(scenarioOption), &error);
    if (!scenario) {
        err << error << '\n';
        return ExitUsage;
    }

    QFile logFile;
    if (parser.isSet(logOption)) {
        logFile.setFileName(parser.value(logOption));
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Append)) {
            err << Text::tr("authdoctor simulate: cannot open the log file %1: %2")
                       .arg(parser.value(logOption), logFile.errorString())
                << '\n';
            return ExitCannotRun;
        }
    }

    // Installed before the tenant exists and removed after it is gone, so that a signal during
    // start-up or shutdown still ends in a clean exit (and the temporary CA file is removed).
    QuitOnSignal quitOnSignal;
    Sim::SimulatedTenant tenant;
    Sim::SimulatedTenant::Options options;
    options.address = address;
    options.port = port;
    options.allowNonLoopback = allowNonLoopback;
    options.keepRequestLog = false; // entries go to --log as they come; nothing accumulates in memory
    if (!tenant.start(*scenario, options, &error)) {
        err << Text::tr("authdoctor simulate: %1").arg(error) << '\n';
        return ExitCannotRun;
    }
    const QString caPath = tenant.caPemPath();
    if (caPath.isEmpty()) {
        err << Text::tr("authdoctor simulate: cannot write the CA certificate to a temporary folder") << '\n';
        return ExitCannotRun;
    }
    if (logFile.isOpen()) {
        QObject::connect(&tenant, &Sim::SimulatedTenant::requestLogged, &tenant,
                         [&logFile](const QJsonObject &e) {
                             logFile.write(QJsonDocument(e).toJson(QJsonDocument::Compact) + '\n');
                             logFile.flush();
                         });
    }

    out << QLatin1String("listening proxy=") << tenant.proxyUrl() << QLatin1String(" ca=") << caPath << '\n';
    out.flush();
    err << Text::tr("Simulating \"%1\". Stop with Ctrl+C.").arg(scenario->name) << '\n';
    err.flush();

    QCoreApplication::exec();
    tenant.stop();
    return ExitOk;
}

} // namespace AuthDoctor::Cli
