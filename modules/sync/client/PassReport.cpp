#include "PassReport.h"

namespace motcua::sync {

QJsonObject PassReport::toJson() const
{
    QJsonObject out{{QStringLiteral("sent"), sent},
                    {QStringLiteral("duplicates"), duplicates},
                    {QStringLiteral("failed"), failed},
                    {QStringLiteral("deferred"), deferred},
                    {QStringLiteral("pulled"), pulled},
                    {QStringLiteral("applied"), applied},
                    {QStringLiteral("ignored"), ignored},
                    {QStringLiteral("codesAssigned"), codesAssigned},
                    {QStringLiteral("attachmentsUploaded"), attachmentsUploaded},
                    {QStringLiteral("attachmentBytes"), attachmentBytes},
                    {QStringLiteral("completed"), completed()}};
    if (clockSkewKnown)
        out.insert(QStringLiteral("clockSkewMs"), clockSkewMs);
    if (!completed())
        out.insert(QStringLiteral("error"),
                   QJsonObject{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}});
    if (retryAfterMs >= 0)
        out.insert(QStringLiteral("retryAfterMs"), retryAfterMs);
    return out;
}

} // namespace motcua::sync
