#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QMap>
#include <QStringList>

namespace motcua::cccd {

// DG13 of the CCCD (tag 6D, Vietnam-specific; CCCD.md §4.5): a SEQUENCE { INTEGER 1, OID, SET OF
// SEQUENCE { INTEGER n, value… } }. Parsed by field number, never by position: absent fields are simply
// missing; UTF8String and PrintableString are both accepted for every field; fields 13 and 14 keep every
// string found under them in order, which covers both nestings seen in the wild. Text is NFC-normalised.
struct Dg13
{
    enum Field {
        IdNumber = 1,
        FullName = 2,
        DateOfBirth = 3,
        Sex = 4,
        Nationality = 5,
        Ethnicity = 6,
        Religion = 7,
        PlaceOfOrigin = 8,
        PlaceOfResidence = 9,
        PersonalMarks = 10,
        IssueDate = 11,
        ExpiryDate = 12, // a date, or text such as "Không thời hạn"
        Parents = 13,    // [father, mother]
        Spouse = 14,     // [spouse] or nothing
        OldIdNumber = 15,
        Field16 = 16, // meaning unknown [?]; shown raw
    };

    QMap<int, QStringList> fields; // field number → its strings (usually one)
    QStringList warnings;          // tolerated problems (invalid UTF-8, duplicate field, …)

    bool has(int field) const { return fields.contains(field); }
    QString text(int field) const;
    QString fatherName() const { return fields.value(Parents).value(0); }
    QString motherName() const { return fields.value(Parents).value(1); }
    QString spouseName() const { return fields.value(Spouse).value(0); }
    QDate date(int field) const { return parseDate(text(field)); }

    // "DD/MM/YYYY" (also "DD-MM-YYYY", "DDMMYYYY" and ISO); invalid QDate for anything else.
    static QDate parseDate(const QString& text);
    // Stable English key of a field for JSON output ("idNumber", "fullName", …; "field16").
    static QString fieldKey(int field);
    static Result<Dg13> parse(const QByteArray& file);
};

} // namespace motcua::cccd
