#include "FormKind.h"

#include <array>

namespace motcua::intake {

namespace {

struct KindName
{
    FormKind kind;
    const char* key;
};

constexpr std::array<KindName, 7> kKinds{{
    {FormKind::Receipt, "receipt"},
    {FormKind::Supplement, "supplement"},
    {FormKind::Refusal, "refusal"},
    {FormKind::Apology, "apology"},
    {FormKind::Stop, "stop"},
    {FormKind::Control, "control"},
    {FormKind::LogBook, "logbook"},
}};

} // namespace

QString formKindKey(FormKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<FormKind> formKindFromKey(const QString& key)
{
    for (const auto& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QList<FormKind> allFormKinds()
{
    QList<FormKind> kinds;
    for (const auto& k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

QPageSize formPageSize(FormKind kind)
{
    return QPageSize(kind == FormKind::LogBook ? QPageSize::A4 : QPageSize::A5);
}

QPageLayout::Orientation formOrientation(FormKind kind)
{
    return kind == FormKind::LogBook ? QPageLayout::Landscape : QPageLayout::Portrait;
}

} // namespace motcua::intake
