#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Thông báo dừng giải quyết hồ sơ at the citizen's request (ND 118/2025 Điều 21, TT 03/2025 Điều 7).
class StopNoticeForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
