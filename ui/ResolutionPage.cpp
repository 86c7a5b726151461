#include "ResolutionPage.h"

#include "Dialogs.h"
#include "WizardController.h"
#include "report/PdfReport.h"
#include "report/ReportContent.h"
#include "report/Reports.h"
#include "session/Session.h"
#include "session/SessionFile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <chrono>

namespace AuthDoctor::Ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// One finding as the page shows it, from the reports' content (ReportContent.h).
QString findingBlock(const Report::FindingBlock &f, const Report::Labels &l, bool primary)
{
    QString h = primary ? QStringLiteral("<h2>%1</h2>").arg(esc(f.title))
                        : QStringLiteral("<h3>%1</h3>").arg(esc(f.title));
    h += QStringLiteral("<p>%1</p>").arg(esc(f.explanation));
    if (!f.why.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>")
                 .arg(esc(ResolutionPage::tr("Why AuthDoctor thinks so:")), esc(f.why));
    if (!f.rawCodes.isEmpty())
        h += QStringLiteral("<p><b>%1</b> <code>%2</code></p>")
                 .arg(esc(Report::labelled(l.codes)), esc(f.rawCodes.join(QStringLiteral(", "))));
    if (!f.steps.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(ResolutionPage::tr("What to do:")));
        for (const QString &s : f.steps)
            h += QStringLiteral("<li>%1</li>").arg(esc(s));
        h += QStringLiteral("</ol>");
    }
    h += QStringLiteral("<p><b>%1</b> %2<br><b>%3</b> %4</p>")
             .arg(esc(ResolutionPage::tr("Who must act:")), esc(f.who),
                  esc(ResolutionPage::tr("How long it takes to apply:")), esc(f.timeToApply));
    if (!f.links.isEmpty()) {
        h += QStringLiteral("<p>");
        for (const Link &link : f.links)
            h += QStringLiteral("<a href=\"%1\">%2</a><br>").arg(esc(link.url), esc(link.title));
        h += QStringLiteral("</p>");
    }
    return h;
}

Session::Session sessionOf(const WizardController *c)
{
    return Session::Session::fromResult(c->result());
}

QString suggestedName(const WizardController *c, const QString &extension)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QStringLiteral("authdoctor-%1").arg(QDate::currentDate().toString(Qt::ISODate));
    Q_UNUSED(c);
    return QDir(dir).filePath(base + extension);
}

} // namespace

QString ResolutionPage::resolutionHtml(const Engine::Result &result)
{
    // The same content the reports are built from, so the page and the PDF never disagree.
    const Report::Content content = Report::buildContent(Session::Session::fromResult(result));
    const Report::Labels &l = content.labels;
    QString h = QStringLiteral("<html><body>");
    if (content.summary.cause) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("The cause:")));
        h += findingBlock(*content.summary.cause, l, true);
    } else if (!result.completed) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(tr("The checks were cancelled")),
                      esc(tr("Not every check ran, so AuthDoctor cannot name a cause yet. Run the checks "
                             "again.")));
    } else {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(content.summary.headline), esc(content.summary.whatHappened));
    }
    if (!content.otherFindings.isEmpty()) {
        h += QStringLiteral("<hr><h2>%1</h2>").arg(esc(l.otherFindings));
        for (const Report::FindingBlock &f : content.otherFindings)
            h += findingBlock(f, l, false);
    }
    if (!content.ruledOut.isEmpty()) {
        h += QStringLiteral("<hr><h2>%1</h2><ul>").arg(esc(l.ruledOut));
        for (const Report::RuledOutItem &r : content.ruledOut)
            h += r.byChecks.isEmpty()
                     ? QStringLiteral("<li>%1</li>").arg(esc(r.title))
                     : QStringLiteral("<li>%1 — %2</li>")
                           .arg(esc(r.title),
                                esc(tr("ruled out by: %1").arg(r.byChecks.join(QStringLiteral(", ")))));
        h += QStringLiteral("</ul>");
    }
    if (!content.questions.isEmpty()) {
        h += QStringLiteral("<hr><h2>%1</h2><ul>").arg(esc(l.questions));
        for (const Report::QuestionItem &q : content.questions)
            h += QStringLiteral("<li>%1 <b>%2</b></li>").arg(esc(q.question), esc(q.answer));
        h += QStringLiteral("</ul>");
    }
    return h + QStringLiteral("</body></html>");
}

