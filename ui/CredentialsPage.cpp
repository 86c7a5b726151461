#include "CredentialsPage.h"

#include "WizardController.h"
#include "core/SecretStore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

namespace {
const QStringList kFields{QStringLiteral("user"),      QStringLiteral("password"),
                          QStringLiteral("mailbox"),   QStringLiteral("tenant"),
                          QStringLiteral("client_id"), QStringLiteral("client_secret")};
}

CredentialsPage::CredentialsPage(WizardController *controller, SecretStore *secrets, QWidget *parent)
    : PageBase(controller, parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("credentialsPage"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const char *names[] = {"user", "password", "mailbox", "tenant", "clientId", "clientSecret"};
    for (int i = 0; i < kFields.size(); ++i) {
        const QString key = kFields.at(i);
        const bool secret = key == QLatin1String("password") || key == QLatin1String("client_secret");
        QLineEdit *edit = addField(key, names[i], secret);
        auto *label = new QLabel(this);
        label->setBuddy(edit);
        m_labels.insert(key, label);
        auto *error = new QLabel(this);
        error->setObjectName(QString::fromLatin1(names[i]) + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setStyleSheet(QStringLiteral("color: #c0392b;"));
        error->setVisible(false);
        m_errors.insert(key, error);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(edit);
        cell->addWidget(error);
        form->addRow(label, cell);
    }
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberInKeychain"));
    m_keychainState = new QLabel(this);
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    m_keychainState->setWordWrap(true);
    form->addRow(QString(), m_remember);

    m_hostsTitle = new QLabel(this);
    m_hostsTitle->setWordWrap(true);
    m_hosts = new QLabel(this);
    m_hosts->setObjectName(QStringLiteral("credentialHosts"));
    m_hosts->setWordWrap(true);
    m_hosts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    body()->addLayout(form);
    // Outside the form: a wrapped label in a form row gets only a narrow column.
    body()->addWidget(m_keychainState);
    body()->addSpacing(6);
    body()->addWidget(m_hostsTitle);
    body()->addWidget(m_hosts);
    body()->addStretch(1);

    connect(m_secrets, &SecretStore::availabilityChanged, this, &CredentialsPage::updateKeychain);
    retranslate();
}

QLineEdit *CredentialsPage::addField(const QString &key, const char *objectName, bool secret)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    if (secret) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    connect(edit, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        store();
    });
    if (key == QLatin1String("user") || key == QLatin1String("client_id") || key == QLatin1String("tenant"))
        connect(edit, &QLineEdit::editingFinished, this, &CredentialsPage::recallSecret);
    m_fields.insert(key, edit);
    return edit;
}

void CredentialsPage::initializePage()
{
    updatePracticeMarker();
    m_touched = false;
    if (m_secrets->availability() == SecretStore::Availability::Unknown)
        m_secrets->probe();
    load();
    recallSecret();
}

void CredentialsPage::load()
{
    m_loading = true;
    const Engine::Inputs &in = controller()->inputs();
    const QHash<QString, QString> values{
        {QStringLiteral("user"), in.user},          {QStringLiteral("password"), in.password},
        {QStringLiteral("mailbox"), in.mailbox},    {QStringLiteral("tenant"), in.tenant},
        {QStringLiteral("client_id"), in.clientId}, {QStringLiteral("client_secret"), in.clientSecret}};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (m_fields.value(it.key())->text() != it.value())
            m_fields.value(it.key())->setText(it.value());
    m_loading = false;
    updateState();
}

void CredentialsPage::store()
{
    if (m_loading)
        return;
    Engine::Inputs in = controller()->inputs();
    in.user = m_fields.value(QStringLiteral("user"))->text().trimmed();
    in.password = m_fields.value(QStringLiteral("password"))->text();
    in.mailbox = m_fields.value(QStringLiteral("mailbox"))->text().trimmed();
    in.tenant = m_fields.value(QStringLiteral("tenant"))->text().trimmed();
    in.clientId = m_fields.value(QStringLiteral("client_id"))->text().trimmed();
    in.clientSecret = m_fields.value(QStringLiteral("client_secret"))->text();
    m_loading = true;
    controller()->setInputs(in);
    m_loading = false;
    updateState();
    emit completeChanged();
}

void CredentialsPage::updateState()
{
    const Engine::Inputs &in = controller()->inputs();
    const bool appOnly = in.auth == AuthMethod::AppOnly;
    const bool modern = in.auth == AuthMethod::Delegated || appOnly;
    const QHash<QString, bool> shown{
        {QStringLiteral("user"), !appOnly},    {QStringLiteral("password"), !appOnly},
        {QStringLiteral("mailbox"), true},     {QStringLiteral("tenant"), modern},
        {QStringLiteral("client_id"), modern}, {QStringLiteral("client_secret"), appOnly}};
    const auto problems = controller()->validate();
    for (const QString &key : kFields) {
        const bool visible = shown.value(key);
        m_fields.value(key)->setVisible(visible);
        m_labels.value(key)->setVisible(visible);
        // Say what is wrong next to the field, once the user has typed (not on an empty new page).
        const QString problem = visible && m_touched ? problems.value(key) : QString();
        m_errors.value(key)->setText(problem);
        m_errors.value(key)->setVisible(!problem.isEmpty());
    }
    const QStringList hosts = controller()->credentialHosts();
    m_hosts->setText(hosts.isEmpty() ? tr("(none: no check of these inputs sends credentials)")
                                     : hosts.join(QStringLiteral(", ")));
    m_hosts->setAccessibleName(m_hostsTitle->text() + QLatin1Char(' ') + m_hosts->text());
    updateKeychain();
}

