#include "ControlSheetForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormSections.h"
#include "FormText.h"

namespace motcua::intake {

void ControlSheetForm::paint(FormPainter& form, const FormInput& input)
{
    const Dossier& d = input.dossier;
    form.header(input.office, input.documentNumber, form_text::local(input.printedAt).date());
    form.title(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
    form.field(QStringLiteral("Mã số hồ sơ"), form_sections::codeText(input));
    form.field(QStringLiteral("Tên thủ tục hành chính"), form_text::procedureLine(d));
    form.field(QStringLiteral("Cơ quan (bộ phận) giải quyết hồ sơ"),
               input.procedure ? input.procedure->competentBody : QString());
    form.field(QStringLiteral("Cơ quan phối hợp giải quyết hồ sơ"), input.coordinatingBodies);
    form.field(QStringLiteral("Ngày nhận hồ sơ"), form_text::timeAndDate(d.receivedAt));
    form.field(QStringLiteral("Hẹn trả kết quả vào"), form_text::timeAndDate(d.dueAt));
    const QList<FormPainter::Column> columns{
        {QStringLiteral("TÊN CƠ QUAN, ĐƠN VỊ"), 3.2, Qt::AlignLeft},
        {QStringLiteral("THỜI GIAN GIAO, NHẬN HỒ SƠ"), 2.8, Qt::AlignLeft},
        {QStringLiteral("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/ đúng hạn/ quá hạn)"), 2.2, Qt::AlignHCenter},
        {QStringLiteral("GHI CHÚ"), 1.8, Qt::AlignLeft},
    };
    QList<QStringList> rows;
    for (const ControlStep& s : input.controlSteps) {
        QString who = QStringLiteral("1. Giao: %1").arg(s.fromUnit);
        if (!s.giver.isEmpty())
            who += QStringLiteral(" (%1)").arg(s.giver);
        who += QStringLiteral("\n2. Nhận: %1").arg(s.toUnit);
        if (!s.receiver.isEmpty())
            who += QStringLiteral(" (%1)").arg(s.receiver);
        // Hour and minute on one line, the date on the next: the column is narrow on A5.
        const QDateTime at = form_text::local(s.at);
        const QString when = at.isValid() ? QStringLiteral("%1 giờ %2 phút\nngày %3")
                                                .arg(at.toString(QStringLiteral("HH")),
                                                     at.toString(QStringLiteral("mm")), form_text::shortDate(at.date()))
                                          : form_text::timeAndDate({});
        rows.append({who, when, s.outcome, s.note});
    }
    if (rows.isEmpty())
        rows.append({QStringLiteral("1. Giao:\n2. Nhận:"), form_text::timeAndDate({}), QString(), QString()});
    form.table(columns, rows);
    form.note(QStringLiteral("Việc lưu vết được thực hiện tự động theo chức năng của Hệ thống thông tin giải quyết "
                             "thủ tục hành chính và thể hiện trên mẫu phiếu điện tử."));
}

} // namespace motcua::intake
