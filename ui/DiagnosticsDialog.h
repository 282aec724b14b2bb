#pragma once

#include "DiagnosticsReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace motcua {

class DiagnosticsCollector;

// Help → Diagnostics: what the IT contact needs in a support ticket (versions, devices, database,
// modules, last errors), with one button to copy it all.
class DiagnosticsDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes ownership of the collector and starts it.
    explicit DiagnosticsDialog(DiagnosticsCollector* collector, QWidget* parent = nullptr);

    QString reportText() const;
    bool isComplete() const { return m_complete; }

public slots:
    void copyToClipboard();

signals:
    void reportReady();

private:
    void showReport(const DiagnosticsReport& report);

    QLabel* m_status;
    QPlainTextEdit* m_text;
    QPushButton* m_copy;
    bool m_complete = false;
};

} // namespace motcua
