#include "Dossier.h"

namespace motcua {

QString componentStatusKey(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Missing:
        return QStringLiteral("missing");
    case ComponentStatus::Scanned:
        return QStringLiteral("scanned");
    case ComponentStatus::ShownOnly:
        return QStringLiteral("shown_only");
    case ComponentStatus::Reused:
        return QStringLiteral("reused");
    }
    return {};
}

std::optional<ComponentStatus> componentStatusFromKey(const QString& key)
{
    for (ComponentStatus s :
         {ComponentStatus::Missing, ComponentStatus::Scanned, ComponentStatus::ShownOnly, ComponentStatus::Reused})
        if (componentStatusKey(s) == key)
            return s;
    return std::nullopt;
}

} // namespace motcua
