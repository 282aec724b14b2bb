#include "Seeder.h"

#include "Database.h"
#include "DossierRepository.h"
#include "StorageTime.h"
#include "SyntheticData.h"
#include "Transaction.h"

#include <QElapsedTimer>
#include <QTimeZone>
#include <algorithm>

namespace motcua {

namespace {

constexpr int kWorkingDaysPerYear = 250;

QDate previousWorkingDay(QDate day)
{
    do
        day = day.addDays(-1);
    while (day.dayOfWeek() > 5);
    return day;
}

// Reception times of `count` dossiers spread over the office hours of one day (07:30–11:30,
// 13:30–17:00), in order.
QList<QTime> receptionTimes(int count, SyntheticData& data)
{
    constexpr int kMorning = 4 * 60;
    constexpr int kOpenMinutes = kMorning + 3 * 60 + 30;
    QList<int> minutes;
    minutes.reserve(count);
    for (int i = 0; i < count; ++i)
        minutes.append(data.uniform(0, kOpenMinutes - 1));
    std::sort(minutes.begin(), minutes.end());
    QList<QTime> times;
    times.reserve(count);
    for (int m : minutes)
        times.append(m < kMorning ? QTime(7, 30).addSecs(m * 60) : QTime(13, 30).addSecs((m - kMorning) * 60));
    return times;
}

// A state that fits the dossier's age: old ones are mostly returned, recent ones still open.
DossierState stateFor(int ageInWorkingDays, SyntheticData& data)
{
    const double r = data.unit();
    if (ageInWorkingDays > 20) {
        if (r < 0.85)
            return DossierState::Returned;
        if (r < 0.93)
            return DossierState::Resolved;
        if (r < 0.96)
            return DossierState::Refused;
        return DossierState::Stopped;
    }
    if (r < 0.35)
        return DossierState::Received;
    if (r < 0.60)
        return DossierState::Processing;
    if (r < 0.68)
        return DossierState::SupplementRequested;
    if (r < 0.72)
        return DossierState::AwaitingPayment;
    if (r < 0.90)
        return DossierState::Resolved;
    return DossierState::Returned;
}

} // namespace

Result<SeedReport> Seeder::run(const SeedOptions& options, const std::function<void(qint64)>& progress)
{
    using R = Result<SeedReport>;
    QElapsedTimer timer;
    timer.start();
    SeedReport report;
    if (options.count <= 0)
        return report;
    const QTimeZone zone("Asia/Ho_Chi_Minh");
    const int perDay = options.perDay > 0
                           ? options.perDay
                           : int(std::clamp<qint64>(
                                 (options.count + 3 * kWorkingDaysPerYear - 1) / (3 * kWorkingDaysPerYear), 1, 9000));
    const qint64 days = (options.count + perDay - 1) / perDay;

    // Walk back to the first day, then seed forwards so ids follow reception order.
    QList<QDate> workingDays;
    QDate day = options.lastDay.dayOfWeek() > 5 ? previousWorkingDay(options.lastDay) : options.lastDay;
    for (qint64 i = 0; i < days; ++i) {
        workingDays.prepend(day);
        day = previousWorkingDay(day);
    }
    report.firstDay = workingDays.first();
    report.lastDay = workingDays.last();

    SyntheticData data(options.randomSeed);
    DossierRepository repository(m_db);
    qint64 remaining = options.count;
    std::unique_ptr<Transaction> tx;
    qint64 inBatch = 0;
    qint64 batchFirstId = -1;
    const auto finishBatch = [&]() -> Status {
        // Dossiers older than the unsynced window were confirmed by the registry long ago.
        const QDate cutoff = workingDays[std::max<qsizetype>(0, workingDays.size() - options.unsyncedDays)];
        Statement& synced = m_db.cached(
            "UPDATE outbox SET state = 'synced', synced_at = updated_at WHERE state = 'queued'"
            " AND dossier_id >= ?1 AND dossier_id IN (SELECT id FROM dossiers WHERE id >= ?1 AND received_at < ?2)");
        synced.bind(1, batchFirstId).bind(2, storage_time::toMs(cutoff.startOfDay(zone)));
        if (Status st = synced.run(); !st)
            return st;
        Status committed = tx->commit();
        tx.reset();
        inBatch = 0;
        batchFirstId = -1;
        return committed;
    };

    for (qsizetype dayIndex = 0; dayIndex < workingDays.size() && remaining > 0; ++dayIndex) {
        const QDate date = workingDays[dayIndex];
        const int age = int(workingDays.size() - 1 - dayIndex);
        const bool synced = age >= options.unsyncedDays;
        const int today = int(std::min<qint64>(perDay, remaining));
        for (const QTime& time : receptionTimes(today, data)) {
            if (!tx) {
                tx = std::make_unique<Transaction>(m_db);
                if (!tx->isActive())
                    return R(tx->status().error());
                Statement& last = m_db.cached("SELECT coalesce(max(id), 0) FROM dossiers");
                batchFirstId = last.next() ? last.int64(0) + 1 : 0;
                last.reset();
            }
            const SyntheticProcedure& procedure = data.procedure();
            Dossier d;
            d.procedureCode = QString::fromLatin1(procedure.code);
            d.procedureVersion = 1;
            d.procedureName = QString::fromUtf8(procedure.name);
            d.catalogueVersion = QStringLiteral("synthetic-1");
            d.applicant = data.person();
            if (data.unit() < 0.08)
                d.representative = data.person();
            d.receivedAt = QDateTime(date, time, zone);
            const int duration = procedure.workingDays;
            d.dueAt = duration == 0 ? (time >= QTime(15, 0) ? QDateTime(date.addDays(1), QTime(17, 0), zone)
                                                            : QDateTime(date, QTime(17, 0), zone))
                                    : QDateTime(date.addDays(duration * 7 / 5 + 1), QTime(17, 0), zone);
            d.state = stateFor(age, data);
            d.feeVnd = procedure.feeVnd;
            d.returnChannel = data.unit() < 0.9 ? QStringLiteral("desk") : QStringLiteral("post");
            d.receivedBy = QStringLiteral("canbo%1").arg(data.uniform(1, 4));
            d.demo = options.demo;
            DossierComponent form;
            form.componentId = QStringLiteral("to-khai");
            form.name = QStringLiteral("Tờ khai");
            form.status = ComponentStatus::ShownOnly;
            d.components = {form};

            DossierEvent event;
            event.at = d.receivedAt;
            const CodeRequest code{synced ? options.agencyId : options.deskId, !synced};
            const auto created = repository.create(std::move(d), std::move(event), code);
            if (!created)
                return R(created.error());
            ++report.inserted;
            --remaining;
            if (++inBatch >= options.batchSize) {
                if (Status st = finishBatch(); !st)
                    return R(m_db.note(st.error()));
                if (progress)
                    progress(report.inserted);
            }
        }
    }
    if (tx) {
        if (Status st = finishBatch(); !st)
            return R(m_db.note(st.error()));
        if (progress)
            progress(report.inserted);
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace motcua
