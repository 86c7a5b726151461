#pragma once

#include "Dialogs.h"

#include <QDialog>
#include <QString>
#include <QStringList>

// Answers the wizard's dialogs without showing them (the seam in ui/Dialogs.h).
struct FakeDialogs : AuthDoctor::Ui::Dialogs
{
    QString openPath;
    QString savePath;
    bool acceptPreview = true;
    QStringList warnings;
    QStringList shownDialogs; // object names of dialogs passed to exec()

    QString openFileName(QWidget *, const QString &, const QString &) override { return openPath; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return savePath;
    }
    void information(QWidget *, const QString &, const QString &) override {}
    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    bool exec(QDialog *dialog) override
    {
        shownDialogs << dialog->objectName();
        return false;
    }
    bool confirmPreview(QDialog *preview) override
    {
        shownDialogs << preview->objectName();
        return acceptPreview;
    }
};
