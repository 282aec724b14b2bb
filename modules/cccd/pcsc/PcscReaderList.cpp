#include "PcscReaderList.h"

#include "CardError.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <QThread>
#include <vector>
#include <winscard.h>

namespace motcua::cccd {

Result<QList<PcscReaderList::Reader>> PcscReaderList::list()
{
    SCARDCONTEXT context = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context);
    if (rv != SCARD_S_SUCCESS)
        return CardError::fromPcsc(rv, "SCardEstablishContext");
    const auto release = qScopeGuard([context] { SCardReleaseContext(context); });

    DWORD size = 0;
    rv = SCardListReaders(context, nullptr, nullptr, &size);
    if (rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return QList<Reader>{};
    if (rv != SCARD_S_SUCCESS)
        return CardError::fromPcsc(rv, "SCardListReaders");
    QByteArray buffer(int(size), '\0');
    rv = SCardListReaders(context, nullptr, buffer.data(), &size);
    if (rv == LONG(SCARD_E_NO_READERS_AVAILABLE))
        return QList<Reader>{};
    if (rv != SCARD_S_SUCCESS)
        return CardError::fromPcsc(rv, "SCardListReaders");

    std::vector<QByteArray> names;
    for (const QByteArray& name : buffer.left(int(size)).split('\0'))
        if (!name.isEmpty())
            names.push_back(name);
    std::vector<SCARD_READERSTATE> states(names.size());
    for (size_t i = 0; i < names.size(); ++i) {
        states[i] = {};
        states[i].szReader = names[i].constData();
        states[i].dwCurrentState = SCARD_STATE_UNAWARE;
    }
    QList<Reader> readers;
    if (!states.empty()) {
        rv = SCardGetStatusChange(context, 0, states.data(), DWORD(states.size()));
        if (rv != SCARD_S_SUCCESS && rv != LONG(SCARD_E_TIMEOUT))
            return CardError::fromPcsc(rv, "SCardGetStatusChange");
    }
    for (size_t i = 0; i < names.size(); ++i) {
        Reader reader;
        reader.name = QString::fromUtf8(names[i]);
        reader.cardPresent =
            (states[i].dwEventState & SCARD_STATE_PRESENT) && !(states[i].dwEventState & SCARD_STATE_MUTE);
        if (reader.cardPresent)
            reader.atr = QByteArray(reinterpret_cast<const char*>(states[i].rgbAtr), int(states[i].cbAtr));
        readers << reader;
    }
    return readers;
}

Result<QString> PcscReaderList::waitForCard(const QString& reader, int waitMs)
{
    const QDeadlineTimer deadline(qMax(0, waitMs));
    while (true) {
        auto readers = list();
        if (!readers.ok())
            return readers.error();
        bool named = false;
        for (const Reader& r : readers.value()) {
            if (!reader.isEmpty() && r.name != reader)
                continue;
            named = true;
            if (r.cardPresent)
                return r.name;
        }
        if (deadline.hasExpired()) {
            if (readers->isEmpty())
                return Error{QStringLiteral("card.no_reader"), QStringLiteral("no PC/SC reader")};
            if (!named)
                return Error{QStringLiteral("card.reader_gone"), QStringLiteral("reader not found: ") + reader};
            return Error{QStringLiteral("card.no_card"), QStringLiteral("no card on the reader")};
        }
        QThread::msleep(100);
    }
}

} // namespace motcua::cccd
