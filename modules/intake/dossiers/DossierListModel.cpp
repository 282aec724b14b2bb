#include "DossierListModel.h"

#include "DossierText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace motcua::intake {

namespace {

bool isOpen(DossierState state)
{
    return DossierListQuery::openStates().contains(state);
}

} // namespace

DossierListModel::DossierListModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_query(db) {}

QDateTime DossierListModel::dueSoonUntil() const
{
    return m_dueSoonUntil ? m_dueSoonUntil(now()) : now().addDays(1);
}

void DossierListModel::setFilter(const DossierListFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    if (!m_filter.now.isValid())
        m_filter.now = now();
    if (!m_filter.dueSoonUntil.isValid())
        m_filter.dueSoonUntil = dueSoonUntil();
    m_cursor = {};
    m_rows.clear();
    m_error = {};
    m_rows = fetchPage();
    endResetModel();
    emit rowsLoaded();
}

void DossierListModel::reload()
{
    DossierListFilter filter = m_filter;
    filter.now = {};
    filter.dueSoonUntil = {};
    setFilter(filter);
}

QList<DossierListRow> DossierListModel::fetchPage()
{
    auto page = m_query.page(m_filter, &m_cursor, kPageSize);
    if (!page) {
        m_error = page.error();
        m_more = false;
        emit loadFailed(page.error().message);
        return {};
    }
    // A full page may have more after it (at worst the next fetch finds nothing); no count needed.
    m_more = page->size() == kPageSize;
    return *page;
}

bool DossierListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void DossierListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<DossierListRow> rows = fetchPage();
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    emit rowsLoaded();
}

void DossierListModel::refreshSyncStates()
{
    if (m_rows.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const DossierListRow& row : std::as_const(m_rows))
        ids.append(row.id);
    const auto states = m_query.syncStates(ids);
    if (!states)
        return;
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const DossierSyncState state = states->value(m_rows.at(i).id);
        DossierSyncState& current = m_rows[i].sync;
        if (current.key != state.key || current.error != state.error) {
            current = state;
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, Sync), index(last, Sync));
}

void DossierListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const DossierListRow* DossierListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DossierListModel::rowOf(const QString& uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).uuid == uuid)
            return i;
    return -1;
}

bool DossierListModel::isOverdue(const DossierListRow& row) const
{
    return isOpen(row.state) && row.dueAt.isValid() && row.dueAt < m_filter.now;
}

bool DossierListModel::isDueSoon(const DossierListRow& row) const
{
    return isOpen(row.state) && row.dueAt.isValid() && row.dueAt >= m_filter.now && row.dueAt < m_filter.dueSoonUntil;
}

int DossierListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierListModel::data(const QModelIndex& index, int role) const
{
    const DossierListRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case UuidRole:
        return row->uuid;
    case OverdueRole:
        return isOverdue(*row);
    case DueSoonRole:
        return isDueSoon(*row);
    case SyncKeyRole:
        return row->sync.key;
    case SyncErrorRole:
        return row->sync.error;
    case StateRole:
        return nationalStatusCode(row->state);
    case Qt::BackgroundRole:
        if (isOverdue(*row))
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (isDueSoon(*row))
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Due && isOverdue(*row))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == Sync && row->sync.key == QLatin1String("failed"))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::FontRole:
        if (index.column() == Due && isOverdue(*row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Sync:
            if (row->sync.key == QLatin1String("failed"))
                return row->sync.error.isEmpty() ? tr("Sending failed; it will be retried.")
                                                 : tr("Sending failed: %1").arg(row->sync.error);
            return DossierText::syncStateName(row->sync.key);
        case Applicant:
            return row->applicantAddress;
        case Code:
            return row->codeProvisional ? tr("Provisional code, until the registry assigns the official one")
                                        : tr("Official code");
        case Procedure:
            return row->procedureCode;
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return row->code;
        case Applicant:
            return row->applicantName;
        case IdNumber:
            return row->applicantIdNumber;
        case Procedure:
            return row->procedureName;
        case State:
            return DossierText::stateName(row->state);
        case Received:
            return DossierText::time(row->receivedAt);
        case Due:
            if (isOverdue(*row))
                //: due time, then "quá hạn"
                return tr("%1 (overdue)").arg(DossierText::time(row->dueAt));
            return DossierText::time(row->dueAt);
        case Sync:
            return DossierText::syncStateName(row->sync.key);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DossierListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        //: mã số hồ sơ
        return tr("Code");
    case Applicant:
        return tr("Applicant");
    case IdNumber:
        return tr("ID number");
    case Procedure:
        return tr("Procedure");
    case State:
        return tr("State");
    case Received:
        return tr("Received");
    case Due:
        //: ngày hẹn trả
        return tr("Due");
    case Sync:
        return tr("Sync");
    default:
        return {};
    }
}

} // namespace motcua::intake
