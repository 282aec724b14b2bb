#include "StartupProbe.h"

#include <QApplication>
#include <QEvent>
#include <QPixmap>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace motcua {

StartupProbe::StartupProbe(QWidget* window, const QElapsedTimer& sinceStart, QObject* parent)
    : QObject(parent), m_window(window), m_sinceStart(sinceStart)
{
    window->installEventFilter(this);
}

void StartupProbe::setReport(bool report, int moduleCount)
{
    m_report = report;
    m_moduleCount = moduleCount;
}

void StartupProbe::setScreenshot(const QString& file)
{
    m_screenshot = file;
}

void StartupProbe::setQuitAfter(int milliseconds)
{
    m_quitAfterMs = milliseconds;
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Paint && !m_shown) {
        m_shown = true;
        // Queued: the paint that triggered us completes (and reaches the screen) first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const qint64 elapsed = m_sinceStart.elapsed();
                if (m_report) {
                    std::fprintf(stdout, "startup_ms=%lld modules=%d\n", static_cast<long long>(elapsed),
                                 m_moduleCount);
                    std::fflush(stdout);
                }
                emit firstShown(elapsed);
                int quitAfter = m_quitAfterMs;
                if (quitAfter < 0 && !m_screenshot.isEmpty())
                    quitAfter = 1500; // let asynchronous status (devices, D-Bus) settle before the picture
                if (quitAfter >= 0)
                    QTimer::singleShot(quitAfter, this, &StartupProbe::finish);
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::finish()
{
    if (!m_screenshot.isEmpty()) {
        // The topmost window (a dialog the user opened) if any, else the main window.
        QWidget* target = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
        if (!target->grab().save(m_screenshot))
            std::fprintf(stderr, "motcua-desk: cannot save the screenshot to %s\n", qPrintable(m_screenshot));
    }
    QApplication::closeAllWindows();
    QApplication::quit();
}

} // namespace motcua
