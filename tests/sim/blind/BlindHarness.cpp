#include "BlindHarness.h"

#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>
#include <QUrl>

#ifndef AUTHDOCTOR_BLIND_EXE
#error "AUTHDOCTOR_BLIND_EXE must name the built authdoctor binary"
#endif

namespace AuthDoctor::BlindTest {

QByteArray Response::header(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values << h.second;
    return values.join('\n');
}

bool Response::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

namespace {

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

SimRun::~SimRun()
{
    stop();
}

bool SimRun::start(const QString &file, const QString &logPath)
{
    m_log = logPath;
    m_proc = std::make_unique<QProcess>();
    m_proc->setProgram(QStringLiteral(AUTHDOCTOR_BLIND_EXE));
    m_proc->setArguments(
        {QStringLiteral("simulate"), QStringLiteral("--scenario"), file, QStringLiteral("--log"), logPath});
    m_proc->setProcessEnvironment(childEnvironment());
    m_proc->start();
    QProcess *p = m_proc.get();
    const bool gotLine = QTest::qWaitFor(
        [&] {
            m_out += p->readAllStandardOutput();
            m_err += p->readAllStandardError();
            return m_out.contains('\n') || p->state() == QProcess::NotRunning;
        },
        30000);
    const QString first = QString::fromUtf8(m_out.left(m_out.indexOf('\n'))).trimmed();
    static const QRegularExpression line(
        QStringLiteral("^listening proxy=http://127\\.0\\.0\\.1:(\\d+) ca=(.+)$"));
    const auto m = line.match(first);
    if (!gotLine || !m.hasMatch()) {
        m_error = QStringLiteral("no listening line; stdout=[%1] stderr=[%2]")
                      .arg(QString::fromUtf8(m_out), QString::fromUtf8(m_err));
        stop();
        return false;
    }
    m_port = quint16(m.captured(1).toUInt());
    m_ca = m.captured(2);
    return true;
}

void SimRun::stop()
{
    if (!m_proc)
        return;
    if (m_proc->state() != QProcess::NotRunning) {
        m_proc->terminate();
        QProcess *p = m_proc.get();
        if (!QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 5000)) {
            m_proc->kill();
            (void)QTest::qWaitFor([p] { return p->state() == QProcess::NotRunning; }, 5000);
        }
    }
    m_err += m_proc->readAllStandardError();
    m_proc.reset();
}

QByteArray SimRun::stderrText()
{
    if (m_proc)
        m_err += m_proc->readAllStandardError();
    return m_err;
}

Client::Client(const SimRun &sim) : m_port(sim.port())
{
    m_nam.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), sim.port()));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(QSslCertificate::fromPath(sim.caPath()));
}

Response Client::fetch(const Request &r)
{
    Response out;
    QNetworkRequest req{QUrl(r.url)};
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setSslConfiguration(m_ssl);
    req.setTransferTimeout(r.timeoutMs);
    for (const auto &h : r.headers)
        req.setRawHeader(h.first, h.second);
    QByteArray bearer;
    if (!r.bearer.isEmpty()) {
        QString problem;
        const QByteArray tok = token(r.bearer, &problem);
        if (tok.isEmpty()) {
            out.reason = problem.toUtf8();
            return out;
        }
        bearer = "Bearer " + tok;
        req.setRawHeader("Authorization", bearer);
    }
    if (r.raw)
        return fetchRaw(r, bearer);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, r.method, r.body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&out](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            out.sslErrors << e.error();
    });
    out.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, r.timeoutMs + 10000);
    if (!out.finished)
        reply->abort();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->isOpen() ? reply->readAll() : QByteArray();
    out.error = reply->error();
    reply->deleteLater();
    return out;
}

