#pragma once

#include "Applicant.h"
#include "Dossier.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua::intake {

// How one component of the checklist is being handed in.
struct ComponentChoice
{
    QString componentId; // ProcedureComponent::id
    ComponentStatus status = ComponentStatus::Missing;
    QString filePath;   // a PDF to import into the file store on save (attached or just scanned)
    QString fileSha256; // a file already in the store (reuse of an earlier digitised result)
    QString reusedFrom; // code of the dossier the reused file came from, for the timeline
    int pageCount = 0;
};

// A reception in progress, as the official fills it in — and the JSON input of `motcua-cli dossier
// create` (docs/DOSSIER-INPUT.md). Kept as a draft on disk while the page is open, so closing the
// window mid-dossier loses nothing.
struct ReceptionDraft
{
    QString procedureCode;
    int procedureVersion = 0; // 0 = the catalogue's current version
    QDateTime receivedAt;     // invalid = now, at save
    Applicant applicant;
    std::optional<Applicant> representative;
    QList<ComponentChoice> components;
    QString returnChannel = QStringLiteral("desk");
    std::optional<qint64> feeVnd; // unset = the catalogue's fees
    QString note;
    QString receivedBy;
    std::optional<bool> demo; // unset = the desk's mode
    // Interlinked bundles (DOMAIN.md §5 rows 3 and 5): the procedures chosen among the bundle's parts
    // (empty = all of them) and the person the bundle is about (the child, the deceased).
    QStringList bundleParts;
    Applicant subject;

    bool isEmpty() const;
    ComponentChoice* choice(const QString& componentId);
    const ComponentChoice* choice(const QString& componentId) const;

    QJsonObject toJson() const;
    // Strict: unknown states, malformed dates or a wrong type give input.* errors naming the field.
    static Result<ReceptionDraft> fromJson(const QJsonObject& json);
    static Result<ReceptionDraft> fromJsonBytes(const QByteArray& bytes);
};

QJsonObject applicantToJson(const Applicant& applicant);
Result<Applicant> applicantFromJson(const QJsonObject& json, const QString& where);

} // namespace motcua::intake
