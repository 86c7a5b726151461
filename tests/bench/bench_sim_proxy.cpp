// Benchmark (not a timed test): the simulator's overhead per request through the proxy, and its
// throughput with 50 concurrent clients. Prints a table; ctest (label "bench") only checks it ran.
//
//   bench_sim_proxy [REQUESTS]      (default 1000 sequential requests per case)
//
// Baselines are bare QTcpServer/QSslServer HTTP servers answering a fixed response, measured
// with the same QNetworkAccessManager code. Servers run in their own thread; the client in
// the main thread. Keep-alive everywhere, no injected delay.
#include "sim/SimCertificates.h"
#include "sim/SimulatedTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace AuthDoctor::Sim;

namespace {

// The smallest keep-alive HTTP/1.1 server: answers every GET with "ok".
class BareServer : public QObject
{
public:
    bool start(bool tls)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration c = QSslConfiguration::defaultConfiguration();
            const auto id = SimCertificates::embedded().identity(CertificateKind::Normal);
            c.setLocalCertificate(id.certificate);
            c.setPrivateKey(id.key);
            c.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(c);
            connect(server, &QSslServer::pendingConnectionAvailable, this,
                    [this, server] { accept(server); });
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] { accept(m_server); });
        }
        m_server->setListenBacklogSize(512);
        return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    }
    quint16 port() const { return m_server->serverPort(); }

private:
    void accept(QTcpServer *server)
    {
        while (QTcpSocket *s = server->nextPendingConnection()) {
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [s, buffer] {
                *buffer += s->readAll();
                qsizetype end;
                while ((end = buffer->indexOf("\r\n\r\n")) >= 0) {
                    buffer->remove(0, end + 4);
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                }
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }
    QTcpServer *m_server = nullptr;
};

struct Stats
{
    double meanUs = 0, medianUs = 0, p95Us = 0;
    int failures = 0;
};

// Sends `count` requests one after the other on one QNAM (so one kept-alive connection).
Stats sequential(QNetworkAccessManager &nam, const QNetworkRequest &request, int count)
{
    std::vector<double> samples;
    Stats st;
    QElapsedTimer t;
    for (int i = 0; i < count + 20; ++i) { // the first 20 warm up (connection, TLS handshake)
        t.start();
        QNetworkReply *r = nam.get(request);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const double us = double(t.nsecsElapsed()) / 1000.0;
        if (r->error() != QNetworkReply::NoError || r->readAll() != "ok")
            ++st.failures;
        r->deleteLater();
        if (i >= 20)
            samples.push_back(us);
    }
    std::sort(samples.begin(), samples.end());
    double sum = 0;
    for (double s : samples)
        sum += s;
    st.meanUs = sum / double(samples.size());
    st.medianUs = samples[samples.size() / 2];
    st.p95Us = samples[samples.size() * 95 / 100];
    return st;
}

// 50 clients (one QNAM each), each sending requests back to back until `total` are done.
double throughput(const QNetworkProxy &proxy, const QSslConfiguration &ssl, const QUrl &url, int clients,
                  int total, int *failures)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    int sent = 0, done = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> next = [&](QNetworkAccessManager *nam) {
        if (sent >= total)
            return;
        ++sent;
        QNetworkRequest req(url);
        req.setSslConfiguration(ssl);
        QNetworkReply *r = nam->get(req);
        QObject::connect(r, &QNetworkReply::finished, r, [&, r, nam] {
            if (r->error() != QNetworkReply::NoError || r->readAll() != "ok")
                ++*failures;
            r->deleteLater();
            if (++done == total)
                loop.quit();
            else
                next(nam);
        });
    };
    for (int c = 0; c < clients; ++c) {
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        nams.back()->setProxy(proxy);
    }
    QElapsedTimer t;
    t.start();
    for (auto &nam : nams)
        next(nam.get());
    loop.exec();
    return double(total) * 1000.0 / double(qMax<qint64>(1, t.elapsed()));
}

