#include "EndpointPage.h"

#include "WizardController.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

namespace {
void selectData(QComboBox *box, int value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

EndpointPage::EndpointPage(WizardController *controller, QWidget *parent) : PageBase(controller, parent)
{
    setObjectName(QStringLiteral("endpointPage"));
    m_endpointLabel = new QLabel(this);
    m_endpoint = new QButtonGroup(this);
    m_exo = new QRadioButton(this);
    m_exo->setObjectName(QStringLiteral("endpointExchangeOnline"));
    m_exchangeServer = new QRadioButton(this);
    m_exchangeServer->setObjectName(QStringLiteral("endpointExchangeServer"));
    m_oneDrive = new QRadioButton(this);
    m_oneDrive->setObjectName(QStringLiteral("endpointOneDrive"));
    m_endpoint->addButton(m_exo, int(EndpointKind::ExchangeOnline));
    m_endpoint->addButton(m_exchangeServer, int(EndpointKind::ExchangeServer));
    m_endpoint->addButton(m_oneDrive, int(EndpointKind::OneDrive));

    m_side = new QComboBox(this);
    m_side->setObjectName(QStringLiteral("side"));
    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(QStringLiteral("cloud"));
    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("auth"));
    m_authHint = new QLabel(this);
    m_authHint->setWordWrap(true);
    m_ews = new QLineEdit(this);
    m_ews->setObjectName(QStringLiteral("ewsUrl"));
    m_ews->setPlaceholderText(QStringLiteral("https://mail.contoso.com/EWS/Exchange.asmx"));
    m_ewsError = new QLabel(this);
    m_ewsError->setObjectName(QStringLiteral("ewsUrlError"));
    m_ewsError->setWordWrap(true);
    m_ewsError->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_sideLabel = new QLabel(this);
    m_cloudLabel = new QLabel(this);
    m_authLabel = new QLabel(this);
    m_ewsLabel = new QLabel(this);
    m_sideLabel->setBuddy(m_side);
    m_cloudLabel->setBuddy(m_cloud);
    m_authLabel->setBuddy(m_auth);
    m_ewsLabel->setBuddy(m_ews);

    auto *endpoints = new QVBoxLayout;
    endpoints->addWidget(m_exo);
    endpoints->addWidget(m_exchangeServer);
    endpoints->addWidget(m_oneDrive);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_endpointLabel, endpoints);
    form->addRow(m_sideLabel, m_side);
    form->addRow(m_cloudLabel, m_cloud);
    form->addRow(m_authLabel, m_auth);
    form->addRow(QString(), m_authHint);
    form->addRow(m_ewsLabel, m_ews);
    form->addRow(QString(), m_ewsError);
    body()->addLayout(form);
    body()->addStretch(1);

    connect(m_endpoint, &QButtonGroup::idClicked, this, [this] { store(); });
    for (QComboBox *b : {m_side, m_cloud, m_auth})
        connect(b, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { store(); });
    connect(m_ews, &QLineEdit::textEdited, this, [this] { store(); });
    connect(controller, &WizardController::inputsChanged, this, [this] {
        if (!m_loading && isVisible())
            load();
    });
    retranslate();
}

void EndpointPage::initializePage()
{
    updatePracticeMarker();
    load();
}

void EndpointPage::load()
{
    m_loading = true;
    const Engine::Inputs &in = controller()->inputs();
    const EndpointKind e = in.endpoint == EndpointKind::Unknown ? EndpointKind::ExchangeOnline : in.endpoint;
    if (QAbstractButton *b = m_endpoint->button(int(e)))
        b->setChecked(true);
    selectData(m_side, int(in.side));
    selectData(m_cloud, int(in.cloud));
    selectData(m_auth, int(in.auth == AuthMethod::Unknown ? AuthMethod::Delegated : in.auth));
    if (m_ews->text() != in.ewsUrl)
        m_ews->setText(in.ewsUrl);
    m_loading = false;
    updateVisibility();
}

void EndpointPage::store()
{
    if (m_loading)
        return;
    m_loading = true;
    Engine::Inputs in = controller()->inputs();
    in.endpoint = EndpointKind(m_endpoint->checkedId() < 0 ? int(EndpointKind::ExchangeOnline)
                                                           : m_endpoint->checkedId());
    in.side = Side(m_side->currentData().toInt());
    in.cloud = Cloud(m_cloud->currentData().toInt());
    in.auth = AuthMethod(m_auth->currentData().toInt());
    // NTLM is an on-premises method; Exchange Online and OneDrive sign in with modern auth or Basic.
    if (in.auth == AuthMethod::Ntlm && in.endpoint != EndpointKind::ExchangeServer)
        in.auth = AuthMethod::Delegated;
    in.ewsUrl = in.endpoint == EndpointKind::ExchangeServer ? m_ews->text().trimmed() : in.ewsUrl;
    controller()->setInputs(in);
    m_loading = false;
    load();
    emit completeChanged();
}

