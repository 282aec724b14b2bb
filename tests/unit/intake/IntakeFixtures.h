#pragma once

// Sample procedure and dossiers for the intake tests: a birth registration (1.001193) received at the
// demo commune, with synthetic citizens only.

#include "Database.h"
#include "Dossier.h"
#include "FormInput.h"
#include "IntakeEnvironment.h"
#include "OfficeProfile.h"
#include "Procedure.h"
#include "ReceptionDraft.h"
#include "Statement.h"
#include "TestSupport.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <memory>

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

// A temporary desk: database, file store and the built-in catalogue, bundles and calendar.
struct IntakeTestBed
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    intake::IntakeEnvironment env;

    bool open()
    {
        auto loaded = intake::IntakeEnvironment::withBuiltInData();
        if (!loaded || !dir.isValid())
            return false;
        env = *loaded;
        auto opened = Database::open(dir.filePath(QStringLiteral("desk.db")));
        if (!opened)
            return false;
        db = std::move(opened.value());
        env.database = db.get();
        env.userName = QStringLiteral("canbo1");
        env.officialName = QStringLiteral("Lê Văn Cán");
        return true;
    }

    // A small real PDF with one line of text, standing in for a scanned component.
    QString makePdf(const QString& name, const QString& text, int pages = 1)
    {
        const QString path = dir.filePath(name);
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.drawText(QPointF(500, 500), QStringLiteral("%1 – trang %2").arg(text).arg(i + 1));
        }
        painter.end();
        return path;
    }

    qint64 count(const char* sql) const
    {
        Statement s = db->prepare(sql);
        return s.next() ? s.int64(0) : -1;
    }
};

// A birth registration at the desk for the sample mother, with both kept components scanned.
inline intake::ReceptionDraft birthDraft(const QString& formPdf, const QString& birthPdf)
{
    intake::ReceptionDraft d;
    d.procedureCode = QStringLiteral("1.001193");
    d.receivedAt = vnTime(2026, 3, 5, 9, 15);
    d.applicant = birthDossier().applicant;
    d.applicant.sex = QStringLiteral("Nữ");
    d.components = {
        {QStringLiteral("to-khai"), ComponentStatus::Scanned, formPdf, {}, {}, 0},
        {QStringLiteral("giay-chung-sinh"), ComponentStatus::Scanned, birthPdf, {}, {}, 0},
        {QStringLiteral("giay-to-tuy-than"), ComponentStatus::ShownOnly, {}, {}, {}, 0},
    };
    return d;
}

} // namespace motcua::test
