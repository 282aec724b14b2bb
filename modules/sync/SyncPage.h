#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace motcua::sync {

class QueueModel;
class SyncService;

// The module's page: every outbox entry not yet confirmed by the registry with its state, attempts,
// next try and reason; "retry now" for all or one dossier; export of a stuck entry to a file for manual
// transfer; and the registry settings (the secret goes to the OS keychain). Problems show in a
// warning strip at the top, not in message boxes.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncService* service, QWidget* parent = nullptr);

    QueueModel* model() const { return m_model; }
    // Writes the selected entry to `path` (the export button asks for the path first).
    void exportSelectedTo(const QString& path);

private:
    void refresh();
    void retrySelectedDossier();
    void chooseExportFile();
    void saveSettings();
    void chooseCaBundle();
    qint64 selectedEntry(QString* dossierUuid = nullptr) const;

    QPointer<SyncService> m_service;
    QueueModel* m_model = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_retryAll = nullptr;
    QPushButton* m_retryDossier = nullptr;
    QPushButton* m_export = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_deskId = nullptr;
    QLineEdit* m_caBundle = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_settingsResult = nullptr;
};

} // namespace motcua::sync
