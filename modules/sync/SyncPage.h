#pragma once

#include <QWidget>

namespace motcua::sync {

// The module's page in the desk's navigation.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(QWidget* parent = nullptr);
};

} // namespace motcua::sync
