#include "LogBookForm.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormText.h"

namespace motcua::intake {

void LogBookForm::paint(FormPainter& form, const FormInput& input)
{
    form.header(input.office, QString(), form_text::local(input.printedAt).date(), false);
    QString period;
    if (input.logFrom.isValid() && input.logTo.isValid() && input.logFrom != input.logTo)
        period = QStringLiteral("Từ ngày %1 đến ngày %2")
                     .arg(form_text::shortDate(input.logFrom), form_text::shortDate(input.logTo));
    else if (input.logFrom.isValid())
        period = QStringLiteral("Ngày %1").arg(form_text::shortDate(input.logFrom));
    form.title(QStringLiteral("SỔ THEO DÕI HỒ SƠ"), period);

    const QList<FormPainter::Column> columns{
        {QStringLiteral("STT"), 0.6, Qt::AlignHCenter, true},
        {QStringLiteral("Mã hồ sơ"), 2.2, Qt::AlignLeft, true},
        {QStringLiteral("Tên thủ tục hành chính"), 2.6, Qt::AlignLeft},
        {QStringLiteral("Tên tổ chức, cá nhân"), 1.9, Qt::AlignLeft},
        {QStringLiteral("Địa chỉ, số điện thoại"), 2.4, Qt::AlignLeft},
        {QStringLiteral("Cơ quan chủ trì giải quyết"), 1.8, Qt::AlignLeft},
        {QStringLiteral("Nhận hồ sơ"), 1.3, Qt::AlignHCenter, true},
        {QStringLiteral("Hẹn trả kết quả"), 1.3, Qt::AlignHCenter, true},
        {QStringLiteral("Trả kết quả"), 1.3, Qt::AlignHCenter, true},
        {QStringLiteral("Phương thức nhận kết quả"), 1.5, Qt::AlignHCenter},
        {QStringLiteral("Ký nhận"), 1.3, Qt::AlignHCenter},
    };
    const QList<FormPainter::ColumnGroup> groups{{QStringLiteral("Nhận và trả kết quả"), 6, 5}};
    QList<QStringList> rows;
    int n = 0;
    for (const LogBookLine& line : input.logBook) {
        const Dossier& d = line.dossier;
        QString contact = d.applicant.address;
        if (!d.applicant.phone.isEmpty())
            contact += (contact.isEmpty() ? QString() : QStringLiteral("\n")) + d.applicant.phone;
        QString returned = form_text::shortDateTime(line.returnedAt, true);
        QString signedBy = line.receivedBy;
        rows.append({QString::number(++n), d.code, form_text::procedureLine(d), d.applicant.fullName, contact,
                     line.competentBody, form_text::shortDateTime(d.receivedAt, true),
                     form_text::shortDateTime(d.dueAt, true), returned, form_text::returnChannel(d.returnChannel),
                     signedBy});
    }
    if (rows.isEmpty())
        rows.append({QString(), QStringLiteral("(không có hồ sơ)")});
    form.table(columns, rows, groups, form.basePoints() - 1);
    form.note(QStringLiteral("Sổ được lập từ Hệ thống thông tin một cửa điện tử; tổng số hồ sơ: %1.").arg(n));
}

} // namespace motcua::intake
