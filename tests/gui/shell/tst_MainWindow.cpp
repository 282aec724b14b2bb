// The desk's shell built for real: the five modules linked statically, Vietnamese by default, English
// at run time, shortcuts, the 1366×768 budget, status indicators and the warning strip.
#include "LanguageManager.h"
#include "LastErrors.h"
#include "MainWindow.h"
#include "ModuleContext.h"
#include "ModuleManager.h"
#include "ModulesPage.h"
#include "ServiceRegistry.h"
#include "StatusIndicator.h"
#include "StubServices.h"
#include "WarningStrip.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtPlugin>
#include <memory>

Q_IMPORT_PLUGIN(CccdModule)
Q_IMPORT_PLUGIN(ScanModule)
Q_IMPORT_PLUGIN(IntakeModule)
Q_IMPORT_PLUGIN(SyncModule)
Q_IMPORT_PLUGIN(ReviewModule)

using namespace motcua;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void listsAllModulesInModulesViewAndNavigation();
    void filtersPagesByRole();
    void isVietnameseByDefault();
    void switchesToEnglishAtRunTime();
    void shortcutsSwitchPages();
    void fitsA1366x768Screen();
    void showsDemoWatermark();
    void indicatorsSayNotAvailableWithoutServices();
    void indicatorsFollowServices();
    void warningStripShowsNoServiceAndCanBeDismissed();
    void warningStripShowsFailingSync();
    void lockClearsIdentityAndBlocksPages();
    void diagnosticsCollectsAndCopies();
    void helpShowsEveryShortcut();

private:
    std::unique_ptr<MainWindow> makeWindow(ShellOptions options = {});
    QString menuTitle(int index) const;

    ServiceRegistry m_services;
    std::unique_ptr<ModuleManager> m_modules;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<ModuleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QList<QObject*> m_stubs;
};

void TestMainWindow::initTestCase()
{
    QApplication::setApplicationName(QStringLiteral("MotCua Desk Test"));
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    // As the desk does at start; and no language remembered from an earlier run.
    LastErrors::install();
    QSettings().remove(QStringLiteral("ui/language"));
    m_language = std::make_unique<LanguageManager>();
    QVERIFY(m_language->setLanguage(LanguageManager::savedLanguage(), false));
    // Built once, as the desk does: modules are initialised a single time per process.
    m_context = std::make_unique<ModuleContext>(m_services, QDir::tempPath(), true);
    m_modules = std::make_unique<ModuleManager>();
    m_modules->addStaticPlugins();
    m_modules->loadAll(*m_context);
}

void TestMainWindow::init()
{
    QVERIFY(m_language->setLanguage(QStringLiteral("vi"), false));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    for (QObject* stub : std::as_const(m_stubs)) {
        for (const QString& id : m_services.ids())
            if (m_services.object(id) == stub)
                m_services.remove(id);
        delete stub;
    }
    m_stubs.clear();
}

void TestMainWindow::cleanupTestCase()
{
    m_modules->shutdown();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(ShellOptions options)
{
    if (options.profileName.isEmpty())
        options.profileName = QStringLiteral("test");
    if (options.role.isEmpty())
        options.role = QStringLiteral("trainer");
    options.databaseState = ShellOptions::DatabaseState::Open;
    auto window = std::make_unique<MainWindow>(*m_modules, m_services, *m_language, options);
    window->resize(1366, 700);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QString TestMainWindow::menuTitle(int index) const
{
    return m_window->menuBar()->actions().value(index)->text();
}

void TestMainWindow::listsAllModulesInModulesViewAndNavigation()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    const QStringList expected = {QStringLiteral("intake"),
                                  QStringLiteral("intake.dossiers"),
                                  QStringLiteral("cccd"),
                                  QStringLiteral("scan"),
                                  QStringLiteral("sync"),
                                  QStringLiteral("review"),
                                  QString::fromLatin1(MainWindow::modulesPageId())};
    QCOMPARE(m_window->pageIds(), expected);
    QCOMPARE(m_window->navigation()->count(), expected.size());
    QCOMPARE(m_window->currentPageId(), QStringLiteral("intake"));

    QVERIFY(m_window->showPage(QString::fromLatin1(MainWindow::modulesPageId())));
    auto* page = qobject_cast<ModulesPage*>(m_window->currentPage());
    QVERIFY(page);
    QTableWidget* table = page->table();
    QCOMPARE(table->rowCount(), 5);
    QStringList ids;
    for (int row = 0; row < table->rowCount(); ++row) {
        ids.append(table->item(row, 0)->text());
        QCOMPARE(table->item(row, 3)->text(), QStringLiteral("Đã nạp"));
        QCOMPARE(table->item(row, 2)->text(), QStringLiteral("0.1.0"));
        QCOMPARE(table->item(row, 4)->text(), QStringLiteral("có sẵn trong chương trình"));
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("cccd"), QStringLiteral("intake"), QStringLiteral("review"),
                               QStringLiteral("scan"), QStringLiteral("sync")}));
}

