#include "ScanDialog.h"

#include "ScanDocument.h"
#include "ScanPage.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::scan {

ScanDialog::ScanDialog(ScannerDirectory* directory, const QString& requestId, const ScanRequest& request,
                       const ScanPageOptions& options, QWidget* parent)
    : QDialog(parent), m_requestId(requestId), m_request(request)
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(request.title.isEmpty() ? tr("Scan a component") : tr("Scan: %1").arg(request.title));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_discardStrip = new QFrame(this);
    m_discardStrip->setObjectName(QStringLiteral("discardStrip"));
    m_discardStrip->setStyleSheet(
        QStringLiteral("QFrame#discardStrip { background: #fff4ce; border: 1px solid #e0c060; border-radius: 3px; }"));
    auto* strip = new QHBoxLayout(m_discardStrip);
    m_discardText = new QLabel(m_discardStrip);
    m_discardText->setWordWrap(true);
    m_discardButton = new QPushButton(tr("Discard the pages and close"), m_discardStrip);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_keepButton = new QPushButton(tr("Keep scanning"), m_discardStrip);
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    strip->addWidget(m_discardText, 1);
    strip->addWidget(m_discardButton);
    strip->addWidget(m_keepButton);
    m_discardStrip->hide();
    layout->addWidget(m_discardStrip);

    m_page = new ScanPage(directory, options, this);
    layout->addWidget(m_page, 1);
    resize(1180, 720);

    connect(m_page, &ScanPage::documentSaved, this, [this](const QString& path, int pages, qint64 bytes, int blank) {
        ScanResult result;
        result.outcome = ScanResult::Outcome::Saved;
        result.filePath = path;
        result.pageCount = pages;
        result.bytes = bytes;
        result.blankPages = blank;
        resolve(result);
        accept();
    });
    connect(m_discardButton, &QPushButton::clicked, this, &ScanDialog::abandon);
    connect(m_keepButton, &QPushButton::clicked, this, [this] { m_discardStrip->hide(); });
    connect(this, &QDialog::finished, this, [this] {
        ScanResult result;
        result.outcome = ScanResult::Outcome::Cancelled;
        resolve(result); // no-op when already saved
    });
}

void ScanDialog::reject()
{
    if (m_page->controller()->isScanning()) {
        m_page->cancelScan(); // Esc stops the scan; a second Esc closes
        return;
    }
    if (m_page->hasUnsavedPages() && !m_resolved) {
        m_discardText->setText(
            tr("%n scanned page(s) are not saved. Close and throw them away?", nullptr, m_page->document()->count()));
        m_discardStrip->show();
        m_keepButton->setFocus();
        return;
    }
    QDialog::reject();
}

void ScanDialog::abandon()
{
    m_page->controller()->cancel();
    m_page->document()->clear();
    QDialog::reject();
}

void ScanDialog::resolve(const ScanResult& partial)
{
    if (m_resolved)
        return;
    m_resolved = true;
    ScanResult result = partial;
    result.requestId = m_requestId;
    result.componentId = m_request.componentId;
    emit resultReady(result);
}

} // namespace motcua::scan
