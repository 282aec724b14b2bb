#include "FormSections.h"

#include "FormInput.h"
#include "FormPainter.h"
#include "FormText.h"
#include "OfficeProfile.h"
#include "QrCode.h"

namespace motcua::intake::form_sections {

QString codeText(const FormInput& input)
{
    return input.dossier.code.isEmpty() ? form_text::blank() : input.dossier.code;
}

namespace {

// "UBND XÃ TÂN LẬP" → "UBND xã Tân Lập": header lines are upper case, running text is not.
QString sentenceCase(const QString& upper, bool keepFirstWord)
{
    const QStringList words = upper.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    bool properName = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words[i];
        const QString lower = w.toLower();
        if (i == 0 && keepFirstWord) {
            out.append(w);
            continue;
        }
        // After "xã", "phường", "thị trấn", "tỉnh", "thành phố" comes a place name: capitalise it.
        if (properName)
            out.append(lower.left(1).toUpper() + lower.mid(1));
        else
            out.append(i == 0 ? lower.left(1).toUpper() + lower.mid(1) : lower);
        if (lower == QStringLiteral("xã") || lower == QStringLiteral("phường") || lower == QStringLiteral("tỉnh") ||
            lower == QStringLiteral("khu") || lower == QStringLiteral("phố"))
            properName = true;
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

QString receivingUnit(const OfficeProfile& office)
{
    const QString unit =
        office.receivingUnit.isEmpty() ? QStringLiteral("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ") : office.receivingUnit;
    const bool acronym = office.governingBody.section(QLatin1Char(' '), 0, 0) == QStringLiteral("UBND");
    QString text = sentenceCase(unit, false);
    if (!office.governingBody.isEmpty())
        text += QStringLiteral(", ") + sentenceCase(office.governingBody, acronym);
    return text;
}

void person(FormPainter& form, const Applicant& p, const QString& nameLabel)
{
    form.field(nameLabel, p.fullName);
    form.field(QStringLiteral("Số định danh cá nhân/tổ chức"), p.idNumber);
    form.field(QStringLiteral("Địa chỉ"), p.address);
    const QString phone = p.phone.isEmpty() ? form_text::blank() : FormPainter::escape(p.phone);
    const QString email = p.email.isEmpty() ? form_text::blank() : FormPainter::escape(p.email);
    form.paragraph(QStringLiteral("Số điện thoại: <b>%1</b> &nbsp;&nbsp; Email: <b>%2</b>").arg(phone, email), 0, 0,
                   Qt::AlignLeft);
}

void codeWithQr(FormPainter& form, const FormInput& input)
{
    constexpr double qrMm = 24;
    const double top = form.y();
    const QRectF qrBox(form.right() - form.mm(qrMm), top - form.mm(1.5), form.mm(qrMm), form.mm(qrMm));
    const QrCode qr = QrCode::encode(input.dossier.code);
    if (!input.dossier.code.isEmpty())
        qr.paint(form.painter(), qrBox);
    form.paragraph(QStringLiteral("Mã hồ sơ: <b>%1</b>").arg(FormPainter::escape(codeText(input))), 0, qrMm + 2,
                   Qt::AlignLeft, form.basePoints() + 1);
    const QString note = input.dossier.codeProvisional
                             ? QStringLiteral("(Mã tạm do Bộ phận tiếp nhận cấp khi chưa kết nối được Hệ thống "
                                              "thông tin giải quyết TTHC của tỉnh; mã chính thức sẽ được thông báo "
                                              "sau khi đồng bộ. Khi đến nhận kết quả, vui lòng mang theo giấy này.)")
                             : QStringLiteral("(Mã chính thức do Hệ thống thông tin giải quyết TTHC cấp; dùng mã hoặc "
                                              "quét mã QR để tra cứu trên Cổng Dịch vụ công quốc gia. Khi đến nhận "
                                              "kết quả, vui lòng mang theo giấy này.)");
    form.paragraph(QStringLiteral("<i>") + FormPainter::escape(note) + QStringLiteral("</i>"), 0, qrMm + 2,
                   Qt::AlignLeft, form.basePoints() - 1.5);
    form.setY(qMax(form.y(), qrBox.bottom() + form.mm(1)));
}

void components(FormPainter& form, const FormInput& input)
{
    QList<FormPainter::Column> columns{
        {QStringLiteral("STT"), 0.7, Qt::AlignHCenter, true},
        {QStringLiteral("Tên thành phần hồ sơ"), 5.5, Qt::AlignLeft},
        {QStringLiteral("Bản chính"), 1.2, Qt::AlignHCenter, true},
        {QStringLiteral("Bản sao"), 1.2, Qt::AlignHCenter, true},
        {QStringLiteral("Hình thức"), 1.8, Qt::AlignHCenter, true},
    };
    QList<QStringList> rows;
    int n = 0;
    for (const DossierComponent& c : input.dossier.components) {
        QString original;
        QString copy;
        if (input.procedure) {
            for (const ProcedureComponent& pc : input.procedure->components) {
                if (pc.id != c.componentId)
                    continue;
                const QString count = QStringLiteral("%1").arg(qMax(1, pc.copies), 2, 10, QLatin1Char('0'));
                if (pc.form == ComponentForm::Original || pc.form == ComponentForm::ShownOnly)
                    original = count;
                else
                    copy = count;
            }
        }
        if (original.isEmpty() && copy.isEmpty())
            (c.status == ComponentStatus::ShownOnly ? original : copy) = QStringLiteral("01");
        rows.append({QString::number(++n), c.name, original, copy, form_text::componentStatus(c.status)});
    }
    if (rows.isEmpty())
        rows.append({QString(), QStringLiteral("(không có)"), QString(), QString(), QString()});
    form.table(columns, rows);
}

} // namespace motcua::intake::form_sections