void TestMainWindow::filtersPagesByRole()
{
    ShellOptions options;
    options.role = QStringLiteral("official");
    m_window = makeWindow(options);
    QVERIFY(m_window);
    QVERIFY(!m_window->pageIds().contains(QStringLiteral("review"))); // supervisors and trainers only
    QVERIFY(m_window->pageIds().contains(QStringLiteral("intake")));
    QVERIFY(m_window->pageIds().contains(QStringLiteral("sync"))); // everyone
    m_window.reset();

    options.role = QStringLiteral("supervisor");
    m_window = makeWindow(options);
    QVERIFY(m_window);
    QVERIFY(m_window->pageIds().contains(QStringLiteral("review")));
    QVERIFY(!m_window->pageIds().contains(QStringLiteral("intake")));
    QCOMPARE(m_window->pageIds().constLast(), QString::fromLatin1(MainWindow::modulesPageId()));
}

void TestMainWindow::isVietnameseByDefault()
{
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("vi"));
    m_window = makeWindow();
    QVERIFY(m_window);
    QCOMPARE(menuTitle(0), QStringLiteral("&Tệp"));
    QCOMPARE(menuTitle(3), QStringLiteral("Trợ &giúp"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("CHẾ ĐỘ DEMO – đào tạo")));
    QListWidget* nav = m_window->navigation();
    QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("Mô-đun"));
    QCOMPARE(m_window->action(QStringLiteral("actionQuit"))->text(), QStringLiteral("&Thoát"));
}

void TestMainWindow::switchesToEnglishAtRunTime()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QVERIFY(m_window->showPage(QString::fromLatin1(MainWindow::modulesPageId())));
    auto* indicator = m_window->findChild<StatusIndicator*>(QStringLiteral("cardReaderIndicator"));
    QVERIFY(indicator);
    const QString vietnameseIndicator = indicator->text();

    // Through the menu, as the official does.
    m_window->action(QStringLiteral("actionLanguage:en"))->trigger();
    QCOMPARE(m_language->language(), QStringLiteral("en"));
    QTRY_COMPARE(menuTitle(0), QStringLiteral("&File"));
    QCOMPARE(m_window->action(QStringLiteral("actionQuit"))->text(), QStringLiteral("&Quit"));
    QListWidget* nav = m_window->navigation();
    QCOMPARE(nav->item(nav->count() - 1)->text(), QStringLiteral("Modules"));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("CHẾ ĐỘ DEMO")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO MODE – training")));
    QVERIFY(indicator->text() != vietnameseIndicator);
    QVERIFY2(indicator->text().startsWith(QStringLiteral("Card: ")), qPrintable(indicator->text()));
    // The page on screen stays the same, and the Modules view retranslated itself.
    QCOMPARE(m_window->currentPageId(), QString::fromLatin1(MainWindow::modulesPageId()));
    auto* page = qobject_cast<ModulesPage*>(m_window->currentPage());
    QVERIFY(page);
    QCOMPARE(page->table()->item(0, 3)->text(), QStringLiteral("Loaded"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));

    // And back with the keyboard.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_language->language(), QStringLiteral("vi"));
    QTRY_COMPARE(menuTitle(0), QStringLiteral("&Tệp"));
    QCOMPARE(page->table()->item(0, 3)->text(), QStringLiteral("Đã nạp"));
    QCOMPARE(indicator->text(), vietnameseIndicator);
    QVERIFY(m_window->action(QStringLiteral("actionLanguage:vi"))->isChecked());
}