ResolutionPage::ResolutionPage(WizardController *controller, QWidget *parent) : PageBase(controller, parent)
{
    setObjectName(QStringLiteral("resolutionPage"));
    setFinalPage(true);
    m_browser = new Compact<QTextBrowser>(12, this);
    m_browser->setObjectName(QStringLiteral("resolution"));
    m_browser->setOpenExternalLinks(true); // QDesktopServices::openUrl
    m_recheck = new QLabel(this);
    m_recheck->setObjectName(QStringLiteral("recheckState"));
    m_recheck->setWordWrap(true);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyForTicket"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSession"));
    m_har = new QPushButton(this);
    m_har->setObjectName(QStringLiteral("exportHar"));
    m_handoff = new QPushButton(this);
    m_handoff->setObjectName(QStringLiteral("adminHandoff"));
    m_later = new QPushButton(this);
    m_later->setObjectName(QStringLiteral("checkAgainLater"));
    m_startOver = new QPushButton(this);
    m_startOver->setObjectName(QStringLiteral("startOver"));

    m_rerun = new QPushButton(this);
    m_rerun->setObjectName(QStringLiteral("rerunWithCredentials"));

    auto *row1 = new QHBoxLayout;
    for (QPushButton *b : {m_pdf, m_copy, m_save, m_har})
        row1->addWidget(b);
    row1->addStretch(1);
    auto *row2 = new QHBoxLayout;
    for (QPushButton *b : {m_handoff, m_later, m_rerun, m_startOver})
        row2->addWidget(b);
    row2->addStretch(1);
    body()->addWidget(m_browser, 1);
    body()->addWidget(m_recheck);
    body()->addLayout(row1);
    body()->addLayout(row2);

    connect(m_pdf, &QPushButton::clicked, this, &ResolutionPage::exportPdf);
    connect(m_copy, &QPushButton::clicked, this, &ResolutionPage::copyForTicket);
    connect(m_save, &QPushButton::clicked, this, &ResolutionPage::saveSession);
    connect(m_har, &QPushButton::clicked, this, &ResolutionPage::exportHar);
    connect(m_handoff, &QPushButton::clicked, this, &ResolutionPage::showAdminHandoff);
    connect(m_later, &QPushButton::clicked, this, &ResolutionPage::toggleRecheck);
    connect(m_startOver, &QPushButton::clicked, this, &ResolutionPage::startOverRequested);
    connect(m_rerun, &QPushButton::clicked, this, &ResolutionPage::rerunRequested);
    connect(controller, &WizardController::resultChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(controller, &WizardController::recheckStateChanged, this, &ResolutionPage::updateRecheck);
    retranslate();
}

void ResolutionPage::initializePage()
{
    updatePracticeMarker();
    refresh();
}

void ResolutionPage::refresh()
{
    m_browser->setHtml(resolutionHtml(controller()->result()));
    m_rerun->setVisible(controller()->isReopenedSession());
    m_later->setVisible(!controller()->isReopenedSession());
    updateRecheck();
}

void ResolutionPage::exportPdf()
{
    const Session::Session session = sessionOf(controller());
    // A preview of exactly what will be shared: the same content, redaction visible.
    QDialog preview(this);
    preview.setObjectName(QStringLiteral("pdfPreview"));
    preview.setWindowTitle(tr("Export PDF: what will be shared"));
    auto *layout = new QVBoxLayout(&preview);
    auto *note =
        new QLabel(tr("This is the report as it will be written. Passwords, secrets and tokens are never "
                      "part of it; values that looked like credentials show as [redacted]."),
                   &preview);
    note->setWordWrap(true);
    auto *view = new QTextBrowser(&preview);
    view->setObjectName(QStringLiteral("pdfPreviewText"));
    view->setHtml(Report::html(session));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &preview);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &preview, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &preview, &QDialog::reject);
    preview.resize(window()->size() * 0.9);
    if (!Dialogs::instance()->confirmPreview(&preview))
        return;
    const QString path = Dialogs::instance()->saveFileName(
        this, tr("Export PDF"), suggestedName(controller(), QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!Report::writePdf(session, path, &error))
        Dialogs::instance()->warning(this, tr("Export PDF"), error);
}

void ResolutionPage::copyForTicket()
{
    QApplication::clipboard()->setText(Report::markdown(sessionOf(controller())));
    m_recheck->setText(tr("The summary is on the clipboard as Markdown, ready for the ticket."));
}

