#include "AtrInfo.h"

#include <QTest>

using namespace motcua::cccd;

class TestAtrInfo : public QObject
{
    Q_OBJECT
private slots:
    void extendedLengthAdvertised()
    {
        // TS T0 TD1 TD2 | 80 73 00 00 C0 | TCK: card capabilities with extended Lc/Le.
        AtrInfo atr(QByteArray::fromHex("3B85800180730000C037"));
        QVERIFY(atr.isValid());
        QCOMPARE(atr.historicalBytes(), QByteArray::fromHex("80730000C0"));
        QVERIFY(atr.advertisesExtendedLength());
    }

    void contactlessPcscAtrWithoutCapabilities()
    {
        // PC/SC part 3 ATR of an ISO 14443-4 type A card (historical bytes from ATS, proprietary).
        AtrInfo atr(QByteArray::fromHex("3B8880014A434F503234320000"));
        QVERIFY(atr.isValid());
        QVERIFY(!atr.advertisesExtendedLength());
    }

    void capabilitiesWithoutExtendedBit()
    {
        AtrInfo atr(QByteArray::fromHex("3B85800180730000803F"));
        QVERIFY(atr.isValid());
        QVERIFY(!atr.advertisesExtendedLength());
    }

    void statusCategoryZero()
    {
        // Category 00: compact-TLV then a 3-byte status indicator.
        AtrInfo atr(QByteArray::fromHex("3B88800100730000C0009000"));
        QVERIFY(atr.isValid());
        QVERIFY(atr.advertisesExtendedLength());
    }

    void truncatedAtrIsInvalid()
    {
        QVERIFY(!AtrInfo(QByteArray::fromHex("3B")).isValid());
        QVERIFY(!AtrInfo(QByteArray::fromHex("3B8F8001")).isValid());
        QVERIFY(!AtrInfo(QByteArray::fromHex("3B8F80")).advertisesExtendedLength());
    }
};

QTEST_GUILESS_MAIN(TestAtrInfo)
#include "tst_AtrInfo.moc"
