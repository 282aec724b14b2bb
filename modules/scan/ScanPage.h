#pragma once

#include "ui/DeviceOptionsStore.h"
#include "ui/ScanController.h"
#include "ui/ScanProfile.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace motcua {
class FileSealer;
}

namespace motcua::scan {

class PageView;
class ScanDocument;
class ScannerDirectory;

// How a scan page is opened: from the navigation (a free document, saved where the official says), or for
// one component of a dossier from the reception checklist (Save hands the file back and ends the request).
struct ScanPageOptions
{
    bool componentMode = false;
    QString title;             // the component's name; PDF title
    QString dossierCode;       // file name and PDF subject
    QString profileId;         // profile to start with; empty = matched from the title, else the device's last options
    QString outputPath;        // the exact file to write; empty = a new name in outputFolder
    QString outputFolder;      // where new files go (default <AppDataLocation>/scans)
    QString author;            // PDF metadata
    QString spoolRoot;         // crash-recovery spool (default BatchSpool::defaultRoot())
    QString profilesFile;      // user profile file (default ScanProfileStore::defaultUserFile())
    bool offerRecovery = true; // offer interrupted scans found in the spool (navigation page only)
    // Seals the spool with the profile's data key (docs/SECURITY.md); null writes it as it is.
    std::shared_ptr<const FileSealer> spoolSealer;
};

// The SCAN page: pick a scanner and a profile, scan (with manual duplex for one-sided feeders), check the
// pages (thumbnails, large view with zoom, reorder, rotate, delete, insert, rescan; blank pages flagged,
// never dropped), and save one PDF/A-2b file per component. A jam or an unplugged scanner keeps the pages
// received and offers "continue" or "save what we have". Nothing here calls a driver or the pipeline on
// the GUI thread: discovery, capabilities and scans go through ScannerDirectory's backends, pages through
// ScanDocument's thread-pool pipeline, previews are decoded on the pool.
class ScanPage : public QWidget
{
    Q_OBJECT
public:
    ScanPage(ScannerDirectory* directory, const ScanPageOptions& options = {}, QWidget* parent = nullptr);
    ~ScanPage() override;

    ScanDocument* document() const { return m_document; }
    ScanController* controller() const { return m_controller; }
    const ScanPageOptions& options() const { return m_options; }
    const ScanProfileStore& profiles() const { return m_profiles; }

    QString currentDevice() const;
    int currentPosition() const;
    // Pages scanned and not saved yet.
    bool hasUnsavedPages() const;
    // The file the next save writes.
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // Extra raw driver options for the next scans (diagnostics; fault injection in tests and training).
    void setDeviceOptionOverrides(const QMap<QString, QString>& options);

public slots:
    void startScan();
    void cancelScan();
    // Saves as soon as every page is through the pipeline.
    void save();
    void selectDevice(const QString& device);
    void selectProfile(const QString& profileId);
    void refreshDevices();

signals:
    void documentSaved(const QString& path, int pages, qint64 bytes, int blankPages);
    void scanningChanged(bool scanning);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void buildActions();
    QToolButton* toolButton(QAction* action, const QString& glyph);
    void retranslateUi();
    QAction* matchingAction(const QKeyEvent* event) const;

    // Devices and options.
    void populateDevices();
    void onDeviceChosen();
    void applyCapabilities();
    void applyOptions(const DeviceOptions& options);
    void applyProfile(const ScanProfile& profile);
    DeviceOptions currentOptions() const;
    void rememberOptions();
    void onSettingEdited();
    ScanController::Plan makePlan(ScanController::Target target, int position) const;
    void startWith(ScanController::Target target, int position);

    // Pages.
    void moveCurrent(int delta);
    void rotateCurrent(int quarterTurns);
    void deleteCurrent();
    void insertBeforeCurrent();
    void rescanCurrent();
    void removeBlankPages();
    void selectRow(int row);
    void showCurrentPage();
    void requestPreview(quint64 serial, int rotation);

    // State.
    void refreshState();
    void refreshSummary();
    void onPhaseChanged();
    void onInterrupted(const ScanError& error);
    void onSaved(const QString& path, int pages, qint64 bytes);
    void showNotice(const QString& text, bool warning = false, const QString& details = {});
    void checkRecovery();
    QString generatedPath() const;

    QPointer<ScannerDirectory> m_directory; // the Scanner service's; it may go first at shutdown
    ScanPageOptions m_options;
    ScanProfileStore m_profiles;
    ScanDocument* m_document = nullptr;
    ScanController* m_controller = nullptr;

    QString m_device;               // the device whose options the controls show
    QString m_capabilitiesShownFor; // the device whose capabilities and options the controls were set up for
    bool m_updatingControls = false;
    bool m_saveWhenReady = false;
    bool m_fileChosen = false;         // the official typed or picked the file; it no longer follows the title
    bool m_initialProfileDone = false; // the request's profile is applied to the first device only
    int m_blankAtSave = 0;
    QStringList m_recoverable;
    quint64 m_previewToken = 0;
    QHash<QString, QImage> m_previewCache; // "<serial>/<rotation>" → decoded page
    QStringList m_previewOrder;

    // Controls.
    QLabel* m_heading = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QComboBox* m_deviceCombo = nullptr;
    QToolButton* m_refreshButton = nullptr;
    QLabel* m_deviceStatus = nullptr;
    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QCheckBox* m_manualDuplex = nullptr;
    QLabel* m_modeLabel = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QLabel* m_resolutionLabel = nullptr;
    QComboBox* m_resolutionCombo = nullptr;
    QLabel* m_sizeLabel = nullptr;
    QComboBox* m_sizeCombo = nullptr;
    QLabel* m_sizeWarning = nullptr;
    QCheckBox* m_ocrCheck = nullptr;
    bool m_ocrWarningShown = false;
    QPushButton* m_scanButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_keyHelp = nullptr;

    QListView* m_thumbnails = nullptr;
    PageView* m_view = nullptr;
    QLabel* m_pageInfo = nullptr;
    QLabel* m_blankBanner = nullptr;
    QLabel* m_zoomLabel = nullptr;

    QFrame* m_interruptStrip = nullptr;
    QLabel* m_interruptText = nullptr;
    QPushButton* m_continueButton = nullptr;
    QPushButton* m_saveWhatWeHave = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QLabel* m_details = nullptr;
    QFrame* m_flipStrip = nullptr;
    QLabel* m_flipText = nullptr;
    QPushButton* m_scanBacksButton = nullptr;
    QPushButton* m_skipBacksButton = nullptr;
    QFrame* m_recoveryStrip = nullptr;
    QLabel* m_recoveryText = nullptr;
    QPushButton* m_recoverButton = nullptr;
    QPushButton* m_discardRecoveryButton = nullptr;
    QLabel* m_notice = nullptr;

    QLabel* m_titleLabel = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QToolButton* m_browseButton = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_saveButton = nullptr;

    // Page commands (buttons, context menu and keys share them).
    QAction* m_scanAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QAction* m_rotateRightAction = nullptr;
    QAction* m_rotateLeftAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_insertAction = nullptr;
    QAction* m_rescanAction = nullptr;
    QAction* m_removeBlankAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QList<QAction*> m_keyActions;
};

} // namespace motcua::scan
