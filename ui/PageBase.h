#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace AuthDoctor::Ui {

class WizardController;

// What every page shares: the controller it draws, the practice marker at its top, and
// retranslation when the language changes at run time.
class PageBase : public QWizardPage
{
    Q_OBJECT
public:
    PageBase(WizardController *controller, QWidget *parent = nullptr);

    WizardController *controller() const { return m_controller; }

protected:
    // The page's own layout, under the practice marker.
    QVBoxLayout *body() const { return m_body; }
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    void updatePracticeMarker();

private:
    WizardController *m_controller;
    QLabel *m_practice = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace AuthDoctor::Ui
