#include "QuestionsPage.h"

#include "WizardController.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

namespace {
QString answerText(const QString &value)
{
    if (value == QLatin1String("yes"))
        return QuestionsPage::tr("&Yes");
    if (value == QLatin1String("no"))
        return QuestionsPage::tr("N&o"); // Alt+N is the wizard's Next
    if (value == QLatin1String("unknown"))
        return QuestionsPage::tr("I &don't know");
    return value;
}
} // namespace

QuestionsPage::QuestionsPage(WizardController *controller, QWidget *parent) : PageBase(controller, parent)
{
    setObjectName(QStringLiteral("questionsPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_scroll = new Compact<QScrollArea>(8, this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    body()->addWidget(m_intro);
    body()->addWidget(m_scroll, 1);
    retranslate();
}

void QuestionsPage::initializePage()
{
    updatePracticeMarker();
    rebuild();
}

void QuestionsPage::rebuild()
{
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    const auto answers = controller()->answers();
    for (const Engine::Question &q : controller()->openQuestions()) {
        auto *box = new QGroupBox(m_content);
        box->setObjectName(QStringLiteral("question-") + q.id);
        auto *v = new QVBoxLayout(box);
        auto *text = new QLabel(q.text.render(), box);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(text);
        auto *row = new QHBoxLayout;
        auto *group = new QButtonGroup(box);
        const QString current = answers.value(q.id, q.answer);
        for (const QString &value : q.values) {
            auto *b = new QRadioButton(answerText(value), box);
            b->setObjectName(q.id + QLatin1Char('=') + value);
            b->setAccessibleName(text->text() + QLatin1Char(' ') + b->text().remove(QLatin1Char('&')));
            b->setChecked(value == current);
            group->addButton(b);
            row->addWidget(b);
            connect(b, &QRadioButton::toggled, this, [this, id = q.id, value](bool on) {
                if (on)
                    controller()->setAnswer(id, value);
            });
        }
        row->addStretch(1);
        v->addLayout(row);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_content); // deletes the previous content
}

void QuestionsPage::retranslate()
{
    setTitle(tr("A few questions"));
    setSubTitle(
        tr("Some things no network check can see. Your answers count as evidence and appear in the report; "
           "you can also skip them."));
    m_intro->setText(tr("Answer what you can find out; each question says where to look."));
    if (m_content)
        rebuild();
}

} // namespace AuthDoctor::Ui
