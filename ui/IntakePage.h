#pragma once

#include "classify/Classifier.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace AuthDoctor::Ui {

class ClassificationView;

// Page 1 "What happened": paste the error message; the classification shows live.
class IntakePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IntakePage(QWidget *parent = nullptr);

    QString errorText() const;
    void setErrorText(const QString &text);
    Classification classification() const { return m_classification; }

signals:
    void classificationChanged(const AuthDoctor::Classification &c);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reclassify();

    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    ClassificationView *m_view = nullptr;
    QTimer m_debounce;
    Classification m_classification;
};

} // namespace AuthDoctor::Ui
