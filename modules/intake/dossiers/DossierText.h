#pragma once

#include "Dossier.h"
#include "DossierEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua::intake {

// The words the dossier list and page show for the store's keys: states (the national status names),
// actions of the timeline, sync states, component statuses, and times with hour and minute in the
// office's time zone. Translated (Vietnamese first) through the usual tr() catalogue.
class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(motcua::intake::DossierText)
public:
    static QString stateName(DossierState state);
    // Timeline wording of an event's action key ("create", "request_supplement", …).
    static QString actionName(const QString& actionKey);
    // "queued", "sending", "failed", "synced".
    static QString syncStateName(const QString& key);
    static QString componentStatusName(ComponentStatus status);
    // The details an event carries (items asked for, reasons, who received the result, new due time…).
    static QString eventDetails(const DossierEvent& event);
    // "15:30 13/02/2026" in Asia/Ho_Chi_Minh; empty for an invalid time.
    static QString time(const QDateTime& time);
    // "1,2 MB", "830 kB".
    static QString size(qint64 bytes);
    static QDateTime local(const QDateTime& time);
};

} // namespace motcua::intake
