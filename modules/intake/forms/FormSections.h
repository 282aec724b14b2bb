#pragma once

#include "Applicant.h"

#include <QList>
#include <QStringList>

namespace motcua::intake {

class FormPainter;
struct FormInput;
struct OfficeProfile;

// Blocks several forms share, so the same facts read the same way on every paper.
namespace form_sections {

// "Ông (Bà): NAME", ID, address, phone and email of `person`.
void person(FormPainter& form, const Applicant& person, const QString& nameLabel);
// The dossier code with the QR code on its right and the provisional/official note under it.
void codeWithQr(FormPainter& form, const FormInput& input);
// The component table: STT, name, original, copy, how it was handed in.
void components(FormPainter& form, const FormInput& input);
// "Bộ phận tiếp nhận và trả kết quả, UBND xã Tân Lập": the unit and body in running text.
QString receivingUnit(const OfficeProfile& office);
// "Mã hồ sơ: … (mã tạm)" as text.
QString codeText(const FormInput& input);

} // namespace form_sections
} // namespace motcua::intake
