#include "DossierText.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace motcua::intake {

QString DossierText::stateName(DossierState state)
{
    // The national status names (TrangThaiHoSo); the Vietnamese catalogue prints them as the law does.
    switch (state) {
    case DossierState::Registered:
        //: Mới đăng ký
        return tr("Registered online");
    case DossierState::Received:
        //: Được tiếp nhận
        return tr("Received");
    case DossierState::Refused:
        //: Không được tiếp nhận
        return tr("Refused");
    case DossierState::Processing:
        //: Đang xử lý
        return tr("Processing");
    case DossierState::SupplementRequested:
        //: Yêu cầu bổ sung giấy tờ
        return tr("Supplement requested");
    case DossierState::AwaitingPayment:
        //: Yêu cầu thực hiện nghĩa vụ tài chính
        return tr("Awaiting payment");
    case DossierState::WithdrawRequested:
        //: Công dân yêu cầu rút hồ sơ
        return tr("Withdrawal requested");
    case DossierState::Stopped:
        //: Dừng xử lý
        return tr("Stopped");
    case DossierState::Resolved:
        //: Đã xử lý xong
        return tr("Resolved");
    case DossierState::Returned:
        //: Đã trả kết quả
        return tr("Result handed over");
    }
    return stateKey(state);
}

QString DossierText::actionName(const QString& key)
{
    if (key == QLatin1String(event_action::Create))
        return tr("Dossier received");
    if (key == QLatin1String(event_action::Edit))
        return tr("Data corrected");
    if (key == QLatin1String(event_action::OfficialCode))
        return tr("Official code assigned by the registry");
    const auto action = dossierActionFromKey(key);
    if (!action)
        return key;
    switch (*action) {
    case DossierAction::Receive:
        return tr("Dossier received");
    case DossierAction::Refuse:
        return tr("Refused at the desk");
    case DossierAction::StartProcessing:
        return tr("Sent for processing");
    case DossierAction::RequestSupplement:
        return tr("Supplement requested");
    case DossierAction::CompleteSupplement:
        return tr("Supplement completed, period restarted");
    case DossierAction::RequestPayment:
        return tr("Payment requested");
    case DossierAction::ConfirmPayment:
        return tr("Payment confirmed");
    case DossierAction::RequestWithdrawal:
        return tr("Citizen asked to withdraw");
    case DossierAction::Stop:
        return tr("Processing stopped");
    case DossierAction::Resolve:
        return tr("Result ready");
    case DossierAction::ReturnResult:
        return tr("Result handed over");
    case DossierAction::ExtendWithApology:
        return tr("Appointment extended with apology");
    }
    return key;
}

QString DossierText::syncStateName(const QString& key)
{
    if (key == QLatin1String("queued"))
        return tr("Queued");
    if (key == QLatin1String("sending"))
        return tr("Sending");
    if (key == QLatin1String("failed"))
        return tr("Failed");
    if (key == QLatin1String("synced"))
        return tr("Synced");
    return key;
}

QString DossierText::componentStatusName(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Missing:
        return tr("Missing");
    case ComponentStatus::Scanned:
        return tr("Scanned");
    case ComponentStatus::ShownOnly:
        return tr("Shown only");
    case ComponentStatus::Reused:
        return tr("Reused");
    }
    return {};
}

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        if (!v.toString().trimmed().isEmpty())
            out.append(v.toString().trimmed());
    return out;
}

} // namespace

QString DossierText::eventDetails(const DossierEvent& event)
{
    const QJsonObject& p = event.payload;
    QStringList parts;
    const QStringList items = strings(p.value(QLatin1String("items")));
    if (!items.isEmpty())
        parts.append(tr("To add: %1").arg(items.join(QStringLiteral("; "))));
    const QStringList reasons = strings(p.value(QLatin1String("reasons")));
    if (!reasons.isEmpty())
        parts.append(tr("Reasons: %1").arg(reasons.join(QStringLiteral("; "))));
    const QString reason = p.value(QLatin1String("reason")).toString().trimmed();
    if (!reason.isEmpty())
        parts.append(tr("Reason: %1").arg(reason));
    const QString receiver = p.value(QLatin1String("receiver")).toString().trimmed();
    if (!receiver.isEmpty()) {
        const QString receiverId = p.value(QLatin1String("receiverId")).toString().trimmed();
        parts.append(receiverId.isEmpty() ? tr("Received by %1").arg(receiver)
                                          : tr("Received by %1 (ID %2)").arg(receiver, receiverId));
    }
    const QString toUnit = p.value(QLatin1String("toUnit")).toString().trimmed();
    if (!toUnit.isEmpty())
        parts.append(tr("To %1").arg(toUnit));
    const QString note = p.value(QLatin1String("note")).toString().trimmed();
    if (!note.isEmpty())
        parts.append(note);
    const QString newDue = p.value(QLatin1String("newDueAt")).toString();
    if (!newDue.isEmpty())
        parts.append(tr("New appointment: %1").arg(time(QDateTime::fromString(newDue, Qt::ISODate))));
    const QString code = p.value(QLatin1String("code")).toString();
    if (!code.isEmpty() && event.action == QLatin1String(event_action::OfficialCode))
        parts.append(code);
    return parts.join(QStringLiteral(" · "));
}

QDateTime DossierText::local(const QDateTime& time)
{
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    return time.isValid() ? time.toTimeZone(zone) : QDateTime();
}

QString DossierText::time(const QDateTime& t)
{
    return t.isValid() ? local(t).toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString DossierText::size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace motcua::intake
