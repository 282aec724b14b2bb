#include "CardBehaviour.h"

namespace motcua::cccd {

namespace {

QString largeLeName(CardBehaviour::LargeLe v)
{
    switch (v) {
    case CardBehaviour::LargeLe::WrongLength:
        return QStringLiteral("6700");
    case CardBehaviour::LargeLe::WrongParameters:
        return QStringLiteral("6B00");
    case CardBehaviour::LargeLe::ExactLength:
        return QStringLiteral("6Cxx");
    case CardBehaviour::LargeLe::Truncate:
        break;
    }
    return QStringLiteral("truncate");
}

CardBehaviour::LargeLe largeLeFromName(const QString& s)
{
    if (s == QLatin1String("6700"))
        return CardBehaviour::LargeLe::WrongLength;
    if (s.compare(QLatin1String("6B00"), Qt::CaseInsensitive) == 0)
        return CardBehaviour::LargeLe::WrongParameters;
    if (s.compare(QLatin1String("6Cxx"), Qt::CaseInsensitive) == 0)
        return CardBehaviour::LargeLe::ExactLength;
    return CardBehaviour::LargeLe::Truncate;
}

} // namespace

QJsonObject CardBehaviour::toJson() const
{
    return QJsonObject{
        {QStringLiteral("maxReadLength"), maxReadLength},
        {QStringLiteral("onLargeLe"), largeLeName(onLargeLe)},
        {QStringLiteral("extendedLength"), extendedLength},
        {QStringLiteral("protectErrors"), protectErrors},
        {QStringLiteral("endOfFileWarning"), endOfFileWarning},
        {QStringLiteral("wrongKeyStatus"), QString::number(wrongKeyStatus, 16).toUpper()},
        {QStringLiteral("selectMasterFileStatus"), QString::number(selectMasterFileStatus, 16).toUpper()},
    };
}

CardBehaviour CardBehaviour::fromJson(const QJsonObject& json)
{
    CardBehaviour b;
    b.maxReadLength = std::clamp(json.value(QStringLiteral("maxReadLength")).toInt(b.maxReadLength), 1, 65536);
    b.onLargeLe = largeLeFromName(json.value(QStringLiteral("onLargeLe")).toString());
    b.extendedLength = json.value(QStringLiteral("extendedLength")).toBool(b.extendedLength);
    b.protectErrors = json.value(QStringLiteral("protectErrors")).toBool(b.protectErrors);
    b.endOfFileWarning = json.value(QStringLiteral("endOfFileWarning")).toBool(b.endOfFileWarning);
    bool ok = false;
    const quint16 wrongKey =
        static_cast<quint16>(json.value(QStringLiteral("wrongKeyStatus")).toString().toUInt(&ok, 16));
    if (ok)
        b.wrongKeyStatus = wrongKey;
    const quint16 mf =
        static_cast<quint16>(json.value(QStringLiteral("selectMasterFileStatus")).toString().toUInt(&ok, 16));
    if (ok)
        b.selectMasterFileStatus = mf;
    return b;
}

} // namespace motcua::cccd
