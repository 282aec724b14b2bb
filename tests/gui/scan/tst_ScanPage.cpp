#include "DemoScannerBackend.h"
#include "ScanError.h"
#include "ScanTestSupport.h"
#include "ui/DeviceOptionsStore.h"
#include "ui/PagePreview.h"
#include "ui/ScanProfile.h"
#include "ui/ScannerDirectory.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::scan::test;

namespace {

// A sheet feeder that scans one side only (no duplex): the case for manual duplex.
class SimplexFeederBackend : public DemoScannerBackend
{
public:
    using DemoScannerBackend::DemoScannerBackend;
    QFuture<Result<QList<ScannerDevice>>> devices(bool) override
    {
        ScannerDevice d = deviceList().first();
        d.model = QStringLiteral("Demo sheet feeder (one side)");
        return QtFuture::makeReadyFuture(Result<QList<ScannerDevice>>(QList<ScannerDevice>{d}));
    }
    QFuture<Result<DeviceCapabilities>> capabilities(const QString& device) override
    {
        auto caps = capabilitiesOf(device);
        if (!caps)
            return DemoScannerBackend::capabilities(device);
        caps->sources = {ScanSource::Feeder};
        return QtFuture::makeReadyFuture(Result<DeviceCapabilities>(*caps));
    }
};

constexpr int kWait = 30000;

} // namespace

