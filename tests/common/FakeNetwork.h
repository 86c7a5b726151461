#pragma once

// A fake network manager for unit tests of single checks (ownCloud's FakeQNAM pattern): every
// request is answered in-process by a handler, asynchronously like a real reply, and recorded.
#include <QBuffer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <functional>

namespace AuthDoctor::Test {

struct FakeResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // e.g. HostNotFoundError
    bool hang = false; // never finishes (the caller's deadline must end it)
};

struct FakeRequestRecord
{
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              const FakeResponse &response, QObject *parent)
        : QNetworkReply(parent), m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        Q_UNUSED(verb);
        open(QIODevice::ReadOnly);
        if (!response.hang)
            QTimer::singleShot(0, this, &FakeReply::respond);
    }
    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_response.body.size() - m_pos + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin<qint64>(max, m_response.body.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_response.body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_response.error != NoError) {
            setError(m_response.error, QStringLiteral("fake network error"));
            setFinished(true);
            Q_EMIT errorOccurred(m_response.error);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[k, v] : m_response.headers)
            setRawHeader(k, v);
        Q_EMIT metaDataChanged();
        if (!m_response.body.isEmpty())
            Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }
    FakeResponse m_response;
    qint64 m_pos = 0;
};

class FakeNetworkManager : public QNetworkAccessManager
{
public:
    using Handler = std::function<FakeResponse(const FakeRequestRecord &)>;
    explicit FakeNetworkManager(Handler handler, QObject *parent = nullptr)
        : QNetworkAccessManager(parent), m_handler(std::move(handler))
    {
    }
    QList<FakeRequestRecord> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        FakeRequestRecord r;
        r.url = request.url();
        r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        if (r.method.isEmpty())
            r.method = op == GetOperation    ? "GET"
                       : op == PostOperation ? "POST"
                       : op == PutOperation  ? "PUT"
                                             : "HEAD";
        for (const QByteArray &name : request.rawHeaderList())
            r.headers.append({name, request.rawHeader(name)});
        if (outgoing)
            r.body = outgoing->readAll();
        requests.append(r);
        return new FakeReply(request, op, r.method, m_handler(r), this);
    }

private:
    Handler m_handler;
};

} // namespace AuthDoctor::Test
