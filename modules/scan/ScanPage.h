#pragma once

#include <QWidget>

namespace motcua::scan {

// The module's page in the desk's navigation.
class ScanPage : public QWidget
{
    Q_OBJECT
public:
    explicit ScanPage(QWidget* parent = nullptr);
};

} // namespace motcua::scan
