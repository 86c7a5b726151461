#include "ClassificationView.h"

#include "PageBase.h"

#include "findings/FindingsCatalog.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

QString sideDisplayName(Side s)
{
    switch (s) {
    case Side::Source:
        return ClassificationView::tr("Source (the system the migration reads from)");
    case Side::Destination:
        return ClassificationView::tr("Destination (the system the migration writes to)");
    case Side::Unknown:
        break;
    }
    return ClassificationView::tr("Not stated in the message");
}

QString endpointDisplayName(EndpointKind e)
{
    switch (e) {
    case EndpointKind::ExchangeOnline:
        return ClassificationView::tr("Exchange Online / Microsoft 365");
    case EndpointKind::ExchangeServer:
        return ClassificationView::tr("Exchange Server (on-premises)");
    case EndpointKind::OneDrive:
        return ClassificationView::tr("OneDrive for Business");
    case EndpointKind::Unknown:
        break;
    }
    return ClassificationView::tr("Not stated in the message");
}

ClassificationView::ClassificationView(QWidget *parent) : QWidget(parent)
{
    auto makeValue = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_sideLabel = new QLabel(this);
    m_side = makeValue("sideValue");
    m_endpointLabel = new QLabel(this);
    m_endpoint = makeValue("endpointValue");
    m_hostLabel = new QLabel(this);
    m_host = makeValue("hostValue");
    m_statusLabel = new QLabel(this);
    m_status = makeValue("statusValue");
    m_codesLabel = new QLabel(this);
    m_codes = makeValue("codesValue");
    // Two facts per row keeps the page short enough for small screens.
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    form->addWidget(m_sideLabel, 0, 0);
    form->addWidget(m_side, 0, 1);
    form->addWidget(m_endpointLabel, 0, 2);
    form->addWidget(m_endpoint, 0, 3);
    form->addWidget(m_hostLabel, 1, 0);
    form->addWidget(m_host, 1, 1);
    form->addWidget(m_statusLabel, 1, 2);
    form->addWidget(m_status, 1, 3);
    form->addWidget(m_codesLabel, 2, 0);
    form->addWidget(m_codes, 2, 1, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("classificationMessage"));
    m_message->setWordWrap(true);

    m_candidates = new Compact<QTreeWidget>(3, this);
    m_candidates->setObjectName(QStringLiteral("candidateList"));
    m_candidates->setColumnCount(2);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setUniformRowHeights(false);
    m_candidates->setWordWrap(true);
    m_candidates->header()->setStretchLastSection(false);
    m_candidates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_candidates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // Scrolls instead of clipping when the explanation is long (small screens, German).
    m_detail = new Compact<QTextBrowser>(3, this);
    m_detail->setObjectName(QStringLiteral("candidateDetail"));
    m_detail->setFrameShape(QFrame::NoFrame);
    m_detail->viewport()->setAutoFillBackground(false);
    m_detail->setOpenLinks(false);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &ClassificationView::showDetail);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_detail, 1);
    retranslate();
    clear();
}

void ClassificationView::clear()
{
    m_hasValue = false;
    m_current = {};
    retranslate();
}

void ClassificationView::setClassification(const Classification &c)
{
    m_current = c;
    m_hasValue = true;
    retranslate();
}

void ClassificationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The same classification in the new language; the selected cause stays selected.
        const QTreeWidgetItem *item = m_candidates->currentItem();
        const QString selected = item ? item->data(0, Qt::UserRole).toString() : QString();
        retranslate();
        for (int i = 0; i < m_candidates->topLevelItemCount(); ++i)
            if (m_candidates->topLevelItem(i)->data(0, Qt::UserRole).toString() == selected)
                m_candidates->setCurrentItem(m_candidates->topLevelItem(i));
    }
    QWidget::changeEvent(event);
}

static QString confidenceWord(double score)
{
    if (score >= 0.75)
        return ClassificationView::tr("high");
    if (score >= 0.45)
        return ClassificationView::tr("medium");
    return ClassificationView::tr("low");
}

void ClassificationView::retranslate()
{
    m_candidates->setAccessibleName(tr("Likely causes"));
    m_detail->setAccessibleName(tr("Details of the selected cause"));
    m_sideLabel->setText(tr("Failing side:"));
    m_endpointLabel->setText(tr("Endpoint:"));
    m_hostLabel->setText(tr("Host:"));
    m_statusLabel->setText(tr("HTTP status:"));
    m_codesLabel->setText(tr("Codes found:"));
    m_candidates->setHeaderLabels({tr("Likely cause"), tr("Likelihood")});

    const QString dash = QStringLiteral("—");
    m_candidates->clear();
    if (!m_hasValue) {
        for (QLabel *l : {m_side, m_endpoint, m_host, m_status, m_codes})
            l->setText(dash);
        m_message->setText(tr("Paste the error message above: what it says appears here as you type."));
        m_detail->clear();
        m_detail->hide();
        return;
    }
    const Classification &c = m_current;
    m_side->setText(sideDisplayName(c.side));
    m_endpoint->setText(endpointDisplayName(c.endpoint));
    m_host->setText(c.host.isEmpty() ? dash : c.host);
    m_status->setText(c.httpStatus ? QString::number(c.httpStatus) : dash);
    m_codes->setText(c.codes.isEmpty() ? tr("none") : c.codes.join(QStringLiteral(", ")));
    // Reasons are rendered here, in the language of the moment: retranslate() runs again on
    // QEvent::LanguageChange with the same classification.
    m_message->setText(c.error.isEmpty() ? tr("Likely causes, most likely first (select one to see why):")
                                         : c.errorText());
    for (const Candidate &cand : c.candidates) {
        const auto finding = FindingsCatalog::find(cand.finding);
        auto *item = new QTreeWidgetItem(m_candidates);
        item->setText(0, finding ? finding->title : cand.finding);
        item->setText(1, confidenceWord(cand.score));
        item->setData(0, Qt::UserRole, cand.finding);
        const QString why = cand.whyText();
        item->setToolTip(0, why);
        item->setToolTip(1, why);
    }
    if (m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
    showDetail();
}

void ClassificationView::showDetail()
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item) {
        m_detail->clear();
        m_detail->hide();
        return;
    }
    const QString id = item->data(0, Qt::UserRole).toString();
    QString why;
    for (const Candidate &c : std::as_const(m_current.candidates))
        if (c.finding == id)
            why = c.whyText();
    const auto finding = FindingsCatalog::find(id);
    QString html = QStringLiteral("<p><b>%1</b>").arg((finding ? finding->title : id).toHtmlEscaped());
    if (!why.isEmpty())
        html += QStringLiteral("<br>") + tr("Why: %1").arg(why.toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (finding)
        html += QStringLiteral("<p>") + finding->explanation.toHtmlEscaped() + QStringLiteral("</p>");
    m_detail->setHtml(html);
    m_detail->show();
}

} // namespace AuthDoctor::Ui
