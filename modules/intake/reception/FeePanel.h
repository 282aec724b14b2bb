#pragma once

#include "Procedure.h"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace motcua::intake {

// The fees of the chosen procedure as the catalogue lists them: each with its amount and unit, a choice
// among the exemptions the catalogue names (exempt = 0), and an amount to type where the province
// sets it. The total goes into the dossier; untouched, the catalogue's own total is used.
class FeePanel : public QWidget
{
    Q_OBJECT
public:
    explicit FeePanel(QWidget* parent = nullptr);

    void setProcedure(const std::optional<Procedure>& procedure);
    // Unset while nothing differs from the catalogue's fees.
    std::optional<qint64> feeVnd() const;
    qint64 total() const;
    // Exemption and typed amounts, for the draft on disk.
    QJsonObject state() const;
    void setState(const QJsonObject& state);
    QList<QComboBox*> exemptionBoxes() const { return m_exemptions; }
    void retranslateUi();

signals:
    void changed();

private:
    void updateTotal();

    std::optional<Procedure> m_procedure;
    QFormLayout* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_total = nullptr;
    QList<QComboBox*> m_exemptions; // parallel to fees, nullptr where none
    QList<QSpinBox*> m_amounts;     // parallel to fees, nullptr unless set elsewhere
};

} // namespace motcua::intake
