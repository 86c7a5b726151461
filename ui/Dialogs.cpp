#include "Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace AuthDoctor::Ui {

namespace {
Dialogs *g_instance = nullptr;
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

void Dialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

bool Dialogs::exec(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

Dialogs *Dialogs::instance()
{
    static Dialogs real;
    return g_instance ? g_instance : &real;
}

void Dialogs::setInstance(Dialogs *dialogs)
{
    g_instance = dialogs;
}

} // namespace AuthDoctor::Ui
