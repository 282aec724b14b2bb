#include "CccdPage.h"

#include "CardError.h"
#include "CardReaderService.h"
#include "IdentityView.h"
#include "KeyboardWedgeDetector.h"
#include "MrzEntryWidget.h"
#include "QrCodeParser.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace motcua::cccd {

namespace {

// Expiry typed as YYMMDD, DDMMYYYY or DD/MM/YYYY → YYMMDD; empty when not a date.
QString expiryAsYymmdd(const QString& text)
{
    QString digits = text;
    digits.remove(QLatin1Char('/')).remove(QLatin1Char('.')).remove(QLatin1Char('-')).remove(QLatin1Char(' '));
    if (digits.size() == 6)
        return QDate::fromString(QStringLiteral("20") + digits, QStringLiteral("yyyyMMdd")).isValid() ? digits
                                                                                                      : QString();
    const QDate date = QrCodeParser::parseDate(digits);
    return date.isValid() ? date.toString(QStringLiteral("yyMMdd")) : QString();
}

} // namespace

CccdPage::CccdPage(CardReaderService* service, QWidget* parent) : QWidget(parent), m_service(service)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Card reader"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);

    // Reader choice and state.
    auto* top = new QHBoxLayout;
    auto* readerLabel = new QLabel(tr("R&eader:"), this);
    m_readerCombo = new QComboBox(this);
    m_readerCombo->setObjectName(QStringLiteral("readerCombo"));
    m_readerCombo->setMinimumContentsLength(22);
    readerLabel->setBuddy(m_readerCombo);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_readAgain = new QPushButton(tr("Read again (F5)"), this);
    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    new QShortcut(QKeySequence(Qt::Key_F5), this, [this] {
        if (m_service)
            m_service->readAgain();
    });
    top->addWidget(readerLabel);
    top->addWidget(m_readerCombo);
    top->addWidget(m_stateLabel, 1);
    top->addWidget(m_readAgain);
    if (m_service && m_service->isDemoMode()) {
        m_insertDemo = new QPushButton(tr("Insert demo card"), this);
        m_insertDemo->setObjectName(QStringLiteral("insertDemoCardButton"));
        m_removeDemo = new QPushButton(tr("Remove demo card"), this);
        m_removeDemo->setObjectName(QStringLiteral("removeDemoCardButton"));
        top->addWidget(m_insertDemo);
        top->addWidget(m_removeDemo);
        connect(m_insertDemo, &QPushButton::clicked, m_service, &CardReaderService::insertDemoCard);
        connect(m_removeDemo, &QPushButton::clicked, m_service, &CardReaderService::removeDemoCard);
    }
    layout->addLayout(top);

    // Warning strip: what happened, what to do next, details on demand.
    auto* strip = new QHBoxLayout;
    m_errorStrip = new QLabel(this);
    m_errorStrip->setObjectName(QStringLiteral("errorStrip"));
    m_errorStrip->setWordWrap(true);
    m_errorStrip->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c6cb; padding: 6px; }"));
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    strip->addWidget(m_errorStrip, 1);
    strip->addWidget(m_detailsButton, 0, Qt::AlignTop);
    layout->addLayout(strip);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);

    auto* body = new QHBoxLayout;
    layout->addLayout(body, 1);

    // Left: what opens the chip.
    auto* left = new QVBoxLayout;
    body->addLayout(left);
    auto* mrzBox = new QGroupBox(tr("&MRZ — three lines on the back of the card"), this);
    auto* mrzLayout = new QVBoxLayout(mrzBox);
    m_mrz = new MrzEntryWidget(mrzBox);
    mrzLayout->addWidget(m_mrz);
    left->addWidget(mrzBox);
    new QShortcut(QKeySequence(tr("Alt+M")), this, [this] { m_mrz->lineEdit(0)->setFocus(); });
    connect(m_mrz, &MrzEntryWidget::complete, this, &CccdPage::useMrz);

    auto* qrBox = new QGroupBox(tr("&QR code on the card"), this);
    auto* qrLayout = new QVBoxLayout(qrBox);
    m_qrEdit = new QLineEdit(qrBox);
    m_qrEdit->setObjectName(QStringLiteral("qrEdit"));
    m_qrEdit->setPlaceholderText(tr("Scan the QR code (anywhere in this window) or paste its text, then Enter"));
    m_qrEdit->setAccessibleName(tr("QR code text"));
    qrLayout->addWidget(m_qrEdit);
    auto* expiryRow = new QHBoxLayout;
    auto* expiryLabel = new QLabel(tr("E&xpiry date (with the QR code, instead of the MRZ):"), qrBox);
    m_expiryEdit = new QLineEdit(qrBox);
    m_expiryEdit->setObjectName(QStringLiteral("expiryEdit"));
    m_expiryEdit->setPlaceholderText(tr("DD/MM/YYYY"));
    m_expiryEdit->setMaximumWidth(120);
    expiryLabel->setBuddy(m_expiryEdit);
    expiryRow->addWidget(expiryLabel);
    expiryRow->addWidget(m_expiryEdit);
    expiryRow->addStretch();
    qrLayout->addLayout(expiryRow);
    m_qrFeedback = new QLabel(qrBox);
    m_qrFeedback->setObjectName(QStringLiteral("qrFeedback"));
    m_qrFeedback->setWordWrap(true);
    qrLayout->addWidget(m_qrFeedback);
    left->addWidget(qrBox);
    new QShortcut(QKeySequence(tr("Alt+Q")), this, [this] { m_qrEdit->setFocus(); });
    connect(m_qrEdit, &QLineEdit::returnPressed, this, [this] { submitQr(m_qrEdit->text()); });
    connect(m_expiryEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_service && m_service->qrCode() && !m_expiryEdit->text().isEmpty())
            submitQr(m_qrEdit->text());
    });

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    left->addWidget(m_progressLabel);
    left->addWidget(m_progress);
    left->addStretch();

    // Right: the identity (scrolls on small screens).
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_identity = new IdentityView(scroll);
    scroll->setWidget(m_identity);
    body->addWidget(scroll, 1);

    m_wedge = new KeyboardWedgeDetector(this, this);
    connect(m_wedge, &KeyboardWedgeDetector::scanned, this, [this](const QString& text) {
        m_qrEdit->setText(text.trimmed());
        submitQr(text);
    });

    if (m_service) {
        connect(m_readerCombo, &QComboBox::activated, this,
                [this](int index) { m_service->selectReader(m_readerCombo->itemData(index).toString()); });
        connect(m_readAgain, &QPushButton::clicked, m_service, &CardReaderService::readAgain);
        connect(m_service, &CardReader::stateChanged, this, &CccdPage::refreshState);
        connect(m_service, &CardReader::readersChanged, this, &CccdPage::refreshReaders);
        connect(m_service, &CardReader::readProgress, this, [this](const QString& file, int percent) {
            m_progressLabel->setText(tr("Reading %1…").arg(file));
            m_progress->setValue(percent);
            m_stateLabel->setText(m_service->statusText());
        });
        connect(m_service, &CardReaderService::personalDataRead, m_identity, &IdentityView::setIdentity);
        connect(m_service, &CardReader::identityRead, m_identity, &IdentityView::setIdentity);
        connect(m_service, &CardReaderService::identityCleared, this, [this] {
            m_identity->clear();
            m_mrz->clear();
            m_qrEdit->clear();
            m_expiryEdit->clear();
            m_qrFeedback->clear();
        });
        connect(m_service, &CardReaderService::demoCardInserted, this,
                [this](const QStringList& lines) { m_mrz->setLines(lines); });
        m_identity->setIdentity(m_service->currentIdentity());
    }
    refreshReaders();
    refreshState();
}

void CccdPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Once in the main window, watch the whole window for scanner bursts.
    m_wedge->setWindow(window());
}

void CccdPage::refreshReaders()
{
    m_readerCombo->clear();
    if (!m_service)
        return;
    if (!m_service->isDemoMode())
        m_readerCombo->addItem(tr("Automatic"), QString());
    QStringList names = m_service->readers();
    const QString chosen = m_service->explicitReader();
    if (!chosen.isEmpty() && !names.contains(chosen))
        names << chosen; // remembered but unplugged: still shown as the choice
    for (const QString& name : names)
        m_readerCombo->addItem(name, m_service->isDemoMode() ? QString() : name);
    const int index = m_readerCombo->findData(chosen);
    m_readerCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void CccdPage::refreshState()
{
    if (!m_service) {
        m_stateLabel->setText(CardError::userMessage(QStringLiteral("card.no_service")));
        return;
    }
    using State = CardReader::State;
    const State state = m_service->state();
    m_stateLabel->setText(m_service->statusText());
    const bool reading = state == State::Reading;
    m_progress->setVisible(reading);
    m_progressLabel->setVisible(reading);
    if (reading) {
        m_progress->setValue(0);
        m_progressLabel->setText(tr("Reading the card…"));
    }
    m_readAgain->setEnabled(m_service->isCardPresent() && !reading);
    if (m_insertDemo) {
        m_insertDemo->setEnabled(!m_service->isCardPresent());
        m_removeDemo->setEnabled(m_service->isCardPresent());
    }
    switch (state) {
    case State::NoService:
        showError(QStringLiteral("card.no_service"), {});
        break;
    case State::NoReader:
        showError(QStringLiteral("card.no_reader"), {});
        break;
    case State::Error:
        showError(m_service->lastErrorCode(), m_service->lastErrorDetail());
        break;
    default:
        showError({}, {});
        break;
    }
}

void CccdPage::showError(const QString& code, const QString& detail)
{
    const bool visible = !code.isEmpty();
    m_errorStrip->setVisible(visible);
    m_detailsButton->setVisible(visible && !detail.isEmpty());
    if (!visible || detail.isEmpty()) {
        m_detailsButton->setChecked(false);
        m_details->hide();
    }
    if (!visible)
        return;
    m_errorStrip->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(CardError::userMessage(code).toHtmlEscaped(), CardError::nextStep(code).toHtmlEscaped()));
    m_details->setText(QStringLiteral("%1 — %2").arg(code, detail));
}

