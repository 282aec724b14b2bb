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
    std::optional<Procedure> find(const QString& code, int version) const;
    // Procedures whose code starts with the query, or whose folded name (or field) contains every word
    // of the folded query: "khai sinh" finds "Đăng ký khai sinh". Name matches first, then by code.
    QList<Procedure> search(const QString& query) const;

private:
    QString m_version;
    QDate m_effectiveFrom;
    QList<Procedure> m_procedures;
    QList<QString> m_foldedNames; // parallel to m_procedures
};

} // namespace motcua
