#include "ScanPage.h"

#include "BatchSpool.h"
#include "TextFold.h"
#include "TextRecognizer.h"
#include "ui/PagePreview.h"
#include "ui/PageView.h"
#include "ui/ScanDocument.h"
#include "ui/ScannerDirectory.h"
#include "ui/ThumbnailDelegate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua::scan {

namespace {

constexpr int kPreviewSide = 2200; // pixels, longer side of the large view's image
constexpr int kPreviewCache = 4;

const char* kStripStyle = "QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 3px; }";

QFrame* makeStrip(const QString& name, const char* background, const char* border, QWidget* parent)
{
    auto* strip = new QFrame(parent);
    strip->setObjectName(name);
    strip->setStyleSheet(QString::fromLatin1(kStripStyle).arg(name, QLatin1String(background), QLatin1String(border)));
    strip->hide();
    return strip;
}

void setComboData(QComboBox* combo, const QVariant& data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

void enableItem(QComboBox* combo, int row, bool enabled)
{
    if (auto* model = qobject_cast<QStandardItemModel*>(combo->model())) {
        if (QStandardItem* item = model->item(row))
            item->setEnabled(enabled);
    }
}

QString fileSlug(const QString& text)
{
    QString slug = foldForSearch(text);
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString out;
    for (const QChar c : slug)
        if (c.isLetterOrNumber() || c == QLatin1Char('-'))
            out.append(c);
    return out.left(48);
}

} // namespace

ScanPage::ScanPage(ScannerDirectory* directory, const ScanPageOptions& options, QWidget* parent)
    : QWidget(parent), m_directory(directory), m_options(options), m_profiles(options.profilesFile)
{
    setObjectName(QStringLiteral("scanPage"));
    // Scanned pages must survive a language switch: the shell keeps this page and it retranslates itself.
    setProperty("motcuaRetranslates", true);
    if (m_options.outputFolder.isEmpty())
        m_options.outputFolder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scans");

    m_document = new ScanDocument(this);
    if (!m_options.spoolRoot.isEmpty())
        m_document->setSpoolRoot(m_options.spoolRoot);
    m_document->setSpoolSealer(m_options.spoolSealer);
    m_controller = new ScanController(m_directory, m_document, this);

    buildActions();
    buildUi();
    retranslateUi();

    connect(m_directory, &ScannerDirectory::discoveryStarted, this, &ScanPage::refreshState);
    connect(m_directory, &ScannerDirectory::devicesChanged, this, &ScanPage::populateDevices);
    connect(m_directory, &ScannerDirectory::capabilitiesReady, this, [this](const QString& device) {
        if (device == m_device)
            applyCapabilities();
    });
    connect(m_directory, &ScannerDirectory::capabilitiesFailed, this,
            [this](const QString& device, const QString&, const QString& message) {
                if (device != m_device)
                    return;
                showNotice(tr("The scanner %1 does not answer: check that it is switched on and connected, then "
                              "refresh the list.")
                               .arg(device),
                           true, message);
                refreshState();
            });

    connect(m_document, &ScanDocument::summaryChanged, this, &ScanPage::refreshSummary);
    connect(m_document, &ScanDocument::busyChanged, this, [this](bool busy) {
        if (!busy && m_saveWhenReady) {
            m_saveWhenReady = false;
            save();
        }
        refreshState();
    });
    connect(m_document, &ScanDocument::pageReady, this, [this](int pageId) {
        const int position = m_document->positionOf(pageId);
        if (position == currentPosition())
            showCurrentPage();
        // Once per page: OCR fell back to English (no Vietnamese data) or failed; the page itself is fine.
        const auto& processed = position >= 0 ? m_document->page(position).processed : std::nullopt;
        if (processed && !processed->ocrWarning.isEmpty() && !m_ocrWarningShown) {
            m_ocrWarningShown = true;
            showNotice(processed->ocrLanguage.isEmpty()
                           ? tr("The text of the pages could not be recognised; they are saved without a searchable "
                                "text layer.")
                           : tr("The Vietnamese text recognition data is not installed: the text layer is recognised "
                                "as English and its diacritics are lost. Ask the administrator to install "
                                "tesseract-ocr-vie."),
                       true, processed->ocrWarning);
        }
    });
    connect(m_document, &ScanDocument::pageFailed, this, [this](int pageId, const QString& message) {
        const int position = m_document->positionOf(pageId);
        showNotice(tr("Page %1 could not be processed: rescan it or delete it.").arg(position + 1), true, message);
    });
    connect(m_document, &ScanDocument::saved, this, &ScanPage::onSaved);
    connect(m_document, &ScanDocument::saveFailed, this, [this](const QString& code, const QString& message) {
        m_saveWhenReady = false;
        showNotice(tr("The PDF could not be written (%1). The pages are kept: choose another place or free some "
                      "disk space, then save again.")
                       .arg(code),
                   true, message);
        refreshState();
    });
    connect(m_document, &ScanDocument::spoolProblem, this, [this](const QString& message) {
        showNotice(tr("The pages cannot be written to the recovery folder; they are kept in memory. Save soon: "
                      "if the desk closes now they are lost."),
                   true, message);
    });
    connect(m_document, &QAbstractItemModel::rowsMoved, this, [this] { showCurrentPage(); });

    connect(m_controller, &ScanController::phaseChanged, this, &ScanPage::onPhaseChanged);
    connect(m_controller, &ScanController::progressChanged, this, &ScanPage::refreshState);
    connect(m_controller, &ScanController::interrupted, this, &ScanPage::onInterrupted);
    connect(m_controller, &ScanController::notice, this, [this](const QString& text) { showNotice(text); });
    connect(m_controller, &ScanController::pageReceived, this, [this](int pageId) {
        // Follow the scan: the newest page is the one the official wants to see.
        selectRow(m_document->positionOf(pageId));
    });
    connect(m_controller, &ScanController::flipNeeded, this, [this](int fronts) {
        m_flipText->setText(tr("<b>The fronts of %n sheet(s) are in.</b> Take the stack out of the output tray, turn "
                               "it over as a whole without changing the order, put it back in the feeder and press "
                               "<i>Scan the backs</i>.",
                               nullptr, fronts));
        m_flipStrip->show();
        m_scanBacksButton->setFocus();
    });

    populateDevices();
    m_directory->discover();
    checkRecovery();
    refreshState();
    refreshSummary();
}

ScanPage::~ScanPage()
{
    if (m_directory)
        rememberOptions();
}

// ---------------------------------------------------------------------------------------------------------
// Layout

void ScanPage::buildUi()
{
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 8);
    root->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    root->addWidget(m_heading);

    // Strips: recovery, interruption (jam, unplugged), manual-duplex flip, notices.
    m_recoveryStrip = makeStrip(QStringLiteral("recoveryStrip"), "#e8f1fb", "#9ec5ee", this);
    {
        auto* l = new QHBoxLayout(m_recoveryStrip);
        m_recoveryText = new QLabel(m_recoveryStrip);
        m_recoveryText->setObjectName(QStringLiteral("recoveryText"));
        m_recoveryText->setWordWrap(true);
        m_recoverButton = new QPushButton(m_recoveryStrip);
        m_recoverButton->setObjectName(QStringLiteral("recoverButton"));
        m_discardRecoveryButton = new QPushButton(m_recoveryStrip);
        m_discardRecoveryButton->setObjectName(QStringLiteral("discardRecoveryButton"));
        l->addWidget(m_recoveryText, 1);
        l->addWidget(m_recoverButton);
        l->addWidget(m_discardRecoveryButton);
    }
    root->addWidget(m_recoveryStrip);

