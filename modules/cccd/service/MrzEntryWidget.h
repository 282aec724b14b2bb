#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace motcua::cccd {

// Three MRZ lines with check-digit feedback as the official types (or a document scanner pastes them).
// Pasting all three lines (or 90 characters) into the first field spreads them over the three.
// complete() fires when every check digit matches, with the lines joined by newlines.
class MrzEntryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MrzEntryWidget(QWidget* parent = nullptr);

    QStringList lines() const;
    void setLines(const QStringList& lines);
    void clear();
    bool isValid() const;
    QLineEdit* lineEdit(int index) const;

signals:
    void complete(const QString& mrz);

private:
    void onEdited(int index);
    void refresh();

    QLineEdit* m_edits[3] = {};
    QLabel* m_feedback[3] = {};
    bool m_updating = false;
    bool m_wasValid = false;
};

} // namespace motcua::cccd
