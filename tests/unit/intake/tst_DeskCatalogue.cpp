// The registry path of the catalogue: a `catalogue.updated` change applied by the sync module's
// ChangeApplier (stored in sync_state exactly as it writes it) is what the intake environment receives
// dossiers under, read by CatalogueLoad on a worker thread; earlier dossiers keep their procedure
// versions, even after a later registry update; an invalid registry catalogue leaves the built-in one.
#include "CatalogueLoad.h"
#include "ChangeApplier.h"
#include "IntakeFixtures.h"
#include "ReceptionService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

namespace {

const QString kBirth = QStringLiteral("1.001193");

// The shipped catalogue as the registry would publish it, with the birth registration at `version`.
QJsonObject registryDocument(const QString& catalogueVersion, int birthVersion)
{
    QFile file(sourcePath(QStringLiteral("resources/catalogue/procedures.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    document.insert(QStringLiteral("catalogueVersion"), catalogueVersion);
    QJsonArray procedures = document.value(QStringLiteral("procedures")).toArray();
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        QJsonObject p = procedures.at(i).toObject();
        if (p.value(QStringLiteral("code")).toString() == kBirth) {
            p.insert(QStringLiteral("version"), birthVersion);
            procedures.replace(i, p);
        }
    }
    document.insert(QStringLiteral("procedures"), procedures);
    return document;
}

bool applyCatalogueChange(Database& db, int id, const QString& version, const QJsonObject& catalogue)
{
    sync::ChangeApplier applier(db);
    if (!applier.ensureSchema())
        return false;
    const QJsonObject change{{QStringLiteral("id"), id},
                             {QStringLiteral("kind"), QStringLiteral("catalogue.updated")},
                             {QStringLiteral("at"), QStringLiteral("2026-12-01T08:00:00+07:00")},
                             {QStringLiteral("catalogueVersion"), version},
                             {QStringLiteral("catalogue"), catalogue}};
    auto applied = applier.applyPage(QJsonArray{change}, QString::number(id));
    return applied && applied->catalogues == 1;
}

CatalogueChoice loadOnWorker(const QString& path)
{
    auto choice = CatalogueLoad::start(path)->result();
    return choice ? *choice : CatalogueChoice{};
}

} // namespace

class TestDeskCatalogue : public QObject
{
    Q_OBJECT

    static QDateTime now() { return vnTime(2026, 12, 7, 9, 30); }

    // Like the desk's ReceptionSaver: each save on a connection of its own.
    static std::optional<Dossier> receive(IntakeTestBed& bed)
    {
        DatabaseOptions options;
        options.create = false;
        options.check = IntegrityCheck::None;
        options.checkpointIntervalMs = 0;
        auto connection = Database::open(bed.db->path(), options);
        if (!connection)
            return std::nullopt;
        IntakeEnvironment env = bed.env;
        env.database = connection.value().get();
        env.fileRoot = bed.env.effectiveFileRoot();
        ReceptionService service(env);
        ReceptionDraft draft = birthDraft(bed.makePdf(QStringLiteral("tokhai.pdf"), QStringLiteral("Tờ khai")),
                                          bed.makePdf(QStringLiteral("chungsinh.pdf"), QStringLiteral("Chứng sinh")));
        draft.receivedAt = now();
        auto result = service.receive(draft, now());
        if (auto* error = std::get_if<ReceptionError>(&result)) {
            qWarning() << error->error.code << error->error.message;
            return std::nullopt;
        }
        return std::get<ReceptionOutcome>(result).dossier;
    }

private slots:
    void registryCatalogueIsPickedUpByTheIntakeEnvironment()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        const QString path = bed.db->path();

        // Before any update: the built-in catalogue, and a dossier received under it.
        CatalogueChoice choice = loadOnWorker(path);
        QCOMPARE(choice.source, CatalogueSource::BuiltIn);
        const QString builtInVersion = choice.catalogue.version();
        QVERIFY(!builtInVersion.isEmpty());
        bed.env.useCatalogue(choice);
        const auto before = receive(bed);
        QVERIFY(before);
        QCOMPARE(before->catalogueVersion, builtInVersion);
        QCOMPARE(before->procedureVersion, 1);

        // The registry publishes 2027.2 with the birth registration at version 2.
        QVERIFY(
            applyCatalogueChange(*bed.db, 1, QStringLiteral("2027.2"), registryDocument(QStringLiteral("2027.2"), 2)));
        choice = loadOnWorker(path);
        QCOMPARE(choice.source, CatalogueSource::Registry);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.2"));
        QVERIFY(choice.rejected.isEmpty());
        bed.env.useCatalogue(choice);
        QCOMPARE(bed.env.catalogueSource, CatalogueSource::Registry);
        const auto after = receive(bed);
        QVERIFY(after);
        QCOMPARE(after->catalogueVersion, QStringLiteral("2027.2"));
        QCOMPARE(after->procedureVersion, 2);
        // The dossier received earlier still finds its procedure version, from the catalogue it came from.
        const auto earlier = bed.env.catalogue.find(kBirth, before->procedureVersion);
        QVERIFY(earlier);
        QCOMPARE(earlier->catalogueVersion, builtInVersion);
        // The desk kept a copy of the registry's catalogue in its own table.
        QCOMPARE(bed.count("SELECT count(*) FROM stored_catalogues WHERE source = 'registry' AND version = '2027.2'"),
                 1);

        // A later registry update replaces sync_state; version 2 stays findable through the copy.
        QVERIFY(
            applyCatalogueChange(*bed.db, 2, QStringLiteral("2027.3"), registryDocument(QStringLiteral("2027.3"), 3)));
        choice = loadOnWorker(path);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.3"));
        QCOMPARE(choice.catalogue.find(kBirth)->version, 3);
        const auto version2 = choice.catalogue.find(kBirth, 2);
        QVERIFY(version2);
        QCOMPARE(version2->catalogueVersion, QStringLiteral("2027.2"));
        QVERIFY(choice.catalogue.find(kBirth, 1));
    }

    void invalidRegistryCatalogueLeavesTheBuiltInOne()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        // What the sync tests publish: a catalogue object that is not a catalogue document.
        QVERIFY(applyCatalogueChange(*bed.db, 1, QStringLiteral("2028.1"),
                                     QJsonObject{{QStringLiteral("procedures"), QJsonArray{}}}));
        const CatalogueChoice choice = loadOnWorker(bed.db->path());
        QCOMPARE(choice.source, CatalogueSource::BuiltIn);
        QCOMPARE(choice.rejected.size(), 1);
        QCOMPARE(choice.rejected.first().source, CatalogueSource::Registry);
        QCOMPARE(choice.rejected.first().version, QStringLiteral("2028.1"));
        QCOMPARE(choice.rejected.first().code, QStringLiteral("catalogue.bad_data"));
        // Nothing invalid is copied.
        QCOMPARE(bed.count("SELECT count(*) FROM stored_catalogues"), 0);
        bed.env.useCatalogue(choice);
        const auto dossier = receive(bed);
        QVERIFY(dossier);
        QCOMPARE(dossier->catalogueVersion, choice.catalogue.version());
    }

    void unreadableDatabaseLeavesTheBuiltInOne()
    {
        QTemporaryDir dir;
        const CatalogueChoice choice = loadOnWorker(dir.filePath(QStringLiteral("missing.db")));
        QCOMPARE(choice.source, CatalogueSource::BuiltIn);
        QVERIFY(choice.catalogue.size() >= 21);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    }
};

QTEST_MAIN(TestDeskCatalogue)
#include "tst_DeskCatalogue.moc"
