#pragma once

// Sample procedure and dossiers for the intake tests: a birth registration (1.001193) received at the
// demo commune, with synthetic citizens only.

#include "Dossier.h"
#include "FormInput.h"
#include "OfficeProfile.h"
#include "Procedure.h"
#include "TestSupport.h"

namespace motcua::test {

inline Procedure birthProcedure()
{
    Procedure p;
    p.code = QStringLiteral("1.001193");
    p.version = 1;
    p.name = QStringLiteral("Đăng ký khai sinh");
    p.field = QStringLiteral("Hộ tịch");
    p.competentBody = QStringLiteral("UBND xã");
    p.duration = 1;
    p.unit = DurationUnit::WorkingDays;
    p.after15hNextDay = true;
    ProcedureComponent form{QStringLiteral("to-khai"),
                            QStringLiteral("Tờ khai đăng ký khai sinh (theo mẫu)"),
                            ComponentForm::Original,
                            1,
                            true,
                            false,
                            {}};
    ProcedureComponent birth{QStringLiteral("giay-chung-sinh"),
                             QStringLiteral("Giấy chứng sinh"),
                             ComponentForm::Original,
                             1,
                             true,
                             true,
                             {}};
    ProcedureComponent id{QStringLiteral("cccd-nguoi-di-dang-ky"),
                          QStringLiteral("Căn cước của người đi đăng ký"),
                          ComponentForm::ShownOnly,
                          1,
                          false,
                          false,
                          {}};
    p.components = {form, birth, id};
    return p;
}

inline Dossier birthDossier(bool demo = false)
{
    Dossier d;
    d.uuid = QStringLiteral("7f0b8f4e-3c1e-4a53-9d3e-1b2a3c4d5e6f");
    d.code = QStringLiteral("TAM-Q01-260305-0007");
    d.codeProvisional = true;
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureName = QStringLiteral("Đăng ký khai sinh");
    d.catalogueVersion = QStringLiteral("2026.1");
    d.applicant.fullName = QStringLiteral("Nguyễn Thị Hương");
    d.applicant.idNumber = QStringLiteral("001190012345");
    d.applicant.dateOfBirth = QDate(1990, 4, 12);
    d.applicant.address = QStringLiteral("Thôn Đông, xã Tân Lập, tỉnh Phú Thọ");
    d.applicant.phone = QStringLiteral("0912345678");
    d.applicant.identitySource = QStringLiteral("chip");
    d.receivedAt = vnTime(2026, 3, 5, 9, 15);
    d.dueAt = vnTime(2026, 3, 6, 9, 15);
    d.components = {
        {QStringLiteral("to-khai"), QStringLiteral("Tờ khai đăng ký khai sinh (theo mẫu)"), ComponentStatus::Scanned,
         QStringLiteral("ab"), 1, 1000},
        {QStringLiteral("giay-chung-sinh"), QStringLiteral("Giấy chứng sinh"), ComponentStatus::Reused,
         QStringLiteral("cd"), 1, 2000},
        {QStringLiteral("cccd-nguoi-di-dang-ky"),
         QStringLiteral("Căn cước của người đi đăng ký"),
         ComponentStatus::ShownOnly,
         {},
         0,
         0},
    };
    d.returnChannel = QStringLiteral("desk");
    d.receivedBy = QStringLiteral("canbo1");
    d.demo = demo;
    return d;
}

inline intake::FormInput birthFormInput(bool demo = false)
{
    intake::FormInput input;
    input.dossier = birthDossier(demo);
    input.procedure = birthProcedure();
    input.office = intake::OfficeProfile::demo();
    input.official = QStringLiteral("Lê Văn Cán");
    input.printedAt = vnTime(2026, 3, 5, 9, 20);
    input.demo = demo;
    return input;
}

} // namespace motcua::test
