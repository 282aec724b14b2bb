#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>
#include <functional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace motcua::intake {

// The details one desk action needs, asked in a small dialog: what to add (supplement), the reasons
// (refusal), who received the result and when (hand-over), why the citizen stops (withdrawal), the new
// appointment and the apology (extension). The dialog stays open with the model's refusal shown when
// the action is not accepted, so nothing typed is lost.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind {
        Supplement,
        CompleteSupplement,
        Refuse,
        StartProcessing,
        Resolve,
        ReturnResult,
        Withdraw,
        Extend
    };

    // `submit` runs the action and returns an empty string when it was accepted, else the reason.
    ActionDialog(Kind kind, const QDateTime& now, const QDateTime& currentDue, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setSubmit(std::function<QString(ActionDialog&)> submit) { m_submit = std::move(submit); }
    static QString title(Kind kind);

    // The fields (those the kind does not use are empty).
    QStringList lines() const;  // items to add / refusal reasons, one per line
    QString text() const;       // reason, receiver name, unit, note
    QString secondText() const; // receiver's ID number
    QDateTime dateTime() const; // when; the new appointment for an extension

    void setLines(const QStringList& lines);
    void setText(const QString& text);
    void setSecondText(const QString& text);
    void setDateTime(const QDateTime& time);
    QString errorText() const;

public slots:
    // Runs the action; closes when it was accepted, shows the reason when not.
    void submit();

private:
    Kind m_kind;
    std::function<QString(ActionDialog&)> m_submit;
    QPlainTextEdit* m_lines = nullptr;
    QLineEdit* m_text = nullptr;
    QLineEdit* m_second = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace motcua::intake
