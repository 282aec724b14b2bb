#include "CardReaderService.h"

#include "CardError.h"
#include "CardErrors.h"
#include "CardReaderSettings.h"
#include "CscaStore.h"
#include "IdentityClaims.h"
#include "IdentityCrossCheck.h"
#include "MrzParser.h"
#include "PcscChipRead.h"
#include "PcscLog.h"
#include "QrCodeParser.h"
#include "ReaderMonitor.h"

namespace motcua::cccd {

namespace {

CitizenIdentity identityFromQr(const QrCodeData& qr)
{
    CitizenIdentity identity;
    identity.source = CitizenIdentity::Source::Qr;
    identity.readAt = QDateTime::currentDateTime();
    identity.idNumber = qr.idNumber;
    identity.oldIdNumber = qr.oldIdNumber;
    identity.fullName = qr.fullName;
    identity.dateOfBirth = qr.dateOfBirth;
    identity.sex = qr.sex;
    identity.placeOfResidence = qr.address;
    identity.issuedOn = qr.issuedOn;
    identity.documentNumber = qr.documentNumber();
    return identity;
}

} // namespace

CardReaderService::CardReaderService(bool demoMode, QObject* parent) : CardReader(parent), m_demoMode(demoMode)
{
    m_explicitReader = demoMode ? QString() : CardReaderSettings::reader();
    m_trustFolder = CardReaderSettings::cscaFolder();
    m_workerThread.setObjectName(QStringLiteral("card-reader"));
    m_worker = new QObject; // deleted with the thread's finish
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_workerThread.start();
    if (m_demoMode) {
        m_serviceAvailable = true;
        m_readers = {tr("Demo card reader")};
    }
    updateState();
}

CardReaderService::~CardReaderService()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_monitor)
        m_monitor->stop();
    m_workerThread.quit();
    m_workerThread.wait();
    m_identity.clear();
}

void CardReaderService::start()
{
    if (m_demoMode || m_monitor)
        return;
    m_monitor = new ReaderMonitor(this);
    connect(m_monitor, &ReaderMonitor::serviceAvailableChanged, this, &CardReaderService::onServiceAvailable);
    connect(m_monitor, &ReaderMonitor::readersChanged, this, &CardReaderService::onReadersChanged);
    connect(m_monitor, &ReaderMonitor::cardInserted, this,
            [this](const QString& reader, const QByteArray&) { onCardInserted(reader); });
    connect(m_monitor, &ReaderMonitor::cardRemoved, this, &CardReaderService::onCardRemoved);
    m_monitor->start();
}

QString CardReaderService::currentReader() const
{
    if (m_demoMode)
        return m_readers.value(0);
    if (!m_explicitReader.isEmpty())
        return m_explicitReader;
    if (!m_autoReader.isEmpty() && m_readers.contains(m_autoReader))
        return m_autoReader;
    return m_readers.value(0);
}

bool CardReaderService::isCardPresent() const
{
    if (m_demoMode)
        return m_demoCardPresent;
    return m_readersWithCard.contains(currentReader());
}

void CardReaderService::setTrustFolder(const QString& folder)
{
    m_trustFolder = folder;
    CardReaderSettings::setCscaFolder(folder);
}

QString CardReaderService::trustFolder() const
{
    return m_trustFolder;
}

QString CardReaderService::statusText() const
{
    switch (m_state) {
    case State::NoService:
        return tr("Card reader service not running");
    case State::NoReader:
        return m_explicitReader.isEmpty() ? tr("No card reader")
                                          : tr("Card reader not connected: %1").arg(m_explicitReader);
    case State::NoCard:
        return tr("Place the card on the reader");
    case State::Reading:
        return m_progressFile.isEmpty() ? tr("Reading the card…")
                                        : tr("Reading the card: %1 %2%").arg(m_progressFile).arg(m_progressPercent);
    case State::Read:
        return tr("Card read");
    case State::Error:
        return CardError::userMessage(m_errorCode);
    }
    return {};
}

void CardReaderService::selectReader(const QString& name)
{
    if (m_demoMode)
        return;
    m_explicitReader = name;
    CardReaderSettings::setReader(name);
    m_needsRead = true;
    updateState();
    maybeStartRead();
}

void CardReaderService::wipe()
{
    if (m_cancel)
        m_cancel->store(true);
    m_identity.clear();
    m_result = ChipReadResult();
    m_key.reset();
    m_typedMrz.reset();
    m_qr.reset();
    m_readSucceeded = false;
    m_errorCode.clear();
    m_errorDetail.clear();
}

void CardReaderService::clearIdentity()
{
    const bool hadIdentity = !m_identity.isEmpty();
    wipe();
    m_reading = false;
    updateState();
    if (hadIdentity)
        emit identityCleared();
}

Status CardReaderService::setMrz(const QString& text)
{
    auto mrz = MrzParser::parseTd1(text);
    if (!mrz.ok())
        return Status(mrz.error());
    m_typedMrz = mrz.value();
    m_key = AccessKey::fromMrz(mrz->bacKeySeed());
    m_needsRead = true;
    if (m_state == State::Error)
        m_errorCode.clear();
    updateState();
    maybeStartRead();
    return Status::success();
}

