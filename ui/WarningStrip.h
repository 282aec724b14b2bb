#pragma once

#include "HealthMonitor.h"

#include <QFrame>
#include <QSet>

class QVBoxLayout;

namespace motcua {

// A non-modal strip above the pages listing persistent problems. Each can be hidden for the rest of
// the session; it comes back at the next start if the problem is still there.
class WarningStrip : public QFrame
{
    Q_OBJECT
public:
    explicit WarningStrip(QWidget* parent = nullptr);

    void setProblems(const QList<HealthMonitor::Problem>& problems);
    // The ids of the problems currently shown (not dismissed).
    QStringList visibleProblemIds() const;
    void dismiss(const QString& id);

signals:
    void dismissed(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QVBoxLayout* m_layout;
    QList<HealthMonitor::Problem> m_problems;
    QSet<QString> m_dismissed;
};

} // namespace motcua
