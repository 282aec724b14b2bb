#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace motcua {

// Watches the main window until it is first painted. Then it can print the start-up time (for the
// benchmark), and later save a screenshot and quit (for the docs and tests).
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QWidget* window, const QElapsedTimer& sinceStart, QObject* parent = nullptr);

    void setReport(bool report, int moduleCount);
    void setScreenshot(const QString& file);
    void setQuitAfter(int milliseconds);

signals:
    void firstShown(qint64 elapsedMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void finish();

    QWidget* m_window;
    QElapsedTimer m_sinceStart;
    bool m_report = false;
    int m_moduleCount = 0;
    QString m_screenshot;
    int m_quitAfterMs = -1;
    bool m_shown = false;
};

} // namespace motcua
