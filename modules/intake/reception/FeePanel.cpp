#include "FeePanel.h"

#include "ReceptionText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace motcua::intake {

FeePanel::FeePanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setVerticalSpacing(2);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("feeTotal"));
    layout->addWidget(m_heading);
    layout->addLayout(m_form);
    layout->addWidget(m_total);
    retranslateUi();
}

void FeePanel::retranslateUi()
{
    m_heading->setText(tr("Fees"));
    setProcedure(m_procedure);
}

void FeePanel::setProcedure(const std::optional<Procedure>& procedure)
{
    const QJsonObject kept = procedure && m_procedure && procedure->code == m_procedure->code ? state() : QJsonObject();
    m_procedure = procedure;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_exemptions.clear();
    m_amounts.clear();
    if (procedure) {
        for (int i = 0; i < procedure->fees.size(); ++i) {
            const Fee& fee = procedure->fees.at(i);
            QString text = fee.amountSetElsewhere
                               ? tr("set by %1").arg(fee.basis.isEmpty() ? tr("the province") : fee.basis)
                               : ReceptionText::money(fee.amountVnd);
            if (!fee.per.isEmpty() && fee.amountVnd > 0)
                text += QStringLiteral(" / ") + fee.per;
            auto* row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto* amount = new QLabel(text, row);
            amount->setToolTip(fee.note);
            h->addWidget(amount);
            QSpinBox* typed = nullptr;
            if (fee.amountSetElsewhere) {
                typed = new QSpinBox(row);
                typed->setObjectName(QStringLiteral("feeAmount:") + fee.id);
                typed->setRange(0, 100000000);
                typed->setSingleStep(1000);
                typed->setSuffix(QStringLiteral(" ₫"));
                connect(typed, &QSpinBox::valueChanged, this, &FeePanel::updateTotal);
                h->addWidget(typed);
            }
            QComboBox* exemption = nullptr;
            if (!fee.exemptions.isEmpty() && (fee.amountVnd > 0 || fee.amountSetElsewhere)) {
                exemption = new QComboBox(row);
                exemption->setObjectName(QStringLiteral("feeExemption:") + fee.id);
                exemption->addItem(tr("Not exempt"));
                for (const QString& e : fee.exemptions)
                    exemption->addItem(tr("Exempt: %1").arg(e));
                exemption->setMaximumWidth(260);
                connect(exemption, &QComboBox::currentIndexChanged, this, &FeePanel::updateTotal);
                h->addWidget(exemption, 1);
            }
            h->addStretch();
            m_form->addRow(fee.name.isEmpty() ? tr("Fee") : fee.name, row);
            m_exemptions.append(exemption);
            m_amounts.append(typed);
        }
        if (procedure->fees.isEmpty())
            m_form->addRow(new QLabel(tr("No fee."), this));
    }
    setState(kept);
    updateTotal();
}

qint64 FeePanel::total() const
{
    if (!m_procedure)
        return 0;
    qint64 sum = 0;
    for (int i = 0; i < m_procedure->fees.size(); ++i) {
        const Fee& fee = m_procedure->fees.at(i);
        if (m_exemptions.value(i) && m_exemptions.value(i)->currentIndex() > 0)
            continue;
        if (fee.amountSetElsewhere)
            sum += m_amounts.value(i) ? m_amounts.value(i)->value() : 0;
        else
            sum += fee.amountVnd;
    }
    return sum;
}

std::optional<qint64> FeePanel::feeVnd() const
{
    if (!m_procedure)
        return std::nullopt;
    for (int i = 0; i < m_procedure->fees.size(); ++i)
        if ((m_exemptions.value(i) && m_exemptions.value(i)->currentIndex() > 0) ||
            (m_amounts.value(i) && m_amounts.value(i)->value() > 0))
            return total();
    return std::nullopt;
}

void FeePanel::updateTotal()
{
    m_total->setText(tr("Total to collect: <b>%1</b>").arg(ReceptionText::money(total())));
    emit changed();
}

QJsonObject FeePanel::state() const
{
    QJsonObject o;
    if (!m_procedure)
        return o;
    for (int i = 0; i < m_procedure->fees.size(); ++i) {
        QJsonObject fee;
        if (m_exemptions.value(i) && m_exemptions.value(i)->currentIndex() > 0)
            fee.insert(QStringLiteral("exemption"),
                       m_procedure->fees.at(i).exemptions.value(m_exemptions.value(i)->currentIndex() - 1));
        if (m_amounts.value(i) && m_amounts.value(i)->value() > 0)
            fee.insert(QStringLiteral("amount"), m_amounts.value(i)->value());
        if (!fee.isEmpty())
            o.insert(m_procedure->fees.at(i).id, fee);
    }
    return o;
}

void FeePanel::setState(const QJsonObject& state)
{
    if (!m_procedure)
        return;
    for (int i = 0; i < m_procedure->fees.size(); ++i) {
        const QJsonObject fee = state.value(m_procedure->fees.at(i).id).toObject();
        if (QComboBox* box = m_exemptions.value(i)) {
            const int index =
                int(m_procedure->fees.at(i).exemptions.indexOf(fee.value(QLatin1String("exemption")).toString()));
            box->setCurrentIndex(index >= 0 ? index + 1 : 0);
        }
        if (QSpinBox* spin = m_amounts.value(i))
            spin->setValue(fee.value(QLatin1String("amount")).toInt());
    }
}

} // namespace motcua::intake
