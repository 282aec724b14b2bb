#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

namespace motcua::sync {

// What one sync pass did, for the CLI's --json, the status bar and the tests.
struct PassReport
{
    int sent = 0;       // entries the registry confirmed (accepted or duplicate)
    int duplicates = 0; // of which the registry already had
    int failed = 0;     // entries marked failed in this pass (reason kept on the entry)
    int deferred = 0;   // entries the registry asked to send later
    int pulled = 0;     // changes read from the feed
    int applied = 0;    // changes written to the desk database
    int ignored = 0;    // changes that did not apply (unknown dossier, impossible transition)
    int codesAssigned = 0;
    int attachmentsUploaded = 0;
    qint64 attachmentBytes = 0;
    qint64 clockSkewMs = 0;
    bool clockSkewKnown = false;
    Error error;                                  // why the pass stopped early; empty code when it ran to the end
    qint64 retryAfterMs = -1;                     // what the registry asked for with 429/503
    QList<QPair<QString, QString>> assignedCodes; // (dossier uuid, official code) written in this pass

    bool completed() const { return error.code.isEmpty(); }
    QJsonObject toJson() const;
};

} // namespace motcua::sync
