#include "DossierState.h"

#include <array>

namespace motcua {

namespace {

struct StateName
{
    DossierState state;
    const char* key;
};

constexpr std::array<StateName, 10> kStates{{
    {DossierState::Registered, "registered"},
    {DossierState::Received, "received"},
    {DossierState::Refused, "refused"},
    {DossierState::Processing, "processing"},
    {DossierState::SupplementRequested, "supplement_requested"},
    {DossierState::AwaitingPayment, "awaiting_payment"},
    {DossierState::WithdrawRequested, "withdraw_requested"},
    {DossierState::Stopped, "stopped"},
    {DossierState::Resolved, "resolved"},
    {DossierState::Returned, "returned"},
}};

struct ActionName
{
    DossierAction action;
    const char* key;
};

constexpr std::array<ActionName, 12> kActions{{
    {DossierAction::Receive, "receive"},
    {DossierAction::Refuse, "refuse"},
    {DossierAction::StartProcessing, "start_processing"},
    {DossierAction::RequestSupplement, "request_supplement"},
    {DossierAction::CompleteSupplement, "complete_supplement"},
    {DossierAction::RequestPayment, "request_payment"},
    {DossierAction::ConfirmPayment, "confirm_payment"},
    {DossierAction::RequestWithdrawal, "request_withdrawal"},
    {DossierAction::Stop, "stop"},
    {DossierAction::Resolve, "resolve"},
    {DossierAction::ReturnResult, "return_result"},
    {DossierAction::ExtendWithApology, "extend_with_apology"},
}};

// Target state of an action, or nullopt if the action is not allowed from that state.
std::optional<DossierState> target(DossierState from, DossierAction action)
{
    using S = DossierState;
    using A = DossierAction;
    const bool open = from == S::Received || from == S::Processing || from == S::AwaitingPayment;
    switch (action) {
    case A::Receive:
        return from == S::Registered ? std::optional(S::Received) : std::nullopt;
    case A::Refuse:
        // Refusal at reception, or after appraisal within the processing period (ND 61 Điều 19).
        return (from == S::Registered || from == S::Received || from == S::Processing) ? std::optional(S::Refused)
                                                                                       : std::nullopt;
    case A::StartProcessing:
        return from == S::Received ? std::optional(S::Processing) : std::nullopt;
    case A::RequestSupplement:
        return (from == S::Registered || from == S::Received || from == S::Processing)
                   ? std::optional(S::SupplementRequested)
                   : std::nullopt;
    case A::CompleteSupplement:
        // The complete dossier is received again; the processing period restarts from zero.
        return from == S::SupplementRequested ? std::optional(S::Received) : std::nullopt;
    case A::RequestPayment:
        return (from == S::Received || from == S::Processing) ? std::optional(S::AwaitingPayment) : std::nullopt;
    case A::ConfirmPayment:
        return from == S::AwaitingPayment ? std::optional(S::Processing) : std::nullopt;
    case A::RequestWithdrawal:
        return (open || from == S::SupplementRequested) ? std::optional(S::WithdrawRequested) : std::nullopt;
    case A::Stop:
        // A stop notice is only possible while no result has been issued (TT 03/2025 Điều 7).
        return (open || from == S::SupplementRequested || from == S::WithdrawRequested) ? std::optional(S::Stopped)
                                                                                        : std::nullopt;
    case A::Resolve:
        return (from == S::Received || from == S::Processing) ? std::optional(S::Resolved) : std::nullopt;
    case A::ReturnResult:
        return from == S::Resolved ? std::optional(S::Returned) : std::nullopt;
    case A::ExtendWithApology:
        return (from == S::Received || from == S::Processing || from == S::AwaitingPayment) ? std::optional(from)
                                                                                            : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

int nationalStatusCode(DossierState state)
{
    return static_cast<int>(state);
}

std::optional<DossierState> dossierStateFromCode(int code)
{
    if (code < 1 || code > 10)
        return std::nullopt;
    return static_cast<DossierState>(code);
}

QString stateKey(DossierState state)
{
    for (const auto& s : kStates)
        if (s.state == state)
            return QString::fromLatin1(s.key);
    return {};
}

std::optional<DossierState> dossierStateFromKey(const QString& key)
{
    for (const auto& s : kStates)
        if (key == QLatin1String(s.key))
            return s.state;
    bool isNumber = false;
    const int code = key.toInt(&isNumber);
    return isNumber ? dossierStateFromCode(code) : std::nullopt;
}

QString actionKey(DossierAction action)
{
    for (const auto& a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.key);
    return {};
}

std::optional<DossierAction> dossierActionFromKey(const QString& key)
{
    for (const auto& a : kActions)
        if (key == QLatin1String(a.key))
            return a.action;
    return std::nullopt;
}

bool isTerminal(DossierState state)
{
    return state == DossierState::Refused || state == DossierState::Stopped || state == DossierState::Returned;
}

QList<DossierState> allDossierStates()
{
    QList<DossierState> states;
    for (const auto& s : kStates)
        states.append(s.state);
    return states;
}

Result<DossierState> DossierLifecycle::apply(DossierState from, DossierAction action, const LifecycleCounters& counters)
{
    if (action == DossierAction::RequestSupplement && counters.supplementRequests >= 1)
        return Result<DossierState>::failure(QStringLiteral("lifecycle.supplement_once"),
                                             QStringLiteral("a supplement may be requested only once"));
    if (action == DossierAction::ExtendWithApology && counters.extensions >= 1)
        return Result<DossierState>::failure(QStringLiteral("lifecycle.extension_once"),
                                             QStringLiteral("the due date may be extended only once"));
    const auto to = target(from, action);
    if (!to)
        return Result<DossierState>::failure(
            QStringLiteral("lifecycle.illegal_transition"),
            QStringLiteral("action '%1' is not allowed in state '%2'").arg(actionKey(action), stateKey(from)));
    return *to;
}

bool DossierLifecycle::allows(DossierState from, DossierAction action, const LifecycleCounters& counters)
{
    return apply(from, action, counters).ok();
}

QList<DossierAction> DossierLifecycle::allowedActions(DossierState from, const LifecycleCounters& counters)
{
    QList<DossierAction> actions;
    for (const auto& a : kActions)
        if (allows(from, a.action, counters))
            actions.append(a.action);
    return actions;
}

} // namespace motcua
