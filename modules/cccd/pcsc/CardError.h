#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::cccd {

// What the official sees for a card problem: a stable code (shared with icao/CardErrors.h), what happened
// in plain language, what to do next, and the technical detail (English, never personal data).
//
// Codes added by the reader side (besides those of icao/CardErrors.h):
//   card.no_service    PC/SC service (pcscd) not running     card.no_reader   no reader plugged in
//   card.no_card       no card on the selected reader         card.removed     card lifted during a read
//   card.reader_gone   reader unplugged                       card.reader_busy another program holds it
//   card.unresponsive  card does not answer (mute)            card.no_access_key nothing to open the chip with
//   card.internal      anything unexpected
class CardError
{
    Q_DECLARE_TR_FUNCTIONS(motcua::cccd::CardError)
public:
    CardError() = default;
    CardError(QString code, QString detail) : m_code(std::move(code)), m_detail(std::move(detail)) {}
    explicit CardError(const Error& error) : m_code(error.code), m_detail(error.message) {}

    const QString& code() const { return m_code; }
    const QString& detail() const { return m_detail; }
    bool isError() const { return !m_code.isEmpty(); }
    Error toError() const { return Error{m_code, m_detail}; }

    QString userMessage() const { return userMessage(m_code); }
    QString nextStep() const { return nextStep(m_code); }

    static QString userMessage(const QString& code);
    static QString nextStep(const QString& code);

    // Maps a PC/SC return value to an error; `operation` names the call for the detail ("SCardTransmit").
    static Error fromPcsc(long rv, const char* operation);
    // True for errors after which putting the card back and reading again is the natural recovery.
    static bool isCardContactLost(const QString& code);

private:
    QString m_code;
    QString m_detail;
};

} // namespace motcua::cccd
