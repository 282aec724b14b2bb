#include "RefusalForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void RefusalForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"));
    const QString unit = form_sections::receivingUnit(input.office);
    form.paragraph(QStringLiteral("%1 tiếp nhận hồ sơ của:").arg(FormPainter::escape(unit)), 0, 0, Qt::AlignLeft);
    form_sections::person(form, d.applicant, QStringLiteral("Ông (Bà)/Tổ chức"));
    form.field(QStringLiteral("Mã hồ sơ (nếu có)"), d.code);
    form.field(QStringLiteral("Nội dung yêu cầu giải quyết"), form_text::procedureLine(d));
    form.paragraph(QStringLiteral("Qua xem xét, %1 thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể "
                                  "như sau:")
                       .arg(FormPainter::escape(unit)));
    form.numberedList(input.refusalReasons.isEmpty() ? QStringList{form_text::blank()} : input.refusalReasons);
    form.paragraph(QStringLiteral("Xin thông báo để Ông (Bà)/Tổ chức được biết và thực hiện./."));
    form.signatures({
        {QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), d.applicant.fullName},
        {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), input.official},
    });
}

} // namespace motcua::intake
