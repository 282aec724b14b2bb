#include "ModuleContext.h"
#include "ModuleManager.h"
#include "ServiceRegistry.h"

#include <QApplication>
#include <QTest>
#include <QWidget>
#include <QtPlugin>

Q_IMPORT_PLUGIN(CccdModule)
Q_IMPORT_PLUGIN(ScanModule)
Q_IMPORT_PLUGIN(IntakeModule)
Q_IMPORT_PLUGIN(SyncModule)
Q_IMPORT_PLUGIN(ReviewModule)

using namespace motcua;

class TestStaticModules : public QObject
{
    Q_OBJECT
private slots:
    void loadsTheFiveModulesInDependencyOrder()
    {
        ServiceRegistry services;
        ModuleContext context(services, QDir::tempPath(), true);
        ModuleManager manager;
        manager.addStaticPlugins();
        manager.loadAll(context);

        QStringList loaded;
        for (const ModuleStatus& s : manager.statuses()) {
            QVERIFY2(s.state == ModuleStatus::State::Loaded,
                     qPrintable(s.metadata.id + QLatin1String(": ") + s.reason));
            QCOMPARE(s.location, QStringLiteral("static"));
            loaded << s.metadata.id;
        }
        loaded.sort();
        QCOMPARE(loaded, (QStringList{"cccd", "intake", "review", "scan", "sync"}));

        // Order: a module initialises after every module it depends on.
        QStringList order;
        for (Module* m : manager.loadedModules())
            for (const ModuleStatus& s : manager.statuses())
                if (manager.module(s.metadata.id) == m)
                    order << s.metadata.id;
        QCOMPARE(order.size(), 5);
        QVERIFY(order.indexOf("intake") > order.indexOf("cccd"));
        QVERIFY(order.indexOf("intake") > order.indexOf("scan"));
        QVERIFY(order.indexOf("review") > order.indexOf("sync"));
    }

    void everyModuleOffersAPage()
    {
        ServiceRegistry services;
        ModuleContext context(services, QDir::tempPath(), true);
        ModuleManager manager;
        manager.addStaticPlugins();
        manager.loadAll(context);
        for (Module* m : manager.loadedModules()) {
            const auto pages = m->pages();
            QVERIFY(!pages.isEmpty());
            for (const ModulePage& page : pages) {
                QVERIFY(!page.id.isEmpty());
                QVERIFY(!page.title.isEmpty());
                QVERIFY(page.create);
                std::unique_ptr<QWidget> widget(page.create(nullptr));
                QVERIFY(widget);
            }
        }
    }
};

QTEST_MAIN(TestStaticModules)
#include "tst_StaticModules.moc"
