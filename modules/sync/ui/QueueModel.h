#pragma once

#include "QueueSnapshot.h"

#include <QAbstractTableModel>

namespace motcua::sync {

// The outbox entries not yet synced, one row each: dossier code, step, state, attempts, next try, reason.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Step, State, Attempts, NextTry, Reason, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, DossierUuidRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const QueueSnapshot& snapshot);
    const QueueItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString& stateKey);

private:
    QList<QueueItem> m_items;
};

} // namespace motcua::sync