void CccdPage::useMrz(const QString& mrz)
{
    if (!m_service)
        return;
    const Status status = m_service->setMrz(mrz);
    if (!status.ok())
        showError(status.error().code, status.error().message);
}

void CccdPage::submitQr(const QString& text)
{
    if (!m_service)
        return;
    const Status status = m_service->submitQr(text);
    if (!status.ok()) {
        m_qrFeedback->setText(CardError::userMessage(status.error().code) + QLatin1Char(' ') +
                              CardError::nextStep(status.error().code));
        m_qrFeedback->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_qrFeedback->setStyleSheet({});
    m_qrFeedback->setText(tr("QR code read: ID number %1").arg(m_service->qrCode()->idNumber));
    // With the expiry date typed, BAC works from the QR alone (ID + date of birth + expiry).
    const QString expiry = expiryAsYymmdd(m_expiryEdit->text());
    const auto& qr = m_service->qrCode();
    if (!expiry.isEmpty() && qr && qr->dateOfBirth.isValid() && m_mrz->lines().join(QString()).isEmpty()) {
        const Status keyed =
            m_service->setIdAndDates(qr->idNumber, qr->dateOfBirth.toString(QStringLiteral("yyMMdd")), expiry);
        if (!keyed.ok())
            showError(keyed.error().code, keyed.error().message);
    }
}

} // namespace motcua::cccd
