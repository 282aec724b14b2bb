#pragma once

#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <optional>

namespace motcua::intake {

// The desk's printed forms (TT 01/2018 Mẫu 01–06, TT 03/2025 Phụ lục I incl. the stop notice).
enum class FormKind {
    Receipt,    // Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả
    Supplement, // Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
    Refusal,    // Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ
    Apology,    // Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả
    Stop,       // Thông báo dừng giải quyết hồ sơ (TT 03/2025)
    Control,    // Phiếu kiểm soát quá trình giải quyết hồ sơ
    LogBook,    // Sổ theo dõi hồ sơ
};

// Stable keys used by the CLI and in file names: receipt, supplement, refusal, apology, stop, control, logbook.
QString formKindKey(FormKind kind);
std::optional<FormKind> formKindFromKey(const QString& key);
QList<FormKind> allFormKinds();

// Forms print on A5 portrait; the log book on A4 landscape (TT 01/2018 Điều 10).
QPageSize formPageSize(FormKind kind);
QPageLayout::Orientation formOrientation(FormKind kind);

} // namespace motcua::intake