    m_interruptStrip = makeStrip(QStringLiteral("interruptStrip"), "#fdecea", "#f5c6cb", this);
    {
        auto* v = new QVBoxLayout(m_interruptStrip);
        auto* l = new QHBoxLayout;
        m_interruptText = new QLabel(m_interruptStrip);
        m_interruptText->setObjectName(QStringLiteral("interruptText"));
        m_interruptText->setWordWrap(true);
        m_interruptText->setStyleSheet(QStringLiteral("color: #611a15;"));
        m_continueButton = new QPushButton(m_interruptStrip);
        m_continueButton->setObjectName(QStringLiteral("continueButton"));
        m_saveWhatWeHave = new QPushButton(m_interruptStrip);
        m_saveWhatWeHave->setObjectName(QStringLiteral("saveWhatWeHaveButton"));
        m_detailsButton = new QToolButton(m_interruptStrip);
        m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
        m_detailsButton->setCheckable(true);
        l->addWidget(m_interruptText, 1);
        l->addWidget(m_continueButton);
        l->addWidget(m_saveWhatWeHave);
        l->addWidget(m_detailsButton);
        v->addLayout(l);
        m_details = new QLabel(m_interruptStrip);
        m_details->setObjectName(QStringLiteral("errorDetails"));
        m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_details->setWordWrap(true);
        m_details->hide();
        v->addWidget(m_details);
        connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    }
    root->addWidget(m_interruptStrip);

    m_flipStrip = makeStrip(QStringLiteral("flipStrip"), "#fff4ce", "#e0c060", this);
    {
        auto* l = new QHBoxLayout(m_flipStrip);
        m_flipText = new QLabel(m_flipStrip);
        m_flipText->setObjectName(QStringLiteral("flipText"));
        m_flipText->setWordWrap(true);
        m_scanBacksButton = new QPushButton(m_flipStrip);
        m_scanBacksButton->setObjectName(QStringLiteral("scanBacksButton"));
        m_skipBacksButton = new QPushButton(m_flipStrip);
        m_skipBacksButton->setObjectName(QStringLiteral("skipBacksButton"));
        l->addWidget(m_flipText, 1);
        l->addWidget(m_scanBacksButton);
        l->addWidget(m_skipBacksButton);
    }
    root->addWidget(m_flipStrip);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    root->addWidget(m_notice);

    auto* body = new QHBoxLayout;
    body->setSpacing(8);
    root->addLayout(body, 1);

