#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace AuthDoctor::Ui {

// The seam for file dialogs and message boxes (KeePassXC's MessageBox/FileDialog pattern): the
// wizard asks through it, a GUI test installs answers instead of modal dialogs.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    // Shows a modal dialog the wizard built (a preview, the admin hand-off); true when accepted.
    virtual bool exec(QDialog *dialog);
    // The PDF preview: true when the user chose to save.
    virtual bool confirmPreview(QDialog *preview) { return exec(preview); }

    static Dialogs *instance();
    static void setInstance(Dialogs *dialogs); // nullptr: the real dialogs again; not owned
};

} // namespace AuthDoctor::Ui
