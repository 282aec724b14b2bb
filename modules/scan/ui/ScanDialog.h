#pragma once

#include "Scanner.h"

#include <QDialog>

class QFrame;
class QLabel;
class QPushButton;

namespace motcua::scan {

class ScanPage;
class ScannerDirectory;
struct ScanPageOptions;

// "Scan the missing component": the scan page in a window of its own, opened from the reception checklist
// through the Scanner service. Saving hands the file back (ScanResult) and closes it; closing it otherwise
// is a cancel — after a confirmation when pages would be thrown away.
class ScanDialog : public QDialog
{
    Q_OBJECT
public:
    ScanDialog(ScannerDirectory* directory, const QString& requestId, const ScanRequest& request,
               const ScanPageOptions& options, QWidget* parent = nullptr);

    ScanPage* page() const { return m_page; }
    const QString& requestId() const { return m_requestId; }
    bool isResolved() const { return m_resolved; }

public slots:
    // Esc or the window's close button: stops a running scan first, asks before discarding pages.
    void reject() override;
    // The reception was abandoned: close without asking, discarding pages.
    void abandon();

signals:
    void resultReady(const motcua::ScanResult& result);

private:
    void resolve(const ScanResult& result);

    ScanPage* m_page = nullptr;
    QString m_requestId;
    ScanRequest m_request;
    QFrame* m_discardStrip = nullptr;
    QLabel* m_discardText = nullptr;
    QPushButton* m_discardButton = nullptr;
    QPushButton* m_keepButton = nullptr;
    bool m_resolved = false;
};

} // namespace motcua::scan
