#include "DailySequence.h"
#include "Database.h"
#include "DossierRepository.h"
#include "Outbox.h"
#include "SearchIndex.h"
#include "StorageError.h"
#include "StorageFixtures.h"
#include "Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace motcua;
using namespace motcua::test;

namespace {

const CodeRequest kDesk{QStringLiteral("Q01"), true};
const CodeRequest kAgency{QStringLiteral("H15.50.05.13"), false};

qint64 count(Database& db, const char* sql)
{
    Statement s = db.prepare(sql);
    return s.next() ? s.int64(0) : -1;
}

// Row counts of every table a dossier write touches.
QList<qint64> footprint(Database& db)
{
    return {count(db, "SELECT count(*) FROM dossiers"),
            count(db, "SELECT count(*) FROM dossier_components"),
            count(db, "SELECT count(*) FROM dossier_events"),
            count(db, "SELECT count(*) FROM outbox"),
            count(db, "SELECT count(*) FROM dossier_search"),
            count(db, "SELECT coalesce(sum(last_value), 0) FROM daily_sequences"),
            count(db, "SELECT coalesce(sum(revision), 0) FROM dossiers")};
}

} // namespace

class tst_DossierRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createStoresEveryField();
    void createMintsCodesFromDailySequence();
    void dailySequenceNeedsTransaction();
    void createWritesEventAndOutboxEntry();
    void failureMidTransactionWritesNothing_data();
    void failureMidTransactionWritesNothing();
    void failedSaveLeavesDossierAsItWas();
    void nestedCreatesShareOneTransaction();
    void actionsFollowLifecycle();
    void illegalTransitionWritesNothing();
    void supplementAndExtensionOnlyOnce();
    void saveRefusesStateChanges();
    void saveRequeuesEntriesBeingSent();
    void officialCodeKeepsProvisionalSearchable();
    void changesFromRegistryAreNotSentBack();
    void textIsStoredNfc();
    void listFilters();
    void findsEarlierDossiersOfSameCitizen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;
};

void tst_DossierRepository::init()
{
    m_db = openOrFail(m_dir.filePath(QStringLiteral("repo%1.sqlite").arg(++m_counter)));
    QVERIFY(m_db);
}

void tst_DossierRepository::cleanup()
{
    m_db.reset();
}

void tst_DossierRepository::createStoresEveryField()
{
    DossierRepository repo(*m_db);
    Dossier in = sampleDossier();
    in.previousDueAt = vnTime(2026, 2, 20, 17, 0);
    in.counters.extensions = 0;
    in.demo = true;
    in.components[1].status = ComponentStatus::Missing;
    const auto created = repo.create(in, {}, kDesk);
    QVERIFY2(created, qPrintable(created.error().message));
    QVERIFY(!created->uuid.isEmpty());

    const auto out = repo.find(created->uuid);
    QVERIFY(out);
    QCOMPARE(out->uuid, created->uuid);
    QCOMPARE(out->code, QStringLiteral("TAM-Q01-260213-0001"));
    QVERIFY(out->codeProvisional);
    QCOMPARE(out->procedureCode, in.procedureCode);
    QCOMPARE(out->procedureVersion, 2);
    QCOMPARE(out->procedureName, in.procedureName);
    QCOMPARE(out->catalogueVersion, in.catalogueVersion);
    for (const auto& [a, b] :
         {std::pair{out->applicant, in.applicant}, std::pair{*out->representative, *in.representative}}) {
        QCOMPARE(a.fullName, b.fullName);
        QCOMPARE(a.idNumber, b.idNumber);
        QCOMPARE(a.dateOfBirth, b.dateOfBirth);
        QCOMPARE(a.sex, b.sex);
        QCOMPARE(a.address, b.address);
        QCOMPARE(a.provinceCode, b.provinceCode);
        QCOMPARE(a.communeCode, b.communeCode);
        QCOMPARE(a.phone, b.phone);
        QCOMPARE(a.email, b.email);
        QCOMPARE(a.identitySource, b.identitySource);
    }
    QCOMPARE(out->state, DossierState::Received);
    QCOMPARE(out->receivedAt, in.receivedAt);
    QCOMPARE(out->receivedAt.toString(Qt::ISODate), QStringLiteral("2026-02-13T15:30:00+07:00"));
    QCOMPARE(out->dueAt, in.dueAt);
    QCOMPARE(out->previousDueAt, in.previousDueAt);
    QCOMPARE(out->feeVnd, 8000);
    QCOMPARE(out->returnChannel, QStringLiteral("desk"));
    QCOMPARE(out->receivedBy, QStringLiteral("canbo1"));
    QCOMPARE(out->note, in.note);
    QVERIFY(out->demo);
    QCOMPARE(out->components.size(), 2);
    QCOMPARE(out->components[0].componentId, QStringLiteral("to-khai"));
    QCOMPARE(out->components[0].status, ComponentStatus::ShownOnly);
    QCOMPARE(out->components[1].name, QStringLiteral("Giấy chứng sinh"));

    // Without a representative the columns stay empty and come back as "none".
    Dossier alone = sampleDossier(QStringLiteral("Lê Văn Bình"));
    alone.representative.reset();
    const auto second = repo.create(alone, {}, kDesk);
    QVERIFY(second);
    QVERIFY(!repo.find(second->uuid)->representative.has_value());
    QCOMPARE(repo.findByCode(QStringLiteral("TAM-Q01-260213-0002"))->uuid, second->uuid);
    QCOMPARE(repo.find(QStringLiteral("no-such-uuid")).error().code, QString::fromLatin1(storage_error::NotFound));
}

