#pragma once

// Helpers shared by the simulator tests: load a scenario from inline JSON, start a
// SimulatedTenant, send requests through it with a fresh QNetworkAccessManager.

#include "sim/Scenario.h"
#include "sim/SimulatedTenant.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace SimTest {

using namespace AuthDoctor::Sim;

// A scenario from inline JSON; on error, the message is in *error.
inline std::optional<Scenario> scenario(const QByteArray &json, QString *error)
{
    return Scenario::load(json, QStringLiteral("test.json"), error);
}

// A mappings-only world ("base": "none") around the given mappings array.
inline QByteArray wireScenario(const QByteArray &mappings, const QByteArray &extraAuthDoctor = {})
{
    return "{\"authdoctor\": {\"name\": \"wire\", \"base\": \"none\"" + extraAuthDoctor +
           "}, \"mappings\": " + mappings + "}";
}

struct Result
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QList<QSslError::SslError> sslErrors;
    int readyReads = 0;

    QList<QByteArray> headerValues(QByteArrayView name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers)
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                out << h.second;
        return out;
    }
};

// One QNAM per trust setup (toolchain.md gotcha 1: connections keep their SSL configuration).
// Connects a raw TCP client to the simulator's proxy, for tests that write the wire bytes themselves.
inline bool connectRaw(const SimulatedTenant &tenant, QTcpSocket &socket)
{
    socket.connectToHost(tenant.address(), tenant.port());
    return socket.waitForConnected(5000);
}

inline std::unique_ptr<QNetworkAccessManager> makeNam(const SimulatedTenant &tenant)
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setProxy(tenant.proxy());
    return nam;
}

inline QNetworkRequest makeRequest(const QString &url, const SimulatedTenant &tenant, bool trustCa = true,
                                   int transferTimeoutMs = 20000)
{
    QNetworkRequest r{QUrl(url)};
    r.setSslConfiguration(trustCa ? tenant.sslConfiguration() : QSslConfiguration::defaultConfiguration());
    r.setTransferTimeout(transferTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

inline Result wait(QNetworkReply *reply, int timeoutMs = 30000)
{
    Result out;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&out] { ++out.readyReads; });
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&out](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            out.sslErrors << e.error();
    });
    out.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (!out.finished)
        reply->abort();
    reply->deleteLater();
    return out;
}

inline Result send(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &verb = "GET",
                   const QByteArray &body = {}, int timeoutMs = 30000)
{
    QNetworkReply *reply = verb == "GET" ? nam.get(request) : nam.sendCustomRequest(request, verb, body);
    return wait(reply, timeoutMs);
}

// Reads one complete response (Content-Length, chunked, or until close) from a socket.
inline QByteArray readResponse(QAbstractSocket &socket, int timeoutMs = 10000)
{
    QByteArray data;
    auto complete = [&data, &socket] {
        const qsizetype headEnd = data.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return socket.state() != QAbstractSocket::ConnectedState;
        const QByteArray head = data.left(headEnd).toLower();
        const qsizetype cl = head.indexOf("\r\ncontent-length:");
        if (cl >= 0) {
            const qsizetype eol = head.indexOf("\r\n", cl + 2);
            const qsizetype length = head.mid(cl + 17, eol < 0 ? -1 : eol - cl - 17).trimmed().toLongLong();
            return data.size() >= headEnd + 4 + length;
        }
        if (head.contains("transfer-encoding: chunked"))
            return data.endsWith("\r\n0\r\n\r\n");
        if (head.startsWith("http/1.1 1") || head.startsWith("http/1.1 204") ||
            head.startsWith("http/1.1 304") || head.startsWith("http/1.1 200 connection established"))
            return true;
        return socket.state() != QAbstractSocket::ConnectedState;
    };
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            data += socket.readAll();
            return complete();
        },
        timeoutMs);
    return data;
}

inline int statusOf(const QByteArray &response)
{
    return response.mid(9, 3).toInt();
}

inline QByteArray bodyOf(const QByteArray &response)
{
    return response.mid(response.indexOf("\r\n\r\n") + 4);
}

} // namespace SimTest
