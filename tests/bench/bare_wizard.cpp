// The reference for the start-up and memory goals: a bare QWizard with one page of the same
// widgets' weight, built with the same flags, measured with the same first-paint probe.
#include "BenchProbe.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("What happened?"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Paste the error:"), page));
    layout->addWidget(new QPlainTextEdit(page));
    wizard.addPage(page);
    wizard.resize(920, 680);
    AuthDoctor::Ui::installFirstPaintProbe(page);
    wizard.show();
    return QApplication::exec();
}
