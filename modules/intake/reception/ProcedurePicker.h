#pragma once

#include "BundleCatalogue.h"
#include "Catalogue.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace motcua::intake {

// Step 1 of a reception: type to filter the catalogue (diacritics and case ignored: "khai sinh" finds
// "Đăng ký khai sinh", "1.0011" finds by national code), arrows move, Enter picks. Each row shows the
// national code, the time limit and the fee; interlinked groups are marked and list their parts.
class ProcedurePicker : public QWidget
{
    Q_OBJECT
public:
    ProcedurePicker(const Catalogue& catalogue, const BundleCatalogue& bundles, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return m_filter; }
    QTableWidget* table() const { return m_table; }
    // Codes of the rows shown, in order.
    QStringList shownCodes() const;
    void setFilter(const QString& text);
    void focusFilter();

signals:
    void procedurePicked(const QString& code);
    void cancelled();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refill();
    void pickCurrent();
    void showDetails();
    void retranslateUi();

    const Catalogue& m_catalogue;
    const BundleCatalogue& m_bundles;
    QLabel* m_heading = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace motcua::intake
