#include "ReceiptForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void ReceiptForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
    form_sections::codeWithQr(form, input);

    form.field(QStringLiteral("Cơ quan tiếp nhận"), form_sections::receivingUnit(input.office));
    // The person at the desk: the authorised representative when there is one, else the applicant.
    const Applicant& submitter = d.representative ? *d.representative : d.applicant;
    form_sections::person(form, submitter, QStringLiteral("Tiếp nhận hồ sơ của Ông (Bà)/Tổ chức"));
    if (d.representative) {
        form.paragraph(QStringLiteral("<i>Trường hợp được ủy quyền — thông tin người ủy quyền:</i>"), 0, 0,
                       Qt::AlignLeft);
        form_sections::person(form, d.applicant, QStringLiteral("Ông (Bà)/Tổ chức ủy quyền"));
        form.field(QStringLiteral("Văn bản ủy quyền"), QStringLiteral("kèm theo hồ sơ"));
    }
    form.field(QStringLiteral("Nội dung yêu cầu giải quyết"), form_text::procedureLine(d));
    if (!input.linked.isEmpty()) {
        form.paragraph(QStringLiteral("Hồ sơ liên thông gồm:"), 0, 0, Qt::AlignLeft);
        QStringList lines;
        for (const LinkedDossier& l : input.linked)
            lines.append(QStringLiteral("%1: %2").arg(l.code, l.procedureName));
        form.numberedList(lines);
    }
    form.paragraph(QStringLiteral("Thành phần hồ sơ nộp gồm:"), 0, 0, Qt::AlignLeft);
    form_sections::components(form, input);
    form.paragraph(QStringLiteral("Số lượng hồ sơ: <b>01 (bộ)</b> &nbsp;&nbsp;&nbsp; Phí, lệ phí: <b>%1</b>")
                       .arg(FormPainter::escape(form_text::money(d.feeVnd))),
                   0, 0, Qt::AlignLeft);
    const QString duration =
        input.procedure ? form_text::duration(input.procedure->duration, input.procedure->unit) : QString();
    form.field(QStringLiteral("Thời gian giải quyết hồ sơ theo quy định"), duration);
    form.field(QStringLiteral("Thời gian nhận hồ sơ"), form_text::timeAndDate(d.receivedAt));
    form.field(QStringLiteral("Thời gian trả kết quả"), form_text::timeAndDate(d.dueAt));
    form.field(QStringLiteral("Đăng ký nhận kết quả tại"), form_text::returnChannel(d.returnChannel));
    const QString volume = input.logBookVolume > 0 ? QString::number(input.logBookVolume) : QStringLiteral("……");
    const QString index = input.logBookIndex > 0 ? QString::number(input.logBookIndex) : QStringLiteral("……");
    form.paragraph(QStringLiteral("Vào Sổ theo dõi hồ sơ, Quyển số: %1, Số thứ tự: %2 (nếu có)").arg(volume, index), 0,
                   0, Qt::AlignLeft);
    form.signatures({
        {QStringLiteral("NGƯỜI NỘP HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), submitter.fullName},
        {QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"), QStringLiteral("(Ký và ghi rõ họ tên)"), input.official},
    });
}

} // namespace motcua::intake