void TestMainWindow::shortcutsSwitchPages()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QStringList pages = m_window->pageIds();

    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), pages.at(2));
    QCOMPARE(m_window->navigation()->currentRow(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QString::fromLatin1(MainWindow::modulesPageId()));
    // Each module's own shortcut.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("intake"));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("cccd"));
    QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("review"));
    // A digit past the last page does nothing.
    QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("review"));

    // Shortcuts are shown where the mouse goes.
    QAction* intake = m_window->action(QStringLiteral("actionPage:intake"));
    QVERIFY(intake);
    QCOMPARE(intake->shortcuts().size(), 2);
    QVERIFY(m_window->navigation()->item(0)->toolTip().contains(QStringLiteral("Ctrl+1")));
    QVERIFY(m_window->navigation()->item(0)->toolTip().contains(QStringLiteral("Ctrl+N")));
    QVERIFY(m_window->action(QStringLiteral("actionQuit"))->toolTip().contains(QStringLiteral("Ctrl+Q")));
}

void TestMainWindow::fitsA1366x768Screen()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    // 768 px less a panel (~32 px) and a title bar (~30 px).
    const QSize budget(1366, 768 - 62);
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= budget.width() && minimum.height() <= budget.height(),
             qPrintable(QStringLiteral("minimum size %1×%2").arg(minimum.width()).arg(minimum.height())));
    QVERIFY(m_window->width() <= 1366 && m_window->height() <= 768);
    // Every status indicator fits in the status bar at that width, in both languages.
    for (const QString& language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        m_language->setLanguage(language, false);
        QTRY_COMPARE(m_window->action(QStringLiteral("actionLanguage:%1").arg(language))->isChecked(), true);
        QApplication::processEvents();
        int width = 0;
        for (QWidget* child : m_window->statusBar()->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (child->isVisible())
                width += child->sizeHint().width();
        QVERIFY2(width <= 1366, qPrintable(QStringLiteral("status bar needs %1 px in %2").arg(width).arg(language)));
    }
}

void TestMainWindow::showsDemoWatermark()
{
    ShellOptions options;
    options.demoMode = true;
    m_window = makeWindow(options);
    QVERIFY(m_window);
    auto* watermark = m_window->findChild<QWidget*>(QStringLiteral("demoWatermark"));
    QVERIFY(watermark);
    QVERIFY(watermark->isVisible());
    QVERIFY(watermark->testAttribute(Qt::WA_TransparentForMouseEvents));
    QCOMPARE(watermark->size(), watermark->parentWidget()->size());
    auto* badge = m_window->findChild<QLabel*>(QStringLiteral("demoBadge"));
    QVERIFY(badge);
    QCOMPARE(badge->text(), QStringLiteral("CHẾ ĐỘ DEMO – đào tạo"));
    m_window.reset();

    options.demoMode = false;
    m_window = makeWindow(options);
    QVERIFY(m_window);
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("demoWatermark")));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("demoBadge")));
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("DEMO")));
}

