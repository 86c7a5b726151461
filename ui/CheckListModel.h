#pragma once

#include "engine/Diagnosis.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace AuthDoctor::Ui {

class WizardController;

// The live list of checks: one row per check of the plan, columns state+title, elapsed time and
// the one-line result. Running rows tick every 100 ms; nothing here blocks.
class CheckListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        TimeColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        CheckIdRole = Qt::UserRole + 1,
        StatusRole,  // Engine::CheckStatus as int
        EvidenceRole // the redacted evidence as plain text
    };

    explicit CheckListModel(WizardController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QString checkId(int row) const;
    int rowOf(const QString &checkId) const;
    int finishedCount() const;
    int total() const { return int(m_ids.size()); }
    void reload(); // the plan changed (a new diagnosis, a reopened session)

    static QString statusText(Engine::CheckStatus s);
    static QString evidenceText(const Engine::CheckResult &r);

private:
    void onCheckChanged(const QString &id);
    void tick();

    WizardController *m_controller;
    QStringList m_ids;
    QHash<QString, QElapsedTimer> m_clocks; // running checks
    QTimer m_ticker;
};

} // namespace AuthDoctor::Ui
