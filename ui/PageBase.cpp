#include "PageBase.h"

#include "WizardController.h"
#include "sim/tenant/EmbeddedScenarios.h"
#include "sim/tenant/ScenarioTexts.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

PageBase::PageBase(WizardController *controller, QWidget *parent)
    : QWizardPage(parent), m_controller(controller)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_practice = new QLabel(this);
    m_practice->setObjectName(QStringLiteral("practiceMarker"));
    m_practice->setWordWrap(true);
    // Readable in light and dark palettes: dark text on a fixed amber background.
    m_practice->setStyleSheet(QStringLiteral("QLabel { background: #ffd966; color: #3d2b00; border: 1px "
                                             "solid #b8860b; padding: 4px; font-weight: bold; }"));
    m_practice->setVisible(false);
    outer->addWidget(m_practice);
    // The page's content scrolls when the window is too small for it (a 1366x768 screen at 150 %,
    // French or Spanish text a third longer than English) instead of squeezing labels until
    // their text is cut.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    content->setAutoFillBackground(false);
    scroll->viewport()->setAutoFillBackground(false);
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    connect(controller, &WizardController::practiceChanged, this, &PageBase::updatePracticeMarker);
}

void PageBase::updatePracticeMarker()
{
    const bool on = m_controller->isPractice();
    m_practice->setVisible(on);
    if (!on)
        return;
    QString title = m_controller->practiceScenario();
    if (const auto info = Sim::EmbeddedScenarios::find(title))
        title = Sim::ScenarioTexts::translated(info->title);
    m_practice->setText(tr("PRACTICE — simulated tenant, nothing is sent to Microsoft: %1").arg(title));
    m_practice->setAccessibleName(m_practice->text());
}

void PageBase::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updatePracticeMarker();
    }
    QWizardPage::changeEvent(event);
}

} // namespace AuthDoctor::Ui
