#pragma once

#include "AccessKey.h"
#include "CardReader.h"
#include "ChipReadResult.h"
#include "DemoCard.h"
#include "MrzData.h"
#include "QrCodeData.h"
#include "Result.h"

#include <QSet>
#include <QThread>
#include <atomic>
#include <memory>
#include <optional>

namespace motcua::cccd {

class ReaderMonitor;

// The CardReader service of the card module. Lives on the GUI thread and never blocks it:
//   - a ReaderMonitor thread reports PC/SC service, readers and card insertion/removal;
//   - reads run on a worker thread (PcscChipRead, or the in-process DemoCard in demo mode) and report
//     progress per file, the personal data as soon as DG1 + DG13 are read, then the full result.
// A read starts by itself when a card is on the current reader and something opens the chip: MRZ lines
// (typed or scanned), ID + dates, or the QR code (CAN). The identity is wiped when the card is taken
// off the reader after a read, and on clearIdentity(); what the official typed survives failed reads.
class CardReaderService : public CardReader
{
    Q_OBJECT
public:
    explicit CardReaderService(bool demoMode, QObject* parent = nullptr);
    ~CardReaderService() override;

    // Starts the reader monitor (not in demo mode). Separate from construction so tests can connect first.
    void start();

    State state() const override { return m_state; }
    QStringList readers() const override { return m_readers; }
    QString currentReader() const override;
    CitizenIdentity currentIdentity() const override { return m_identity; }
    QString statusText() const override;

    bool isDemoMode() const { return m_demoMode; }
    bool isCardPresent() const;
    // The reader remembered for this desk; empty = automatic.
    QString explicitReader() const { return m_explicitReader; }
    // Last error of a read (or of the reader): stable code, and technical detail for the details box.
    QString lastErrorCode() const { return m_errorCode; }
    QString lastErrorDetail() const { return m_errorDetail; }
    bool hasAccessKey() const { return m_key.has_value(); }
    const std::optional<QrCodeData>& qrCode() const { return m_qr; }
    // Verification detail and statistics of the last chip read (valid while state() == Read).
    const ChipReadResult& lastResult() const { return m_result; }
    QString currentFile() const { return m_progressFile; }
    int currentPercent() const { return m_progressPercent; }

    void setTrustFolder(const QString& folder);
    QString trustFolder() const;
    // How long a read waits for a lifted card to come back before failing (ms).
    void setReinsertWaitMs(int ms) { m_reinsertWaitMs = ms; }

public slots:
    void selectReader(const QString& name) override;
    void clearIdentity() override;

    // The MRZ (3 lines, or 90 characters) typed or scanned from the back of the card. Invalid text is
    // refused (card.mrz.*) and nothing changes.
    Status setMrz(const QString& text);
    // ID number + date of birth + date of expiry (YYMMDD) instead of the MRZ.
    Status setIdAndDates(const QString& id12, const QString& dobYymmdd, const QString& expiryYymmdd);
    // The card's QR code text (from the scanner or typed). Gives the identity without a chip, the CAN
    // to open the chip, and a third source for the cross-check.
    Status submitQr(const QString& text);
    // Reads the card on the current reader again.
    void readAgain();
    void cancelRead();

    // Demo mode: put a synthetic card on the simulated reader (the next fixture citizen each time) / take it off.
    void insertDemoCard();
    void removeDemoCard();

signals:
    // DG1 + DG13 read: shown before the photo arrives. Verdicts are NotChecked in it.
    void personalDataRead(const motcua::CitizenIdentity& identity);
    void identityCleared();
    void qrCodeRead(const QString& idNumber);
    // Demo mode: the card's MRZ, as the official would copy it from the card (only when nothing was typed).
    void demoCardInserted(const QStringList& mrzLines);

private:
    void onServiceAvailable(bool available);
    void onReadersChanged(const QStringList& readers);
    void onCardInserted(const QString& reader);
    void onCardRemoved(const QString& reader);
    void maybeStartRead();
    void startRead();
    void onReadProgress(quint64 readId, const QString& file, int percent);
    void onPersonalData(quint64 readId, const CitizenIdentity& identity);
    void onReadFinished(quint64 readId, const Result<ChipReadResult>& result);
    void setError(const QString& code, const QString& detail);
    void applyCrossCheck(CitizenIdentity& identity) const;
    void wipe();
    void updateState();

    const bool m_demoMode;
    State m_state = State::NoService;
    bool m_serviceAvailable = false;
    QStringList m_readers;
    QSet<QString> m_readersWithCard;
    QString m_explicitReader;
    QString m_autoReader;

    ReaderMonitor* m_monitor = nullptr;
    QThread m_workerThread;
    QObject* m_worker = nullptr; // context object living in m_workerThread
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_readId = 0;
    bool m_reading = false;
    bool m_needsRead = false;
    bool m_readSucceeded = false;
    int m_reinsertWaitMs = 3000;
    QString m_trustFolder;

    std::optional<AccessKey> m_key;
    std::optional<MrzData> m_typedMrz;
    std::optional<QrCodeData> m_qr;
    CitizenIdentity m_identity;
    ChipReadResult m_result;
    QString m_errorCode;
    QString m_errorDetail;
    QString m_progressFile;
    int m_progressPercent = 0;

    std::shared_ptr<const DemoCard> m_demoCard;
    bool m_demoCardPresent = false;
    int m_demoIndex = 0;
};

} // namespace motcua::cccd
