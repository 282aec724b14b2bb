// The dossier page over a dossier received at the desk: header, timeline, documents with the PDF
// preview, and the life-cycle actions with DeskActions' legal rules — one supplement request, one
// extension, refusal with reasons, withdrawal, hand-over — each accepted action adding exactly one event
// and one outbox entry, each refused one showing why and writing nothing, and the forms they print
// (read back with Poppler). Offscreen, with screenshots.

#include "ActionDialog.h"
#include "DeskActions.h"
#include "DossierFixtures.h"
#include "DossierPage.h"
#include "DossierText.h"
#include "PdfInspect.h"
#include "PdfPreviewDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

class tst_DossierPage : public QObject
{
    Q_OBJECT

private:
    DossierDesk* m_desk = nullptr;
    DossierPage* m_page = nullptr;
    Dossier m_dossier;
    const QDateTime m_now = vnTime(2026, 3, 5, 10, 0);

    template <typename T>
    T* child(const char* name) const
    {
        T* w = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QString label(const char* name) const { return child<QLabel>(name)->text(); }

    struct Counts
    {
        qint64 events = 0;
        qint64 outbox = 0;
    };
    Counts counts() const { return {m_desk->events(m_dossier.uuid), m_desk->outbox(m_dossier.uuid)}; }

    QString previewText() const
    {
        PdfPreviewDialog* preview = m_page->lastPreview();
        return preview ? PdfInspect::load(preview->pdf()).text() : QStringLiteral("<no preview>");
    }

    QStringList timelineActions() const
    {
        QStringList actions;
        auto* tree = child<QTreeWidget>("timeline");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            actions.append(tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
        return actions;
    }

private slots:
    void init()
    {
        m_desk = new DossierDesk;
        QVERIFY(m_desk->openDesk());
        m_dossier = m_desk->receive(QStringLiteral("Đặng Văn Ánh"), QStringLiteral("001190012345"),
                                    QStringLiteral("Xóm Đồng Chằm, xã Tân Lập"), vnTime(2026, 3, 5, 9, 15));
        m_page = new DossierPage(m_desk->shared);
        m_page->setNow(m_now);
        m_page->resize(1366 - 220, 768 - 90);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        QVERIFY(m_page->showDossier(m_dossier.uuid));
    }

    void cleanup()
    {
        delete m_page;
        m_page = nullptr;
        delete m_desk;
        m_desk = nullptr;
    }

    void headerTimelineAndDocuments()
    {
        QCOMPARE(label("codeLabel"), m_dossier.code);
        QVERIFY(m_dossier.code.startsWith(QStringLiteral("TAM-")));
        QVERIFY2(label("codeKindLabel").contains(QStringLiteral("provisional")), qPrintable(label("codeKindLabel")));
        QVERIFY(label("procedureLabel").contains(QStringLiteral("Đăng ký khai sinh")));
        QVERIFY(label("procedureLabel").contains(QStringLiteral("1.001193")));
        QVERIFY(label("applicantLabel").contains(QStringLiteral("Đặng Văn Ánh")));
        QVERIFY(label("applicantLabel").contains(QStringLiteral("001190012345")));
        QCOMPARE(label("stateLabel"), DossierText::stateName(DossierState::Received));
        QVERIFY2(label("receivedLabel").contains(QStringLiteral("09:15 05/03/2026")),
                 qPrintable(label("receivedLabel")));
        QVERIFY2(label("dueLabel").contains(m_dossier.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
                 qPrintable(label("dueLabel")));
        QVERIFY(!label("dueLabel").contains(QStringLiteral("OVERDUE")));

        auto* timeline = child<QTreeWidget>("timeline");
        QCOMPARE(timeline->topLevelItemCount(), 1);
        QCOMPARE(timeline->topLevelItem(0)->text(1), QStringLiteral("canbo1"));
        QCOMPARE(timeline->topLevelItem(0)->text(0), QStringLiteral("09:15 05/03/2026"));
        QVERIFY(timeline->topLevelItem(0)->text(2).contains(QStringLiteral("Dossier received")));

        auto* documents = child<QTableWidget>("documents");
        QCOMPARE(documents->rowCount(), m_dossier.components.size());
        int scanned = -1;
        for (int row = 0; row < documents->rowCount(); ++row)
            if (m_dossier.components.at(row).componentId == QLatin1String("giay-chung-sinh"))
                scanned = row;
        QVERIFY(scanned >= 0);
        QCOMPARE(documents->item(scanned, 2)->text(), QStringLiteral("2")); // pages
        QVERIFY(!documents->item(scanned, 3)->text().isEmpty());            // size
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("page")));

        // The scanned PDF opens in the preview (Poppler).
        PdfPreviewDialog* preview = m_page->openComponent(scanned);
        QVERIFY(preview);
        QCOMPARE(preview->pageCount(), 2);
        QVERIFY2(preview->text().contains(QStringLiteral("Giấy chứng sinh")), qPrintable(preview->text()));
        QTRY_COMPARE(preview->renderedPages(), 2);
        QVERIFY(DossierDesk::screenshot(preview, QStringLiteral("component-preview")));
        preview->close();

        // A component shown only has no file: the page says so instead of opening nothing.
        int shownOnly = -1;
        for (int row = 0; row < documents->rowCount(); ++row)
            if (m_dossier.components.at(row).status == ComponentStatus::ShownOnly)
                shownOnly = row;
        QVERIFY(shownOnly >= 0);
        QVERIFY(!m_page->openComponent(shownOnly));
        QVERIFY(!m_page->message().isEmpty());
    }

    void vietnameseHeader()
    {
        auto translator = installVietnamese();
        QVERIFY(translator);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QCOMPARE(label("stateLabel"), QStringLiteral("Được tiếp nhận"));
        QCOMPARE(DossierText::stateName(DossierState::Returned), QStringLiteral("Đã trả kết quả"));
        QCOMPARE(child<QPushButton>("actionSupplement")->text(), QStringLiteral("Yêu cầu bổ sung"));
        QVERIFY(
            m_page->perform(ActionDialog::Kind::Supplement, {{QStringLiteral("Bản chính Giấy chứng sinh")}, {}, {}, {}})
                .isEmpty());
        QCOMPARE(label("stateLabel"), QStringLiteral("Yêu cầu bổ sung giấy tờ"));
        QVERIFY(m_page->lastPreview());
        m_page->lastPreview()->close();
        QTest::qWait(50); // the layout settles as it would in the event loop
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("page-vi")));
        QCoreApplication::removeTranslator(translator.get());
    }

    void supplementOnceThroughTheDialog()
    {
        const Counts before = counts();
        QTest::mouseClick(child<QPushButton>("actionSupplement"), Qt::LeftButton);
        auto* dialog = m_page->findChild<ActionDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // Nothing listed: the model refuses, the dialog stays open with the reason.
        dialog->setText(QStringLiteral("Bản chụp không rõ"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveActionButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->errorText(), DeskActions::messageFor(Error{QStringLiteral("action.items"), {}}));
        QCOMPARE(counts().events, before.events);
        QCOMPARE(counts().outbox, before.outbox);

        dialog->findChild<QPlainTextEdit*>(QStringLiteral("linesEdit"))
            ->setPlainText(QStringLiteral("Bản chính Giấy chứng sinh\nGiấy xác nhận cư trú"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveActionButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_page->findChild<ActionDialog*>() || !m_page->findChild<ActionDialog*>()->isVisible());

        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
        QCOMPARE(label("stateLabel"), DossierText::stateName(DossierState::SupplementRequested));
        QCOMPARE(timelineActions().constLast(), QStringLiteral("request_supplement"));

        // The supplement request opened for print, with the code and what to add.
        const QString text = previewText();
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Bản chính Giấy chứng sinh")));
        QVERIFY(text.contains(QStringLiteral("Giấy xác nhận cư trú")));
        QVERIFY(text.contains(QStringLiteral("Bản chụp không rõ")));
        QTRY_COMPARE(m_page->lastPreview()->renderedPages(), m_page->lastPreview()->pageCount());
        QVERIFY(DossierDesk::screenshot(m_page->lastPreview(), QStringLiteral("supplement-preview")));
        m_page->lastPreview()->close();

        // Completed: the clock restarts from then (one event, one entry).
        const Counts mid = counts();
        const QDateTime oldDue = m_page->dossier()->dueAt;
        QCOMPARE(m_page->perform(ActionDialog::Kind::CompleteSupplement, {{}, {}, {}, vnTime(2026, 3, 9, 8, 0)}),
                 QString());
        QCOMPARE(counts().events, mid.events + 1);
        QCOMPARE(counts().outbox, mid.outbox + 1);
        QVERIFY(m_page->dossier()->dueAt > oldDue);
        QCOMPARE(m_page->dossier()->dueAt.date(), QDate(2026, 3, 9));

        // A second request: refused with the legal reason, before any dialog, and nothing written.
        const Counts after = counts();
        QTest::mouseClick(child<QPushButton>("actionSupplement"), Qt::LeftButton);
        const QString reason = DeskActions::messageFor(Error{QStringLiteral("lifecycle.supplement_once"), {}});
        QCOMPARE(m_page->message(), reason);
        const QList<ActionDialog*> dialogs = m_page->findChildren<ActionDialog*>();
        for (ActionDialog* d : dialogs)
            QVERIFY(!d->isVisible());
        QCOMPARE(m_page->perform(ActionDialog::Kind::Supplement, {{QStringLiteral("Thêm giấy tờ")}, {}, {}, {}}),
                 reason);
        QCOMPARE(counts().events, after.events);
        QCOMPARE(counts().outbox, after.outbox);
        QVERIFY(child<QPushButton>("actionSupplement")->toolTip().contains(reason));
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("page-refused-action")));
    }

    void extensionOnce()
    {
        const Counts before = counts();
        const QDateTime newDue = vnTime(2026, 3, 10, 16, 30);
        QCOMPARE(m_page->perform(ActionDialog::Kind::Extend,
                                 {{}, QStringLiteral("Cần xác minh với cơ sở y tế"), {}, newDue}),
                 QString());
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
        QCOMPARE(m_page->dossier()->dueAt, newDue);
        QVERIFY2(label("dueLabel").contains(QStringLiteral("16:30 10/03/2026")), qPrintable(label("dueLabel")));
        QVERIFY(label("dueLabel").contains(m_dossier.dueAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
        const QString apology = previewText();
        QVERIFY2(apology.contains(m_dossier.code), qPrintable(apology));
        QVERIFY(apology.contains(QStringLiteral("Cần xác minh với cơ sở y tế")));
        QVERIFY(apology.contains(QStringLiteral("16 giờ 30 phút, ngày 10 tháng 03 năm 2026")));

        const QString reason = DeskActions::messageFor(Error{QStringLiteral("lifecycle.extension_once"), {}});
        QCOMPARE(m_page->perform(ActionDialog::Kind::Extend,
                                 {{}, QStringLiteral("Lần nữa"), {}, vnTime(2026, 3, 12, 16, 30)}),
                 reason);
        QCOMPARE(m_page->message(), reason);
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
        QCOMPARE(m_page->dossier()->dueAt, newDue);
        QVERIFY(m_page->openAction(ActionDialog::Kind::Extend) == nullptr);
    }

    void refusalWithReasons()
    {
        const Counts before = counts();
        QCOMPARE(m_page->perform(ActionDialog::Kind::Refuse, {}),
                 DeskActions::messageFor(Error{QStringLiteral("action.reasons"), {}}));
        QCOMPARE(counts().events, before.events);
        QCOMPARE(
            m_page->perform(ActionDialog::Kind::Refuse, {{QStringLiteral("Không thuộc thẩm quyền của UBND xã"),
                                                          QStringLiteral("Người đi đăng ký không có giấy ủy quyền")},
                                                         {},
                                                         {},
                                                         {}}),
            QString());
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
        QCOMPARE(m_page->dossier()->state, DossierState::Refused);
        const QString text = previewText();
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Không thuộc thẩm quyền của UBND xã")));
        QVERIFY(text.contains(QStringLiteral("Người đi đăng ký không có giấy ủy quyền")));
        QTRY_COMPARE(m_page->lastPreview()->renderedPages(), m_page->lastPreview()->pageCount());
        QVERIFY(DossierDesk::screenshot(m_page->lastPreview(), QStringLiteral("refusal-preview")));

        // Printing paints every page (to a PDF printer here); saving writes the same bytes.
        QTemporaryDir out;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out.filePath(QStringLiteral("printed.pdf")));
        printer.setPageSize(QPageSize(QPageSize::A5));
        QVERIFY(m_page->lastPreview()->printTo(printer));
        const PdfInspect printed = PdfInspect::loadFile(out.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(printed.ok());
        QCOMPARE(printed.pages(), m_page->lastPreview()->pageCount());
        QVERIFY(m_page->lastPreview()->saveTo(out.filePath(QStringLiteral("saved.pdf"))));
        QFile saved(out.filePath(QStringLiteral("saved.pdf")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_page->lastPreview()->pdf());

        // A refused dossier is finished: the other actions say why they cannot run.
        QVERIFY(
            !m_page->perform(ActionDialog::Kind::StartProcessing, {{}, QStringLiteral("Tư pháp"), {}, {}}).isEmpty());
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
    }

    void handOverTheResult()
    {
        QCOMPARE(m_page->perform(ActionDialog::Kind::ReturnResult, {{}, QStringLiteral("Đặng Văn Ánh"), {}, {}}),
                 DeskActions::messageFor(Error{QStringLiteral("lifecycle.illegal_transition"), {}}));
        Counts before = counts();
        QCOMPARE(m_page->perform(ActionDialog::Kind::StartProcessing,
                                 {{}, QStringLiteral("Công chức Tư pháp – Hộ tịch"), {}, {}}),
                 QString());
        QCOMPARE(m_page->perform(ActionDialog::Kind::Resolve, {{}, QStringLiteral("Đã ký Giấy khai sinh"), {}, {}}),
                 QString());
        QCOMPARE(counts().events, before.events + 2);
        QCOMPARE(counts().outbox, before.outbox + 2);
        before = counts();
        QCOMPARE(m_page->perform(ActionDialog::Kind::ReturnResult, {{}, {}, {}, {}}),
                 DeskActions::messageFor(Error{QStringLiteral("action.receiver"), {}}));
        QCOMPARE(m_page->perform(
                     ActionDialog::Kind::ReturnResult,
                     {{}, QStringLiteral("Đặng Văn Ánh"), QStringLiteral("001190012345"), vnTime(2026, 3, 6, 14, 5)}),
                 QString());
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
        QCOMPARE(m_page->dossier()->state, DossierState::Returned);
        auto* timeline = child<QTreeWidget>("timeline");
        QTreeWidgetItem* last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
        QCOMPARE(last->text(0), QStringLiteral("14:05 06/03/2026"));
        QCOMPARE(last->text(1), QStringLiteral("canbo1"));
        QVERIFY2(last->text(3).contains(QStringLiteral("Đặng Văn Ánh")), qPrintable(last->text(3)));
        QVERIFY(last->text(3).contains(QStringLiteral("001190012345")));
        QCOMPARE(timelineActions(), (QStringList{QStringLiteral("create"), QStringLiteral("start_processing"),
                                                 QStringLiteral("resolve"), QStringLiteral("return_result")}));
        QVERIFY(DossierDesk::screenshot(m_page, QStringLiteral("page-returned")));

        // The control sheet carries every handover.
        PdfPreviewDialog* control = m_page->openForm(FormKind::Control);
        QVERIFY(control);
        const QString text = PdfInspect::load(control->pdf()).text();
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Đặng Văn Ánh")));
    }

    void withdrawAndStop()
    {
        const Counts before = counts();
        QCOMPARE(m_page->perform(ActionDialog::Kind::Withdraw,
                                 {{}, QStringLiteral("Công dân xin rút để bổ sung giấy tờ"), {}, m_now}),
                 QString());
        // The citizen's request and the stop notice are two events of one decision.
        QCOMPARE(counts().events, before.events + 2);
        QCOMPARE(counts().outbox, before.outbox + 2);
        QCOMPARE(m_page->dossier()->state, DossierState::Stopped);
        const QString text = previewText();
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Công dân xin rút để bổ sung giấy tờ")));
        QVERIFY(!m_page->perform(ActionDialog::Kind::Withdraw, {{}, QStringLiteral("lại"), {}, {}}).isEmpty());
        QCOMPARE(counts().events, before.events + 2);
    }

    void actionIsAllOrNothing()
    {
        // The outbox refuses the entry: the event and the state change are rolled back with it.
        QVERIFY(m_desk->db->exec("CREATE TEMP TRIGGER refuse_outbox BEFORE INSERT ON outbox"
                                 " BEGIN SELECT RAISE(ABORT, 'outbox refused by the test'); END"));
        const Counts before = counts();
        const QString reason =
            m_page->perform(ActionDialog::Kind::Refuse, {{QStringLiteral("Hồ sơ không hợp lệ")}, {}, {}, {}});
        QVERIFY(!reason.isEmpty());
        QCOMPARE(m_page->message(), reason);
        QCOMPARE(counts().events, before.events);
        QCOMPARE(counts().outbox, before.outbox);
        QCOMPARE(DossierRepository(*m_desk->db).find(m_dossier.uuid)->state, DossierState::Received);
        QCOMPARE(m_page->dossier()->state, DossierState::Received);

        QVERIFY(m_desk->db->exec("DROP TRIGGER refuse_outbox"));
        QCOMPARE(m_page->perform(ActionDialog::Kind::Refuse, {{QStringLiteral("Hồ sơ không hợp lệ")}, {}, {}, {}}),
                 QString());
        QCOMPARE(counts().events, before.events + 1);
        QCOMPARE(counts().outbox, before.outbox + 1);
    }

    void signedInOfficialAndAuditTrail()
    {
        StubSession session;
        m_page->setSession(&session);
        QVERIFY(m_page->showDossier(m_dossier.uuid));
        QCOMPARE(session.accesses.size(), 1);
        QCOMPARE(session.accesses.at(0),
                 (QStringList{QStringLiteral("dossier.view"), m_dossier.uuid, m_dossier.code, QString()}));

        // The action is the signed-in official's; the form is signed with their name.
        QCOMPARE(m_page->perform(ActionDialog::Kind::Refuse, {{QStringLiteral("Hồ sơ không hợp lệ")}, {}, {}, {}}),
                 QString());
        const auto events = DossierRepository(*m_desk->db).events(m_dossier.uuid);
        QVERIFY(events);
        QCOMPARE(events->constLast().actor, QStringLiteral("canbo.lan"));
        auto* timeline = child<QTreeWidget>("timeline");
        QCOMPARE(timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(1), QStringLiteral("canbo.lan"));
        QVERIFY2(previewText().contains(QStringLiteral("Lê Thị Lan")), qPrintable(previewText()));

        // Printing and saving are recorded first.
        QVERIFY(m_page->lastPreview()->allowed(QStringLiteral("dossier.print")));
        QCOMPARE(session.accesses.constLast(), (QStringList{QStringLiteral("dossier.print"), m_dossier.uuid,
                                                            m_dossier.code, QStringLiteral("refusal")}));

        // A role that may not: nothing printed, the dossier not shown.
        session.allow = false;
        QVERIFY(!m_page->lastPreview()->allowed(QStringLiteral("dossier.export")));
        QVERIFY(!m_page->showDossier(m_dossier.uuid));
        QVERIFY(!m_page->dossier());
        QVERIFY(label("codeLabel").isEmpty());
        QVERIFY(!m_page->message().isEmpty());
        m_page->setSession(nullptr);
    }

    void reprintsReceipt()
    {
        QTest::mouseClick(child<QPushButton>("reprintReceiptButton"), Qt::LeftButton);
        PdfPreviewDialog* receipt = m_page->lastPreview();
        QVERIFY(receipt);
        const QString text = PdfInspect::load(receipt->pdf()).text();
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Đặng Văn Ánh")));
        QTest::mouseClick(child<QPushButton>("controlSheetButton"), Qt::LeftButton);
        QVERIFY(m_page->lastPreview() && m_page->lastPreview() != receipt);
        QVERIFY(PdfInspect::load(m_page->lastPreview()->pdf()).text().contains(m_dossier.code));
        // Reprints change nothing.
        QCOMPARE(m_desk->events(m_dossier.uuid), 1);
    }
};

QTEST_MAIN(tst_DossierPage)
#include "tst_DossierPage.moc"