namespace {

// A whole response with a Content-Length has arrived (the server may keep the connection open).
bool complete(const QByteArray &in)
{
    const qsizetype end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    static const QRegularExpression length(QStringLiteral("\r\ncontent-length:\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = length.match(QString::fromLatin1(in.left(end + 2)));
    return m.hasMatch() && in.size() - end - 4 >= m.captured(1).toLongLong();
}

} // namespace

Response Client::fetchRaw(const Request &r, const QByteArray &authorization)
{
    Response out;
    const QUrl url(r.url);
    QSslSocket socket;
    socket.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port));
    socket.setSslConfiguration(m_ssl);
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&out](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            out.sslErrors << e.error();
    });
    socket.connectToHostEncrypted(url.host(), quint16(url.port(443)));
    QByteArray head = r.method + ' ' + url.path(QUrl::FullyEncoded).toUtf8();
    if (url.hasQuery())
        head += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    head += " HTTP/1.1\r\nHost: " + url.host().toUtf8() + "\r\nConnection: close\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!authorization.isEmpty())
        head += "Authorization: " + authorization + "\r\n";
    head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    QByteArray in;
    bool sent = false;
    out.finished = QTest::qWaitFor(
        [&] {
            if (!sent && socket.isEncrypted()) {
                socket.write(head + r.body);
                sent = true;
            }
            in += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState ||
                   (sent && socket.error() != QAbstractSocket::UnknownSocketError) || complete(in);
        },
        r.timeoutMs);
    in += socket.readAll();
    if (!socket.isEncrypted() && !sent)
        out.error = QNetworkReply::SslHandshakeFailedError;
    const int end = in.indexOf("\r\n\r\n");
    if (end < 0)
        return out;
    const QByteArrayList lines = in.left(end).split('\n');
    const QByteArrayList status = lines.first().trimmed().split(' ');
    out.status = status.value(1).toInt();
    const QByteArray statusLine = lines.first().trimmed();
    const qsizetype reasonAt = statusLine.indexOf(' ', statusLine.indexOf(' ') + 1);
    out.reason = reasonAt > 0 ? statusLine.mid(reasonAt + 1) : QByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            out.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    out.body = in.mid(end + 4);
    const QByteArray length = out.header("Content-Length");
    if (!length.isEmpty())
        out.body.truncate(length.toInt());
    return out;
}

QByteArray Client::token(const QString &spec, QString *problem)
{
    if (m_tokens.contains(spec))
        return m_tokens.value(spec);
    const QStringList parts = spec.split(QLatin1Char('|'));
    Request req;
    if (parts.value(0) == QLatin1String("raw")) {
        return parts.value(1).toUtf8();
    } else if (parts.value(0) == QLatin1String("app") || parts.value(0) == QLatin1String("appus")) {
        req = clientCredentials(QLatin1String(kTenantId), QLatin1String(kAppOnlyApp),
                                QLatin1String(kAppOnlySecret), parts.value(1));
        if (parts.value(0) == QLatin1String("appus"))
            req.url.replace(QLatin1String("login.microsoftonline.com"),
                            QLatin1String("login.microsoftonline.us"));
    } else if (parts.value(0) == QLatin1String("user") && parts.size() == 4) {
        req = ropc(QLatin1String(kTenantId), QLatin1String(kDelegatedApp), parts.value(1), parts.value(2),
                   parts.value(3));
    } else {
        *problem = QStringLiteral("bad token spec");
        return {};
    }
    const Response r = fetch(req);
    const QByteArray tok = jsonAt(r.body, QStringLiteral("access_token")).value_or(QString()).toUtf8();
    if (r.status != 200 || tok.isEmpty()) {
        // Never print the request (it holds a password or a secret); the error body is safe.
        *problem = QStringLiteral("token request failed: HTTP %1 %2")
                       .arg(r.status)
                       .arg(QString::fromUtf8(r.body.left(300)));
        return {};
    }
    m_tokens.insert(spec, tok);
    return tok;
}

RunResult runToEnd(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProgram(QStringLiteral(AUTHDOCTOR_BLIND_EXE));
    p.setArguments(args);
    p.setProcessEnvironment(childEnvironment());
    p.start();
    RunResult r;
    const bool done = QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (!done) {
        p.kill();
        (void)QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 5000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (done && p.exitStatus() == QProcess::NormalExit)
        r.exitCode = p.exitCode();
    return r;
}

} // namespace AuthDoctor::BlindTest
