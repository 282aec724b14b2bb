#include "SyncPage.h"

#include "QueueModel.h"
#include "SyncError.h"
#include "SyncService.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::sync {

SyncPage::SyncPage(SyncService* service, QWidget* parent) : QWidget(parent), m_service(service)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Synchronisation"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto* text =
        new QLabel(tr("Dossiers waiting to be sent to the provincial registry, and what came back from it."), this);
    text->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningStrip"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("background:#fff3cd; color:#5c4400; padding:6px;"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("syncCounts"));

    m_model = new QueueModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_retryAll = new QPushButton(tr("Retry now"), this);
    m_retryAll->setToolTip(tr("Send every waiting entry now, including failed ones."));
    m_retryDossier = new QPushButton(tr("Retry this dossier"), this);
    m_export = new QPushButton(tr("Export entry…"), this);
    m_export->setToolTip(tr("Write the entry to a file for manual transfer. It stays in the queue."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryAll);
    buttons->addWidget(m_retryDossier);
    buttons->addWidget(m_export);
    buttons->addStretch();

    auto* settingsBox = new QGroupBox(tr("Registry"), this);
    auto* form = new QFormLayout(settingsBox);
    m_url = new QLineEdit(settingsBox);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_deskId = new QLineEdit(settingsBox);
    m_deskId->setMaxLength(8);
    m_caBundle = new QLineEdit(settingsBox);
    m_caBundle->setPlaceholderText(tr("System certificates"));
    auto* browse = new QPushButton(tr("Choose…"), settingsBox);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle);
    caRow->addWidget(browse);
    m_secret = new QLineEdit(settingsBox);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("Unchanged"));
    auto* save = new QPushButton(tr("Save"), settingsBox);
    m_settingsResult = new QLabel(settingsBox);
    m_settingsResult->setWordWrap(true);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Desk id"), m_deskId);
    form->addRow(tr("Certificate authority"), caRow);
    form->addRow(tr("Secret (kept in the system keychain)"), m_secret);
    form->addRow(save, m_settingsResult);

    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(settingsBox);

    if (!m_service) {
        m_status->setText(tr("Synchronisation is not available in this desk."));
        for (QWidget* w : {static_cast<QWidget*>(m_retryAll), static_cast<QWidget*>(m_retryDossier),
                           static_cast<QWidget*>(m_export), static_cast<QWidget*>(settingsBox)})
            w->setEnabled(false);
        m_warning->hide();
        return;
    }

    const SyncSettings& settings = m_service->settings();
    m_url->setText(settings.registryUrl.toString());
    m_deskId->setText(settings.deskId);
    m_caBundle->setText(settings.caBundlePath);
    if (m_service->demoMode()) {
        settingsBox->setEnabled(false);
        settingsBox->setTitle(tr("Registry: the training registry of demo mode (no real registry is reachable)"));
    }

    connect(m_retryAll, &QPushButton::clicked, m_service, [this] { m_service->retryNow(); });
    connect(m_retryDossier, &QPushButton::clicked, this, &SyncPage::retrySelectedDossier);
    connect(m_export, &QPushButton::clicked, this, &SyncPage::chooseExportFile);
    connect(save, &QPushButton::clicked, this, &SyncPage::saveSettings);
    connect(browse, &QPushButton::clicked, this, &SyncPage::chooseCaBundle);
    connect(m_service, &SyncService::queueChanged, this, &SyncPage::refresh);
    connect(m_service, &RegistryClient::stateChanged, this, &SyncPage::refresh);
    connect(m_service, &RegistryClient::warningChanged, this, &SyncPage::refresh);
    connect(m_service, &SyncService::entryExported, this, [this](qint64 id, const QString& path, const QString& error) {
        m_status->setText(error.isEmpty() ? tr("Entry %1 written to %2. It stays in the queue.").arg(id).arg(path)
                                          : tr("Export failed: %1").arg(error));
    });
    connect(m_service, &SyncService::settingsApplied, this, [this](const QString& error) {
        m_settingsResult->setText(error.isEmpty() ? tr("Saved.") : SyncError::describe(error));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::refresh);
    refresh();
}

void SyncPage::refresh()
{
    if (!m_service)
        return;
    const qint64 selected = selectedEntry();
    m_model->setSnapshot(m_service->queue());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->id == selected) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectRow(row);
        }
    }
    const QString warning = m_service->warningText();
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_status->setText(m_service->statusText());
    const QueueSnapshot& q = m_service->queue();
    m_counts->setText(
        tr("Queued %1 · Sending %2 · Failed %3 · Sent %4").arg(q.queued).arg(q.sending).arg(q.failed).arg(q.synced));
    const bool hasSelection = selectedEntry() > 0;
    m_retryDossier->setEnabled(hasSelection);
    m_export->setEnabled(hasSelection);
}

qint64 SyncPage::selectedEntry(QString* dossierUuid) const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QueueItem* item = m_model->item(rows.first().row());
    if (!item)
        return 0;
    if (dossierUuid)
        *dossierUuid = item->dossierUuid;
    return item->id;
}

void SyncPage::retrySelectedDossier()
{
    QString uuid;
    if (selectedEntry(&uuid) > 0 && m_service)
        m_service->retryNow(uuid);
}

void SyncPage::chooseExportFile()
{
    if (selectedEntry() <= 0)
        return;
    // Asynchronous dialog: no nested event loop in the page.
    auto* dialog = new QFileDialog(this, tr("Export entry"), QString(), tr("JSON files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SyncPage::exportSelectedTo);
    dialog->open();
}

void SyncPage::exportSelectedTo(const QString& path)
{
    const qint64 id = selectedEntry();
    if (id > 0 && m_service && !path.isEmpty())
        m_service->exportEntry(id, path);
}

void SyncPage::chooseCaBundle()
{
    auto* dialog = new QFileDialog(this, tr("Certificate authority"), QString(), tr("PEM certificates (*.pem *.crt)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_caBundle, &QLineEdit::setText);
    dialog->open();
}

void SyncPage::saveSettings()
{
    if (!m_service)
        return;
    SyncSettings settings = m_service->settings();
    settings.registryUrl = QUrl(m_url->text().trimmed());
    settings.deskId = m_deskId->text().trimmed().toUpper();
    settings.caBundlePath = m_caBundle->text().trimmed();
    m_settingsResult->setText(tr("Saving…"));
    m_service->applySettings(settings, m_secret->text());
    m_secret->clear();
}

} // namespace motcua::sync