Status CardReaderService::setIdAndDates(const QString& id12, const QString& dobYymmdd, const QString& expiryYymmdd)
{
    auto seed = BacKeySeed::fromIdNumber(id12, dobYymmdd, expiryYymmdd);
    if (!seed.ok())
        return Status(seed.error());
    m_key = AccessKey::fromMrz(seed.value());
    m_needsRead = true;
    if (m_state == State::Error)
        m_errorCode.clear();
    updateState();
    maybeStartRead();
    return Status::success();
}

Status CardReaderService::submitQr(const QString& text)
{
    auto qr = QrCodeParser::parse(text);
    if (!qr.ok())
        return Status(qr.error());
    m_qr = qr.value();
    emit qrCodeRead(m_qr->idNumber);
    if (m_readSucceeded) {
        applyCrossCheck(m_identity);
        emit identityRead(m_identity);
        return Status::success();
    }
    m_identity = identityFromQr(*m_qr);
    applyCrossCheck(m_identity);
    emit identityRead(m_identity);
    // The QR alone opens the chip with PACE-CAN; an MRZ typed earlier stays the preferred key (BAC).
    if (!m_key) {
        m_key = AccessKey::fromCan(m_qr->can());
        m_needsRead = true;
        if (m_state == State::Error)
            m_errorCode.clear();
    }
    updateState();
    maybeStartRead();
    return Status::success();
}

void CardReaderService::readAgain()
{
    m_needsRead = true;
    m_errorCode.clear();
    maybeStartRead();
    updateState();
}

void CardReaderService::cancelRead()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CardReaderService::onServiceAvailable(bool available)
{
    m_serviceAvailable = available;
    if (!available) {
        m_readersWithCard.clear();
        m_readers.clear();
    }
    updateState();
}

void CardReaderService::onReadersChanged(const QStringList& readers)
{
    m_serviceAvailable = true;
    m_readers = readers;
    for (auto it = m_readersWithCard.begin(); it != m_readersWithCard.end();)
        it = readers.contains(*it) ? std::next(it) : m_readersWithCard.erase(it);
    emit readersChanged(readers);
    updateState();
}

void CardReaderService::onCardInserted(const QString& reader)
{
    m_readersWithCard.insert(reader);
    if (m_explicitReader.isEmpty() && !m_reading)
        m_autoReader = reader; // automatic choice: the reader the official just put a card on
    if (reader == currentReader()) {
        m_needsRead = true;
        if (!m_reading) {
            m_errorCode.clear();
            m_errorDetail.clear();
        }
    }
    updateState();
    maybeStartRead();
}

void CardReaderService::onCardRemoved(const QString& reader)
{
    m_readersWithCard.remove(reader);
    if (reader != currentReader())
        return updateState();
    if (m_reading) {
        // The worker notices through its transport and reports card.removed (or recovers if it comes back).
        updateState();
        return;
    }
    if (m_readSucceeded) {
        const bool hadIdentity = !m_identity.isEmpty();
        wipe();
        if (hadIdentity)
            emit identityCleared();
    } else if (!CardError::isCardContactLost(m_errorCode)) {
        m_errorCode.clear(); // a wrong-MRZ error is about that card: it left with it
        m_errorDetail.clear();
    }
    updateState();
}

