// The desk's UserSession: what each role may do (role denials), views/prints/exports recorded in the
// audit trail under the signed-in official, sign-in, switch and lock recorded; face minimisation policy.
#include "Action.h"
#include "AuditTrail.h"
#include "DeskSession.h"
#include "FacePolicy.h"
#include "SecurityFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::security;

namespace {

Account account(const char* login, Role role)
{
    Account a;
    a.id = 1;
    a.login = QString::fromLatin1(login);
    a.displayName = QStringLiteral("Cán bộ %1").arg(a.login);
    a.role = role;
    return a;
}

} // namespace

class tst_DeskSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nobodySignedInMayDoNothing();
    void roleDenials_data();
    void roleDenials();
    void trainerOnlyOnDemoProfile();
    void viewsPrintsAndExportsAreAudited();
    void deniedAccessIsNotRecordedAndRefused();
    void switchAndLockAreRecorded();
    void facesAreNotKeptByDefault();

private:
    QList<AuditEntry> rows() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_DeskSession::init()
{
    m_db = test::openDatabase(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY(m_db);
}

void tst_DeskSession::cleanup()
{
    m_db.reset();
}

QList<AuditEntry> tst_DeskSession::rows() const
{
    auto all = AuditTrail(*m_db).query({});
    QList<AuditEntry> list = all ? all.value() : QList<AuditEntry>();
    std::reverse(list.begin(), list.end()); // oldest first
    return list;
}

void tst_DeskSession::nobodySignedInMayDoNothing()
{
    DeskSession session(*m_db, false);
    QVERIFY(!session.isSignedIn());
    QVERIFY(session.role().isEmpty());
    QVERIFY(!session.can(QLatin1String(action::DossierView)));
    QVERIFY(!session.canOpenModule(QStringLiteral("intake")));
    QVERIFY(!session.recordAccess(QLatin1String(action::DossierView), QStringLiteral("u"), QStringLiteral("c")));
}

void tst_DeskSession::roleDenials_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("module");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("official receives") << int(Role::Official) << "dossier.receive"
                                       << "intake" << true;
    QTest::newRow("official no audit") << int(Role::Official) << "audit.view"
                                       << "review" << false;
    QTest::newRow("supervisor no receive") << int(Role::Supervisor) << "dossier.receive"
                                           << "intake" << false;
    QTest::newRow("supervisor reviews") << int(Role::Supervisor) << "review.view"
                                        << "review" << true;
    QTest::newRow("administrator no dossier") << int(Role::Administrator) << "dossier.view"
                                              << "intake" << false;
    QTest::newRow("administrator no card") << int(Role::Administrator) << "card.read"
                                           << "cccd" << false;
    QTest::newRow("administrator audits") << int(Role::Administrator) << "audit.export"
                                          << "sync" << true;
}

void tst_DeskSession::roleDenials()
{
    QFETCH(int, role);
    QFETCH(QString, action);
    QFETCH(QString, module);
    QFETCH(bool, allowed);
    DeskSession session(*m_db, false);
    session.signIn(account("user", Role(role)));
    QCOMPARE(session.can(action), allowed);
    QCOMPARE(session.canOpenModule(module), allowed);
}

void tst_DeskSession::trainerOnlyOnDemoProfile()
{
    DeskSession live(*m_db, false);
    live.signIn(account("trainer1", Role::Trainer));
    QVERIFY(!live.can(QLatin1String(action::DossierView)));
    QVERIFY(!live.canOpenModule(QStringLiteral("intake")));

    DeskSession demo(*m_db, true);
    demo.signIn(DeskSession::demoAccount());
    QCOMPARE(demo.role(), QStringLiteral("trainer"));
    QVERIFY(demo.can(QLatin1String(action::DossierView)));
    QVERIFY(demo.canOpenModule(QStringLiteral("intake")));
}

