#pragma once

#include <QWidget>

namespace motcua::cccd {

// The module's page in the desk's navigation.
class CccdPage : public QWidget
{
    Q_OBJECT
public:
    explicit CccdPage(QWidget* parent = nullptr);
};

} // namespace motcua::cccd
