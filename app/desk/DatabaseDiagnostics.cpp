#include "DatabaseDiagnostics.h"

#include "Database.h"
#include "DatabaseFile.h"

#include <QDir>
#include <QLocale>

namespace motcua {

DiagnosticsSection DatabaseDiagnostics::collect(const QString& path, const QString& originalPath)
{
    DiagnosticsSection section;
    section.title = tr("Database");
    const QLocale locale;
    section.add(tr("Path"), QDir::toNativeSeparators(path));
    if (!originalPath.isEmpty())
        section.add(tr("Damaged original (untouched)"), QDir::toNativeSeparators(originalPath));
    section.add(tr("Size on disk"), locale.formattedDataSize(DatabaseFile::totalSize(path)));

    DatabaseOptions options;
    options.create = false;
    options.migrate = false;
    options.check = IntegrityCheck::None;
    auto opened = Database::open(path, options);
    if (!opened) {
        section.add(tr("Open"), QStringLiteral("%1: %2").arg(opened.error().code, opened.error().message));
        return section;
    }
    const Database& db = *opened.value();
    section.add(tr("Schema version"), QString::number(db.schemaVersion()));
    section.add(tr("Dossiers"), locale.toString(db.dossierCount()));
    const QMap<QString, qint64> counts = db.outboxCounts();
    QStringList queue;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        queue.append(QStringLiteral("%1 %2").arg(it.key(), locale.toString(it.value())));
    section.add(tr("Outbox queue"), queue.isEmpty() ? tr("empty") : queue.join(QStringLiteral(", ")));
    return section;
}

} // namespace motcua
