#include "AuditChain.h"

#include <QCryptographicHash>

namespace motcua::security {

namespace {

void appendField(QByteArray& out, const QByteArray& utf8)
{
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += ';';
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditChain::canonicalRow(const AuditEntry& e)
{
    QByteArray out("motcua-audit-v1;");
    appendField(out, QByteArray::number(e.seq));
    appendField(out, QByteArray::number(e.occurredAt.toMSecsSinceEpoch()));
    appendField(out, e.actor.toUtf8());
    appendField(out, e.role.toUtf8());
    appendField(out, e.action.toUtf8());
    appendField(out, e.dossierUuid.toUtf8());
    appendField(out, e.dossierCode.toUtf8());
    appendField(out, e.detail.toUtf8());
    return out;
}

QString AuditChain::hashOf(const QString& prevHash, const AuditEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::fromHex(prevHash.toLatin1()));
    hash.addData(canonicalRow(entry));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace motcua::security
