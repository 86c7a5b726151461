#include "SecretStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace AuthDoctor {

namespace {
// Runs one QtKeychain job with a deadline; `done` is called exactly once, with the job when it
// finished in time, with nullptr when the deadline passed first.
void runJob(QKeychain::Job *job, int timeoutMs, QObject *context, std::function<void(QKeychain::Job *)> done)
{
    auto called = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [called, done, timer] {
        timer->deleteLater();
        if (*called)
            return;
        *called = true;
        done(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, context, [called, done, timer](QKeychain::Job *j) {
        timer->stop();
        timer->deleteLater();
        if (*called)
            return;
        *called = true;
        done(j);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    timer->start(timeoutMs);
    job->start();
}

QString jobError(QKeychain::Job *job)
{
    if (!job)
        return QCoreApplication::translate("AuthDoctor::SecretStore",
                                           "The system keychain did not answer in time.");
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("AuthDoctor::SecretStore",
                                           "Nothing is stored in the system keychain for this account.");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("AuthDoctor::SecretStore", "The system keychain refused access.");
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("AuthDoctor::SecretStore",
                                           "No system keychain is available on this computer.");
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("AuthDoctor::SecretStore",
                                           "The system keychain is not supported on this platform.");
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain's own text names the backend's problem, never the secret.
    return QCoreApplication::translate("AuthDoctor::SecretStore", "The system keychain reported an error: %1")
        .arg(job->errorString());
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
}

QString SecretStore::passwordKey(const QString &account)
{
    return QStringLiteral("password:") + account.trimmed().toLower();
}

QString SecretStore::clientSecretKey(const QString &clientId, const QString &tenant)
{
    return QStringLiteral("client-secret:%1@%2")
        .arg(clientId.trimmed().toLower(), tenant.trimmed().toLower());
}

QString SecretStore::backendName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager (QtKeychain)");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain (QtKeychain)");
#else
    return QStringLiteral("Secret Service / KWallet (QtKeychain)");
#endif
}

void SecretStore::setAvailability(Availability a, const QString &reason)
{
    if (a == m_availability && reason == m_reason)
        return;
    m_availability = a;
    m_reason = reason;
    emit availabilityChanged();
}

void SecretStore::probe()
{
    if (m_availability == Availability::Probing)
        return;
    setAvailability(Availability::Probing);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QStringLiteral("probe:availability"));
    QPointer<SecretStore> self(this);
    runJob(job, m_timeoutMs, this, [self](QKeychain::Job *j) {
        if (!self)
            return;
        if (j && (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound))
            self->setAvailability(Availability::Available);
        else
            self->setAvailability(Availability::Unavailable, jobError(j));
        qCDebug(lcUi) << "keychain availability" << int(self->m_availability);
    });
}

void SecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        if (j && j->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), QString());
        else
            done(std::nullopt, jobError(j));
    });
}

void SecretStore::write(const QString &key, const QString &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        const bool ok = j && j->error() == QKeychain::NoError;
        done(ok, ok ? QString() : jobError(j));
    });
}

void SecretStore::remove(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, m_timeoutMs, this, [done](QKeychain::Job *j) {
        const bool ok = j && (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound);
        done(ok, ok ? QString() : jobError(j));
    });
}

} // namespace AuthDoctor
