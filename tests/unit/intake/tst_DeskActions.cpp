// Desk life-cycle actions with the legal rules: one supplement request (clock restarts when it is
// completed), one extension with apology, refusal with reasons, withdrawal and stop, hand-over with
// time and receiver — each an event plus an outbox entry, each printable from the stored events.

#include "DeskActions.h"
#include "DossierRepository.h"
#include "FormDataBuilder.h"
#include "FormRenderer.h"
#include "IntakeFixtures.h"
#include "Outbox.h"
#include "PdfInspect.h"
#include "ReceptionService.h"

#include <QTest>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

class tst_DeskActions : public QObject
{
    Q_OBJECT

private:
    IntakeTestBed* m_bed = nullptr;
    Dossier m_dossier;

    qint64 outboxFor(const QString& uuid) const
    {
        const auto entries = Outbox(*m_bed->db).entriesForDossier(uuid);
        return entries ? entries->size() : -1;
    }

    QString formText(FormKind kind, const QString& uuid) const
    {
        const auto input = FormDataBuilder(m_bed->env).build(kind, uuid, vnTime(2026, 3, 6, 10, 0));
        if (!input)
            return QStringLiteral("<build failed: %1>").arg(input.error().code);
        const auto pdf = FormRenderer::render(kind, *input);
        return pdf ? PdfInspect::load(*pdf).text() : QStringLiteral("<render failed>");
    }

private slots:
    void init()
    {
        m_bed = new IntakeTestBed;
        QVERIFY(m_bed->open());
        ReceptionService service(m_bed->env);
        const auto result = service.receive(birthDraft(m_bed->makePdf(QStringLiteral("a.pdf"), QStringLiteral("a")),
                                                       m_bed->makePdf(QStringLiteral("b.pdf"), QStringLiteral("b"))),
                                            vnTime(2026, 3, 5, 9, 20));
        QVERIFY(std::holds_alternative<ReceptionOutcome>(result));
        m_dossier = std::get<ReceptionOutcome>(result).dossier;
    }

    void cleanup()
    {
        delete m_bed;
        m_bed = nullptr;
    }

    void supplementOnlyOnceAndClockRestarts()
    {
        DeskActions actions(m_bed->env);
        QCOMPARE(actions.requestSupplement(m_dossier.uuid, {}, QStringLiteral("x")).error().code,
                 QStringLiteral("action.items"));
        auto requested = actions.requestSupplement(m_dossier.uuid,
                                                   {QStringLiteral("Bản chính Giấy chứng sinh"), QStringLiteral("  ")},
                                                   QStringLiteral("Bản chụp không rõ"), vnTime(2026, 3, 5, 10, 0));
        QVERIFY(requested.ok());
        QCOMPARE(requested->state, DossierState::SupplementRequested);
        QCOMPARE(requested->counters.supplementRequests, 1);
        QCOMPARE(outboxFor(m_dossier.uuid), 2);

        // Completed two working days later: the period restarts from then.
        auto completed = actions.completeSupplement(m_dossier.uuid, vnTime(2026, 3, 9, 8, 0));
        QVERIFY(completed.ok());
        QCOMPARE(completed->state, DossierState::Received);
        QCOMPARE(completed->dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date(), QDate(2026, 3, 9));
        QVERIFY(completed->dueAt > vnTime(2026, 3, 9, 8, 0));

        // A second request is refused by law and writes nothing.
        auto again = actions.requestSupplement(m_dossier.uuid, {QStringLiteral("Thêm giấy tờ")}, QString());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("lifecycle.supplement_once"));
        QVERIFY(!DeskActions::messageFor(again.error()).isEmpty());
        QCOMPARE(outboxFor(m_dossier.uuid), 3);
        QCOMPARE(DossierRepository(*m_bed->db).find(m_dossier.uuid)->state, DossierState::Received);

        const QString text = formText(FormKind::Supplement, m_dossier.uuid);
        QVERIFY2(text.contains(QStringLiteral("Bản chính Giấy chứng sinh")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Bản chụp không rõ")));
        QVERIFY(text.contains(m_dossier.code));
    }

    void extensionOnlyOnce()
    {
        DeskActions actions(m_bed->env);
        const QDateTime firstDue = m_dossier.dueAt;
        QCOMPARE(actions.extend(m_dossier.uuid, firstDue.addDays(2), QString()).error().code,
                 QStringLiteral("action.reason"));
        QCOMPARE(actions.extend(m_dossier.uuid, firstDue.addSecs(-60), QStringLiteral("x")).error().code,
                 QStringLiteral("action.new_due"));
        auto extended = actions.extend(m_dossier.uuid, vnTime(2026, 3, 10, 16, 30),
                                       QStringLiteral("Cần xác minh với cơ sở y tế"), vnTime(2026, 3, 5, 14, 0));
        QVERIFY(extended.ok());
        QCOMPARE(extended->counters.extensions, 1);
        QCOMPARE(extended->previousDueAt, firstDue);
        QCOMPARE(extended->dueAt, vnTime(2026, 3, 10, 16, 30));
        QCOMPARE(extended->state, DossierState::Received);

        auto second = actions.extend(m_dossier.uuid, vnTime(2026, 3, 12, 16, 30), QStringLiteral("Lần nữa"));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("lifecycle.extension_once"));
        QCOMPARE(DossierRepository(*m_bed->db).find(m_dossier.uuid)->dueAt, vnTime(2026, 3, 10, 16, 30));
        QCOMPARE(outboxFor(m_dossier.uuid), 2);

        const QString text = formText(FormKind::Apology, m_dossier.uuid);
        QVERIFY2(text.contains(QStringLiteral("16 giờ 30 phút, ngày 10 tháng 03 năm 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Cần xác minh với cơ sở y tế")));
    }

