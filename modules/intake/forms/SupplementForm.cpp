#include "SupplementForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void SupplementForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"));
    form.field(QStringLiteral("Mã hồ sơ"), form_sections::codeText(input));
    form.field(QStringLiteral("Hồ sơ của"), d.applicant.fullName);
    form.field(QStringLiteral("Nội dung yêu cầu giải quyết"), form_text::procedureLine(d));
    form.field(QStringLiteral("Địa chỉ"), d.applicant.address);
    form.field(QStringLiteral("Số điện thoại"), d.applicant.phone);
    form.field(QStringLiteral("Email"), d.applicant.email);
    form.paragraph(QStringLiteral("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:"), 0, 0, Qt::AlignLeft);
    form.numberedList(input.supplementItems.isEmpty() ? QStringList{form_text::blank()} : input.supplementItems);
    form.field(QStringLiteral("Lý do"), input.supplementReason);
    const QString contact = input.official.isEmpty() ? form_text::blank() : FormPainter::escape(input.official);
    const QString phone = input.office.phone.isEmpty() ? form_text::blank() : FormPainter::escape(input.office.phone);
    form.paragraph(QStringLiteral("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông (Bà) liên hệ với <b>%1</b>, "
                                  "số điện thoại <b>%2</b> để được hướng dẫn.")
                       .arg(contact, phone));
    form.paragraph(QStringLiteral("Hồ sơ được hướng dẫn bổ sung một lần, đầy đủ, chính xác. Thời hạn giải quyết được "
                                  "tính lại từ đầu kể từ khi nhận đủ hồ sơ theo yêu cầu."));
    form.signatures({
        {QString(), QString(), QString()},
        {QStringLiteral("NGƯỜI HƯỚNG DẪN"), QStringLiteral("(Ký và ghi rõ họ tên)"), input.official},
    });
}

} // namespace motcua::intake
