#pragma once

#include "Dossier.h"

#include <QImage>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QPrinter;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace motcua::intake {

// Step 4: the receipt (Mẫu 01) of the dossier just saved, as the citizen will get it — page images
// rendered by Poppler from the PDF the forms renderer made — with Print (Ctrl+P), Save PDF (Ctrl+E) and
// New dossier (Ctrl+Shift+N). The dossier is already saved: a printer that fails only says so, and the
// receipt stays here to print again.
class ReceiptView : public QWidget
{
    Q_OBJECT
public:
    // Asks how to print (the print dialog by default) and calls `done(true)` to go ahead.
    using PrinterSetup = std::function<void(QPrinter* printer, QWidget* parent, std::function<void(bool)> done)>;
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;
    // Asked before printing ("dossier.print") or saving the PDF ("dossier.export"): false refuses.
    using AccessCheck = std::function<bool(const QString& action, const Dossier& dossier)>;

    explicit ReceiptView(QWidget* parent = nullptr);
    ~ReceiptView() override;

    void setPrinterSetup(PrinterSetup setup) { m_printerSetup = std::move(setup); }
    void setSavePathChooser(SavePathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    void setAccessCheck(AccessCheck check) { m_accessCheck = std::move(check); }

    void setReceipt(const Dossier& dossier, const QList<Dossier>& linked, const QByteArray& pdf,
                    const QList<QImage>& pages, const QString& problem);
    void clear();
    const QByteArray& pdf() const { return m_pdf; }
    const Dossier& dossier() const { return m_dossier; }
    QString statusText() const;
    QString summaryText() const;
    QPushButton* printButton() const { return m_print; }
    int printCount() const { return m_printCount; }
    void retranslateUi();

public slots:
    void print();
    void savePdf();

signals:
    void newDossierRequested();
    void printFinished(bool ok);
    void pdfSaved(const QString& path);

private:
    bool printNow();
    void setStatus(const QString& text, bool problem);

    Dossier m_dossier;
    QList<Dossier> m_linked;
    QByteArray m_pdf;
    QLabel* m_summary = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_new = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pagesBox = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    std::unique_ptr<QPrinter> m_printer;
    PrinterSetup m_printerSetup;
    SavePathChooser m_chooseSavePath;
    AccessCheck m_accessCheck;
    int m_printCount = 0;
};

} // namespace motcua::intake