// The SCAN page offscreen with the demo scanner: a batch, keyboard editing, save and a look at the PDF with
// Poppler; jams and unplugged scanners; manual duplex; blank pages; remembered options; profiles; crash
// recovery; a screenshot.
class TestScanPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<ScannerDirectory> m_directory;

    ScanPageOptions options() const
    {
        ScanPageOptions o;
        o.outputFolder = m_tmp.filePath(QStringLiteral("out"));
        o.spoolRoot = m_tmp.filePath(QStringLiteral("spool"));
        o.profilesFile = m_tmp.filePath(QStringLiteral("profiles.json"));
        return o;
    }

    // A page in a window of the desk's size, ready to scan on `device`.
    std::unique_ptr<ScanPage> makePage(const QString& device = QStringLiteral("demo:feeder"),
                                       const ScanPageOptions& o = {}, QWidget* parent = nullptr)
    {
        auto page = std::make_unique<ScanPage>(m_directory.get(), o.outputFolder.isEmpty() ? options() : o, parent);
        if (!parent) {
            page->resize(1366 - 220, 768 - 90);
            page->show();
            if (!QTest::qWaitForWindowExposed(page.get()))
                return nullptr;
        }
        if (!device.isEmpty()) {
            if (!QTest::qWaitFor([&] { return page->currentDevice() == device || selectIfListed(*page, device); },
                                 kWait))
                return nullptr;
            if (!QTest::qWaitFor([&] { return child<QPushButton>(page.get(), "scanButton")->isEnabled(); }, kWait))
                return nullptr;
        }
        return page;
    }

    static bool selectIfListed(ScanPage& page, const QString& device)
    {
        if (child<QComboBox>(&page, "deviceCombo")->findData(device) < 0)
            return false;
        page.selectDevice(device);
        return page.currentDevice() == device;
    }

    // Settings as the official picks them; 150 dpi keeps the tests quick.
    static void setUp(ScanPage& page, ScanSource source, ColorMode mode = ColorMode::Gray, int dpi = 150)
    {
        QVERIFY(choose(child<QComboBox>(&page, "sourceCombo"), toString(source)));
        QVERIFY(choose(child<QComboBox>(&page, "modeCombo"), toString(mode)));
        QVERIFY(choose(child<QComboBox>(&page, "resolutionCombo"), dpi));
    }

    static bool waitIdle(ScanPage& page, int count)
    {
        return QTest::qWaitFor(
            [&] {
                return page.document()->count() == count && page.controller()->phase() == ScanController::Phase::Idle &&
                       !page.document()->isBusy();
            },
            kWait);
    }

    static QImage pageImage(const ScanPage& page, int position)
    {
        return PagePreview::decode(page.document()->page(position).processed->encoded, 400);
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
        QDir(m_tmp.filePath(QStringLiteral("spool"))).removeRecursively();
        m_directory = std::make_unique<ScannerDirectory>();
        m_directory->addBackend(new DemoScannerBackend);
    }

    void cleanup() { m_directory.reset(); }

    void fitsTheDeskAndFindsDevicesOffTheGuiThread()
    {
        auto page = makePage();
        QVERIFY(page);
        QVERIFY2(page->minimumSizeHint().width() <= 1366 - 220,
                 qPrintable(QString::number(page->minimumSizeHint().width())));
        QVERIFY2(page->minimumSizeHint().height() <= 768 - 90,
                 qPrintable(QString::number(page->minimumSizeHint().height())));
        auto* devices = child<QComboBox>(page.get(), "deviceCombo");
        QCOMPARE(devices->count(), 2);
        QVERIFY(devices->findData(QStringLiteral("demo:flatbed")) >= 0);
        // Both demo capabilities are cached after the first question.
        QVERIFY(m_directory->capabilities(QStringLiteral("demo:feeder")).has_value());
        QCOMPARE(child<QLabel>(page.get(), "pageCounter")->text(), QStringLiteral("Pages: 0"));
        QVERIFY(!child<QPushButton>(page.get(), "saveButton")->isEnabled());
    }

    // The main path: 3 sheets, reorder / rotate / delete by keyboard, save, and the PDF read back.
    void batchEditedByKeyboardIsSavedInTheOrderShown()
    {
        // The page sits in a window whose Ctrl+R means something else (the shell opens the card page with
        // it): inside the page, Ctrl+R must rotate.
        QMainWindow window;
        QAction navigate(&window);
        navigate.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        navigate.setShortcutContext(Qt::WindowShortcut);
        window.addAction(&navigate);
        QSignalSpy navigated(&navigate, &QAction::triggered);
        auto* host = new QWidget;
        window.setCentralWidget(host);
        window.resize(1366 - 220, 768 - 90);
        auto page = makePage(QString(), options(), host);
        QVERIFY(page);
        auto* layout = new QVBoxLayout(host);
        layout->addWidget(page.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(selectIfListed(*page, QStringLiteral("demo:feeder")));
        QTRY_VERIFY(child<QPushButton>(page.get(), "scanButton")->isEnabled());
        setUp(*page, ScanSource::Feeder);
        child<QLineEdit>(page.get(), "titleEdit")->setText(QStringLiteral("Tờ khai CT01 – thử"));
        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("3")}, {QStringLiteral("page-delay-ms"), QStringLiteral("40")}});

        QSignalSpy scanning(page.get(), &ScanPage::scanningChanged);
        QTest::keyClick(page.get(), Qt::Key_F5);
        QTRY_VERIFY(scanning.count() >= 1);
        QVERIFY(scanning.first().first().toBool());
        // The live counter shows progress while the feeder runs.
        QTRY_VERIFY(child<QLabel>(page.get(), "pageCounter")->text().contains(QStringLiteral("Scanning page")));
        QVERIFY(waitIdle(*page, 3));
        QCOMPARE(child<QLabel>(page.get(), "pageCounter")->text(), QStringLiteral("Pages: 3"));
        QCOMPARE(page->document()->pageIds(), (QList<int>{0, 1, 2}));
        for (int i = 0; i < 3; ++i) {
            const DocumentPage& p = page->document()->page(i);
            QVERIFY(p.isReady());
            QVERIFY(!p.thumbnail.isNull()); // made on the pool
            QVERIFY(!p.looksBlank());
            // Per-page compression and size are shown under each thumbnail.
            const QString caption = page->document()->data(page->document()->index(i), Qt::DisplayRole).toString();
            QVERIFY2(caption.contains(QStringLiteral("G4")) || caption.contains(QStringLiteral("JPEG")),
                     qPrintable(caption));
        }
        QVERIFY(child<QLabel>(page.get(), "summaryLabel")->text().contains(QStringLiteral("3 page")));
        // Each sheet as scanned, to recognise it in the PDF whatever happens to the order.
        QHash<int, QImage> original;
        for (int i = 0; i < 3; ++i)
            original.insert(page->document()->page(i).id, pageImage(*page, i));

        // Keyboard: the third page up twice (→ 2,0,1), turn it clockwise, the last one (sheet 1) deleted,
        // sheet 0 turned counter-clockwise.
        auto* thumbs = child<QListView>(page.get(), "thumbnailView");
        thumbs->setFocus();
        QTRY_VERIFY(thumbs->hasFocus());
        thumbs->setCurrentIndex(page->document()->index(2));
        QTest::keyClick(thumbs, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(thumbs, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(page->document()->pageIds(), (QList<int>{2, 0, 1}));
        QCOMPARE(page->currentPosition(), 0);
        QTest::keyClick(thumbs, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(navigated.count(), 0); // the window's Ctrl+R did not fire
        QCOMPARE(page->document()->page(0).rotation, 90);
        QTest::keyClick(thumbs, Qt::Key_Down, Qt::AltModifier); // and back down one: 0,2,1
        QCOMPARE(page->document()->pageIds(), (QList<int>{0, 2, 1}));
        QTest::keyClick(thumbs, Qt::Key_Up, Qt::AltModifier); // 2,0,1
        QCOMPARE(page->document()->pageIds(), (QList<int>{2, 0, 1}));
        thumbs->setCurrentIndex(page->document()->index(2));
        QTest::keyClick(thumbs, Qt::Key_Delete);
        QCOMPARE(page->document()->pageIds(), (QList<int>{2, 0}));
        QCOMPARE(page->currentPosition(), 1);
        QTest::keyClick(thumbs, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page->document()->page(1).rotation, 270);
        QCOMPARE(navigated.count(), 0);
        QVERIFY(waitIdle(*page, 2));
        QCOMPARE(page->document()->page(0).processedRotation, 90);
        QCOMPARE(page->document()->page(1).processedRotation, 270);

        // One more sheet, smaller, from the flatbed, inserted before the second page (Ins): the A5 page
        // marks a place in the order that page sizes alone can check.
        page->selectDevice(QStringLiteral("demo:flatbed"));
        QTRY_VERIFY(child<QPushButton>(page.get(), "scanButton")->isEnabled());
        QVERIFY(choose(child<QComboBox>(page.get(), "pageSizeCombo"), QStringLiteral("a5")));
        QVERIFY(choose(child<QComboBox>(page.get(), "resolutionCombo"), 150));
        thumbs->setFocus();
        thumbs->setCurrentIndex(page->document()->index(1));
        QTest::keyClick(thumbs, Qt::Key_Insert);
        QVERIFY(waitIdle(*page, 3));
        QCOMPARE(page->document()->pageIds(), (QList<int>{2, 3, 0}));
        // What each position holds right before saving, decoded from the very bytes that go into the PDF.
        QList<QImage> shown;
        for (int i = 0; i < 3; ++i)
            shown.append(pageImage(*page, i));

        // Save with Ctrl+S; the spool goes once the file is in place.
        const QString spoolDir = page->document()->spool()->directory();
        QVERIFY(QFile::exists(spoolDir + QStringLiteral("/layout.json")));
        QSignalSpy saved(page.get(), &ScanPage::documentSaved);
        thumbs->setFocus();
        QTest::keyClick(thumbs, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(kWait));
        const QString path = saved.first().at(0).toString();
        QCOMPARE(saved.first().at(1).toInt(), 3);
        QCOMPARE(saved.first().at(2).toLongLong(), QFileInfo(path).size());
        QVERIFY(path.startsWith(options().outputFolder));
        QVERIFY(!QDir(spoolDir).exists());
        QCOMPARE(page->document()->count(), 0); // ready for the next component
        QVERIFY(child<QLabel>(page.get(), "noticeLabel")->text().contains(QStringLiteral("Saved")));

        // The PDF, read back with Poppler.
        auto pdf = openPdf(path);
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 3);
        QCOMPARE(pdf->info(QStringLiteral("Title")), QStringLiteral("Tờ khai CT01 – thử"));
        // Sizes in points: A4 turned (landscape), A5 upright, A4 turned.
        const QList<QSizeF> sizes = {{842, 595}, {420, 595}, {842, 595}};
        QList<QImage> rendered;
        for (int i = 0; i < 3; ++i) {
            auto pdfPage = pdf->page(i);
            const QSizeF size = pdfPage->pageSizeF();
            QVERIFY2(std::abs(size.width() - sizes.at(i).width()) < 4 &&
                         std::abs(size.height() - sizes.at(i).height()) < 4,
                     qPrintable(QStringLiteral("page %1: %2 x %3 pt").arg(i).arg(size.width()).arg(size.height())));
            rendered.append(pdfPage->renderToImage(50, 50));
            QVERIFY(!rendered.last().isNull());
        }
        // Every PDF page is the page shown at its position, and clearly not another one.
        for (int i = 0; i < 3; ++i) {
            const double same = pageDistance(rendered.at(i), shown.at(i));
            for (int j = 0; j < 3; ++j) {
                if (j != i)
                    QVERIFY2(same * 2 < pageDistance(rendered.at(i), shown.at(j)),
                             qPrintable(QStringLiteral("page %1 looks like position %2").arg(i).arg(j)));
            }
        }
        // And the turns went the right way: the first page is a sheet turned clockwise, the last one a sheet
        // turned counter-clockwise (compared with the sheets as first scanned, upright).
        auto closest = [&original](const QImage& image, int degrees) {
            double best = std::numeric_limits<double>::infinity();
            for (const QImage& sheet : original)
                best = qMin(best, pageDistance(image, rotated(sheet, degrees)));
            return best;
        };
        QVERIFY2(
            closest(rendered.at(0), 90) * 1.2 < closest(rendered.at(0), 270),
            qPrintable(QStringLiteral("%1 vs %2").arg(closest(rendered.at(0), 90)).arg(closest(rendered.at(0), 270))));
        QVERIFY2(
            closest(rendered.at(2), 270) * 1.2 < closest(rendered.at(2), 90),
            qPrintable(QStringLiteral("%1 vs %2").arg(closest(rendered.at(2), 270)).arg(closest(rendered.at(2), 90))));
    }

    // What the thumbnail strip's drag and drop does: QListView moves a row "before" the drop row.
    void dragAndDropMovesRows()
    {
        ScanDocument doc;
        doc.setSpoolRoot(QString()); // pages in memory only
        for (int i = 0; i < 4; ++i) {
            ScannedPage raw;
            raw.dpi = 100;
            raw.image = QImage(827, 1169, QImage::Format_Grayscale8);
            raw.image.fill(255);
            doc.insertScanned(-1, raw, PipelineOptions{});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!doc.isBusy(), kWait);
        QVERIFY(doc.moveRow({}, 3, {}, 0)); // last page dropped on the first
        QCOMPARE(doc.pageIds(), (QList<int>{3, 0, 1, 2}));
        QVERIFY(doc.moveRow({}, 0, {}, 4)); // first page dropped below the last
        QCOMPARE(doc.pageIds(), (QList<int>{0, 1, 2, 3}));
        QVERIFY(doc.moveRow({}, 1, {}, 3));
        QCOMPARE(doc.pageIds(), (QList<int>{0, 2, 1, 3}));
        QVERIFY(!doc.moveRow({}, 1, {}, 2)); // onto itself
        QVERIFY(doc.flags(doc.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(doc.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
        QCOMPARE(doc.blankCount(), 4); // white sheets: flagged, all still there
        QVERIFY(!doc.spool());
    }

    void jamKeepsPagesAndContinues()
    {
        auto page = makePage();
        QVERIFY(page);
        setUp(*page, ScanSource::Feeder);
        page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("5")},
                                        {QStringLiteral("jam-after"), QStringLiteral("2")},
                                        {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        auto* strip = child<QFrame>(page.get(), "interruptStrip");
        QTRY_VERIFY_WITH_TIMEOUT(strip->isVisible(), kWait);
        QCOMPARE(page->controller()->phase(), ScanController::Phase::Interrupted);
        QCOMPARE(page->document()->count(), 2); // the pages before the jam stay
        const QString text = child<QLabel>(page.get(), "interruptText")->text();
        QVERIFY2(text.contains(ScanError(ScanError::Jammed, {}).userMessage().toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 page(s) received so far are kept")), qPrintable(text));
        QVERIFY(child<QPushButton>(page.get(), "continueButton")->isVisible());
        QVERIFY(child<QPushButton>(page.get(), "saveWhatWeHaveButton")->isVisible());
        QVERIFY(child<QLabel>(page.get(), "errorDetails")->text().startsWith(QStringLiteral("scan.jammed")));

        // The sheet is freed; the rest of the stack goes through and lands after the first two.
        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("3")}, {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "continueButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*page, 5));
        QVERIFY(!strip->isVisible());
        QCOMPARE(page->document()->pageIds(), (QList<int>{0, 1, 2, 3, 4}));
    }

    void unpluggedScannerSavesWhatWeHave()
    {
        auto page = makePage();
        QVERIFY(page);
        setUp(*page, ScanSource::Feeder);
        page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("4")},
                                        {QStringLiteral("gone-after"), QStringLiteral("1")},
                                        {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(page.get(), "interruptStrip")->isVisible(), kWait);
        QCOMPARE(page->document()->count(), 1);
        QVERIFY(child<QLabel>(page.get(), "interruptText")
                    ->text()
                    .contains(ScanError(ScanError::DeviceGone, {}).userMessage().toHtmlEscaped()));
        QSignalSpy saved(page.get(), &ScanPage::documentSaved);
        // Straight away: the page may still be in the pipeline; the save waits for it.
        QTest::mouseClick(child<QPushButton>(page.get(), "saveWhatWeHaveButton"), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.first().at(1).toInt(), 1);
        auto pdf = openPdf(saved.first().at(0).toString());
        QVERIFY(pdf);
        QCOMPARE(pdf->numPages(), 1);
        QCOMPARE(page->controller()->phase(), ScanController::Phase::Idle);
    }

    void escapeCancelsAndKeepsPages()
    {
        auto page = makePage();
        QVERIFY(page);
        setUp(*page, ScanSource::Feeder);
        page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("20")},
                                        {QStringLiteral("page-delay-ms"), QStringLiteral("300")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->document()->count() >= 1, kWait);
        QVERIFY(child<QProgressBar>(page.get(), "scanProgress")->isVisible());
        child<QListView>(page.get(), "thumbnailView")->setFocus();
        QTest::keyClick(child<QListView>(page.get(), "thumbnailView"), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(page->controller()->phase(), ScanController::Phase::Idle, kWait);
        const int kept = page->document()->count();
        QVERIFY(kept >= 1 && kept < 20);
        QVERIFY(child<QLabel>(page.get(), "noticeLabel")->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!child<QFrame>(page.get(), "interruptStrip")->isVisible());
        QTRY_VERIFY(!page->document()->isBusy());
        QCOMPARE(page->document()->count(), kept);
    }

    void blankBacksAreFlaggedNotDropped()
    {
        auto page = makePage();
        QVERIFY(page);
        setUp(*page, ScanSource::Duplex);
        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("2")}, {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*page, 4)); // nothing dropped: 2 sheets, 4 sides
        const auto* doc = page->document();
        QCOMPARE(doc->blankCount(), 2);
        QVERIFY(!doc->data(doc->index(0), ScanDocument::BlankRole).toBool());
        QVERIFY(doc->data(doc->index(1), ScanDocument::BlankRole).toBool());
        QVERIFY(doc->data(doc->index(3), ScanDocument::BlankRole).toBool());
        QVERIFY(doc->data(doc->index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("Looks blank")));
        QVERIFY(child<QLabel>(page.get(), "summaryLabel")->text().contains(QStringLiteral("2 look(s) blank")));
        child<QListView>(page.get(), "thumbnailView")->setCurrentIndex(doc->index(1));
        QTRY_VERIFY(child<QLabel>(page.get(), "blankBanner")->isVisible());
        child<QListView>(page.get(), "thumbnailView")->setCurrentIndex(doc->index(0));
        QTRY_VERIFY(!child<QLabel>(page.get(), "blankBanner")->isVisible());
        // Only when the official asks.
        auto* removeBlank = page->findChild<QAction*>(QStringLiteral("actionRemoveBlankPages"));
        QVERIFY(removeBlank && removeBlank->isEnabled());
        removeBlank->trigger();
        QCOMPARE(doc->count(), 2);
        QCOMPARE(doc->blankCount(), 0);
    }

    void manualDuplexInterleavesTheBacks()
    {
        m_directory = std::make_unique<ScannerDirectory>();
        m_directory->addBackend(new SimplexFeederBackend);
        auto page = makePage();
        QVERIFY(page);
        auto* manual = child<QCheckBox>(page.get(), "manualDuplexCheck");
        QVERIFY(manual->isVisible()); // a feeder without duplex
        // "Tờ khai – xám 200 dpi – hai mặt" asks for both sides: on this feeder that means by hand.
        page->selectProfile(QStringLiteral("to-khai-gray-200-duplex"));
        QCOMPARE(child<QComboBox>(page.get(), "sourceCombo")->currentData().toString(), QStringLiteral("adf"));
        QCOMPARE(child<QComboBox>(page.get(), "modeCombo")->currentData().toString(), QStringLiteral("gray"));
        QCOMPARE(child<QComboBox>(page.get(), "resolutionCombo")->currentData().toInt(), 200);
        QVERIFY(manual->isChecked());
        page->setDeviceOptionOverrides(
            {{QStringLiteral("sheets"), QStringLiteral("3")}, {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        auto* flip = child<QFrame>(page.get(), "flipStrip");
        QTRY_VERIFY_WITH_TIMEOUT(flip->isVisible(), kWait);
        QCOMPARE(page->controller()->phase(), ScanController::Phase::WaitingForFlip);
        QCOMPARE(page->document()->count(), 3);
        QVERIFY(child<QLabel>(page.get(), "flipText")->text().contains(QStringLiteral("3 sheet(s)")));
        // The stack turned over: the last sheet's back comes first and goes after the last front.
        QTest::mouseClick(child<QPushButton>(page.get(), "scanBacksButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*page, 6));
        QCOMPARE(page->document()->pageIds(), (QList<int>{0, 5, 1, 4, 2, 3}));
        for (int i = 0; i < 6; ++i) {
            const DocumentPage& p = page->document()->page(i);
            QVERIFY(p.side == (i % 2 == 0 ? DocumentPage::Side::Front : DocumentPage::Side::Back));
            QCOMPARE(p.sheet, i / 2);
        }
    }

    void optionsAreRememberedPerDevice()
    {
        {
            auto page = makePage(QStringLiteral("demo:flatbed"));
            QVERIFY(page);
            setUp(*page, ScanSource::Flatbed, ColorMode::Color, 150);
            page->selectDevice(QStringLiteral("demo:feeder"));
            QTRY_VERIFY(child<QPushButton>(page.get(), "scanButton")->isEnabled());
            setUp(*page, ScanSource::Duplex, ColorMode::BlackWhite, 300);
            QVERIFY(choose(child<QComboBox>(page.get(), "pageSizeCombo"), QStringLiteral("a5")));
            page->selectDevice(QStringLiteral("demo:flatbed"));
            QCOMPARE(child<QComboBox>(page.get(), "modeCombo")->currentData().toString(), QStringLiteral("color"));
            QCOMPARE(child<QComboBox>(page.get(), "resolutionCombo")->currentData().toInt(), 150);
            page->selectDevice(QStringLiteral("demo:feeder"));
        }
        // A new page (the next day): the last device, with its last options.
        auto page = makePage(QString());
        QVERIFY(page);
        QTRY_COMPARE(page->currentDevice(), QStringLiteral("demo:feeder"));
        QTRY_VERIFY(child<QPushButton>(page.get(), "scanButton")->isEnabled());
        QCOMPARE(child<QComboBox>(page.get(), "sourceCombo")->currentData().toString(), QStringLiteral("duplex"));
        QCOMPARE(child<QComboBox>(page.get(), "modeCombo")->currentData().toString(), QStringLiteral("bw"));
        QCOMPARE(child<QComboBox>(page.get(), "resolutionCombo")->currentData().toInt(), 300);
        QCOMPARE(child<QComboBox>(page.get(), "pageSizeCombo")->currentData().toString(), QStringLiteral("a5"));
        QVERIFY(DeviceOptionsStore::load(QStringLiteral("demo:flatbed"))->mode == ColorMode::Color);
    }

    void profilesAreDataAndEditable()
    {
        ScanProfileStore store(m_tmp.filePath(QStringLiteral("profiles-test.json")));
        QVERIFY2(store.warnings().isEmpty(), qPrintable(store.warnings().join(QLatin1Char('\n'))));
        const auto cccd = store.find(QStringLiteral("cccd-duplex-color-300"));
        QVERIFY(cccd);
        QCOMPARE(cccd->nameVi, QStringLiteral("CCCD hai mặt – màu 300 dpi"));
        QVERIFY(cccd->source == ScanSource::Duplex);
        QVERIFY(cccd->mode == ColorMode::Color);
        QCOMPARE(cccd->resolution, 300);
        const auto form = store.find(QStringLiteral("to-khai-gray-200-duplex"));
        QVERIFY(form);
        QCOMPARE(form->nameVi, QStringLiteral("Tờ khai – xám 200 dpi – hai mặt"));
        QCOMPARE(store.match(QStringLiteral("Bản sao Căn cước công dân"))->id, cccd->id);
        QCOMPARE(store.match(QStringLiteral("Tờ khai thay đổi thông tin cư trú (CT01)"))->id, form->id);
        QVERIFY(!store.match(QStringLiteral("Ảnh 4x6")));

        // Edited later: the user's file replaces a built-in by id and adds its own.
        ScanProfile changed = *form;
        changed.resolution = 300;
        ScanProfile own;
        own.id = QStringLiteral("so-do-a3");
        own.nameVi = QStringLiteral("Sơ đồ thửa đất A3 – màu 200 dpi");
        own.source = ScanSource::Flatbed;
        own.mode = ColorMode::Color;
        own.resolution = 200;
        own.pageSize = PageSize::A3;
        QVERIFY(store.saveUserProfiles({changed, own}).ok());
        ScanProfileStore again(m_tmp.filePath(QStringLiteral("profiles-test.json")));
        QCOMPARE(again.find(form->id)->resolution, 300);
        QVERIFY(again.find(QStringLiteral("so-do-a3"))->pageSize == PageSize::A3);
        QCOMPARE(again.profiles().size(), store.profiles().size());

        // A damaged file never hides the built-in profiles.
        QFile damaged(m_tmp.filePath(QStringLiteral("profiles-damaged.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{ not json");
        damaged.close();
        ScanProfileStore safe(damaged.fileName());
        QVERIFY(!safe.warnings().isEmpty());
        QVERIFY(safe.find(QStringLiteral("cccd-duplex-color-300")));
    }

    void interruptedScanIsOfferedForRecovery()
    {
        {
            auto page = makePage();
            QVERIFY(page);
            setUp(*page, ScanSource::Feeder);
            child<QLineEdit>(page.get(), "titleEdit")->setText(QStringLiteral("Giấy khai sinh"));
            page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("2")},
                                            {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
            QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
            QVERIFY(waitIdle(*page, 2));
            page->document()->movePage(1, 0);
            page->document()->rotatePage(0, 2);
            QVERIFY(waitIdle(*page, 2));
            // The desk goes down here without saving.
        }
        auto page = makePage();
        QVERIFY(page);
        auto* strip = child<QFrame>(page.get(), "recoveryStrip");
        QVERIFY(strip->isVisible());
        QVERIFY(child<QLabel>(page.get(), "recoveryText")->text().contains(QStringLiteral("Giấy khai sinh")));
        QTest::mouseClick(child<QPushButton>(page.get(), "recoverButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*page, 2));
        QCOMPARE(page->document()->pageIds(), (QList<int>{1, 0}));
        QCOMPARE(page->document()->page(0).rotation, 180);
        QCOMPARE(child<QLineEdit>(page.get(), "titleEdit")->text(), QStringLiteral("Giấy khai sinh"));
        QVERIFY(!strip->isVisible());
        // New pages go on after the recovered ones, with fresh ids.
        page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("1")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        QVERIFY(waitIdle(*page, 3));
        QCOMPARE(page->document()->pageIds(), (QList<int>{1, 0, 2}));
    }

    void screenshot()
    {
        auto page = makePage();
        QVERIFY(page);
        setUp(*page, ScanSource::Duplex, ColorMode::Color, 150);
        child<QLineEdit>(page.get(), "titleEdit")->setText(QStringLiteral("Tờ khai thay đổi thông tin cư trú (CT01)"));
        page->setDeviceOptionOverrides({{QStringLiteral("sheets"), QStringLiteral("3")},
                                        {QStringLiteral("jam-after"), QStringLiteral("5")},
                                        {QStringLiteral("page-delay-ms"), QStringLiteral("20")}});
        QTest::mouseClick(child<QPushButton>(page.get(), "scanButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(page.get(), "interruptStrip")->isVisible(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!page->document()->isBusy(), kWait);
        child<QListView>(page.get(), "thumbnailView")->setCurrentIndex(page->document()->index(0));
        QTest::qWait(500); // the large view's sharp image, decoded on the pool
        const QImage shot = page->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString dir = QStringLiteral(MOTCUA_BINARY_DIR) + QStringLiteral("/tests/screenshots");
        QDir().mkpath(dir);
        QVERIFY(shot.save(dir + QStringLiteral("/scan-page.png")));
    }
};

QTEST_MAIN(TestScanPage)
#include "tst_ScanPage.moc"
