#pragma once

#include "Procedure.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace motcua {

// The procedure catalogue (danh mục thủ tục hành chính) the desk receives dossiers for: versioned data
// (resources/catalogue/procedures.json, or a file the province ships), never code. The catalogue has a
// version; each procedure has its own version, which a dossier keeps.
class Catalogue
{
public:
    static constexpr auto kFormat = "motcua-catalogue/1";
    static constexpr auto kBuiltInPath = ":/catalogue/procedures.json";

    static Result<Catalogue> loadBuiltIn();
    static Result<Catalogue> loadFile(const QString& path);
    static Result<Catalogue> fromJson(const QByteArray& json, const QString& origin);

    const QString& version() const { return m_version; }
    QDate effectiveFrom() const { return m_effectiveFrom; }
    const QList<Procedure>& procedures() const { return m_procedures; }
    int size() const { return static_cast<int>(m_procedures.size()); }

    // The highest version of the procedure with this national code.
    std::optional<Procedure> find(const QString& code) const;
    // That version of the procedure, from this catalogue or from one it retains versions of.
    std::optional<Procedure> find(const QString& code, int version) const;

    // Keeps the procedure versions of `other` (another catalogue the desk received dossiers under) that
    // this one lacks, so dossiers received under them keep their time limit, components and body:
    // find(code, version) finds them; procedures(), find(code) and search() never offer them.
    void retainVersionsFrom(const Catalogue& other);
    int retainedCount() const { return static_cast<int>(m_retained.size()); }
    // Procedures whose code starts with the query, or whose folded name (or field) contains every word
    // of the folded query: "khai sinh" finds "Đăng ký khai sinh". Name matches first, then by code.
    QList<Procedure> search(const QString& query) const;

private:
    QString m_version;
    QDate m_effectiveFrom;
    QList<Procedure> m_procedures;
    QList<QString> m_foldedNames; // parallel to m_procedures
    QList<Procedure> m_retained;  // versions kept from other catalogues, each with its own catalogueVersion
};

} // namespace motcua
