#pragma once

#include "PageBase.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace AuthDoctor::Ui {

// Page 2 "Endpoint": the endpoint type, the side, the cloud, how the tool signs in, the EWS URL
// for Exchange Server. Pre-filled from the pasted error; every change goes to the controller.
class EndpointPage : public PageBase
{
    Q_OBJECT
public:
    explicit EndpointPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void retranslate() override;

private:
    void load();
    void store();
    void updateVisibility();

    QLabel *m_endpointLabel = nullptr;
    QButtonGroup *m_endpoint = nullptr;
    QRadioButton *m_exo = nullptr;
    QRadioButton *m_exchangeServer = nullptr;
    QRadioButton *m_oneDrive = nullptr;
    QLabel *m_sideLabel = nullptr;
    QComboBox *m_side = nullptr;
    QLabel *m_cloudLabel = nullptr;
    QComboBox *m_cloud = nullptr;
    QLabel *m_authLabel = nullptr;
    QComboBox *m_auth = nullptr;
    QLabel *m_authHint = nullptr;
    QLabel *m_ewsLabel = nullptr;
    QLineEdit *m_ews = nullptr;
    QLabel *m_ewsError = nullptr;
    bool m_loading = false;
};

} // namespace AuthDoctor::Ui
