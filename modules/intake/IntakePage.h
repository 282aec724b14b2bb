#pragma once

#include <QWidget>

namespace motcua::intake {

// The module's page in the desk's navigation.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePage(QWidget* parent = nullptr);
};

} // namespace motcua::intake
