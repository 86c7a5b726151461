#include "SimulatedTenant.h"

#include "core/Logging.h"
#include "core/Redaction.h"

#include <QDateTime>
#include <QFile>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QUrl>

namespace AuthDoctor::Sim {

SimulatedTenant::SimulatedTenant(QObject *parent) : QObject(parent)
{
}

SimulatedTenant::~SimulatedTenant()
{
    stop();
}

bool SimulatedTenant::start(const Scenario &scenario, QString *error)
{
    return start(scenario, Options(), error);
}

bool SimulatedTenant::start(const Scenario &scenario, const Options &options, QString *error)
{
    stop();
    QString message;
    auto model = scenario.createTenantModel(&message);
    if (!model) {
        if (error)
            *error = scenario.sourceName + QLatin1String(": ") + message;
        return false;
    }
    m_scenario = scenario;
    m_model = std::move(model);
    m_keepLog = options.keepRequestLog;
    m_addedLatencyMs = qMax(0, options.addedLatencyMs);

    m_server = new SimulatorServer(this);
    SimulatorServer::Options serverOptions;
    serverOptions.allowNonLoopback = options.allowNonLoopback;
    serverOptions.limits = options.limits;
    serverOptions.connections = options.connections;
    m_server->setOptions(serverOptions);
    m_server->setHandler([this](const SimRequest &r) { return respond(r); });
    m_server->setCertificateChooser([this](const QString &host) { return m_scenario.certificateFor(host); });
    m_server->setObserver([this](const SimRequest &r, const SimResponse &resp) { record(r, resp); });
    if (!m_server->start(options.address, options.port, error)) {
        delete m_server;
        m_server = nullptr;
        m_model.reset();
        return false;
    }
    qCDebug(lcSim) << "simulated tenant" << m_scenario.name << "on port" << m_server->serverPort();
    return true;
}

void SimulatedTenant::stop()
{
    if (!m_server)
        return;
    // stop() may be called from a requestLogged() slot, i.e. with the server on the stack:
    // close everything now, delete later (it is our child: gone with us at the latest).
    m_server->stop();
    m_server->deleteLater();
    m_server = nullptr;
}

bool SimulatedTenant::isRunning() const
{
    return m_server && m_server->isListening();
}

QHostAddress SimulatedTenant::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 SimulatedTenant::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

int SimulatedTenant::acceptedConnections() const
{
    return m_server ? m_server->acceptedConnections() : 0;
}

QNetworkProxy SimulatedTenant::proxy() const
{
    if (!isRunning())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::HttpProxy, address().toString(), port());
}

QString SimulatedTenant::proxyUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    return url.toString();
}

QList<QSslCertificate> SimulatedTenant::caCertificates() const
{
    return {SimCertificates::embedded().ca()};
}

QString SimulatedTenant::caPemPath() const
{
    if (!m_caPemPath.isEmpty() && QFile::exists(m_caPemPath))
        return m_caPemPath;
    m_tempDir = std::make_unique<QTemporaryDir>();
    if (!m_tempDir->isValid()) {
        qCWarning(lcSim) << "cannot create a temporary folder for the simulator CA:"
                         << m_tempDir->errorString();
        return {};
    }
    QFile f(m_tempDir->filePath(QStringLiteral("authdoctor-simulator-ca.pem")));
    if (!f.open(QIODevice::WriteOnly) || f.write(SimCertificates::embedded().caPem()) < 0) {
        qCWarning(lcSim) << "cannot write the simulator CA:" << f.errorString();
        return {};
    }
    f.close();
    m_caPemPath = f.fileName();
    return m_caPemPath;
}

QSslConfiguration SimulatedTenant::sslConfiguration() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.addCaCertificates(caCertificates());
    return c;
}

SimResponse SimulatedTenant::respond(const SimRequest &request)
{
    SimResponse r = answer(request);
    r.delayMs += m_addedLatencyMs;
    return r;
}

SimResponse SimulatedTenant::answer(const SimRequest &request)
{
    if (const Mapping *m = m_scenario.matchingMapping(request))
        return m->response;
    if (m_model) {
        if (std::optional<SimResponse> r = m_model->handle(request)) {
            if (r->rule.isEmpty())
                r->rule = QStringLiteral("tenant");
            return *r;
        }
    }
    return SimResponse::empty(404, QStringLiteral("unmatched"));
}

void SimulatedTenant::record(const SimRequest &request, const SimResponse &response)
{
    const QJsonObject entry = logEntry(request, response, QDateTime::currentDateTimeUtc());
    if (m_keepLog)
        m_log << entry;
    emit requestLogged(entry);
}

QJsonObject SimulatedTenant::logEntry(const SimRequest &request, const SimResponse &response,
                                      const QDateTime &time)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject e;
    e.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    e.insert(QStringLiteral("host"), orNull(request.host));
    e.insert(QStringLiteral("method"), orNull(QString::fromLatin1(request.method)));
    e.insert(QStringLiteral("path"), orNull(request.target.isEmpty() ? QString() : request.logPath()));
    e.insert(QStringLiteral("rule"), response.rule);
    e.insert(QStringLiteral("status"), response.fault == Fault::None ? QJsonValue(response.status)
                                                                     : QJsonValue(faultName(response.fault)));
    e.insert(QStringLiteral("auth"), orNull(request.authScheme()));
    return e;
}

} // namespace AuthDoctor::Sim
