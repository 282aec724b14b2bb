#pragma once

#include <QWidget>
#include <memory>

class QLabel;

namespace motcua {
class ModuleContext;
}

namespace motcua::intake {

class CatalogueLoad;
class ReceptionPage;

// The module's "Receive dossier" page in the desk's navigation: the reception screen
// (reception/ReceptionPage) over the desk's services, or a plain explanation when the desk's database
// is not there to receive into. A line above the screen says when a catalogue stored on the desk
// (imported or from the registry) could not be used.
class IntakePage : public QWidget
{
    Q_OBJECT
public:
    explicit IntakePage(ModuleContext* context, std::shared_ptr<CatalogueLoad> catalogue = {},
                        QWidget* parent = nullptr);

    ReceptionPage* reception() const { return m_reception; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ReceptionPage* m_reception = nullptr;
    QLabel* m_unavailable = nullptr;
    QLabel* m_catalogueNotice = nullptr;
    QString m_catalogueInForce; // version of the catalogue in force
    QStringList m_notUsed;      // "registry 2027.1", … : stored catalogues that failed their checks
};

} // namespace motcua::intake
