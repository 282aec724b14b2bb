#pragma once

#include "DossierState.h"

#include <QDateTime>
#include <QString>

namespace motcua {

// One dossier found by SearchIndex::search: what a result list shows.
struct SearchHit
{
    QString uuid;
    QString code;
    QString applicantName;
    QString applicantIdNumber;
    QString procedureCode;
    QString procedureName;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;
    QDateTime dueAt;
};

} // namespace motcua