void tst_DossierRepository::createMintsCodesFromDailySequence()
{
    DossierRepository repo(*m_db);
    QStringList codes;
    for (const QDateTime& at : {vnTime(2026, 2, 13, 8, 0), vnTime(2026, 2, 13, 9, 0), vnTime(2026, 2, 14, 8, 0),
                                vnTime(2026, 2, 13, 16, 59), vnTime(2026, 2, 14, 10, 0)}) {
        Dossier d = sampleDossier();
        d.receivedAt = at;
        const auto created = repo.create(d, {}, kDesk);
        QVERIFY(created);
        codes.append(created->code);
    }
    QCOMPARE(codes, (QStringList{"TAM-Q01-260213-0001", "TAM-Q01-260213-0002", "TAM-Q01-260214-0001",
                                 "TAM-Q01-260213-0003", "TAM-Q01-260214-0002"}));
    // Another issuer has its own sequence; official codes use the agency id.
    Dossier official = sampleDossier();
    const auto created = repo.create(official, {}, kAgency);
    QVERIFY(created);
    QCOMPARE(created->code, QStringLiteral("H15.50.05.13-260213-0001"));
    QVERIFY(!created->codeProvisional);
    QCOMPARE(*DailySequence(*m_db).current(QStringLiteral("Q01"), QDate(2026, 2, 13)), 3);
    QCOMPARE(*DailySequence(*m_db).current(QStringLiteral("Q01"), QDate(2026, 2, 15)), 0);
    // A date after midnight UTC but before midnight in Vietnam belongs to the Vietnamese day.
    Dossier late = sampleDossier();
    late.receivedAt = QDateTime(QDate(2026, 2, 15), QTime(23, 30), QTimeZone::utc()); // 06:30 on the 16th in VN
    QCOMPARE(repo.create(late, {}, kDesk)->code, QStringLiteral("TAM-Q01-260216-0001"));
    // A dossier with neither code nor request is refused.
    QVERIFY(!repo.create(sampleDossier()));
    // A malformed issuer is refused and uses up nothing.
    QVERIFY(!repo.create(sampleDossier(), {}, CodeRequest{QStringLiteral("bad id"), true}));
    QCOMPARE(*DailySequence(*m_db).current(QStringLiteral("bad id"), QDate(2026, 2, 13)), 0);
}

void tst_DossierRepository::dailySequenceNeedsTransaction()
{
    DailySequence sequence(*m_db);
    QCOMPARE(sequence.next(QStringLiteral("Q01"), QDate(2026, 2, 13)).error().code,
             QString::fromLatin1(storage_error::NoTransaction));
    {
        Transaction tx(*m_db);
        QCOMPARE(*sequence.next(QStringLiteral("Q01"), QDate(2026, 2, 13)), 1);
        QCOMPARE(*sequence.next(QStringLiteral("Q01"), QDate(2026, 2, 13)), 2);
        // not committed: the numbers are not used up
    }
    Transaction tx(*m_db);
    QCOMPARE(*sequence.next(QStringLiteral("Q01"), QDate(2026, 2, 13)), 1);
    QVERIFY(tx.commit());
}