void TestMainWindow::indicatorsSayNotAvailableWithoutServices()
{
    // Modules may register these services: take them away for this test, and put them back after.
    QHash<QString, QObject*> saved;
    for (const char* id : {CardReader::serviceId(), Scanner::serviceId(), RegistryClient::serviceId()}) {
        const QString key = QString::fromLatin1(id);
        if (QObject* service = m_services.object(key)) {
            saved.insert(key, service);
            m_services.remove(key);
        }
    }
    m_window = makeWindow();
    QVERIFY(m_window);
    QStringList texts;
    QList<StatusIndicator::Level> levels;
    for (const char* name : {"cardReaderIndicator", "scannerIndicator", "syncIndicator"}) {
        auto* indicator = m_window->findChild<StatusIndicator*>(QString::fromLatin1(name));
        QVERIFY(indicator);
        texts.append(indicator->text());
        levels.append(indicator->level());
    }
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        m_services.addObject(it.key(), it.value());
    for (int i = 0; i < texts.size(); ++i) {
        QCOMPARE(levels.at(i), StatusIndicator::Level::Unavailable);
        QVERIFY2(texts.at(i).contains(QStringLiteral("không khả dụng")), qPrintable(texts.at(i)));
    }
}

void TestMainWindow::indicatorsFollowServices()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    auto* card = m_window->findChild<StatusIndicator*>(QStringLiteral("cardReaderIndicator"));
    auto* scan = m_window->findChild<StatusIndicator*>(QStringLiteral("scannerIndicator"));
    auto* sync = m_window->findChild<StatusIndicator*>(QStringLiteral("syncIndicator"));
    QVERIFY(card && scan && sync);

    // Registered after the window exists: the indicators pick them up.
    auto* reader = new test::StubCardReader;
    auto* scanner = new test::StubScanner;
    auto* registry = new test::StubRegistryClient;
    m_stubs = {reader, scanner, registry};
    m_services.add<CardReader>(reader);
    m_services.add<Scanner>(scanner);
    m_services.add<RegistryClient>(registry);

    reader->setReaders({QStringLiteral("Virtual PCD 00 00")});
    reader->setState(CardReader::State::Reading);
    QCOMPARE(card->level(), StatusIndicator::Level::Busy);
    QVERIFY(card->toolTip().contains(QStringLiteral("Virtual PCD 00 00")));
    reader->setState(CardReader::State::NoService);
    QCOMPARE(card->level(), StatusIndicator::Level::Error);

    scanner->setDevices(Scanner::State::Ready, {QStringLiteral("test:0")});
    QCOMPARE(scan->level(), StatusIndicator::Level::Ok);
    QVERIFY(scan->toolTip().contains(QStringLiteral("test:0")));

    registry->setState(RegistryClient::State::Syncing, 3, 0);
    QCOMPARE(sync->level(), StatusIndicator::Level::Busy);
    QVERIFY(sync->text().contains(QStringLiteral("3")));

    // Gone again: back to "not available".
    m_services.remove(QString::fromLatin1(Scanner::serviceId()));
    QCOMPARE(scan->level(), StatusIndicator::Level::Unavailable);
}

void TestMainWindow::warningStripShowsNoServiceAndCanBeDismissed()
{
    auto* reader = new test::StubCardReader;
    m_stubs = {reader};
    reader->setState(CardReader::State::NoService);
    m_services.add<CardReader>(reader);

    m_window = makeWindow();
    QVERIFY(m_window);
    WarningStrip* strip = m_window->warningStrip();
    QVERIFY(strip->isVisible());
    QVERIFY(strip->visibleProblemIds().contains(QStringLiteral("card.no-service")));
    auto* row = strip->findChild<QWidget*>(QStringLiteral("warning:card.no-service"));
    QVERIFY(row);
    auto* text = row->findChild<QLabel*>(QStringLiteral("warningText"));
    QVERIFY(text->text().contains(QStringLiteral("PC/SC")));

    // Dismissed with its button: gone for this session, even if the state is reported again.
    auto* dismiss = row->findChild<QWidget*>(QStringLiteral("dismissWarning"));
    QVERIFY(dismiss);
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_VERIFY(!strip->isVisible());
    reader->setState(CardReader::State::NoService);
    QVERIFY(!strip->isVisible());

    // Another problem still shows.
    reader->setState(CardReader::State::NoReader);
    QTRY_VERIFY(strip->isVisible());
    QCOMPARE(strip->visibleProblemIds(), QStringList{QStringLiteral("card.no-reader")});
    // Solved: the strip goes away by itself.
    reader->setState(CardReader::State::NoCard);
    QVERIFY(!strip->isVisible());
}

