#pragma once

namespace motcua::intake {

class FormPainter;
struct FormInput;

// Sổ theo dõi hồ sơ: one line per dossier received in a period, A4 landscape.
class LogBookForm
{
public:
    static void paint(FormPainter& form, const FormInput& input);
};

} // namespace motcua::intake
