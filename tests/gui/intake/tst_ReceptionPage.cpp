// The reception screen driven from the keyboard, offscreen, over a real SQLite profile: a birth
// registration from the demo card to a printed receipt, refused input with its reason beside the
// field, the draft kept across a restart, and an interlinked group received as linked dossiers.
// Each step is saved as a screenshot under <build>/tests/screenshots/intake/.

#include "ApplicantPanel.h"
#include "BundlePanel.h"
#include "CardReaderService.h"
#include "ComponentChecklist.h"
#include "DraftValidator.h"
#include "FeePanel.h"
#include "FormFonts.h"
#include "IntakePage.h"
#include "ModuleContext.h"
#include "PersonForm.h"
#include "ProcedurePicker.h"
#include "ReceiptView.h"
#include "ReceptionFixtures.h"
#include "ReceptionPage.h"
#include "ServiceRegistry.h"
#include "Statement.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

namespace {

QString pdfText(const QByteArray& pdf)
{
    const auto document = Poppler::Document::loadFromData(pdf);
    if (!document)
        return {};
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i)
        pages.append(document->page(i)->text(QRectF()));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return pages.join(QLatin1Char(' ')).normalized(QString::NormalizationForm_C).replace(space, QStringLiteral(" "));
}

} // namespace

class TestReceptionPage : public QObject
{
    Q_OBJECT

private:
    // One desk: a profile folder with its database, the services the page finds in the registry.
    struct Desk
    {
        QTemporaryDir profile;
        ServiceRegistry services;
        std::unique_ptr<TestDossierStore> store;
        std::unique_ptr<cccd::CardReaderService> reader;
        std::unique_ptr<StubCardReader> stubReader;
        std::unique_ptr<TestScanner> scanner;
        std::unique_ptr<ModuleContext> context;

        bool open(bool demoReader = true)
        {
            if (!profile.isValid())
                return false;
            auto db = Database::open(profile.filePath(QStringLiteral("motcua.db")));
            if (!db)
                return false;
            store = std::make_unique<TestDossierStore>(std::move(db.value()));
            services.add<DossierStore>(store.get());
            if (demoReader) {
                reader = std::make_unique<cccd::CardReaderService>(true);
                reader->start();
                services.add<CardReader>(reader.get());
            } else {
                stubReader = std::make_unique<StubCardReader>();
                services.add<CardReader>(stubReader.get());
            }
            scanner = std::make_unique<TestScanner>();
            services.add<Scanner>(scanner.get());
            context = std::make_unique<ModuleContext>(services, profile.path(), true);
            return true;
        }
        qint64 count(const QString& sql) const
        {
            Statement s = store->database().prepare(sql.toUtf8().constData());
            return s.next() ? s.int64(0) : -1;
        }
        QString text(const QString& sql) const
        {
            Statement s = store->database().prepare(sql.toUtf8().constData());
            return s.next() ? s.text(0) : QString();
        }
    };

    static QDateTime clock() { return vnTime(2026, 3, 5, 9, 15); } // a Thursday morning

