#pragma once

#include "Applicant.h"
#include "DossierState.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace motcua {

// How a component of a dossier was handed in at the desk.
enum class ComponentStatus {
    Missing,   // not yet provided
    Scanned,   // digitised at the desk into a PDF
    ShownOnly, // shown to the officer, not kept (xuất trình)
    Reused,    // taken from an earlier digitised result of the same citizen
};

QString componentStatusKey(ComponentStatus status);
std::optional<ComponentStatus> componentStatusFromKey(const QString& key);

struct DossierComponent
{
    QString componentId; // ProcedureComponent::id
    QString name;
    ComponentStatus status = ComponentStatus::Missing;
    QString fileSha256; // content address of the PDF in the file store, when scanned or reused
    int pageCount = 0;
    qint64 bytes = 0;
};

// A dossier (hồ sơ) as the desk holds it. `uuid` is minted by the desk and is the sync idempotency key;
// `code` is provisional until the registry assigns the official one.
struct Dossier
{
    QString uuid;
    QString code;
    bool codeProvisional = true;
    QString procedureCode;
    int procedureVersion = 1;
    QString procedureName;
    QString catalogueVersion;
    Applicant applicant;
    std::optional<Applicant> representative; // authorised person, when there is one
    DossierState state = DossierState::Received;
    QDateTime receivedAt; // with minutes, Asia/Ho_Chi_Minh
    QDateTime dueAt;
    QDateTime previousDueAt; // set by an extension (NgayHenTraTruoc)
    LifecycleCounters counters;
    QList<DossierComponent> components;
    qint64 feeVnd = 0;
    QString returnChannel; // "desk", "post", "online"
    QString parentUuid;    // set on sub-dossiers of an interlinked bundle
    QString receivedBy;    // user name of the officer
    QString note;
    bool demo = false; // created in demo mode: never synced to a real registry

    bool isOverdue(const QDateTime& now) const
    {
        return dueAt.isValid() && now > dueAt && !isTerminal(state) && state != DossierState::Resolved;
    }
};

} // namespace motcua
