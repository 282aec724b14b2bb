#include "ActionDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::intake {

QString ActionDialog::title(Kind kind)
{
    switch (kind) {
    case Kind::Supplement:
        //: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
        return tr("Request a supplement");
    case Kind::CompleteSupplement:
        return tr("Supplement received");
    case Kind::Refuse:
        //: Từ chối tiếp nhận
        return tr("Refuse the dossier");
    case Kind::StartProcessing:
        return tr("Send for processing");
    case Kind::Resolve:
        return tr("Result ready");
    case Kind::ReturnResult:
        //: Trả kết quả
        return tr("Hand over the result");
    case Kind::Withdraw:
        //: Rút hồ sơ / dừng giải quyết
        return tr("Withdraw / stop");
    case Kind::Extend:
        //: Gia hạn, xin lỗi và hẹn lại
        return tr("Extend with apology");
    }
    return {};
}

ActionDialog::ActionDialog(Kind kind, const QDateTime& now, const QDateTime& currentDue, QWidget* parent)
    : QDialog(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(title(kind));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    auto addLines = [&](const QString& label, const QString& hint) {
        m_lines = new QPlainTextEdit(this);
        m_lines->setObjectName(QStringLiteral("linesEdit"));
        m_lines->setPlaceholderText(hint);
        m_lines->setTabChangesFocus(true);
        m_lines->setMinimumHeight(90);
        form->addRow(label, m_lines);
    };
    auto addText = [&](const QString& label, const QString& hint) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        m_text->setPlaceholderText(hint);
        form->addRow(label, m_text);
    };
    auto addTime = [&](const QString& label, const QDateTime& value) {
        m_time = new QDateTimeEdit(value, this);
        m_time->setObjectName(QStringLiteral("timeEdit"));
        m_time->setDisplayFormat(QStringLiteral("HH:mm dd/MM/yyyy"));
        m_time->setCalendarPopup(true);
        form->addRow(label, m_time);
    };

    switch (kind) {
    case Kind::Supplement:
        addLines(tr("What to add or correct"),
                 tr("One paper per line, everything at once: the law allows one request"));
        addText(tr("Reason"), tr("e.g. the copy is not legible"));
        break;
    case Kind::CompleteSupplement:
        addTime(tr("Completed at"), now);
        form->addRow(new QLabel(tr("The processing period starts again from this time."), this));
        break;
    case Kind::Refuse:
        addLines(tr("Reasons"), tr("One reason per line; they are printed on the refusal"));
        break;
    case Kind::StartProcessing:
        addText(tr("To unit"), tr("the competent unit"));
        break;
    case Kind::Resolve:
        addText(tr("Note"), QString());
        break;
    case Kind::ReturnResult:
        addText(tr("Received by"), tr("full name of the person who took the result"));
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("secondEdit"));
        m_second->setPlaceholderText(tr("ID number, if shown"));
        form->addRow(tr("ID number"), m_second);
        addTime(tr("Handed over at"), now);
        break;
    case Kind::Withdraw:
        addText(tr("Reason"), tr("why the citizen withdraws"));
        addTime(tr("Requested at"), now);
        break;
    case Kind::Extend: {
        addTime(tr("New appointment"), currentDue.isValid() ? currentDue.addDays(1) : now.addDays(1));
        addText(tr("Reason for the delay"), tr("printed on the apology"));
        if (currentDue.isValid())
            form->addRow(new QLabel(tr("Current appointment: %1. The law allows one extension.")
                                        .arg(currentDue.toString(QStringLiteral("HH:mm dd/MM/yyyy"))),
                                    this));
        break;
    }
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveActionButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QStringList ActionDialog::lines() const
{
    if (!m_lines)
        return {};
    QStringList out;
    for (const QString& line : m_lines->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

QString ActionDialog::text() const
{
    return m_text ? m_text->text().trimmed() : QString();
}

QString ActionDialog::secondText() const
{
    return m_second ? m_second->text().trimmed() : QString();
}

QDateTime ActionDialog::dateTime() const
{
    return m_time ? m_time->dateTime() : QDateTime();
}

void ActionDialog::setLines(const QStringList& lines)
{
    if (m_lines)
        m_lines->setPlainText(lines.join(QLatin1Char('\n')));
}

void ActionDialog::setText(const QString& text)
{
    if (m_text)
        m_text->setText(text);
}

void ActionDialog::setSecondText(const QString& text)
{
    if (m_second)
        m_second->setText(text);
}

void ActionDialog::setDateTime(const QDateTime& time)
{
    if (m_time)
        m_time->setDateTime(time);
}

QString ActionDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ActionDialog::submit()
{
    const QString refusal = m_submit ? m_submit(*this) : QString();
    if (refusal.isEmpty()) {
        m_error->clear();
        m_error->hide();
        accept();
        return;
    }
    m_error->setText(refusal);
    m_error->show();
}

} // namespace motcua::intake
