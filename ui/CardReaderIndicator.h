#pragma once

#include "ServiceIndicator.h"

namespace motcua {

// Status bar: the chip card reader (CardReader service of the cccd module).
class CardReaderIndicator : public ServiceIndicator
{
    Q_OBJECT
public:
    explicit CardReaderIndicator(ServiceRegistry& services, QWidget* parent = nullptr);

protected:
    void connectService(QObject* service) override;
    void showService() override;
    void showUnavailable() override;
};

} // namespace motcua