void CardReaderService::insertDemoCard()
{
    if (!m_demoMode || m_demoCardPresent)
        return;
    const int index = m_demoIndex++;
    QMetaObject::invokeMethod(
        m_worker,
        [this, index] {
            auto card = DemoCard::create(index);
            QMetaObject::invokeMethod(
                this,
                [this, card] {
                    if (!card.ok())
                        return setError(card.error().code, card.error().message);
                    m_demoCard = std::make_shared<const DemoCard>(card.value());
                    m_demoCardPresent = true;
                    const QStringList lines = m_demoCard->profile().mrzLines;
                    m_errorCode.clear();
                    m_needsRead = true;
                    // The trainee copies the MRZ from the card: the demo does it for them, unless something
                    // was typed already (then that is what opens the card, right or wrong).
                    if (!m_key) {
                        emit demoCardInserted(lines);
                        setMrz(lines.join(QLatin1Char('\n')));
                    }
                    updateState();
                    maybeStartRead();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CardReaderService::removeDemoCard()
{
    if (!m_demoMode || !m_demoCardPresent)
        return;
    m_demoCardPresent = false;
    if (m_reading) {
        cancelRead();
        setError(QStringLiteral("card.removed"), QStringLiteral("demo card removed during the read"));
    }
    if (m_readSucceeded) {
        wipe();
        emit identityCleared();
    }
    m_demoCard.reset();
    updateState();
}

void CardReaderService::maybeStartRead()
{
    if (m_reading || !m_needsRead || !m_key || !isCardPresent())
        return;
    startRead();
}

void CardReaderService::startRead()
{
    m_needsRead = false;
    m_reading = true;
    m_readSucceeded = false;
    m_errorCode.clear();
    m_errorDetail.clear();
    m_progressFile.clear();
    m_progressPercent = 0;
    m_result = ChipReadResult();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const quint64 readId = ++m_readId;
    const AccessKey key = *m_key;
    const QString reader = currentReader();
    const QString trustFolder = m_trustFolder;
    const std::shared_ptr<const DemoCard> demo = m_demoCard;
    PcscChipRead::Options options;
    options.reinsertWaitMs = m_reinsertWaitMs;
    options.extendedLength = CardReaderSettings::extendedLength();
    updateState();

    QMetaObject::invokeMethod(
        m_worker,
        [this, readId, key, reader, trustFolder, demo, options, cancel] {
            ChipReadJob::Callbacks callbacks;
            callbacks.progress = [this, readId](const QString& file, int percent) {
                QMetaObject::invokeMethod(
                    this, [this, readId, file, percent] { onReadProgress(readId, file, percent); },
                    Qt::QueuedConnection);
            };
            callbacks.personalDataRead = [this, readId](const CitizenIdentity& identity) {
                QMetaObject::invokeMethod(
                    this, [this, readId, identity] { onPersonalData(readId, identity); }, Qt::QueuedConnection);
            };
            Result<ChipReadResult> result = Error{};
            if (demo) {
                result = demo->read(key, cancel.get(), callbacks);
            } else {
                QStringList skipped;
                auto store = CscaStore::loadFolder(trustFolder, &skipped);
                if (!store.ok())
                    qCInfo(lcPcsc) << "CSCA trust store not loaded:" << store.error().message;
                const CscaStore* trust = store.ok() ? &store.value() : nullptr;
                result = PcscChipRead::run(reader, key, trust, cancel.get(), callbacks, options);
                if (result.ok() && !store.ok())
                    result.value().warnings << QString::fromLatin1(errc::TrustStore);
            }
            QMetaObject::invokeMethod(
                this, [this, readId, result] { onReadFinished(readId, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CardReaderService::onReadProgress(quint64 readId, const QString& file, int percent)
{
    if (readId != m_readId || !m_reading)
        return;
    m_progressFile = file;
    m_progressPercent = percent;
    emit readProgress(file, percent);
}

void CardReaderService::onPersonalData(quint64 readId, const CitizenIdentity& identity)
{
    if (readId != m_readId || !m_reading)
        return;
    CitizenIdentity partial = identity;
    if (m_demoMode)
        partial.source = CitizenIdentity::Source::Demo;
    applyCrossCheck(partial);
    emit personalDataRead(partial);
}

void CardReaderService::onReadFinished(quint64 readId, const Result<ChipReadResult>& result)
{
    if (readId != m_readId)
        return;
    m_reading = false;
    m_cancel.reset();
    if (!result.ok()) {
        qCInfo(lcPcsc) << "read failed:" << result.error().code << result.error().message;
        setError(result.error().code, result.error().message);
        return;
    }
    m_result = result.value();
    m_identity = m_result.identity;
    applyCrossCheck(m_identity);
    m_result.identity = m_identity;
    m_readSucceeded = true;
    m_progressFile.clear();
    updateState();
    emit identityRead(m_identity);
}

void CardReaderService::setError(const QString& code, const QString& detail)
{
    m_errorCode = code.isEmpty() ? QStringLiteral("card.internal") : code;
    m_errorDetail = detail;
    m_progressFile.clear();
    updateState();
    emit readFailed(m_errorCode, CardError::userMessage(m_errorCode));
}

void CardReaderService::applyCrossCheck(CitizenIdentity& identity) const
{
    QList<IdentityClaims> claims;
    if (identity.source != CitizenIdentity::Source::Qr) {
        claims << IdentityClaims::fromChip(identity);
        if (!m_result.chipMrz.documentNumber.isEmpty())
            claims << IdentityClaims::fromMrz(m_result.chipMrz);
    }
    if (m_typedMrz)
        claims << IdentityClaims::fromMrz(*m_typedMrz);
    if (m_qr)
        claims << IdentityClaims::fromQr(*m_qr);
    identity.mismatches = IdentityCrossCheck::compare(claims);
}

void CardReaderService::updateState()
{
    State next;
    if (m_reading)
        next = State::Reading;
    else if (!m_errorCode.isEmpty())
        next = State::Error;
    else if (!m_serviceAvailable)
        next = State::NoService;
    else if (m_readers.isEmpty() || !m_readers.contains(currentReader()))
        next = State::NoReader;
    else if (!isCardPresent())
        next = State::NoCard;
    else if (m_readSucceeded)
        next = State::Read;
    else if (!m_key) {
        // A card waits but nothing opens it yet: say so instead of a silent "card present".
        m_errorCode = QStringLiteral("card.no_access_key");
        m_errorDetail = QStringLiteral("no MRZ, ID + dates or QR code given");
        next = State::Error;
    } else
        next = State::NoCard;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(next);
    }
}

} // namespace motcua::cccd
