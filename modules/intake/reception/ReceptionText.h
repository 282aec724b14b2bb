#pragma once

#include "Dossier.h"
#include "DueDateCalculator.h"
#include "Procedure.h"

#include <QCoreApplication>
#include <QString>

namespace motcua::intake {

// The reception screen's wording of catalogue facts: time limits, fees, how a component is handed in,
// file sizes and appointment times. Translated (context motcua::intake::ReceptionText).
class ReceptionText
{
    Q_DECLARE_TR_FUNCTIONS(motcua::intake::ReceptionText)
public:
    static QString duration(const Procedure& procedure);
    // "Free", "20,000 ₫" or "set by the province" for the catalogue's fees.
    static QString fee(const Procedure& procedure);
    static QString money(qint64 vnd);
    static QString componentForm(ComponentForm form);
    static QString componentStatus(ComponentStatus status);
    static QString fileSize(qint64 bytes);
    static QString pages(int count);
    // "16:30, Thursday 05/03/2026"
    static QString appointment(const QDateTime& at);
    static QString countingStart(CountingStart start);
    static QString date(const QDate& date);
    // Accepts dd/mm/yyyy, dd-mm-yyyy, ddmmyyyy and yyyy-mm-dd; invalid date otherwise.
    static QDate parseDate(const QString& text);
};

} // namespace motcua::intake
