#include "SyncLog.h"

Q_LOGGING_CATEGORY(lcSync, "motcua.sync", QtInfoMsg)
