#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace AuthDoctor {

// "Remember in the system keychain" (product.md, Credentials): passwords and client secrets go to
// the platform keychain through QtKeychain (Windows Credential Manager, macOS Keychain, Secret
// Service) and nowhere else. No insecure fallback: where no keychain answers, the store says it is
// unavailable and the wizard works without it. Every job is asynchronous and has a timeout.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability
    {
        Unknown, // not probed yet
        Probing,
        Available,
        Unavailable
    };
    Q_ENUM(Availability)

    explicit SecretStore(QObject *parent = nullptr);

    // Which keychain entry a secret lives in: "password:<account>" or "client-secret:<app>@<tenant>".
    static QString passwordKey(const QString &account);
    static QString clientSecretKey(const QString &clientId, const QString &tenant);

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; } // translated, secret-free
    void probe();                                          // finds out whether a keychain answers

    using ReadCallback = std::function<void(std::optional<QString> secret, const QString &error)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;
    void read(const QString &key, ReadCallback done);
    void write(const QString &key, const QString &secret, DoneCallback done);
    void remove(const QString &key, DoneCallback done);

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The service name entries are filed under (tests use their own).
    void setService(const QString &service) { m_service = service; }
    QString service() const { return m_service; }
    static QString backendName(); // for "Copy diagnostic info"

Q_SIGNALS:
    void availabilityChanged();

private:
    void setAvailability(Availability a, const QString &reason = {});

    Availability m_availability = Availability::Unknown;
    QString m_reason;
    QString m_service = QStringLiteral("AuthDoctor");
    int m_timeoutMs = 5000;
};

} // namespace AuthDoctor
