#pragma once

#include "DossierListQuery.h"
#include "IntakeEnvironment.h"

#include <QDate>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace motcua {
class UserSession;
}

namespace motcua::intake {

class DossierListModel;
class DossierPage;
class PdfPreviewDialog;

// The dossier list (Danh sách hồ sơ): a search box that finds names, ID numbers, codes and addresses
// with or without diacritics, filters by state, procedure, reception dates, overdue and due soon, and
// a table fetched page by page from SQL with each dossier's sync state. Enter (or a double click) opens
// the dossier page in place; Esc comes back. Ctrl+F goes to the search box. The log book of a date
// range prints from here.
class DossierListPage : public QWidget
{
    Q_OBJECT
public:
    explicit DossierListPage(std::shared_ptr<IntakeEnvironment> environment, QWidget* parent = nullptr);
    ~DossierListPage() override;

    DossierListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DossierPage* dossierPage() const { return m_dossierPage; }
    // The filter the controls describe right now.
    DossierListFilter currentFilter() const;
    // Applies the controls now (the search box otherwise waits for a pause in typing).
    void applyFilter();
    // Opens the dossier on row `row` of the table; false when there is none.
    bool openRow(int row);
    bool openDossier(const QString& uuid);
    void showList();
    bool isShowingDossier() const;
    // The moment overdue and due soon are judged at (tests fix it); the current time when invalid.
    void setNow(const QDateTime& now);
    // The log book (Sổ theo dõi hồ sơ) of dossiers received from `from` to `to`, A4, in the preview.
    PdfPreviewDialog* openLogBook(const QDate& from, const QDate& to);
    // The signed-in official (see DossierPage::setSession); when the desk locks, the open dossier and
    // the search leave the screen.
    void setSession(UserSession* session);

signals:
    // A dossier changed through an action on its page (the desk's store relays it to the sync service).
    void dossierChanged(const QString& uuid);

public slots:
    // Re-reads the rows (after changes made elsewhere), keeping the filter and the selected dossier.
    void refresh();
    void refreshSyncStates();
    // Dossiers changed elsewhere (a reception, the sync service): re-read now if the list is on screen,
    // else when it is shown next.
    void dossiersChanged();
    // The desk locked: back to the list, the dossier and the search text cleared.
    void onLocked();
    void askLogBook();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void fillProcedures();
    void updateCount();
    QDateTime dueSoonUntil(const QDateTime& now) const;

    std::shared_ptr<IntakeEnvironment> m_env;
    DossierListModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listPane = nullptr;
    DossierPage* m_dossierPage = nullptr;
    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_procedure = nullptr;
    QCheckBox* m_dateFilter = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_dueSoon = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_logBook = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_searchDelay = nullptr;
    QTimer* m_syncRefresh = nullptr;
    QDateTime m_now;
    bool m_filling = false;
    bool m_stale = false;
};

} // namespace motcua::intake
