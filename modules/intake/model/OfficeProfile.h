#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace motcua::intake {

// Who the desk is: the names printed in the header of every form, the ids that go into dossier codes
// and the contact given to citizens. Configuration data (office.json in the profile folder, or
// --office FILE on the command line), never code: names changed with the 2025 merger of communes.
struct OfficeProfile
{
    QString governingBody; // đơn vị chủ quản, first header line, e.g. "UBND XÃ TÂN LẬP"
    QString receivingUnit; // e.g. "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" or "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    QString placeName;    // for the date line "Tân Lập, ngày … tháng … năm …"
    QString numberSuffix; // document number suffix: "Số: …/TTPVHCC"
    QString agencyId;     // QĐ 20/2020 electronic id of the receiving agency (official codes)
    QString deskId;       // this desk's id inside provisional codes "TAM-<desk>-YYMMDD-NNNN"
    QString phone;        // given on the supplement request for guidance
    QString headTitle;    // signs the apology: e.g. "CHỦ TỊCH"
    QString headName;
    QString provinceCode; // QĐ 19/2025 2-digit code, selects the province's calendar layer

    // The sample commune used in demo mode and in tests.
    static OfficeProfile demo();
    static Result<OfficeProfile> fromJson(const QJsonObject& json);
    static Result<OfficeProfile> load(const QString& path);
    QJsonObject toJson() const;
    Status save(const QString& path) const;
};

} // namespace motcua::intake