// Runs f in the thread of object (the server thread) and waits for it.
template <typename F> void runIn(QObject *object, F f)
{
    QMetaObject::invokeMethod(object, f, Qt::BlockingQueuedConnection);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = qMax(50, QCoreApplication::arguments().value(1).toInt() > 0
                                   ? QCoreApplication::arguments().value(1).toInt()
                                   : 1000);
    QTextStream out(stdout);

    QString error;
    const auto scenario = Scenario::load(R"({"authdoctor": {"name": "bench", "base": "none"},
        "mappings": [{"request": {"method": "GET", "urlPath": "/bench"}, "response": {"status": 200, "body": "ok"}}]})",
                                         QStringLiteral("bench"), &error);
    if (!scenario) {
        out << error << '\n';
        return 1;
    }

    QThread serverThread;
    serverThread.start();
    auto *sim = new SimulatedTenant;
    auto *bareHttp = new BareServer;
    auto *bareHttps = new BareServer;
    sim->moveToThread(&serverThread);
    bareHttp->moveToThread(&serverThread);
    bareHttps->moveToThread(&serverThread);
    bool ok = true;
    runIn(sim, [&] { ok = ok && sim->start(*scenario, &error); });
    runIn(bareHttp, [&] { ok = ok && bareHttp->start(false); });
    runIn(bareHttps, [&] { ok = ok && bareHttps->start(true); });
    if (!ok) {
        out << "cannot start the servers: " << error << '\n';
        return 1;
    }
    const QNetworkProxy proxy = sim->proxy();
    const QSslConfiguration trusting = sim->sslConfiguration();

    auto request = [&](const QString &url) {
        QNetworkRequest r{QUrl(url)};
        r.setSslConfiguration(trusting);
        return r;
    };
    QNetworkAccessManager direct;
    direct.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkAccessManager viaProxy;
    viaProxy.setProxy(proxy);
    QNetworkAccessManager directTls;
    directTls.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkAccessManager viaProxyTls;
    viaProxyTls.setProxy(proxy);

    const Stats bh =
        sequential(direct, request(QStringLiteral("http://127.0.0.1:%1/bench").arg(bareHttp->port())), count);
    const Stats sh = sequential(viaProxy, request(QStringLiteral("http://mail.fabrikam.com/bench")), count);
    const Stats bs = sequential(
        directTls, request(QStringLiteral("https://localhost:%1/bench").arg(bareHttps->port())), count);
    const Stats ss =
        sequential(viaProxyTls, request(QStringLiteral("https://login.microsoftonline.com/bench")), count);

    const int clients = 50;
    const int total = qMax(clients * 4, count * 2);
    int failures = bh.failures + sh.failures + bs.failures + ss.failures;
    const double tpBareHttps = throughput(
        QNetworkProxy(QNetworkProxy::NoProxy), trusting,
        QUrl(QStringLiteral("https://localhost:%1/bench").arg(bareHttps->port())), clients, total, &failures);
    const double tpSimHttps =
        throughput(proxy, trusting, QUrl(QStringLiteral("https://login.microsoftonline.com/bench")), clients,
                   total, &failures);
    const double tpSimHttp = throughput(
        proxy, trusting, QUrl(QStringLiteral("http://mail.fabrikam.com/bench")), clients, total, &failures);

    auto row = [&](const char *name, const Stats &s) {
        out << QString::asprintf("  %-38s mean %7.0f us   median %7.0f us   p95 %7.0f us\n", name, s.meanUs,
                                 s.medianUs, s.p95Us);
    };
    out << "Simulator proxy benchmark (" << count
        << " sequential keep-alive requests per case, after 20 warm-up)\n";
    row("bare HTTP server, direct", bh);
    row("simulator, plain http through proxy", sh);
    row("bare HTTPS server, direct", bs);
    row("simulator, https through CONNECT", ss);
    out << QString::asprintf("  added per request (median): http %+.0f us, https %+.0f us\n",
                             sh.medianUs - bh.medianUs, ss.medianUs - bs.medianUs);
    out << "Throughput, " << clients << " concurrent clients (one QNAM each), " << total << " requests:\n";
    out << QString::asprintf("  bare HTTPS server, direct              %8.0f requests/s\n", tpBareHttps);
    out << QString::asprintf("  simulator, https through CONNECT       %8.0f requests/s\n", tpSimHttps);
    out << QString::asprintf("  simulator, plain http through proxy    %8.0f requests/s\n", tpSimHttp);
    out << "Requests logged by the simulator: " << sim->requestLog().size() << ", failures: " << failures
        << '\n';
    out.flush();

    runIn(sim, [&] { delete sim; });
    runIn(bareHttp, [&] { delete bareHttp; });
    runIn(bareHttps, [&] { delete bareHttps; });
    serverThread.quit();
    serverThread.wait();
    return failures == 0 ? 0 : 1;
}
