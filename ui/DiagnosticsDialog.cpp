#include "DiagnosticsDialog.h"

#include "DiagnosticsCollector.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua {

DiagnosticsDialog::DiagnosticsDialog(DiagnosticsCollector* collector, QWidget* parent)
    : QDialog(parent), m_status(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("diagnosticsDialog"));
    setWindowTitle(tr("Diagnostics"));
    collector->setParent(this);

    m_status->setText(tr("Collecting information…"));
    m_text->setObjectName(QStringLiteral("diagnosticsText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy to clipboard"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyDiagnostics"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, &DiagnosticsDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(760, 560);

    connect(collector, &DiagnosticsCollector::finished, this, &DiagnosticsDialog::showReport);
    collector->start();
}

QString DiagnosticsDialog::reportText() const
{
    return m_text->toPlainText();
}

void DiagnosticsDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(reportText());
    m_status->setText(tr("Copied. Paste it into your message to the IT contact."));
}

void DiagnosticsDialog::showReport(const DiagnosticsReport& report)
{
    m_text->setPlainText(report.toText());
    m_status->setText(tr("Paste this into your message to the IT contact. It contains no citizen data."));
    m_copy->setEnabled(true);
    m_complete = true;
    emit reportReady();
}

} // namespace motcua
