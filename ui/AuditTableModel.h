#pragma once

#include "AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// Rows of the audit trail for the administrator's viewer, newest first. A row the chain verification
// named as broken is painted red.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Seq, Time, Actor, Role, Action, Dossier, Detail, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<security::AuditEntry> entries);
    const QList<security::AuditEntry>& entries() const { return m_entries; }
    void setBrokenSeq(qint64 seq);
    qint64 brokenSeq() const { return m_brokenSeq; }
    // The row showing `seq`, -1 when it is not among the rows shown.
    int rowOf(qint64 seq) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionText(const QString& action);

private:
    QList<security::AuditEntry> m_entries;
    qint64 m_brokenSeq = 0;
};

} // namespace motcua
