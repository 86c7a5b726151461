#pragma once

#include <QMainWindow>

class QActionGroup;
class QMenu;
class QNetworkAccessManager;

namespace AuthDoctor::Ui {

class AuthDoctorWizard;

// The window around the wizard: File (open, recent sessions), language switchable at run time,
// Help (About with "Copy diagnostic info"), drag and drop of session files, remembered settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QNetworkAccessManager *nam = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    AuthDoctorWizard *wizard() const { return m_wizard; }
    // "en", "de", "fr", "es", "ja"; an empty one follows the system again. Retranslates every page.
    void setLanguage(const QString &language);
    static QString languageSettingsKey();
    QStringList recentSessions() const;
    static QString diagnosticInfo();
    void showAbout();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void restoreSettings();
    void saveInputsSettings();

    AuthDoctorWizard *m_wizard = nullptr;
    QMenu *m_file = nullptr;
    QMenu *m_recent = nullptr;
    QMenu *m_language = nullptr;
    QMenu *m_help = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_copyInfo = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_systemLanguage = nullptr;
};

} // namespace AuthDoctor::Ui
