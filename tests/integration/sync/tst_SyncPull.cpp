// What comes back from the registry: supervisor decisions, status changes and catalogue updates reach
// the desk through the change feed, apply in one transaction each page, apply once even when delivered
// again, and are never sent back. Also the supervisor endpoints and their role check.
#include "AttachmentSource.h"
#include "AuthSession.h"
#include "ChangeApplier.h"
#include "DossierRepository.h"
#include "ProtocolConstants.h"
#include "RegistryHttp.h"
#include "RegistryServer.h"
#include "SyncEngine.h"
#include "SyncTestSupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace motcua;
using namespace motcua::sync;
using namespace motcua::sync::test;

namespace {

QJsonObject decision(const QString& key, const QString& what, int state, const QString& note)
{
    QJsonObject d{
        {QStringLiteral("idempotencyKey"), key}, {QStringLiteral("decision"), what}, {QStringLiteral("note"), note}};
    if (state > 0)
        d.insert(QStringLiteral("state"), state);
    return d;
}

} // namespace

class tst_SyncPull : public QObject
{
    Q_OBJECT
private slots:
    void decisionsStatusesAndCatalogueComeBack()
    {
        QTemporaryDir dir;
        DeskFixture desk(dir.path());
        QVERIFY(desk.open());
        const QStringList uuids = desk.createDossiers(3);
        QCOMPARE(uuids.size(), 3);
        SimulatorConfig config;
        RegistryServer server(config);
        QVERIFY(server.open(dir.filePath(QStringLiteral("registry.sqlite"))).ok());
        QVERIFY(server.start(QHostAddress::LocalHost, 0).ok());
        const auto endpoint = RegistryEndpoint::create(server.url()).value();

        RegistryHttp deskHttp(endpoint, 5000);
        FileStoreAttachmentSource files(desk.db(), desk.filesRoot());
        SyncEngine engine(desk.db(), deskHttp, {QLatin1String(kDeskId), QLatin1String(kDeskSecret)}, files);
        PassReport first = engine.runPass();
        QVERIFY2(first.completed(), qPrintable(first.error.code));
        QCOMPARE(first.sent, 3);
        QCOMPARE(first.codesAssigned, 3);
        QCOMPARE(desk.provisionalCodes(), 0);
        const qint64 outboxRows = desk.outbox().value(QStringLiteral("synced"));

        // A desk may not use the supervisor endpoints.
        const HttpResponse forbidden = engine.auth().send(
            [&](const QString& token) { return deskHttp.get(QLatin1String(protocol::kPathDossiers), {}, token); });
        QCOMPARE(forbidden.status, 403);

        RegistryHttp supervisorHttp(endpoint, 5000);
        AuthSession supervisor(supervisorHttp, {QStringLiteral("SUP1"), QStringLiteral("demo-supervisor-secret")});
        const HttpResponse list = supervisor.send([&](const QString& token) {
            return supervisorHttp.get(QLatin1String(protocol::kPathDossiers), {}, token);
        });
        QVERIFY(list.success());
        QCOMPARE(list.json.value(QStringLiteral("dossiers")).toArray().size(), 3);

        auto decide = [&](const QString& uuid, const QJsonObject& body) {
            return supervisor.send([&](const QString& token) {
                return supervisorHttp.postJson(QStringLiteral("/v1/dossiers/%1/decisions").arg(uuid), body, token);
            });
        };
        const QString keyA = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject approveA = decision(keyA, QStringLiteral("approve"), 4, QStringLiteral("chuyển xử lý"));
        QCOMPARE(decide(uuids[0], approveA).json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(decide(uuids[0], approveA).json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("duplicate"));
        QCOMPARE(decide(uuids[0], decision(keyA, QStringLiteral("approve"), 4, QStringLiteral("khác"))).status, 409);
        QVERIFY(decide(uuids[1], decision(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("return"),
                                          0, QStringLiteral("thiếu giấy tờ")))
                    .success());
        // "Returned" straight from "received" is not a legal step at the desk: kept as a decision, ignored
        // as a status.
        QVERIFY(decide(uuids[2], decision(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("note"),
                                          10, QString()))
                    .success());
        QCOMPARE(decide(QUuid::createUuid().toString(QUuid::WithoutBraces),
                        decision(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("note"), 0, {}))
                     .status,
                 404);
        const HttpResponse catalogue = supervisor.send([&](const QString& token) {
            return supervisorHttp.postJson(
                QLatin1String(protocol::kPathCatalogue),
                {{QStringLiteral("catalogueVersion"), QStringLiteral("2026.03")},
                 {QStringLiteral("catalogue"), QJsonObject{{QStringLiteral("procedures"), QJsonArray{}}}}},
                token);
        });
        QCOMPARE(catalogue.status, 404); // PUT, not POST
        const HttpResponse published = supervisor.send([&](const QString& token) {
            return supervisorHttp.put(QLatin1String(protocol::kPathCatalogue), {},
                                      R"({"catalogueVersion":"2026.03","catalogue":{"procedures":[]}})",
                                      protocol::kJsonType, token);
        });
        QVERIFY(published.success());

        // Every page delivered again as well: nothing may apply twice.
        FaultPlan again;
        again.duplicateRate = 1.0;
        server.setFaults(again);
        for (int pass = 0; pass < 3; ++pass) {
            const PassReport r = engine.runPass();
            QVERIFY2(r.completed(), qPrintable(r.error.code));
        }

        DossierRepository repository(desk.db());
        QCOMPARE(repository.find(uuids[0])->state, DossierState::Processing);
        QCOMPARE(repository.find(uuids[1])->state, DossierState::Received);
        QCOMPARE(repository.find(uuids[2])->state, DossierState::Received);
        int starts = 0;
        const auto events = repository.events(uuids[0]);
        QVERIFY(events.ok());
        for (const DossierEvent& e : events.value())
            starts += e.action == QLatin1String("start_processing") ? 1 : 0;
        QCOMPARE(starts, 1);
        // Changes from the registry are recorded, not sent back.
        QCOMPARE(desk.outbox().value(QStringLiteral("synced")), outboxRows);
        QCOMPARE(desk.pending(), qint64(0));

        ChangeApplier state(desk.db());
        QCOMPARE(state.value(QStringLiteral("catalogue.version")).value(), QStringLiteral("2026.03"));
        Statement decisions = desk.db().prepare("SELECT COUNT(*), COUNT(DISTINCT dossier_uuid) FROM sync_decisions");
        QVERIFY(decisions.next());
        QCOMPARE(decisions.integer(0), 3);
        QCOMPARE(decisions.integer(1), 3);
    }
};

QTEST_GUILESS_MAIN(tst_SyncPull)
#include "tst_SyncPull.moc"
