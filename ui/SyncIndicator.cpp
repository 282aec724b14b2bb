#include "SyncIndicator.h"

#include "RegistryClient.h"

#include <QLocale>

namespace motcua {

SyncIndicator::SyncIndicator(ServiceRegistry& services, QWidget* parent)
    : ServiceIndicator(services, QString::fromLatin1(RegistryClient::serviceId()), parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    bind();
}

void SyncIndicator::connectService(QObject* service)
{
    auto* client = static_cast<RegistryClient*>(service);
    connect(client, &RegistryClient::stateChanged, this, &SyncIndicator::refresh);
    connect(client, &RegistryClient::countsChanged, this, &SyncIndicator::refresh);
}

void SyncIndicator::showService()
{
    auto* client = qobject_cast<RegistryClient*>(service());
    if (!client)
        return showUnavailable();
    Level level = Level::Ok;
    QString fallback;
    switch (client->state()) {
    case RegistryClient::State::Offline:
        level = Level::Warning;
        fallback = tr("offline");
        break;
    case RegistryClient::State::Idle:
        fallback = tr("up to date");
        break;
    case RegistryClient::State::Syncing:
        level = Level::Busy;
        fallback = tr("sending…");
        break;
    case RegistryClient::State::Failing:
        level = Level::Error;
        fallback = tr("failing");
        break;
    }
    const QString status = client->statusText().isEmpty() ? fallback : client->statusText();
    QString text = tr("Sync: %1").arg(status);
    if (client->pendingCount() > 0)
        text += QStringLiteral(" (%1)").arg(QLocale().toString(client->pendingCount()));
    QString toolTip =
        tr("Synchronisation: %1\nWaiting: %2, failed: %3")
            .arg(status, QLocale().toString(client->pendingCount()), QLocale().toString(client->failedCount()));
    const QDateTime last = client->lastSuccess();
    if (last.isValid())
        toolTip += QLatin1Char('\n') + tr("Last success: %1").arg(QLocale().toString(last, QLocale::ShortFormat));
    setStatus(level, text, toolTip);
}

void SyncIndicator::showUnavailable()
{
    setStatus(Level::Unavailable, tr("Sync: not available"),
              tr("Synchronisation: not available (the sync module is not loaded)"));
}

} // namespace motcua
