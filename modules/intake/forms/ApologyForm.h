#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả: the old and the new appointment (once only, ND 61 Điều 19 k.9).
class ApologyForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
