#include "IntakePage.h"

#include "ClassificationView.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

IntakePage::IntakePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("intakePage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("errorText"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(56);
    m_view = new ClassificationView(this);
    m_view->setObjectName(QStringLiteral("classificationView"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_edit, 2);
    layout->addWidget(m_view, 3);

    // Classify while the user types, but not on every keystroke of a long paste.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    connect(&m_debounce, &QTimer::timeout, this, &IntakePage::reclassify);
    connect(m_edit, &QPlainTextEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    retranslate();
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
    if (text.trimmed().isEmpty()) {
        m_classification = {};
        m_view->clear();
    } else {
        m_classification = Classifier::classify(text);
        m_view->setClassification(m_classification);
    }
    emit classificationChanged(m_classification);
}

void IntakePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void IntakePage::retranslate()
{
    setTitle(tr("What happened?"));
    setSubTitle(tr("Paste the error your migration tool showed. AuthDoctor reads it right away; "
                   "nothing is sent anywhere."));
    m_intro->setText(tr("Copy the whole error from the migration project's line item "
                        "(including any AADSTS code, Trace ID or Correlation ID) and paste it here:"));
    m_edit->setPlaceholderText(
        tr("Example: Your migration failed while checking destination credentials. Http POST request to "
           "'autodiscover-s.outlook.com' failed - 401 Unauthorized: …"));
}

} // namespace AuthDoctor::Ui
