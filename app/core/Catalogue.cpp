#include "Catalogue.h"

#include "TextFold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace motcua {

namespace {

Error dataError(const QString& origin, const QString& where, const QString& what)
{
    return Error{QStringLiteral("catalogue.bad_data"), QStringLiteral("%1: %2 %3").arg(origin, where, what)};
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const auto& v : value.toArray())
        list.append(v.toString());
    return list;
}

std::optional<ComponentForm> componentForm(const QString& key)
{
    if (key == QLatin1String("original"))
        return ComponentForm::Original;
    if (key == QLatin1String("copy"))
        return ComponentForm::Copy;
    if (key == QLatin1String("shown-only"))
        return ComponentForm::ShownOnly;
    return std::nullopt;
}

// Reads one procedure; returns an error message (empty when fine).
QString readProcedure(const QJsonObject& o, Procedure& p)
{
    p.code = o.value(QLatin1String("code")).toString();
    p.name = normalizeNfc(o.value(QLatin1String("name")).toString());
    if (p.code.isEmpty() || p.name.isEmpty())
        return QStringLiteral("needs a code and a name");
    p.version = o.value(QLatin1String("version")).toInt(0);
    if (p.version < 1)
        return QStringLiteral("needs a version of 1 or more");
    p.nameEn = o.value(QLatin1String("nameEn")).toString();
    p.field = o.value(QLatin1String("field")).toString();
    p.competentBody = o.value(QLatin1String("competentBody")).toString();
    const auto unit = durationUnitFromKey(o.value(QLatin1String("unit")).toString());
    if (!unit)
        return QStringLiteral("has an unknown unit (working-days, working-hours, days or same-day)");
    p.unit = *unit;
    p.duration = o.value(QLatin1String("duration")).toDouble(-1);
    if (p.duration < 0 || (p.unit != DurationUnit::SameDay && p.duration <= 0))
        return QStringLiteral("needs a positive duration");
    p.durationWithVerification = o.value(QLatin1String("durationWithVerification")).toDouble(0);
    p.after15hNextDay = o.value(QLatin1String("after15hNextDay")).toBool(false);
    p.interlinkedWith = stringList(o.value(QLatin1String("interlinkedWith")));
    p.bundle = o.value(QLatin1String("bundle")).toString();
    p.legalBasis = o.value(QLatin1String("legalBasis")).toString();
    p.evidence = o.value(QLatin1String("evidence")).toString();
    p.verified = o.value(QLatin1String("verified")).toBool(true);
    p.nationalCode = o.value(QLatin1String("nationalCode")).toBool(true);
    p.notes = o.value(QLatin1String("notes")).toString();

    for (const auto& feeValue : o.value(QLatin1String("fees")).toArray()) {
        const QJsonObject f = feeValue.toObject();
        Fee fee;
        fee.id = f.value(QLatin1String("id")).toString();
        fee.name = f.value(QLatin1String("name")).toString();
        fee.amountSetElsewhere = f.value(QLatin1String("amountSetElsewhere")).toBool(false);
        fee.amountVnd = f.value(QLatin1String("amountVnd")).toInteger(0);
        if (f.contains(QLatin1String("onlineAmountVnd")))
            fee.onlineAmountVnd = f.value(QLatin1String("onlineAmountVnd")).toInteger(0);
        fee.per = f.value(QLatin1String("per")).toString();
        fee.basis = f.value(QLatin1String("basis")).toString();
        fee.exemptions = stringList(f.value(QLatin1String("exemptions")));
        fee.note = f.value(QLatin1String("note")).toString();
        if (fee.id.isEmpty() || fee.name.isEmpty() || fee.amountVnd < 0)
            return QStringLiteral("has a fee without id or name, or with a negative amount");
        p.fees.append(fee);
    }
    QSet<QString> componentIds;
    for (const auto& componentValue : o.value(QLatin1String("components")).toArray()) {
        const QJsonObject c = componentValue.toObject();
        ProcedureComponent component;
        component.id = c.value(QLatin1String("id")).toString();
        component.name = normalizeNfc(c.value(QLatin1String("name")).toString());
        const auto form = componentForm(c.value(QLatin1String("form")).toString());
        if (component.id.isEmpty() || component.name.isEmpty() || !form)
            return QStringLiteral("has a component without id, name or form (original, copy, shown-only)");
        if (componentIds.contains(component.id))
            return QStringLiteral("has two components with id %1").arg(component.id);
        componentIds.insert(component.id);
        component.form = *form;
        component.copies = c.value(QLatin1String("copies")).toInt(1);
        component.required = c.value(QLatin1String("required")).toBool(true);
        component.reusable = c.value(QLatin1String("reusable")).toBool(false);
        component.note = c.value(QLatin1String("note")).toString();
        p.components.append(component);
    }
    return {};
}

} // namespace

