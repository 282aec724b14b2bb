#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

namespace motcua::intake {

namespace {
Q_LOGGING_CATEGORY(lcDraft, "motcua.intake.reception")
constexpr auto kFormat = "motcua-reception-draft/1";
} // namespace

DraftStore::DraftStore(QString directory) : m_directory(std::move(directory)) {}

QString DraftStore::path() const
{
    return QDir(m_directory).filePath(QStringLiteral("reception-draft.json"));
}

bool DraftStore::exists() const
{
    return !m_directory.isEmpty() && QFile::exists(path());
}

std::optional<DraftStore::Saved> DraftStore::load() const
{
    if (!exists())
        return std::nullopt;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    file.close();
    const QJsonObject root = doc.object();
    std::optional<Saved> saved;
    if (root.value(QLatin1String("format")).toString() == QLatin1String(kFormat)) {
        auto draft = ReceptionDraft::fromJson(root.value(QLatin1String("draft")).toObject());
        if (draft) {
            saved = Saved{*draft, QDateTime::fromString(root.value(QLatin1String("savedAt")).toString(), Qt::ISODate),
                          root.value(QLatin1String("screen")).toObject()};
        } else {
            qCWarning(lcDraft) << "draft not readable:" << draft.error().code;
        }
    }
    if (!saved) {
        const QString aside = path() + QStringLiteral(".bad");
        QFile::remove(aside);
        QFile::rename(path(), aside);
    }
    return saved;
}

Status DraftStore::save(const ReceptionDraft& draft, const QJsonObject& screen, const QDateTime& at) const
{
    if (m_directory.isEmpty())
        return Status::failure(QStringLiteral("draft.no_folder"), QStringLiteral("no profile folder"));
    QDir().mkpath(m_directory);
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("savedAt"), at.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)},
        {QStringLiteral("draft"), draft.toJson()},
        {QStringLiteral("screen"), screen},
    };
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("draft.write"), file.errorString());
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(QStringLiteral("draft.write"), file.errorString());
    return Status::success();
}

void DraftStore::clear() const
{
    if (!m_directory.isEmpty())
        QFile::remove(path());
}

} // namespace motcua::intake
