#pragma once

#include "PageBase.h"

class QLabel;
class QPushButton;
class QTextBrowser;

namespace AuthDoctor::Engine {
struct Result;
}

namespace AuthDoctor::Ui {

// Page 6 "Resolution": the primary cause first (what happened, why, numbered steps, who, how long
// it takes to apply, links), then other findings, then what was ruled out and by which check.
// Exports, the admin hand-off, "check again later" and start over.
class ResolutionPage : public PageBase
{
    Q_OBJECT
public:
    explicit ResolutionPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override { return true; }

    QTextBrowser *browser() const { return m_browser; }
    // The page's HTML for a result, in the current language (also used by tests).
    static QString resolutionHtml(const Engine::Result &result);

    // The actions, public so the menu bar and tests reach them.
    void exportPdf();
    void copyForTicket();
    void saveSession();
    void exportHar();
    void showAdminHandoff();
    void toggleRecheck();

signals:
    void startOverRequested();
    void sessionSaved(const QString &path); // for the recent sessions
    void rerunRequested();                  // a reopened session, run again with fresh credentials

protected:
    void retranslate() override;

private:
    void refresh();
    void updateRecheck();

    QTextBrowser *m_browser = nullptr;
    QLabel *m_recheck = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_har = nullptr;
    QPushButton *m_handoff = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_startOver = nullptr;
    QPushButton *m_rerun = nullptr;
};

} // namespace AuthDoctor::Ui
