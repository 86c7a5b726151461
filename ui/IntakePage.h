#pragma once

#include "PageBase.h"
#include "classify/Classifier.h"

#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace AuthDoctor::Ui {

class ClassificationView;

// Page 1 "What happened": paste the error message (classified live, never blocking typing), open a
// saved session, or pick a practice scenario.
class IntakePage : public PageBase
{
    Q_OBJECT
public:
    explicit IntakePage(WizardController *controller, QWidget *parent = nullptr);

    QString errorText() const;
    void setErrorText(const QString &text);
    Classification classification() const { return m_classification; }
    QComboBox *practiceBox() const { return m_practiceBox; }

    void initializePage() override;
    int nextId() const override; // a reopened session goes straight to its resolution
    int resolutionPageId = -1;

signals:
    void classificationChanged(const AuthDoctor::Classification &c);
    void openSessionRequested();

protected:
    void retranslate() override;

private:
    void reclassify();
    void applyClassification(const QString &text, const Classification &c);
    static constexpr qsizetype kBackgroundChars = 16 * 1024; // longer pastes classify off the UI thread
    quint64 m_generation = 0;
    void fillPracticeBox();
    void onPracticeChosen(int index);

    QLabel *m_intro = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    ClassificationView *m_view = nullptr;
    QLabel *m_orLabel = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_practiceLabel = nullptr;
    QComboBox *m_practiceBox = nullptr;
    QLabel *m_practiceDescription = nullptr;
    QTimer m_debounce;
    Classification m_classification;
    bool m_syncing = false;
};

} // namespace AuthDoctor::Ui