void tst_DossierRepository::createWritesEventAndOutboxEntry()
{
    DossierRepository repo(*m_db);
    DossierEvent event;
    event.payload = QJsonObject{{QStringLiteral("channel"), QStringLiteral("desk")}};
    const auto created = repo.create(sampleDossier(), event, kDesk);
    QVERIFY(created);
    const auto events = repo.events(created->uuid);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const DossierEvent& e = events->first();
    QCOMPARE(e.action, QStringLiteral("create"));
    QVERIFY(!e.fromState.has_value());
    QCOMPARE(e.toState, DossierState::Received);
    QCOMPARE(e.actor, QStringLiteral("canbo1"));
    QCOMPARE(e.dossierUuid, created->uuid);
    QCOMPARE(e.payload.value(QStringLiteral("channel")).toString(), QStringLiteral("desk"));
    QVERIFY(e.at.isValid());

    const auto entries = Outbox(*m_db).entriesForDossier(created->uuid);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const OutboxEntry& o = entries->first();
    QCOMPARE(o.idempotencyKey, e.uuid);
    QCOMPARE(o.sequence, 1);
    QCOMPARE(o.state, OutboxState::Queued);
    QCOMPARE(o.kind, QStringLiteral("dossier.event"));
    const QJsonObject dossier = o.payload.value(QStringLiteral("dossier")).toObject();
    QCOMPARE(dossier.value(QStringLiteral("code")).toString(), created->code);
    QCOMPARE(dossier.value(QStringLiteral("statusCode")).toInt(), 2);
    QCOMPARE(dossier.value(QStringLiteral("receivedAt")).toString(), QStringLiteral("2026-02-13T15:30:00+07:00"));
    QCOMPARE(dossier.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("fullName")).toString(),
             QStringLiteral("Đặng Văn Ánh"));
    QCOMPARE(o.payload.value(QStringLiteral("event")).toObject().value(QStringLiteral("uuid")).toString(), e.uuid);
    QCOMPARE(SearchIndex(*m_db).search(QStringLiteral("dang van anh"))->size(), 1);
}

void tst_DossierRepository::failureMidTransactionWritesNothing_data()
{
    QTest::addColumn<QByteArray>("trigger");
    QTest::newRow("components") << QByteArray("BEFORE INSERT ON dossier_components");
    QTest::newRow("event") << QByteArray("BEFORE INSERT ON dossier_events");
    QTest::newRow("outbox (last write before the index)") << QByteArray("BEFORE INSERT ON outbox");
}

void tst_DossierRepository::failureMidTransactionWritesNothing()
{
    QFETCH(QByteArray, trigger);
    DossierRepository repo(*m_db);
    QVERIFY(repo.create(sampleDossier(QStringLiteral("Phạm Thị Hoa")), {}, kDesk));
    const QList<qint64> before = footprint(*m_db);
    // A temporary trigger makes one of the later statements of the transaction fail.
    QVERIFY(m_db->exec(
        ("CREATE TEMP TRIGGER fail " + trigger + " BEGIN SELECT RAISE(ABORT, 'injected'); END").constData()));
    const auto failed = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(!failed);
    QVERIFY(failed.error().message.contains(QStringLiteral("injected")));
    QCOMPARE(footprint(*m_db), before);
    QVERIFY(SearchIndex(*m_db).search(QStringLiteral("dang van anh"))->isEmpty());
    QVERIFY(!m_db->inTransaction());
    // Once the fault is gone the same dossier goes in, with the sequence number the failed one did not use.
    QVERIFY(m_db->exec("DROP TRIGGER temp.fail"));
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(created);
    QCOMPARE(created->code, QStringLiteral("TAM-Q01-260213-0002"));
    const auto problems = m_db->checkIntegrity(IntegrityCheck::Full);
    QVERIFY(problems);
    QCOMPARE(*problems, QStringList());
}

