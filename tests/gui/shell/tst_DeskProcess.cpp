// motcua-desk run as a process, offscreen, with its plugins from the build tree.
#include "TestSupport.h"

#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestDeskProcess : public QObject
{
    Q_OBJECT

private slots:
    void badInputExitsWithCode2_data();
    void badInputExitsWithCode2();
    void startsInDemoModeWithAllModules();
    void savesAScreenshot();

private:
    static QString desk() { return test::binaryPath(QStringLiteral("bin/motcua-desk")); }
};

void TestDeskProcess::badInputExitsWithCode2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("de")};
    QTest::newRow("bad delay") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("later")};
}

void TestDeskProcess::badInputExitsWithCode2()
{
    QFETCH(QStringList, args);
    const auto result = test::runProgram(desk(), args, 20000);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith("motcua-desk: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one clear line
}

void TestDeskProcess::startsInDemoModeWithAllModules()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const auto result = test::runProgram(desk(),
                                         {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--quit-after"),
                                          QStringLiteral("0"), QStringLiteral("--report-startup")},
                                         30000);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("modules=5"), result.out.constData());
    QVERIFY(result.out.contains("startup_ms="));
    // No live profile configured: the demo profile's database was created.
    QVERIFY(QFileInfo::exists(data.filePath(QStringLiteral("profiles/demo/motcua.db"))));
}

void TestDeskProcess::savesAScreenshot()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString png = data.filePath(QStringLiteral("main.png"));
    const auto result =
        test::runProgram(desk(),
                         {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path(), QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("--screenshot"), png, QStringLiteral("--quit-after"),
                          QStringLiteral("100")},
                         30000);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 640 && image.height() >= 480);
}

QTEST_GUILESS_MAIN(TestDeskProcess)
#include "tst_DeskProcess.moc"
