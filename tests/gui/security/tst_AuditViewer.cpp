// The administrator's audit viewer (offscreen): rows with filters, dossier changes mirrored as they
// are shown, Verify naming the row someone altered, and export.
#include "AuditTableModel.h"
#include "AuditTrail.h"
#include "AuditViewer.h"
#include "Database.h"
#include "DeskSession.h"
#include "DossierRepository.h"
#include "LanguageManager.h"
#include "Screenshots.h"
#include "SecurityFixtures.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace motcua;
using namespace motcua::security;

namespace {

Account account(const char* login, Role role)
{
    Account a;
    a.id = 1;
    a.login = QString::fromLatin1(login);
    a.displayName = a.login;
    a.role = role;
    return a;
}

} // namespace

class tst_AuditViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsRowsNewestFirstWithFilters();
    void verifyNamesTheAlteredRow();
    void exportsTheTrail();

private:
    std::unique_ptr<AuditViewer> showViewer();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeskSession> m_admin;
    LanguageManager m_language;
};

void tst_AuditViewer::initTestCase()
{
    QVERIFY(m_language.setLanguage(test::testLanguage(), false));
}

void tst_AuditViewer::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
    QVERIFY(db);
    m_db = std::move(db).value();
    // An official's day: eight views and prints of dossiers.
    DeskSession official(*m_db, false);
    official.signIn(account("canbo1", Role::Official));
    for (int i = 1; i <= 8; ++i)
        QVERIFY(official.recordAccess(i % 2 ? QStringLiteral("dossier.view") : QStringLiteral("dossier.print"),
                                      QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                                      QStringLiteral("H01.01-260302-%1").arg(i, 4, 10, QLatin1Char('0'))));
    m_admin = std::make_unique<DeskSession>(*m_db, false);
    m_admin->signIn(account("quantri", Role::Administrator));
}

void tst_AuditViewer::cleanup()
{
    m_admin.reset();
    m_db.reset();
}

std::unique_ptr<AuditViewer> tst_AuditViewer::showViewer()
{
    auto viewer = std::make_unique<AuditViewer>(m_db->path(), m_admin.get());
    QSignalSpy loaded(viewer.get(), &AuditViewer::loaded);
    viewer->resize(1200, 600);
    viewer->show();
    // The first load may finish while the window is being exposed: count what already arrived.
    if (!QTest::qWaitForWindowExposed(viewer.get()) || (loaded.isEmpty() && !loaded.wait(10000)))
        return nullptr;
    return viewer;
}

void tst_AuditViewer::showsRowsNewestFirstWithFilters()
{
    // A dossier received meanwhile by another module: mirrored from its event when the viewer loads.
    auto created = DossierRepository(*m_db).create(
        test::citizenDossier(QStringLiteral("Người Thử"), QStringLiteral("001199000001")), {},
        CodeRequest{QStringLiteral("Q01"), true});
    QVERIFY2(created.ok(), qPrintable(created.error().message));

    auto viewer = showViewer();
    QVERIFY(viewer);
    AuditTableModel* model = viewer->model();
    // sign-ins (2), eight accesses, the admin opening the trail, the mirrored reception.
    QCOMPARE(model->rowCount(), 12);
    test::saveScreenshot(viewer.get(), QStringLiteral("audit-viewer"));
    QCOMPARE(model->entries().first().action, QStringLiteral("dossier.create"));
    QVERIFY(model->entries().first().seq > model->entries().last().seq);
    // The rows name dossiers by code only: the citizen's name is nowhere in the trail.
    for (const AuditEntry& e : model->entries())
        QVERIFY(!(e.detail + e.dossierCode + e.actor).contains(QStringLiteral("Người Thử")));

    QSignalSpy loaded(viewer.get(), &AuditViewer::loaded);
    QTest::keyClicks(viewer->findChild<QLineEdit*>(QStringLiteral("auditDossier")),
                     QStringLiteral("H01.01-260302-0004"));
    QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("auditApply")), Qt::LeftButton);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entries().first().action, QStringLiteral("dossier.print"));
    QCOMPARE(model->data(model->index(0, AuditTableModel::Actor)).toString(), QStringLiteral("canbo1"));

    viewer->findChild<QLineEdit*>(QStringLiteral("auditDossier"))->clear();
    viewer->findChild<QComboBox*>(QStringLiteral("auditAction"))->setCurrentText(QStringLiteral("dossier.view"));
    viewer->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), 4);
}

void tst_AuditViewer::verifyNamesTheAlteredRow()
{
    auto viewer = showViewer();
    QVERIFY(viewer);
    QSignalSpy verified(viewer.get(), &AuditViewer::verified);
    QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QVERIFY(verified.wait(10000));
    QVERIFY(verified.last().first().value<AuditVerification>().intact);
    QCOMPARE(viewer->model()->brokenSeq(), 0);

    // Someone with the file rewrites who printed dossier 4 (row 5: row 1 is the official's sign-in).
    QCOMPARE(sqlite3_exec(m_db->handle(),
                          "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE seq = 5",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    QSignalSpy loaded(viewer.get(), &AuditViewer::loaded);
    viewer->refresh();
    QVERIFY(loaded.wait(10000));
    QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QVERIFY(verified.wait(10000));
    const auto v = verified.last().first().value<AuditVerification>();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBadSeq, 5);
    const QString status = viewer->findChild<QLabel*>(QStringLiteral("auditStatus"))->text();
    QVERIFY2(status.contains(QLatin1String(" 5")), qPrintable(status));
    test::saveScreenshot(viewer.get(), QStringLiteral("audit-viewer-broken"));
    // The broken row is picked out in the table.
    QCOMPARE(viewer->model()->brokenSeq(), 5);
    const int row = viewer->model()->rowOf(5);
    QVERIFY(row >= 0);
    QVERIFY(viewer->model()->data(viewer->model()->index(row, 0), Qt::BackgroundRole).isValid());
    QCOMPARE(viewer->table()->selectionModel()->selectedRows().value(0).row(), row);
}

void tst_AuditViewer::exportsTheTrail()
{
    auto viewer = showViewer();
    QVERIFY(viewer);
    QSignalSpy exported(viewer.get(), &AuditViewer::exported);
    const QString path = m_dir.filePath(QStringLiteral("audit-export.json"));
    viewer->exportTo(path);
    QVERIFY(exported.wait(10000));
    QVERIFY(exported.last().first().toBool());
    const QJsonArray rows =
        QJsonDocument::fromJson(test::readAll(path)).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 11); // sign-ins, accesses and the admin opening the trail
    // The export itself is recorded.
    auto last = AuditTrail(*m_db).query({});
    QCOMPARE(last->first().action, QStringLiteral("audit.export"));
    QCOMPARE(last->first().actor, QStringLiteral("quantri"));
    QCOMPARE(last->first().detail, QStringLiteral("json"));
}

QTEST_MAIN(tst_AuditViewer)
#include "tst_AuditViewer.moc"
