#pragma once

#include "DossierState.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua {
class Database;
}

namespace motcua::intake {

// What the dossier list asks for. Empty fields don't filter; every set field narrows the rows.
struct DossierListFilter
{
    QString search; // names, ID numbers, codes, address — folded, so without diacritics too
    QList<DossierState> states;
    QString procedureCode;
    QDate receivedFrom;   // inclusive, local dates
    QDate receivedTo;     // inclusive
    bool overdue = false; // open and past the due time at `now`
    bool dueSoon = false; // open, not yet overdue, due before `dueSoonUntil`
    QDateTime now;        // "now" for overdue / due soon; the current time when invalid
    QDateTime dueSoonUntil;

    bool operator==(const DossierListFilter&) const = default;
};

// Where a dossier's outbox entries stand, as the list shows it.
struct DossierSyncState
{
    QString key = QStringLiteral("synced"); // "queued", "sending", "failed" or "synced"
    QString error;                          // reason of the last failure when failed
};

// One row of the dossier list: only the columns the table shows.
struct DossierListRow
{
    qint64 id = 0;
    QString uuid;
    QString code;
    bool codeProvisional = true;
    QString applicantName;
    QString applicantIdNumber;
    QString applicantAddress;
    QString procedureCode;
    QString procedureName;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;
    QDateTime dueAt;
    DossierSyncState sync;
};

// Where the next page starts: after the last row shown (keyset paging — a page deep in a million rows
// costs what the first one does, no OFFSET).
struct DossierListCursor
{
    bool atStart = true;
    QDateTime receivedAt;
    qint64 id = 0;
    bool searchOrder = false; // search results are ordered by row id (newest first), not by reception
    bool withoutTime = false; // past every dossier with a reception time: those without one come last
};

// The dossier list's SQL: filters, search through the FTS index (SearchIndex::matchExpression, so
// "dang van anh" finds "Đặng Văn Ánh"), sync state from the outbox, one page at a time, newest first.
// Never loads the whole table. GUI thread's connection; every query is bounded by its LIMIT.
class DossierListQuery
{
public:
    explicit DossierListQuery(Database& db) : m_db(db) {}

    // The page after `cursor` (at most `limit` rows); the cursor moves to the page's last row.
    Result<QList<DossierListRow>> page(const DossierListFilter& filter, DossierListCursor* cursor, int limit);

    // How many rows match, counting at most `cap` (returns cap when there are more).
    Result<qint64> count(const DossierListFilter& filter, qint64 cap);

    // Current sync state of some dossiers (by row id), for refreshing the rows on screen.
    Result<QHash<qint64, DossierSyncState>> syncStates(const QList<qint64>& ids);

    // The provisional code printed on the receipt, kept after the official code was assigned.
    QString provisionalCode(const QString& uuid);

    // The states the law still lets move on (overdue and due soon only look at these).
    static QList<DossierState> openStates();

    // The SQL for a filter (tests and the benchmark print its plan).
    static QByteArray sql(const DossierListFilter& filter, const DossierListCursor& cursor, bool countOnly);

private:
    Status readPage(const DossierListFilter& filter, const DossierListCursor& start, bool search, int limit,
                    QList<DossierListRow>* rows);

    Database& m_db;
};

} // namespace motcua::intake
