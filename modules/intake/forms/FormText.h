#pragma once

#include "Dossier.h"
#include "Procedure.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua::intake {

// Vietnamese wording of values on printed forms. The fixed text of the forms is Vietnamese by law
// (TT 01/2018, TT 03/2025 Phụ lục I), so it is written here and in the form painters as Vietnamese
// literals and deliberately not passed through tr(): an English UI still prints Vietnamese forms.
namespace form_text {

// "09 giờ 15 phút, ngày 05 tháng 03 năm 2026" in Asia/Ho_Chi_Minh; dots when invalid.
QString timeAndDate(const QDateTime& at);
// "ngày 05 tháng 03 năm 2026"
QString longDate(const QDate& date);
// "05/03/2026"
QString shortDate(const QDate& date);
// "09:15 05/03/2026"; with `twoLines` the time and the date on separate lines (narrow table columns)
QString shortDateTime(const QDateTime& at, bool twoLines = false);
// "Tân Lập, ngày 05 tháng 03 năm 2026"
QString placeAndDate(const QString& place, const QDate& date);
// "03 ngày làm việc", "Trong ngày", "08 giờ làm việc", "15 ngày"
QString duration(double amount, DurationUnit unit);
// "50.000 đồng", "Miễn phí"
QString money(qint64 vnd);
// Where the citizen gets the result: desk, post or online.
QString returnChannel(const QString& key);
// "Đã số hóa", "Xuất trình", "Tái sử dụng", "Chưa nộp"
QString componentStatus(ComponentStatus status);
// "Đăng ký khai sinh (1.001193)"
QString procedureLine(const Dossier& dossier);
// The dots of an unfilled blank, used where a value is not known.
QString blank();
// Time converted to Asia/Ho_Chi_Minh (forms always print local time of the office).
QDateTime local(const QDateTime& at);

} // namespace form_text
} // namespace motcua::intake
