#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the list of what is missing, given once and completely (ND 61 Điều
// 15 k.3).
class SupplementForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
