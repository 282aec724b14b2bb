#include "FacePolicy.h"

#include "SecurityError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::security {

const FacePolicy& FacePolicy::builtIn()
{
    static const FacePolicy policy = [] {
        QFile file(QStringLiteral(":/security/face-policy.json"));
        if (!file.open(QIODevice::ReadOnly))
            return FacePolicy();
        auto parsed = fromJson(file.readAll());
        return parsed ? parsed.value() : FacePolicy();
    }();
    return policy;
}

Result<FacePolicy> FacePolicy::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonValue list = doc.object().value(QStringLiteral("keepFaceFor"));
    if (error.error != QJsonParseError::NoError || !list.isArray())
        return Result<FacePolicy>::failure(QLatin1String(security_error::BadSetting),
                                           QStringLiteral("face policy is not JSON with a keepFaceFor list"));
    FacePolicy policy;
    for (const QJsonValue& code : list.toArray())
        if (code.isString() && !code.toString().isEmpty())
            policy.m_keepFor.insert(code.toString());
    return policy;
}

} // namespace motcua::security
