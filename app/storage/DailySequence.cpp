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
    Statement& s = m_db.cached("INSERT INTO daily_sequences (agency_id, day, last_value) VALUES (?1, ?2, 1) "
                               "ON CONFLICT (agency_id, day) DO UPDATE SET last_value = last_value + 1 "
                               "RETURNING last_value");
    s.bind(1, agencyId).bind(2, day.toString(Qt::ISODate));
    if (!s.next())
        return Result<int>(m_db.note(
            s.status().ok() ? Error{QString::fromLatin1(storage_error::Sql), QStringLiteral("sequence not returned")}
                            : s.status().error()));
    const int value = s.integer(0);
    s.reset(); // RETURNING statements finish their write when stepped to the end
    return value;
}

Result<int> DailySequence::current(const QString& agencyId, const QDate& day) const
{
    Statement& s = m_db.cached("SELECT last_value FROM daily_sequences WHERE agency_id = ?1 AND day = ?2");
    s.bind(1, agencyId).bind(2, day.toString(Qt::ISODate));
    if (s.next())
        return s.integer(0);
    if (!s.status().ok())
        return Result<int>(s.status().error());
    return 0;
}

} // namespace motcua
