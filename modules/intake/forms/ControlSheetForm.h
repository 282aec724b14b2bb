#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Phiếu kiểm soát quá trình giải quyết hồ sơ: every handover with time to the minute and how it stood against the
// appointment.
class ControlSheetForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
