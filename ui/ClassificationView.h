#pragma once

#include "classify/Classifier.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace AuthDoctor::Ui {

// Shows what the classifier read from a pasted error: side, endpoint, host,
// status, codes and the likely causes with their titles.
class ClassificationView : public QWidget
{
    Q_OBJECT
public:
    explicit ClassificationView(QWidget *parent = nullptr);

    void setClassification(const Classification &c);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetail();

    Classification m_current;
    bool m_hasValue = false;
    QLabel *m_sideLabel = nullptr;
    QLabel *m_side = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_host = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_codesLabel = nullptr;
    QLabel *m_codes = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QTextBrowser *m_detail = nullptr;
};

QString sideDisplayName(Side s);
QString endpointDisplayName(EndpointKind e);

} // namespace AuthDoctor::Ui
