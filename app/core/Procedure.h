#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace motcua {

// How a procedure's legal time limit is counted (CSDL TTHC "DonViTinh").
enum class DurationUnit {
    WorkingDays,  // ngày làm việc
    WorkingHours, // giờ làm việc
    CalendarDays, // ngày (BLDS Điều 147–148: the last day rolls past weekends and holidays)
    SameDay,      // trong ngày
};

QString durationUnitKey(DurationUnit unit); // "working-days", "working-hours", "days", "same-day"
std::optional<DurationUnit> durationUnitFromKey(const QString& key);

// How a paper component must be handed in.
enum class ComponentForm {
    Original,  // bản chính
    Copy,      // bản sao
    ShownOnly, // xuất trình (shown, not kept, not digitised)
};

struct ProcedureComponent
{
    QString id;   // stable within the procedure version, e.g. "giay-chung-sinh"
    QString name; // Vietnamese name as published
    ComponentForm form = ComponentForm::Copy;
    int copies = 1;
    bool required = true;
    bool reusable = false; // may be taken from the citizen's e-store (Kho quản lý dữ liệu điện tử)
    QString note;          // conditions, substitutes, "looked up in CSDL dân cư instead" …
};

struct Fee
{
    QString id;
    QString name;
    qint64 amountVnd = 0;                  // 0 = free
    QString basis;                         // legal basis or "HĐND tỉnh" when set by the province
    QStringList exemptions;                // who is exempt
    QString per;                           // unit the amount is charged per, e.g. "bản", "trang", "trường hợp"
    std::optional<qint64> onlineAmountVnd; // a lower amount for online submission, when there is one
    bool amountSetElsewhere = false;       // set by a provincial resolution or circular: amountVnd is not known
    QString note;                          // tiers and caps, e.g. "from page 3: 1.000 đ/trang, max 200.000 đ/bản"
};

// One version of an administrative procedure from the catalogue. A dossier keeps the version it was
// received under, so later catalogue changes never rewrite old deadlines.
struct Procedure
{
    QString code; // national code in CSDL TTHC, e.g. "1.001193"
    int version = 1;
    QString name; // Vietnamese name
    QString nameEn;
    QString field;         // lĩnh vực, e.g. "Hộ tịch"
    QString competentBody; // cơ quan có thẩm quyền
    double duration = 0;   // in `unit`; fractional working days allowed (0.5 = half a day)
    DurationUnit unit = DurationUnit::WorkingDays;
    bool after15hNextDay = false; // received after 15:00 → counting starts the next working day
    QList<Fee> fees;
    QList<ProcedureComponent> components;
    QStringList interlinkedWith; // codes received together as linked sub-dossiers
    QString legalBasis;

    // Catalogue metadata (resources/catalogue/procedures.json).
    QString catalogueVersion;            // version of the catalogue this entry was loaded from
    double durationWithVerification = 0; // longer limit when verification is needed (0 = none given)
    QString bundle;                      // id of the interlinked (liên thông) group this entry stands for
    QString evidence;                    // DOMAIN.md tag of the facts: V, S, I or U
    bool verified = true;                // false while a fact ([U]) still needs checking against the source
    bool nationalCode = true;            // false when `code` is a local placeholder (no national code known)
    QString notes;

    bool isValid() const { return !code.isEmpty() && !name.isEmpty(); }
};

} // namespace motcua
