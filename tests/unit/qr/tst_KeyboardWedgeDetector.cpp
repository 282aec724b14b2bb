#include "KeyboardWedgeDetector.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace motcua::cccd;

// Synthesised key events with explicit timestamps: a scanner types a key every few ms, a person every
// 80–300 ms. Events go through QApplication::notify, as real ones do, so the application-wide filter sees them.
class TestKeyboardWedgeDetector : public QObject
{
    Q_OBJECT
private:
    QWidget* m_window = nullptr;
    QLineEdit* m_nameField = nullptr; // an unrelated field that has the focus
    QLineEdit* m_otherField = nullptr;
    KeyboardWedgeDetector* m_detector = nullptr;
    quint64 m_clock = 1000;

    static int keyFor(QChar c)
    {
        if (c.isLetter() && c.unicode() < 0x80)
            return Qt::Key_A + (c.toUpper().unicode() - 'A');
        if (c.unicode() < 0x80)
            return c.unicode(); // digits and ASCII punctuation share their Qt key codes
        return Qt::Key_unknown;
    }

    void press(QWidget* target, int key, const QString& text, Qt::KeyboardModifiers mods = Qt::NoModifier,
               bool autoRepeat = false)
    {
        QKeyEvent down(QEvent::KeyPress, key, mods, text, autoRepeat);
        down.setTimestamp(m_clock);
        QApplication::sendEvent(target, &down);
        QKeyEvent up(QEvent::KeyRelease, key, mods, text, autoRepeat);
        up.setTimestamp(m_clock);
        QApplication::sendEvent(target, &up);
    }

    void type(QWidget* target, const QString& text, int gapMs)
    {
        for (const QChar c : text) {
            m_clock += quint64(gapMs);
            // Scanners press Shift around capitals and '|': a modifier press must not break the burst.
            const bool shifted = c.isUpper() || c == QLatin1Char('|');
            if (shifted)
                press(target, Qt::Key_Shift, {});
            press(target, keyFor(c), QString(c), shifted ? Qt::ShiftModifier : Qt::NoModifier);
        }
    }

    void enter(QWidget* target, int gapMs)
    {
        m_clock += quint64(gapMs);
        press(target, Qt::Key_Return, QStringLiteral("\r"));
    }

private slots:
    void init()
    {
        m_window = new QWidget;
        auto* layout = new QVBoxLayout(m_window);
        m_nameField = new QLineEdit(m_window);
        m_otherField = new QLineEdit(m_window);
        layout->addWidget(m_nameField);
        layout->addWidget(m_otherField);
        m_detector = new KeyboardWedgeDetector(m_window, m_window);
        m_detector->setHoldMs(60);
        m_window->show();
        m_nameField->setFocus();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void scannerBurstIsCaughtAndNotTyped()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        const QString qr = QStringLiteral("001095012345|123456789|Nguyễn Văn An|15031995|Nam|Hà Nội|10072021");
        type(m_nameField, qr, 4);
        enter(m_nameField, 4);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.first().first().toString(), qr);
        QVERIFY2(m_nameField->text().isEmpty(), qPrintable(m_nameField->text()));
    }

    void tabSuffixWorksToo()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        m_clock += 1000;
        type(m_otherField, QStringLiteral("001095012345||A|15031995|Nam|X|10072021"), 8);
        m_clock += 8;
        press(m_otherField, Qt::Key_Tab, QStringLiteral("\t"));
        QCOMPARE(scanned.count(), 1);
        QVERIFY(m_otherField->text().isEmpty());
    }

    void personTypingReachesTheField()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        type(m_nameField, QStringLiteral("Nguyen Van An"), 120);
        // The last key is held until the hold timer (60 ms) hands it on.
        QTRY_COMPARE_WITH_TIMEOUT(m_nameField->text(), QStringLiteral("Nguyen Van An"), 2000);
        QCOMPARE(scanned.count(), 0);
    }

    void fastTypistBurstShorterThanAScanIsReplayedInOrder()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        // Two keys rolled within 10 ms, then Enter: too short for a scan; both letters land, Enter passes.
        QSignalSpy returned(m_nameField, &QLineEdit::returnPressed);
        type(m_nameField, QStringLiteral("ab"), 10);
        enter(m_nameField, 10);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(m_nameField->text(), QStringLiteral("ab"));
        QCOMPARE(returned.count(), 1);
    }

    void burstWithoutSuffixEndsByPause()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        const QString qr = QStringLiteral("001095012345||Nguyen Van An|15031995|Nam|Ha Noi, Viet Nam|10072021");
        type(m_nameField, qr, 5);
        QVERIFY(scanned.wait(1000));
        QCOMPARE(scanned.first().first().toString(), qr);
        QVERIFY(m_nameField->text().isEmpty());
    }

    void slowKeysBetweenBurstsSplitThem()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        // A person types "x", pauses, then a scan arrives: "x" goes to the field, the scan is caught whole.
        type(m_nameField, QStringLiteral("x"), 200);
        m_clock += 300;
        const QString qr = QStringLiteral("001095012345||A|15031995|Nam|X|10072021");
        type(m_nameField, qr, 3);
        enter(m_nameField, 3);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.first().first().toString(), qr);
        QCOMPARE(m_nameField->text(), QStringLiteral("x"));
    }

    void autoRepeatAndShortcutsPassThrough()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        m_clock += 500;
        for (int i = 0; i < 30; ++i) {
            m_clock += 5;
            press(m_nameField, Qt::Key_Z, QStringLiteral("z"), Qt::NoModifier, true);
        }
        QCOMPARE(m_nameField->text(), QString(30, QLatin1Char('z')));
        m_clock += 5;
        press(m_nameField, Qt::Key_A, QStringLiteral("a"), Qt::ControlModifier); // select all
        QCOMPARE(m_nameField->selectedText(), QString(30, QLatin1Char('z')));
        QCOMPARE(scanned.count(), 0);
    }

    void timingThresholdIsConfigurable()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        QCOMPARE(m_detector->maxInterKeyMs(), 30);
        const QString qr = QStringLiteral("001095012345||A|15031995|Nam|X|10072021");
        type(m_nameField, qr, 45); // a slow scanner: 45 ms per key is a person for the default threshold
        enter(m_nameField, 45);
        QCOMPARE(scanned.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_nameField->text(), qr, 2000);
        m_nameField->clear();
        m_detector->setMaxInterKeyMs(60);
        m_clock += 1000;
        type(m_nameField, qr, 45);
        enter(m_nameField, 45);
        QCOMPARE(scanned.count(), 1);
        QVERIFY(m_nameField->text().isEmpty());
    }

    void disabledDetectorLetsEverythingThrough()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        m_detector->setEnabled(false);
        type(m_nameField, QStringLiteral("001095012345||A|15031995|Nam|X|10072021"), 3);
        QCOMPARE(m_nameField->text(), QStringLiteral("001095012345||A|15031995|Nam|X|10072021"));
        QCOMPARE(scanned.count(), 0);
    }

    void keysOutsideTheWindowAreIgnored()
    {
        QSignalSpy scanned(m_detector, &KeyboardWedgeDetector::scanned);
        QLineEdit elsewhere; // another top-level window
        type(&elsewhere, QStringLiteral("001095012345||A|15031995|Nam|X|10072021"), 3);
        enter(&elsewhere, 3);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(elsewhere.text(), QStringLiteral("001095012345||A|15031995|Nam|X|10072021"));
    }
};

QTEST_MAIN(TestKeyboardWedgeDetector)
#include "tst_KeyboardWedgeDetector.moc"
