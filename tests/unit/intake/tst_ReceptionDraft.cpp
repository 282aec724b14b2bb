// The reception draft as JSON (the input of `motcua-cli dossier create` and the saved draft):
// round trip, and every kind of bad input refused with a named field.

#include "DraftValidator.h"
#include "ReceptionDraft.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace motcua;
using namespace motcua::intake;

class tst_ReceptionDraft : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        ReceptionDraft d;
        d.procedureCode = QStringLiteral("1.001193");
        d.procedureVersion = 1;
        d.receivedAt = test::vnTime(2026, 3, 5, 9, 15);
        d.applicant.fullName = QStringLiteral("Đặng Thị Ánh");
        d.applicant.idNumber = QStringLiteral("001190012345");
        d.applicant.dateOfBirth = QDate(1990, 4, 12);
        d.applicant.identitySource = QStringLiteral("chip");
        Applicant rep;
        rep.fullName = QStringLiteral("Phạm Quốc Đạt");
        rep.idNumber = QStringLiteral("025088001122");
        d.representative = rep;
        d.components = {{QStringLiteral("to-khai"), ComponentStatus::Scanned, QStringLiteral("/tmp/a.pdf"), {}, {}, 2},
                        {QStringLiteral("giay-chung-sinh"),
                         ComponentStatus::Reused,
                         {},
                         QString(64, QLatin1Char('b')),
                         QStringLiteral("TAM-Q01-260301-0001"),
                         0}};
        d.returnChannel = QStringLiteral("post");
        d.feeVnd = 8000;
        d.demo = true;
        d.bundleParts = {QStringLiteral("1.001193")};
        d.subject.fullName = QStringLiteral("Bé Ánh");
        d.subject.dateOfBirth = QDate(2026, 2, 1);

        const QByteArray json = QJsonDocument(d.toJson()).toJson();
        const auto back = ReceptionDraft::fromJsonBytes(json);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->procedureCode, d.procedureCode);
        QCOMPARE(back->procedureVersion, 1);
        QCOMPARE(back->receivedAt, d.receivedAt);
        QCOMPARE(back->applicant.fullName, d.applicant.fullName);
        QCOMPARE(back->applicant.dateOfBirth, d.applicant.dateOfBirth);
        QCOMPARE(back->applicant.identitySource, QStringLiteral("chip"));
        QVERIFY(back->representative.has_value());
        QCOMPARE(back->representative->idNumber, rep.idNumber);
        QCOMPARE(back->components.size(), 2);
        QCOMPARE(back->components.at(1).status, ComponentStatus::Reused);
        QCOMPARE(back->components.at(1).reusedFrom, QStringLiteral("TAM-Q01-260301-0001"));
        QCOMPARE(back->components.at(0).pageCount, 2);
        QCOMPARE(back->returnChannel, QStringLiteral("post"));
        QCOMPARE(back->feeVnd, std::optional<qint64>(8000));
        QCOMPARE(back->demo, std::optional<bool>(true));
        QCOMPARE(back->subject.dateOfBirth, QDate(2026, 2, 1));
        QCOMPARE(back->bundleParts, d.bundleParts);
    }

    void localTimesAreVietnamTime()
    {
        const auto d = ReceptionDraft::fromJsonBytes(
            R"({"procedure":"1.001193","receivedAt":"2026-03-05T09:15","applicant":{"fullName":"A B"}})");
        QVERIFY(d.ok());
        QCOMPARE(d->receivedAt, test::vnTime(2026, 3, 5, 9, 15));
        QCOMPARE(d->applicant.identitySource, QStringLiteral("manual"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{\"procedure\": ") << "input.json";
        QTest::newRow("array") << QByteArray("[]") << "input.json";
        QTest::newRow("no procedure") << QByteArray(R"({"applicant":{}})") << "input.procedure";
        QTest::newRow("no applicant") << QByteArray(R"({"procedure":"1.001193"})") << "input.applicant";
        QTest::newRow("bad birth date") << QByteArray(R"({"procedure":"1","applicant":{"dateOfBirth":"12/04/1990"}})")
                                        << "input.date";
        QTest::newRow("bad reception time")
            << QByteArray(R"({"procedure":"1","receivedAt":"2026-03-05","applicant":{}})") << "input.date";
        QTest::newRow("number as name") << QByteArray(R"({"procedure":"1","applicant":{"fullName":5}})")
                                        << "input.type";
        QTest::newRow("unknown status")
            << QByteArray(R"({"procedure":"1","applicant":{},"components":[{"id":"a","status":"lost"}]})")
            << "input.component";
        QTest::newRow("component without id")
            << QByteArray(R"({"procedure":"1","applicant":{},"components":[{"status":"scanned"}]})")
            << "input.component";
        QTest::newRow("channel") << QByteArray(R"({"procedure":"1","applicant":{},"returnChannel":"fax"})")
                                 << "input.channel";
        QTest::newRow("negative fee") << QByteArray(R"({"procedure":"1","applicant":{},"feeVnd":-1})") << "input.type";
        QTest::newRow("format") << QByteArray(R"({"format":"other/2","procedure":"1","applicant":{}})")
                                << "input.format";
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto d = ReceptionDraft::fromJsonBytes(json);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, code);
        QVERIFY(!d.error().message.isEmpty());
    }

    void idNumberEncodesBirthYearAndSex()
    {
        QCOMPARE(DraftValidator::checkIdAgainstPerson(QStringLiteral("001190012345"), QDate(1990, 4, 12),
                                                      QStringLiteral("Nữ")),
                 QString());
        QCOMPARE(DraftValidator::checkIdAgainstPerson(QStringLiteral("001090012345"), QDate(1990, 4, 12),
                                                      QStringLiteral("Nữ")),
                 QStringLiteral("id.sex"));
        QCOMPARE(DraftValidator::checkIdAgainstPerson(QStringLiteral("001206012345"), QDate(2006, 1, 1),
                                                      QStringLiteral("Nam")),
                 QString());
        QCOMPARE(DraftValidator::checkIdAgainstPerson(QStringLiteral("001206012345"), QDate(1906, 1, 1), QString()),
                 QStringLiteral("id.birth_year"));
        QCOMPARE(DraftValidator::checkIdAgainstPerson(QStringLiteral("0012060123"), QDate(), QString()),
                 QStringLiteral("id.length"));
    }

    void personValidation()
    {
        Applicant p;
        p.fullName = QStringLiteral("Lê Văn Tám");
        p.idNumber = QStringLiteral("001085000001");
        p.phone = QStringLiteral("0912 345 678");
        p.email = QStringLiteral("tam@example.vn");
        QVERIFY(DraftValidator::validatePerson(p, QStringLiteral("applicant"), QDate(2026, 3, 5)).isEmpty());
        p.phone = QStringLiteral("12345");
        p.email = QStringLiteral("tam@");
        const auto issues = DraftValidator::validatePerson(p, QStringLiteral("applicant"), QDate(2026, 3, 5));
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).code, QStringLiteral("phone.format"));
        QCOMPARE(issues.at(1).code, QStringLiteral("email.format"));
    }
};

QTEST_MAIN(tst_ReceptionDraft)
#include "tst_ReceptionDraft.moc"
