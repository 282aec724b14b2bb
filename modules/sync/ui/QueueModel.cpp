#include "QueueModel.h"

#include "SyncError.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace motcua::sync {

void QueueModel::setSnapshot(const QueueSnapshot& snapshot)
{
    beginResetModel();
    m_items = snapshot.items;
    endResetModel();
}

const QueueItem* QueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::stateText(const QString& stateKey)
{
    if (stateKey == QLatin1String("queued"))
        return tr("Queued");
    if (stateKey == QLatin1String("sending"))
        return tr("Sending");
    if (stateKey == QLatin1String("failed"))
        return tr("Failed");
    if (stateKey == QLatin1String("synced"))
        return tr("Sent");
    return stateKey;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    const QueueItem* entry = item(index.row());
    if (!entry)
        return {};
    if (role == EntryIdRole)
        return entry->id;
    if (role == DossierUuidRole)
        return entry->dossierUuid;
    if (role == Qt::ForegroundRole && entry->state == QLatin1String("failed"))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return entry->lastError; // the technical detail, for the IT contact
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Code:
        return entry->dossierCode;
    case Step:
        return entry->sequence;
    case State:
        return stateText(entry->state) + (entry->exportedAt.isValid() ? tr(" (exported)") : QString());
    case Attempts:
        return entry->attempts;
    case NextTry:
        return entry->state == QLatin1String("failed") && entry->nextAttemptAt.isValid()
                   ? locale.toString(entry->nextAttemptAt, QLocale::ShortFormat)
                   : QString();
    case Reason:
        return entry->lastError.isEmpty() ? QString() : SyncError::describe(entry->errorCode());
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: hồ sơ — the dossier's code (mã số hồ sơ)
    case Code:
        return tr("Dossier");
    case Step:
        return tr("Step");
    case State:
        return tr("State");
    case Attempts:
        return tr("Attempts");
    case NextTry:
        return tr("Next try");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace motcua::sync
