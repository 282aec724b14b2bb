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
    // A problem the official should see in the warning strip (no keychain, credentials refused, this
    // computer's clock far off…); empty when there is none.
    virtual QString warningText() const { return {}; }
    // The registry's clock minus this computer's, in milliseconds (0 while unknown).
    virtual qint64 clockSkewMs() const { return 0; }

public slots:
    virtual void syncNow() = 0;
    // Makes failed entries due at once (only this dossier's when a uuid is given) and syncs.
    virtual void retryNow(const QString& dossierUuid = {})
    {
        Q_UNUSED(dossierUuid);
        syncNow();
    }

signals:
    void stateChanged(motcua::RegistryClient::State state);
    void countsChanged(int pending, int failed);
    void dossierCodeAssigned(const QString& uuid, const QString& officialCode);
    void warningChanged(const QString& text);
};

} // namespace motcua
