#pragma once

#include "StatusIndicator.h"

#include <QPointer>

namespace motcua {

class ServiceRegistry;

// A status indicator bound to one service of the registry. Services may be missing (module not
// loaded) or registered late; the indicator follows the registry and shows "not available" meanwhile.
class ServiceIndicator : public StatusIndicator
{
    Q_OBJECT
public:
    ServiceIndicator(ServiceRegistry& services, QString serviceId, QWidget* parent = nullptr);

protected:
    QObject* service() const { return m_service; }
    // Subclasses connect the service's change signals to refresh() here.
    virtual void connectService(QObject* service) = 0;
    virtual void showService() = 0;
    virtual void showUnavailable() = 0;

    // Call once from the subclass constructor, when its overrides exist.
    void bind();
    void refresh();
    void changeEvent(QEvent* event) override;

private:
    ServiceRegistry& m_services;
    QString m_serviceId;
    QPointer<QObject> m_service;
};

} // namespace motcua