void tst_DossierRepository::failedSaveLeavesDossierAsItWas()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(created);
    const QList<qint64> before = footprint(*m_db);
    QVERIFY(m_db->exec("CREATE TEMP TRIGGER fail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected'); END"));
    Dossier edited = *created;
    edited.applicant.fullName = QStringLiteral("Đặng Văn Bảo");
    edited.components.removeLast();
    QVERIFY(!repo.save(edited));
    QVERIFY(!repo.applyAction(created->uuid, DossierAction::StartProcessing));
    QCOMPARE(footprint(*m_db), before);
    const auto stored = repo.find(created->uuid);
    QCOMPARE(stored->applicant.fullName, QStringLiteral("Đặng Văn Ánh"));
    QCOMPARE(stored->components.size(), 2);
    QCOMPARE(stored->state, DossierState::Received);
    QCOMPARE(SearchIndex(*m_db).search(QStringLiteral("dang van bao"))->size(), 0);
    QCOMPARE(SearchIndex(*m_db).search(QStringLiteral("dang van anh"))->size(), 1);
}

void tst_DossierRepository::nestedCreatesShareOneTransaction()
{
    DossierRepository repo(*m_db);
    {
        // A bundle of linked dossiers, the second of which fails: the caller drops the whole bundle.
        Transaction bundle(*m_db);
        const auto parent = repo.create(sampleDossier(), {}, kDesk);
        QVERIFY(parent);
        Dossier child = sampleDossier(QStringLiteral("Đặng Thị Mai"));
        child.parentUuid = parent->uuid;
        QVERIFY(repo.create(child, {}, kDesk));
        Dossier broken = sampleDossier();
        broken.uuid = parent->uuid; // duplicate uuid
        QVERIFY(!repo.create(broken, {}, kDesk));
    }
    QCOMPARE(m_db->dossierCount(), 0);
    Transaction bundle(*m_db);
    const auto parent = repo.create(sampleDossier(), {}, kDesk);
    Dossier child = sampleDossier(QStringLiteral("Đặng Thị Mai"));
    child.parentUuid = parent->uuid;
    QVERIFY(repo.create(child, {}, kDesk));
    QVERIFY(bundle.commit());
    QCOMPARE(m_db->dossierCount(), 2);
    // A parent that does not exist is refused by the foreign key at commit.
    Dossier orphan = sampleDossier();
    orphan.parentUuid = QStringLiteral("missing-parent");
    QVERIFY(!repo.create(orphan, {}, kDesk));
    QCOMPARE(m_db->dossierCount(), 2);
}

void tst_DossierRepository::actionsFollowLifecycle()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(created);
    ActionContext ctx;
    ctx.actor = QStringLiteral("canbo2");
    for (DossierAction action : {DossierAction::StartProcessing, DossierAction::Resolve, DossierAction::ReturnResult}) {
        const auto done = repo.applyAction(created->uuid, action, ctx);
        QVERIFY2(done, qPrintable(done.error().message));
    }
    QCOMPARE(repo.find(created->uuid)->state, DossierState::Returned);
    const auto events = repo.events(created->uuid);
    QCOMPARE(events->size(), 4);
    QCOMPARE((*events)[1].action, QStringLiteral("start_processing"));
    QCOMPARE((*events)[1].fromState, DossierState::Received);
    QCOMPARE((*events)[1].toState, DossierState::Processing);
    QCOMPARE((*events)[3].toState, DossierState::Returned);
    QCOMPARE((*events)[3].actor, QStringLiteral("canbo2"));
    const auto entries = Outbox(*m_db).entriesForDossier(created->uuid);
    QCOMPARE(entries->size(), 4);
    for (qsizetype i = 0; i < entries->size(); ++i) {
        QCOMPARE((*entries)[i].sequence, i + 1);
        QCOMPARE((*entries)[i].idempotencyKey, (*events)[i].uuid);
    }
    QCOMPARE(
        (*entries)[3].payload.value(QStringLiteral("dossier")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("returned"));
}

