#pragma once

#include "CardReader.h"
#include "RegistryClient.h"
#include "Scanner.h"

namespace motcua::test {

// Services whose state a test sets by hand, to drive the shell's indicators and warning strip.
class StubCardReader : public CardReader
{
    Q_OBJECT
public:
    using CardReader::CardReader;
    State state() const override { return m_state; }
    QStringList readers() const override { return m_readers; }
    QString currentReader() const override { return m_readers.value(0); }
    CitizenIdentity currentIdentity() const override { return {}; }
    QString statusText() const override { return {}; }
    void selectReader(const QString&) override {}
    void clearIdentity() override { ++clearCount; }

    void setState(State state)
    {
        m_state = state;
        emit stateChanged(state);
    }
    void setReaders(const QStringList& readers)
    {
        m_readers = readers;
        emit readersChanged(readers);
    }
    int clearCount = 0;

private:
    State m_state = State::NoCard;
    QStringList m_readers;
};

class StubScanner : public Scanner
{
    Q_OBJECT
public:
    using Scanner::Scanner;
    State state() const override { return m_state; }
    QStringList devices() const override { return m_devices; }
    QString statusText() const override { return {}; }
    void refreshDevices() override {}

    void setDevices(State state, const QStringList& devices)
    {
        m_state = state;
        m_devices = devices;
        emit devicesChanged(devices);
        emit stateChanged(state);
    }

private:
    State m_state = State::NoDevice;
    QStringList m_devices;
};

class StubRegistryClient : public RegistryClient
{
    Q_OBJECT
public:
    using RegistryClient::RegistryClient;
    State state() const override { return m_state; }
    int pendingCount() const override { return m_pending; }
    int failedCount() const override { return m_failed; }
    QDateTime lastSuccess() const override { return {}; }
    QString statusText() const override { return {}; }
    void syncNow() override {}

    void setState(State state, int pending, int failed)
    {
        m_state = state;
        m_pending = pending;
        m_failed = failed;
        emit countsChanged(pending, failed);
        emit stateChanged(state);
    }

private:
    State m_state = State::Idle;
    int m_pending = 0;
    int m_failed = 0;
};

} // namespace motcua::test
