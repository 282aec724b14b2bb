#pragma once

#include "DossierListQuery.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <functional>

namespace motcua::intake {

// The dossier list's rows, fetched a page at a time as the table scrolls (canFetchMore/fetchMore), so a
// million dossiers cost what a hundred do. Overdue rows are tinted and say so in the due column; the
// sync column shows the outbox state with the failure's reason as tooltip.
class DossierListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Applicant, IdNumber, Procedure, State, Received, Due, Sync, ColumnCount };
    enum Role { UuidRole = Qt::UserRole + 1, OverdueRole, DueSoonRole, SyncKeyRole, SyncErrorRole, StateRole };

    static constexpr int kPageSize = 100;

    explicit DossierListModel(Database& db, QObject* parent = nullptr);

    // Shows the first page for `filter` (and forgets the rows loaded before).
    void setFilter(const DossierListFilter& filter);
    const DossierListFilter& filter() const { return m_filter; }
    // Loads the first page again (after a change), keeping the filter.
    void reload();
    // Re-reads the sync state of the rows loaded so far (the sync service works in the background).
    void refreshSyncStates();
    // The language changed: headers and texts are shown again.
    void retranslate();
    // The moment "overdue" and "due soon" are judged at; the current time when invalid.
    void setNow(const QDateTime& now) { m_now = now; }
    void setDueSoonWindow(std::function<QDateTime(const QDateTime& now)> untilFor)
    {
        m_dueSoonUntil = std::move(untilFor);
    }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    QDateTime dueSoonUntil() const;

    const DossierListRow* rowAt(int row) const;
    int rowOf(const QString& uuid) const;
    // Whether rows beyond those loaded exist.
    bool hasMore() const { return m_more; }
    const Error& lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void loadFailed(const QString& message);
    void rowsLoaded();

private:
    QList<DossierListRow> fetchPage();
    bool isOverdue(const DossierListRow& row) const;
    bool isDueSoon(const DossierListRow& row) const;

    DossierListQuery m_query;
    DossierListFilter m_filter;
    DossierListCursor m_cursor;
    QList<DossierListRow> m_rows;
    bool m_more = false;
    QDateTime m_now;
    std::function<QDateTime(const QDateTime&)> m_dueSoonUntil;
    Error m_error;
};

} // namespace motcua::intake
