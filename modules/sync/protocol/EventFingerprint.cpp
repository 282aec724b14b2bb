#include "EventFingerprint.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace motcua::sync {

QString EventFingerprint::of(const QJsonObject& event)
{
    QJsonObject canonical = event;
    canonical.remove(QStringLiteral("idempotencyKey"));
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace motcua::sync
