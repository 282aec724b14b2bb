#include "DailySequence.h"

#include "Database.h"
#include "StorageError.h"

namespace motcua {

Result<int> DailySequence::next(const QString& agencyId, const QDate& day)
{
    if (!m_db.inTransaction())
        return Result<int>::failure(QString::fromLatin1(storage_error::NoTransaction),
                                    QStringLiteral("a sequence number must be taken inside a transaction"));
    if (agencyId.isEmpty() || !day.isValid())
        return Result<int>::failure(QStringLiteral("storage.sequence_key"),
                                    QStringLiteral("agency id and date required"));
    // Read, then a one-row UPDATE or INSERT by primary key. An UPSERT would be one statement, but it
    // needs a statement journal, and opening one makes FTS5 flush the search rows pending in this
    // transaction: bulk inserts got several times slower.
    const QString dayText = day.toString(Qt::ISODate);
    const auto last = current(agencyId, day);
    if (!last)
        return Result<int>(m_db.note(last.error()));
    const int value = *last + 1;
    Statement& s = *last == 0
                       ? m_db.cached("INSERT INTO daily_sequences (agency_id, day, last_value) VALUES (?1, ?2, ?3)")
                       : m_db.cached("UPDATE daily_sequences SET last_value = ?3 WHERE agency_id = ?1 AND day = ?2");
    s.bind(1, agencyId).bind(2, dayText).bind(3, value);
    if (Status st = s.run(); !st)
        return Result<int>(m_db.note(st.error()));
    return value;
}

Result<int> DailySequence::current(const QString& agencyId, const QDate& day) const
{
    Statement& s = m_db.cached("SELECT last_value FROM daily_sequences WHERE agency_id = ?1 AND day = ?2");
    const ResetOnScopeExit done(s);
    s.bind(1, agencyId).bind(2, day.toString(Qt::ISODate));
    if (s.next())
        return s.integer(0);
    if (!s.status().ok())
        return Result<int>(s.status().error());
    return 0;
}

} // namespace motcua
