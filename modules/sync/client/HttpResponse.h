#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace motcua::sync {

// What one exchange with the registry produced: either a transport failure (error set, status 0), or an
// HTTP answer whose body was the JSON the protocol promises (status and json set).
struct HttpResponse
{
    int status = 0;
    QJsonObject json;
    qint64 retryAfterMs = -1; // from Retry-After, on the server's clock
    QDateTime serverTime;
    Error error; // transport/shape failure; empty code when an answer was read

    bool answered() const { return error.code.isEmpty(); }
    bool success() const { return answered() && status >= 200 && status < 300; }
    // The protocol error code of a non-2xx answer ("auth.token_expired"…), empty when none.
    QString serverCode() const;
    // The failure as a sync_error, for anything but success().
    Error failure() const;
};

} // namespace motcua::sync