void tst_DossierRepository::illegalTransitionWritesNothing()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(created);
    const QList<qint64> before = footprint(*m_db);
    for (DossierAction action : {DossierAction::ReturnResult, DossierAction::Receive, DossierAction::ConfirmPayment,
                                 DossierAction::CompleteSupplement}) {
        const auto refused = repo.applyAction(created->uuid, action);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("lifecycle.illegal_transition"));
    }
    QCOMPARE(footprint(*m_db), before);
    QCOMPARE(repo.find(created->uuid)->state, DossierState::Received);
    QCOMPARE(repo.applyAction(QStringLiteral("nope"), DossierAction::Resolve).error().code,
             QString::fromLatin1(storage_error::NotFound));
    // A terminal dossier accepts nothing.
    QVERIFY(repo.applyAction(created->uuid, DossierAction::Refuse));
    const QList<qint64> refused = footprint(*m_db);
    QVERIFY(!repo.applyAction(created->uuid, DossierAction::StartProcessing));
    QCOMPARE(footprint(*m_db), refused);
}

void tst_DossierRepository::supplementAndExtensionOnlyOnce()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    QVERIFY(repo.applyAction(created->uuid, DossierAction::RequestSupplement));
    ActionContext completed;
    completed.newDueAt = vnTime(2026, 3, 2, 17, 0); // the clock restarts
    QVERIFY(repo.applyAction(created->uuid, DossierAction::CompleteSupplement, completed));
    QCOMPARE(repo.find(created->uuid)->dueAt, completed.newDueAt);
    QCOMPARE(repo.find(created->uuid)->counters.supplementRequests, 1);
    QList<qint64> before = footprint(*m_db);
    QCOMPARE(repo.applyAction(created->uuid, DossierAction::RequestSupplement).error().code,
             QStringLiteral("lifecycle.supplement_once"));
    QCOMPARE(footprint(*m_db), before);

    QCOMPARE(repo.applyAction(created->uuid, DossierAction::ExtendWithApology).error().code,
             QStringLiteral("storage.due_required"));
    QCOMPARE(footprint(*m_db), before);
    ActionContext extension;
    extension.newDueAt = vnTime(2026, 3, 9, 17, 0);
    extension.payload = QJsonObject{{QStringLiteral("reason"), QStringLiteral("chờ xác minh")}};
    const auto extended = repo.applyAction(created->uuid, DossierAction::ExtendWithApology, extension);
    QVERIFY(extended);
    QCOMPARE(extended->state, DossierState::Received);
    QCOMPARE(extended->previousDueAt, completed.newDueAt);
    QCOMPARE(extended->dueAt, extension.newDueAt);
    QCOMPARE(repo.find(created->uuid)->counters.extensions, 1);
    QCOMPARE(repo.events(created->uuid)->last().payload.value(QStringLiteral("newDueAt")).toString(),
             QStringLiteral("2026-03-09T17:00:00+07:00"));
    before = footprint(*m_db);
    extension.newDueAt = vnTime(2026, 3, 16, 17, 0);
    QCOMPARE(repo.applyAction(created->uuid, DossierAction::ExtendWithApology, extension).error().code,
             QStringLiteral("lifecycle.extension_once"));
    QCOMPARE(footprint(*m_db), before);
}

void tst_DossierRepository::saveRefusesStateChanges()
{
    DossierRepository repo(*m_db);
    auto created = repo.create(sampleDossier(), {}, kDesk);
    Dossier edited = *created;
    edited.state = DossierState::Returned;
    const QList<qint64> before = footprint(*m_db);
    QCOMPARE(repo.save(edited).error().code, QString::fromLatin1(storage_error::StateViaSave));
    QCOMPARE(footprint(*m_db), before);
    // A real correction goes through, with an "edit" event, a new outbox entry and an updated index.
    edited = *created;
    edited.applicant.phone = QStringLiteral("0988000111");
    edited.applicant.fullName = QStringLiteral("Đặng Văn Ảnh");
    edited.code = QStringLiteral("HACKED-CODE"); // ignored: the store owns the code
    edited.counters.supplementRequests = 5;      // ignored: the life-cycle owns the counters
    const auto saved = repo.save(edited);
    QVERIFY(saved);
    const auto stored = repo.find(created->uuid);
    QCOMPARE(stored->applicant.phone, QStringLiteral("0988000111"));
    QCOMPARE(stored->code, created->code);
    QCOMPARE(stored->counters.supplementRequests, 0);
    QCOMPARE(repo.events(created->uuid)->last().action, QStringLiteral("edit"));
    QCOMPARE(Outbox(*m_db).entriesForDossier(created->uuid)->size(), 2);
    QCOMPARE(SearchIndex(*m_db).search(QStringLiteral("dang van anh"))->size(), 1); // ả folds to a as well
    QCOMPARE(SearchIndex(*m_db).search(QStringLiteral("Đặng Văn Ảnh"))->first().applicantName,
             QStringLiteral("Đặng Văn Ảnh"));
}