void EndpointPage::updateVisibility()
{
    const bool onPrem = m_endpoint->checkedId() == int(EndpointKind::ExchangeServer);
    m_ewsLabel->setVisible(onPrem);
    m_ews->setVisible(onPrem);
    m_cloudLabel->setVisible(!onPrem);
    m_cloud->setVisible(!onPrem);
    const auto method = AuthMethod(m_auth->currentData().toInt());
    switch (method) {
    case AuthMethod::Delegated:
        m_authHint->setText(tr("The tool signs in as a user with a password and gets an OAuth token "
                               "(MigrationWiz \"Use Modern Authentication\")."));
        break;
    case AuthMethod::AppOnly:
        m_authHint->setText(tr("The tool signs in as an app registration with a client secret; no user "
                               "password is involved."));
        break;
    case AuthMethod::Basic:
        m_authHint->setText(onPrem ? tr("User name and password sent to the server itself.")
                                   : tr("Exchange Online no longer accepts Basic authentication; AuthDoctor "
                                        "confirms that and shows the modern alternative."));
        break;
    case AuthMethod::Ntlm:
        m_authHint->setText(tr("Windows authentication (NTLM/Negotiate) to the Exchange server."));
        break;
    case AuthMethod::Unknown:
        m_authHint->clear();
        break;
    }
    const auto problems = controller()->validate();
    const QString ewsProblem = onPrem ? problems.value(QStringLiteral("ews_url")) : QString();
    // Only a URL the user typed is wrong; an empty one may still be discovered from an address.
    m_ewsError->setText(m_ews->text().isEmpty() ? QString() : ewsProblem);
    m_ewsError->setVisible(onPrem && !m_ewsError->text().isEmpty());
}

bool EndpointPage::isComplete() const
{
    const bool onPrem = m_endpoint->checkedId() == int(EndpointKind::ExchangeServer);
    if (!onPrem || m_ews->text().trimmed().isEmpty())
        return true;
    return !controller()->validate().contains(QStringLiteral("ews_url"));
}

void EndpointPage::retranslate()
{
    setTitle(tr("Which endpoint?"));
    setSubTitle(tr("Where the migration project connects, and how it signs in. AuthDoctor filled in "
                   "what the error message told it."));
    m_endpointLabel->setText(tr("Endpoint:"));
    m_exo->setText(tr("E&xchange Online / Microsoft 365"));
    m_exchangeServer->setText(tr("Exchange &Server (on-premises, 2010–2019/SE)"));
    m_oneDrive->setText(tr("One&Drive for Business"));
    m_sideLabel->setText(tr("Side &that failed:"));
    m_cloudLabel->setText(tr("&Cloud:"));
    m_authLabel->setText(tr("Sign-&in method:"));
    m_ewsLabel->setText(tr("&EWS URL:"));
    m_ews->setAccessibleName(tr("EWS URL"));

    m_loading = true;
    m_side->clear();
    m_side->addItem(tr("Not sure"), int(Side::Unknown));
    m_side->addItem(tr("Source"), int(Side::Source));
    m_side->addItem(tr("Destination"), int(Side::Destination));
    m_cloud->clear();
    m_cloud->addItem(tr("Worldwide (commercial)"), int(Cloud::Commercial));
    m_cloud->addItem(tr("US Government GCC"), int(Cloud::Gcc));
    m_cloud->addItem(tr("US Government GCC High"), int(Cloud::GccHigh));
    m_cloud->addItem(tr("US Government DoD"), int(Cloud::Dod));
    m_cloud->addItem(tr("China (operated by 21Vianet)"), int(Cloud::China));
    m_auth->clear();
    m_auth->addItem(tr("Modern: user and password (delegated)"), int(AuthMethod::Delegated));
    m_auth->addItem(tr("Modern: app-only with a client secret"), int(AuthMethod::AppOnly));
    m_auth->addItem(tr("Basic: user and password"), int(AuthMethod::Basic));
    m_auth->addItem(tr("NTLM / Windows authentication (Exchange Server)"), int(AuthMethod::Ntlm));
    m_side->setAccessibleName(tr("Side that failed"));
    m_cloud->setAccessibleName(tr("Cloud"));
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_loading = false;
    load();
}

} // namespace AuthDoctor::Ui
