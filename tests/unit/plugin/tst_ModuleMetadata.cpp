#include "ModuleMetadata.h"

#include <QJsonDocument>
#include <QTest>

using namespace motcua;

namespace {
QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestModuleMetadata : public QObject
{
    Q_OBJECT
private slots:
    void parsesCompleteMetadata()
    {
        const auto m = ModuleMetadata::fromJson(json(R"({"id": "intake", "name": "Reception", "version": "0.3.1",
            "apiVersion": 1, "dependencies": [{"id": "cccd", "version": "0.1"}], "roles": ["official", "trainer"]})"));
        QVERIFY(m.ok());
        QCOMPARE(m->id, QStringLiteral("intake"));
        QCOMPARE(m->version, QVersionNumber(0, 3, 1));
        QCOMPARE(m->apiVersion, 1);
        QCOMPARE(m->dependencies.size(), 1);
        QCOMPARE(m->dependencies.first().id, QStringLiteral("cccd"));
        QCOMPARE(m->dependencies.first().minVersion, QVersionNumber(0, 1));
        QCOMPARE(m->roles, (QStringList{QStringLiteral("official"), QStringLiteral("trainer")}));
    }

    void refusesBadMetadata_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no id") << R"({"version": "1.0"})"
                               << "module.metadata_id";
        QTest::newRow("upper-case id") << R"({"id": "Intake", "version": "1.0"})"
                                       << "module.metadata_id";
        QTest::newRow("no version") << R"({"id": "intake"})"
                                    << "module.metadata_version";
        QTest::newRow("dependency without id") << R"({"id": "a", "version": "1", "dependencies": [{}]})"
                                               << "module.metadata_dependency";
    }
    void refusesBadMetadata()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto m = ModuleMetadata::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, error);
    }
};

QTEST_GUILESS_MAIN(TestModuleMetadata)
#include "tst_ModuleMetadata.moc"
