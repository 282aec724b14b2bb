#include "SaneProcessBackend.h"
#include "ScanTestSupport.h"
#include "TestSupport.h"
#include "ui/ScannerDirectory.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::scan::test;

// The scan page on a real SANE driver, the `test` backend (TESTING-INFRA.md §5), run as the desk runs it in
// motcua-scan-worker: discovery and options, a feeder batch of 10 pages, a jam that keeps the pages
// received, and the PDF.
class TestScanPageSane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static QString saneProblem()
    {
        const QString dir = qEnvironmentVariable("SANE_CONFIG_DIR");
        if (dir.isEmpty())
            return QStringLiteral("SANE_CONFIG_DIR is not set: start the test services (scripts/services.sh)");
        QFile dll(dir + QStringLiteral("/dll.conf"));
        if (!dll.open(QIODevice::ReadOnly) || !dll.readAll().contains("test"))
            return QStringLiteral("SANE_CONFIG_DIR=%1 does not enable the `test` backend").arg(dir);
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString problem = saneProblem();
        if (!problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_tmp.isValid());
        nameTestApplication();
        forgetScanSettings();
    }

    void feederBatchJamAndSave()
    {
        ScannerDirectory directory;
        SaneProcessBackend::Options sane;
        sane.workerPath = motcua::test::binaryPath(QStringLiteral("bin/motcua-scan-worker"));
        directory.addBackend(new SaneProcessBackend(sane));
        ScanPageOptions o;
        o.outputFolder = m_tmp.filePath(QStringLiteral("out"));
        o.spoolRoot = m_tmp.filePath(QStringLiteral("spool"));
        o.profilesFile = m_tmp.filePath(QStringLiteral("profiles.json"));
        ScanPage page(&directory, o);
        page.resize(1146, 678);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* devices = child<QComboBox>(&page, "deviceCombo");
        QTRY_VERIFY_WITH_TIMEOUT(devices->findData(QStringLiteral("test:0")) >= 0, 30000);
        page.selectDevice(QStringLiteral("test:0"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&page, "scanButton")->isEnabled(), 30000);
        // The test backend offers a flatbed and a feeder, no duplex.
        QVERIFY(choose(child<QComboBox>(&page, "sourceCombo"), QStringLiteral("adf")));
        QVERIFY(choose(child<QComboBox>(&page, "modeCombo"), QStringLiteral("gray")));
        QVERIFY(choose(child<QComboBox>(&page, "resolutionCombo"),
                       child<QComboBox>(&page, "resolutionCombo")->itemData(0)));
        const QMap<QString, QString> clean = {{QStringLiteral("test-picture"), QStringLiteral("Grid")},
                                              {QStringLiteral("read-return-value"), QStringLiteral("Default")},
                                              {QStringLiteral("read-delay"), QStringLiteral("no")}};
        page.setDeviceOptionOverrides(clean);
        QTest::mouseClick(child<QPushButton>(&page, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.document()->count() == 10 && !page.controller()->isScanning() && !page.document()->isBusy(), 60000);
        QCOMPARE(page.controller()->phase(), ScanController::Phase::Idle);

        // A jam on the next batch: the ten pages stay, the strip offers to go on or to save.
        QMap<QString, QString> jam = clean;
        jam.insert(QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_JAMMED"));
        page.setDeviceOptionOverrides(jam);
        QTest::mouseClick(child<QPushButton>(&page, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(&page, "interruptStrip")->isVisible(), 30000);
        QCOMPARE(page.document()->count(), 10);
        QVERIFY(child<QLabel>(&page, "errorDetails")->text().startsWith(QStringLiteral("scan.jammed")));
        page.setDeviceOptionOverrides(clean);
        QSignalSpy saved(&page, &ScanPage::documentSaved);
        QTest::mouseClick(child<QPushButton>(&page, "saveWhatWeHaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(30000));
        auto pdf = openPdf(saved.first().at(0).toString());
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 10);
    }

    // The scanner driver's process dies mid-batch (here: SIGKILL from outside, as a crashing vendor backend
    // would): the pages received stay, the strip says the driver stopped, and Continue runs on a new worker.
    void driverStoppedMidBatchKeepsPagesAndContinues()
    {
        ScannerDirectory directory;
        SaneProcessBackend::Options sane;
        sane.workerPath = motcua::test::binaryPath(QStringLiteral("bin/motcua-scan-worker"));
        auto* backend = new SaneProcessBackend(sane);
        directory.addBackend(backend);
        ScanPageOptions o;
        o.outputFolder = m_tmp.filePath(QStringLiteral("out2"));
        o.spoolRoot = m_tmp.filePath(QStringLiteral("spool2"));
        o.profilesFile = m_tmp.filePath(QStringLiteral("profiles.json"));
        ScanPage page(&directory, o);
        page.resize(1146, 678);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&page, "deviceCombo")->findData(QStringLiteral("test:0")) >= 0,
                                 30000);
        page.selectDevice(QStringLiteral("test:0"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&page, "scanButton")->isEnabled(), 30000);
        QVERIFY(choose(child<QComboBox>(&page, "sourceCombo"), QStringLiteral("adf")));
        QVERIFY(choose(child<QComboBox>(&page, "modeCombo"), QStringLiteral("gray")));
        QVERIFY(choose(child<QComboBox>(&page, "resolutionCombo"),
                       child<QComboBox>(&page, "resolutionCombo")->itemData(0)));
        const QMap<QString, QString> clean = {{QStringLiteral("test-picture"), QStringLiteral("Grid")},
                                              {QStringLiteral("read-return-value"), QStringLiteral("Default")},
                                              {QStringLiteral("read-delay"), QStringLiteral("no")}};
        QMap<QString, QString> slow = clean;
        slow.insert(QStringLiteral("read-delay"), QStringLiteral("yes"));
        slow.insert(QStringLiteral("read-delay-duration"), QStringLiteral("40000"));
        slow.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
        slow.insert(QStringLiteral("read-limit-size"), QStringLiteral("32768"));
        page.setDeviceOptionOverrides(slow);
        QTest::mouseClick(child<QPushButton>(&page, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.document()->count() >= 2, 30000);
        QVERIFY(backend->workerPid() > 0);
        QCOMPARE(::kill(pid_t(backend->workerPid()), SIGKILL), 0);

        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(&page, "interruptStrip")->isVisible(), 10000);
        const int kept = page.document()->count();
        QVERIFY(kept >= 2 && kept < 10);
        QVERIFY2(child<QLabel>(&page, "errorDetails")->text().startsWith(QStringLiteral("scan.driver_stopped")),
                 qPrintable(child<QLabel>(&page, "errorDetails")->text()));
        QVERIFY(child<QPushButton>(&page, "saveWhatWeHaveButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!page.document()->isBusy(), 30000);
        const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR", QStringLiteral(MOTCUA_BINARY_DIR) +
                                                                                QStringLiteral("/tests/screenshots"));
        QDir().mkpath(shots);
        QVERIFY(page.grab().toImage().save(shots + QStringLiteral("/scan-page-driver-stopped.png")));

        // Continue: a fresh worker scans the rest of the plan; nothing received before is lost.
        page.setDeviceOptionOverrides(clean);
        QTest::mouseClick(child<QPushButton>(&page, "continueButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.document()->count() > kept && !page.controller()->isScanning() && !page.document()->isBusy(), 60000);
        QCOMPARE(page.controller()->phase(), ScanController::Phase::Idle);
        QCOMPARE(backend->workerStarts(), 2);
    }
};

QTEST_MAIN(TestScanPageSane)
#include "tst_ScanPageSane.moc"
