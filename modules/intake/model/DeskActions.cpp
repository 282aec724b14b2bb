#include "DeskActions.h"

#include "Database.h"
#include "DossierRepository.h"
#include "DueDateCalculator.h"
#include "Transaction.h"

#include <QJsonArray>

namespace motcua::intake {

namespace {

Result<Dossier> invalid(const char* code, const QString& message)
{
    return Result<Dossier>::failure(QString::fromLatin1(code), message);
}

QStringList cleaned(const QStringList& lines)
{
    QStringList out;
    for (const QString& l : lines)
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    return out;
}

QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

DeskActions::DeskActions(const IntakeEnvironment& environment) : m_env(environment) {}

std::optional<FormKind> DeskActions::formFor(DossierAction action)
{
    switch (action) {
    case DossierAction::Receive:
        return FormKind::Receipt;
    case DossierAction::RequestSupplement:
        return FormKind::Supplement;
    case DossierAction::Refuse:
        return FormKind::Refusal;
    case DossierAction::ExtendWithApology:
        return FormKind::Apology;
    case DossierAction::Stop:
        return FormKind::Stop;
    case DossierAction::StartProcessing:
    case DossierAction::Resolve:
    case DossierAction::ReturnResult:
        return FormKind::Control;
    default:
        return std::nullopt;
    }
}

QString DeskActions::messageFor(const Error& error)
{
    const QString& c = error.code;
    //: "yêu cầu bổ sung" = supplement request; legal rule: only once (ND 61/2018 Điều 15).
    if (c == QLatin1String("lifecycle.supplement_once"))
        return tr("A supplement has already been requested for this dossier. The law allows only one request, "
                  "complete and at once.");
    if (c == QLatin1String("lifecycle.extension_once"))
        return tr("The appointment has already been extended once. The law allows only one extension.");
    if (c == QLatin1String("lifecycle.illegal_transition"))
        return tr("This action is not possible in the dossier's current state.");
    if (c == QLatin1String("action.items"))
        return tr("List what the citizen has to add or correct.");
    if (c == QLatin1String("action.reasons"))
        return tr("Give the reasons for the refusal.");
    if (c == QLatin1String("action.reason"))
        return tr("Give the reason.");
    if (c == QLatin1String("action.receiver"))
        //: "trả kết quả" = hand over the result
        return tr("Enter the name of the person who received the result.");
    if (c == QLatin1String("action.new_due"))
        return tr("The new appointment must be later than the current one.");
    if (c == QLatin1String("storage.not_found"))
        return tr("This dossier no longer exists in the local store.");
    return tr("The action could not be saved (%1). Nothing was changed; try again.").arg(c);
}

Result<Dossier> DeskActions::apply(const QString& uuid, DossierAction action, const QJsonObject& payload,
                                   const QDateTime& at, const QDateTime& newDueAt)
{
    if (!m_env.database)
        return invalid("intake.no_database", QStringLiteral("no database"));
    ActionContext context;
    context.actor = m_env.userName;
    context.at = at;
    context.payload = payload;
    context.newDueAt = newDueAt;
    return DossierRepository(*m_env.database).applyAction(uuid, action, context);
}

Result<Dossier> DeskActions::requestSupplement(const QString& uuid, const QStringList& items, const QString& reason,
                                               const QDateTime& at)
{
    const QStringList list = cleaned(items);
    if (list.isEmpty())
        return invalid("action.items", QStringLiteral("a supplement request lists what is missing"));
    return apply(uuid, DossierAction::RequestSupplement,
                 QJsonObject{{QStringLiteral("items"), QJsonArray::fromStringList(list)},
                             {QStringLiteral("reason"), reason.trimmed()}},
                 at);
}

Result<Dossier> DeskActions::completeSupplement(const QString& uuid, const QDateTime& at)
{
    if (!m_env.database)
        return invalid("intake.no_database", QStringLiteral("no database"));
    const auto current = DossierRepository(*m_env.database).find(uuid);
    if (!current)
        return current;
    // The period restarts from zero once the complete dossier is received, under the procedure version
    // the dossier was received with.
    const QDateTime restart = at.isValid() ? at : QDateTime::currentDateTime();
    QDateTime newDue;
    const auto procedure = m_env.catalogue.find(current->procedureCode, current->procedureVersion);
    if (procedure) {
        const auto due = DueDateCalculator(m_env.calendar).compute(restart, *procedure);
        if (!due)
            return Result<Dossier>(due.error());
        newDue = due->due;
    }
    return apply(uuid, DossierAction::CompleteSupplement,
                 QJsonObject{{QStringLiteral("restartedAt"), timeValue(restart)}}, restart, newDue);
}

Result<Dossier> DeskActions::refuse(const QString& uuid, const QStringList& reasons, const QDateTime& at)
{
    const QStringList list = cleaned(reasons);
    if (list.isEmpty())
        return invalid("action.reasons", QStringLiteral("a refusal states its reasons"));
    return apply(uuid, DossierAction::Refuse,
                 QJsonObject{{QStringLiteral("reasons"), QJsonArray::fromStringList(list)}}, at);
}

Result<Dossier> DeskActions::startProcessing(const QString& uuid, const QString& toUnit, const QDateTime& at)
{
    return apply(uuid, DossierAction::StartProcessing, QJsonObject{{QStringLiteral("toUnit"), toUnit.trimmed()}}, at);
}

Result<Dossier> DeskActions::resolve(const QString& uuid, const QString& note, const QDateTime& at)
{
    return apply(uuid, DossierAction::Resolve, QJsonObject{{QStringLiteral("note"), note.trimmed()}}, at);
}

Result<Dossier> DeskActions::returnResult(const QString& uuid, const QString& receiverName, const QString& receiverId,
                                          const QDateTime& at)
{
    if (receiverName.trimmed().isEmpty())
        return invalid("action.receiver", QStringLiteral("who received the result is required"));
    return apply(uuid, DossierAction::ReturnResult,
                 QJsonObject{{QStringLiteral("receiver"), receiverName.simplified()},
                             {QStringLiteral("receiverId"), receiverId.trimmed()}},
                 at);
}

Result<Dossier> DeskActions::withdraw(const QString& uuid, const QString& reason, const QDateTime& requestedAt,
                                      const QDateTime& at)
{
    if (!m_env.database)
        return invalid("intake.no_database", QStringLiteral("no database"));
    if (reason.trimmed().isEmpty())
        return invalid("action.reason", QStringLiteral("a stop states its reason"));
    const auto current = DossierRepository(*m_env.database).find(uuid);
    if (!current)
        return current;
    const QDateTime requested =
        requestedAt.isValid() ? requestedAt : (at.isValid() ? at : QDateTime::currentDateTime());
    const QJsonObject payload{{QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("requestedAt"), timeValue(requested)}};
    // The request and the stop notice are two events of one decision: both or neither.
    Transaction tx(*m_env.database);
    if (!tx.isActive())
        return Result<Dossier>(tx.status().error());
    if (current->state != DossierState::WithdrawRequested) {
        auto requestedState = apply(uuid, DossierAction::RequestWithdrawal, payload, requested);
        if (!requestedState)
            return requestedState;
    }
    auto stopped = apply(uuid, DossierAction::Stop, payload, at.isValid() ? at : requested);
    if (!stopped)
        return stopped;
    if (Status st = tx.commit(); !st)
        return Result<Dossier>(st.error());
    return stopped;
}

Result<Dossier> DeskActions::extend(const QString& uuid, const QDateTime& newDueAt, const QString& reason,
                                    const QDateTime& at)
{
    if (!m_env.database)
        return invalid("intake.no_database", QStringLiteral("no database"));
    if (reason.trimmed().isEmpty())
        return invalid("action.reason", QStringLiteral("an apology states its reason"));
    const auto current = DossierRepository(*m_env.database).find(uuid);
    if (!current)
        return current;
    if (!newDueAt.isValid() || (current->dueAt.isValid() && newDueAt <= current->dueAt))
        return invalid("action.new_due", QStringLiteral("the new appointment must be after the current one"));
    return apply(uuid, DossierAction::ExtendWithApology, QJsonObject{{QStringLiteral("reason"), reason.trimmed()}}, at,
                 newDueAt);
}

} // namespace motcua::intake
