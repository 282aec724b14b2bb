#pragma once

#include "ServiceIndicator.h"

namespace motcua {

// Status bar: the network and synchronisation with the provincial registry (RegistryClient service).
class SyncIndicator : public ServiceIndicator
{
    Q_OBJECT
public:
    explicit SyncIndicator(ServiceRegistry& services, QWidget* parent = nullptr);

protected:
    void connectService(QObject* service) override;
    void showService() override;
    void showUnavailable() override;
};

} // namespace motcua
