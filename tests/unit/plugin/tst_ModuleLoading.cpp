#include "ModuleContext.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

ModuleStatus statusOf(const ModuleManager& manager, const QString& id)
{
    for (const ModuleStatus& s : manager.statuses())
        if (s.metadata.id == id)
            return s;
    return {};
}

} // namespace

class TestModuleLoading : public QObject
{
    Q_OBJECT
private slots:
    void loadsTheInstalledPluginFiles()
    {
        ServiceRegistry services;
        ModuleContext context(services, QDir::tempPath(), true);
        ModuleManager manager;
        manager.addPluginDirectory(QStringLiteral(MOTCUA_PLUGIN_DIR));
        manager.loadAll(context);
        for (const QString id : {"cccd", "scan", "intake", "sync", "review"}) {
            const ModuleStatus s = statusOf(manager, id);
            QVERIFY2(s.state == ModuleStatus::State::Loaded, qPrintable(id + QLatin1String(": ") + s.reason));
            QVERIFY(s.location.endsWith(QLatin1String(".so")));
        }
        QCOMPARE(manager.loadedModules().size(), 5);
    }

    void refusesBrokenModulesAndSaysWhy()
    {
        ServiceRegistry services;
        ModuleContext context(services, QDir::tempPath(), true);
        ModuleManager manager;
        manager.addPluginDirectory(QStringLiteral(MOTCUA_BROKEN_PLUGIN_DIR));
        manager.loadAll(context);

        QCOMPARE(statusOf(manager, "healthy").state, ModuleStatus::State::Loaded);
        QCOMPARE(statusOf(manager, "healthy").metadata.version, QVersionNumber(2, 1, 0));

        const ModuleStatus api = statusOf(manager, "wrong_api");
        QCOMPARE(api.state, ModuleStatus::State::Failed);
        QVERIFY2(api.reason.contains(QLatin1String("API 99")), qPrintable(api.reason));

        const ModuleStatus missing = statusOf(manager, "needs_missing");
        QCOMPARE(missing.state, ModuleStatus::State::Failed);
        QVERIFY2(missing.reason.contains(QLatin1String("nonexistent")), qPrintable(missing.reason));

        for (const QString id : {"cycle_a", "cycle_b"}) {
            const ModuleStatus cycle = statusOf(manager, id);
            QCOMPARE(cycle.state, ModuleStatus::State::Failed);
            QVERIFY2(cycle.reason.contains(QLatin1String("circular")), qPrintable(cycle.reason));
        }
        QCOMPARE(manager.loadedModules().size(), 1);
    }

    void aFileThatIsNotAPluginIsReported()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("libjunk.so")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not an ELF file");
        junk.close();
        ServiceRegistry services;
        ModuleContext context(services, dir.path(), true);
        ModuleManager manager;
        manager.addPluginDirectory(dir.path());
        manager.loadAll(context);
        QCOMPARE(manager.statuses().size(), 1);
        QCOMPARE(manager.statuses().first().state, ModuleStatus::State::Failed);
        QVERIFY(!manager.statuses().first().reason.isEmpty());
    }

    void duplicateIdsAreRefused()
    {
        ServiceRegistry services;
        ModuleContext context(services, QDir::tempPath(), true);
        ModuleManager manager;
        manager.addPluginDirectory(QStringLiteral(MOTCUA_PLUGIN_DIR));
        manager.addPluginDirectory(QStringLiteral(MOTCUA_PLUGIN_DIR));
        manager.loadAll(context);
        QCOMPARE(manager.loadedModules().size(), 5);
        int duplicates = 0;
        for (const ModuleStatus& s : manager.statuses())
            duplicates += s.reason.contains(QLatin1String("already present")) ? 1 : 0;
        QCOMPARE(duplicates, 5);
    }
};

QTEST_GUILESS_MAIN(TestModuleLoading)
#include "tst_ModuleLoading.moc"
