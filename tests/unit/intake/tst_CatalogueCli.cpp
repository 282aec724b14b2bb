// Runs the built motcua-cli: `catalogue show` and `catalogue import` on a fresh desk database — a good
// file is stored and used, an older one is refused, a broken or invalid file is bad input (exit 2)
// and leaves nothing stored, --force stores without putting an older catalogue in force.
#include "Catalogue.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestCatalogueCli : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_db;
    Catalogue m_shipped;

    test::ProcessResult cli(const QStringList& args)
    {
        return test::runProgram(m_cli, QStringList{"catalogue"} + args);
    }

    QJsonObject show()
    {
        const auto r = cli({"show", "--db", m_db, "--json"});
        if (r.exitCode != 0)
            qWarning("exit %d: %s", r.exitCode, r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QString writeCatalogue(const QString& name, const QString& version)
    {
        QFile shipped(test::sourcePath(QStringLiteral("resources/catalogue/procedures.json")));
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        QJsonObject document = QJsonDocument::fromJson(shipped.readAll()).object();
        document.insert(QStringLiteral("catalogueVersion"), version);
        return writeFile(name, QJsonDocument(document).toJson());
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static int lines(const QByteArray& text) { return int(text.trimmed().split('\n').size()); }

private slots:
    void initTestCase()
    {
        m_cli = test::binaryPath(QStringLiteral("bin/motcua-cli"));
        QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli + " is not built"));
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
        const auto init = test::runProgram(m_cli, {"db", "init", "--db", m_db});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        auto shipped = Catalogue::loadFile(test::sourcePath(QStringLiteral("resources/catalogue/procedures.json")));
        QVERIFY(shipped);
        m_shipped = *shipped;
    }

    void showsTheBuiltInCatalogue()
    {
        const QJsonObject o = show();
        QCOMPARE(o["version"].toString(), m_shipped.version());
        QCOMPARE(o["source"].toString(), QStringLiteral("built-in"));
        QCOMPARE(o["procedures"].toInt(), m_shipped.size());
        QVERIFY(o["procedures"].toInt() >= 21);
        QVERIFY(o["stored"].toArray().isEmpty());
        const auto human = cli({"show", "--db", m_db});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(m_shipped.version().toUtf8()));
        QVERIFY(human.out.contains("built-in"));
    }

    void importsANewerFile()
    {
        const auto r = cli({"import", "--db", m_db, "--file", writeCatalogue("new.json", "2027.1"), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["stored"].toBool(), true);
        QCOMPARE(o["version"].toString(), QStringLiteral("2027.1"));
        QCOMPARE(o["previousVersion"].toString(), m_shipped.version());
        QCOMPARE(o["previousSource"].toString(), QStringLiteral("built-in"));
        QCOMPARE(o["inForce"].toBool(), true);
        const QJsonObject now = show();
        QCOMPARE(now["version"].toString(), QStringLiteral("2027.1"));
        QCOMPARE(now["source"].toString(), QStringLiteral("file"));
        QCOMPARE(now["procedures"].toInt(), m_shipped.size());
        QCOMPARE(now["stored"].toArray().size(), 1);
    }

    void refusesAnOlderOrEqualVersion()
    {
        for (const char* version : {"2026.12", "2027.1"}) {
            const auto r = cli({"import", "--db", m_db, "--file", writeCatalogue("old.json", version)});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.err.contains("not newer"));
            QCOMPARE(lines(r.err), 1);
        }
        const QJsonObject now = show();
        QCOMPARE(now["version"].toString(), QStringLiteral("2027.1"));
        QCOMPARE(now["stored"].toArray().size(), 1);
    }

    void badFilesAreBadInputAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("broken JSON") << QByteArray("{\"format\": \"motcua-catalogue/1\", \"catalogueVersion\": ")
                                     << QByteArray("catalogue.bad_json");
        QTest::newRow("not a catalogue") << QByteArray(R"({"format":"x/1","catalogueVersion":"2030.1"})")
                                         << QByteArray("catalogue.bad_data");
        QTest::newRow("no procedures")
            << QByteArray(R"({"format":"motcua-catalogue/1","catalogueVersion":"2030.1","procedures":[]})")
            << QByteArray("catalogue.bad_data");
    }

    void badFilesAreBadInputAndStoreNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        const QString path = writeFile(QStringLiteral("bad.json"), content);
        for (const QStringList& extra : {QStringList{}, QStringList{"--force"}}) {
            const auto r = cli(QStringList{"import", "--db", m_db, "--file", path} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(expected), r.err.constData());
            QCOMPARE(lines(r.err), 1);
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(show()["stored"].toArray().size(), 1);
        QCOMPARE(show()["version"].toString(), QStringLiteral("2027.1"));
    }

    void missingFileOrOptionIsBadInput()
    {
        QCOMPARE(cli({"import", "--db", m_db, "--file", m_dir.filePath("nowhere.json")}).exitCode, 2);
        QCOMPARE(cli({"import", "--db", m_db}).exitCode, 2);
        QCOMPARE(cli({"import", "--file", writeCatalogue("x.json", "2031.1")}).exitCode, 2);
        QCOMPARE(cli({"frobnicate"}).exitCode, 2);
        QCOMPARE(show()["stored"].toArray().size(), 1);
    }

    void forceStoresAnOlderVersionWithoutPuttingItInForce()
    {
        const auto r =
            cli({"import", "--db", m_db, "--file", writeCatalogue("older.json", "2026.12"), "--force", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["inForce"].toBool(), false);
        const QJsonObject now = show();
        QCOMPARE(now["version"].toString(), QStringLiteral("2027.1"));
        QCOMPARE(now["stored"].toArray().size(), 2);
    }

    void helpListsTheActionsWithAnExample()
    {
        const auto overview = cli({"--help"});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.out.contains("show"));
        QVERIFY(overview.out.contains("import"));
        for (const char* action : {"show", "import"}) {
            const auto r = cli({action, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains("Example:"));
            QVERIFY(r.out.contains(QByteArray("motcua-cli catalogue ") + action));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_CatalogueCli.moc"
