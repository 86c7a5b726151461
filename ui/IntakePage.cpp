#include "IntakePage.h"

#include "ClassificationView.h"
#include "Dialogs.h"
#include "WizardController.h"
#include "sim/tenant/EmbeddedScenarios.h"
#include "sim/tenant/ScenarioTexts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

IntakePage::IntakePage(WizardController *controller, QWidget *parent) : PageBase(controller, parent)
{
    setObjectName(QStringLiteral("intakePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_edit = new Compact<QPlainTextEdit>(4, this);
    m_edit->setObjectName(QStringLiteral("errorText"));
    m_edit->setTabChangesFocus(true);
    m_intro->setBuddy(m_edit);
    m_view = new ClassificationView(this);
    m_view->setObjectName(QStringLiteral("classificationView"));

    m_orLabel = new QLabel(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openSession"));
    m_practiceLabel = new QLabel(this);
    m_practiceBox = new QComboBox(this);
    m_practiceBox->setObjectName(QStringLiteral("practiceScenario"));
    m_practiceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_practiceBox->setMinimumContentsLength(24);
    m_practiceLabel->setBuddy(m_practiceBox);
    m_practiceDescription = new QLabel(this);
    m_practiceDescription->setObjectName(QStringLiteral("practiceDescription"));
    m_practiceDescription->setWordWrap(true);

    auto *other = new QGridLayout;
    other->addWidget(m_orLabel, 0, 0);
    other->addWidget(m_open, 0, 1, Qt::AlignLeft);
    other->addWidget(m_practiceLabel, 1, 0);
    other->addWidget(m_practiceBox, 1, 1);
    other->addWidget(m_practiceDescription, 2, 1);
    other->setColumnStretch(1, 1);

    body()->addWidget(m_intro);
    body()->addWidget(m_edit, 2);
    body()->addWidget(m_view, 3);
    body()->addLayout(other);

    // Classify while the user types, but not on every keystroke of a long paste.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &IntakePage::reclassify);
    connect(m_edit, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_open, &QPushButton::clicked, this, &IntakePage::openSessionRequested);
    connect(m_practiceBox, qOverload<int>(&QComboBox::activated), this, &IntakePage::onPracticeChosen);
    connect(controller, &WizardController::practiceChanged, this, [this] {
        const int i = m_practiceBox->findData(this->controller()->practiceScenario());
        m_practiceBox->setCurrentIndex(qMax(0, i));
        if (this->controller()->isPractice() && m_edit->toPlainText() != this->controller()->errorText())
            setErrorText(this->controller()->errorText());
        updatePracticeMarker();
    });
    retranslate();
}

void IntakePage::initializePage()
{
    updatePracticeMarker();
    if (m_edit->toPlainText() != controller()->errorText())
        setErrorText(controller()->errorText());
}

int IntakePage::nextId() const
{
    if (controller()->isReopenedSession() && resolutionPageId >= 0)
        return resolutionPageId;
    return PageBase::nextId();
}

QString IntakePage::errorText() const
{
    return m_edit->toPlainText();
}

void IntakePage::setErrorText(const QString &text)
{
    m_edit->setPlainText(text);
    reclassify();
}

void IntakePage::reclassify()
{
    m_debounce.stop();
    const QString text = m_edit->toPlainText();
    const quint64 generation = ++m_generation;
    // A long paste (a whole log) is classified on a worker thread so typing never waits for it;
    // only the newest text's result is shown.
    if (text.size() > kBackgroundChars) {
        QPointer<IntakePage> self(this);
        QThreadPool::globalInstance()->start([self, text, generation] {
            Classification c = Classifier::classify(text);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, text, generation, c] {
                    if (self && generation == self->m_generation)
                        self->applyClassification(text, c);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    applyClassification(text, text.trimmed().isEmpty() ? Classification() : Classifier::classify(text));
}

void IntakePage::applyClassification(const QString &text, const Classification &c)
{
    m_classification = c;
    if (text.trimmed().isEmpty())
        m_view->clear();
    else
        m_view->setClassification(m_classification);
    // The controller keeps the text and pre-fills the next pages from the classification.
    Engine::Inputs in = controller()->inputs();
    in.errorText = text;
    controller()->setInputs(in);
    controller()->setClassification(m_classification);
    emit classificationChanged(m_classification);
}

void IntakePage::fillPracticeBox()
{
    const QString current = controller()->practiceScenario();
    m_practiceBox->clear();
    m_practiceBox->addItem(tr("No practice: diagnose a real tenant"), QString());
    for (const Sim::EmbeddedScenarios::Info &s : Sim::EmbeddedScenarios::list()) {
        if (!s.error.isEmpty())
            continue;
        m_practiceBox->addItem(Sim::ScenarioTexts::translated(s.title), s.name);
        m_practiceBox->setItemData(m_practiceBox->count() - 1, Sim::ScenarioTexts::translated(s.description),
                                   Qt::ToolTipRole);
    }
    m_practiceBox->setCurrentIndex(qMax(0, m_practiceBox->findData(current)));
    onPracticeChosen(-1);
}

void IntakePage::onPracticeChosen(int index)
{
    const QString name = m_practiceBox->currentData().toString();
    if (const auto info = Sim::EmbeddedScenarios::find(name))
        m_practiceDescription->setText(Sim::ScenarioTexts::translated(info->description));
    else
        m_practiceDescription->setText(tr("Practice runs the whole flow against a simulated tenant built "
                                          "into AuthDoctor: no account and no network are needed."));
    if (index < 0 || name == controller()->practiceScenario())
        return;
    QString error;
    if (!controller()->setPracticeScenario(name, &error))
        Dialogs::instance()->warning(this, tr("Practice"),
                                     tr("The practice scenario cannot be loaded: %1").arg(error));
    setErrorText(controller()->errorText());
}

void IntakePage::retranslate()
{
    setTitle(tr("What happened?"));
    setSubTitle(tr("Paste the error your migration tool showed. AuthDoctor reads it right away; "
                   "nothing is sent anywhere."));
    m_intro->setText(tr("Copy the whole &error from the migration project's line item "
                        "(including any AADSTS code, Trace ID or Correlation ID) and paste it here:"));
    m_edit->setPlaceholderText(
        tr("Example: Your migration failed while checking destination credentials. Http POST request to "
           "'autodiscover-s.outlook.com' failed - 401 Unauthorized: …"));
    m_edit->setAccessibleName(tr("Error message"));
    m_orLabel->setText(tr("Or:"));
    m_open->setText(tr("&Open a saved session…"));
    m_open->setAccessibleName(tr("Open a saved session"));
    m_practiceLabel->setText(tr("&Practice:"));
    m_practiceBox->setAccessibleName(tr("Practice scenario"));
    fillPracticeBox();
}

} // namespace AuthDoctor::Ui
