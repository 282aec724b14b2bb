#include "PdfPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QKeySequence>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <poppler-qt6.h>

namespace motcua::intake {

namespace {
constexpr double kPreviewDpi = 96.0;
}

PdfPreviewDialog::PdfPreviewDialog(const QByteArray& pdf, const QString& title, const QString& fileName,
                                   QWidget* parent)
    : QDialog(parent), m_pdf(pdf), m_fileName(fileName)
{
    setObjectName(QStringLiteral("pdfPreviewDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_document = Poppler::Document::loadFromData(m_pdf);
    if (m_document) {
        m_document->setRenderHint(Poppler::Document::Antialiasing);
        m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    }

    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("previewStatus"));
    layout->addWidget(m_status);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewPages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* holder = new QWidget(m_scroll);
    m_pages = new QVBoxLayout(holder);
    m_pages->setAlignment(Qt::AlignHCenter);
    m_pages->setSpacing(12);
    m_scroll->setWidget(holder);
    layout->addWidget(m_scroll, 1);

    auto* buttons = new QDialogButtonBox(this);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setShortcut(QKeySequence::Print);
    auto* saveButton = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setShortcut(QKeySequence::Save);
    auto* closeButton = buttons->addButton(QDialogButtonBox::Close);
    closeButton->setText(tr("Close"));
    connect(printButton, &QPushButton::clicked, this, &PdfPreviewDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &PdfPreviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!isValid()) {
        m_status->setText(tr("This PDF cannot be opened. It may be damaged."));
        printButton->setEnabled(false);
    } else {
        m_status->setText(tr("%n page(s)", nullptr, pageCount()));
        QTimer::singleShot(0, this, &PdfPreviewDialog::renderNext);
    }
    resize(720, 760);
}

PdfPreviewDialog::~PdfPreviewDialog() = default;

bool PdfPreviewDialog::isValid() const
{
    return m_document && !m_document->isLocked() && m_document->numPages() > 0;
}

int PdfPreviewDialog::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

QString PdfPreviewDialog::text() const
{
    QStringList pages;
    for (int i = 0; i < pageCount(); ++i)
        if (auto page = m_document->page(i))
            pages.append(page->text(QRectF()));
    return pages.join(QLatin1Char('\n'));
}

void PdfPreviewDialog::renderNext()
{
    if (!isValid() || m_rendered >= pageCount())
        return;
    if (auto page = m_document->page(m_rendered)) {
        const qreal ratio = devicePixelRatioF();
        // As wide as the view allows (the log book is A4 landscape), never larger than 96 dpi.
        const double inches = page->pageSizeF().width() / 72.0;
        const int room = m_scroll->viewport()->width() - 2 * m_pages->contentsMargins().left() - 4;
        const double dpi = inches > 0 && room > 200 ? qBound(48.0, room / inches, kPreviewDpi) : kPreviewDpi;
        QImage image = page->renderToImage(dpi * ratio, dpi * ratio);
        image.setDevicePixelRatio(ratio);
        auto* label = new QLabel(m_pages->parentWidget());
        label->setObjectName(QStringLiteral("previewPage%1").arg(m_rendered + 1));
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setToolTip(tr("Page %1 of %2").arg(m_rendered + 1).arg(pageCount()));
        m_pages->addWidget(label);
        label->show();
    }
    ++m_rendered;
    if (m_rendered < pageCount())
        QTimer::singleShot(0, this, &PdfPreviewDialog::renderNext);
}

bool PdfPreviewDialog::saveTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool PdfPreviewDialog::printTo(QPrinter& printer) const
{
    if (!isValid())
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    const int dpi = qBound(150, printer.resolution(), 600);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !printer.newPage())
            return false;
        auto page = m_document->page(i);
        if (!page)
            continue;
        const QImage image = page->renderToImage(dpi, dpi);
        const QRectF target = printer.pageLayout().paintRectPixels(printer.resolution());
        // The whole page, scaled to the printable area with its proportions kept.
        QSizeF size = image.size();
        size.scale(target.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, 0), size), image);
    }
    return painter.end();
}

bool PdfPreviewDialog::allowed(const QString& action)
{
    if (!m_accessCheck || m_accessCheck(action))
        return true;
    m_status->setText(tr("Your role may not do this, or the audit trail could not record it. Nothing was printed "
                         "or saved."));
    return false;
}

void PdfPreviewDialog::print()
{
    if (!isValid() || !allowed(QStringLiteral("dossier.print")))
        return;
    QPrinter printer(QPrinter::HighResolution);
    if (auto page = m_document->page(0)) {
        const QSizeF points = page->pageSizeF();
        printer.setPageSize(QPageSize(points, QPageSize::Point));
        printer.setPageOrientation(points.width() > points.height() ? QPageLayout::Landscape : QPageLayout::Portrait);
    }
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(windowTitle()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        m_status->setText(tr("The printer did not accept the document. Check that it is on and has paper."));
    else
        m_status->setText(tr("Sent to the printer."));
}

void PdfPreviewDialog::save()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save PDF"), folder + QLatin1Char('/') + m_fileName,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty() || !allowed(QStringLiteral("dossier.export")))
        return;
    QString error;
    if (saveTo(path, &error))
        m_status->setText(tr("Saved to %1").arg(path));
    else
        m_status->setText(tr("Could not save: %1").arg(error));
}

} // namespace motcua::intake