    void refusalNeedsReasons()
    {
        DeskActions actions(m_bed->env);
        QCOMPARE(actions.refuse(m_dossier.uuid, {QStringLiteral(" ")}).error().code, QStringLiteral("action.reasons"));
        auto refused = actions.refuse(m_dossier.uuid, {QStringLiteral("Không thuộc thẩm quyền của UBND xã")});
        QVERIFY(refused.ok());
        QCOMPARE(refused->state, DossierState::Refused);
        // Terminal: nothing else is possible.
        QCOMPARE(actions.startProcessing(m_dossier.uuid, QString()).error().code,
                 QStringLiteral("lifecycle.illegal_transition"));
        QVERIFY(formText(FormKind::Refusal, m_dossier.uuid).contains(QStringLiteral("Không thuộc thẩm quyền")));
    }

    void withdrawalRecordsRequestAndStop()
    {
        DeskActions actions(m_bed->env);
        auto stopped = actions.withdraw(m_dossier.uuid, QStringLiteral("Công dân xin rút hồ sơ"),
                                        vnTime(2026, 3, 5, 10, 5), vnTime(2026, 3, 5, 10, 10));
        QVERIFY(stopped.ok());
        QCOMPARE(stopped->state, DossierState::Stopped);
        const auto events = DossierRepository(*m_bed->db).events(m_dossier.uuid);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(1).action, QStringLiteral("request_withdrawal"));
        QCOMPARE(events->at(2).action, QStringLiteral("stop"));
        QCOMPARE(outboxFor(m_dossier.uuid), 3);
        const QString text = formText(FormKind::Stop, m_dossier.uuid);
        QVERIFY2(text.contains(QStringLiteral("10 giờ 05 phút, ngày 05 tháng 03 năm 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Công dân xin rút hồ sơ")));
    }

    void handOverRecordsTimeAndReceiver()
    {
        DeskActions actions(m_bed->env);
        QVERIFY(actions
                    .startProcessing(m_dossier.uuid, QStringLiteral("Công chức tư pháp - hộ tịch"),
                                     vnTime(2026, 3, 5, 9, 40))
                    .ok());
        QVERIFY(
            actions.resolve(m_dossier.uuid, QStringLiteral("Đã ký Giấy khai sinh"), vnTime(2026, 3, 5, 14, 0)).ok());
        QCOMPARE(actions.returnResult(m_dossier.uuid, QString(), QString()).error().code,
                 QStringLiteral("action.receiver"));
        auto returned = actions.returnResult(m_dossier.uuid, QStringLiteral("Nguyễn Thị Hương"),
                                             QStringLiteral("001190012345"), vnTime(2026, 3, 5, 15, 10));
        QVERIFY(returned.ok());
        QCOMPARE(returned->state, DossierState::Returned);
        QCOMPARE(outboxFor(m_dossier.uuid), 4);

        const auto input = FormDataBuilder(m_bed->env).build(FormKind::Control, m_dossier.uuid);
        QVERIFY(input.ok());
        QCOMPARE(input->controlSteps.size(), 4);
        QCOMPARE(input->controlSteps.at(1).toUnit, QStringLiteral("Công chức tư pháp - hộ tịch"));
        QCOMPARE(input->controlSteps.at(3).receiver, QStringLiteral("Nguyễn Thị Hương"));
        const QString text = formText(FormKind::Control, m_dossier.uuid);
        QVERIFY2(text.contains(QStringLiteral("15 giờ 10 phút")), qPrintable(text));

        const auto book = FormDataBuilder(m_bed->env).logBook(QDate(2026, 3, 5), QDate(2026, 3, 5));
        QVERIFY(book.ok());
        QCOMPARE(book->logBook.size(), 1);
        QCOMPARE(book->logBook.first().returnedAt, vnTime(2026, 3, 5, 15, 10));
        QCOMPARE(book->logBook.first().receivedBy, QStringLiteral("Nguyễn Thị Hương"));
    }

    void receiptIsReprintableFromTheStore()
    {
        const QString text = formText(FormKind::Receipt, m_dossier.uuid);
        QVERIFY2(text.contains(m_dossier.code), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hương")));
        QVERIFY(text.contains(QStringLiteral("09 giờ 15 phút, ngày 05 tháng 03 năm 2026")));
        QVERIFY(text.contains(QStringLiteral("Giấy chứng sinh")));
        QVERIFY(text.contains(QStringLiteral("Mã tạm")));
        // Dated the day of reception, even when printed again later.
        QVERIFY(text.contains(QStringLiteral("Tân Lập, ngày 05 tháng 03 năm 2026")));
        QVERIFY(formText(FormKind::Receipt, m_dossier.uuid) == text);
    }

    void formsForActions()
    {
        QCOMPARE(DeskActions::formFor(DossierAction::RequestSupplement), std::optional(FormKind::Supplement));
        QCOMPARE(DeskActions::formFor(DossierAction::Refuse), std::optional(FormKind::Refusal));
        QCOMPARE(DeskActions::formFor(DossierAction::ExtendWithApology), std::optional(FormKind::Apology));
        QCOMPARE(DeskActions::formFor(DossierAction::Stop), std::optional(FormKind::Stop));
        QVERIFY(!DeskActions::formFor(DossierAction::CompleteSupplement));
    }
};

QTEST_MAIN(tst_DeskActions)
#include "tst_DeskActions.moc"
