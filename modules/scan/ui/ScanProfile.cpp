#include "ScanProfile.h"

#include "TextFold.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace motcua::scan {

namespace {

const QString kBuiltIn = QStringLiteral(":/scan/profiles.json");

Result<ScanProfile> fail(const QString& message)
{
    return Result<ScanProfile>::failure(QStringLiteral("scan.profile_invalid"), message);
}

} // namespace

QString ScanProfile::displayName() const
{
    if (QLocale().language() == QLocale::English && !nameEn.isEmpty())
        return nameEn;
    return nameVi.isEmpty() ? nameEn : nameVi;
}

PipelineOptions ScanProfile::pipelineOptions() const
{
    PipelineOptions options;
    options.mode = mode;
    options.deskew = deskew;
    options.autoBilevel = autoBilevel;
    options.jpegQuality = jpegQuality;
    options.ocr = ocr;
    return options;
}

ScanSettings ScanProfile::settings() const
{
    ScanSettings s;
    s.source = source;
    s.mode = mode;
    s.resolution = resolution;
    s.pageSize = pageSize;
    return s;
}

QJsonObject ScanProfile::toJson() const
{
    QJsonObject name{{QStringLiteral("vi"), nameVi}, {QStringLiteral("en"), nameEn}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
                       {QStringLiteral("source"), toString(source)},
                       {QStringLiteral("mode"), toString(mode)},
                       {QStringLiteral("resolution"), resolution},
                       {QStringLiteral("pageSize"), toString(pageSize)},
                       {QStringLiteral("autoBilevel"), autoBilevel},
                       {QStringLiteral("jpegQuality"), jpegQuality},
                       {QStringLiteral("deskew"), deskew},
                       {QStringLiteral("ocr"), ocr}};
}

Result<ScanProfile> ScanProfile::fromJson(const QJsonObject& json)
{
    ScanProfile p;
    p.id = json.value(QStringLiteral("id")).toString().trimmed();
    if (p.id.isEmpty())
        return fail(QStringLiteral("profile without id"));
    const QJsonValue name = json.value(QStringLiteral("name"));
    if (name.isString()) {
        p.nameVi = name.toString();
    } else {
        p.nameVi = name.toObject().value(QStringLiteral("vi")).toString();
        p.nameEn = name.toObject().value(QStringLiteral("en")).toString();
    }
    if (p.nameVi.isEmpty() && p.nameEn.isEmpty())
        return fail(QStringLiteral("profile %1: no name").arg(p.id));
    for (const QJsonValue v : json.value(QStringLiteral("keywords")).toArray())
        p.keywords.append(v.toString());
    const auto source = scanSourceFromString(json.value(QStringLiteral("source")).toString(QStringLiteral("adf")));
    const auto mode = colorModeFromString(json.value(QStringLiteral("mode")).toString(QStringLiteral("gray")));
    const auto size = pageSizeFromString(json.value(QStringLiteral("pageSize")).toString(QStringLiteral("a4")));
    if (!source || !mode || !size)
        return fail(QStringLiteral("profile %1: unknown source, mode or page size").arg(p.id));
    p.source = *source;
    p.mode = *mode;
    p.pageSize = *size;
    p.resolution = json.value(QStringLiteral("resolution")).toInt(300);
    if (p.resolution < 50 || p.resolution > 1200)
        return fail(QStringLiteral("profile %1: resolution %2 out of range").arg(p.id).arg(p.resolution));
    p.autoBilevel = json.value(QStringLiteral("autoBilevel")).toBool(true);
    p.jpegQuality = qBound(10, json.value(QStringLiteral("jpegQuality")).toInt(60), 95);
    p.deskew = json.value(QStringLiteral("deskew")).toBool(true);
    p.ocr = json.value(QStringLiteral("ocr")).toBool(false);
    return p;
}

ScanProfileStore::ScanProfileStore(const QString& userFile)
    : m_userFile(userFile.isEmpty() ? defaultUserFile() : userFile)
{
    reload();
}

QString ScanProfileStore::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scan-profiles.json");
}

Result<QList<ScanProfile>> ScanProfileStore::parse(const QByteArray& json)
{
    using R = Result<QList<ScanProfile>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return R::failure(QStringLiteral("scan.profile_invalid"), error.errorString());
    QList<ScanProfile> list;
    for (const QJsonValue v : doc.object().value(QStringLiteral("profiles")).toArray()) {
        auto profile = ScanProfile::fromJson(v.toObject());
        if (!profile)
            return R(profile.error());
        list.append(profile.value());
    }
    return list;
}

void ScanProfileStore::reload()
{
    m_profiles.clear();
    m_warnings.clear();
    QFile builtIn(kBuiltIn);
    if (builtIn.open(QIODevice::ReadOnly)) {
        auto list = parse(builtIn.readAll());
        if (list) {
            for (ScanProfile p : list.value()) {
                p.builtIn = true;
                m_profiles.append(p);
            }
        } else {
            m_warnings.append(QStringLiteral("built-in profiles: ") + list.error().message);
        }
    } else {
        m_warnings.append(QStringLiteral("built-in profiles missing (%1)").arg(kBuiltIn));
    }
    QFile user(m_userFile);
    if (!user.exists())
        return;
    if (!user.open(QIODevice::ReadOnly)) {
        m_warnings.append(m_userFile + QStringLiteral(": ") + user.errorString());
        return;
    }
    auto list = parse(user.readAll());
    if (!list) {
        m_warnings.append(m_userFile + QStringLiteral(": ") + list.error().message);
        return;
    }
    for (const ScanProfile& p : list.value()) {
        auto it =
            std::find_if(m_profiles.begin(), m_profiles.end(), [&](const ScanProfile& q) { return q.id == p.id; });
        if (it != m_profiles.end())
            *it = p;
        else
            m_profiles.append(p);
    }
}

std::optional<ScanProfile> ScanProfileStore::find(const QString& id) const
{
    for (const ScanProfile& p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

std::optional<ScanProfile> ScanProfileStore::match(const QString& componentTitle) const
{
    const QString title = QLatin1Char(' ') + foldForSearch(componentTitle) + QLatin1Char(' ');
    std::optional<ScanProfile> best;
    int bestLength = 0;
    // The longest keyword found wins: "giấy chứng nhận" is more telling than "đơn".
    for (const ScanProfile& p : m_profiles) {
        for (const QString& keyword : p.keywords) {
            const QString k = foldForSearch(keyword);
            if (k.isEmpty() || k.size() <= bestLength)
                continue;
            if (title.contains(QLatin1Char(' ') + k + QLatin1Char(' ')) || title.contains(QLatin1Char(' ') + k)) {
                best = p;
                bestLength = int(k.size());
            }
        }
    }
    return best;
}

Status ScanProfileStore::saveUserProfiles(const QList<ScanProfile>& profiles)
{
    QJsonArray array;
    for (const ScanProfile& p : profiles)
        array.append(p.toJson());
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("profiles"), array}};
    QSaveFile file(m_userFile);
    const QString dir = QFileInfo(m_userFile).absolutePath();
    QDir().mkpath(dir);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("scan.profile_save_failed"),
                               m_userFile + QStringLiteral(": ") + file.errorString());
    file.write(QJsonDocument(root).toJson());
    if (!file.commit())
        return Status::failure(QStringLiteral("scan.profile_save_failed"),
                               m_userFile + QStringLiteral(": ") + file.errorString());
    reload();
    return Status::success();
}

} // namespace motcua::scan
