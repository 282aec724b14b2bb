#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace motcua::cccd {

class CardReaderService;
class IdentityView;
class KeyboardWedgeDetector;
class MrzEntryWidget;

// The card panel: reader choice and state, "Place the card on the reader", MRZ entry with live
// check-digit feedback, the QR field (a scan anywhere in the window lands here), progress per file, then
// the identity with its face, verdict badges and mismatch warnings. Keyboard: Alt+M MRZ, Alt+Q QR,
// F5 read again; fits 1366×768 (the identity side scrolls).
class CccdPage : public QWidget
{
    Q_OBJECT
public:
    explicit CccdPage(CardReaderService* service, QWidget* parent = nullptr);

    KeyboardWedgeDetector* wedgeDetector() const { return m_wedge; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshReaders();
    void refreshState();
    void showError(const QString& code, const QString& detail);
    void submitQr(const QString& text);
    void useMrz(const QString& mrz);

    QPointer<CardReaderService> m_service;
    KeyboardWedgeDetector* m_wedge = nullptr;
    QComboBox* m_readerCombo = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_readAgain = nullptr;
    QPushButton* m_insertDemo = nullptr;
    QPushButton* m_removeDemo = nullptr;
    QLabel* m_errorStrip = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QLabel* m_details = nullptr;
    MrzEntryWidget* m_mrz = nullptr;
    QLineEdit* m_qrEdit = nullptr;
    QLineEdit* m_expiryEdit = nullptr;
    QLabel* m_qrFeedback = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    IdentityView* m_identity = nullptr;
};

} // namespace motcua::cccd
