#include "ServiceRegistry.h"

namespace motcua {

void ServiceRegistry::addObject(const QString& id, QObject* service)
{
    m_services.insert(id, service);
    emit serviceAdded(id);
}

void ServiceRegistry::remove(const QString& id)
{
    if (m_services.remove(id) > 0)
        emit serviceRemoved(id);
}

QObject* ServiceRegistry::object(const QString& id) const
{
    return m_services.value(id).data();
}

QStringList ServiceRegistry::ids() const
{
    QStringList keys = m_services.keys();
    keys.sort();
    return keys;
}

} // namespace motcua
