#include "CardReaderIndicator.h"

#include "CardReader.h"

namespace motcua {

CardReaderIndicator::CardReaderIndicator(ServiceRegistry& services, QWidget* parent)
    : ServiceIndicator(services, QString::fromLatin1(CardReader::serviceId()), parent)
{
    setObjectName(QStringLiteral("cardReaderIndicator"));
    bind();
}

void CardReaderIndicator::connectService(QObject* service)
{
    auto* reader = static_cast<CardReader*>(service);
    connect(reader, &CardReader::stateChanged, this, &CardReaderIndicator::refresh);
    connect(reader, &CardReader::readersChanged, this, &CardReaderIndicator::refresh);
}

void CardReaderIndicator::showService()
{
    auto* reader = qobject_cast<CardReader*>(service());
    if (!reader)
        return showUnavailable();
    Level level = Level::Ok;
    QString fallback;
    switch (reader->state()) {
    case CardReader::State::NoService:
        level = Level::Error;
        fallback = tr("no PC/SC service");
        break;
    case CardReader::State::NoReader:
        level = Level::Warning;
        fallback = tr("no reader");
        break;
    case CardReader::State::NoCard:
        fallback = tr("ready, no card");
        break;
    case CardReader::State::Reading:
        level = Level::Busy;
        fallback = tr("reading card…");
        break;
    case CardReader::State::Read:
        fallback = tr("card read");
        break;
    case CardReader::State::Error:
        level = Level::Error;
        fallback = tr("error");
        break;
    }
    const QString status = reader->statusText().isEmpty() ? fallback : reader->statusText();
    QString toolTip = tr("Card reader: %1").arg(status);
    const QStringList readers = reader->readers();
    if (!readers.isEmpty())
        toolTip += QLatin1Char('\n') + tr("Readers: %1").arg(readers.join(QStringLiteral(", ")));
    setStatus(level, tr("Card: %1").arg(status), toolTip);
}

void CardReaderIndicator::showUnavailable()
{
    setStatus(Level::Unavailable, tr("Card: not available"),
              tr("Card reader: not available (the card module is not loaded)"));
}

} // namespace motcua