Result<Catalogue> Catalogue::loadBuiltIn()
{
    return loadFile(QLatin1String(kBuiltInPath));
}

Result<Catalogue> Catalogue::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Result<Catalogue>::failure(QStringLiteral("catalogue.missing_file"),
                                          QStringLiteral("catalogue file not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Catalogue>::failure(QStringLiteral("catalogue.unreadable_file"),
                                          QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<Catalogue> Catalogue::fromJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<Catalogue>::failure(QStringLiteral("catalogue.bad_json"),
                                          QStringLiteral("%1: not valid JSON at offset %2 (%3)")
                                              .arg(origin)
                                              .arg(parseError.offset)
                                              .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return dataError(origin, QStringLiteral("format"),
                         QStringLiteral("must be \"%1\"").arg(QLatin1String(kFormat)));

    Catalogue catalogue;
    catalogue.m_version = root.value(QLatin1String("catalogueVersion")).toString();
    if (catalogue.m_version.isEmpty())
        return dataError(origin, QStringLiteral("catalogueVersion"), QStringLiteral("is required"));
    catalogue.m_effectiveFrom = QDate::fromString(root.value(QLatin1String("effectiveFrom")).toString(), Qt::ISODate);

    QSet<QString> seen;
    const QJsonArray procedures = root.value(QLatin1String("procedures")).toArray();
    for (int i = 0; i < procedures.size(); ++i) {
        Procedure p;
        const QString problem = readProcedure(procedures.at(i).toObject(), p);
        const QString where = QStringLiteral("procedures[%1] (%2)").arg(i).arg(p.code);
        if (!problem.isEmpty())
            return dataError(origin, where, problem);
        const QString key = p.code + QLatin1Char('#') + QString::number(p.version);
        if (seen.contains(key))
            return dataError(origin, where, QStringLiteral("repeats version %1 of the same code").arg(p.version));
        seen.insert(key);
        p.catalogueVersion = catalogue.m_version;
        catalogue.m_foldedNames.append(foldForSearch(p.name + QLatin1Char(' ') + p.nameEn));
        catalogue.m_procedures.append(p);
    }
    if (catalogue.m_procedures.isEmpty())
        return dataError(origin, QStringLiteral("procedures"), QStringLiteral("is empty"));
    return catalogue;
}

std::optional<Procedure> Catalogue::find(const QString& code) const
{
    const Procedure* best = nullptr;
    for (const auto& p : m_procedures)
        if (p.code == code && (!best || p.version > best->version))
            best = &p;
    if (!best)
        return std::nullopt;
    return *best;
}

std::optional<Procedure> Catalogue::find(const QString& code, int version) const
{
    for (const auto& p : m_procedures)
        if (p.code == code && p.version == version)
            return p;
    for (const auto& p : m_retained)
        if (p.code == code && p.version == version)
            return p;
    return std::nullopt;
}

void Catalogue::retainVersionsFrom(const Catalogue& other)
{
    auto keep = [this](const Procedure& p) {
        if (!find(p.code, p.version))
            m_retained.append(p);
    };
    for (const auto& p : other.m_procedures)
        keep(p);
    for (const auto& p : other.m_retained)
        keep(p);
}

QList<Procedure> Catalogue::search(const QString& query) const
{
    const QString folded = foldForSearch(query);
    if (folded.isEmpty())
        return {};
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Hit
    {
        int rank; // 0 code prefix, 1 the whole phrase in the name, 2 every word somewhere
        qsizetype length;
        int index;
    };
    QList<Hit> hits;
    for (int i = 0; i < m_procedures.size(); ++i) {
        const Procedure& p = m_procedures.at(i);
        if (find(p.code)->version != p.version)
            continue; // only the current version of each procedure is offered
        const QString& name = m_foldedNames.at(i);
        const QString haystack = name + QLatin1Char(' ') + foldForSearch(p.field);
        int rank = -1;
        if (p.code.startsWith(query.trimmed()))
            rank = 0;
        else if (name.contains(folded))
            rank = 1;
        else if (std::all_of(words.begin(), words.end(), [&](const QString& w) { return haystack.contains(w); }))
            rank = 2;
        if (rank >= 0)
            hits.append({rank, p.name.size(), i});
    }
    std::sort(hits.begin(), hits.end(), [&](const Hit& a, const Hit& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.length != b.length)
            return a.length < b.length;
        return m_procedures.at(a.index).code < m_procedures.at(b.index).code;
    });
    QList<Procedure> result;
    for (const auto& h : hits)
        result.append(m_procedures.at(h.index));
    return result;
}

} // namespace motcua
