#include "MrzEntryWidget.h"

#include "MrzLiveCheck.h"
#include "MrzParser.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace motcua::cccd {

namespace {
constexpr int kLineLength = 30;
}

MrzEntryWidget::MrzEntryWidget(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < 3; ++i) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("mrzLine%1").arg(i + 1));
        edit->setFont(mono);
        edit->setPlaceholderText(i == 0   ? QStringLiteral("IDVNM0950123455001095012345<<6")
                                 : i == 1 ? QStringLiteral("9503157M3503155VNM<<<<<<<<<<<2")
                                          : QStringLiteral("NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<"));
        edit->setAccessibleName(tr("MRZ line %1").arg(i + 1));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('W')) * (kLineLength + 2));
        auto* feedback = new QLabel(this);
        feedback->setObjectName(QStringLiteral("mrzFeedback%1").arg(i + 1));
        layout->addWidget(edit, i, 0);
        layout->addWidget(feedback, i, 1);
        m_edits[i] = edit;
        m_feedback[i] = feedback;
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onEdited(i); });
        connect(edit, &QLineEdit::textChanged, this, [this] { refresh(); });
    }
    layout->setColumnStretch(1, 1);
    refresh();
}

QLineEdit* MrzEntryWidget::lineEdit(int index) const
{
    return m_edits[index];
}

QStringList MrzEntryWidget::lines() const
{
    return {m_edits[0]->text(), m_edits[1]->text(), m_edits[2]->text()};
}

void MrzEntryWidget::setLines(const QStringList& lines)
{
    m_updating = true;
    for (int i = 0; i < 3; ++i)
        m_edits[i]->setText(MrzParser::normalizeLine(lines.value(i)));
    m_updating = false;
    refresh();
}

void MrzEntryWidget::clear()
{
    setLines({});
}

bool MrzEntryWidget::isValid() const
{
    const QStringList all = lines();
    for (int i = 0; i < 3; ++i)
        if (!MrzLiveCheck::allValid(MrzLiveCheck::check(i, all)))
            return false;
    return true;
}

void MrzEntryWidget::onEdited(int index)
{
    if (m_updating)
        return;
    const QString text = m_edits[index]->text();
    // A pasted or scanned whole MRZ: spread it over the three fields.
    QString compact = text;
    compact.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    const QStringList split = text.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    if (index == 0 && (split.size() == 3 || MrzParser::normalizeLine(compact).size() == 3 * kLineLength)) {
        const QString all = MrzParser::normalizeLine(compact);
        setLines(split.size() == 3 ? split : QStringList{all.mid(0, 30), all.mid(30, 30), all.mid(60, 30)});
        m_edits[2]->setFocus();
        return;
    }
    const QString normalized = MrzParser::normalizeLine(text);
    if (normalized != text) {
        m_updating = true;
        const int cursor = m_edits[index]->cursorPosition();
        m_edits[index]->setText(normalized);
        m_edits[index]->setCursorPosition(qMin(cursor, int(normalized.size())));
        m_updating = false;
        refresh();
    }
    if (normalized.size() == kLineLength && index < 2)
        m_edits[index + 1]->setFocus(); // the next line, as on the card
}

void MrzEntryWidget::refresh()
{
    if (m_updating)
        return; // setLines() refreshes once when all three lines are in place
    const QStringList all = lines();
    bool valid = true;
    for (int i = 0; i < 3; ++i) {
        const auto fields = MrzLiveCheck::check(i, all);
        m_feedback[i]->setText(MrzLiveCheck::summary(fields));
        bool bad = false;
        for (const auto& f : fields)
            bad = bad || f.state == MrzLiveCheck::State::Invalid;
        m_feedback[i]->setStyleSheet(bad ? QStringLiteral("color: #b00020;") : QString());
        valid = valid && MrzLiveCheck::allValid(fields);
    }
    if (valid && !m_wasValid)
        emit complete(all.join(QLatin1Char('\n')));
    m_wasValid = valid;
}

} // namespace motcua::cccd
