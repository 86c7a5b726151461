#include "ChecksPage.h"

#include "CheckListModel.h"
#include "WizardController.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

ChecksPage::ChecksPage(WizardController *controller, QWidget *parent) : PageBase(controller, parent)
{
    setObjectName(QStringLiteral("checksPage"));
    m_model = new CheckListModel(controller, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("checkList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(CheckListModel::TitleColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(CheckListModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(CheckListModel::TitleColumn, 280);

    m_evidenceLabel = new QLabel(this);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setReadOnly(true);
    m_evidence->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_evidence->setTabChangesFocus(true);
    m_evidenceLabel->setBuddy(m_evidence);
    auto *evidenceBox = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidenceLabel);
    evidenceLayout->addWidget(m_evidence);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(evidenceBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checksStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelChecks"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryCheck"));
    m_runAgain = new QPushButton(this);
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_runAgain);

    body()->addWidget(split, 1);
    body()->addWidget(m_status);
    body()->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, controller, &WizardController::cancel);
    connect(m_runAgain, &QPushButton::clicked, controller, &WizardController::startChecks);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (i.isValid())
            this->controller()->retry(m_model->checkId(i.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showEvidence();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->setCurrentIndex(m_model->index(0, 0));
        updateState();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl) {
        if (tl.row() == m_view->currentIndex().row() && tl.column() != CheckListModel::TimeColumn)
            showEvidence();
    });
    connect(controller, &WizardController::checkChanged, this, &ChecksPage::updateState);
    connect(controller, &WizardController::diagnosisFinished, this, [this] {
        updateState();
        emit completeChanged();
    });
    connect(controller, &WizardController::checksStarted, this, [this] {
        updateState();
        emit completeChanged();
    });
    retranslate();
}

void ChecksPage::initializePage()
{
    updatePracticeMarker();
    // Coming from the credentials page: run the plan for what was entered.
    if (!controller()->isReopenedSession())
        controller()->startChecks();
    m_model->reload();
    updateState();
}

void ChecksPage::cleanupPage()
{
    // Back to the credentials: stop at once.
    controller()->cancel();
}

bool ChecksPage::isComplete() const
{
    return controller()->hasRun() && !controller()->isRunning();
}

int ChecksPage::nextId() const
{
    const auto questions = controller()->openQuestions();
    return questions.isEmpty() ? resolutionPageId : questionsPageId;
}

void ChecksPage::showEvidence()
{
    const QModelIndex i = m_view->currentIndex();
    m_evidence->setPlainText(i.isValid() ? m_model->data(i, CheckListModel::EvidenceRole).toString()
                                         : QString());
}

void ChecksPage::updateState()
{
    const int total = m_model->total();
    const int done = m_model->finishedCount();
    const bool running = controller()->isRunning();
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(done);
    m_cancel->setEnabled(running);
    m_runAgain->setEnabled(!running && !controller()->isReopenedSession());
    const QModelIndex i = m_view->currentIndex();
    const auto status = i.isValid()
                            ? Engine::CheckStatus(m_model->data(i, CheckListModel::StatusRole).toInt())
                            : Engine::CheckStatus::Waiting;
    m_retry->setEnabled(!running && !controller()->isReopenedSession() &&
                        (status == Engine::CheckStatus::Failed || status == Engine::CheckStatus::Error ||
                         status == Engine::CheckStatus::Warning || status == Engine::CheckStatus::Cancelled));
    if (running)
        m_status->setText(
            tr("Running checks: %1 of %2 done. Checks that do not depend on each other run at the "
               "same time.")
                .arg(done)
                .arg(total));
    else if (controller()->isReopenedSession())
        m_status->setText(
            tr("Results of a saved session. Go back to the credentials to run the checks again."));
    else if (!controller()->result().completed && controller()->hasRun())
        m_status->setText(
            tr("Cancelled. Retry a check, run all checks again, or continue with what was found."));
    else if (controller()->hasRun())
        m_status->setText(tr("All %n checks ended. Continue to see the cause.", nullptr, total));
    else
        m_status->clear();
}

void ChecksPage::retranslate()
{
    setTitle(tr("Checking"));
    setSubTitle(tr("AuthDoctor tests the real endpoints now. Select a check to see its evidence; secrets are "
                   "never shown or stored."));
    m_evidenceLabel->setText(tr("&Evidence of the selected check (redacted):"));
    m_cancel->setText(tr("&Cancel checks"));
    m_retry->setText(tr("Re&try this check"));
    m_runAgain->setText(tr("R&un again"));
    m_view->setAccessibleName(tr("Checks"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_progress->setAccessibleName(tr("Progress"));
    updateState();
}

} // namespace AuthDoctor::Ui
