#pragma once

#include <QWidget>

class QLabel;

namespace motcua {
class ModuleContext;
}

namespace motcua::intake {

class ReceptionPage;

// The module's "Receive dossier" page in the desk's navigation: the reception screen
// (reception/ReceptionPage) over the desk's services, or a plain explanation when the desk's database
// is not there to receive into.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePage(ModuleContext* context, QWidget* parent = nullptr);

    ReceptionPage* reception() const { return m_reception; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ReceptionPage* m_reception = nullptr;
    QLabel* m_unavailable = nullptr;
};

} // namespace motcua::intake
