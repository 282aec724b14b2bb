#include "FormText.h"

#include <QLocale>
#include <QTimeZone>

namespace motcua::intake::form_text {

namespace {

QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString amountText(double amount)
{
    if (amount == static_cast<qint64>(amount))
        return two(static_cast<int>(amount));
    return QString::number(amount, 'g', 4).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

QDateTime local(const QDateTime& at)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return at.isValid() ? at.toTimeZone(zone) : at;
}

QString blank()
{
    return QStringLiteral("……………");
}

QString timeAndDate(const QDateTime& at)
{
    if (!at.isValid())
        return QStringLiteral("…… giờ …… phút, ngày …… tháng …… năm ……");
    const QDateTime t = local(at);
    return QStringLiteral("%1 giờ %2 phút, %3").arg(two(t.time().hour()), two(t.time().minute()), longDate(t.date()));
}

QString longDate(const QDate& date)
{
    if (!date.isValid())
        return QStringLiteral("ngày …… tháng …… năm ……");
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(two(date.day()), two(date.month())).arg(date.year());
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString shortDateTime(const QDateTime& at, bool twoLines)
{
    if (!at.isValid())
        return {};
    return local(at).toString(twoLines ? QStringLiteral("HH:mm\ndd/MM/yyyy") : QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString placeAndDate(const QString& place, const QDate& date)
{
    return QStringLiteral("%1, %2").arg(place.isEmpty() ? blank() : place, longDate(date));
}

QString duration(double amount, DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::SameDay:
        return QStringLiteral("Trong ngày");
    case DurationUnit::WorkingDays:
        return QStringLiteral("%1 ngày làm việc").arg(amountText(amount));
    case DurationUnit::WorkingHours:
        return QStringLiteral("%1 giờ làm việc").arg(amountText(amount));
    case DurationUnit::CalendarDays:
        return QStringLiteral("%1 ngày").arg(amountText(amount));
    }
    return {};
}

QString money(qint64 vnd)
{
    if (vnd <= 0)
        return QStringLiteral("Miễn phí");
    // Vietnamese groups thousands with dots: 1.250.000 đồng.
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QStringLiteral(" đồng");
}

QString returnChannel(const QString& key)
{
    if (key == QLatin1String("post"))
        return QStringLiteral("Qua dịch vụ bưu chính công ích");
    if (key == QLatin1String("online"))
        return QStringLiteral("Trực tuyến (Cổng Dịch vụ công quốc gia)");
    return QStringLiteral("Bộ phận Tiếp nhận và Trả kết quả");
}

QString componentStatus(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Scanned:
        return QStringLiteral("Đã số hóa");
    case ComponentStatus::ShownOnly:
        return QStringLiteral("Xuất trình");
    case ComponentStatus::Reused:
        return QStringLiteral("Tái sử dụng");
    case ComponentStatus::Missing:
        return QStringLiteral("Chưa nộp");
    }
    return {};
}

QString procedureLine(const Dossier& dossier)
{
    if (dossier.procedureCode.isEmpty())
        return dossier.procedureName;
    return QStringLiteral("%1 (%2)").arg(dossier.procedureName, dossier.procedureCode);
}

} // namespace motcua::intake::form_text