void ResolutionPage::saveSession()
{
    const QString path = Dialogs::instance()->saveFileName(
        this, tr("Save session"), suggestedName(controller(), QStringLiteral(".authdiag")),
        tr("AuthDoctor sessions (*.authdiag)"));
    if (path.isEmpty())
        return;
    QString error;
    Session::Session session = sessionOf(controller());
    if (!Session::write(session, path, &error))
        Dialogs::instance()->warning(this, tr("Save session"), error);
    else
        emit sessionSaved(path);
}

void ResolutionPage::exportHar()
{
    const QString path = Dialogs::instance()->saveFileName(
        this, tr("Export evidence"), suggestedName(controller(), QStringLiteral(".har")),
        tr("HTTP archives (*.har)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(Report::har(sessionOf(controller()))) < 0 || !f.commit())
        Dialogs::instance()->warning(this, tr("Export evidence"),
                                     tr("The file could not be written: %1").arg(f.errorString()));
}

void ResolutionPage::showAdminHandoff()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("adminHandoffDialog"));
    dialog.setWindowTitle(tr("Admin hand-off"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QTextBrowser(&dialog);
    view->setObjectName(QStringLiteral("adminHandoffText"));
    view->setOpenExternalLinks(true);
    view->setHtml(Report::adminHandoffHtml(sessionOf(controller())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &dialog, [this] {
        QApplication::clipboard()->setText(Report::adminHandoffMarkdown(sessionOf(controller())));
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog.resize(window()->size() * 0.9);
    Dialogs::instance()->exec(&dialog);
}

void ResolutionPage::toggleRecheck()
{
    using namespace std::chrono_literals;
    WizardController *c = controller();
    if (c->recheckState() == WizardController::RecheckState::Waiting ||
        c->recheckState() == WizardController::RecheckState::NotEffectiveYet ||
        c->recheckState() == WizardController::RecheckState::Running) {
        c->stopRecheck();
        return;
    }
    c->scheduleRecheck(15min);
}

void ResolutionPage::updateRecheck()
{
    WizardController *c = controller();
    const QString when = QLocale().toString(c->nextRecheck().toLocalTime().time(), QLocale::ShortFormat);
    switch (c->recheckState()) {
    case WizardController::RecheckState::Off:
        m_recheck->clear();
        m_later->setText(tr("Check &again later"));
        break;
    case WizardController::RecheckState::Waiting:
        m_recheck->setText(tr("The checks run again at %1. Leave AuthDoctor open.").arg(when));
        m_later->setText(tr("Stop checking &again"));
        break;
    case WizardController::RecheckState::Running:
        m_recheck->setText(tr("Checking again now…"));
        m_later->setText(tr("Stop checking &again"));
        break;
    case WizardController::RecheckState::NotEffectiveYet:
        m_recheck->setText(
            tr("Not effective yet: the cause is still there, which is normal within the time this "
               "change takes to apply. Next check at %1.")
                .arg(when));
        m_later->setText(tr("Stop checking &again"));
        break;
    case WizardController::RecheckState::Resolved:
        m_recheck->setText(tr("Resolved: the cause found earlier is gone. Run the migration again."));
        m_later->setText(tr("Check &again later"));
        break;
    case WizardController::RecheckState::StillFailing:
        m_recheck->setText(
            tr("Still failing after the time this change takes to apply: check that the fix was "
               "made as described."));
        m_later->setText(tr("Check &again later"));
        break;
    }
    m_recheck->setVisible(!m_recheck->text().isEmpty());
    m_later->setEnabled(!c->isReopenedSession() || c->recheckState() != WizardController::RecheckState::Off);
}

void ResolutionPage::retranslate()
{
    setTitle(tr("Resolution"));
    setSubTitle(tr("The cause, what to do and who must do it. Export it for the ticket."));
    m_pdf->setText(tr("Export &PDF…"));
    m_copy->setText(tr("Cop&y for ticket"));
    m_save->setText(tr("Sa&ve session…"));
    m_har->setText(tr("Export e&vidence (HAR)…"));
    m_handoff->setText(tr("Ad&min hand-off…"));
    m_startOver->setText(tr("Start &over"));
    m_rerun->setText(tr("&Run again with fresh credentials…"));
    m_browser->setAccessibleName(tr("Resolution"));
    updateRecheck();
    if (isVisible())
        refresh();
}

} // namespace AuthDoctor::Ui
