#include "Action.h"
#include "PermissionTable.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

class tst_PermissionTable : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableLoads();
    void roleDenials_data();
    void roleDenials();
    void trainerOnlyOnDemoProfiles();
    void modulesMatchModuleMetadata();
    void malformedTableRefused();
};

void tst_PermissionTable::builtInTableLoads()
{
    const PermissionTable& table = PermissionTable::builtIn();
    for (const QString& id : allRoleIds())
        QVERIFY2(!table.actions(*roleFromId(id)).isEmpty(), qPrintable(id));
}

void tst_PermissionTable::roleDenials_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    auto row = [](const char* role, const char* action, bool allowed) {
        QTest::addRow("%s %s", role, action) << QString::fromLatin1(role) << QString::fromLatin1(action) << allowed;
    };
    row("official", action::DossierReceive, true);
    row("official", action::DossierView, true);
    row("official", action::AuditView, false);
    row("official", action::AccountsManage, false);
    row("official", action::ReviewView, false);
    row("supervisor", action::ReviewView, true);
    row("supervisor", action::DossierReceive, false);
    row("supervisor", action::DossierEdit, false);
    row("supervisor", action::AuditExport, false);
    row("administrator", action::AuditView, true);
    row("administrator", action::AuditExport, true);
    row("administrator", action::AccountsManage, true);
    // Least privilege: managing the desk does not open citizens' records.
    row("administrator", action::DossierView, false);
    row("administrator", action::DossierExport, false);
    row("administrator", action::CardRead, false);
    row("official", "no.such.action", false);
}

void tst_PermissionTable::roleDenials()
{
    QFETCH(QString, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QCOMPARE(PermissionTable::builtIn().allows(*roleFromId(role), action, false), allowed);
}

void tst_PermissionTable::trainerOnlyOnDemoProfiles()
{
    const PermissionTable& table = PermissionTable::builtIn();
    QVERIFY(table.isDemoOnly(Role::Trainer));
    QVERIFY(table.allows(Role::Trainer, QLatin1String(action::DossierReceive), true));
    QVERIFY(!table.allows(Role::Trainer, QLatin1String(action::DossierReceive), false));
    QVERIFY(!table.allows(Role::Trainer, QLatin1String(action::DossierView), false));
    QVERIFY(table.allowsModule(Role::Trainer, QStringLiteral("intake"), true));
    QVERIFY(!table.allowsModule(Role::Trainer, QStringLiteral("intake"), false));
}

// The permissions table and each module's module.json "roles" say the same thing.
void tst_PermissionTable::modulesMatchModuleMetadata()
{
    const PermissionTable& table = PermissionTable::builtIn();
    QDir modules(test::sourcePath(QStringLiteral("modules")));
    const QStringList ids = modules.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(ids.contains(QStringLiteral("intake")));
    for (const QString& id : ids) {
        QFile file(modules.filePath(id + QStringLiteral("/module.json")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray roles =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("roles")).toArray();
        for (const QString& roleName : allRoleIds()) {
            const bool declared = roles.contains(roleName);
            QVERIFY2(table.allowsModule(*roleFromId(roleName), id, true) == declared,
                     qPrintable(QStringLiteral("%1 / %2").arg(id, roleName)));
        }
    }
}

void tst_PermissionTable::malformedTableRefused()
{
    QVERIFY(!PermissionTable::fromJson("not json").ok());
    QVERIFY(!PermissionTable::fromJson(R"({"roles": {"janitor": {"actions": []}}})").ok());
    auto empty = PermissionTable::fromJson(R"({"roles": {"official": {}}})");
    QVERIFY(empty.ok());
    QVERIFY(!empty->allows(Role::Official, QLatin1String(action::DossierView), false));
}

QTEST_GUILESS_MAIN(tst_PermissionTable)
#include "tst_PermissionTable.moc"
