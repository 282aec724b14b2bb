#pragma once

#include "Result.h"

#include <QMetaType>
#include <QString>

namespace motcua::scan {

// Typed scan errors with stable codes ("scan.jammed", ...). The UI turns the code into what happened and
// what to do next (userMessage/nextStep); `detail` is technical English for the log and the details box.
class ScanError
{
public:
    enum Code {
        None,
        NoDocuments,  // feeder empty (or never loaded)
        Jammed,       // paper jam
        CoverOpen,    // lid or feeder cover open
        Cancelled,    // the official cancelled
        DeviceBusy,   // another program holds the scanner
        IoError,      // transfer failed
        DeviceGone,   // unplugged or switched off
        Unsupported,  // option the device does not offer (no feeder, no duplex, ...)
        InvalidInput, // bad option value, unreadable image
        Internal,     // anything else
        DriverStopped // the scanner driver's process crashed, hung or sent garbage; it is restarted
    };

    ScanError() = default;
    ScanError(Code code, QString detail) : m_code(code), m_detail(std::move(detail)) {}

    Code code() const { return m_code; }
    bool isError() const { return m_code != None; }
    const QString& detail() const { return m_detail; }

    // Stable machine code, e.g. "scan.jammed".
    QString codeString() const;
    // The code for a stable machine code; Internal for one it does not know.
    static Code codeFromString(const QString& code);
    // Plain-language sentence (translated) of what happened.
    QString userMessage() const;
    // Plain-language sentence (translated) of what to do next.
    QString nextStep() const;

    Error toError() const { return Error{codeString(), m_detail}; }

private:
    Code m_code = None;
    QString m_detail;
};

} // namespace motcua::scan

Q_DECLARE_METATYPE(motcua::scan::ScanError)