    // Left: scanner, profile, settings, scan.
    auto* left = new QWidget(this);
    left->setObjectName(QStringLiteral("settingsPanel"));
    left->setMaximumWidth(300);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* deviceRow = new QHBoxLayout;
    m_deviceLabel = new QLabel(left);
    m_deviceCombo = new QComboBox(left);
    m_deviceCombo->setObjectName(QStringLiteral("deviceCombo"));
    m_deviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceCombo->setMinimumContentsLength(16);
    m_deviceLabel->setBuddy(m_deviceCombo);
    m_refreshButton = new QToolButton(left);
    m_refreshButton->setObjectName(QStringLiteral("refreshDevicesButton"));
    m_refreshButton->setText(QStringLiteral("⟳"));
    deviceRow->addWidget(m_deviceCombo, 1);
    deviceRow->addWidget(m_refreshButton);
    leftLayout->addWidget(m_deviceLabel);
    leftLayout->addLayout(deviceRow);
    m_deviceStatus = new QLabel(left);
    m_deviceStatus->setObjectName(QStringLiteral("deviceStatus"));
    m_deviceStatus->setWordWrap(true);
    leftLayout->addWidget(m_deviceStatus);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_profileLabel = new QLabel(left);
    m_profileCombo = new QComboBox(left);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(14);
    m_profileLabel->setBuddy(m_profileCombo);
    m_sourceLabel = new QLabel(left);
    m_sourceCombo = new QComboBox(left);
    m_sourceCombo->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceLabel->setBuddy(m_sourceCombo);
    m_manualDuplex = new QCheckBox(left);
    m_manualDuplex->setObjectName(QStringLiteral("manualDuplexCheck"));
    m_modeLabel = new QLabel(left);
    m_modeCombo = new QComboBox(left);
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeLabel->setBuddy(m_modeCombo);
    m_resolutionLabel = new QLabel(left);
    m_resolutionCombo = new QComboBox(left);
    m_resolutionCombo->setObjectName(QStringLiteral("resolutionCombo"));
    m_resolutionLabel->setBuddy(m_resolutionCombo);
    m_sizeLabel = new QLabel(left);
    m_sizeCombo = new QComboBox(left);
    m_sizeCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_sizeLabel->setBuddy(m_sizeCombo);
    m_sizeWarning = new QLabel(left);
    m_sizeWarning->setObjectName(QStringLiteral("pageSizeWarning"));
    m_sizeWarning->setWordWrap(true);
    m_sizeWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_sizeWarning->hide();
    m_ocrCheck = new QCheckBox(left);
    m_ocrCheck->setObjectName(QStringLiteral("ocrCheck"));
    m_ocrCheck->setVisible(TextRecognizer::isAvailable()); // a build without Tesseract has no OCR
    form->addRow(m_profileLabel, m_profileCombo);
    form->addRow(m_sourceLabel, m_sourceCombo);
    form->addRow(QString(), m_manualDuplex);
    form->addRow(m_modeLabel, m_modeCombo);
    form->addRow(m_resolutionLabel, m_resolutionCombo);
    form->addRow(m_sizeLabel, m_sizeCombo);
    form->addRow(QString(), m_ocrCheck);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_sizeWarning);

    for (const PageSize s : {PageSize::A4, PageSize::A5, PageSize::A3})
        m_sizeCombo->addItem(toString(s).toUpper(), toString(s));
    for (int i = 0; i < 3; ++i) {
        m_sourceCombo->addItem(QString());
        m_modeCombo->addItem(QString());
    }
    m_sourceCombo->setItemData(0, toString(ScanSource::Flatbed));
    m_sourceCombo->setItemData(1, toString(ScanSource::Feeder));
    m_sourceCombo->setItemData(2, toString(ScanSource::Duplex));
    m_modeCombo->setItemData(0, toString(ColorMode::Color));
    m_modeCombo->setItemData(1, toString(ColorMode::Gray));
    m_modeCombo->setItemData(2, toString(ColorMode::BlackWhite));
    for (int dpi : {150, 200, 300, 600})
        m_resolutionCombo->addItem(QStringLiteral("%1 dpi").arg(dpi), dpi);

    auto* buttons = new QHBoxLayout;
    m_scanButton = new QPushButton(left);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setDefault(true);
    m_scanButton->setMinimumHeight(36);
    m_cancelButton = new QPushButton(left);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setMinimumHeight(36);
    buttons->addWidget(m_scanButton, 2);
    buttons->addWidget(m_cancelButton, 1);
    leftLayout->addLayout(buttons);
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    leftLayout->addWidget(m_progress);
    m_counter = new QLabel(left);
    m_counter->setObjectName(QStringLiteral("pageCounter"));
    m_counter->setWordWrap(true);
    QFont big = m_counter->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_counter->setFont(big);
    leftLayout->addWidget(m_counter);
    leftLayout->addStretch();
    m_keyHelp = new QLabel(left);
    m_keyHelp->setObjectName(QStringLiteral("keyHelp"));
    m_keyHelp->setWordWrap(true);
    m_keyHelp->setStyleSheet(QStringLiteral("color: palette(mid);"));
    leftLayout->addWidget(m_keyHelp);
    body->addWidget(left);

    // Middle: the thumbnail strip with the page tools above it.
    auto* middle = new QVBoxLayout;
    auto* tools = new QHBoxLayout;
    tools->setSpacing(2);
    middle->addLayout(tools);
    for (auto [action, glyph] : {std::pair{m_moveUpAction, "↑"},
                                 {m_moveDownAction, "↓"},
                                 {m_rotateLeftAction, "⟲"},
                                 {m_rotateRightAction, "⟳"},
                                 {m_deleteAction, "✕"},
                                 {m_insertAction, "+"},
                                 {m_rescanAction, "↻"}})
        tools->addWidget(toolButton(action, QString::fromUtf8(glyph)));
    tools->addStretch();
    m_thumbnails = new QListView(this);
    m_thumbnails->setObjectName(QStringLiteral("thumbnailView"));
    m_thumbnails->setModel(m_document);
    m_thumbnails->setItemDelegate(new ThumbnailDelegate(m_thumbnails));
    m_thumbnails->setViewMode(QListView::ListMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setDragDropMode(QAbstractItemView::InternalMove);
    m_thumbnails->setDefaultDropAction(Qt::MoveAction);
    m_thumbnails->setDragEnabled(true);
    m_thumbnails->setAcceptDrops(true);
    m_thumbnails->setDropIndicatorShown(true);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thumbnails->setFixedWidth(ThumbnailDelegate::kImageHeight + 2 * 6 + 20 + 24);
    m_thumbnails->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_thumbnails->installEventFilter(this);
    for (QAction* a : {m_moveUpAction, m_moveDownAction, m_rotateLeftAction, m_rotateRightAction, m_deleteAction,
                       m_insertAction, m_rescanAction, m_removeBlankAction})
        m_thumbnails->addAction(a);
    middle->addWidget(m_thumbnails, 1);
    body->addLayout(middle);
    connect(m_thumbnails->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrentPage();
        refreshState();
    });

    // Right: the large view.
    auto* right = new QVBoxLayout;
    auto* viewTop = new QHBoxLayout;
    m_pageInfo = new QLabel(this);
    m_pageInfo->setObjectName(QStringLiteral("pageInfo"));
    m_pageInfo->setWordWrap(true);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    viewTop->addWidget(m_pageInfo, 1);
    viewTop->addWidget(toolButton(m_zoomOutAction, QStringLiteral("−")));
    viewTop->addWidget(m_zoomLabel);
    viewTop->addWidget(toolButton(m_zoomInAction, QStringLiteral("+")));
    viewTop->addWidget(toolButton(m_fitAction, QStringLiteral("⤢")));
    right->addLayout(viewTop);
    m_blankBanner = new QLabel(this);
    m_blankBanner->setObjectName(QStringLiteral("blankBanner"));
    m_blankBanner->setWordWrap(true);
    m_blankBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff1e0; color: #6b3a00; border: 2px solid #e67e00; padding: 4px; font-weight: bold; }"));
    m_blankBanner->hide();
    right->addWidget(m_blankBanner);
    m_view = new PageView(this);
    m_view->installEventFilter(this);
    right->addWidget(m_view, 1);
    body->addLayout(right, 1);

    // Bottom: title, file, summary, save.
    auto* bottom = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setText(m_options.title);
    m_titleLabel->setBuddy(m_titleEdit);
    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QToolButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setText(QStringLiteral("…"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setMinimumHeight(32);
    bottom->addWidget(m_titleLabel);
    bottom->addWidget(m_titleEdit, 2);
    bottom->addWidget(m_fileLabel);
    bottom->addWidget(m_fileEdit, 3);
    bottom->addWidget(m_browseButton);
    root->addLayout(bottom);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_summary, 1);
    saveRow->addWidget(m_saveButton);
    root->addLayout(saveRow);

    if (m_options.componentMode) {
        // The request decides the file; the official only names nothing.
        m_fileLabel->hide();
        m_fileEdit->hide();
        m_browseButton->hide();
    }
    m_fileEdit->setText(m_options.outputPath.isEmpty() ? generatedPath() : m_options.outputPath);
    m_fileChosen = !m_options.outputPath.isEmpty();
    // The file name follows the title until the official picks a file himself.
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(m_titleEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_fileChosen && !m_options.componentMode)
            m_fileEdit->setText(generatedPath());
    });

    // Device and option changes.
    connect(m_deviceCombo, &QComboBox::activated, this, [this] { onDeviceChosen(); });
    connect(m_refreshButton, &QToolButton::clicked, this, &ScanPage::refreshDevices);
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        const QString id = m_profileCombo->currentData().toString();
        if (auto profile = m_profiles.find(id))
            applyProfile(*profile);
        rememberOptions();
        refreshState();
    });
    for (QComboBox* combo : {m_sourceCombo, m_modeCombo, m_resolutionCombo, m_sizeCombo})
        connect(combo, &QComboBox::activated, this, &ScanPage::onSettingEdited);
    connect(m_manualDuplex, &QCheckBox::toggled, this, [this] {
        if (!m_updatingControls)
            onSettingEdited();
    });
    connect(m_ocrCheck, &QCheckBox::toggled, this, [this] {
        if (!m_updatingControls)
            rememberOptions();
    });
    connect(m_scanButton, &QPushButton::clicked, this, &ScanPage::startScan);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScanPage::cancelScan);
    connect(m_saveButton, &QPushButton::clicked, this, &ScanPage::save);
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        m_interruptStrip->hide();
        m_controller->continueScan();
    });
    connect(m_saveWhatWeHave, &QPushButton::clicked, this, [this] {
        m_controller->dismiss();
        m_interruptStrip->hide();
        save();
    });
    connect(m_scanBacksButton, &QPushButton::clicked, this, [this] {
        m_flipStrip->hide();
        m_controller->scanBacks();
    });
    connect(m_skipBacksButton, &QPushButton::clicked, this, [this] {
        m_flipStrip->hide();
        m_controller->skipBacks();
    });
    connect(m_recoverButton, &QPushButton::clicked, this, [this] {
        if (m_recoverable.isEmpty())
            return;
        const QString dir = m_recoverable.takeFirst();
        if (Status s = m_document->recover(dir); !s && s.error().code == QLatin1String("scan.spool_key")) {
            // Left on disk: it opens again on the desk (profile) whose key sealed it.
            showNotice(tr("The interrupted scan is encrypted with another profile's key, or this desk's key could "
                          "not be read. It was left as it is; open it from the profile it was scanned on."),
                       true, s.error().message);
        } else if (!s) {
            showNotice(tr("The interrupted scan could not be opened."), true, s.error().message);
        } else {
            const QString title = m_document->spool()
                                      ? m_document->spool()->description().value(QStringLiteral("title")).toString()
                                      : QString();
            if (!title.isEmpty() && m_titleEdit->text().isEmpty())
                m_titleEdit->setText(title);
            selectRow(0);
        }
        checkRecovery();
    });
    connect(m_discardRecoveryButton, &QPushButton::clicked, this, [this] {
        if (m_recoverable.isEmpty())
            return;
        if (auto spool = BatchSpool::open(m_recoverable.takeFirst()))
            spool->remove();
        checkRecovery();
    });
    connect(m_browseButton, &QToolButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Save the scanned PDF"), QFileInfo(outputPath()).absolutePath(),
                                       tr("PDF files (*.pdf)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(QFileInfo(outputPath()).fileName());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
            m_fileEdit->setText(file);
            m_fileChosen = true;
        });
        dialog->open(); // window-modal, no nested event loop
    });
    connect(m_view, &PageView::zoomChanged, this, [this](double zoom, bool fit) {
        if (m_view->image().isNull())
            m_zoomLabel->setText(tr("Fit"));
        else
            m_zoomLabel->setText(fit ? tr("Fit (%1 %)").arg(qRound(zoom * 100))
                                     : QStringLiteral("%1 %").arg(qRound(zoom * 100)));
    });
}

