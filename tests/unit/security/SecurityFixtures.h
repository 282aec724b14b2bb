#pragma once

#include "Database.h"
#include "Dossier.h"
#include "SecretBytes.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>
#include <memory>

namespace motcua::test {

// A fresh profile database (all migrations applied) or null with the reason printed.
inline std::unique_ptr<Database> openDatabase(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning("open failed: %s %s", qPrintable(db.error().code), qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

inline security::SecretBytes secret(const char* text)
{
    return security::SecretBytes::fromString(QString::fromUtf8(text));
}

// A synthetic citizen's dossier (no real person), as intake would build it.
inline Dossier citizenDossier(const QString& name, const QString& idNumber)
{
    Dossier d;
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureVersion = 1;
    d.procedureName = QStringLiteral("Đăng ký khai sinh");
    d.catalogueVersion = QStringLiteral("2026.1");
    d.applicant.fullName = name;
    d.applicant.idNumber = idNumber;
    d.applicant.dateOfBirth = QDate(1991, 7, 9);
    d.applicant.sex = QStringLiteral("Nữ");
    d.applicant.address = QStringLiteral("Thôn Trung, xã Yên Thường, thành phố Hà Nội");
    d.applicant.provinceCode = QStringLiteral("01");
    d.applicant.communeCode = QStringLiteral("00301");
    d.applicant.phone = QStringLiteral("0987654321");
    d.applicant.identitySource = QStringLiteral("chip");
    d.state = DossierState::Received;
    d.receivedAt = vnTime(2026, 3, 2, 9, 15);
    d.dueAt = vnTime(2026, 3, 5, 17, 0);
    d.returnChannel = QStringLiteral("desk");
    d.receivedBy = QStringLiteral("canbo1");
    return d;
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace motcua::test
