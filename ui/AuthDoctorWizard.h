#pragma once

#include <QWizard>

namespace AuthDoctor::Ui {

class IntakePage;

class AuthDoctorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        IntakePageId = 0
    };

    explicit AuthDoctorWizard(QWidget *parent = nullptr);

    IntakePage *intakePage() const { return m_intake; }

    // Shrinks the window to the screen's available area (small laptop screens, high scaling).
    void fitToScreen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    IntakePage *m_intake = nullptr;
};

} // namespace AuthDoctor::Ui
