// Which procedure catalogue the desk uses: the built-in one or a newer valid one stored in the profile
// (CatalogueChoice), how versions compare, and the procedure versions kept for earlier dossiers.
#include "CatalogueChoice.h"
#include "CatalogueVersion.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua;

namespace {

QJsonObject shippedDocument()
{
    QFile file(test::sourcePath(QStringLiteral("resources/catalogue/procedures.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray documentWithVersion(const QString& version, QJsonObject document = shippedDocument())
{
    document.insert(QStringLiteral("catalogueVersion"), version);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// The shipped document with its first procedure raised to version 2 (a changed time limit, say).
QByteArray withFirstProcedureRevised(const QString& version)
{
    QJsonObject document = shippedDocument();
    QJsonArray procedures = document.value(QStringLiteral("procedures")).toArray();
    QJsonObject first = procedures.at(0).toObject();
    first.insert(QStringLiteral("version"), 2);
    first.insert(QStringLiteral("duration"), 9);
    procedures.replace(0, first);
    document.insert(QStringLiteral("procedures"), procedures);
    return documentWithVersion(version, document);
}

} // namespace

class TestCatalogueChoice : public QObject
{
    Q_OBJECT

    Catalogue m_builtIn;

private slots:
    void initTestCase()
    {
        auto loaded = Catalogue::fromJson(documentWithVersion(QStringLiteral("2026.11.1")), QStringLiteral("test"));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        m_builtIn = *loaded;
        QVERIFY(m_builtIn.size() >= 21);
    }

    void versionsCompareAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("patch") << "2026.11.1"
                               << "2026.11.2" << -1;
        QTest::newRow("numeric not textual") << "2026.9"
                                             << "2026.11" << -1;
        QTest::newRow("next year") << "2027.1"
                                   << "2026.11.1" << 1;
        QTest::newRow("prefix is older") << "2026.11"
                                         << "2026.11.1" << -1;
        QTest::newRow("leading zero") << "2026.03"
                                      << "2026.3" << 0;
        QTest::newRow("dash separator") << "2026-12"
                                        << "2026.11.1" << 1;
        QTest::newRow("equal") << "2026.11.1"
                               << "2026.11.1" << 0;
        QTest::newRow("letter suffix") << "2026.11.1a"
                                       << "2026.11.1" << 1;
        QTest::newRow("case ignored") << "2026.11.RC"
                                      << "2026.11.rc" << 0;
    }

    void versionsCompareAsPeopleWriteThem()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(compareCatalogueVersions(a, b), expected);
        QCOMPARE(compareCatalogueVersions(b, a), -expected);
    }

    void builtInWithoutStoredCatalogues()
    {
        const CatalogueChoice choice = CatalogueChoice::choose(m_builtIn, {});
        QCOMPARE(choice.source, CatalogueSource::BuiltIn);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2026.11.1"));
        QVERIFY(choice.rejected.isEmpty());
    }

    void newerStoredCatalogueIsUsed()
    {
        const CatalogueChoice choice = CatalogueChoice::choose(
            m_builtIn,
            {{CatalogueSource::File, QStringLiteral("2027.1"), documentWithVersion(QStringLiteral("2027.1"))}});
        QCOMPARE(choice.source, CatalogueSource::File);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.1"));
        QCOMPARE(choice.catalogue.procedures().first().catalogueVersion, QStringLiteral("2027.1"));
    }

    void olderOrEqualStoredCatalogueLeavesTheBuiltIn()
    {
        for (const QString& version : {QStringLiteral("2026.10"), QStringLiteral("2026.11.1")}) {
            const CatalogueChoice choice = CatalogueChoice::choose(
                m_builtIn, {{CatalogueSource::Registry, version, documentWithVersion(version)}});
            QCOMPARE(choice.source, CatalogueSource::BuiltIn);
            QCOMPARE(choice.catalogue.version(), QStringLiteral("2026.11.1"));
            QVERIFY(choice.rejected.isEmpty());
        }
    }

    void invalidStoredCatalogueNeverReplacesAValidOne()
    {
        QJsonObject broken = shippedDocument();
        broken.insert(QStringLiteral("format"), QStringLiteral("something-else/2"));
        const QList<StoredCatalogue> stored{
            {CatalogueSource::Registry, QStringLiteral("2028.1"),
             documentWithVersion(QStringLiteral("2028.1"), broken)},
            {CatalogueSource::File, QStringLiteral("2029.1"), QByteArray("{\"format\": ")},
            {CatalogueSource::File, QStringLiteral("2027.5"), documentWithVersion(QStringLiteral("2027.4"))},
            {CatalogueSource::File, QStringLiteral("2027.1"), documentWithVersion(QStringLiteral("2027.1"))}};
        const CatalogueChoice choice = CatalogueChoice::choose(m_builtIn, stored);
        QCOMPARE(choice.source, CatalogueSource::File);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.1"));
        QCOMPARE(choice.rejected.size(), 3);
        QCOMPARE(choice.rejected.at(0).code, QStringLiteral("catalogue.bad_data"));
        QCOMPARE(choice.rejected.at(1).code, QStringLiteral("catalogue.bad_json"));
        QCOMPARE(choice.rejected.at(2).code, QStringLiteral("catalogue.version_mismatch"));
        QVERIFY(choice.rejected.at(0).reason.contains(QLatin1String("format")));
    }

    void registryDocumentWithoutItsOwnVersionTakesTheChangeVersion()
    {
        QJsonObject document = shippedDocument();
        document.remove(QStringLiteral("catalogueVersion"));
        const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
        const CatalogueChoice choice =
            CatalogueChoice::choose(m_builtIn, {{CatalogueSource::Registry, QStringLiteral("2027.2"), json}});
        QCOMPARE(choice.source, CatalogueSource::Registry);
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.2"));
        // A file must name its version itself.
        QVERIFY(!CatalogueChoice::check({CatalogueSource::File, QStringLiteral("2027.2"), json}));
    }

    void onEqualVersionsTheRegistryWinsOverAFile()
    {
        const QByteArray json = documentWithVersion(QStringLiteral("2027.3"));
        const CatalogueChoice choice =
            CatalogueChoice::choose(m_builtIn, {{CatalogueSource::File, QStringLiteral("2027.3"), json},
                                                {CatalogueSource::Registry, QStringLiteral("2027.3"), json}});
        QCOMPARE(choice.source, CatalogueSource::Registry);
    }

    void olderProcedureVersionsStayFindable()
    {
        const QString code = m_builtIn.procedures().first().code;
        const CatalogueChoice choice = CatalogueChoice::choose(
            m_builtIn,
            {{CatalogueSource::File, QStringLiteral("2027.1"), withFirstProcedureRevised(QStringLiteral("2027.1"))}});
        QCOMPARE(choice.catalogue.version(), QStringLiteral("2027.1"));
        // New dossiers get version 2 …
        QCOMPARE(choice.catalogue.find(code)->version, 2);
        QCOMPARE(choice.catalogue.find(code)->catalogueVersion, QStringLiteral("2027.1"));
        // … a dossier received under version 1 still finds it, with the catalogue it came from.
        const auto older = choice.catalogue.find(code, 1);
        QVERIFY(older);
        QCOMPARE(older->catalogueVersion, QStringLiteral("2026.11.1"));
        QCOMPARE(choice.catalogue.retainedCount(), 1);
        // Only the current version is offered.
        QCOMPARE(choice.catalogue.size(), m_builtIn.size());
        for (const Procedure& p : choice.catalogue.search(code))
            QVERIFY(p.code != code || p.version == 2);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueChoice)
#include "tst_CatalogueChoice.moc"