void tst_DossierRepository::saveRequeuesEntriesBeingSent()
{
    DossierRepository repo(*m_db);
    Outbox outbox(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    const auto claimed = outbox.claimBatch(10);
    QCOMPARE(claimed->size(), 1);
    QCOMPARE(claimed->first().state, OutboxState::Sending);
    Dossier edited = *created;
    edited.note = QStringLiteral("sửa địa chỉ");
    QVERIFY(repo.save(edited));
    const auto entries = outbox.entriesForDossier(created->uuid);
    QCOMPARE(entries->size(), 2);
    QCOMPARE((*entries)[0].state, OutboxState::Queued);
    QCOMPARE((*entries)[0].revision, claimed->first().revision + 1);
    // The answer to the request sent before the edit no longer counts.
    QCOMPARE(outbox.markSynced(claimed->first().id, claimed->first().revision).error().code,
             QString::fromLatin1(storage_error::StaleOutbox));
    QCOMPARE(outbox.entry(claimed->first().id)->state, OutboxState::Queued);
    // Both go out again, in order.
    const auto again = outbox.claimBatch(10);
    QCOMPARE(again->size(), 2);
    QCOMPARE((*again)[0].sequence, 1);
    QCOMPARE((*again)[1].sequence, 2);
    QCOMPARE((*again)[0].attempts, 2);
}

void tst_DossierRepository::officialCodeKeepsProvisionalSearchable()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    const qint64 entriesBefore = count(*m_db, "SELECT count(*) FROM outbox");
    QVERIFY(!repo.assignOfficialCode(created->uuid, QStringLiteral("TAM-Q01-260213-0009"))); // not official
    const auto official =
        repo.assignOfficialCode(created->uuid, QStringLiteral("H15.50.05.13-260213-0975"), QStringLiteral("registry"));
    QVERIFY2(official, qPrintable(official.error().message));
    QCOMPARE(official->code, QStringLiteral("H15.50.05.13-260213-0975"));
    QVERIFY(!official->codeProvisional);
    QCOMPARE(repo.findByCode(QStringLiteral("H15.50.05.13-260213-0975"))->uuid, created->uuid);
    QCOMPARE(repo.findByCode(QStringLiteral("TAM-Q01-260213-0001"))->uuid, created->uuid);
    SearchIndex index(*m_db);
    QCOMPARE(index.search(QStringLiteral("TAM-Q01-260213-0001"))->size(), 1);
    QCOMPARE(index.search(QStringLiteral("H15.50.05.13-260213-0975"))->size(), 1);
    QCOMPARE(index.search(QStringLiteral("h15.50.05.13-260213"))->size(), 1); // prefix of a code
    QCOMPARE(repo.events(created->uuid)->last().action, QStringLiteral("official_code"));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM outbox"), entriesBefore); // came from the registry
    // Later edits keep the provisional code findable.
    Dossier edited = *official;
    edited.note = QStringLiteral("x");
    QVERIFY(repo.save(edited));
    QCOMPARE(index.search(QStringLiteral("TAM-Q01-260213-0001"))->size(), 1);
}

void tst_DossierRepository::changesFromRegistryAreNotSentBack()
{
    DossierRepository repo(*m_db);
    const auto created = repo.create(sampleDossier(), {}, kDesk);
    ActionContext fromRegistry;
    fromRegistry.fromRegistry = true;
    fromRegistry.actor = QStringLiteral("registry");
    QVERIFY(repo.applyAction(created->uuid, DossierAction::StartProcessing, fromRegistry));
    QCOMPARE(repo.events(created->uuid)->size(), 2);
    QCOMPARE(Outbox(*m_db).entriesForDossier(created->uuid)->size(), 1);
}

