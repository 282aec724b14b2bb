#include "SyncError.h"

#include <QHash>

namespace motcua::sync {

QString SyncError::describe(const QString& code)
{
    using namespace sync_error;
    const QByteArray c = code.toLatin1();
    if (c == InsecureUrl)
        return tr("The registry address does not use HTTPS. Ask the IT contact for the HTTPS address.");
    if (c == BadUrl)
        return tr("The registry address is not valid. Check it in the synchronisation settings.");
    if (c == CaBundle)
        return tr("The certificate file for the registry cannot be read. Check its path in the settings.");
    if (c == DemoGuard)
        return tr("Demo mode only talks to its own training registry. Nothing was sent.");
    if (c == Offline)
        return tr("The registry cannot be reached. Dossiers stay queued and are sent when the network is back.");
    if (c == Timeout)
        return tr("The registry did not answer in time. The desk will try again by itself.");
    if (c == ConnectionLost)
        return tr("The connection to the registry was cut. The desk will send again; nothing is lost.");
    if (c == Tls)
        return tr("The registry's certificate was refused (expired or not trusted). Call the IT contact.");
    if (c == Redirect)
        return tr("The registry answered from another address. Ask the IT contact to check the registry address.");
    if (c == BadResponse || c == TooLarge)
        return tr("The registry sent an answer the desk cannot read. The desk will try again by itself.");
    if (c == RateLimited)
        return tr("The registry is busy and asked the desk to wait. Sending resumes by itself.");
    if (c == ServerError || c == HttpStatus)
        return tr("The registry reported an error. The desk will try again by itself.");
    if (c == NoCredentials)
        return tr("This desk has no registry credentials yet. Enter them in the synchronisation settings.");
    if (c == CredentialsRefused)
        return tr("The registry refused this desk's credentials. Enter the current ones in the settings.");
    if (c == NoKeychain)
        return tr("No secure password store is available on this computer, so the registry credentials cannot be "
                  "kept. Ask the IT contact to enable the system keyring.");
    if (c == Conflict)
        return tr("The registry holds a different version of this entry. Export it and send it to the IT contact.");
    if (c == Rejected)
        return tr("The registry refused this entry. Check the dossier, then retry or export it.");
    if (c == Deferred)
        return tr("The registry asked to receive an earlier change first. The desk will try again by itself.");
    if (c == AttachmentMissing)
        return tr("A scanned file of this dossier is missing on this computer. Scan it again or export the entry.");
    if (c == AttachmentCorrupt)
        return tr("A scanned file of this dossier is damaged on this computer. Scan it again or export the entry.");
    if (c == DemoDossier)
        return tr("This is a demo dossier; it is never sent to a real registry.");
    if (c == BadEntry)
        return tr("This entry cannot be read. Export it and send it to the IT contact.");
    if (c == Storage)
        return tr("The desk's database reported an error. The desk will try again; call the IT contact if it "
                  "persists.");
    return tr("Synchronisation failed. The desk will try again by itself.");
}

bool SyncError::isTransient(const QString& code)
{
    using namespace sync_error;
    static const QSet<QString> permanent{
        QLatin1String(InsecureUrl),       QLatin1String(BadUrl),
        QLatin1String(CaBundle),          QLatin1String(DemoGuard),
        QLatin1String(NoCredentials),     QLatin1String(CredentialsRefused),
        QLatin1String(NoKeychain),        QLatin1String(Conflict),
        QLatin1String(Rejected),          QLatin1String(AttachmentMissing),
        QLatin1String(AttachmentCorrupt), QLatin1String(DemoDossier),
        QLatin1String(BadEntry),
    };
    return !permanent.contains(code);
}

} // namespace motcua::sync
