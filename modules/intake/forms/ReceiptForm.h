#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả, with every field of DOMAIN.md §2.2, the dossier
// code as a QR code and a note saying whether that code is provisional or official.
class ReceiptForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
