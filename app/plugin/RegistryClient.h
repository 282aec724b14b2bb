#pragma once

#include <QDateTime>
#include <QObject>

namespace motcua {

// Talks to the central registry (provincial system) for the outbox drain and pulls.
// Implemented by the sync module (real client, or the in-process demo registry).
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Idle, Syncing, Failing };
    Q_ENUM(State)

    static constexpr const char* serviceId() { return "vn.motcua.RegistryClient/1"; }

    using QObject::QObject;

    virtual State state() const = 0;
    virtual int pendingCount() const = 0;
    virtual int failedCount() const = 0;
    virtual QDateTime lastSuccess() const = 0;
    virtual QString statusText() const = 0;

public slots:
    virtual void syncNow() = 0;

signals:
    void stateChanged(motcua::RegistryClient::State state);
    void countsChanged(int pending, int failed);
    void dossierCodeAssigned(const QString& uuid, const QString& officialCode);
};

} // namespace motcua
