#include "ApduTrace.h"
#include "PcscLog.h"

#include <QTest>

using namespace motcua::cccd;

namespace {
QStringList g_logged;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged << message;
}
} // namespace

// APDU traces must show structure only: no command data (MRZ-derived cryptograms) and no response data
// (names, ID numbers, faces), unless a developer explicitly enables full traces.
class TestApduTrace : public QObject
{
    Q_OBJECT
private:
    // A protected READ BINARY and a response carrying "001095012345" (an ID number) in clear for the test.
    const QByteArray m_command = QByteArray::fromHex("0CB000000D9701DF8E08ED6705417E96BA5500");
    const QByteArray m_response = QByteArray("001095012345NGUYEN") + QByteArray::fromHex("9000");

private slots:
    void init() { ApduTrace::setFullTraceEnabled(false); }

    void commandShowsHeaderAndLengthsOnly()
    {
        const QString line = ApduTrace::describeCommand(m_command);
        QCOMPARE(line, QStringLiteral("C: 0C B0 00 00 Lc=13 Le=256"));
        QVERIFY(!line.contains(QStringLiteral("8E")));
        QVERIFY(!line.contains(QStringLiteral("ED 67")));
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case 1") << QByteArray::fromHex("00A40000") << QStringLiteral("C: 00 A4 00 00");
        QTest::newRow("case 2 short") << QByteArray::fromHex("0084000008") << QStringLiteral("C: 00 84 00 00 Le=8");
        QTest::newRow("case 2 Le=256") << QByteArray::fromHex("00B0000000") << QStringLiteral("C: 00 B0 00 00 Le=256");
        QTest::newRow("case 3") << QByteArray::fromHex("00A4040C07A0000002471001")
                                << QStringLiteral("C: 00 A4 04 0C Lc=7");
        QTest::newRow("case 2 extended") << QByteArray::fromHex("00B00000000400")
                                         << QStringLiteral("C: 00 B0 00 00 Le=1024 (extended)");
        QTest::newRow("case 4 extended") << QByteArray::fromHex("0CB00000000003AABBCC0000")
                                         << QStringLiteral("C: 0C B0 00 00 Lc=3 Le=65536 (extended)");
        QTest::newRow("truncated") << QByteArray::fromHex("00A4") << QStringLiteral("C: malformed (2 bytes)");
    }

    void cases()
    {
        QFETCH(QByteArray, apdu);
        QFETCH(QString, expected);
        QCOMPARE(ApduTrace::describeCommand(apdu), expected);
    }

    void responseShowsLengthAndStatusOnly()
    {
        const QString line = ApduTrace::describeResponse(m_response);
        QCOMPARE(line, QStringLiteral("R: 18 bytes SW=9000"));
        QVERIFY(!line.contains(QStringLiteral("0010950")));
        QCOMPARE(ApduTrace::describeResponse(QByteArray::fromHex("6982")), QStringLiteral("R: 0 bytes SW=6982"));
        QCOMPARE(ApduTrace::describeResponse(QByteArray("\x90", 1)), QStringLiteral("R: malformed (1 bytes)"));
    }

    void fullTraceOnlyWhenEnabled()
    {
        ApduTrace::setFullTraceEnabled(true);
        QVERIFY(ApduTrace::describeCommand(m_command).contains(QStringLiteral("8E 08 ED 67")));
        QVERIFY(ApduTrace::describeResponse(m_response).contains(QStringLiteral("30 30 31 30 39 35")));
    }

    void defaultIsRedactedWithoutEnvironment()
    {
        // The test runs without MOTCUA_APDU_TRACE; the category logs nothing below warnings by default.
        QVERIFY(qEnvironmentVariableIsEmpty("MOTCUA_APDU_TRACE"));
        QVERIFY(!lcApdu().isDebugEnabled());
    }

    void loggedLinesCarryNoPayload()
    {
        g_logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("motcua.apdu.debug=true"));
        const auto previous = qInstallMessageHandler(captureMessages);
        qCDebug(lcApdu).noquote() << ApduTrace::describeCommand(m_command);
        qCDebug(lcApdu).noquote() << ApduTrace::describeResponse(m_response);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(g_logged.size(), 2);
        for (const QString& line : std::as_const(g_logged)) {
            QVERIFY2(!line.contains(QStringLiteral("001095012345")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("30 30 31")), qPrintable(line));
            QVERIFY2(!line.contains(QStringLiteral("ED 67 05")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestApduTrace)
#include "tst_ApduTrace.moc"
