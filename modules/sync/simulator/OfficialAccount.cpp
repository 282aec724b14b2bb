#include "OfficialAccount.h"

namespace motcua::sync {

bool OfficialAccount::isKnownRole(const QString& role)
{
    return role == QLatin1String("official") || role == QLatin1String("supervisor") ||
           role == QLatin1String("trainer") || role == QLatin1String("administrator");
}

Result<OfficialAccount> OfficialAccount::parse(const QString& spec)
{
    const qsizetype first = spec.indexOf(QLatin1Char(':'));
    const qsizetype second = first < 0 ? -1 : spec.indexOf(QLatin1Char(':'), first + 1);
    const qsizetype third = second < 0 ? -1 : spec.indexOf(QLatin1Char(':'), second + 1);
    auto bad = [](const QString& why) {
        return Result<OfficialAccount>::failure(
            QStringLiteral("sim.bad_official"),
            QStringLiteral("--official expects LOGIN:PASSWORD:ROLE:Display name; ") + why);
    };
    if (third < 0)
        return bad(QStringLiteral("four fields are needed"));
    OfficialAccount account;
    account.login = spec.left(first).trimmed();
    account.password = spec.mid(first + 1, second - first - 1);
    account.role = spec.mid(second + 1, third - second - 1).trimmed();
    account.displayName = spec.mid(third + 1).trimmed();
    if (account.login.isEmpty() || account.password.isEmpty() || account.displayName.isEmpty())
        return bad(QStringLiteral("login, password and display name must not be empty"));
    if (!isKnownRole(account.role))
        return bad(QStringLiteral("the role is official, supervisor, trainer or administrator"));
    return account;
}

} // namespace motcua::sync
