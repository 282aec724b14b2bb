#pragma once

#include <QObject>
#include <QStringList>

namespace motcua {

// Digitises paper components. Implemented by the scan module (SANE, TWAIN/WIA, ICA, demo scanner).
class Scanner : public QObject
{
    Q_OBJECT
public:
    enum class State { NoDevice, Ready, Scanning, Error };
    Q_ENUM(State)

    static constexpr const char* serviceId() { return "vn.motcua.Scanner/1"; }

    using QObject::QObject;

    virtual State state() const = 0;
    virtual QStringList devices() const = 0;
    virtual QString statusText() const = 0;

public slots:
    virtual void refreshDevices() = 0;

signals:
    void stateChanged(motcua::Scanner::State state);
    void devicesChanged(const QStringList& devices);
};

} // namespace motcua
