#include "ReceptionText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace motcua::intake {

namespace {

QString amount(double value)
{
    return value == static_cast<qint64>(value) ? QString::number(static_cast<qint64>(value))
                                               : QLocale().toString(value, 'g', 4);
}

} // namespace

QString ReceptionText::duration(const Procedure& p)
{
    switch (p.unit) {
    case DurationUnit::SameDay:
        return tr("same day");
    case DurationUnit::WorkingDays:
        return tr("%1 working day(s)").arg(amount(p.duration));
    case DurationUnit::WorkingHours:
        return tr("%1 working hour(s)").arg(amount(p.duration));
    case DurationUnit::CalendarDays:
        return tr("%1 day(s)").arg(amount(p.duration));
    }
    return {};
}

QString ReceptionText::money(qint64 vnd)
{
    if (vnd <= 0)
        return tr("Free");
    QString digits = QString::number(vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits + QStringLiteral(" ₫");
}

QString ReceptionText::fee(const Procedure& p)
{
    qint64 total = 0;
    bool elsewhere = false;
    for (const Fee& f : p.fees) {
        if (f.amountSetElsewhere)
            elsewhere = true;
        else
            total += f.amountVnd;
    }
    if (elsewhere && total == 0)
        return tr("set by the province");
    if (elsewhere)
        return tr("%1 + provincial fee").arg(money(total));
    return money(total);
}

QString ReceptionText::componentForm(ComponentForm form)
{
    switch (form) {
    case ComponentForm::Original:
        //: "bản chính"
        return tr("original");
    case ComponentForm::Copy:
        //: "bản sao"
        return tr("copy");
    case ComponentForm::ShownOnly:
        //: "xuất trình"
        return tr("shown only");
    }
    return {};
}

QString ReceptionText::componentStatus(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Missing:
        return tr("Not handed in");
    case ComponentStatus::Scanned:
        return tr("Digitised");
    case ComponentStatus::ShownOnly:
        return tr("Shown only");
    case ComponentStatus::Reused:
        return tr("Reused");
    }
    return {};
}

QString ReceptionText::fileSize(qint64 bytes)
{
    if (bytes <= 0)
        return {};
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QLocale().toString(bytes / 1024.0, 'f', 0));
    return tr("%1 MB").arg(QLocale().toString(bytes / (1024.0 * 1024.0), 'f', 1));
}

QString ReceptionText::pages(int count)
{
    return count > 0 ? tr("%n page(s)", nullptr, count) : QString();
}

QString ReceptionText::appointment(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
    // Named here rather than by QLocale: the desk's language, whatever the system locale.
    static const char* const days[] = {QT_TR_NOOP("Monday"),   QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
                                       QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"),  QT_TR_NOOP("Saturday"),
                                       QT_TR_NOOP("Sunday")};
    return tr("%1, %2 %3")
        .arg(local.time().toString(QStringLiteral("HH:mm")), tr(days[local.date().dayOfWeek() - 1]),
             local.date().toString(QStringLiteral("dd/MM/yyyy")));
}

QString ReceptionText::countingStart(CountingStart start)
{
    switch (start) {
    case CountingStart::AtReception:
        return tr("counted from now");
    case CountingStart::AfterCutoff:
        return tr("received after 15:00: counted from the next working day");
    case CountingStart::OutsideOfficeHours:
        return tr("outside office hours: counted from the next office hour");
    case CountingStart::NonWorkingDay:
        return tr("non-working day: counted from the next working day");
    }
    return {};
}

QString ReceptionText::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate ReceptionText::parseDate(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (auto m = dmy.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = compact.match(t); m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace motcua::intake
