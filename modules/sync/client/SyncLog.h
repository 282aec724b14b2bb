#pragma once

#include <QLoggingCategory>

// The sync module's log category ("motcua.sync"): request paths, states and counts only — never
// payloads, secrets, tokens or citizens' data.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
