#pragma once

#include "CitizenIdentity.h"

#include <QObject>
#include <QStringList>

namespace motcua {

// Reads the citizen's identity card (chip over PC/SC, or the card's QR code). Implemented by the cccd
// module; intake asks the service registry for it to fill the applicant.
class CardReader : public QObject
{
    Q_OBJECT
public:
    enum class State { NoService, NoReader, NoCard, Reading, Read, Error };
    Q_ENUM(State)

    static constexpr const char* serviceId() { return "vn.motcua.CardReader/1"; }

    using QObject::QObject;

    virtual State state() const = 0;
    virtual QStringList readers() const = 0;
    virtual QString currentReader() const = 0;
    // The last identity read, empty when none (or wiped on card removal / lock).
    virtual CitizenIdentity currentIdentity() const = 0;
    // One line for the status bar, already translated.
    virtual QString statusText() const = 0;

public slots:
    virtual void selectReader(const QString& name) = 0;
    // Forget the identity held in memory (lock screen, end of a reception).
    virtual void clearIdentity() = 0;

signals:
    void stateChanged(motcua::CardReader::State state);
    void readersChanged(const QStringList& readers);
    void identityRead(const motcua::CitizenIdentity& identity);
    void readProgress(const QString& file, int percent);
    void readFailed(const QString& errorCode, const QString& message);
};

} // namespace motcua
