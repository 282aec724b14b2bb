#include "ApologyForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void ApologyForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"));
    form.paragraph(
        QStringLiteral("Kính gửi: Ông (Bà)/Tổ chức <b>%1</b>").arg(FormPainter::escape(d.applicant.fullName)), 0, 0,
        Qt::AlignHCenter);
    const QString unit = form_sections::receivingUnit(input.office);
    // The appointment on the receipt: before an extension is applied it is still dueAt.
    const QDateTime oldDue = d.previousDueAt.isValid() ? d.previousDueAt : d.dueAt;
    const QDateTime newDue = input.newDueAt.isValid() ? input.newDueAt : d.dueAt;
    form.paragraph(QStringLiteral("Ngày %1, %2 tiếp nhận giải quyết hồ sơ đề nghị <b>%3</b> của Ông (Bà)/Tổ chức.")
                       .arg(form_text::shortDate(form_text::local(d.receivedAt).date()), FormPainter::escape(unit),
                            FormPainter::escape(form_text::procedureLine(d))));
    form.field(QStringLiteral("Số định danh cá nhân/tổ chức"), d.applicant.idNumber);
    form.field(QStringLiteral("Mã số hồ sơ"), form_sections::codeText(input));
    form.field(QStringLiteral("Thời gian hẹn trả kết quả giải quyết hồ sơ"), form_text::timeAndDate(oldDue));
    const QString reason =
        input.apologyReason.isEmpty() ? form_text::blank() : FormPainter::escape(input.apologyReason);
    form.paragraph(QStringLiteral("Tuy nhiên đến nay, cơ quan giải quyết chưa trả kết quả giải quyết hồ sơ của Ông "
                                  "(Bà)/Tổ chức đúng thời hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, với lý "
                                  "do: <b>%1</b>")
                       .arg(reason));
    form.paragraph(QStringLiteral("Sự chậm trễ này đã gây phiền hà cho Ông (Bà)/Tổ chức. Chúng tôi xin lỗi Ông "
                                  "(Bà)/Tổ chức và sẽ trả kết quả giải quyết hồ sơ cho Ông (Bà)/Tổ chức vào <b>%1</b>.")
                       .arg(form_text::timeAndDate(newDue)));
    form.paragraph(QStringLiteral("Xin trân trọng cảm ơn sự hợp tác của Ông (Bà)/Tổ chức./."));
    const QString head = input.office.headTitle.isEmpty()
                             ? QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ")
                             : QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ\n") + input.office.headTitle.toUpper();
    form.signatures({
        {QString(), QString(), QString()},
        {head, QStringLiteral("(Ký, ghi rõ họ tên và đóng dấu)"), input.office.headName},
    });
}

} // namespace motcua::intake
