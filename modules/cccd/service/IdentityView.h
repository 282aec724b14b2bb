#pragma once

#include "CitizenIdentity.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace motcua::cccd {

// Shows a CitizenIdentity: the face, every field, where it came from, the three passive-authentication
// verdicts as badges with a plain explanation, Active Authentication when checked, and every mismatch
// between QR code, chip and MRZ (the field concerned is highlighted).
class IdentityView : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityView(QWidget* parent = nullptr);

    void setIdentity(const CitizenIdentity& identity);
    void clear();

    // Explanation shown next to a verdict badge (translated), e.g. for tests and tooltips.
    static QString verdictText(const QString& check, Verdict verdict);

private:
    void addField(const QString& key, const QString& label);
    void setVerdict(const QString& check, Verdict verdict, bool applicable);

    QLabel* m_face = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_mismatches = nullptr;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QLabel*> m_fieldLabels;
    QHash<QString, QLabel*> m_verdicts;
    QFormLayout* m_form = nullptr;
};

} // namespace motcua::cccd
