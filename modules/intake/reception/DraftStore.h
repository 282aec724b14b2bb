#pragma once

#include "ReceptionDraft.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace motcua::intake {

// The reception in progress on disk (<profile>/reception-draft.json), so closing the window
// mid-dossier loses nothing: the ReceptionDraft JSON plus when it was written and the screen's own
// choices that the draft does not carry (fee exemptions). Written atomically (QSaveFile).
class DraftStore
{
public:
    struct Saved
    {
        ReceptionDraft draft;
        QDateTime savedAt;
        QJsonObject screen;
    };

    explicit DraftStore(QString directory);

    QString path() const;
    bool exists() const;
    // The saved draft; nullopt when there is none or it cannot be read (a damaged file is set aside
    // as reception-draft.json.bad rather than offered again).
    std::optional<Saved> load() const;
    Status save(const ReceptionDraft& draft, const QJsonObject& screen, const QDateTime& at) const;
    void clear() const;

private:
    QString m_directory;
};

} // namespace motcua::intake
