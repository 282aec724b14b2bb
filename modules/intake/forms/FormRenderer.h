#pragma once

#include "FormInput.h"
#include "FormKind.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::intake {

// Renders a desk form as a PDF: A5 portrait (log book A4 landscape), embedded Noto Serif, the demo
// watermark on every page of demo dossiers. Pure painting, no database: safe to call from a worker
// thread once FormFonts::ensureLoaded() has run on the GUI thread.
class FormRenderer
{
public:
    static Result<QByteArray> render(FormKind kind, const FormInput& input);
    static Status renderToFile(FormKind kind, const FormInput& input, const QString& path);
    // The PDF document title, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả – TAM-Q01-260305-0001".
    static QString documentTitle(FormKind kind, const FormInput& input);
    // Vietnamese name of the form as printed.
    static QString formName(FormKind kind);
};

} // namespace motcua::intake
