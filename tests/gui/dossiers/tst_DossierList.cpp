// The dossier list over a seeded desk: search without diacritics through the FTS index, the filters
// (state, procedure, dates, overdue, due soon), the sync column from the outbox, paging a large table
// without loading it, and the keyboard (Ctrl+F, Enter, Esc). Offscreen, with screenshots.

#include "Database.h"
#include "DossierFixtures.h"
#include "DossierListModel.h"
#include "DossierListPage.h"
#include "DossierPage.h"
#include "PdfInspect.h"
#include "PdfPreviewDialog.h"
#include "Seeder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

class tst_DossierList : public QObject
{
    Q_OBJECT

private:
    DossierDesk* m_desk = nullptr;
    DossierListPage* m_page = nullptr;
    Dossier m_anh;   // received Thu 05/03 09:15, due by the calendar before Mon 09/03: overdue then
    Dossier m_huong; // received 02/03, due 03/03: overdue
    Dossier m_binh;  // result handed over: never overdue
    Dossier m_dung;  // processing, due Tue 10/03 09:00: due soon on Mon 09/03
    Dossier m_khanh; // another procedure (marriage), received in January
    const QDateTime m_now = vnTime(2026, 3, 9, 10, 0);

    QStringList codes() const
    {
        QStringList out;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            out.append(m_page->model()->rowAt(row)->code);
        out.sort();
        return out;
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* w = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    void search(const QString& text)
    {
        child<QLineEdit>("searchEdit")->setText(text);
        m_page->applyFilter();
    }

    QString syncText(const Dossier& d, int role = Qt::DisplayRole) const
    {
        const int row = m_page->model()->rowOf(d.uuid);
        return m_page->model()->index(row, DossierListModel::Sync).data(role).toString();
    }

private slots:
    void initTestCase()
    {
        m_desk = new DossierDesk;
        QVERIFY(m_desk->openDesk());
        m_anh = m_desk->receive(QStringLiteral("Đặng Văn Ánh"), QStringLiteral("001190012345"),
                                QStringLiteral("Xóm Đồng Chằm, xã Tân Lập, tỉnh Phú Thọ"), vnTime(2026, 3, 5, 9, 15));
        m_huong = m_desk->store(QStringLiteral("Nguyễn Thị Hương"), QStringLiteral("001190054321"),
                                QStringLiteral("1.001193"), DossierState::Received, vnTime(2026, 3, 2, 8, 0),
                                vnTime(2026, 3, 3, 10, 0));
        m_binh =
            m_desk->store(QStringLiteral("Trần Văn Bình"), QStringLiteral("001090067890"), QStringLiteral("1.001193"),
                          DossierState::Returned, vnTime(2026, 2, 2, 14, 0), vnTime(2026, 2, 3, 14, 0));
        m_dung =
            m_desk->store(QStringLiteral("Lê Thị Dung"), QStringLiteral("001190011111"), QStringLiteral("1.001193"),
                          DossierState::Processing, vnTime(2026, 3, 6, 9, 0), vnTime(2026, 3, 10, 9, 0));
        m_khanh =
            m_desk->store(QStringLiteral("Phạm Quốc Khánh"), QStringLiteral("001090022222"), QStringLiteral("1.000894"),
                          DossierState::Received, vnTime(2026, 1, 12, 9, 0), vnTime(2026, 1, 15, 9, 0));
        QVERIFY(m_anh.dueAt.isValid());
        QVERIFY(m_anh.dueAt > m_anh.receivedAt && m_anh.dueAt < m_now); // to the minute, before Monday

        m_page = new DossierListPage(m_desk->shared);
        m_page->resize(1366 - 220, 768 - 90);
        m_page->setNow(m_now);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }

    void cleanupTestCase()
    {
        delete m_page;
        delete m_desk;
    }

    void init()
    {
        // Every test starts from the whole list.
        child<QLineEdit>("searchEdit")->clear();
        child<QComboBox>("stateFilter")->setCurrentIndex(0);
        child<QComboBox>("procedureFilter")->setCurrentIndex(0);
        child<QCheckBox>("dateFilter")->setChecked(false);
        child<QCheckBox>("overdueFilter")->setChecked(false);
        child<QCheckBox>("dueSoonFilter")->setChecked(false);
        m_page->showList();
        m_page->applyFilter();
    }

    void listsEveryDossierNewestFirst()
    {
        QCOMPARE(m_page->model()->rowCount(), 5);
        QCOMPARE(m_page->model()->rowAt(0)->uuid, m_dung.uuid); // received 06/03, the latest
        QCOMPARE(m_page->model()->rowAt(4)->uuid, m_khanh.uuid);
        QVERIFY(!m_page->model()->hasMore());
        // Due with hour and minute; overdue rows marked.
        const int anh = m_page->model()->rowOf(m_anh.uuid);
        const QString due = m_page->model()->index(anh, DossierListModel::Due).data().toString();
        QVERIFY2(due.startsWith(m_anh.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))), qPrintable(due));
        QVERIFY2(due.contains(QStringLiteral("overdue")), qPrintable(due));
        QVERIFY(m_page->model()->index(anh, 0).data(DossierListModel::OverdueRole).toBool());
        QVERIFY(m_page->model()->index(anh, 0).data(Qt::BackgroundRole).isValid());
        const int binh = m_page->model()->rowOf(m_binh.uuid);
        QVERIFY(!m_page->model()->index(binh, 0).data(DossierListModel::OverdueRole).toBool());
        QVERIFY(
            !m_page->model()->index(binh, DossierListModel::Due).data().toString().contains(QStringLiteral("overdue")));
        QVERIFY(m_page->model()
                    ->index(m_page->model()->rowOf(m_dung.uuid), 0)
                    .data(DossierListModel::DueSoonRole)
                    .toBool());
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("list")));
    }

    void searchWithoutDiacritics()
    {
        search(QStringLiteral("dang van anh"));
        QCOMPARE(codes(), QStringList{m_anh.code});
        search(QStringLiteral("Đặng Văn Ánh"));
        QCOMPARE(codes(), QStringList{m_anh.code});
        search(QStringLiteral("ĐẶNG VĂN ÁNH"));
        QCOMPARE(codes(), QStringList{m_anh.code});
        // By ID number, by code, by address without diacritics.
        search(QStringLiteral("001190054321"));
        QCOMPARE(codes(), QStringList{m_huong.code});
        search(m_binh.code);
        QCOMPARE(codes(), QStringList{m_binh.code});
        search(QStringLiteral("xom dong cham"));
        QCOMPARE(codes(), QStringList{m_anh.code});
        search(QStringLiteral("thi"));
        QCOMPARE(codes(), sorted({m_huong.code, m_dung.code}));
        search(QStringLiteral("khong co ai"));
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(child<QLabel>("countLabel")->text().contains(QStringLiteral("No dossier")));
        // Search and filters narrow together.
        search(QStringLiteral("thi"));
        child<QCheckBox>("overdueFilter")->setChecked(true);
        QCOMPARE(codes(), QStringList{m_huong.code});
        search(QStringLiteral("dang van anh"));
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("list-search")));
    }

    void searchBoxWaitsForAPauseInTyping()
    {
        QLineEdit* edit = child<QLineEdit>("searchEdit");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("dung"));
        QCOMPARE(m_page->model()->rowCount(), 5); // not yet
        QTRY_COMPARE(codes(), QStringList{m_dung.code});
    }

    void filtersNarrowTheRows()
    {
        QCheckBox* overdue = child<QCheckBox>("overdueFilter");
        overdue->setChecked(true);
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code, m_khanh.code}));
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->index(row, 0).data(DossierListModel::OverdueRole).toBool());
        overdue->setChecked(false);

        child<QCheckBox>("dueSoonFilter")->setChecked(true);
        QCOMPARE(codes(), QStringList{m_dung.code});
        child<QCheckBox>("dueSoonFilter")->setChecked(false);

        QComboBox* state = child<QComboBox>("stateFilter");
        state->setCurrentIndex(state->findData(nationalStatusCode(DossierState::Returned)));
        QCOMPARE(codes(), QStringList{m_binh.code});
        state->setCurrentIndex(state->findData(nationalStatusCode(DossierState::Processing)));
        QCOMPARE(codes(), QStringList{m_dung.code});
        state->setCurrentIndex(state->findData(nationalStatusCode(DossierState::Received)));
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code, m_khanh.code}));
        state->setCurrentIndex(state->findData(0)); // open
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code, m_dung.code, m_khanh.code}));
        // State and overdue together.
        overdue->setChecked(true);
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code, m_khanh.code}));
        overdue->setChecked(false);
        state->setCurrentIndex(0);

        QComboBox* procedure = child<QComboBox>("procedureFilter");
        procedure->setCurrentIndex(procedure->findData(QStringLiteral("1.000894")));
        QCOMPARE(codes(), QStringList{m_khanh.code});
        procedure->setCurrentIndex(0);

        child<QDateEdit>("fromDate")->setDate(QDate(2026, 3, 2));
        child<QDateEdit>("toDate")->setDate(QDate(2026, 3, 5));
        child<QCheckBox>("dateFilter")->setChecked(true);
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code}));
        child<QDateEdit>("toDate")->setDate(QDate(2026, 3, 6));
        QCOMPARE(codes(), sorted({m_anh.code, m_huong.code, m_dung.code}));
        child<QCheckBox>("dateFilter")->setChecked(false);
        QCOMPARE(m_page->model()->rowCount(), 5);
    }

    void syncColumnFollowsTheOutbox()
    {
        Outbox outbox(*m_desk->db);
        QCOMPARE(syncText(m_anh), QStringLiteral("Queued"));

        // The sync service claims the entries: sending.
        const auto batch = outbox.claimBatch(100, QDateTime::currentDateTime());
        QVERIFY(batch);
        QVERIFY(!batch->isEmpty());
        m_page->refreshSyncStates();
        QCOMPARE(syncText(m_anh), QStringLiteral("Sending"));

        // Anh's entry fails with a reason: failed, the reason as tooltip; the others are synced.
        for (const OutboxEntry& entry : *batch) {
            if (entry.dossierUuid == m_anh.uuid)
                QVERIFY(outbox.markFailed(entry.id, entry.revision,
                                          QStringLiteral("registry answered 503: service unavailable"),
                                          QDateTime::currentDateTime().addSecs(300)));
            else
                QVERIFY(outbox.markSynced(entry.id, entry.revision));
        }
        m_page->refreshSyncStates();
        QCOMPARE(syncText(m_anh), QStringLiteral("Failed"));
        QVERIFY2(syncText(m_anh, Qt::ToolTipRole).contains(QStringLiteral("503: service unavailable")),
                 qPrintable(syncText(m_anh, Qt::ToolTipRole)));
        QCOMPARE(m_page->model()
                     ->index(m_page->model()->rowOf(m_anh.uuid), 0)
                     .data(DossierListModel::SyncErrorRole)
                     .toString(),
                 QStringLiteral("registry answered 503: service unavailable"));
        QCOMPARE(syncText(m_huong), QStringLiteral("Synced"));
        // A fresh read of the list says the same.
        m_page->applyFilter();
        QCOMPARE(syncText(m_anh), QStringLiteral("Failed"));
        QCOMPARE(syncText(m_huong), QStringLiteral("Synced"));
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("list-sync")));

        // Retried and confirmed: synced.
        QVERIFY(outbox.retryNow(m_anh.uuid));
        const auto again = outbox.claimBatch(100, QDateTime::currentDateTime());
        QVERIFY(again);
        for (const OutboxEntry& entry : *again)
            QVERIFY(outbox.markSynced(entry.id, entry.revision));
        m_page->refreshSyncStates();
        QCOMPARE(syncText(m_anh), QStringLiteral("Synced"));
        QVERIFY(syncText(m_anh, Qt::ToolTipRole).contains(QStringLiteral("Synced")));
    }

    void keyboardFindsAndOpens()
    {
        QTableView* table = m_page->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* edit = child<QLineEdit>("searchEdit");
        QTRY_VERIFY(edit->hasFocus());

        // One match: Enter in the search box opens it.
        QTest::keyClicks(edit, QStringLiteral("dang van anh"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(m_page->isShowingDossier());
        QCOMPARE(m_page->dossierPage()->uuid(), m_anh.uuid);
        QTest::keyClick(m_page->dossierPage(), Qt::Key_Escape);
        QVERIFY(!m_page->isShowingDossier());

        // Ctrl+F from the dossier page comes back to the search box.
        QVERIFY(m_page->openDossier(m_binh.uuid));
        QTest::keyClick(m_page->dossierPage(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(!m_page->isShowingDossier());
        QTRY_VERIFY(edit->hasFocus());

        // Several matches: Enter goes to the table, Enter again opens the selected row.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("thi"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!m_page->isShowingDossier());
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Down);
        const QString second = m_page->model()->rowAt(1)->uuid;
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(m_page->isShowingDossier());
        QCOMPARE(m_page->dossierPage()->uuid(), second);
        m_page->showList();
    }

    void lockClearsTheScreen()
    {
        StubSession session;
        m_page->setSession(&session);
        search(QStringLiteral("dang van anh"));
        QVERIFY(m_page->openRow(0));
        QVERIFY(m_page->isShowingDossier());
        QCOMPARE(session.accesses.size(), 1);
        QCOMPARE(session.accesses.at(0).at(0), QStringLiteral("dossier.view"));
        session.lock();
        QVERIFY(!m_page->isShowingDossier());
        QVERIFY(!m_page->dossierPage()->dossier());
        QVERIFY(child<QLineEdit>("searchEdit")->text().isEmpty());
        QCOMPARE(m_page->model()->rowCount(), 5);
        m_page->setSession(nullptr);
    }

    void logBookForADateRange()
    {
        auto* preview = m_page->openLogBook(QDate(2026, 3, 1), QDate(2026, 3, 9));
        QVERIFY(preview);
        const PdfInspect pdf = PdfInspect::load(preview->pdf());
        QVERIFY(pdf.ok());
        const QSizeF size = pdf.pageSizeMm(0);
        QVERIFY2(qAbs(size.width() - 297) < 2 && qAbs(size.height() - 210) < 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height()))); // A4 landscape
        const QString text = pdf.text();
        QVERIFY2(text.contains(m_anh.code), qPrintable(text));
        QVERIFY(text.contains(m_huong.code));
        QVERIFY(!text.contains(m_khanh.code)); // January
        QTRY_COMPARE(preview->renderedPages(), preview->pageCount());
        QVERIFY(DossierDesk::screenshot(preview, QStringLiteral("logbook-preview")));
        preview->close();
    }

    void vietnameseList()
    {
        auto translator = installVietnamese();
        QVERIFY(translator);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QCOMPARE(m_page->model()->headerData(DossierListModel::Due, Qt::Horizontal).toString(),
                 QStringLiteral("Hẹn trả"));
        const int row = m_page->model()->rowOf(m_huong.uuid);
        QCOMPARE(m_page->model()->index(row, DossierListModel::State).data().toString(),
                 QStringLiteral("Được tiếp nhận"));
        QVERIFY(
            m_page->model()->index(row, DossierListModel::Due).data().toString().endsWith(QStringLiteral("(quá hạn)")));
        QComboBox* state = child<QComboBox>("stateFilter");
        QCOMPARE(state->itemText(state->findData(nationalStatusCode(DossierState::Returned))),
                 QStringLiteral("Đã trả kết quả"));
        child<QCheckBox>("overdueFilter")->setChecked(true);
        QTest::qWait(50);
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("list-vi-overdue")));
        child<QCheckBox>("overdueFilter")->setChecked(false);
        QCoreApplication::removeTranslator(translator.get());
        QCoreApplication::sendEvent(m_page, &change);
    }

    void pagesThroughALargeTableWithoutLoadingIt()
    {
        DossierDesk big;
        QVERIFY(big.openDesk());
        SeedOptions options;
        options.count = 450;
        options.lastDay = QDate(2026, 3, 6);
        options.perDay = 40;
        QVERIFY(Seeder(*big.db).run(options));

        DossierListModel model(*big.db);
        model.setNow(m_now);
        model.setFilter({});
        QCOMPARE(model.rowCount(), DossierListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSet<QString> seen;
        QDateTime previous;
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        for (int row = 0; row < model.rowCount(); ++row) {
            const DossierListRow* r = model.rowAt(row);
            QVERIFY(!seen.contains(r->uuid));
            seen.insert(r->uuid);
            if (previous.isValid())
                QVERIFY(r->receivedAt <= previous);
            previous = r->receivedAt;
        }

        // The plans walk an index and stop at the LIMIT: no scan and sort of the whole table.
        auto plan = [&](const DossierListFilter& filter) {
            DossierListCursor cursor;
            cursor.atStart = false;
            cursor.receivedAt = m_now;
            cursor.id = 1000;
            cursor.searchOrder = !filter.search.isEmpty();
            QByteArray sql = "EXPLAIN QUERY PLAN " + DossierListQuery::sql(filter, cursor, false);
            Statement s = big.db->prepare(sql.constData());
            QStringList lines;
            while (s.next())
                lines.append(QStringLiteral("%1 %2 %3").arg(s.int64(0)).arg(s.int64(1)).arg(s.text(3)));
            return lines.join(QLatin1Char('\n'));
        };
        const QString all = plan({});
        QVERIFY2(all.contains(QStringLiteral("dossiers_received_at")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("TEMP B-TREE")), qPrintable(all));
        DossierListFilter byProcedure;
        byProcedure.procedureCode = QStringLiteral("1.001193");
        byProcedure.states = {DossierState::Returned};
        const QString procedure = plan(byProcedure);
        QVERIFY2(!procedure.contains(QStringLiteral("TEMP B-TREE")), qPrintable(procedure));
        DossierListFilter searching;
        searching.search = QStringLiteral("nguyen");
        const QString found = plan(searching);
        QVERIFY2(found.contains(QStringLiteral("VIRTUAL TABLE")), qPrintable(found));
        QVERIFY2(!found.contains(QStringLiteral("TEMP B-TREE")), qPrintable(found));

        // Search results page the same way.
        searching.now = m_now;
        DossierListQuery query(*big.db);
        DossierListCursor cursor;
        const auto first = query.page(searching, &cursor, 10);
        QVERIFY(first);
        if (first->size() == 10) {
            const auto second = query.page(searching, &cursor, 10);
            QVERIFY(second);
            for (const DossierListRow& r : *second)
                for (const DossierListRow& f : *first)
                    QVERIFY(r.uuid != f.uuid);
        }
    }
};

QTEST_MAIN(tst_DossierList)
#include "tst_DossierList.moc"
