#include "CardProfile.h"

#include "CardErrors.h"
#include "LdsFile.h"
#include "MrzParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace motcua::cccd {

namespace {

const QString ProfileFileName = QStringLiteral("profile.json");
constexpr int FormatVersion = 1;

Error profileError(const QString& what)
{
    return cardError(errc::Profile, what);
}

QString fidKey(quint16 fid)
{
    return QStringLiteral("%1").arg(fid, 4, 16, QLatin1Char('0')).toUpper();
}

std::optional<quint16> fidFromKey(const QString& key)
{
    bool ok = false;
    const uint v = key.toUInt(&ok, 16);
    if (!ok || v == 0 || v > 0xFFFF)
        return std::nullopt;
    return static_cast<quint16>(v);
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status(profileError(QStringLiteral("cannot write %1").arg(QFileInfo(path).fileName())));
    return Status::success();
}

Result<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return profileError(QStringLiteral("cannot read %1").arg(QFileInfo(path).fileName()));
    if (f.size() > 16 * 1024 * 1024)
        return profileError(QStringLiteral("%1 is too large for a card file").arg(QFileInfo(path).fileName()));
    return f.readAll();
}

QJsonObject headerJson(const CardProfile& p)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("motcua-card-profile"));
    o.insert(QStringLiteral("version"), FormatVersion);
    o.insert(QStringLiteral("label"), p.label);
    o.insert(QStringLiteral("mrz"), QJsonArray::fromStringList(p.mrzLines));
    o.insert(QStringLiteral("can"), p.can);
    o.insert(QStringLiteral("behaviour"), p.behaviour.toJson());
    return o;
}

Result<CardProfile> profileFromHeader(const QJsonObject& o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("motcua-card-profile"))
        return profileError(QStringLiteral("not a card profile"));
    if (o.value(QStringLiteral("version")).toInt() != FormatVersion)
        return profileError(QStringLiteral("unsupported card profile version"));
    CardProfile p;
    p.label = o.value(QStringLiteral("label")).toString();
    for (const auto& line : o.value(QStringLiteral("mrz")).toArray())
        p.mrzLines << line.toString();
    p.can = o.value(QStringLiteral("can")).toString();
    p.behaviour = CardBehaviour::fromJson(o.value(QStringLiteral("behaviour")).toObject());
    return p;
}

} // namespace

BacKeySeed CardProfile::bacKeySeed() const
{
    auto mrz = MrzParser::parseTd1(mrzLines);
    return mrz ? mrz->bacKeySeed() : BacKeySeed{};
}

QJsonObject CardProfile::toJson() const
{
    QJsonObject o = headerJson(*this);
    QJsonObject f;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        f.insert(fidKey(it.key()), QString::fromLatin1(it.value().toBase64()));
    o.insert(QStringLiteral("files"), f);
    if (!activeAuthenticationKeyPem.isEmpty())
        o.insert(QStringLiteral("activeAuthenticationKey"), QString::fromLatin1(activeAuthenticationKeyPem));
    return o;
}

Result<CardProfile> CardProfile::fromJson(const QJsonObject& json)
{
    auto header = profileFromHeader(json);
    if (!header)
        return header;
    CardProfile p = header.value();
    const QJsonObject f = json.value(QStringLiteral("files")).toObject();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        const auto fid = fidFromKey(it.key());
        if (!fid)
            return profileError(QStringLiteral("bad file identifier %1").arg(it.key()));
        auto decoded =
            QByteArray::fromBase64Encoding(it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return profileError(QStringLiteral("file %1 is not valid base64").arg(it.key()));
        p.files.insert(*fid, *decoded);
    }
    p.activeAuthenticationKeyPem = json.value(QStringLiteral("activeAuthenticationKey")).toString().toLatin1();
    return p;
}

Status CardProfile::saveJson(const QString& path) const
{
    return writeFile(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Result<CardProfile> CardProfile::loadJson(const QString& path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (!doc.isObject())
        return profileError(QStringLiteral("profile JSON does not parse: %1").arg(error.errorString()));
    return fromJson(doc.object());
}

Status CardProfile::saveToFolder(const QString& folder) const
{
    if (!QDir().mkpath(folder))
        return Status(profileError(QStringLiteral("cannot create the profile folder")));
    QJsonObject o = headerJson(*this);
    QJsonObject names;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString name =
            LdsFile::name(it.key()).replace(QLatin1Char(' '), QLatin1Char('_')) + QStringLiteral(".bin");
        if (auto s = writeFile(QDir(folder).filePath(name), it.value()); !s)
            return s;
        names.insert(fidKey(it.key()), name);
    }
    o.insert(QStringLiteral("fileNames"), names);
    if (!activeAuthenticationKeyPem.isEmpty()) {
        if (auto s =
                writeFile(QDir(folder).filePath(QStringLiteral("aa-key.TEST-ONLY.pem")), activeAuthenticationKeyPem);
            !s)
            return s;
        o.insert(QStringLiteral("activeAuthenticationKeyFile"), QStringLiteral("aa-key.TEST-ONLY.pem"));
    }
    return writeFile(QDir(folder).filePath(ProfileFileName), QJsonDocument(o).toJson(QJsonDocument::Indented));
}

Result<CardProfile> CardProfile::loadFromFolder(const QString& folder)
{
    const QDir dir(folder);
    auto bytes = readFile(dir.filePath(ProfileFileName));
    if (!bytes)
        return bytes.error();
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject())
        return profileError(QStringLiteral("profile.json does not parse"));
    auto header = profileFromHeader(doc.object());
    if (!header)
        return header;
    CardProfile p = header.value();
    const QJsonObject names = doc.object().value(QStringLiteral("fileNames")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it) {
        const auto fid = fidFromKey(it.key());
        const QString name = it.value().toString();
        // File names must stay inside the folder.
        if (!fid || name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')))
            return profileError(QStringLiteral("bad file entry %1").arg(it.key()));
        auto content = readFile(dir.filePath(name));
        if (!content)
            return content.error();
        p.files.insert(*fid, *content);
    }
    const QString keyFile = doc.object().value(QStringLiteral("activeAuthenticationKeyFile")).toString();
    if (!keyFile.isEmpty()) {
        if (keyFile.contains(QLatin1Char('/')) || keyFile.startsWith(QLatin1Char('.')))
            return profileError(QStringLiteral("bad key file entry"));
        auto key = readFile(dir.filePath(keyFile));
        if (!key)
            return key.error();
        p.activeAuthenticationKeyPem = *key;
    }
    return p;
}

Result<CardProfile> CardProfile::load(const QString& path)
{
    if (QFileInfo(path).isDir())
        return loadFromFolder(path);
    return loadJson(path);
}

} // namespace motcua::cccd
