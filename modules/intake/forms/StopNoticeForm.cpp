#include "StopNoticeForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void StopNoticeForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"));
    const QString unit = form_sections::receivingUnit(input.office);
    const QDateTime requested = input.stopRequestedAt.isValid() ? input.stopRequestedAt : input.printedAt;
    form.paragraph(QStringLiteral("Vào lúc %1, %2 nhận được yêu cầu dừng giải quyết hồ sơ của:")
                       .arg(form_text::timeAndDate(requested), FormPainter::escape(unit)));
    form_sections::person(form, d.applicant, QStringLiteral("Ông (Bà)/Tổ chức"));
    form.field(QStringLiteral("Mã hồ sơ"), form_sections::codeText(input));
    form.field(QStringLiteral("Nội dung yêu cầu giải quyết"), form_text::procedureLine(d));
    form.field(QStringLiteral("Thời gian nhận hồ sơ"), form_text::timeAndDate(d.receivedAt));
    form.field(QStringLiteral("Lý do dừng giải quyết"), input.stopReason);
    form.paragraph(QStringLiteral("Đến thời điểm nhận được yêu cầu, hồ sơ chưa có quyết định hoặc kết quả giải quyết. "
                                  "%1 thông báo dừng giải quyết hồ sơ nêu trên kể từ <b>%2</b>. Các giấy tờ bản chính "
                                  "đã nộp (nếu có) được trả lại cho Ông (Bà)/Tổ chức.")
                       .arg(FormPainter::escape(unit), form_text::timeAndDate(input.printedAt)));
    form.paragraph(QStringLiteral("Xin thông báo để Ông (Bà)/Tổ chức được biết./."));
    form.signatures({
        {QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), d.applicant.fullName},
        {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), input.official},
    });
}

} // namespace motcua::intake
