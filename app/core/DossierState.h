#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace motcua {

// The ten national status codes of DVCQG sync ("TrangThaiHoSo", DOMAIN.md §3.2). The numeric value is
// the code sent to the registry, so never renumber.
enum class DossierState : int {
    Registered = 1,          // Mới đăng ký (online, not yet received)
    Received = 2,            // Được tiếp nhận
    Refused = 3,             // Không được tiếp nhận
    Processing = 4,          // Đang xử lý
    SupplementRequested = 5, // Yêu cầu bổ sung giấy tờ
    AwaitingPayment = 6,     // Yêu cầu thực hiện nghĩa vụ tài chính
    WithdrawRequested = 7,   // Công dân yêu cầu rút hồ sơ
    Stopped = 8,             // Dừng xử lý
    Resolved = 9,            // Đã xử lý xong
    Returned = 10,           // Đã trả kết quả
};

// What someone does to a dossier. Each action is recorded as an event and an outbox entry.
enum class DossierAction {
    Receive,            // desk issues Giấy tiếp nhận (Mẫu 01)
    Refuse,             // Phiếu từ chối with reasons
    StartProcessing,    // transferred to the competent unit
    RequestSupplement,  // Phiếu yêu cầu bổ sung (once)
    CompleteSupplement, // citizen brought the missing papers; the clock restarts
    RequestPayment,     // financial obligation
    ConfirmPayment,     // paid
    RequestWithdrawal,  // citizen asks to stop
    Stop,               // Thông báo dừng giải quyết
    Resolve,            // decision/result issued
    ReturnResult,       // handed over to the citizen
    ExtendWithApology,  // Phiếu xin lỗi và hẹn lại (once); the state does not change
};

int nationalStatusCode(DossierState state);
std::optional<DossierState> dossierStateFromCode(int code);
QString stateKey(DossierState state); // stable English key, e.g. "received"
std::optional<DossierState> dossierStateFromKey(const QString& key);
QString actionKey(DossierAction action); // stable English key, e.g. "request_supplement"
std::optional<DossierAction> dossierActionFromKey(const QString& key);
bool isTerminal(DossierState state);
QList<DossierState> allDossierStates();

// How many one-time actions a dossier has used: the law allows one supplement request and one extension.
struct LifecycleCounters
{
    int supplementRequests = 0;
    int extensions = 0;
};

// The legal life-cycle (ND 61/2018 Điều 17–20, ND 118/2025 Điều 21): which action is allowed in which
// state, and the state it leads to. Illegal transitions come back as an error naming both.
class DossierLifecycle
{
public:
    static Result<DossierState> apply(DossierState from, DossierAction action, const LifecycleCounters& counters);
    static bool allows(DossierState from, DossierAction action, const LifecycleCounters& counters);
    static QList<DossierAction> allowedActions(DossierState from, const LifecycleCounters& counters);
};

} // namespace motcua