    // The page as the desk shows it: in a 1366×768 window, less the navigation and the status bar.
    std::unique_ptr<IntakePage> showPage(Desk& desk)
    {
        auto page = std::make_unique<IntakePage>(desk.context.get());
        if (!page->reception())
            return nullptr;
        page->reception()->setClock(&TestReceptionPage::clock);
        page->reception()->setFileChooser([this](QWidget*, const QString&) { return m_attachment; });
        page->reception()->setPrinterSetup([this](QPrinter* printer, QWidget*, std::function<void(bool)> done) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(m_printTo);
            done(true);
        });
        page->reception()->setSavePathChooser([this](QWidget*, const QString&) { return m_saveTo; });
        page->resize(1366 - 200, 768 - 90);
        page->show();
        if (!QTest::qWaitForWindowActive(page.get()))
            return nullptr;
        return page;
    }

    static QWidget* focus()
    {
        QWidget* w = QApplication::focusWidget();
        if (!w)
            qFatal("no widget has the keyboard focus");
        return w;
    }
    static void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focus(), k, modifiers);
    }
    // Typed key by key; letters outside ASCII arrive as an input method would deliver them, as text.
    static void type(const QString& text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(focus(), c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, focus(), Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    void screenshot(QWidget* page, const QString& name)
    {
        const QString dir = QStringLiteral(MOTCUA_BINARY_DIR "/tests/screenshots/intake");
        QDir().mkpath(dir);
        QApplication::processEvents();
        QVERIFY(page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }

    QString m_attachment;
    QString m_printTo;
    QString m_saveTo;

private slots:
    void initTestCase()
    {
        QVERIFY(FormFonts::ensureLoaded());
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Ho_Chi_Minh"));
    }

    void receivesBirthRegistrationFromDemoCardWithKeyboardOnly()
    {
        Desk desk;
        QVERIFY(desk.open());
        m_attachment = desk.profile.filePath(QStringLiteral("giay-chung-sinh.pdf"));
        QVERIFY(writePdf(m_attachment, QStringLiteral("Giấy chứng sinh"), 1));
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        QCOMPARE(r->step(), ReceptionPage::Step::Procedure);

        // 1. Procedure: typed without accents, the birth registration comes first.
        QCOMPARE(focus(), r->picker()->filterEdit());
        type(QStringLiteral("khai sinh"));
        QCOMPARE(r->picker()->shownCodes().value(0), QStringLiteral("1.001193"));
        QVERIFY(r->picker()->table()->item(0, 1)->text().contains(QStringLiteral("Đăng ký khai sinh")));
        screenshot(page.get(), QStringLiteral("1-procedure"));
        key(Qt::Key_Return);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        QCOMPARE(focus(), r->applicantPanel()->applicantForm()->idEdit());
        // The appointment is previewed to the minute: same-day procedure, received at 09:15.
        QVERIFY2(r->dueText().contains(QStringLiteral("05/03/2026")), qPrintable(r->dueText()));
        static const QRegularExpression hhmm(QStringLiteral("\\b\\d{2}:\\d{2}\\b"));
        QVERIFY(hhmm.match(r->dueText()).hasMatch());

        // 2. Applicant from the demo card (F4 puts the synthetic card on the simulated reader).
        key(Qt::Key_F4);
        PersonForm* applicant = r->applicantPanel()->applicantForm();
        QTRY_VERIFY_WITH_TIMEOUT(applicant->idEdit()->text().size() == 12, 30000);
        const Applicant person = applicant->person();
        QVERIFY(!person.fullName.isEmpty());
        QVERIFY(person.dateOfBirth.isValid());
        QCOMPARE(person.identitySource, QStringLiteral("chip"));
        QVERIFY2(r->applicantPanel()->verdictText().contains(QStringLiteral("Data intact")),
                 qPrintable(r->applicantPanel()->verdictText()));
        // The phone, typed: from the ID number five fields on in the tab order.
        key(Qt::Key_F3);
        for (int i = 0; i < 5; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("applicant.phone"));
        type(QStringLiteral("0912345678"));
        screenshot(page.get(), QStringLiteral("2-applicant"));

        // 3. Components: scan the form (F5), attach the birth certificate (F7), show the ID (F8).
        key(Qt::Key_F6);
        ComponentChecklist* list = r->checklist();
        QCOMPARE(focus(), list->table());
        QCOMPARE(list->table()->currentRow(), list->rowOf(QStringLiteral("to-khai")));
        key(Qt::Key_F5);
        QTRY_COMPARE(list->table()->item(0, 1)->text(), QStringLiteral("Digitised"));
        QVERIFY(list->table()->item(0, 2)->text().contains(QStringLiteral("2 page(s)")));
        QVERIFY(list->table()->item(0, 2)->text().contains(QStringLiteral("KB")));
        QCOMPARE(desk.scanner->requests.size(), 1);
        QCOMPARE(desk.scanner->requests.first().componentId, QStringLiteral("to-khai"));
        key(Qt::Key_Down);
        key(Qt::Key_F7);
        QTRY_COMPARE(list->table()->item(1, 1)->text(), QStringLiteral("Digitised"));
        QVERIFY(list->table()->item(1, 2)->text().contains(QStringLiteral("1 page(s)")));
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QCOMPARE(list->table()->currentRow(), list->rowOf(QStringLiteral("giay-to-tuy-than")));
        key(Qt::Key_F8);
        QCOMPARE(list->table()->item(3, 1)->text(), QStringLiteral("Shown only"));
        QTRY_VERIFY(r->currentIssues().isEmpty());
        screenshot(page.get(), QStringLiteral("3-components"));
        // The draft follows every change on disk.
        QTRY_VERIFY(r->draftStore().exists());

        // 4. Save: on a worker, then the receipt.
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(r->step(), ReceptionPage::Step::Receipt, 30000);
        QVERIFY(r->lastOutcome() && r->lastOutcome()->ok());
        screenshot(page.get(), QStringLiteral("4-receipt"));
        const Dossier saved = r->lastOutcome()->saved->dossier;
        QVERIFY(saved.codeProvisional);
        QVERIFY2(saved.code.startsWith(QStringLiteral("TAM-")) && saved.code.contains(QStringLiteral("-260305-")),
                 qPrintable(saved.code));
        const QDateTime due = saved.dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
        QCOMPARE(due.date(), QDate(2026, 3, 5));
        QVERIFY(r->receiptView()->summaryText().contains(saved.code));
        QVERIFY(r->receiptView()->summaryText().contains(QStringLiteral("provisional")));

        // The database: one dossier with its components, the creation event and its outbox entry.
        const QString uuid = saved.uuid;
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
        QCOMPARE(desk.text(QStringLiteral("SELECT code FROM dossiers")), saved.code);
        QCOMPARE(desk.text(QStringLiteral("SELECT procedure_code FROM dossiers")), QStringLiteral("1.001193"));
        QCOMPARE(desk.text(QStringLiteral("SELECT applicant_name FROM dossiers")), person.fullName);
        QCOMPARE(desk.text(QStringLiteral("SELECT applicant_id_number FROM dossiers")), person.idNumber);
        QCOMPARE(desk.text(QStringLiteral("SELECT applicant_phone FROM dossiers")), QStringLiteral("0912345678"));
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossier_components")), 3);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossier_components WHERE file_sha256 IS NOT NULL")),
                 2);
        QCOMPARE(desk.count(QStringLiteral("SELECT page_count FROM dossier_components WHERE component_id = 'to-khai'")),
                 2);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM files")), 2);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE action = 'create'")), 1);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM outbox o JOIN dossiers d ON d.id = o.dossier_id "
                                           "WHERE o.state = 'queued' AND d.uuid = '%1'")
                                .arg(uuid)),
                 1);
        QVERIFY(desk.text(QStringLiteral("SELECT payload FROM outbox")).contains(uuid));
        // The draft and the scan the desk made are gone; the card's identity left memory.
        QVERIFY(!r->draftStore().exists());
        QVERIFY(QDir(desk.profile.filePath(QStringLiteral("reception-scans"))).isEmpty());
        QVERIFY(desk.reader->currentIdentity().isEmpty());
        QVERIFY(QFile::exists(m_attachment)); // an attached file is the official's: left in place

        // The receipt as printed: code, applicant, due hour and minute, components, Vietnamese intact.
        const QString text = pdfText(r->receiptView()->pdf());
        QVERIFY2(text.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")), qPrintable(text));
        QVERIFY(text.contains(saved.code));
        QVERIFY(text.contains(person.fullName.normalized(QString::NormalizationForm_C)));
        const QString dueLine = QStringLiteral("%1 giờ %2 phút")
                                    .arg(due.time().hour(), 2, 10, QLatin1Char('0'))
                                    .arg(due.time().minute(), 2, 10, QLatin1Char('0'));
        QVERIFY2(text.contains(dueLine), qPrintable(dueLine + QStringLiteral(" not in: ") + text));
        QVERIFY(text.contains(QStringLiteral("09 giờ 15 phút"))); // received at
        QVERIFY(text.contains(QStringLiteral("Giấy chứng sinh")));
        QVERIFY(text.contains(QStringLiteral("Đăng ký khai sinh")));
        QVERIFY(text.contains(QStringLiteral("Đã số hóa")));
        QVERIFY(text.contains(QStringLiteral("Xuất trình")));
        QVERIFY(text.contains(QStringLiteral("Mã tạm"))); // the receipt says its code is provisional
        QVERIFY(text.contains(QStringLiteral("0912345678")));

        // Print: a printer that fails leaves the dossier saved and the receipt ready to print again.
        QCOMPARE(focus(), r->receiptView()->printButton());
        m_printTo = QStringLiteral("/nonexistent-folder/receipt.pdf");
        key(Qt::Key_P, Qt::ControlModifier);
        QVERIFY2(r->receiptView()->statusText().contains(QStringLiteral("printer failed")),
                 qPrintable(r->receiptView()->statusText()));
        QCOMPARE(r->receiptView()->printCount(), 0);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
        screenshot(page.get(), QStringLiteral("5-printer-failed"));
        m_printTo = desk.profile.filePath(QStringLiteral("printed.pdf"));
        key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(r->receiptView()->printCount(), 1);
        QVERIFY(QFileInfo(m_printTo).size() > 1000);
        {
            const auto printed = Poppler::Document::load(m_printTo);
            QVERIFY(printed);
            QCOMPARE(printed->numPages(), int(Poppler::Document::loadFromData(r->receiptView()->pdf())->numPages()));
        }
        // Save PDF: the very bytes of the receipt.
        m_saveTo = desk.profile.filePath(QStringLiteral("receipt-copy.pdf"));
        key(Qt::Key_E, Qt::ControlModifier);
        QFile copy(m_saveTo);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), r->receiptView()->pdf());

        // Next citizen.
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(r->step(), ReceptionPage::Step::Procedure);
        QCOMPARE(focus(), r->picker()->filterEdit());
        QVERIFY(r->applicantPanel()->applicantForm()->isBlank());
    }

    void refusesInvalidIdWithTheReasonBesideTheField()
    {
        Desk desk;
        QVERIFY(desk.open());
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("1.001193"));
        key(Qt::Key_Return);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        PersonForm* applicant = r->applicantPanel()->applicantForm();
        QCOMPARE(focus(), applicant->idEdit());
        type(QStringLiteral("12345abc")); // letters are not even taken
        QCOMPARE(applicant->idEdit()->text(), QStringLiteral("12345"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Trần Văn An"));
        key(Qt::Key_Tab);
        type(QStringLiteral("31/02/1990"));
        key(Qt::Key_Tab);
        // Left after an edit: each field shows why it is refused.
        QTRY_COMPARE(applicant->messageShown(QStringLiteral("idNumber")),
                     DraftValidator::messageFor(QStringLiteral("id.length")));
        QVERIFY(applicant->messageShown(QStringLiteral("dateOfBirth")).contains(QStringLiteral("dd/mm/yyyy")));
        screenshot(page.get(), QStringLiteral("6-invalid"));

        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        QVERIFY(!r->isSaving());
        QVERIFY2(r->message().contains(DraftValidator::messageFor(QStringLiteral("id.length"))),
                 qPrintable(r->message()));
        QCOMPARE(focus(), applicant->idEdit()); // the first thing to fix has the focus
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 0);
        // After the attempt every refused item is listed, the missing components included.
        QStringList listed;
        for (int i = 0; i < r->issueList()->count(); ++i)
            listed.append(r->issueList()->item(i)->text());
        QVERIFY(
            listed.join(QLatin1Char('\n')).contains(DraftValidator::messageFor(QStringLiteral("component.missing"))));

        // Twelve digits that contradict the year of birth: refused with that reason.
        type(QStringLiteral("001090012345")); // born in 1990 by the number; the field was selected: replaced
        QCOMPARE(applicant->idEdit()->text(), QStringLiteral("001090012345"));
        key(Qt::Key_Tab);
        key(Qt::Key_Tab);
        QCOMPARE(focus(), applicant->birthEdit());
        key(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("12/04/1985"));
        key(Qt::Key_Tab);
        QTRY_COMPARE(applicant->messageShown(QStringLiteral("idNumber")),
                     DraftValidator::messageFor(QStringLiteral("id.birth_year")));
        QVERIFY(applicant->messageShown(QStringLiteral("dateOfBirth")).isEmpty());
        key(Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    }

    void restoresTheDraftAfterARestart()
    {
        Desk desk;
        QVERIFY(desk.open());
        {
            auto page = showPage(desk);
            QVERIFY(page);
            ReceptionPage* r = page->reception();
            QVERIFY(!r->isDraftOffered());
            type(QStringLiteral("khai sinh"));
            key(Qt::Key_Return);
            type(QStringLiteral("001190012345"));
            key(Qt::Key_Tab);
            type(QStringLiteral("Nguyễn Thị Hương"));
            key(Qt::Key_Tab);
            type(QStringLiteral("12/04/1990"));
            key(Qt::Key_F6);
            key(Qt::Key_Down);
            key(Qt::Key_Down);
            key(Qt::Key_Down);
            key(Qt::Key_F8); // giấy tờ tùy thân: shown
            // The window closes at once, before the debounced write: the last change still reaches disk.
        }
        DraftStore drafts(desk.profile.path());
        const auto kept = drafts.load();
        QVERIFY(kept);
        QCOMPARE(kept->draft.procedureCode, QStringLiteral("1.001193"));
        QCOMPARE(kept->draft.applicant.fullName, QStringLiteral("Nguyễn Thị Hương"));
        QCOMPARE(kept->draft.components.size(), 1);

        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        QVERIFY(r->isDraftOffered());
        QCOMPARE(focus()->objectName(), QStringLiteral("restoreDraftButton"));
        screenshot(page.get(), QStringLiteral("7-draft-offer"));
        key(Qt::Key_Return);
        QVERIFY(!r->isDraftOffered());
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        const Applicant restored = r->applicantPanel()->applicant();
        QCOMPARE(restored.fullName, QStringLiteral("Nguyễn Thị Hương"));
        QCOMPARE(restored.idNumber, QStringLiteral("001190012345"));
        QCOMPARE(restored.dateOfBirth, QDate(1990, 4, 12));
        ComponentChecklist* list = r->checklist();
        QCOMPARE(list->table()->item(list->rowOf(QStringLiteral("giay-to-tuy-than")), 1)->text(),
                 QStringLiteral("Shown only"));

        // Finish it: the sex completes the ID check, two components scanned, then saved.
        QTest::keyClick(r->applicantPanel()->applicantForm()->idEdit(), Qt::Key_F3);
        for (int i = 0; i < 3; ++i)
            key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), QStringLiteral("applicant.sex"));
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QCOMPARE(r->applicantPanel()->applicant().sex, QStringLiteral("Nữ"));
        key(Qt::Key_F6);
        key(Qt::Key_Home, Qt::ControlModifier);
        key(Qt::Key_S);
        QTRY_COMPARE(list->table()->item(0, 1)->text(), QStringLiteral("Digitised"));
        key(Qt::Key_Down);
        key(Qt::Key_S);
        QTRY_COMPARE(list->table()->item(1, 1)->text(), QStringLiteral("Digitised"));
        QTRY_VERIFY(r->currentIssues().isEmpty());
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(r->step(), ReceptionPage::Step::Receipt, 30000);
        QVERIFY(!drafts.exists());
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
    }

    void receivesAnInterlinkedGroupAsLinkedDossiers()
    {
        Desk desk;
        QVERIFY(desk.open());
        m_attachment = desk.profile.filePath(QStringLiteral("chung-sinh.pdf"));
        QVERIFY(writePdf(m_attachment, QStringLiteral("Giấy chứng sinh"), 1));
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("lien thong khai sinh"));
        QCOMPARE(r->picker()->shownCodes().value(0), QStringLiteral("2.001023"));
        QVERIFY(r->picker()->table()->item(0, 1)->text().contains(QStringLiteral("Interlinked")));
        key(Qt::Key_Return);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        BundlePanel* bundle = r->bundlePanel();
        QVERIFY(bundle->isVisible());
        QCOMPARE(bundle->partBoxes().size(), 3);
        QVERIFY(!bundle->partBoxes().at(0)->isEnabled()); // birth registration: required

        key(Qt::Key_F4);
        QTRY_VERIFY_WITH_TIMEOUT(r->applicantPanel()->applicant().idNumber.size() == 12, 30000);
        const QString parentId = r->applicantPanel()->applicant().idNumber;

        // The subject: the child, typed; the residence registration is left out (Space unticks it).
        PersonForm* child = bundle->subjectForm();
        child->nameEdit()->setFocus(Qt::TabFocusReason);
        type(QStringLiteral("Nguyễn Minh Khôi"));
        key(Qt::Key_Tab);
        type(QStringLiteral("01/02/2026"));
        bundle->partBoxes().at(1)->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Space);
        QCOMPARE(bundle->chosenParts(), (QStringList{QStringLiteral("1.001193"), QStringLiteral("LOCAL.BHYT-TE6")}));

        key(Qt::Key_F6);
        QCOMPARE(r->checklist()->table()->currentRow(), r->checklist()->rowOf(QStringLiteral("to-khai-lien-thong")));
        key(Qt::Key_F5);
        QTRY_COMPARE(r->checklist()->table()->item(0, 1)->text(), QStringLiteral("Digitised"));
        key(Qt::Key_Down);
        key(Qt::Key_F7);
        QTRY_COMPARE(r->checklist()->table()->item(1, 1)->text(), QStringLiteral("Digitised"));
        QTRY_VERIFY2(r->currentIssues().isEmpty(), qPrintable(r->currentIssues().value(0).field + QLatin1Char(' ') +
                                                              r->currentIssues().value(0).message));
        screenshot(page.get(), QStringLiteral("8-bundle"));

        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(r->step(), ReceptionPage::Step::Receipt, 30000);
        const ReceptionOutcome& out = *r->lastOutcome()->saved;
        QCOMPARE(out.dossier.procedureCode, QStringLiteral("2.001023"));
        QCOMPARE(out.linked.size(), 2);
        QCOMPARE(out.linked.at(0).procedureCode, QStringLiteral("1.001193"));
        QCOMPARE(out.linked.at(1).procedureCode, QStringLiteral("LOCAL.BHYT-TE6"));
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 3);
        QCOMPARE(
            desk.count(QStringLiteral("SELECT count(*) FROM dossiers WHERE parent_uuid = '%1'").arg(out.dossier.uuid)),
            2);
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), 3);
        QCOMPARE(desk.text(QStringLiteral("SELECT applicant_id_number FROM dossiers WHERE parent_uuid IS NULL")),
                 parentId);
        const QString text = pdfText(r->receiptView()->pdf());
        QVERIFY2(text.contains(QStringLiteral("Hồ sơ liên thông gồm")), qPrintable(text));
        for (const Dossier& linked : out.linked)
            QVERIFY(text.contains(linked.code));
        QVERIFY(text.contains(QStringLiteral("Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi")));
        screenshot(page.get(), QStringLiteral("9-bundle-receipt"));

        // The next birth registration of the same parent reuses the digitised birth certificate (F9).
        key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
        QCOMPARE(focus(), r->applicantPanel()->applicantForm()->idEdit());
        type(parentId);
        key(Qt::Key_F6);
        key(Qt::Key_Down);
        QCOMPARE(r->checklist()->table()->currentRow(), r->checklist()->rowOf(QStringLiteral("giay-chung-sinh")));
        key(Qt::Key_F9);
        QVERIFY2(
            r->checklist()->reuseList()->isVisible(),
            qPrintable(
                r->message() + QLatin1Char(' ') + r->applicantPanel()->applicant().idNumber + QLatin1Char('/') +
                parentId + QLatin1Char(' ') +
                desk.text(QStringLiteral(
                    "SELECT group_concat(component_id || ':' || ifnull(file_sha256,'-')) FROM dossier_components"))));
        QVERIFY(r->checklist()->reuseList()->count() >= 1);
        QVERIFY(r->checklist()->reuseList()->item(0)->text().contains(out.dossier.code));
        screenshot(page.get(), QStringLiteral("10-reuse"));
        key(Qt::Key_Return);
        QCOMPARE(r->checklist()->table()->item(1, 1)->text(), QStringLiteral("Reused"));
        QVERIFY(r->checklist()->table()->item(1, 2)->text().contains(out.dossier.code));
    }

    void showsCardVerdictsAndFillsTheRepresentative()
    {
        Desk desk;
        QVERIFY(desk.open(false));
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);

        // The mother's card QR code: fills the applicant, and says it is not chip-verified.
        CitizenIdentity mother;
        mother.source = CitizenIdentity::Source::Qr;
        mother.readAt = clock();
        mother.idNumber = QStringLiteral("001190012345");
        mother.fullName = QStringLiteral("Nguyễn Thị Hương");
        mother.dateOfBirth = QDate(1990, 4, 12);
        mother.sex = QStringLiteral("Nữ");
        mother.placeOfResidence = QStringLiteral("Thôn Đông, xã Tân Lập, tỉnh Phú Thọ");
        desk.stubReader->present(mother);
        QCOMPARE(r->applicantPanel()->applicant().fullName, mother.fullName);
        QCOMPARE(r->applicantPanel()->applicant().address, mother.placeOfResidence);
        QCOMPARE(r->applicantPanel()->applicant().identitySource, QStringLiteral("qr"));
        QVERIFY(r->applicantPanel()->verdictText().contains(QStringLiteral("not verified by the chip")));

        // The father hands it in for her: Alt+R ticks the representative, Tab enters his fields, and his
        // chip read fills them — with a verdict that failed and a mismatch between sources shown.
        key(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(r->applicantPanel()->representativeBox()->isChecked()); // a mnemonic clicks after a short animation
        key(Qt::Key_Tab);
        QCOMPARE(focus(), r->applicantPanel()->representativeForm()->idEdit());
        CitizenIdentity father;
        father.source = CitizenIdentity::Source::Chip;
        father.readAt = clock();
        father.idNumber = QStringLiteral("001088012345");
        father.fullName = QStringLiteral("Trần Văn Đức");
        father.dateOfBirth = QDate(1988, 1, 2);
        father.sex = QStringLiteral("Nam");
        father.dataIntact = Verdict::Passed;
        father.signatureValid = Verdict::Passed;
        father.issuerTrusted = Verdict::Failed;
        father.mismatches.insert(QStringLiteral("fullName"), QStringLiteral("QR: Tran Van Duc"));
        desk.stubReader->present(father);
        QCOMPARE(r->applicantPanel()->applicant().fullName, mother.fullName);
        QVERIFY(r->applicantPanel()->representative());
        QCOMPARE(r->applicantPanel()->representative()->fullName, father.fullName);
        QCOMPARE(r->applicantPanel()->representative()->identitySource, QStringLiteral("chip"));
        const QString verdicts = r->applicantPanel()->verdictText();
        QVERIFY2(verdicts.contains(QStringLiteral("Issuer trusted <span style='color:#b00020'>✗</span>")),
                 qPrintable(verdicts));
        QVERIFY(verdicts.contains(QStringLiteral("QR: Tran Van Duc")));
        QTRY_VERIFY2(r->issueList()->count() > 0, "the components are still missing");
        screenshot(page.get(), QStringLiteral("12-representative"));

        // A representative's refused field says why, beside it.
        auto* repPhone = r->applicantPanel()->representativeForm()->fieldWidget(QStringLiteral("representative.phone"));
        QVERIFY(repPhone);
        repPhone->setFocus(Qt::TabFocusReason);
        type(QStringLiteral("12345"));
        key(Qt::Key_Tab);
        QTRY_COMPARE(r->applicantPanel()->representativeForm()->messageShown(QStringLiteral("phone")),
                     DraftValidator::messageFor(QStringLiteral("phone.format")));
    }

    void appliesFeeExemptionsFromTheCatalogue()
    {
        Desk desk;
        QVERIFY(desk.open(false));
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("trich luc"));
        QCOMPARE(r->picker()->shownCodes().value(0), QStringLiteral("2.000635"));
        key(Qt::Key_Return);
        QCOMPARE(r->feePanel()->total(), qint64(8000));
        QVERIFY(!r->currentDraft().feeVnd); // untouched: the catalogue's fees
        QCOMPARE(r->feePanel()->exemptionBoxes().size(), 1);
        QComboBox* exemption = r->feePanel()->exemptionBoxes().first();
        QVERIFY(exemption);
        exemption->setFocus(Qt::TabFocusReason);
        key(Qt::Key_Down);
        QVERIFY(exemption->currentText().contains(QStringLiteral("hộ nghèo")) ||
                exemption->currentText().contains(QStringLiteral("người có công")));
        QCOMPARE(r->feePanel()->total(), qint64(0));
        QCOMPARE(r->currentDraft().feeVnd, std::optional<qint64>(0));
        // The exemption is part of the draft kept on disk.
        r->flushDraft(); // written on every change after a short pause; at once here
        const auto kept = r->draftStore().load();
        QVERIFY(kept);
        QCOMPARE(kept->draft.feeVnd, std::optional<qint64>(0));
        QVERIFY(!kept->screen.value(QStringLiteral("fees")).toObject().isEmpty());
        screenshot(page.get(), QStringLiteral("13-fee-exemption"));
    }

    void closingWhileSavingLeavesNoDraftBehind()
    {
        Desk desk;
        QVERIFY(desk.open(false));
        {
            auto page = showPage(desk);
            QVERIFY(page);
            ReceptionPage* r = page->reception();
            type(QStringLiteral("khai sinh"));
            key(Qt::Key_Return);
            type(QStringLiteral("001190012345"));
            key(Qt::Key_Tab);
            type(QStringLiteral("Nguyen Thi Huong"));
            key(Qt::Key_F6);
            key(Qt::Key_F5);
            QTRY_COMPARE(r->checklist()->table()->item(0, 1)->text(), QStringLiteral("Digitised"));
            key(Qt::Key_Down);
            key(Qt::Key_F5);
            QTRY_COMPARE(r->checklist()->table()->item(1, 1)->text(), QStringLiteral("Digitised"));
            QTRY_VERIFY(r->currentIssues().isEmpty());
            r->flushDraft();
            QVERIFY(r->draftStore().exists());
            key(Qt::Key_S, Qt::ControlModifier);
            QVERIFY(r->isSaving());
            // The window closes before the worker has answered.
        }
        QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
        QVERIFY(!DraftStore(desk.profile.path()).exists());
        QVERIFY(QDir(desk.profile.filePath(QStringLiteral("reception-scans"))).isEmpty());
    }

    void followsTheSignedInOfficial()
    {
        Desk desk;
        QVERIFY(desk.open(false));
        StubUserSession official;
        desk.services.add<UserSession>(&official);
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("khai sinh"));
        key(Qt::Key_Return);
        type(QStringLiteral("001190012345"));
        key(Qt::Key_Tab);
        type(QStringLiteral("Nguyen Thi Huong"));
        r->flushDraft();

        // The desk locks: the citizen's data leaves the screen, the reception waits on disk.
        official.lock();
        QCOMPARE(r->step(), ReceptionPage::Step::Procedure);
        QVERIFY(r->applicantPanel()->applicantForm()->isBlank());
        QVERIFY(r->isDraftOffered());
        QTest::qWait(600); // past the draft's debounce: the kept draft is not overwritten by the empty form
        QVERIFY(r->draftStore().exists());
        r->restoreDraft();
        QCOMPARE(r->applicantPanel()->applicant().fullName, QStringLiteral("Nguyen Thi Huong"));

        key(Qt::Key_F6);
        key(Qt::Key_F5);
        QTRY_COMPARE(r->checklist()->table()->item(0, 1)->text(), QStringLiteral("Digitised"));
        key(Qt::Key_Down);
        key(Qt::Key_F5);
        QTRY_COMPARE(r->checklist()->table()->item(1, 1)->text(), QStringLiteral("Digitised"));
        QTRY_VERIFY(r->currentIssues().isEmpty());
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(r->step(), ReceptionPage::Step::Receipt, 30000);
        QCOMPARE(desk.text(QStringLiteral("SELECT received_by FROM dossiers")), QStringLiteral("canbo.lan"));
        QVERIFY(pdfText(r->receiptView()->pdf()).contains(QStringLiteral("Lê Thị Lan"))); // signs the receipt

        // Printing and exporting are recorded in the audit trail first; refused, nothing is printed.
        const Dossier saved = r->lastOutcome()->saved->dossier;
        m_printTo = desk.profile.filePath(QStringLiteral("printed.pdf"));
        key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(official.accesses.size(), 1);
        QCOMPARE(official.accesses.first(),
                 (QStringList{QStringLiteral("dossier.print"), saved.uuid, saved.code, QStringLiteral("receipt")}));
        QCOMPARE(r->receiptView()->printCount(), 1);
        official.allow = false;
        QFile::remove(m_printTo);
        key(Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(r->receiptView()->printCount(), 1);
        QVERIFY(!QFile::exists(m_printTo));
        QVERIFY(r->receiptView()->statusText().contains(QStringLiteral("not allowed")));
        m_saveTo = desk.profile.filePath(QStringLiteral("copy.pdf"));
        key(Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!QFile::exists(m_saveTo));
        desk.services.remove(QString::fromLatin1(UserSession::serviceId()));
    }

    void speaksVietnameseOnAVietnameseDesk()
    {
        Desk desk;
        QVERIFY(desk.open());
        QTranslator vietnamese;
        QVERIFY(vietnamese.load(QStringLiteral(":/i18n/motcua_vi.qm")));
        QCoreApplication::installTranslator(&vietnamese);
        auto page = showPage(desk);
        QVERIFY(page);
        ReceptionPage* r = page->reception();
        type(QStringLiteral("1.001193"));
        key(Qt::Key_Return);
        type(QStringLiteral("12"));
        key(Qt::Key_Tab);
        QTRY_COMPARE(r->applicantPanel()->applicantForm()->messageShown(QStringLiteral("idNumber")),
                     QStringLiteral("Số định danh cá nhân phải có đúng 12 chữ số."));
        QCOMPARE(r->checklist()->table()->item(0, 1)->text(), QStringLiteral("Chưa nộp"));
        QVERIFY(r->dueText().contains(QStringLiteral("Hẹn trả kết quả")));
        screenshot(page.get(), QStringLiteral("11-vietnamese"));
        QCoreApplication::removeTranslator(&vietnamese);
        // Switched at run time the page retranslates itself and keeps what was typed.
        QTRY_COMPARE(r->checklist()->table()->item(0, 1)->text(), QStringLiteral("Not handed in"));
        QCOMPARE(r->applicantPanel()->applicantForm()->idEdit()->text(), QStringLiteral("12"));
        QCOMPARE(r->step(), ReceptionPage::Step::Form);
    }
};

QTEST_MAIN(TestReceptionPage)
#include "tst_ReceptionPage.moc"