void TestMainWindow::warningStripShowsFailingSync()
{
    auto* registry = new test::StubRegistryClient;
    m_stubs = {registry};
    m_services.add<RegistryClient>(registry);
    m_window = makeWindow();
    QVERIFY(m_window);
    QVERIFY(!m_window->warningStrip()->visibleProblemIds().contains(QStringLiteral("sync.failing")));
    registry->setState(RegistryClient::State::Failing, 7, 2);
    QVERIFY(m_window->warningStrip()->visibleProblemIds().contains(QStringLiteral("sync.failing")));
    auto* row = m_window->warningStrip()->findChild<QWidget*>(QStringLiteral("warning:sync.failing"));
    QVERIFY(row);
    QVERIFY(row->findChild<QLabel*>(QStringLiteral("warningText"))->text().contains(QStringLiteral("7")));
}

void TestMainWindow::lockClearsIdentityAndBlocksPages()
{
    auto* reader = new test::StubCardReader;
    m_stubs = {reader};
    m_services.add<CardReader>(reader);
    m_window = makeWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    QCOMPARE(reader->clearCount, 1);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("intake"));
    QVERIFY(!m_window->showPage(QStringLiteral("scan")));

    auto* unlock = m_window->findChild<QWidget*>(QStringLiteral("unlockButton"));
    QVERIFY(unlock);
    QTest::mouseClick(unlock, Qt::LeftButton);
    QVERIFY(!m_window->isLocked());
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageId(), QStringLiteral("scan"));
}

void TestMainWindow::diagnosticsCollectsAndCopies()
{
    auto* reader = new test::StubCardReader;
    m_stubs = {reader};
    reader->setReaders({QStringLiteral("Virtual PCD 00 01")});
    m_services.add<CardReader>(reader);
    ShellOptions options;
    bool calledOnWorker = false;
    QThread* gui = QThread::currentThread();
    options.databaseDiagnostics = [&calledOnWorker, gui] {
        calledOnWorker = QThread::currentThread() != gui;
        DiagnosticsSection section;
        section.title = QStringLiteral("Database");
        section.add(QStringLiteral("Schema version"), QStringLiteral("42"));
        return section;
    };
    m_window = makeWindow(options);
    QVERIFY(m_window);
    qWarning("a warning for the last-errors list");

    m_window->action(QStringLiteral("actionDiagnostics"))->trigger();
    auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("diagnosticsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("diagnosticsText"));
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(QStringLiteral("Schema version: 42")), 10000);
    QVERIFY(calledOnWorker);
    const QString report = text->toPlainText();
    QVERIFY(report.contains(QString::fromLatin1(qVersion())));
    QVERIFY(report.contains(QStringLiteral("Virtual PCD 00 01")));
    QVERIFY(report.contains(QStringLiteral("org.freedesktop.secrets")));
    QVERIFY(report.contains(QStringLiteral("a warning for the last-errors list")));
    for (const char* id : {"cccd", "scan", "intake", "sync", "review"})
        QVERIFY2(report.contains(QStringLiteral("%1 0.1.0").arg(QLatin1String(id))), id);

    auto* copy = dialog->findChild<QWidget*>(QStringLiteral("copyDiagnostics"));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), report);
    dialog->close();
}

void TestMainWindow::helpShowsEveryShortcut()
{
    m_window = makeWindow();
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    int rows = 0;
    bool sawQuit = false;
    // The dialog is modal: inspect it from the event loop it runs, then close it.
    QTimer::singleShot(0, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutTable"))) {
            rows = table->rowCount();
            for (int row = 0; row < rows; ++row)
                sawQuit = sawQuit || table->item(row, 1)->text() == QStringLiteral("Ctrl+Q");
        }
        dialog->close();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    // Seven pages (the intake module offers two), lock, quit, language, help, diagnostics.
    QCOMPARE(rows, 12);
    QVERIFY(sawQuit);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
