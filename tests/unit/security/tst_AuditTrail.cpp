#include "AuditChain.h"
#include "AuditExport.h"
#include "AuditTrail.h"
#include "DossierRepository.h"
#include "SecurityFixtures.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;
using namespace motcua::security;

namespace {

AuditEntry entry(const char* actor, const char* action, const QString& uuid = {}, const QString& code = {})
{
    AuditEntry e;
    e.actor = QString::fromLatin1(actor);
    e.role = QStringLiteral("official");
    e.action = QString::fromLatin1(action);
    e.dossierUuid = uuid;
    e.dossierCode = code;
    return e;
}

// What someone with the file and the sqlite3 shell could do: drop the guard, edit, put it back.
bool tamper(Database& db, const char* sql)
{
    const QByteArray script = QByteArray("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;") + sql;
    return sqlite3_exec(db.handle(), script.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appendBuildsAChain();
    void emptyTrailIsIntact();
    void rowsCannotBeChangedThroughSql();
    void alteredRowIsNamed_data();
    void alteredRowIsNamed();
    void removedRowIsNamed();
    void rewrittenTailNamesFirstRewrittenRow();
    void dossierChangesAreMirrored();
    void queryFilters();
    void exportCsvAndJson();

private:
    void appendSample(int rows);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_AuditTrail::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openDatabase(m_dir->filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(m_db);
}

void tst_AuditTrail::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void tst_AuditTrail::appendSample(int rows)
{
    AuditTrail trail(*m_db);
    for (int i = 1; i <= rows; ++i) {
        auto stored = trail.append(entry("canbo1", i % 2 ? "dossier.view" : "dossier.print",
                                         QStringLiteral("uuid-%1").arg(i), QStringLiteral("TAM-Q01-260302-%1").arg(i)));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    }
}

void tst_AuditTrail::appendBuildsAChain()
{
    AuditTrail trail(*m_db);
    auto first = trail.append(entry("canbo1", "dossier.view", QStringLiteral("u1"), QStringLiteral("C1")));
    QVERIFY(first.ok());
    QCOMPARE(first->seq, 1);
    QCOMPARE(first->prevHash, AuditChain::genesisHash());
    QCOMPARE(first->hash, AuditChain::hashOf(AuditChain::genesisHash(), *first));
    QVERIFY(first->occurredAt.isValid());
    auto second = trail.append(entry("canbo1", "dossier.print", QStringLiteral("u1"), QStringLiteral("C1")));
    QCOMPARE(second->seq, 2);
    QCOMPARE(second->prevHash, first->hash);
    auto v = trail.verify();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->rows, 2);
    QCOMPARE(v->headHash, second->hash);
    // Canonical rows are unambiguous: moving text between fields changes the hash.
    AuditEntry a = *first, b = *first;
    a.actor = QStringLiteral("ab");
    a.role = QStringLiteral("c");
    b.actor = QStringLiteral("a");
    b.role = QStringLiteral("bc");
    QVERIFY(AuditChain::canonicalRow(a) != AuditChain::canonicalRow(b));
    QVERIFY(!trail.append(entry("", "dossier.view")).ok());
}

void tst_AuditTrail::emptyTrailIsIntact()
{
    auto v = AuditTrail(*m_db).verify();
    QVERIFY(v.ok());
    QVERIFY(v->intact);
    QCOMPARE(v->rows, 0);
}

void tst_AuditTrail::rowsCannotBeChangedThroughSql()
{
    appendSample(3);
    QVERIFY(!m_db->exec("UPDATE audit_log SET actor = 'someone' WHERE seq = 2"));
    QVERIFY(!m_db->exec("DELETE FROM audit_log WHERE seq = 3"));
    QVERIFY(AuditTrail(*m_db).verify()->intact);
}

void tst_AuditTrail::alteredRowIsNamed_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::newRow("actor") << QByteArray("UPDATE audit_log SET actor = 'canbo2' WHERE seq = 7");
    QTest::newRow("action") << QByteArray("UPDATE audit_log SET action = 'dossier.export' WHERE seq = 7");
    QTest::newRow("time") << QByteArray("UPDATE audit_log SET occurred_at = occurred_at - 3600000 WHERE seq = 7");
    QTest::newRow("dossier") << QByteArray("UPDATE audit_log SET dossier_code = 'X' WHERE seq = 7");
    QTest::newRow("hash") << QByteArray("UPDATE audit_log SET hash = prev_hash WHERE seq = 7");
}

void tst_AuditTrail::alteredRowIsNamed()
{
    QFETCH(QByteArray, sql);
    appendSample(12);
    QVERIFY(tamper(*m_db, sql.constData()));
    auto v = AuditTrail(*m_db).verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, 7);
    QVERIFY(!v->problem.isEmpty());
}

