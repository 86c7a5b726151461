#pragma once

#include "PageBase.h"

class QFormLayout;
class QLabel;
class QScrollArea;

namespace AuthDoctor::Ui {

// Page 5 "Questions": only what the checks could not see, in plain words, each saying where to
// look. Answers count as evidence (the controller infers again) and appear in the report.
class QuestionsPage : public PageBase
{
    Q_OBJECT
public:
    explicit QuestionsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void retranslate() override;

private:
    void rebuild();

    QLabel *m_intro = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace AuthDoctor::Ui
