#pragma once

#include <QByteArray>
#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Poppler {
class Document;
}

namespace motcua::intake {

// Shows a PDF (a form the desk printed, or a scanned component) page by page through Poppler, with
// Print (QPrinter, the pages rendered at the printer's resolution) and Save. Pages are rendered one
// per event-loop turn so a long scan never freezes the desk. Non-modal: open() it.
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PdfPreviewDialog(const QByteArray& pdf, const QString& title, const QString& fileName, QWidget* parent = nullptr);
    ~PdfPreviewDialog() override;

    bool isValid() const;
    int pageCount() const;
    // Pages rendered so far (all of them once the preview has settled).
    int renderedPages() const { return m_rendered; }
    const QByteArray& pdf() const { return m_pdf; }
    // Text of every page as Poppler reads it (what the citizen will see).
    QString text() const;

    // Saves the PDF as it is; false with a message when it cannot be written.
    bool saveTo(const QString& path, QString* error = nullptr) const;
    // Paints every page on `printer` (which has its page size set by the caller or the print dialog).
    bool printTo(QPrinter& printer) const;
    // Asked before Print ("dossier.print") and Save ("dossier.export"): false refuses (the signed-in
    // role may not, or the audit trail could not record it).
    void setAccessCheck(std::function<bool(const QString& action)> check) { m_accessCheck = std::move(check); }
    bool allowed(const QString& action);

public slots:
    void print();
    void save();

private:
    void renderNext();

    QByteArray m_pdf;
    QString m_fileName;
    std::unique_ptr<Poppler::Document> m_document;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_pages = nullptr;
    QLabel* m_status = nullptr;
    int m_rendered = 0;
    std::function<bool(const QString&)> m_accessCheck;
};

} // namespace motcua::intake