void tst_AuditTrail::removedRowIsNamed()
{
    appendSample(10);
    QVERIFY(tamper(*m_db, "DELETE FROM audit_log WHERE seq = 4"));
    auto v = AuditTrail(*m_db).verify();
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, 5);
    QVERIFY(v->problem.contains(QLatin1String("missing")));
}

void tst_AuditTrail::rewrittenTailNamesFirstRewrittenRow()
{
    appendSample(10);
    // Renumbering after a deletion hides the gap but not the broken link.
    QVERIFY(tamper(*m_db, "DELETE FROM audit_log WHERE seq = 4; UPDATE audit_log SET seq = seq - 1 WHERE seq > 4"));
    auto v = AuditTrail(*m_db).verify();
    QVERIFY(!v->intact);
    QCOMPARE(v->firstBadSeq, 4);
}

void tst_AuditTrail::dossierChangesAreMirrored()
{
    DossierRepository repository(*m_db);
    auto created = repository.create(test::citizenDossier(QStringLiteral("Lò Thị Mai"), QStringLiteral("001191007777")),
                                     {}, CodeRequest{QStringLiteral("Q01"), true});
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    AuditTrail trail(*m_db);
    auto added = trail.importDossierEvents();
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added.value(), 1);
    QCOMPARE(trail.importDossierEvents().value(), 0); // seen once, logged once
    auto rows = trail.query({});
    QCOMPARE(rows->size(), 1);
    const AuditEntry& row = rows->first();
    QCOMPARE(row.action, QStringLiteral("dossier.create"));
    QCOMPARE(row.dossierUuid, created->uuid);
    QCOMPARE(row.dossierCode, created->code);
    QCOMPARE(row.actor, QStringLiteral("canbo1"));
    QVERIFY(!row.detail.contains(QLatin1String("Mai")));
    QVERIFY(trail.verify()->intact);
}

void tst_AuditTrail::queryFilters()
{
    appendSample(6);
    AuditTrail trail(*m_db);
    trail.append(entry("admin", "audit.export"));
    AuditQuery q;
    QCOMPARE(trail.query(q)->size(), 7);
    QCOMPARE(trail.query(q)->first().seq, 7); // newest first
    q.actor = QStringLiteral("admin");
    QCOMPARE(trail.query(q)->size(), 1);
    q = {};
    q.action = QStringLiteral("dossier.");
    QCOMPARE(trail.query(q)->size(), 6);
    q.action = QStringLiteral("dossier.print");
    QCOMPARE(trail.query(q)->size(), 3);
    q = {};
    q.dossier = QStringLiteral("TAM-Q01-260302-3");
    QCOMPARE(trail.query(q)->size(), 1);
    q.dossier = QStringLiteral("uuid-3");
    QCOMPARE(trail.query(q)->size(), 1);
    q = {};
    q.limit = 2;
    q.offset = 1;
    QCOMPARE(trail.query(q)->first().seq, 6);
}

void tst_AuditTrail::exportCsvAndJson()
{
    appendSample(3);
    AuditTrail trail(*m_db);
    trail.append(entry("admin", "audit.export", {}, QStringLiteral("quote \" and, comma")));

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(AuditExport::write(trail, csv, AuditExport::Format::Csv));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.size(), 6); // header, 4 rows, empty after the last CRLF
    QVERIFY(lines[0].startsWith("\"seq\",\"occurred_at\""));
    QVERIFY(lines[4].contains("\"quote \"\" and, comma\""));
    QVERIFY(lines[1].contains("+07:00"));

    const QString path = m_dir->filePath(QStringLiteral("audit.json"));
    QCOMPARE(AuditExport::formatForPath(path), AuditExport::Format::Json);
    QVERIFY(AuditExport::writeFile(trail, path, AuditExport::Format::Json));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(test::readAll(path), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 4);
    // The export can be verified on its own: recompute each hash from the row and the previous hash.
    QString prev = doc.value(QStringLiteral("genesisHash")).toString();
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        AuditEntry e;
        e.seq = o.value(QStringLiteral("seq")).toInteger();
        e.occurredAt = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("occurredAtMs")).toInteger());
        e.actor = o.value(QStringLiteral("actor")).toString();
        e.role = o.value(QStringLiteral("role")).toString();
        e.action = o.value(QStringLiteral("action")).toString();
        e.dossierUuid = o.value(QStringLiteral("dossierUuid")).toString();
        e.dossierCode = o.value(QStringLiteral("dossierCode")).toString();
        e.detail = o.value(QStringLiteral("detail")).toString();
        QCOMPARE(o.value(QStringLiteral("prevHash")).toString(), prev);
        prev = AuditChain::hashOf(prev, e);
        QCOMPARE(o.value(QStringLiteral("hash")).toString(), prev);
    }
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_AuditTrail.moc"