void tst_DeskSession::viewsPrintsAndExportsAreAudited()
{
    DeskSession session(*m_db, false);
    session.signIn(account("canbo1", Role::Official));
    const QString uuid = QStringLiteral("6f1e2d3c-0000-4000-8000-000000000001");
    QVERIFY(session.recordAccess(QLatin1String(action::DossierView), uuid, QStringLiteral("H01.01-260302-0001")));
    QVERIFY(session.recordAccess(QLatin1String(action::DossierPrint), uuid, QStringLiteral("H01.01-260302-0001"),
                                 QStringLiteral("receipt")));
    QVERIFY(session.recordAccess(QLatin1String(action::DossierExport), uuid, QStringLiteral("H01.01-260302-0001"),
                                 QStringLiteral("pdf")));
    const QList<AuditEntry> all = rows();
    QCOMPARE(all.size(), 4); // sign-in, view, print, export
    QCOMPARE(all.at(0).action, QStringLiteral("session.sign_in"));
    for (int i = 1; i < 4; ++i) {
        QCOMPARE(all.at(i).actor, QStringLiteral("canbo1"));
        QCOMPARE(all.at(i).role, QStringLiteral("official"));
        QCOMPARE(all.at(i).dossierUuid, uuid);
        QVERIFY(all.at(i).occurredAt.isValid());
    }
    QCOMPARE(all.at(1).action, QStringLiteral("dossier.view"));
    QCOMPARE(all.at(2).action, QStringLiteral("dossier.print"));
    QCOMPARE(all.at(2).detail, QStringLiteral("receipt"));
    QCOMPARE(all.at(3).action, QStringLiteral("dossier.export"));
    QVERIFY(AuditTrail(*m_db).verify()->intact);
}

void tst_DeskSession::deniedAccessIsNotRecordedAndRefused()
{
    DeskSession session(*m_db, false);
    session.signIn(account("admin", Role::Administrator));
    const qint64 before = *AuditTrail(*m_db).count();
    QVERIFY(!session.recordAccess(QLatin1String(action::DossierView), QStringLiteral("u"), QStringLiteral("c")));
    QVERIFY(!session.recordAccess(QStringLiteral("audit.view"), QString(), QString())); // not a dossier action
    QCOMPARE(*AuditTrail(*m_db).count(), before);
}

void tst_DeskSession::switchAndLockAreRecorded()
{
    DeskSession session(*m_db, false);
    QSignalSpy changed(&session, &UserSession::userChanged);
    QSignalSpy locked(&session, &UserSession::locked);
    session.signIn(account("canbo1", Role::Official));
    session.notifyLocked(QStringLiteral("idle"));
    session.signIn(account("giamsat", Role::Supervisor));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(locked.count(), 1);
    QCOMPARE(session.role(), QStringLiteral("supervisor"));
    const QList<AuditEntry> all = rows();
    QStringList actions;
    for (const AuditEntry& e : all)
        actions.append(e.actor + QLatin1Char(':') + e.action + QLatin1Char(':') + e.detail);
    QCOMPARE(actions,
             (QStringList{QStringLiteral("canbo1:session.sign_in:"), QStringLiteral("canbo1:session.lock:idle"),
                          QStringLiteral("canbo1:session.sign_out:switch user"),
                          QStringLiteral("giamsat:session.sign_in:")}));
}

void tst_DeskSession::facesAreNotKeptByDefault()
{
    // No commune procedure of the catalogue needs the face kept (data/face-policy.json).
    QVERIFY(FacePolicy::builtIn().procedures().isEmpty());
    QVERIFY(!FacePolicy::builtIn().keepsFace(QStringLiteral("1.001193")));
    auto custom = FacePolicy::fromJson(R"({"keepFaceFor": ["2.000001"]})");
    QVERIFY(custom.ok());
    QVERIFY(custom->keepsFace(QStringLiteral("2.000001")));
    QVERIFY(!custom->keepsFace(QStringLiteral("1.001193")));
    QVERIFY(!FacePolicy::fromJson("[]").ok());
}

QTEST_GUILESS_MAIN(tst_DeskSession)
#include "tst_DeskSession.moc"