void CredentialsPage::updateKeychain()
{
    const bool practice = controller()->isPractice();
    switch (m_secrets->availability()) {
    case SecretStore::Availability::Available:
        m_remember->setEnabled(!practice);
        m_keychainState->setText(practice ? tr("Practice secrets are never stored.") : QString());
        break;
    case SecretStore::Availability::Unavailable:
        m_remember->setEnabled(false);
        m_remember->setChecked(false);
        m_keychainState->setText(tr("No system keychain is available (%1). Credentials are kept in memory "
                                    "for this run only; everything else works.")
                                     .arg(m_secrets->unavailableReason()));
        break;
    case SecretStore::Availability::Unknown:
    case SecretStore::Availability::Probing:
        m_remember->setEnabled(false);
        m_keychainState->setText(tr("Looking for the system keychain…"));
        break;
    }
    m_keychainState->setVisible(!m_keychainState->text().isEmpty());
}

void CredentialsPage::recallSecret()
{
    // A secret remembered earlier fills the empty field; nothing is read before the user chose the account.
    if (controller()->isPractice() || m_secrets->availability() == SecretStore::Availability::Unavailable)
        return;
    const Engine::Inputs &in = controller()->inputs();
    const bool appOnly = in.auth == AuthMethod::AppOnly;
    const QString key =
        appOnly ? SecretStore::clientSecretKey(in.clientId, in.tenant) : SecretStore::passwordKey(in.user);
    QLineEdit *field = m_fields.value(appOnly ? QStringLiteral("client_secret") : QStringLiteral("password"));
    if ((appOnly ? in.clientId : in.user).isEmpty() || !field->text().isEmpty())
        return;
    QPointer<CredentialsPage> self(this);
    m_secrets->read(key, [self, field](std::optional<QString> secret, const QString &) {
        if (!self || !secret || !field->text().isEmpty())
            return;
        field->setText(*secret);
        self->m_remember->setChecked(true);
        self->store();
    });
}

bool CredentialsPage::isComplete() const
{
    return controller()->validate().isEmpty();
}

bool CredentialsPage::validatePage()
{
    if (!isComplete())
        return false;
    if (!m_remember->isChecked() || controller()->isPractice() ||
        m_secrets->availability() != SecretStore::Availability::Available)
        return true;
    const Engine::Inputs &in = controller()->inputs();
    const bool appOnly = in.auth == AuthMethod::AppOnly;
    const QString key =
        appOnly ? SecretStore::clientSecretKey(in.clientId, in.tenant) : SecretStore::passwordKey(in.user);
    // Fire and forget with its own timeout: the checks do not wait for the keychain.
    QPointer<QLabel> state(m_keychainState);
    m_secrets->write(key, appOnly ? in.clientSecret : in.password, [state](bool ok, const QString &error) {
        if (state && !ok) {
            state->setText(error);
            state->setVisible(true);
        }
    });
    return true;
}

void CredentialsPage::retranslate()
{
    setTitle(tr("Credentials"));
    setSubTitle(tr("The same account and settings the migration project uses. They stay in memory and are "
                   "sent only to the hosts listed below, over verified TLS."));
    m_labels.value(QStringLiteral("user"))->setText(tr("&Account (UPN):"));
    m_labels.value(QStringLiteral("password"))->setText(tr("&Password:"));
    m_labels.value(QStringLiteral("mailbox"))->setText(tr("&Mailbox being migrated:"));
    m_labels.value(QStringLiteral("tenant"))->setText(tr("&Tenant (domain or ID):"));
    m_labels.value(QStringLiteral("client_id"))->setText(tr("Application (c&lient) ID:"));
    m_labels.value(QStringLiteral("client_secret"))->setText(tr("Client &secret:"));
    m_fields.value(QStringLiteral("user"))->setPlaceholderText(tr("migration-admin@contoso.com"));
    m_fields.value(QStringLiteral("mailbox"))->setPlaceholderText(tr("optional: user@contoso.com"));
    m_fields.value(QStringLiteral("tenant"))->setPlaceholderText(tr("optional: contoso.onmicrosoft.com"));
    m_fields.value(QStringLiteral("client_id"))->setPlaceholderText(tr("optional for delegated sign-in"));
    for (const QString &key : kFields)
        m_fields.value(key)->setAccessibleName(
            m_labels.value(key)->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_remember->setText(tr("&Remember the secret in the system keychain"));
    m_hostsTitle->setText(tr("The credentials will be sent only to:"));
    updateState();
}

} // namespace AuthDoctor::Ui
