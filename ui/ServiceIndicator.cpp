#include "ServiceIndicator.h"

#include "ServiceRegistry.h"

#include <QEvent>

namespace motcua {

ServiceIndicator::ServiceIndicator(ServiceRegistry& services, QString serviceId, QWidget* parent)
    : StatusIndicator(parent), m_services(services), m_serviceId(std::move(serviceId))
{
    connect(&m_services, &ServiceRegistry::serviceAdded, this, [this](const QString& id) {
        if (id == m_serviceId)
            bind();
    });
    connect(&m_services, &ServiceRegistry::serviceRemoved, this, [this](const QString& id) {
        if (id == m_serviceId)
            bind();
    });
}

void ServiceIndicator::bind()
{
    QObject* current = m_services.object(m_serviceId);
    if (current != m_service) {
        if (m_service)
            disconnect(m_service, nullptr, this, nullptr);
        m_service = current;
        if (current) {
            connect(current, &QObject::destroyed, this, [this] { refresh(); });
            connectService(current);
        }
    }
    refresh();
}

void ServiceIndicator::refresh()
{
    if (m_service)
        showService();
    else
        showUnavailable();
}

void ServiceIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    StatusIndicator::changeEvent(event);
}

} // namespace motcua
