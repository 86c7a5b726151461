#pragma once

#include "PageBase.h"

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace AuthDoctor::Ui {

class CheckListModel;

// Page 4 "Checks": the engine's checks live, with state, elapsed time, the one-line result and the
// redacted evidence of the selected one. Cancel stops everything at once; Retry re-runs one check;
// Run again repeats the plan. The page only draws; the controller runs the diagnosis.
class ChecksPage : public PageBase
{
    Q_OBJECT
public:
    explicit ChecksPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    CheckListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *runAgainButton() const { return m_runAgain; }

    int questionsPageId = -1;
    int resolutionPageId = -1;

protected:
    void retranslate() override;

private:
    void updateState();
    void showEvidence();

    CheckListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_runAgain = nullptr;
};

} // namespace AuthDoctor::Ui
