#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace AuthDoctor::Ui {

// A scrolling widget (text box, list, browser) that asks for `lines` lines of text rather than
// Qt's fixed 192 px: on a small window (1366x768 at 150 %, long French text) the page's labels
// keep their height and the page scrolls less; on a large one it still takes the room there is.
template <typename W> class Compact : public W
{
public:
    Compact(int lines, QWidget *parent) : W(parent), m_lines(lines) {}
    QSize sizeHint() const override { return {W::sizeHint().width(), linesHeight(m_lines)}; }
    QSize minimumSizeHint() const override
    {
        return {W::minimumSizeHint().width(), linesHeight(qMin(m_lines, 3))};
    }

private:
    int linesHeight(int lines) const
    {
        return lines * this->fontMetrics().lineSpacing() + 2 * this->frameWidth() + 8;
    }
    int m_lines;
};

class WizardController;

// What every page shares: the controller it draws, the practice marker at its top, and
// retranslation when the language changes at run time.
class PageBase : public QWizardPage
{
    Q_OBJECT
public:
    PageBase(WizardController *controller, QWidget *parent = nullptr);

    WizardController *controller() const { return m_controller; }

protected:
    // The page's own layout, under the practice marker.
    QVBoxLayout *body() const { return m_body; }
    void changeEvent(QEvent *event) override;
    virtual void retranslate() = 0;
    void updatePracticeMarker();

private:
    WizardController *m_controller;
    QLabel *m_practice = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace AuthDoctor::Ui
