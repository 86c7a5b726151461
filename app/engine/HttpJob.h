#pragma once

#include "Evidence.h"
#include "NetworkContext.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace AuthDoctor::Engine {

// Where credentials may go: only over https, only to the hosts the inputs imply and the user was
// shown. A request that carries credentials to any other host is never sent.
struct CredentialPolicy
{
    QSet<QString> allowedHosts; // lower case
    bool allows(const QUrl &url) const;
};

// One HTTP request and its answer, asynchronously: start(), abort(), a deadline, exactly one
// finished(). Redirects are never followed (the caller decides, §4.5), authentication challenges
// are never answered by Qt, cookies are neither sent nor kept, TLS is always verified, and the
// body is cut at the context's size limit (an answer whose Content-Length is over it is not read
// at all). An answer that breaks off after its status line ends with a network error code too.
class HttpJob : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool carriesCredentials = false; // Authorization header or a password/secret in the body
    };

    HttpJob(const NetworkContext &ctx, const CredentialPolicy &policy, Request request,
            qint64 diagnosisStartMs, QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    void abort(); // finished() follows with networkErrorCode "cancelled"

    bool isFinished() const { return m_finished; }
    const Evidence &evidence() const { return m_evidence; }
    int status() const { return m_evidence.status; }
    const QByteArray &body() const { return m_body; } // up to maxResponseBytes
    const QList<QPair<QByteArray, QByteArray>> &rawHeaders() const { return m_rawHeaders; } // all, unredacted
    QList<QByteArray> rawHeaderValues(const QByteArray &lowerName) const;
    QString errorCode() const { return m_evidence.networkErrorCode; } // empty = an HTTP answer came
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    const Request &request() const { return m_request; }

Q_SIGNALS:
    void finished();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &code, const QString &message);
    void complete();

    NetworkContext m_ctx;
    CredentialPolicy m_policy;
    Request m_request;
    qint64 m_diagnosisStartMs = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_rawHeaders;
    QList<QSslError> m_sslErrors;
    Evidence m_evidence;
    bool m_truncated = false;
    qint64 m_announcedLength = -1; // Content-Length, when it was over the limit
    bool m_finished = false;
    QString m_pendingCode;
};

} // namespace AuthDoctor::Engine
