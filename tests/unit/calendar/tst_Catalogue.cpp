#include "Catalogue.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <functional>

namespace motcua {
int resourcesAnchor();
}

using namespace motcua;

namespace {

// A one-procedure catalogue for the error cases, with `change` applied to the procedure.
QByteArray smallCatalogue(const std::function<void(QJsonObject&)>& change = {})
{
    QJsonObject p{
        {"code", "1.000001"},
        {"version", 1},
        {"name", "Thủ tục thử"},
        {"unit", "working-days"},
        {"duration", 2},
        {"fees", QJsonArray{QJsonObject{{"id", "le-phi"}, {"name", "Lệ phí"}, {"amountVnd", 0}}}},
        {"components", QJsonArray{QJsonObject{{"id", "to-khai"}, {"name", "Tờ khai"}, {"form", "original"}}}}};
    if (change)
        change(p);
    QJsonObject root{{"format", "motcua-catalogue/1"}, {"catalogueVersion", "test.1"}, {"procedures", QJsonArray{p}}};
    return QJsonDocument(root).toJson();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

    Catalogue m_catalogue;

private slots:
    void initTestCase()
    {
        resourcesAnchor();
        auto catalogue = Catalogue::loadBuiltIn();
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().message));
        m_catalogue = catalogue.value();
    }

    void builtInIsTheSourceFile()
    {
        auto fromSource = Catalogue::loadFile(test::sourcePath(QStringLiteral("resources/catalogue/procedures.json")));
        QVERIFY2(fromSource.ok(), qPrintable(fromSource.error().message));
        QCOMPARE(fromSource->size(), m_catalogue.size());
        QCOMPARE(fromSource->version(), m_catalogue.version());
        QVERIFY(!m_catalogue.version().isEmpty());
        QVERIFY(m_catalogue.effectiveFrom().isValid());
    }

    void holdsTheProceduresOfDomainSection5()
    {
        QVERIFY(m_catalogue.size() >= 21);
        const QStringList codes{"1.001193", "1.000689", "2.001023", "1.000656", "2.002621",   "1.000894",
                                "2.000806", "1.004873", "2.000635", "1.004859", "1.004884",   "1.005461",
                                "1.004746", "2.000815", "2.000884", "2.000992", "2.001008",   "LOCAL.CTHD",
                                "1.004222", "1.004194", "1.003197", "1.010038", "LOCAL.XNCT", "3.000333"};
        for (const QString& code : codes)
            QVERIFY2(m_catalogue.find(code).has_value(), qPrintable(code));
        for (const Procedure& p : m_catalogue.procedures()) {
            QVERIFY2(p.version >= 1, qPrintable(p.code));
            QVERIFY2(!p.field.isEmpty() && !p.competentBody.isEmpty(), qPrintable(p.code));
            QVERIFY2(!p.components.isEmpty(), qPrintable(p.code));
            QVERIFY2(!p.fees.isEmpty(), qPrintable(p.code));
            QVERIFY2(QStringList({"V", "S", "U"}).contains(p.evidence), qPrintable(p.code));
            QCOMPARE(p.catalogueVersion, m_catalogue.version());
            if (p.evidence == QLatin1String("U"))
                QVERIFY2(!p.verified, qPrintable(p.code + " is [U] but marked verified"));
        }
    }

    void birthRegistration()
    {
        const auto p = m_catalogue.find(QStringLiteral("1.001193"));
        QCOMPARE(p->name, QStringLiteral("Đăng ký khai sinh"));
        QCOMPARE(p->unit, DurationUnit::SameDay);
        QVERIFY(p->after15hNextDay);
        QCOMPARE(p->fees.first().amountVnd, 0);
        QVERIFY(p->verified);
        const auto birthCertificate = std::find_if(p->components.begin(), p->components.end(), [](const auto& c) {
            return c.id == QLatin1String("giay-chung-sinh");
        });
        QVERIFY(birthCertificate != p->components.end());
        QCOMPARE(birthCertificate->form, ComponentForm::Original);
        QVERIFY(birthCertificate->reusable);
    }

    void durationsFeesAndForms()
    {
        const auto residence = m_catalogue.find(QStringLiteral("1.004222"));
        QCOMPARE(residence->unit, DurationUnit::WorkingDays);
        QCOMPARE(residence->duration, 7.0);
        QVERIFY(!residence->after15hNextDay);
        QCOMPARE(residence->fees.first().amountVnd, 20000);
        QCOMPARE(residence->fees.first().onlineAmountVnd.value_or(-1), 10000);

        const auto copy = m_catalogue.find(QStringLiteral("2.000815"));
        QCOMPARE(copy->fees.first().amountVnd, 2000);
        QCOMPARE(copy->fees.first().per, QStringLiteral("trang"));
        QCOMPARE(copy->durationWithVerification, 2.0);
        QCOMPARE(copy->components.at(0).form, ComponentForm::ShownOnly);
        QCOMPARE(copy->components.at(1).form, ComponentForm::Copy);

        const auto extract = m_catalogue.find(QStringLiteral("2.000635"));
        QCOMPARE(extract->fees.first().amountVnd, 8000);
        QCOMPARE(extract->fees.first().exemptions.size(), 3);

        const auto marital = m_catalogue.find(QStringLiteral("1.004873"));
        QVERIFY(!marital->verified); // [U] in DOMAIN.md
        QVERIFY(marital->fees.first().amountSetElsewhere);

        const auto criminalRecord = m_catalogue.find(QStringLiteral("3.000333"));
        QCOMPARE(criminalRecord->unit, DurationUnit::CalendarDays);
        QVERIFY(!m_catalogue.find(QStringLiteral("LOCAL.CTHD"))->nationalCode);
        QVERIFY(m_catalogue.find(QStringLiteral("1.000894"))->nationalCode);
    }

    void interlinkedBundles()
    {
        const auto birth = m_catalogue.find(QStringLiteral("2.001023"));
        QCOMPARE(birth->bundle, QStringLiteral("lien-thong-khai-sinh"));
        QCOMPARE(birth->interlinkedWith, (QStringList{"1.001193", "1.004222"}));
        QCOMPARE(birth->duration, 3.0);
        QVERIFY(birth->after15hNextDay);
        const auto death = m_catalogue.find(QStringLiteral("2.002621"));
        QCOMPARE(death->bundle, QStringLiteral("lien-thong-khai-tu"));
        QCOMPARE(death->interlinkedWith, (QStringList{"1.000656", "1.003197"}));
        QCOMPARE(death->duration, 6.0);
        for (const Procedure& p : m_catalogue.procedures())
            for (const QString& code : p.interlinkedWith)
                QVERIFY2(m_catalogue.find(code).has_value(), qPrintable(p.code + " links unknown " + code));
    }

    void searchFoldsDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("khai sinh") << "khai sinh"
                                   << "1.001193";
        QTest::newRow("with marks") << "Đăng ký khai sinh"
                                    << "1.001193";
        QTest::newRow("upper case") << "ĐĂNG KÝ KẾT HÔN"
                                    << "1.000894";
        QTest::newRow("words out of order") << "hon ket"
                                            << "1.000894";
        QTest::newRow("chung thuc chu ky") << "chung thuc chu ky"
                                           << "2.000884";
        QTest::newRow("thuong tru") << "thuong tru"
                                    << "1.004222";
        QTest::newRow("code prefix") << "1.0042"
                                     << "1.004222";
        QTest::newRow("English name") << "birth registration"
                                      << "1.001193";
    }
    void searchFoldsDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        const auto hits = m_catalogue.search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().code, first);
    }

    void searchFindsEveryMatch()
    {
        const auto hits = m_catalogue.search(QStringLiteral("khai sinh"));
        QStringList codes;
        for (const auto& p : hits)
            codes.append(p.code);
        for (const char* code : {"1.001193", "1.000689", "2.001023", "1.004884"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(m_catalogue.search(QStringLiteral("xyzzy")).isEmpty());
        QVERIFY(m_catalogue.search(QStringLiteral("  ")).isEmpty());
    }

    void versionsAreKept()
    {
        QJsonObject v1 = QJsonDocument::fromJson(smallCatalogue()).object()["procedures"].toArray().at(0).toObject();
        QJsonObject v2 = v1;
        v2["version"] = 2;
        v2["duration"] = 5;
        const QJsonObject root{
            {"format", "motcua-catalogue/1"}, {"catalogueVersion", "test.2"}, {"procedures", QJsonArray{v2, v1}}};
        auto catalogue = Catalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("test"));
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().message));
        QCOMPARE(catalogue->find(QStringLiteral("1.000001"))->version, 2);
        QCOMPARE(catalogue->find(QStringLiteral("1.000001"))->duration, 5.0);
        QCOMPARE(catalogue->find(QStringLiteral("1.000001"), 1)->duration, 2.0);
        QVERIFY(!catalogue->find(QStringLiteral("1.000001"), 3).has_value());
        QCOMPARE(catalogue->search(QStringLiteral("thu tuc thu")).size(), 1); // only the current version

        const QJsonObject twice{
            {"format", "motcua-catalogue/1"}, {"catalogueVersion", "x"}, {"procedures", QJsonArray{v1, v1}}};
        auto duplicate = Catalogue::fromJson(QJsonDocument(twice).toJson(), QStringLiteral("test"));
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.error().message.contains(QLatin1String("repeats version 1")));
    }

    void badDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("syntax") << QByteArray("{\"format\": ") << "catalogue.bad_json";
        QTest::newRow("format") << QByteArray("{\"procedures\": []}") << "catalogue.bad_data";
        QTest::newRow("unit") << smallCatalogue([](QJsonObject& p) { p["unit"] = "weeks"; }) << "catalogue.bad_data";
        QTest::newRow("duration") << smallCatalogue([](QJsonObject& p) { p["duration"] = 0; }) << "catalogue.bad_data";
        QTest::newRow("form") << smallCatalogue([](QJsonObject& p) {
            p["components"] = QJsonArray{QJsonObject{{"id", "a"}, {"name", "A"}, {"form", "scan"}}};
        }) << "catalogue.bad_data";
        QTest::newRow("no name") << smallCatalogue([](QJsonObject& p) { p.remove("name"); }) << "catalogue.bad_data";
        QTest::newRow("no version") << smallCatalogue([](QJsonObject& p) { p.remove("version"); })
                                    << "catalogue.bad_data";
    }
    void badDataIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto result = Catalogue::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY(result.error().message.startsWith(QLatin1String("test.json")));
    }

    void missingFile()
    {
        const auto result = Catalogue::loadFile(QStringLiteral("/nonexistent/procedures.json"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("catalogue.missing_file"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_Catalogue.moc"
