#include "ReceiptView.h"

#include "ReceptionText.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <poppler-qt6.h>

namespace motcua::intake {

ReceiptView::ReceiptView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receiptSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto* buttons = new QVBoxLayout;
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printReceiptButton"));
    m_print->setAutoDefault(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveReceiptButton"));
    m_save->setAutoDefault(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newDossierButton"));
    m_new->setAutoDefault(true);
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addWidget(m_new);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("receiptStatus"));
    m_status->setWordWrap(true);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("receiptPages"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_pagesBox = new QWidget(m_scroll);
    m_pagesBox->setStyleSheet(QStringLiteral("background: #7a7f87;"));
    m_pagesLayout = new QVBoxLayout(m_pagesBox);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(m_pagesBox);

    auto* left = new QVBoxLayout;
    left->addWidget(m_summary);
    left->addSpacing(8);
    left->addLayout(buttons);
    left->addSpacing(8);
    left->addWidget(m_status);
    left->addStretch();
    auto* body = new QHBoxLayout;
    auto* info = new QWidget(this);
    info->setLayout(left);
    info->setFixedWidth(380);
    body->addWidget(info);
    body->addWidget(m_scroll, 1);
    layout->addLayout(body, 1);

    connect(m_print, &QPushButton::clicked, this, &ReceiptView::print);
    connect(m_save, &QPushButton::clicked, this, &ReceiptView::savePdf);
    connect(m_new, &QPushButton::clicked, this, &ReceiptView::newDossierRequested);
    const QList<std::pair<QKeySequence, std::function<void()>>> keys{
        {QKeySequence(Qt::CTRL | Qt::Key_P), [this] { print(); }},
        {QKeySequence(Qt::CTRL | Qt::Key_E), [this] { savePdf(); }},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { emit newDossierRequested(); }},
    };
    for (const auto& [key, run] : keys) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, run);
    }

    m_printerSetup = [](QPrinter* printer, QWidget* owner, std::function<void(bool)> done) {
        auto* dialog = new QPrintDialog(printer, owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::finished, owner, [done](int result) { done(result == QDialog::Accepted); });
        dialog->open();
    };
    m_chooseSavePath = [](QWidget* owner, const QString& name) {
        return QFileDialog::getSaveFileName(owner, tr("Save the receipt as PDF"), QDir::home().filePath(name),
                                            tr("PDF documents (*.pdf)"));
    };
    setFocusProxy(m_print);
    retranslateUi();
}

ReceiptView::~ReceiptView() = default;

void ReceiptView::retranslateUi()
{
    m_print->setText(tr("&Print receipt (Ctrl+P)"));
    m_save->setText(tr("Save PDF (Ctrl+E)"));
    m_new->setText(tr("New dossier (Ctrl+Shift+N)"));
    if (!m_dossier.uuid.isEmpty())
        m_summary->setText(summaryText());
}

