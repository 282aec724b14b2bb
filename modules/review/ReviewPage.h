#pragma once

#include <QWidget>

namespace motcua::review {

// The module's page in the desk's navigation.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget* parent = nullptr);
};

} // namespace motcua::review
