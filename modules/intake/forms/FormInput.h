#pragma once

#include "Dossier.h"
#include "OfficeProfile.h"
#include "Procedure.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua::intake {

// One handover on the control sheet: who gave the dossier to whom, when, and how it stood against the
// appointment (TT 01/2018 Mẫu 05; the trail is kept automatically from the dossier's events).
struct ControlStep
{
    QString fromUnit;
    QString toUnit;
    QString giver;    // user name or person, may be empty
    QString receiver; // may be empty
    QDateTime at;
    QString outcome; // "Trước hạn", "Đúng hạn", "Quá hạn" or empty
    QString note;
};

// One line of the log book (Sổ theo dõi hồ sơ).
struct LogBookLine
{
    Dossier dossier;
    QString competentBody;
    QDateTime returnedAt; // result handed over, when it was
    QString receivedBy;   // who took the result
};

// A sub-dossier of an interlinked group, listed on the group's receipt.
struct LinkedDossier
{
    QString code;
    QString procedureName;
};

// Everything a form shows. The renderer only paints: the caller gathers the dossier, its procedure
// version, the office, the official printing and the details of the action the form records.
struct FormInput
{
    Dossier dossier;
    std::optional<Procedure> procedure; // the version the dossier was received under, when known
    OfficeProfile office;
    QString official;       // full name of the official printing and signing
    QDateTime printedAt;    // the date line of the form
    QString documentNumber; // "Số: …" of the form; dots when not numbered
    int logBookVolume = 0;  // "Vào Sổ theo dõi hồ sơ, Quyển số …, Số thứ tự …" (0 = not entered)
    int logBookIndex = 0;
    bool demo = false;           // watermark every page "DEMO – KHÔNG CÓ GIÁ TRỊ"
    QList<LinkedDossier> linked; // sub-dossiers received with this one (interlinked group)

    // Mẫu 02
    QStringList supplementItems;
    QString supplementReason;
    // Mẫu 03
    QStringList refusalReasons;
    // Mẫu 04: the appointment before the extension is dossier.previousDueAt (or dueAt when not yet applied)
    QString apologyReason;
    QDateTime newDueAt;
    // Stop notice
    QString stopReason;
    QDateTime stopRequestedAt;
    // Control sheet
    QString coordinatingBodies;
    QList<ControlStep> controlSteps;
    // Log book
    QDate logFrom;
    QDate logTo;
    QList<LogBookLine> logBook;
};

} // namespace motcua::intake
