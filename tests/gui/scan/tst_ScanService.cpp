#include "DemoScannerBackend.h"
#include "ScanTestSupport.h"
#include "Scanner.h"
#include "ui/ScanDialog.h"
#include "ui/ScannerDirectory.h"
#include "ui/ScannerService.h"

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::scan::test;

namespace {

constexpr int kWait = 30000;

// A Scanner written against the interface before component scanning existed: still compiles, still works.
class OldScanner : public Scanner
{
    Q_OBJECT
public:
    State state() const override { return State::Ready; }
    QStringList devices() const override { return {QStringLiteral("old:0")}; }
    QString statusText() const override { return {}; }
    void refreshDevices() override {}
};

} // namespace

// The Scanner service as the reception checklist uses it: "scan the missing component" opens the scan
// dialog and hands back the file, its page count and size.
class TestScanService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<ScannerService> m_service;

    ScanPage* waitForPage(const QString& requestId)
    {
        ScanDialog* dialog = m_service->dialog(requestId);
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        ScanPage* page = dialog->page();
        if (!QTest::qWaitFor([&] { return child<QPushButton>(page, "scanButton")->isEnabled(); }, kWait))
            return nullptr;
        return page;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        nameTestApplication();
    }

    void init()
    {
        forgetScanSettings();
        auto* directory = new ScannerDirectory;
        directory->addBackend(new DemoScannerBackend);
        m_service = std::make_unique<ScannerService>(directory, m_tmp.filePath(QStringLiteral("scans")));
        ScanPageOptions defaults = m_service->pageDefaults();
        defaults.spoolRoot = m_tmp.filePath(QStringLiteral("spool"));
        defaults.profilesFile = m_tmp.filePath(QStringLiteral("profiles.json"));
        m_service->setPageDefaults(defaults);
    }

    void cleanup() { m_service.reset(); }

    void reportsDevicesAndState()
    {
        QSignalSpy devices(m_service.get(), &Scanner::devicesChanged);
        m_service->refreshDevices();
        QTRY_VERIFY(devices.count() >= 1);
        QCOMPARE(m_service->devices(), (QStringList{QStringLiteral("demo:feeder"), QStringLiteral("demo:flatbed")}));
        QCOMPARE(m_service->state(), Scanner::State::Ready);
        QVERIFY(m_service->canScanComponents());
        QCOMPARE(m_service->statusText(), QStringLiteral("2 scanner(s) ready"));
    }

    void scansTheMissingComponent()
    {
        QWidget checklist;
        checklist.resize(1366, 768);
        checklist.show();
        QVERIFY(QTest::qWaitForWindowExposed(&checklist));

        ScanRequest request;
        request.componentId = QStringLiteral("tp-02");
        request.title = QStringLiteral("Tờ khai thay đổi thông tin cư trú (CT01)");
        request.dossierCode = QStringLiteral("H10.25-260101-0007");
        request.author = QStringLiteral("Nguyễn Thị Cán Bộ");
        std::optional<ScanResult> result;
        QSignalSpy reported(m_service.get(), &Scanner::componentScanned);
        const QString id =
            m_service->scanComponent(request, &checklist, &checklist, [&result](const ScanResult& r) { result = r; });
        QVERIFY(!id.isEmpty());
        ScanPage* page = waitForPage(id);
        QVERIFY(page);
        QVERIFY(m_service->dialog(id)->isModal()); // window-modal over the checklist
        QVERIFY(m_service->dialog(id)->windowTitle().contains(request.title));
        // The profile comes from the component's name; the demo feeder does both sides itself.
        QCOMPARE(child<QComboBox>(page, "profileCombo")->currentData().toString(),
                 QStringLiteral("to-khai-gray-200-duplex"));
        QCOMPARE(child<QComboBox>(page, "sourceCombo")->currentData().toString(), QStringLiteral("duplex"));
        QCOMPARE(child<QComboBox>(page, "resolutionCombo")->currentData().toInt(), 200);
        QCOMPARE(child<QLineEdit>(page, "titleEdit")->text(), request.title);
        QVERIFY(!child<QLineEdit>(page, "fileEdit")->isVisible()); // the request decides the file

        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("1")}, {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::keyClick(page, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(page->document()->count() == 2 && !page->controller()->isScanning(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!page->document()->isBusy(), kWait);
        QTest::qWait(300); // the large view's sharp image
        const QString shots = QStringLiteral(MOTCUA_BINARY_DIR) + QStringLiteral("/tests/screenshots");
        QDir().mkpath(shots);
        QVERIFY(m_service->dialog(id)->grab().toImage().save(shots + QStringLiteral("/scan-dialog.png")));
        auto* thumbs = child<QListView>(page, "thumbnailView");
        thumbs->setFocus();
        QTest::keyClick(thumbs, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
        QCOMPARE(reported.count(), 1);

        QVERIFY(result->saved());
        QCOMPARE(result->requestId, id);
        QCOMPARE(result->componentId, QStringLiteral("tp-02"));
        QCOMPARE(result->pageCount, 2);
        QVERIFY(QFileInfo::exists(result->filePath));
        QCOMPARE(result->bytes, QFileInfo(result->filePath).size());
        QCOMPARE(result->blankPages, 1); // the back of the one-sided form: kept, and said so
        const QString name = QFileInfo(result->filePath).fileName();
        QVERIFY2(name.startsWith(QStringLiteral("H10-25-260101-0007_")) && name.endsWith(QStringLiteral(".pdf")),
                 qPrintable(name));
        QVERIFY(name.contains(QStringLiteral("to-khai-thay-doi-thong-tin-cu-tru")));
        auto pdf = openPdf(result->filePath);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 2);
        QCOMPARE(pdf->info(QStringLiteral("Title")), request.title);
        QCOMPARE(pdf->info(QStringLiteral("Author")), request.author);
        QTRY_VERIFY(!m_service->dialog(id)); // closed
    }

    void exactOutputPathIsHonoured()
    {
        QWidget checklist;
        checklist.show();
        ScanRequest request;
        request.componentId = QStringLiteral("tp-01");
        request.title = QStringLiteral("Bản sao CCCD");
        request.profileId = QStringLiteral("text-bw-300");
        request.outputPath = m_tmp.filePath(QStringLiteral("exact/cccd.pdf"));
        std::optional<ScanResult> result;
        const QString id =
            m_service->scanComponent(request, &checklist, &checklist, [&](const ScanResult& r) { result = r; });
        ScanPage* page = waitForPage(id);
        QVERIFY(page);
        // An explicit profile beats the one the title would match.
        QCOMPARE(child<QComboBox>(page, "profileCombo")->currentData().toString(), QStringLiteral("text-bw-300"));
        page->selectDevice(QStringLiteral("demo:flatbed"));
        QTRY_VERIFY(child<QPushButton>(page, "scanButton")->isEnabled());
        QCOMPARE(child<QComboBox>(page, "sourceCombo")->currentData().toString(), QStringLiteral("flatbed"));
        QTest::mouseClick(child<QPushButton>(page, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->document()->count() == 1 && !page->controller()->isScanning(), kWait);
        QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
        QVERIFY(result->saved());
        QCOMPARE(result->filePath, request.outputPath);
        QCOMPARE(result->pageCount, 1);
    }

    void closingAsksBeforeDiscardingAndReportsCancel()
    {
        QWidget checklist;
        checklist.show();
        ScanRequest request;
        request.componentId = QStringLiteral("tp-03");
        request.title = QStringLiteral("Giấy khai sinh");
        std::optional<ScanResult> result;
        const QString id =
            m_service->scanComponent(request, &checklist, &checklist, [&](const ScanResult& r) { result = r; });
        ScanPage* page = waitForPage(id);
        QVERIFY(page);
        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("1")}, {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page, "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->document()->count() >= 1 && !page->controller()->isScanning(), kWait);
        ScanDialog* dialog = m_service->dialog(id);
        // Esc with pages: a question in the window, nothing closed, nothing lost.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QFrame>(dialog, "discardStrip")->isVisible());
        QVERIFY(!result);
        QTest::mouseClick(child<QPushButton>(dialog, "keepButton"), Qt::LeftButton);
        QVERIFY(!child<QFrame>(dialog, "discardStrip")->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTest::mouseClick(child<QPushButton>(dialog, "discardButton"), Qt::LeftButton);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->outcome, ScanResult::Outcome::Cancelled);
        QCOMPARE(result->componentId, QStringLiteral("tp-03"));
        QVERIFY(result->filePath.isEmpty());
        QTRY_VERIFY(!m_service->dialog(id));

        // The checklist gives up on a request: reported as cancelled too.
        std::optional<ScanResult> second;
        const QString id2 =
            m_service->scanComponent(request, &checklist, &checklist, [&](const ScanResult& r) { second = r; });
        QVERIFY(waitForPage(id2));
        m_service->cancelComponentScan(id2);
        QTRY_VERIFY(second.has_value());
        QCOMPARE(second->outcome, ScanResult::Outcome::Cancelled);
        QCOMPARE(second->requestId, id2);
    }

    void olderImplementationsStillWork()
    {
        OldScanner old;
        QVERIFY(!old.canScanComponents());
        bool called = false;
        QCOMPARE(old.scanComponent({}, nullptr, &old, [&](const ScanResult&) { called = true; }), QString());
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestScanService)
#include "tst_ScanService.moc"