void ScanPage::buildActions()
{
    auto make = [this](const char* name, const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        // Keys reach the page through event()/keyPressEvent() (see there): the shell's window shortcuts
        // (Ctrl+R opens the card page) must not win while the official works on the pages here.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (!key.isEmpty())
            m_keyActions.append(action);
        return action;
    };
    m_scanAction = make("actionScan", QKeySequence(Qt::Key_F5), [this] { startScan(); });
    m_cancelAction = make("actionCancelScan", QKeySequence(Qt::Key_Escape), [this] { cancelScan(); });
    m_moveUpAction = make("actionMoveUp", QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveCurrent(-1); });
    m_moveDownAction = make("actionMoveDown", QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveCurrent(+1); });
    m_rotateRightAction = make("actionRotateRight", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { rotateCurrent(+1); });
    m_rotateLeftAction =
        make("actionRotateLeft", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] { rotateCurrent(-1); });
    m_deleteAction = make("actionDeletePage", QKeySequence(Qt::Key_Delete), [this] { deleteCurrent(); });
    m_insertAction = make("actionInsertPages", QKeySequence(Qt::Key_Insert), [this] { insertBeforeCurrent(); });
    m_rescanAction = make("actionRescanPage", QKeySequence(Qt::CTRL | Qt::Key_F5), [this] { rescanCurrent(); });
    m_removeBlankAction = make("actionRemoveBlankPages", QKeySequence(), [this] { removeBlankPages(); });
    m_saveAction = make("actionSave", QKeySequence(Qt::CTRL | Qt::Key_S), [this] { save(); });
    m_zoomInAction = make("actionZoomIn", QKeySequence(Qt::CTRL | Qt::Key_Plus), [this] { m_view->zoomIn(); });
    m_zoomOutAction = make("actionZoomOut", QKeySequence(Qt::CTRL | Qt::Key_Minus), [this] { m_view->zoomOut(); });
    m_fitAction = make("actionFitPage", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitToView(); });
    // Ctrl+= and Ctrl+Shift+= too: on most keyboards + is a shifted =.
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Plus)});
}

QToolButton* ScanPage::toolButton(QAction* action, const QString& glyph)
{
    auto* b = new QToolButton(this);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    action->setIconText(glyph); // the button shows the glyph; menus and tooltips the words
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    QFont f = b->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    b->setFont(f);
    return b;
}

void ScanPage::retranslateUi()
{
    m_heading->setText(m_options.componentMode && !m_options.title.isEmpty() ? tr("Scan: %1").arg(m_options.title)
                                                                             : tr("Scanning"));
    m_deviceLabel->setText(tr("&Scanner:"));
    m_refreshButton->setToolTip(tr("Look for scanners again"));
    m_refreshButton->setAccessibleName(tr("Look for scanners again"));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileCombo->setToolTip(tr("Settings for a kind of paper; the scanner's own options are adjusted to it"));
    {
        const QString current = m_profileCombo->currentData().toString();
        const bool was = m_updatingControls;
        m_updatingControls = true;
        m_profileCombo->clear();
        m_profileCombo->addItem(tr("— Own settings —"), QString());
        for (const ScanProfile& p : m_profiles.profiles())
            m_profileCombo->addItem(p.displayName(), p.id);
        setComboData(m_profileCombo, current);
        m_updatingControls = was;
    }
    m_sourceLabel->setText(tr("S&ource:"));
    m_sourceCombo->setItemText(0, tr("Flatbed (glass)"));
    m_sourceCombo->setItemText(1, tr("Feeder, one side"));
    m_sourceCombo->setItemText(2, tr("Feeder, both sides"));
    m_manualDuplex->setText(tr("Both sides by hand (fronts, turn the stack, backs)"));
    m_ocrCheck->setText(tr("Recognise the text (searchable PDF)"));
    m_ocrCheck->setToolTip(tr("Reads the printed text of each page (Vietnamese) into an invisible layer of the PDF, so "
                              "it can be searched and copied. The pages look the same; each takes a few seconds "
                              "longer."));
    m_manualDuplex->setToolTip(tr("For feeders that scan one side: the fronts are scanned first, then the stack is "
                                  "turned over and the backs are scanned and put after their fronts."));
    m_modeLabel->setText(tr("&Colour:"));
    m_modeCombo->setItemText(0, tr("Colour"));
    m_modeCombo->setItemText(1, tr("Gray"));
    m_modeCombo->setItemText(2, tr("Black and white"));
    m_resolutionLabel->setText(tr("&Resolution:"));
    m_sizeLabel->setText(tr("Pa&per:"));
    m_scanButton->setText(tr("Scan (F5)"));
    m_cancelButton->setText(tr("Cancel (Esc)"));
    m_continueButton->setText(tr("Continue scanning"));
    m_saveWhatWeHave->setText(tr("Save what we have"));
    m_detailsButton->setText(tr("Details"));
    m_scanBacksButton->setText(tr("Scan the backs"));
    m_skipBacksButton->setText(tr("No backs"));
    m_recoverButton->setText(tr("Recover"));
    m_discardRecoveryButton->setText(tr("Discard"));
    m_titleLabel->setText(tr("&Title:"));
    m_titleEdit->setPlaceholderText(tr("What the paper is, e.g. Tờ khai CT01"));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setToolTip(tr("Choose where to save"));
    m_saveButton->setText(m_options.componentMode ? tr("Save and attach (Ctrl+S)") : tr("Save PDF (Ctrl+S)"));
    m_thumbnails->setAccessibleName(tr("Scanned pages"));

    auto describe = [](QAction* action, const QString& text) {
        action->setText(text);
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, key));
    };
    describe(m_scanAction, tr("Scan"));
    describe(m_cancelAction, tr("Cancel the scan"));
    describe(m_moveUpAction, tr("Move the page up"));
    describe(m_moveDownAction, tr("Move the page down"));
    describe(m_rotateRightAction, tr("Turn the page clockwise"));
    describe(m_rotateLeftAction, tr("Turn the page counter-clockwise"));
    describe(m_deleteAction, tr("Delete the page"));
    describe(m_insertAction, tr("Scan pages and insert them before this one"));
    describe(m_rescanAction, tr("Rescan this page (replace it)"));
    describe(m_removeBlankAction, tr("Delete every page that looks blank"));
    describe(m_saveAction, tr("Save"));
    describe(m_zoomInAction, tr("Zoom in"));
    describe(m_zoomOutAction, tr("Zoom out"));
    describe(m_fitAction, tr("Fit the page"));
    m_zoomLabel->setText(tr("Fit"));
    m_keyHelp->setText(tr("Keys: F5 scan · Esc stop · Alt+↑/↓ move a page · Ctrl+R / Ctrl+Shift+R turn it · Del "
                          "delete · Ins scan pages in before it · Ctrl+F5 rescan it · Ctrl+S save"));
    populateDevices();
    refreshState();
    refreshSummary();
    showCurrentPage();
    checkRecovery();
}

void ScanPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------
// Keys. The page's commands are QActions (buttons, context menu, tooltips) whose keys are handled here
// rather than by the shortcut map: while the focus is inside the page, its keys (Ctrl+R rotates) win over
// the shell's window-wide ones (Ctrl+R opens the card page). Outside the page nothing changes.

QAction* ScanPage::matchingAction(const QKeyEvent* event) const
{
    const QKeyCombination combination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key()));
    const QKeySequence pressed(combination);
    for (QAction* action : m_keyActions) {
        if (!action->isEnabled())
            continue;
        for (const QKeySequence& key : action->shortcuts())
            if (key.matches(pressed) == QKeySequence::ExactMatch)
                return action;
    }
    return nullptr;
}

bool ScanPage::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride && matchingAction(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ScanPage::keyPressEvent(QKeyEvent* event)
{
    if (QAction* action = matchingAction(event)) {
        action->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ScanPage::eventFilter(QObject* watched, QEvent* event)
{
    // The thumbnail list would take Alt+Up as "up" and Del for itself: the page's commands go first.
    if ((watched == m_thumbnails || watched == m_view) && event->type() == QEvent::KeyPress) {
        if (QAction* action = matchingAction(static_cast<QKeyEvent*>(event))) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------------------
// Devices and options

QString ScanPage::currentDevice() const
{
    return m_deviceCombo->currentData().toString();
}

void ScanPage::refreshDevices()
{
    m_directory->discover(true);
}

void ScanPage::selectDevice(const QString& device)
{
    setComboData(m_deviceCombo, device);
    onDeviceChosen();
}

void ScanPage::selectProfile(const QString& profileId)
{
    setComboData(m_profileCombo, profileId);
    if (auto profile = m_profiles.find(profileId))
        applyProfile(*profile);
    rememberOptions();
    refreshState();
}

void ScanPage::populateDevices()
{
    const QString keep = !m_device.isEmpty() ? m_device : DeviceOptionsStore::lastDevice();
    const bool was = m_updatingControls;
    m_updatingControls = true;
    m_deviceCombo->clear();
    for (const ScannerDevice& d : m_directory->devices()) {
        QString label = QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed();
        if (label.isEmpty())
            label = d.name;
        m_deviceCombo->addItem(label, d.name);
        m_deviceCombo->setItemData(m_deviceCombo->count() - 1, QStringLiteral("%1 — %2").arg(d.name, d.type),
                                   Qt::ToolTipRole);
    }
    int index = m_deviceCombo->findData(keep);
    if (index < 0 && m_deviceCombo->count() > 0)
        index = 0;
    m_deviceCombo->setCurrentIndex(index);
    m_updatingControls = was;
    if (currentDevice() != m_device)
        onDeviceChosen();
    refreshState();
}

void ScanPage::onDeviceChosen()
{
    const QString device = currentDevice();
    if (device == m_device)
        return;
    rememberOptions(); // of the device we leave
    m_device = device;
    m_capabilitiesShownFor.clear();
    if (!device.isEmpty()) {
        DeviceOptionsStore::setLastDevice(device);
        m_directory->requestCapabilities(device);
        if (m_directory->capabilities(device))
            applyCapabilities();
    }
    refreshState();
}

void ScanPage::applyCapabilities()
{
    const auto caps = m_directory->capabilities(m_device);
    // Once per device choice: a second answer (cache and signal both) must not undo the official's choices.
    if (!caps || m_capabilitiesShownFor == m_device)
        return;
    m_capabilitiesShownFor = m_device;
    const bool was = m_updatingControls;
    m_updatingControls = true;
    enableItem(m_sourceCombo, 0, caps->supports(ScanSource::Flatbed));
    enableItem(m_sourceCombo, 1, caps->supports(ScanSource::Feeder));
    enableItem(m_sourceCombo, 2, caps->supports(ScanSource::Duplex));
    enableItem(m_modeCombo, 0, caps->supports(ColorMode::Color));
    enableItem(m_modeCombo, 1, caps->supports(ColorMode::Gray));
    enableItem(m_modeCombo, 2, caps->supports(ColorMode::BlackWhite) || caps->supports(ColorMode::Gray));
    // Resolutions the desk offers (TT 02/2019: at least 200 dpi; 600 for fine print), as the device allows.
    m_resolutionCombo->clear();
    for (int dpi : {150, 200, 300, 400, 600}) {
        const int nearest = caps->nearestResolution(dpi);
        if (nearest > 0 && m_resolutionCombo->findData(nearest) < 0)
            m_resolutionCombo->addItem(QStringLiteral("%1 dpi").arg(nearest), nearest);
    }

    // Where to start: the request's profile (once), else what was used last on this device, else a default.
    std::optional<ScanProfile> initial;
    if (!m_initialProfileDone) {
        m_initialProfileDone = true;
        if (!m_options.profileId.isEmpty())
            initial = m_profiles.find(m_options.profileId);
        if (!initial && m_options.componentMode && !m_options.title.isEmpty())
            initial = m_profiles.match(m_options.title);
    }
    if (initial) {
        applyProfile(*initial);
    } else if (auto saved = DeviceOptionsStore::load(m_device)) {
        applyOptions(*saved);
    } else {
        DeviceOptions defaults;
        defaults.source = caps->supports(ScanSource::Feeder) ? ScanSource::Feeder : ScanSource::Flatbed;
        defaults.mode = ColorMode::Gray;
        defaults.resolution = 300;
        applyOptions(defaults);
    }
    m_updatingControls = was;
    refreshState();
}

void ScanPage::applyOptions(const DeviceOptions& wanted)
{
    const auto caps = m_directory->capabilities(m_device);
    DeviceOptions o = wanted;
    if (caps) {
        if (!caps->supports(o.source)) {
            if (o.source == ScanSource::Duplex && caps->supports(ScanSource::Feeder)) {
                o.source = ScanSource::Feeder;
                o.manualDuplex = true; // a one-sided feeder does both sides by hand
            } else if (o.source != ScanSource::Flatbed && caps->supports(ScanSource::Feeder)) {
                o.source = ScanSource::Feeder;
            } else if (caps->supports(ScanSource::Flatbed)) {
                o.source = ScanSource::Flatbed;
            } else if (!caps->sources.isEmpty()) {
                o.source = caps->sources.first();
            }
        }
        if (caps->supports(ScanSource::Duplex) || o.source != ScanSource::Feeder)
            o.manualDuplex = false;
        if (!caps->supports(o.mode) && !(o.mode == ColorMode::BlackWhite && caps->supports(ColorMode::Gray)))
            o.mode = caps->supports(ColorMode::Gray) ? ColorMode::Gray : caps->modes.value(0, ColorMode::Color);
        const int nearest = caps->nearestResolution(o.resolution);
        if (nearest > 0)
            o.resolution = nearest;
    }
    const bool was = m_updatingControls;
    m_updatingControls = true;
    setComboData(m_sourceCombo, toString(o.source));
    setComboData(m_modeCombo, toString(o.mode));
    if (m_resolutionCombo->findData(o.resolution) < 0)
        m_resolutionCombo->addItem(QStringLiteral("%1 dpi").arg(o.resolution), o.resolution);
    setComboData(m_resolutionCombo, o.resolution);
    setComboData(m_sizeCombo, toString(o.pageSize));
    m_manualDuplex->setChecked(o.manualDuplex);
    m_ocrCheck->setChecked(o.ocr);
    if (!m_profiles.find(o.profileId))
        o.profileId.clear();
    setComboData(m_profileCombo, o.profileId);
    m_updatingControls = was;
    refreshState();
}

void ScanPage::applyProfile(const ScanProfile& profile)
{
    DeviceOptions o;
    o.source = profile.source;
    o.mode = profile.mode;
    o.resolution = profile.resolution;
    o.pageSize = profile.pageSize;
    o.profileId = profile.id;
    o.ocr = profile.ocr;
    applyOptions(o);
}

DeviceOptions ScanPage::currentOptions() const
{
    DeviceOptions o;
    o.source = scanSourceFromString(m_sourceCombo->currentData().toString()).value_or(ScanSource::Flatbed);
    o.mode = colorModeFromString(m_modeCombo->currentData().toString()).value_or(ColorMode::Gray);
    o.resolution = m_resolutionCombo->currentData().toInt();
    o.pageSize = pageSizeFromString(m_sizeCombo->currentData().toString()).value_or(PageSize::A4);
    o.manualDuplex = m_manualDuplex->isChecked() && m_manualDuplex->isEnabled();
    o.ocr = m_ocrCheck->isChecked() && TextRecognizer::isAvailable();
    o.profileId = m_profileCombo->currentData().toString();
    return o;
}

void ScanPage::rememberOptions()
{
    if (!m_device.isEmpty() && m_directory->capabilities(m_device))
        DeviceOptionsStore::save(m_device, currentOptions());
}

void ScanPage::onSettingEdited()
{
    if (m_updatingControls)
        return;
    // A setting changed by hand is no longer the profile's.
    if (auto profile = m_profiles.find(m_profileCombo->currentData().toString())) {
        const DeviceOptions o = currentOptions();
        if (o.mode != profile->mode || o.resolution != profile->resolution || o.pageSize != profile->pageSize ||
            (o.source != profile->source && !(profile->source == ScanSource::Duplex && o.manualDuplex)))
            m_profileCombo->setCurrentIndex(0);
    }
    rememberOptions();
    refreshState();
}

ScanController::Plan ScanPage::makePlan(ScanController::Target target, int position) const
{
    const DeviceOptions o = currentOptions();
    ScanController::Plan plan;
    plan.device = m_device;
    plan.settings.source = o.source;
    plan.settings.mode = o.mode;
    plan.settings.resolution = o.resolution;
    plan.settings.pageSize = o.pageSize;
    if (auto profile = m_profiles.find(o.profileId))
        plan.options = profile->pipelineOptions();
    plan.options.mode = o.mode;
    plan.options.ocr = o.ocr; // the box as shown: the profile set it, the official may have changed it
    plan.manualDuplex = o.manualDuplex;
    plan.target = target;
    plan.position = position;
    return plan;
}

void ScanPage::setDeviceOptionOverrides(const QMap<QString, QString>& options)
{
    m_controller->setDeviceOptionOverrides(options);
}

// ---------------------------------------------------------------------------------------------------------
// Scanning

void ScanPage::startScan()
{
    startWith(ScanController::Target::Append, -1);
}

void ScanPage::cancelScan()
{
    m_controller->cancel();
}

void ScanPage::startWith(ScanController::Target target, int position)
{
    if (!m_scanAction->isEnabled() && target == ScanController::Target::Append)
        return;
    if (m_controller->isScanning() || m_document->isSaving() || m_device.isEmpty() ||
        !m_directory->capabilities(m_device))
        return;
    rememberOptions();
    m_interruptStrip->hide();
    m_flipStrip->hide();
    m_notice->hide();
    m_recoveryStrip->hide();
    const ScanController::Plan plan = makePlan(target, position);
    m_document->setDescription(QJsonObject{
        {QStringLiteral("title"), m_titleEdit->text()},
        {QStringLiteral("dossierCode"), m_options.dossierCode},
        {QStringLiteral("device"), plan.device},
        {QStringLiteral("source"), toString(plan.settings.source)},
        {QStringLiteral("mode"), toString(plan.settings.mode)},
        {QStringLiteral("resolution"), plan.settings.resolution},
        {QStringLiteral("pageSize"), toString(plan.settings.pageSize)},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("mode"), toString(plan.options.mode)},
                                                {QStringLiteral("autoBilevel"), plan.options.autoBilevel},
                                                {QStringLiteral("jpegQuality"), plan.options.jpegQuality}}}});
    m_controller->start(plan);
    refreshState();
}

void ScanPage::onPhaseChanged()
{
    const ScanController::Phase phase = m_controller->phase();
    if (phase != ScanController::Phase::Interrupted)
        m_interruptStrip->hide();
    if (phase != ScanController::Phase::WaitingForFlip)
        m_flipStrip->hide();
    emit scanningChanged(phase == ScanController::Phase::Scanning);
    refreshState();
}

void ScanPage::onInterrupted(const ScanError& error)
{
    const int kept = m_document->count();
    QString text =
        QStringLiteral("<b>%1</b> %2").arg(error.userMessage().toHtmlEscaped(), error.nextStep().toHtmlEscaped());
    if (kept > 0)
        text += QStringLiteral("<br>") + tr("The %n page(s) received so far are kept.", nullptr, kept).toHtmlEscaped();
    m_interruptText->setText(text);
    m_details->setText(QStringLiteral("%1: %2").arg(error.codeString(), error.detail()));
    m_continueButton->setText(error.code() == ScanError::NoDocuments ? tr("Scan again") : tr("Continue scanning"));
    m_saveWhatWeHave->setVisible(kept > 0);
    m_interruptStrip->show();
    if (error.code() == ScanError::DeviceGone)
        m_directory->discover(true); // the list should show what is really there now
    m_continueButton->setFocus();
    refreshState();
}

void ScanPage::showNotice(const QString& text, bool warning, const QString& details)
{
    m_notice->setText(text);
    m_notice->setToolTip(details); // the technical detail, for the IT contact
    m_notice->setStyleSheet(warning ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 4px; }")
                                    : QStringLiteral("QLabel { background: #e6f4ea; color: #1e4620; padding: 4px; }"));
    m_notice->show();
}

// ---------------------------------------------------------------------------------------------------------
// Pages

int ScanPage::currentPosition() const
{
    const QModelIndex index = m_thumbnails->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void ScanPage::selectRow(int row)
{
    if (row < 0 || row >= m_document->count())
        return;
    const QModelIndex index = m_document->index(row);
    m_thumbnails->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_thumbnails->scrollTo(index);
}

void ScanPage::moveCurrent(int delta)
{
    const int from = currentPosition();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_document->count())
        return;
    if (m_document->movePage(from, to))
        selectRow(to);
    refreshState();
}

void ScanPage::rotateCurrent(int quarterTurns)
{
    const int position = currentPosition();
    if (position < 0)
        return;
    m_document->rotatePage(position, quarterTurns);
    showCurrentPage();
}

void ScanPage::deleteCurrent()
{
    const int position = currentPosition();
    if (position < 0)
        return;
    m_document->removePage(position);
    if (m_document->count() > 0)
        selectRow(qMin(position, m_document->count() - 1));
    showCurrentPage();
    refreshState();
}

void ScanPage::insertBeforeCurrent()
{
    startWith(ScanController::Target::Insert, qMax(0, currentPosition()));
}

void ScanPage::rescanCurrent()
{
    const int position = currentPosition();
    if (position >= 0)
        startWith(ScanController::Target::Replace, position);
}

void ScanPage::removeBlankPages()
{
    const int removed = m_document->removeBlankPages();
    if (removed > 0)
        showNotice(tr("%n page(s) that looked blank were deleted.", nullptr, removed));
    if (m_document->count() > 0)
        selectRow(qMin(qMax(0, currentPosition()), m_document->count() - 1));
    showCurrentPage();
    refreshState();
}

void ScanPage::showCurrentPage()
{
    const int position = currentPosition();
    if (position < 0 || position >= m_document->count()) {
        m_view->setPlaceholder(m_document->count() == 0 ? tr("Put the pages in the scanner and press Scan (F5).")
                                                        : tr("Choose a page on the left."));
        m_pageInfo->clear();
        m_blankBanner->hide();
        return;
    }
    const DocumentPage& page = m_document->page(position);
    QStringList info{tr("Page %1 of %2").arg(position + 1).arg(m_document->count())};
    if (page.processed) {
        const EncodedPage& e = page.processed->encoded;
        const QString kind = e.encoding == EncodedPage::Encoding::CcittG4     ? tr("G4 (black and white)")
                             : e.encoding == EncodedPage::Encoding::JpegColor ? tr("JPEG colour")
                                                                              : tr("JPEG gray");
        info << kind << tr("%1 × %2 px").arg(e.width).arg(e.height) << tr("%1 dpi").arg(e.dpi)
             << QLocale().formattedDataSize(e.data.size());
        if (std::abs(page.processed->skewDegrees) >= 0.1)
            info << tr("straightened %1°").arg(QLocale().toString(page.processed->skewDegrees, 'f', 1));
    }
    if (page.rotation != 0)
        info << tr("turned %1°").arg(page.rotation);
    if (page.side == DocumentPage::Side::Back)
        info << tr("back of sheet %1").arg(page.sheet + 1);
    m_pageInfo->setText(info.join(QStringLiteral(" · ")));
    if (page.looksBlank()) {
        m_blankBanner->setText(tr("This page looks blank (ink on %1 % of it). It stays in the file unless you "
                                  "delete it (Del).")
                                   .arg(QLocale().toString(page.processed->inkRatio * 100, 'f', 3)));
        m_blankBanner->show();
    } else {
        m_blankBanner->hide();
    }
    if (!page.processed) {
        m_view->setPlaceholder(page.error.isEmpty() ? tr("Processing the page…")
                                                    : tr("This page could not be processed. Rescan it (Ctrl+F5) or "
                                                         "delete it (Del)."));
        return;
    }
    const QString key = QStringLiteral("%1/%2").arg(page.serial).arg(page.processedRotation);
    const EncodedPage& e = page.processed->encoded;
    auto show = [this, &e](const QImage& image) {
        const double ppi = e.width > 0 ? e.dpi * double(image.width()) / e.width : e.dpi;
        m_view->setImage(image, ppi);
    };
    if (m_previewCache.contains(key)) {
        show(m_previewCache.value(key));
        return;
    }
    if (!page.thumbnail.isNull())
        show(page.thumbnail); // at once, sharper one on its way
    requestPreview(page.serial, page.processedRotation);
}

void ScanPage::requestPreview(quint64 serial, int rotation)
{
    const int position = m_document->positionOfSerial(serial);
    if (position < 0 || !m_document->page(position).processed)
        return;
    const EncodedPage encoded = m_document->page(position).processed->encoded;
    const quint64 token = ++m_previewToken;
    QtConcurrent::run([encoded] {
        return PagePreview::decode(encoded, kPreviewSide);
    }).then(this, [this, serial, rotation, token](const QImage& image) {
        if (image.isNull())
            return;
        const QString key = QStringLiteral("%1/%2").arg(serial).arg(rotation);
        m_previewCache.insert(key, image);
        m_previewOrder.removeAll(key);
        m_previewOrder.append(key);
        while (m_previewOrder.size() > kPreviewCache)
            m_previewCache.remove(m_previewOrder.takeFirst());
        if (token != m_previewToken)
            return; // the official has moved on to another page
        const int current = currentPosition();
        if (current >= 0 && m_document->page(current).serial == serial &&
            m_document->page(current).processedRotation == rotation)
            showCurrentPage();
    });
}

// ---------------------------------------------------------------------------------------------------------
// State

void ScanPage::refreshState()
{
    const ScanController::Phase phase = m_controller->phase();
    const bool scanning = phase == ScanController::Phase::Scanning;
    const bool saving = m_document->isSaving();
    const bool haveCaps = !m_device.isEmpty() && m_directory->capabilities(m_device).has_value();
    const int position = currentPosition();
    const int count = m_document->count();
    const bool editable = !scanning && !saving;

    m_scanAction->setEnabled(!scanning && !saving && haveCaps);
    m_scanButton->setEnabled(m_scanAction->isEnabled());
    m_cancelAction->setEnabled(scanning);
    m_cancelButton->setEnabled(scanning);
    m_moveUpAction->setEnabled(editable && position > 0);
    m_moveDownAction->setEnabled(editable && position >= 0 && position < count - 1);
    m_rotateRightAction->setEnabled(editable && position >= 0);
    m_rotateLeftAction->setEnabled(editable && position >= 0);
    m_deleteAction->setEnabled(editable && position >= 0);
    m_insertAction->setEnabled(editable && haveCaps && count > 0);
    m_rescanAction->setEnabled(editable && haveCaps && position >= 0);
    m_removeBlankAction->setEnabled(editable && m_document->blankCount() > 0);
    const bool canSave = count > 0 && !scanning && !saving && m_document->failedCount() == 0;
    m_saveAction->setEnabled(canSave);
    m_saveButton->setEnabled(canSave);
    m_thumbnails->setDragEnabled(editable);
    for (QWidget* w : std::initializer_list<QWidget*>{m_deviceCombo, m_refreshButton, m_profileCombo, m_sourceCombo,
                                                      m_modeCombo, m_resolutionCombo, m_sizeCombo, m_ocrCheck})
        w->setEnabled(!scanning);
    const auto caps = haveCaps ? m_directory->capabilities(m_device) : std::nullopt;
    const bool feederOnly = caps && caps->supports(ScanSource::Feeder) && !caps->supports(ScanSource::Duplex);
    m_manualDuplex->setVisible(feederOnly);
    m_manualDuplex->setEnabled(!scanning && feederOnly &&
                               m_sourceCombo->currentData().toString() == toString(ScanSource::Feeder));
    const PageSize size = pageSizeFromString(m_sizeCombo->currentData().toString()).value_or(PageSize::A4);
    if (caps && !caps->fits(size)) {
        m_sizeWarning->setText(
            tr("This scanner is smaller than %1: part of the page will be missing.").arg(toString(size).toUpper()));
        m_sizeWarning->show();
    } else {
        m_sizeWarning->hide();
    }

    // The scanner line.
    if (m_directory->isDiscovering() && m_directory->devices().isEmpty()) {
        m_deviceStatus->setText(tr("Looking for scanners…"));
    } else if (m_directory->devices().isEmpty()) {
        m_deviceStatus->setText(m_directory->hasDiscovered()
                                    ? tr("No scanner found. Check its cable and power, then look again (⟳).")
                                    : tr("Looking for scanners…"));
    } else if (!haveCaps) {
        m_deviceStatus->setText(tr("Reading the scanner's options…"));
    } else if (const auto d = m_directory->device(m_device)) {
        m_deviceStatus->setText(QStringLiteral("%1 · %2").arg(d->type, d->name));
    }

    // The live counter and progress.
    QString counter = tr("Pages: %1").arg(count);
    if (scanning) {
        const int current = m_controller->currentPage();
        const int expected = m_controller->expectedPages();
        QString line;
        if (m_controller->scanningBacks())
            line = tr("Scanning back %1 of %2…").arg(m_controller->backsScanned() + 1).arg(qMax(1, expected));
        else if (current >= 0)
            line = tr("Scanning page %1…").arg(m_controller->pagesReceived() + 1);
        else
            line = tr("Starting the scanner…");
        counter += QStringLiteral("\n") + line;
        m_progress->setValue(m_controller->currentPercent());
        m_progress->show();
    } else {
        m_progress->setValue(0);
        m_progress->setVisible(phase == ScanController::Phase::WaitingForFlip);
        if (phase == ScanController::Phase::WaitingForFlip)
            counter +=
                QStringLiteral("\n") + tr("Fronts: %1 — waiting for the backs").arg(m_controller->frontsScanned());
    }
    m_counter->setText(counter);
}

void ScanPage::refreshSummary()
{
    const int count = m_document->count();
    QStringList parts;
    if (count == 0) {
        parts << tr("No pages yet");
    } else {
        parts << tr("%n page(s)", nullptr, count);
        // The file is the compressed pages plus a few kilobytes of PDF/A structure (XMP, sRGB profile).
        const qint64 estimate = m_document->totalBytes() + 6000 + 600 * count;
        parts << tr("about %1").arg(QLocale().formattedDataSize(estimate));
        if (const int blank = m_document->blankCount())
            parts << tr("%n look(s) blank", nullptr, blank);
        if (const int busy = m_document->busyCount())
            parts << tr("%n being processed", nullptr, busy);
        if (const int failed = m_document->failedCount())
            parts << tr("%n could not be processed", nullptr, failed);
    }
    if (m_document->isSaving())
        parts << tr("saving…");
    else if (m_saveWhenReady)
        parts << tr("will save when the last pages are ready");
    m_summary->setText(parts.join(QStringLiteral(" · ")));
    if (m_document->blankCount() > 0)
        m_summary->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    else
        m_summary->setStyleSheet(QString());
    refreshState();
    if (currentPosition() < 0 && count > 0)
        selectRow(0);
    else if (count == 0)
        showCurrentPage();
}

// ---------------------------------------------------------------------------------------------------------
// Saving and recovery

bool ScanPage::hasUnsavedPages() const
{
    return m_document->count() > 0;
}

QString ScanPage::outputPath() const
{
    if (m_options.componentMode)
        return m_options.outputPath.isEmpty() ? generatedPath() : m_options.outputPath;
    return m_fileEdit->text().trimmed();
}

void ScanPage::setOutputPath(const QString& path)
{
    if (m_options.componentMode)
        m_options.outputPath = path;
    m_fileEdit->setText(path);
}

QString ScanPage::generatedPath() const
{
    // CODE_YYYYMMDD_DESC.pdf (the naming the archives use), made unique in the folder.
    QString code = fileSlug(m_options.dossierCode).toUpper();
    if (code.isEmpty())
        code = QStringLiteral("SCAN");
    QString desc = fileSlug(m_titleEdit ? m_titleEdit->text() : m_options.title);
    if (desc.isEmpty())
        desc = QStringLiteral("tai-lieu");
    const QString base =
        QStringLiteral("%1/%2_%3_%4")
            .arg(m_options.outputFolder, code, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")), desc);
    QString path = base + QStringLiteral(".pdf");
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
    return path;
}

void ScanPage::save()
{
    if (m_document->count() == 0 || m_controller->isScanning() || m_document->isSaving())
        return;
    if (m_document->failedCount() > 0) {
        showNotice(tr("Some pages could not be processed: rescan or delete them before saving."), true);
        return;
    }
    if (m_document->isBusy()) {
        m_saveWhenReady = true;
        refreshSummary();
        return;
    }
    QString path = outputPath();
    if (path.isEmpty()) {
        path = generatedPath();
        m_fileEdit->setText(path);
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    PdfAWriter::Metadata meta;
    meta.title = m_titleEdit->text().trimmed().isEmpty() ? tr("Scanned document") : m_titleEdit->text().trimmed();
    meta.author = m_options.author;
    meta.subject = m_options.dossierCode;
    m_blankAtSave = m_document->blankCount();
    if (!m_document->save(path, meta))
        showNotice(tr("The pages are not ready to be saved yet."), true);
    refreshSummary();
}

void ScanPage::onSaved(const QString& path, int pages, qint64 bytes)
{
    const int blank = m_blankAtSave;
    m_document->clear();
    m_previewCache.clear();
    m_previewOrder.clear();
    if (!m_options.componentMode) {
        showNotice(tr("Saved %1 — %n page(s), %2.", nullptr, pages)
                       .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(bytes)));
        m_fileChosen = false;
        m_fileEdit->setText(generatedPath());
    }
    refreshSummary();
    emit documentSaved(path, pages, bytes, blank);
}

void ScanPage::checkRecovery()
{
    if (!m_options.offerRecovery || m_document->count() > 0 || m_controller->phase() != ScanController::Phase::Idle) {
        m_recoveryStrip->hide();
        return;
    }
    m_recoverable = ScanDocument::interruptedSpools(m_document->spoolRoot());
    if (m_recoverable.isEmpty()) {
        m_recoveryStrip->hide();
        return;
    }
    auto spool = BatchSpool::open(m_recoverable.first(), m_document->spoolSealer());
    const QJsonObject description = spool ? spool->description() : QJsonObject();
    const int pages = spool ? int(spool->pageIndexes().size()) : 0;
    const QDateTime created =
        QDateTime::fromString(description.value(QStringLiteral("created")).toString(), Qt::ISODate);
    QString title = description.value(QStringLiteral("title")).toString();
    if (title.isEmpty())
        title = tr("untitled");
    QString text = tr("A scan that was not saved was found: %n page(s), “%1”, from %2. Recover it to check and save "
                      "it, or discard it.",
                      nullptr, pages)
                       .arg(title.toHtmlEscaped(), QLocale().toString(created, QLocale::ShortFormat));
    if (m_recoverable.size() > 1)
        text += QLatin1Char(' ') + tr("(%1 more after this one)").arg(m_recoverable.size() - 1);
    m_recoveryText->setText(text);
    m_recoveryStrip->show();
}

} // namespace motcua::scan
