#include "Oid.h"
#include "Tlv.h"

#include <QRandomGenerator>
#include <QTest>

using namespace motcua::cccd;

namespace {
QByteArray hex(const char* s)
{
    return QByteArray::fromHex(QByteArray(s));
}

// Walks every constructed element recursively; returns the number of elements seen. Exercises the
// parser on whatever the random input happens to contain.
int walk(const QByteArray& data, int depth = 0)
{
    if (depth > 16)
        return 0;
    auto all = Tlv::parseAll(data);
    if (!all)
        return 0;
    int n = 0;
    for (const auto& e : *all) {
        ++n;
        if (e.isConstructed())
            n += walk(e.value, depth + 1);
    }
    return n;
}
} // namespace

// BER-TLV parsing and DER encoding: multi-byte tags, long lengths, and robustness against malformed,
// truncated and random input (no crash, no overread, a typed error).
class TestTlv : public QObject
{
    Q_OBJECT
private slots:
    void parsesMultiByteTagsAndLongLengths()
    {
        // EF.COM of CCCD.md §4.2.
        const QByteArray com = hex("60185F0104303130375F36063034303030305C0661756"
                                   "36D6F6E");
        auto e = Tlv::parseSingle(com);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->tag, quint32(0x60));
        QVERIFY(e->isConstructed());
        auto kids = e->children();
        QVERIFY(kids.ok());
        QCOMPARE(kids->size(), 3);
        QCOMPARE(kids->at(0).tag, quint32(0x5F01));
        QCOMPARE(kids->at(0).value, QByteArray("0107"));
        QCOMPARE(kids->at(2).tag, quint32(0x5C));
        QCOMPARE(kids->at(2).raw, hex("5C06617563"
                                      "6D6F6E"));

