// Receiving dossiers into a real SQLite store: one transaction writes dossier, components, files,
// the creation event and its outbox entry; codes come from the daily sequence; due dates from the
// working calendar; invalid input writes nothing; digitised documents are reused; interlinked groups
// become linked sub-dossiers.

#include "DossierRepository.h"
#include "FileSealer.h"
#include "FileStore.h"
#include "IntakeFixtures.h"
#include "ReceptionService.h"

#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QTest>
#include <poppler-qt6.h>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

class tst_ReceptionService : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return vnTime(2026, 3, 5, 16, 0); }

    static bool hasIssue(const ValidationIssues& issues, const QString& field, const QString& code)
    {
        for (const auto& i : issues)
            if (i.field == field && i.code == code)
                return !i.message.isEmpty();
        return false;
    }

    static ReceptionOutcome receiveOk(ReceptionService& service, const ReceptionDraft& draft)
    {
        auto result = service.receive(draft, now());
        if (auto* error = std::get_if<ReceptionError>(&result)) {
            qWarning() << error->error.code << error->error.message;
            return {};
        }
        return std::get<ReceptionOutcome>(result);
    }

private slots:
    void receivesBirthRegistrationInOneTransaction()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        const ReceptionDraft draft =
            birthDraft(bed.makePdf(QStringLiteral("tokhai.pdf"), QStringLiteral("Tờ khai")),
                       bed.makePdf(QStringLiteral("chungsinh.pdf"), QStringLiteral("Giấy chứng sinh"), 2));
        const ReceptionOutcome out = receiveOk(service, draft);
        QCOMPARE(out.dossier.code, QStringLiteral("TAM-Q01-260305-0001"));
        QVERIFY(out.dossier.codeProvisional);
        QCOMPARE(out.dossier.state, DossierState::Received);
        QCOMPARE(out.dossier.procedureName, QStringLiteral("Đăng ký khai sinh"));
        QCOMPARE(out.dossier.catalogueVersion, bed.env.catalogue.version());
        QCOMPARE(out.dossier.receivedBy, QStringLiteral("canbo1"));
        QCOMPARE(out.dossier.receivedAt, vnTime(2026, 3, 5, 9, 15));
        // Same-day procedure received in the morning: due the same day, with hour and minute.
        QVERIFY(out.dossier.dueAt.isValid());
        QCOMPARE(out.dossier.dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date(), QDate(2026, 3, 5));
        QVERIFY(out.dossier.dueAt > out.dossier.receivedAt);
        QCOMPARE(out.dossier.dueAt.time().second(), 0);

        // Rows: one dossier, three components (two files), one event, one outbox entry, two files.
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers"), 1);
        QCOMPARE(bed.count("SELECT count(*) FROM dossier_components"), 3);
        QCOMPARE(bed.count("SELECT count(*) FROM dossier_components WHERE file_sha256 IS NOT NULL"), 2);
        QCOMPARE(bed.count("SELECT count(*) FROM dossier_events WHERE action = 'create'"), 1);
        QCOMPARE(bed.count("SELECT count(*) FROM outbox WHERE state = 'queued'"), 1);
        QCOMPARE(bed.count("SELECT count(*) FROM files"), 2);
        QCOMPARE(bed.count("SELECT page_count FROM dossier_components WHERE component_id = 'giay-chung-sinh'"), 2);

        FileStore files(*bed.db, bed.env.effectiveFileRoot());
        for (const DossierComponent& c : out.dossier.components)
            if (!c.fileSha256.isEmpty())
                QVERIFY(files.read(c.fileSha256).ok());

        const auto events = DossierRepository(*bed.db).events(out.dossier.uuid);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().actor, QStringLiteral("canbo1"));
        QCOMPARE(events->first().payload.value(QStringLiteral("countingStart")).toString(),
                 QStringLiteral("at-reception"));
    }

    void dailySequenceNumbersEachDossier()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft = birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("a")),
                                          bed.makePdf(QStringLiteral("b.pdf"), QStringLiteral("b")));
        QCOMPARE(receiveOk(service, draft).dossier.code, QStringLiteral("TAM-Q01-260305-0001"));
        draft.receivedAt = vnTime(2026, 3, 5, 10, 0);
        QCOMPARE(receiveOk(service, draft).dossier.code, QStringLiteral("TAM-Q01-260305-0002"));
        // A new day starts again at 1.
        draft.receivedAt = vnTime(2026, 3, 6, 8, 0);
        const auto third = service.receive(draft, vnTime(2026, 3, 6, 8, 5));
        QVERIFY(std::holds_alternative<ReceptionOutcome>(third));
        QCOMPARE(std::get<ReceptionOutcome>(third).dossier.code, QStringLiteral("TAM-Q01-260306-0001"));
    }

    void afterFifteenHoursIsDueNextWorkingDay()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft = birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("a")),
                                          bed.makePdf(QStringLiteral("b.pdf"), QStringLiteral("b")));
        draft.receivedAt = vnTime(2026, 3, 6, 15, 30); // Friday afternoon
        const auto result = service.receive(draft, vnTime(2026, 3, 6, 15, 35));
        QVERIFY(std::holds_alternative<ReceptionOutcome>(result));
        const auto& out = std::get<ReceptionOutcome>(result);
        QCOMPARE(out.due.startRule, CountingStart::AfterCutoff);
        QCOMPARE(out.dossier.dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date(), QDate(2026, 3, 9)); // Monday
    }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("short id") << "00119001234" << QDate(1990, 4, 12) << "applicant.idNumber"
                                  << "id.length";
        QTest::newRow("letters") << "00119001234A" << QDate(1990, 4, 12) << "applicant.idNumber"
                                 << "id.not_digits";
        QTest::newRow("province") << "099190012345" << QDate(1990, 4, 12) << "applicant.idNumber"
                                  << "id.province";
        QTest::newRow("year mismatch") << "001190012345" << QDate(1991, 4, 12) << "applicant.idNumber"
                                       << "id.birth_year";
        QTest::newRow("future birth") << "001226012345" << QDate(2026, 12, 1) << "applicant.dateOfBirth"
                                      << "dob.future";
    }

    void invalidInputWritesNothing()
    {
        QFETCH(QString, idNumber);
        QFETCH(QDate, birth);
        QFETCH(QString, field);
        QFETCH(QString, code);
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft = birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("a")),
                                          bed.makePdf(QStringLiteral("b.pdf"), QStringLiteral("b")));
        draft.applicant.idNumber = idNumber;
        draft.applicant.dateOfBirth = birth;
        const auto result = service.receive(draft, now());
        QVERIFY(std::holds_alternative<ReceptionError>(result));
        const auto& error = std::get<ReceptionError>(result);
        QCOMPARE(error.error.code, QStringLiteral("input.invalid"));
        QVERIFY2(hasIssue(error.issues, field, code), qPrintable(error.error.message));
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers"), 0);
        QCOMPARE(bed.count("SELECT count(*) FROM outbox"), 0);
    }

    void componentRulesAreEnforced()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft = birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("a")), QString());
        // Birth certificate marked scanned without a file; the form merely shown; an unknown component.
        draft.choice(QStringLiteral("to-khai"))->status = ComponentStatus::ShownOnly;
        draft.components.append({QStringLiteral("khong-co"), ComponentStatus::ShownOnly, {}, {}, {}, 0});
        QFile notPdf(bed.dir.filePath(QStringLiteral("photo.jpg")));
        QVERIFY(notPdf.open(QIODevice::WriteOnly));
        notPdf.write("\xFF\xD8\xFF\xE0 not a pdf");
        notPdf.close();
        const ValidationIssues issues = service.validate(draft, now());
        QVERIFY(hasIssue(issues, QStringLiteral("components.giay-chung-sinh"), QStringLiteral("component.no_file")));
        QVERIFY(hasIssue(issues, QStringLiteral("components.to-khai"), QStringLiteral("component.not_shown_only")));
        QVERIFY(hasIssue(issues, QStringLiteral("components.khong-co"), QStringLiteral("component.unknown")));
        draft.choice(QStringLiteral("giay-chung-sinh"))->filePath = notPdf.fileName();
        QVERIFY(hasIssue(service.validate(draft, now()), QStringLiteral("components.giay-chung-sinh"),
                         QStringLiteral("component.not_pdf")));
        // The form is not reusable: it must be filled in again.
        draft.choice(QStringLiteral("to-khai"))->status = ComponentStatus::Reused;
        QVERIFY(hasIssue(service.validate(draft, now()), QStringLiteral("components.to-khai"),
                         QStringLiteral("component.not_reusable")));
        draft.choice(QStringLiteral("to-khai"))->status = ComponentStatus::Missing;
        QVERIFY(hasIssue(service.validate(draft, now()), QStringLiteral("components.to-khai"),
                         QStringLiteral("component.missing")));
        // An unknown procedure.
        draft.procedureCode = QStringLiteral("9.999999");
        QVERIFY(
            hasIssue(service.validate(draft, now()), QStringLiteral("procedure"), QStringLiteral("procedure.unknown")));
    }

    void reusesAnEarlierDigitisedDocument()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        const ReceptionOutcome first =
            receiveOk(service, birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("tờ khai")),
                                          bed.makePdf(QStringLiteral("b.pdf"), QStringLiteral("chứng sinh"))));
        QVERIFY(!first.dossier.uuid.isEmpty());
        const auto candidates =
            service.reuseCandidates(first.dossier.applicant.idNumber, QStringLiteral("giay-chung-sinh"));
        QVERIFY(!candidates.isEmpty());
        QVERIFY(candidates.first().sameComponent);
        QCOMPARE(candidates.first().dossierCode, first.dossier.code);
        QCOMPARE(candidates.first().componentId, QStringLiteral("giay-chung-sinh"));
        QVERIFY(service.reuseCandidates(QStringLiteral("025088001122"), QStringLiteral("giay-chung-sinh")).isEmpty());

        ReceptionDraft second = birthDraft(bed.makePdf(QStringLiteral("c.pdf"), QStringLiteral("tờ khai 2")), {});
        ComponentChoice* reuse = second.choice(QStringLiteral("giay-chung-sinh"));
        reuse->status = ComponentStatus::Reused;
        reuse->filePath.clear();
        reuse->fileSha256 = candidates.first().fileSha256;
        reuse->reusedFrom = candidates.first().dossierCode;
        second.receivedAt = vnTime(2026, 3, 5, 11, 0);
        const ReceptionOutcome out = receiveOk(service, second);
        QVERIFY(!out.dossier.uuid.isEmpty());
        const auto it = std::find_if(out.dossier.components.begin(), out.dossier.components.end(),
                                     [](const DossierComponent& c) { return c.componentId == "giay-chung-sinh"; });
        QVERIFY(it != out.dossier.components.end());
        QCOMPARE(it->status, ComponentStatus::Reused);
        QCOMPARE(it->fileSha256, candidates.first().fileSha256);
        QCOMPARE(bed.count("SELECT count(*) FROM files"), 3); // the reused file is stored once
        const auto events = DossierRepository(*bed.db).events(out.dossier.uuid);
        QVERIFY(events.ok());
        const QJsonArray reused = events->first().payload.value(QStringLiteral("reused")).toArray();
        QCOMPARE(reused.size(), 1);
        QCOMPARE(reused.first().toObject().value(QStringLiteral("fromDossier")).toString(), first.dossier.code);

        // Reusing a file the store does not have fails and writes nothing.
        reuse->fileSha256 = QString(64, QLatin1Char('a'));
        const auto failed = service.receive(second, now());
        QVERIFY(std::holds_alternative<ReceptionError>(failed));
        QCOMPARE(std::get<ReceptionError>(failed).error.code, QStringLiteral("input.file_unknown"));
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers"), 2);
    }

    void reusedSealedDocumentKeepsItsPageCount()
    {
        // Files are sealed on disk on a real desk; the page count of a reused one must come from the
        // plaintext, not from the sealed bytes Poppler cannot open.
        class FlipSealer : public FileSealer
        {
        public:
            Result<QByteArray> seal(QByteArrayView plain) const override { return flip(plain, true); }
            Result<QByteArray> unseal(QByteArrayView sealed) const override
            {
                return flip(sealed.sliced(kMagic.size()), false);
            }

        private:
            static QByteArray flip(QByteArrayView bytes, bool withMagic)
            {
                QByteArray out = withMagic ? kMagic.toByteArray() : QByteArray();
                for (char c : bytes)
                    out.append(char(~c));
                return out;
            }
        };
        IntakeTestBed bed;
        QVERIFY(bed.open());
        FileStore::setSealerProvider([](Database&) { return std::make_shared<const FlipSealer>(); });
        auto restore = qScopeGuard([] { FileStore::setSealerProvider({}); });
        ReceptionService service(bed.env);
        const ReceptionOutcome first =
            receiveOk(service, birthDraft(bed.makePdf(QStringLiteral("a.pdf"), QStringLiteral("tờ khai")),
                                          bed.makePdf(QStringLiteral("b.pdf"), QStringLiteral("chứng sinh"), 3)));
        QVERIFY(!first.dossier.uuid.isEmpty());
        const auto candidates =
            service.reuseCandidates(first.dossier.applicant.idNumber, QStringLiteral("giay-chung-sinh"));
        QVERIFY(!candidates.isEmpty());
        FileStore files(*bed.db, bed.env.effectiveFileRoot());
        QVERIFY(files.seals());
        QVERIFY(!Poppler::Document::load(files.absolutePath(candidates.first().fileSha256)));

        ReceptionDraft second = birthDraft(bed.makePdf(QStringLiteral("c.pdf"), QStringLiteral("tờ khai 2")), {});
        ComponentChoice* reuse = second.choice(QStringLiteral("giay-chung-sinh"));
        reuse->status = ComponentStatus::Reused;
        reuse->filePath.clear();
        reuse->pageCount = 0; // as the reuse picker leaves it: the service counts
        reuse->fileSha256 = candidates.first().fileSha256;
        reuse->reusedFrom = candidates.first().dossierCode;
        const ReceptionOutcome out = receiveOk(service, second);
        QVERIFY(!out.dossier.uuid.isEmpty());
        const auto it = std::find_if(out.dossier.components.begin(), out.dossier.components.end(),
                                     [](const DossierComponent& c) { return c.componentId == "giay-chung-sinh"; });
        QVERIFY(it != out.dossier.components.end());
        QCOMPARE(it->pageCount, 3);
    }

    void birthBundleBecomesLinkedSubDossiers()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft;
        draft.procedureCode = QStringLiteral("2.001023");
        draft.receivedAt = vnTime(2026, 3, 5, 9, 30);
        draft.applicant = birthDossier().applicant;
        draft.subject.fullName = QStringLiteral("Nguyễn Minh Khang");
        draft.subject.dateOfBirth = QDate(2026, 2, 20);
        draft.components = {
            {QStringLiteral("to-khai-lien-thong"),
             ComponentStatus::Scanned,
             bed.makePdf(QStringLiteral("tk.pdf"), QStringLiteral("tờ khai liên thông")),
             {},
             {},
             0},
            {QStringLiteral("giay-chung-sinh"),
             ComponentStatus::Scanned,
             bed.makePdf(QStringLiteral("cs.pdf"), QStringLiteral("chứng sinh")),
             {},
             {},
             0},
        };
        const ReceptionOutcome out = receiveOk(service, draft);
        QCOMPARE(out.dossier.procedureCode, QStringLiteral("2.001023"));
        QCOMPARE(out.linked.size(), 3);
        QStringList codes;
        for (const Dossier& sub : out.linked) {
            QCOMPARE(sub.parentUuid, out.dossier.uuid);
            QCOMPARE(sub.dueAt, out.dossier.dueAt);
            QCOMPARE(sub.note, QStringLiteral("Nguyễn Minh Khang"));
            codes.append(sub.procedureCode);
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("1.001193"), QStringLiteral("1.004222"),
                                     QStringLiteral("LOCAL.BHYT-TE6")}));
        QCOMPARE(out.linked.last().procedureName, QStringLiteral("Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi"));
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers"), 4);
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers WHERE parent_uuid IS NOT NULL"), 3);
        QCOMPARE(bed.count("SELECT count(*) FROM outbox"), 4);
        // Three working days for the group (ND 63/2024).
        QCOMPARE(out.dossier.dueAt.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh")).date(), QDate(2026, 3, 10));

        // A child of 6 or more cannot use this group: nothing is written.
        draft.subject.dateOfBirth = QDate(2019, 1, 1);
        const auto refused = service.receive(draft, now());
        QVERIFY(std::holds_alternative<ReceptionError>(refused));
        QVERIFY(hasIssue(std::get<ReceptionError>(refused).issues, QStringLiteral("bundle.subject.dateOfBirth"),
                         QStringLiteral("subject.too_old")));
        QCOMPARE(bed.count("SELECT count(*) FROM dossiers"), 4);
    }

    void deathBundleWithChosenParts()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        ReceptionService service(bed.env);
        ReceptionDraft draft;
        draft.procedureCode = QStringLiteral("2.002621");
        draft.receivedAt = vnTime(2026, 3, 5, 14, 0);
        draft.applicant = birthDossier().applicant;
        draft.subject.fullName = QStringLiteral("Nguyễn Văn Tư");
        draft.bundleParts = {QStringLiteral("1.000656"), QStringLiteral("LOCAL.MTP")};
        draft.components = {
            {QStringLiteral("to-khai-lien-thong"),
             ComponentStatus::Scanned,
             bed.makePdf(QStringLiteral("tk.pdf"), QStringLiteral("tờ khai")),
             {},
             {},
             0},
            {QStringLiteral("giay-bao-tu"),
             ComponentStatus::Scanned,
             bed.makePdf(QStringLiteral("bt.pdf"), QStringLiteral("giấy báo tử")),
             {},
             {},
             0},
        };
        const ReceptionOutcome out = receiveOk(service, draft);
        QCOMPARE(out.linked.size(), 2);
        QCOMPARE(out.linked.at(0).procedureCode, QStringLiteral("1.000656"));
        QCOMPARE(out.linked.at(1).procedureCode, QStringLiteral("LOCAL.MTP"));

        // Khai tử is required in the group.
        draft.bundleParts = {QStringLiteral("1.003197"), QStringLiteral("LOCAL.MTP")};
        const auto refused = service.receive(draft, now());
        QVERIFY(std::holds_alternative<ReceptionError>(refused));
        QVERIFY(hasIssue(std::get<ReceptionError>(refused).issues, QStringLiteral("bundle.parts"),
                         QStringLiteral("bundle.part_required")));
    }

    void defaultFeeComesFromTheCatalogue()
    {
        IntakeTestBed bed;
        QVERIFY(bed.open());
        const auto copy = bed.env.catalogue.find(QStringLiteral("2.000635"));
        QVERIFY(copy.has_value());
        QCOMPARE(ReceptionService::defaultFee(*copy), 8000);
        QCOMPARE(ReceptionService::defaultFee(*bed.env.catalogue.find(QStringLiteral("1.001193"))), 0);
    }
};

QTEST_MAIN(tst_ReceptionService)
#include "tst_ReceptionService.moc"
