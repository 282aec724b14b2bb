#include "OfficeProfile.h"

#include "DossierCode.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace motcua::intake {

OfficeProfile OfficeProfile::demo()
{
    OfficeProfile p;
    p.governingBody = QStringLiteral("UBND XÃ TÂN LẬP");
    p.receivingUnit = QStringLiteral("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
    p.placeName = QStringLiteral("Tân Lập");
    p.numberSuffix = QStringLiteral("TTPVHCC");
    p.agencyId = QStringLiteral("H99.01.01");
    p.deskId = QStringLiteral("Q01");
    p.phone = QStringLiteral("0200 3 888 999");
    p.headTitle = QStringLiteral("CHỦ TỊCH");
    p.headName = QStringLiteral("Trần Văn Minh");
    return p;
}

Result<OfficeProfile> OfficeProfile::fromJson(const QJsonObject& json)
{
    OfficeProfile p = demo();
    auto take = [&json](const char* key, QString& field) {
        const auto value = json.value(QLatin1String(key));
        if (value.isString())
            field = value.toString().trimmed();
    };
    take("governingBody", p.governingBody);
    take("receivingUnit", p.receivingUnit);
    take("placeName", p.placeName);
    take("numberSuffix", p.numberSuffix);
    take("agencyId", p.agencyId);
    take("deskId", p.deskId);
    take("phone", p.phone);
    take("headTitle", p.headTitle);
    take("headName", p.headName);
    take("provinceCode", p.provinceCode);
    if (const auto error = DossierCode::validateDeskId(p.deskId); !error.isEmpty())
        return Result<OfficeProfile>::failure(QStringLiteral("office.desk_id"), QStringLiteral("deskId: ") + error);
    if (const auto error = DossierCode::validateAgencyId(p.agencyId); !error.isEmpty())
        return Result<OfficeProfile>::failure(QStringLiteral("office.agency_id"), QStringLiteral("agencyId: ") + error);
    return p;
}

Result<OfficeProfile> OfficeProfile::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<OfficeProfile>::failure(QStringLiteral("office.missing"),
                                              QStringLiteral("cannot read %1").arg(path));
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<OfficeProfile>::failure(QStringLiteral("office.malformed"),
                                              QStringLiteral("%1: %2").arg(path, error.errorString()));
    return fromJson(doc.object());
}

QJsonObject OfficeProfile::toJson() const
{
    return QJsonObject{
        {QStringLiteral("governingBody"), governingBody},
        {QStringLiteral("receivingUnit"), receivingUnit},
        {QStringLiteral("placeName"), placeName},
        {QStringLiteral("numberSuffix"), numberSuffix},
        {QStringLiteral("agencyId"), agencyId},
        {QStringLiteral("deskId"), deskId},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("headTitle"), headTitle},
        {QStringLiteral("headName"), headName},
        {QStringLiteral("provinceCode"), provinceCode},
    };
}

Status OfficeProfile::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("office.io"), QStringLiteral("cannot write %1").arg(path));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(QStringLiteral("office.io"), QStringLiteral("cannot write %1").arg(path));
    return Status::success();
}

} // namespace motcua::intake
