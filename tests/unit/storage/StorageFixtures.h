#pragma once

#include "Database.h"
#include "Dossier.h"
#include "TestSupport.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QTest>
#include <memory>

namespace motcua::test {

// A dossier with every field set, as intake would build it.
inline Dossier sampleDossier(const QString& name = QStringLiteral("Đặng Văn Ánh"),
                             const QString& idNumber = QStringLiteral("001203012345"))
{
    Dossier d;
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureVersion = 2;
    d.procedureName = QStringLiteral("Đăng ký khai sinh");
    d.catalogueVersion = QStringLiteral("2026.1");
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    d.applicant.dateOfBirth = QDate(1990, 5, 17);
    d.applicant.sex = QStringLiteral("Nam");
    d.applicant.address = QStringLiteral("Số 12, ngõ 45, tổ 3, phường Hoàng Liệt, thành phố Hà Nội");
    d.applicant.provinceCode = QStringLiteral("01");
    d.applicant.communeCode = QStringLiteral("00301");
    d.applicant.phone = QStringLiteral("0912345678");
    d.applicant.email = QStringLiteral("anh@example.vn");
    d.applicant.identitySource = QStringLiteral("chip");
    Applicant rep;
    rep.fullName = QStringLiteral("Trần Thị Đào");
    rep.idNumber = QStringLiteral("001304054321");
    rep.dateOfBirth = QDate(1992, 1, 2);
    rep.sex = QStringLiteral("Nữ");
    rep.address = QStringLiteral("Thôn Đông, xã Tân Lập, tỉnh Phú Thọ");
    rep.identitySource = QStringLiteral("manual");
    d.representative = rep;
    d.state = DossierState::Received;
    d.receivedAt = vnTime(2026, 2, 13, 15, 30);
    d.dueAt = vnTime(2026, 2, 23, 17, 0);
    d.feeVnd = 8000;
    d.returnChannel = QStringLiteral("desk");
    d.receivedBy = QStringLiteral("canbo1");
    d.note = QStringLiteral("ghi chú");
    DossierComponent form;
    form.componentId = QStringLiteral("to-khai");
    form.name = QStringLiteral("Tờ khai đăng ký khai sinh");
    form.status = ComponentStatus::ShownOnly;
    DossierComponent cert;
    cert.componentId = QStringLiteral("giay-chung-sinh");
    cert.name = QStringLiteral("Giấy chứng sinh");
    cert.status = ComponentStatus::Missing;
    d.components = {form, cert};
    return d;
}

inline std::unique_ptr<Database> openOrFail(const QString& path, const DatabaseOptions& options = {})
{
    auto db = Database::open(path, options);
    if (!db) {
        qWarning("open failed: %s %s", qPrintable(db.error().code), qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace motcua::test