void tst_DossierRepository::textIsStoredNfc()
{
    DossierRepository repo(*m_db);
    const QString nfd = QStringLiteral("Đặng Văn Ánh").normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != QStringLiteral("Đặng Văn Ánh"));
    const auto created = repo.create(sampleDossier(QStringLiteral("  ") + nfd + QStringLiteral(" ")), {}, kDesk);
    QCOMPARE(repo.find(created->uuid)->applicant.fullName, QStringLiteral("Đặng Văn Ánh"));
    QCOMPARE(SearchIndex(*m_db).search(nfd)->size(), 1);
}

void tst_DossierRepository::listFilters()
{
    DossierRepository repo(*m_db);
    QStringList uuids;
    for (int day = 10; day <= 14; ++day) {
        Dossier d = sampleDossier(QStringLiteral("Người %1").arg(day));
        d.receivedAt = vnTime(2026, 2, day, 9, 0);
        d.dueAt = vnTime(2026, 2, day + 3, 17, 0);
        d.procedureCode = day % 2 ? QStringLiteral("2.000908") : QStringLiteral("1.001193");
        uuids.append(repo.create(d, {}, kDesk)->uuid);
    }
    QVERIFY(repo.applyAction(uuids[0], DossierAction::Resolve));
    QVERIFY(repo.applyAction(uuids[1], DossierAction::Refuse));

    auto all = repo.list();
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->first().uuid, uuids[4]); // newest first
    QCOMPARE(all->first().syncState, QStringLiteral("queued"));

    DossierFilter f;
    f.states = {DossierState::Resolved, DossierState::Refused};
    QCOMPARE(repo.list(f)->size(), 2);
    f = {};
    f.procedureCode = QStringLiteral("2.000908");
    QCOMPARE(repo.list(f)->size(), 2);
    f = {};
    f.receivedFrom = QDate(2026, 2, 11);
    f.receivedTo = QDate(2026, 2, 13);
    QCOMPARE(repo.list(f)->size(), 3);
    f = {};
    f.overdueAt = vnTime(2026, 2, 16, 8, 0); // due 13/02 (resolved), 14/02 (refused), 15/02 → one overdue and open
    const auto overdue = repo.list(f);
    QCOMPARE(overdue->size(), 1);
    QCOMPARE(overdue->first().uuid, uuids[2]);
    f = {};
    f.dueBefore = vnTime(2026, 2, 17, 0, 0);
    QCOMPARE(repo.list(f)->size(), 2); // due 15/02 and 16/02, both open
    f = {};
    f.demo = true;
    QCOMPARE(repo.list(f)->size(), 0);
    f = {};
    f.limit = 2;
    f.offset = 1;
    const auto page = repo.list(f);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->first().uuid, uuids[3]);

    // A failed entry shows as failed with its reason.
    Outbox outbox(*m_db);
    const auto claimed = outbox.claimBatch(1);
    QVERIFY(outbox.markFailed(claimed->first().id, claimed->first().revision, QStringLiteral("HTTP 503"),
                              QDateTime::currentDateTime().addSecs(60)));
    bool seen = false;
    const auto rows = repo.list();
    for (const DossierSummary& row : *rows)
        if (row.uuid == claimed->first().dossierUuid) {
            QCOMPARE(row.syncState, QStringLiteral("failed"));
            QCOMPARE(row.syncError, QStringLiteral("HTTP 503"));
            seen = true;
        }
    QVERIFY(seen);
}

void tst_DossierRepository::findsEarlierDossiersOfSameCitizen()
{
    DossierRepository repo(*m_db);
    for (int i = 0; i < 3; ++i) {
        Dossier d = sampleDossier();
        d.receivedAt = vnTime(2026, 1, 5 + i, 9, 0);
        QVERIFY(repo.create(d, {}, kDesk));
    }
    QVERIFY(repo.create(sampleDossier(QStringLiteral("Khác"), QStringLiteral("079190000001")), {}, kDesk));
    const auto earlier = repo.findByApplicantId(QStringLiteral("001203012345"));
    QCOMPARE(earlier->size(), 3);
    QCOMPARE(earlier->first().receivedAt, vnTime(2026, 1, 7, 9, 0));
    QCOMPARE(earlier->first().components.size(), 2);
}

QTEST_GUILESS_MAIN(tst_DossierRepository)
#include "tst_DossierRepository.moc"
