#include "MainWindow.h"

#include "AuthDoctorWizard.h"
#include "Dialogs.h"
#include "WizardController.h"
#include "core/AppInfo.h"
#include "core/SecretStore.h"
#include "core/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSslSocket>
#include <QSysInfo>
#include <QVBoxLayout>

namespace AuthDoctor::Ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("sessions/recent");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kCloudKey = QStringLiteral("inputs/lastCloud");
const QString kEndpointKey = QStringLiteral("inputs/lastEndpoint");
const QString kLanguageKey = QStringLiteral("ui/language");

bool isSessionFile(const QString &path)
{
    return path.endsWith(QLatin1String(".authdiag"), Qt::CaseInsensitive);
}
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *nam, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_wizard = new AuthDoctorWizard(nam, this);
    m_wizard->setWindowFlags(Qt::Widget);
    setCentralWidget(m_wizard);
    setAcceptDrops(true);
    buildMenus();
    // Finish on the last page ends the program (the wizard is the window's only content).
    connect(m_wizard, &QWizard::finished, this, &QWidget::close);
    connect(m_wizard, &AuthDoctorWizard::sessionOpened, this, &MainWindow::rememberRecent);
    connect(m_wizard, &AuthDoctorWizard::sessionSaved, this, &MainWindow::rememberRecent);
    connect(m_wizard->controller(), &WizardController::checksStarted, this, &MainWindow::saveInputsSettings);
    resize(920, 680);
    restoreSettings();
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_file = menuBar()->addMenu(QString());
    m_open = m_file->addAction(QString(), m_wizard, &AuthDoctorWizard::askOpenSession);
    m_open->setObjectName(QStringLiteral("actionOpen"));
    m_open->setShortcut(QKeySequence::Open);
    m_recent = m_file->addMenu(QString());
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_file->addSeparator();
    m_quit = m_file->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    m_language = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    // A language's own name is not translated: a reader lost in a foreign language finds theirs.
    const QList<QPair<QString, QString>> languages{{QString(), QString()},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")},
                                                   {QStringLiteral("es"), QStringLiteral("Español")},
                                                   {QStringLiteral("ja"), QStringLiteral("日本語")}};
    const QString current = QSettings().value(kLanguageKey).toString();
    for (const auto &[code, name] : languages) {
        QAction *a = m_language->addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setObjectName(code.isEmpty() ? QStringLiteral("language-system")
                                        : QStringLiteral("language-") + code);
        a->setChecked(code == current);
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
        if (code.isEmpty()) {
            m_systemLanguage = a;
            m_language->addSeparator();
        }
    }

    m_help = menuBar()->addMenu(QString());
    m_about = m_help->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_copyInfo =
        m_help->addAction(QString(), this, [] { QApplication::clipboard()->setText(diagnosticInfo()); });
}

QString MainWindow::languageSettingsKey()
{
    return kLanguageKey;
}

void MainWindow::setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(kLanguageKey);
    else
        QSettings().setValue(kLanguageKey, language);
    installTranslations(*QCoreApplication::instance(), language);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == language);
    // installTranslator sends LanguageChange to every widget; pages retranslate themselves.
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_wizard->windowTitle());
    m_file->setTitle(tr("&File"));
    m_open->setText(tr("&Open session…"));
    m_recent->setTitle(tr("Open &recent"));
    m_quit->setText(tr("&Quit"));
    m_language->setTitle(tr("&Language"));
    m_systemLanguage->setText(tr("&System language (%1)").arg(QLocale::system().nativeLanguageName()));
    m_help->setTitle(tr("&Help"));
    m_about->setText(tr("&About AuthDoctor"));
    m_copyInfo->setText(tr("&Copy diagnostic info"));
}

QStringList MainWindow::recentSessions() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentSessions();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentSessions();
    for (const QString &path : recent) {
        QAction *a = m_recent->addAction(QFileInfo(path).fileName(), this,
                                         [this, path] { m_wizard->openSession(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent sessions"))->setEnabled(false);
    else {
        m_recent->addSeparator();
        m_recent->addAction(tr("Clear the list"), this, [] { QSettings().remove(kRecentKey); });
    }
}

void MainWindow::restoreSettings()
{
    QSettings s;
    if (!restoreGeometry(s.value(kGeometryKey).toByteArray()))
        resize(920, 680);
    Engine::Inputs in = m_wizard->controller()->inputs();
    if (const auto cloud = cloudFromString(s.value(kCloudKey).toString()))
        in.cloud = *cloud;
    if (const auto endpoint = endpointKindFromString(s.value(kEndpointKey).toString()))
        in.endpoint = *endpoint;
    m_wizard->controller()->setInputs(in);
}

void MainWindow::saveInputsSettings()
{
    if (m_wizard->controller()->isPractice())
        return;
    const Engine::Inputs &in = m_wizard->controller()->inputs();
    QSettings s;
    s.setValue(kCloudKey, cloudToString(in.cloud));
    s.setValue(kEndpointKey, endpointKindToString(in.endpoint));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    m_wizard->controller()->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isSessionFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        m_wizard->openSession(urls.first().toLocalFile());
    }
}

QString MainWindow::diagnosticInfo()
{
    QStringList lines;
    lines << QStringLiteral("AuthDoctor %1 (revision %2)").arg(AppInfo::version(), AppInfo::revision());
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << QStringLiteral("OS: %1 (%2, %3)")
                 .arg(QSysInfo::prettyProductName(),
                      QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion(),
                      QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("TLS backend: %1 (%2)")
                 .arg(QSslSocket::activeBackend(), QSslSocket::supportsSsl()
                                                       ? QSslSocket::sslLibraryVersionString()
                                                       : QStringLiteral("no TLS support"));
    lines << QStringLiteral("Keychain: %1").arg(SecretStore::backendName());
    lines << QStringLiteral("Platform plugin: %1").arg(QGuiApplication::platformName());
    lines << QStringLiteral("Language: %1").arg(QLocale().name());
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::showAbout()
{
    QDialog about(this);
    about.setObjectName(QStringLiteral("aboutDialog"));
    about.setWindowTitle(tr("About AuthDoctor"));
    auto *layout = new QVBoxLayout(&about);
    auto *text = new QLabel(&about);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(tr("<h3>AuthDoctor %1</h3><p>Finds out why a mailbox or OneDrive migration fails with "
                     "\"401 Unauthorized\", with the evidence, and says who must do what.</p>")
                      .arg(AppInfo::version()));
    auto *info = new QLabel(diagnosticInfo(), &about);
    info->setObjectName(QStringLiteral("diagnosticInfo"));
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &about);
    QPushButton *copy = buttons->addButton(tr("&Copy diagnostic info"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, &about,
            [] { QApplication::clipboard()->setText(diagnosticInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, &about, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(info);
    layout->addWidget(buttons);
    Dialogs::instance()->exec(&about);
}

} // namespace AuthDoctor::Ui
