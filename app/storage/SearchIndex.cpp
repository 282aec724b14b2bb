#include "SearchIndex.h"

#include "Database.h"
#include "Statement.h"
#include "StorageTime.h"
#include "TextFold.h"

#include <QRegularExpression>

namespace motcua {

namespace {

// Shorter prefixes would expand to thousands of index terms and make typing the first letter slow;
// a one-letter last word is matched as a whole word instead.
constexpr int kMinimumPrefix = 2;

QString joined(std::initializer_list<QString> parts)
{
    QString out;
    for (const QString& p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += p;
    }
    return foldForSearch(out);
}

bool looksLikeCode(const QString& query)
{
    // Dossier codes are groups of letters and digits joined by '-' and '.' with at least one digit.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9]+([.-][A-Za-z0-9]*)+$"));
    const QString trimmed = query.trimmed();
    return trimmed.contains(QLatin1Char('-')) && re.match(trimmed).hasMatch();
}

} // namespace

Status SearchIndex::index(qint64 dossierId, const Dossier& d, const QString& provisionalCode)
{
    if (Status removed = remove(dossierId); !removed)
        return removed;
    return add(dossierId, d, provisionalCode);
}

Status SearchIndex::add(qint64 dossierId, const Dossier& d, const QString& provisionalCode)
{
    const Applicant& a = d.applicant;
    const Applicant rep = d.representative.value_or(Applicant());
    Statement& s = m_db.cached(
        "INSERT INTO dossier_search (rowid, names, ids, codes, address, procedure) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, dossierId)
        .bind(2, joined({a.fullName, rep.fullName}))
        .bind(3, joined({a.idNumber, rep.idNumber}))
        .bind(4, joined({d.code, provisionalCode == d.code ? QString() : provisionalCode}))
        .bind(5, joined({a.address}))
        .bind(6, joined({d.procedureCode, d.procedureName}));
    return s.run();
}

Status SearchIndex::remove(qint64 dossierId)
{
    Statement& s = m_db.cached("DELETE FROM dossier_search WHERE rowid = ?1");
    s.bind(1, dossierId);
    return s.run();
}

Status SearchIndex::rebuild()
{
    return m_db.exec(
        "DELETE FROM dossier_search;"
        "INSERT INTO dossier_search (rowid, names, ids, codes, address, procedure) "
        "SELECT id, motcua_fold(applicant_name || ' ' || coalesce(rep_name, '')),"
        " motcua_fold(applicant_id_number || ' ' || coalesce(rep_id_number, '')),"
        " motcua_fold(code || ' ' || CASE WHEN provisional_code IS NULL OR provisional_code = code THEN ''"
        "  ELSE provisional_code END),"
        " motcua_fold(applicant_address), motcua_fold(procedure_code || ' ' || procedure_name) FROM dossiers;");
}

QString SearchIndex::matchExpression(const QString& query)
{
    const QStringList words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    const auto quoted = [](const QString& word) {
        return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    const bool prefix = words.last().size() >= kMinimumPrefix;
    if (looksLikeCode(query))
        return QStringLiteral("codes : ") + quoted(words.join(QLatin1Char(' '))) +
               (prefix ? QStringLiteral(" *") : QString());
    QStringList terms;
    for (const QString& word : words)
        terms.append(quoted(word));
    if (prefix)
        terms.last() += QStringLiteral(" *");
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchIndex::search(const QString& query, int limit)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // The inner query walks the index newest-first and stops at the limit; only those rows are joined.
    Statement& s = m_db.cached(
        "SELECT d.uuid, d.code, d.applicant_name, d.applicant_id_number, d.procedure_code, d.procedure_name, d.state,"
        " d.received_at, d.due_at FROM (SELECT rowid AS rid FROM dossier_search WHERE dossier_search MATCH ?1"
        " ORDER BY rowid DESC LIMIT ?2) AS found JOIN dossiers AS d ON d.id = found.rid ORDER BY d.id DESC");
    s.bind(1, match).bind(2, limit);
    while (s.next()) {
        SearchHit hit;
        hit.uuid = s.text(0);
        hit.code = s.text(1);
        hit.applicantName = s.text(2);
        hit.applicantIdNumber = s.text(3);
        hit.procedureCode = s.text(4);
        hit.procedureName = s.text(5);
        hit.state = dossierStateFromCode(s.integer(6)).value_or(DossierState::Received);
        hit.receivedAt = storage_time::read(s, 7);
        hit.dueAt = storage_time::read(s, 8);
        hits.append(hit);
    }
    if (!s.status().ok())
        return Result<QList<SearchHit>>(m_db.note(s.status().error()));
    return hits;
}

} // namespace motcua
