#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ with the reasons (ND 61 Điều 17 k.1b).
class RefusalForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