QString ReceiptView::summaryText() const
{
    const Dossier& d = m_dossier;
    QString text = tr("<b>Dossier saved.</b> Code <b>%1</b>").arg(d.code.toHtmlEscaped());
    if (d.codeProvisional)
        text += QStringLiteral(" <span style='background:#fff3cd'>%1</span>")
                    .arg(tr("provisional — the official code follows after synchronisation"));
    text += QStringLiteral("<br>") + d.procedureName.toHtmlEscaped();
    text += QStringLiteral("<br>") + tr("Applicant: %1").arg(d.applicant.fullName.toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("Result due: <b>%1</b>").arg(ReceptionText::appointment(d.dueAt));
    text += QStringLiteral("<br>") + tr("Fee: %1").arg(ReceptionText::money(d.feeVnd));
    if (!m_linked.isEmpty()) {
        text += QStringLiteral("<br>") + tr("Linked dossiers:");
        for (const Dossier& l : m_linked)
            text += QStringLiteral("<br>&nbsp;• %1 — %2").arg(l.code.toHtmlEscaped(), l.procedureName.toHtmlEscaped());
    }
    return text;
}

void ReceiptView::setReceipt(const Dossier& dossier, const QList<Dossier>& linked, const QByteArray& pdf,
                             const QList<QImage>& pages, const QString& problem)
{
    m_dossier = dossier;
    m_linked = linked;
    m_pdf = pdf;
    m_printCount = 0;
    m_summary->setText(summaryText());
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < pages.size(); ++i) {
        auto* label = new QLabel(m_pagesBox);
        label->setObjectName(QStringLiteral("receiptPage%1").arg(i + 1));
        label->setPixmap(QPixmap::fromImage(pages.at(i)));
        label->setStyleSheet(QStringLiteral("background: white;"));
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    m_print->setEnabled(!pdf.isEmpty());
    m_save->setEnabled(!pdf.isEmpty());
    if (!problem.isEmpty())
        setStatus(problem, true);
    else
        setStatus(tr("Print the receipt and hand it to the citizen."), false);
}

void ReceiptView::clear()
{
    setReceipt(Dossier{}, {}, {}, {}, {});
    m_summary->clear();
}

QString ReceiptView::statusText() const
{
    return m_status->text();
}

void ReceiptView::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
}

void ReceiptView::print()
{
    if (m_pdf.isEmpty())
        return;
    if (m_accessCheck && !m_accessCheck(QStringLiteral("dossier.print"), m_dossier)) {
        setStatus(tr("Printing is not allowed for your role, or it could not be recorded in the audit trail."), true);
        return;
    }
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A5));
    m_printer->setPageOrientation(QPageLayout::Portrait);
    m_printer->setDocName(tr("Receipt %1").arg(m_dossier.code));
    m_printer->setFullPage(true);
    m_printerSetup(m_printer.get(), this, [this](bool accepted) {
        if (!accepted) {
            setStatus(tr("Printing cancelled. The dossier is saved; press Ctrl+P to print."), false);
            return;
        }
        const bool ok = printNow();
        if (ok) {
            ++m_printCount;
            setStatus(tr("Receipt sent to the printer."), false);
        } else {
            setStatus(tr("The printer failed. The dossier is saved: check the printer and press Ctrl+P to print "
                         "again, or save the PDF (Ctrl+E)."),
                      true);
        }
        emit printFinished(ok);
    });
}

bool ReceiptView::printNow()
{
    const auto document = Poppler::Document::loadFromData(m_pdf);
    if (!document || document->isLocked())
        return false;
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    QPainter painter;
    if (!painter.begin(m_printer.get()))
        return false;
    const double dpi = qMin(300, m_printer->resolution());
    for (int i = 0; i < document->numPages(); ++i) {
        if (i > 0 && !m_printer->newPage()) {
            painter.end();
            return false;
        }
        const auto page = document->page(i);
        const QImage image = page ? page->renderToImage(dpi, dpi) : QImage();
        if (image.isNull()) {
            painter.end();
            return false;
        }
        const QRect area = painter.viewport();
        const QSize size = image.size().scaled(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(area.topLeft(), size), image);
    }
    return painter.end() && m_printer->printerState() != QPrinter::Error;
}

void ReceiptView::savePdf()
{
    if (m_pdf.isEmpty() || !m_chooseSavePath)
        return;
    const QString suggested = QStringLiteral("giay-tiep-nhan-%1.pdf").arg(m_dossier.code);
    const QString path = m_chooseSavePath(this, suggested);
    if (path.isEmpty())
        return;
    if (m_accessCheck && !m_accessCheck(QStringLiteral("dossier.export"), m_dossier)) {
        setStatus(tr("Saving the PDF is not allowed for your role, or it could not be recorded in the audit trail."),
                  true);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_pdf) != m_pdf.size() || !file.commit()) {
        setStatus(tr("The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                  true);
        return;
    }
    setStatus(tr("Receipt saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    emit pdfSaved(path);
}

} // namespace motcua::intake
