#include "AuditTableModel.h"

#include "Roles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace motcua {

void AuditTableModel::setEntries(QList<security::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTableModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int AuditTableModel::rowOf(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).seq == seq)
            return row;
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("dossier.view"), QT_TR_NOOP("viewed the dossier")},
        {QStringLiteral("dossier.print"), QT_TR_NOOP("printed")},
        {QStringLiteral("dossier.export"), QT_TR_NOOP("exported")},
        {QStringLiteral("dossier.create"), QT_TR_NOOP("received (created)")},
        {QStringLiteral("dossier.edit"), QT_TR_NOOP("changed the data")},
        {QStringLiteral("session.sign_in"), QT_TR_NOOP("signed in")},
        {QStringLiteral("session.sign_out"), QT_TR_NOOP("signed out")},
        {QStringLiteral("session.lock"), QT_TR_NOOP("desk locked")},
        {QStringLiteral("audit.view"), QT_TR_NOOP("opened the audit trail")},
        {QStringLiteral("audit.export"), QT_TR_NOOP("exported the audit trail")},
        {QStringLiteral("audit.verify"), QT_TR_NOOP("verified the audit trail")},
        {QStringLiteral("retention.purge"), QT_TR_NOOP("retention: old copies deleted")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : QStringLiteral("%1 (%2)").arg(tr(it.value()), action);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const security::AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::BackgroundRole && m_brokenSeq > 0 && e.seq == m_brokenSeq)
        return QBrush(QColor(0xff, 0xcd, 0xd2));
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return e.detail;
    if (role == Qt::ToolTipRole && index.column() == Dossier)
        return e.dossierUuid;
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return e.seq;
    case Time:
        return QLocale().toString(e.occurredAt, QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case Actor:
        return e.actor;
    case Role:
        return e.role.isEmpty() ? QString() : Roles::displayName(e.role);
    case Action:
        return actionText(e.action);
    case Dossier:
        return e.dossierCode;
    case Detail:
        return e.detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("Row");
    case Time:
        return tr("Time");
    case Actor:
        return tr("Official");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Dossier:
        //: Dossier = hồ sơ
        return tr("Dossier");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace motcua
