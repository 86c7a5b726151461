#pragma once

#include "PageBase.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace AuthDoctor {
class SecretStore;
}

namespace AuthDoctor::Ui {

// Page 3 "Credentials": the account, the password (masked), client and tenant ids, the mailbox.
// Says which hosts the credentials will be sent to before anything is sent; "Remember in the
// system keychain" is opt-in and has no insecure fallback.
class CredentialsPage : public PageBase
{
    Q_OBJECT
public:
    CredentialsPage(WizardController *controller, SecretStore *secrets, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override; // stores the secret in the keychain when asked (asynchronously)

    QLabel *hostsLabel() const { return m_hosts; }
    QCheckBox *rememberBox() const { return m_remember; }

protected:
    void retranslate() override;

private:
    void load();
    void store();
    void updateState();
    void updateKeychain();
    void recallSecret();
    QLineEdit *addField(const QString &key, const char *objectName, bool secret = false);

    SecretStore *m_secrets;
    QHash<QString, QLineEdit *> m_fields; // user, password, mailbox, tenant, client_id, client_secret
    QHash<QString, QLabel *> m_labels;    // field labels
    QHash<QString, QLabel *> m_errors;    // per-field validation messages
    QLabel *m_hostsTitle = nullptr;
    QLabel *m_hosts = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainState = nullptr;
    bool m_loading = false;
    bool m_touched = false;
};

} // namespace AuthDoctor::Ui
