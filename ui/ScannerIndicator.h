#pragma once

#include "ServiceIndicator.h"

namespace motcua {

// Status bar: the document scanner (Scanner service of the scan module).
class ScannerIndicator : public ServiceIndicator
{
    Q_OBJECT
public:
    explicit ScannerIndicator(ServiceRegistry& services, QWidget* parent = nullptr);

protected:
    void connectService(QObject* service) override;
    void showService() override;
    void showUnavailable() override;
};

} // namespace motcua
