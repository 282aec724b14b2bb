#include "AuditExport.h"

#include "AuditChain.h"
#include "AuditTrail.h"
#include "SecurityError.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace motcua::security {

namespace {

// RFC 4180: quote every field, double the quotes inside.
QByteArray csvField(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

QByteArray csvRow(const QStringList& fields)
{
    QByteArray row;
    for (const QString& f : fields) {
        if (!row.isEmpty())
            row += ',';
        row += csvField(f);
    }
    return row + "\r\n";
}

// With the UTC offset, so the time is unambiguous wherever the export is read.
QString isoTime(const QDateTime& t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonObject jsonRow(const AuditEntry& e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("occurredAt"), isoTime(e.occurredAt)},
            {QStringLiteral("occurredAtMs"), e.occurredAt.toMSecsSinceEpoch()},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("dossierUuid"), e.dossierUuid},
            {QStringLiteral("dossierCode"), e.dossierCode},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

Status ioError(const QString& why)
{
    return Status::failure(QLatin1String(security_error::Io), QStringLiteral("cannot write the export: %1").arg(why));
}

} // namespace

AuditExport::Format AuditExport::formatForPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json
                                                                                             : Format::Csv;
}

Status AuditExport::write(const AuditTrail& trail, QIODevice& out, Format format)
{
    bool writeOk = true;
    auto put = [&](const QByteArray& bytes) { writeOk = writeOk && out.write(bytes) == bytes.size(); };
    if (format == Format::Csv) {
        put(csvRow({QStringLiteral("seq"), QStringLiteral("occurred_at"), QStringLiteral("occurred_at_ms"),
                    QStringLiteral("actor"), QStringLiteral("role"), QStringLiteral("action"),
                    QStringLiteral("dossier_uuid"), QStringLiteral("dossier_code"), QStringLiteral("detail"),
                    QStringLiteral("prev_hash"), QStringLiteral("hash")}));
    } else {
        // One row per line inside the array: large trails stream without building one big document.
        put("{\n\"format\": \"motcua-audit-v1\",\n\"genesisHash\": \"" + AuditChain::genesisHash().toLatin1() +
            "\",\n\"rows\": [\n");
    }
    bool first = true;
    const Status walked = trail.forEach([&](const AuditEntry& e) {
        if (format == Format::Csv) {
            put(csvRow({QString::number(e.seq), isoTime(e.occurredAt),
                        QString::number(e.occurredAt.toMSecsSinceEpoch()), e.actor, e.role, e.action, e.dossierUuid,
                        e.dossierCode, e.detail, e.prevHash, e.hash}));
        } else {
            put((first ? QByteArray() : QByteArray(",\n")) + QJsonDocument(jsonRow(e)).toJson(QJsonDocument::Compact));
            first = false;
        }
        return writeOk;
    });
    if (!walked)
        return walked;
    if (format == Format::Json)
        put("\n]\n}\n");
    return writeOk ? Status::success() : ioError(out.errorString());
}

Status AuditExport::writeFile(const AuditTrail& trail, const QString& path, Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    if (Status st = write(trail, file, format); !st) {
        file.cancelWriting();
        return st;
    }
    return file.commit() ? Status::success() : ioError(file.errorString());
}

} // namespace motcua::security
