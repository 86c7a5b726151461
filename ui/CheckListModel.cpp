#include "CheckListModel.h"

#include "WizardController.h"
#include "engine/Plan.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace AuthDoctor::Ui {

CheckListModel::CheckListModel(WizardController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    m_ticker.setInterval(100);
    connect(&m_ticker, &QTimer::timeout, this, &CheckListModel::tick);
    connect(controller, &WizardController::checksStarted, this, &CheckListModel::reload);
    connect(controller, &WizardController::resultChanged, this, [this] {
        if (!m_controller->diagnosis())
            reload();
    });
    connect(controller, &WizardController::checkChanged, this, &CheckListModel::onCheckChanged);
    reload();
}

void CheckListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_clocks.clear();
    if (m_controller->diagnosis()) {
        for (const Engine::CheckSpec &s : m_controller->diagnosis()->plan())
            m_ids << s.id;
    } else {
        for (const Engine::CheckResult &c : m_controller->result().checks)
            m_ids << c.id;
    }
    endResetModel();
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckListModel::checkId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

int CheckListModel::rowOf(const QString &checkId) const
{
    return int(m_ids.indexOf(checkId));
}

int CheckListModel::finishedCount() const
{
    int n = 0;
    for (const QString &id : m_ids) {
        const Engine::CheckStatus s = m_controller->checkResult(id).status;
        if (Engine::isTerminal(s))
            ++n;
    }
    return n;
}

QString CheckListModel::statusText(Engine::CheckStatus s)
{
    switch (s) {
    case Engine::CheckStatus::Waiting:
        return tr("Waiting");
    case Engine::CheckStatus::Running:
        return tr("Running");
    case Engine::CheckStatus::Passed:
        return tr("Passed");
    case Engine::CheckStatus::Warning:
        return tr("Warning");
    case Engine::CheckStatus::Failed:
        return tr("Failed");
    case Engine::CheckStatus::Skipped:
        return tr("Skipped");
    case Engine::CheckStatus::Error:
        return tr("Could not check");
    case Engine::CheckStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString CheckListModel::evidenceText(const Engine::CheckResult &r)
{
    QStringList out;
    if (!r.summary.isEmpty())
        out << r.summary.render() << QString();
    if (!r.codes.isEmpty())
        out << tr("Codes: %1").arg(r.codes.join(QStringLiteral(", "))) << QString();
    for (const Engine::Evidence &e : r.evidence) {
        out << QStringLiteral("%1 %2").arg(e.method, e.url);
        for (const auto &h : e.requestHeaders)
            out << QStringLiteral("  %1: %2").arg(h.first, h.second);
        if (!e.requestBodyExcerpt.isEmpty())
            out << QStringLiteral("  ") + e.requestBodyExcerpt.left(400);
        if (e.status > 0)
            out << tr("→ HTTP %1 after %2 ms").arg(e.status).arg(e.durationMs);
        else
            out << tr("→ no answer after %1 ms: %2").arg(e.durationMs).arg(e.networkError);
        for (const auto &h : e.responseHeaders)
            out << QStringLiteral("  %1: %2").arg(h.first, h.second);
        if (!e.bodyExcerpt.isEmpty())
            out << QStringLiteral("  ") + e.bodyExcerpt.left(1200);
        out << QString();
    }
    if (r.evidence.isEmpty() && r.summary.isEmpty())
        out << tr("No request was sent.");
    return out.join(QLatin1Char('\n'));
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QString id = m_ids.at(index.row());
    const Engine::CheckResult r = m_controller->checkResult(id);
    switch (role) {
    case CheckIdRole:
        return id;
    case StatusRole:
        return int(r.status);
    case EvidenceRole:
        return evidenceText(r);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TitleColumn:
            return Engine::checkTitle(id).render();
        case TimeColumn: {
            qint64 ms = r.durationMs;
            if (r.status == Engine::CheckStatus::Running && m_clocks.contains(id))
                ms = m_clocks.value(id).elapsed();
            if (r.status == Engine::CheckStatus::Waiting || r.status == Engine::CheckStatus::Skipped)
                return QString();
            if (ms < 1000)
                return tr("%1 ms").arg(ms);
            return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
        }
        case ResultColumn:
            if (r.status == Engine::CheckStatus::Waiting || r.status == Engine::CheckStatus::Running)
                return statusText(r.status);
            return r.summary.isEmpty() ? statusText(r.status)
                                       : tr("%1: %2").arg(statusText(r.status), r.summary.render());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return Engine::checkTitle(id).render();
        return index.column() == ResultColumn ? r.summary.render() : statusText(r.status);
    case Qt::DecorationRole: {
        if (index.column() != TitleColumn)
            return {};
        QStyle *st = QApplication::style();
        switch (r.status) {
        case Engine::CheckStatus::Passed:
            return st->standardIcon(QStyle::SP_DialogApplyButton);
        case Engine::CheckStatus::Warning:
            return st->standardIcon(QStyle::SP_MessageBoxWarning);
        case Engine::CheckStatus::Failed:
            return st->standardIcon(QStyle::SP_MessageBoxCritical);
        case Engine::CheckStatus::Error:
            return st->standardIcon(QStyle::SP_MessageBoxQuestion);
        case Engine::CheckStatus::Running:
            return st->standardIcon(QStyle::SP_BrowserReload);
        case Engine::CheckStatus::Skipped:
            return st->standardIcon(QStyle::SP_MediaSkipForward);
        case Engine::CheckStatus::Cancelled:
            return st->standardIcon(QStyle::SP_DialogCancelButton);
        case Engine::CheckStatus::Waiting:
            return st->standardIcon(QStyle::SP_MediaPause);
        }
        return {};
    }
    default:
        break;
    }
    return {};
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Check");
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

void CheckListModel::onCheckChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const Engine::CheckStatus s = m_controller->checkResult(id).status;
    if (s == Engine::CheckStatus::Running) {
        if (!m_clocks.contains(id)) {
            QElapsedTimer t;
            t.start();
            m_clocks.insert(id, t);
        }
        if (!m_ticker.isActive())
            m_ticker.start();
    } else {
        m_clocks.remove(id);
        if (m_clocks.isEmpty())
            m_ticker.stop();
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CheckListModel::tick()
{
    for (auto it = m_clocks.cbegin(); it != m_clocks.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row >= 0)
            emit dataChanged(index(row, TimeColumn), index(row, TimeColumn), {Qt::DisplayRole});
    }
}

} // namespace AuthDoctor::Ui
