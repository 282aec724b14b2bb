#include "ReaderMonitor.h"

#include "CardError.h"
#include "PcscLog.h"

#include <vector>

namespace motcua::cccd {

namespace {

constexpr const char* kPnpReader = "\\\\?PnP?\\Notification";

bool isServiceGone(LONG rv)
{
    return rv == LONG(SCARD_E_NO_SERVICE) || rv == LONG(SCARD_E_SERVICE_STOPPED) ||
           rv == LONG(SCARD_E_INVALID_HANDLE) || rv == LONG(SCARD_F_COMM_ERROR);
}

bool hasCard(DWORD state)
{
    return (state & SCARD_STATE_PRESENT) && !(state & SCARD_STATE_MUTE);
}

} // namespace

ReaderMonitor::ReaderMonitor(QObject* parent) : QThread(parent)
{
    setObjectName(QStringLiteral("pcsc-monitor"));
}

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::stop()
{
    m_stopping.store(true);
    if (const SCARDCONTEXT context = m_context.load())
        SCardCancel(context);
    wait();
}

bool ReaderMonitor::establish()
{
    SCARDCONTEXT context = 0;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    const bool ok = rv == SCARD_S_SUCCESS;
    if (ok)
        m_context.store(context);
    if (!m_serviceReported || ok != m_serviceAvailable) {
        m_serviceReported = true;
        m_serviceAvailable = ok;
        if (!ok)
            qCInfo(lcPcsc) << "PC/SC service unavailable:" << CardError::fromPcsc(rv, "SCardEstablishContext").message;
        emit serviceAvailableChanged(ok);
    }
    return ok;
}

void ReaderMonitor::release()
{
    if (const SCARDCONTEXT context = m_context.exchange(0))
        SCardReleaseContext(context);
}

bool ReaderMonitor::listReaders(QStringList* readers, long* rv)
{
    readers->clear();
    DWORD size = 0;
    *rv = SCardListReaders(m_context.load(), nullptr, nullptr, &size);
    if (*rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return true;
    if (*rv != SCARD_S_SUCCESS)
        return false;
    QByteArray buffer(int(size), '\0');
    *rv = SCardListReaders(m_context.load(), nullptr, buffer.data(), &size);
    if (*rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return true;
    if (*rv != SCARD_S_SUCCESS)
        return false;
    // A multi-string: names separated by NUL, ended by an empty name.
    for (const QByteArray& name : buffer.left(int(size)).split('\0'))
        if (!name.isEmpty())
            readers->append(QString::fromUtf8(name));
    return true;
}

void ReaderMonitor::sleepUnlessStopped(int ms)
{
    for (int slept = 0; slept < ms && !m_stopping.load(); slept += 50)
        QThread::msleep(50);
}

void ReaderMonitor::run()
{
    QStringList known;
    QHash<QString, DWORD> lastState; // reader → last event state reported
    bool readersReported = false;

    while (!m_stopping.load()) {
        if (!m_context.load() && !establish()) {
            sleepUnlessStopped(m_retryMs);
            continue;
        }

        QStringList readers;
        long rv = SCARD_S_SUCCESS;
        if (!listReaders(&readers, &rv)) {
            if (isServiceGone(LONG(rv))) {
                release();
                m_serviceAvailable = false;
                emit serviceAvailableChanged(false);
                if (!known.isEmpty() || !readersReported) {
                    known.clear();
                    readersReported = true;
                    emit readersChanged(known);
                }
                continue;
            }
            qCWarning(lcPcsc) << "listing readers:" << CardError::fromPcsc(rv, "SCardListReaders").message;
            sleepUnlessStopped(m_retryMs);
            continue;
        }
        if (readers != known || !readersReported) {
            for (const QString& gone : known)
                if (!readers.contains(gone)) {
                    if (hasCard(lastState.value(gone)))
                        emit cardRemoved(gone);
                    lastState.remove(gone);
                }
            known = readers;
            readersReported = true;
            qCInfo(lcPcsc) << "readers:" << known;
            emit readersChanged(known);
        }

        // One state per reader plus the hot-plug pseudo-reader (its current state carries the reader count
        // in the high word, as pcsc-lite expects).
        std::vector<QByteArray> names;
        names.reserve(size_t(known.size()));
        for (const QString& r : known)
            names.push_back(r.toUtf8());
        std::vector<SCARD_READERSTATE> states(names.size() + 1);
        for (size_t i = 0; i < names.size(); ++i) {
            states[i] = {};
            states[i].szReader = names[i].constData();
            states[i].dwCurrentState = lastState.value(known[int(i)], SCARD_STATE_UNAWARE);
        }
        states.back() = {};
        states.back().szReader = kPnpReader;
        states.back().dwCurrentState = DWORD(known.size()) << 16;

        rv = SCardGetStatusChange(m_context.load(), DWORD(m_pollTimeoutMs), states.data(), DWORD(states.size()));
        if (m_stopping.load())
            break;
        if (rv == LONG(SCARD_E_TIMEOUT) || rv == LONG(SCARD_E_CANCELLED))
            continue;
        if (rv != SCARD_S_SUCCESS) {
            if (isServiceGone(LONG(rv))) {
                release();
                continue;
            }
            if (rv == LONG(SCARD_E_UNKNOWN_READER) || rv == LONG(SCARD_E_READER_UNAVAILABLE))
                continue; // a reader vanished between listing and waiting: list again
            qCWarning(lcPcsc) << "waiting for card events:" << CardError::fromPcsc(rv, "SCardGetStatusChange").message;
            sleepUnlessStopped(m_retryMs);
            continue;
        }
        for (size_t i = 0; i < names.size(); ++i) {
            const DWORD event = states[i].dwEventState & ~DWORD(SCARD_STATE_CHANGED);
            const DWORD before = lastState.value(known[int(i)], 0);
            lastState.insert(known[int(i)], event);
            if (!(states[i].dwEventState & SCARD_STATE_CHANGED) && before != 0)
                continue;
            if (hasCard(event) && !hasCard(before)) {
                const QByteArray atr(reinterpret_cast<const char*>(states[i].rgbAtr), int(states[i].cbAtr));
                qCInfo(lcPcsc) << "card inserted in" << known[int(i)];
                emit cardInserted(known[int(i)], atr);
            } else if (!hasCard(event) && hasCard(before)) {
                qCInfo(lcPcsc) << "card removed from" << known[int(i)];
                emit cardRemoved(known[int(i)]);
            }
        }
    }
    release();
}

} // namespace motcua::cccd