        // Three-byte tag and 82-form length.
        const QByteArray value(300, 'a');
        const QByteArray enc = Tlv::encode(0x7F2E, value);
        QCOMPARE(enc.left(5), hex("7F2E82012C"));
        auto big = Tlv::parseSingle(enc);
        QVERIFY(big.ok());
        QCOMPARE(big->tag, quint32(0x7F2E));
        QCOMPARE(big->value, value);
        QVERIFY(big->isConstructed());
        QCOMPARE(Tlv::encode(0x5F1F, QByteArray(0x5A, 'x')).left(3), hex("5F1F5A"));
        QCOMPARE(Tlv::encodeLength(0x80), hex("8180"));
        QCOMPARE(Tlv::encodeLength(0x10000), hex("83010000"));
        QCOMPARE(Tlv::encodeTag(0x5F8101), hex("5F8101"));
        auto t3 = Tlv::parse(hex("5F810102AABB"));
        QVERIFY(t3.ok());
        QCOMPARE(t3->tag, quint32(0x5F8101));
    }

    void headerGivesFileSize()
    {
        auto h = Tlv::parseHeader(hex("77820A12"));
        QVERIFY(h.ok());
        QCOMPARE(h->tag, quint32(0x77));
        QCOMPARE(h->headerSize, 4);
        QCOMPARE(h->valueLength, 0x0A12);
        QCOMPARE(h->totalSize(), 0x0A16);
        QVERIFY(!Tlv::parseHeader(hex("7782")).ok()); // length bytes missing
        QVERIFY(Tlv::parseHeader(hex("7783")).ok() == false);
    }

    void integers()
    {
        QCOMPARE(Tlv::encodeInteger(0), hex("020100"));
        QCOMPARE(Tlv::encodeInteger(13), hex("02010D"));
        QCOMPARE(Tlv::encodeInteger(128), hex("02020080"));
        QCOMPARE(Tlv::integerValue(hex("0080")).value_or(-1), 128);
        QVERIFY(!Tlv::integerValue(hex("FF")).has_value());
        QVERIFY(!Tlv::integerValue(QByteArray()).has_value());
    }

    void oids()
    {
        QCOMPARE(Oid::encode(QStringLiteral("1.0.10646.1.0.8")), hex("28D316010008"));
        QCOMPARE(Oid::decode(hex("28D316010008")), QStringLiteral("1.0.10646.1.0.8"));
        QCOMPARE(Oid::decode(Oid::encode(QStringLiteral("2.23.136.1.1.1"))), QStringLiteral("2.23.136.1.1.1"));
        QCOMPARE(Oid::decode(Oid::encode(QStringLiteral("1.2.840.113549.1.7.2"))),
                 QStringLiteral("1.2.840.113549.1.7.2"));
        QVERIFY(Oid::decode(hex("2A86")).isEmpty());   // unterminated arc
        QVERIFY(Oid::decode(hex("2A8001")).isEmpty()); // non-minimal
        QVERIFY(Oid::encode(QStringLiteral("abc")).isEmpty());
    }

    void malformedInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("tag only") << hex("61");
        QTest::newRow("length beyond buffer") << hex("6105AABB");
        QTest::newRow("long length truncated") << hex("618201");
        QTest::newRow("indefinite length") << hex("6180AABB0000");
        QTest::newRow("five length bytes") << hex("61850000000001AA");
        QTest::newRow("absurd length") << hex("6184FFFFFFFF");
        QTest::newRow("multibyte tag truncated") << hex("5F");
        QTest::newRow("multibyte tag unterminated") << hex("5F8181818101AA");
        QTest::newRow("zero tag") << hex("0000");
    }
    void malformedInputIsAnError()
    {
        QFETCH(QByteArray, data);
        auto e = Tlv::parseSingle(data);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, QStringLiteral("card.tlv.malformed"));
    }

    void trailingBytes()
    {
        QVERIFY(!Tlv::parseSingle(hex("0401AAFF")).ok());
        QVERIFY(Tlv::parseSingle(hex("0401AAFF"), true).ok());
        QVERIFY(!Tlv::parseAll(hex("0401AA04")).ok());
        QVERIFY(!Tlv::parse(hex("0401AA"), 4).ok()); // offset past the end
        QVERIFY(!Tlv::parse(hex("0401AA"), -1).ok());
    }

    void everyTruncationOfAValidFileFails()
    {
        // A nested structure; every strict prefix must be rejected cleanly.
        const QByteArray inner = Tlv::encode(0x30, Tlv::encodeInteger(1) + Tlv::encode(0x0C, QByteArray(200, 'v')));
        const QByteArray file = Tlv::encode(0x6D, Tlv::encode(0x31, inner + inner));
        QVERIFY(Tlv::parseSingle(file).ok());
        for (int n = 0; n < file.size(); ++n)
            QVERIFY2(!Tlv::parseSingle(file.left(n)).ok(), qPrintable(QString::number(n)));
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator rng(20260213);
        int parsedSomething = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray data(static_cast<int>(rng.bounded(64)), '\0');
            for (char& c : data)
                c = static_cast<char>(rng.bounded(256));
            // Bias towards plausible structure: constructed tags and long-form lengths.
            if (!data.isEmpty() && rng.bounded(2))
                data[0] = static_cast<char>(0x60 | rng.bounded(32));
            if (data.size() > 1 && rng.bounded(3) == 0)
                data[1] = static_cast<char>(0x81 + rng.bounded(4));
            parsedSomething += walk(data);
            auto h = Tlv::parseHeader(data);
            if (h.ok())
                QVERIFY(h->headerSize <= data.size());
        }
        QVERIFY(parsedSomething > 0);
    }

    void mutatedValidFilesNeverCrash()
    {
        const QByteArray inner = Tlv::encode(0x30, Tlv::encodeInteger(7) + Tlv::encode(0x13, "123456789"));
        const QByteArray file = Tlv::encode(0x6D, Tlv::encode(0x30, Tlv::encodeInteger(1) + Tlv::encode(0x31, inner)));
        QRandomGenerator rng(7);
        int accepted = 0;
        int rejected = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray m = file;
            const int flips = 1 + static_cast<int>(rng.bounded(3));
            for (int i = 0; i < flips; ++i)
                m[static_cast<int>(rng.bounded(m.size()))] = static_cast<char>(rng.bounded(256));
            auto top = Tlv::parseSingle(m);
            (top.ok() ? accepted : rejected)++;
            if (top.ok()) // whatever parsed must stay inside the buffer
                QVERIFY(top->raw.size() == m.size());
            walk(m);
        }
        // Both outcomes occur: flips inside strings keep the file valid, flips in headers break it.
        QVERIFY(accepted > 0);
        QVERIFY(rejected > 0);
    }
};

QTEST_GUILESS_MAIN(TestTlv)
#include "tst_Tlv.moc"
