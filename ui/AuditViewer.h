#pragma once

#include "AuditEntry.h"
#include "AuditQuery.h"
#include "AuditVerification.h"
#include "Result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace motcua {

class AuditTableModel;
class UserSession;

// The administrator's view of the audit trail (docs/SECURITY.md "Audit trail"): who viewed, printed,
// exported or changed which dossier and when, with filters; Verify walks the hash chain and names the
// first broken row; Export writes the whole trail (CSV or JSON) for an inspector.
//
// Every database access runs on a worker thread with its own connection: dossier events not yet
// mirrored are imported first, then the rows are read.
class AuditViewer : public QWidget
{
    Q_OBJECT
public:
    AuditViewer(QString databasePath, UserSession* session, QWidget* parent = nullptr);

    AuditTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    security::AuditQuery currentQuery() const;
    bool isBusy() const { return m_busy > 0; }
    // What is wrong with the first bad row, as the official reads it.
    static QString problemText(security::AuditVerification::Problem kind);

public slots:
    void refresh();
    void verify();
    // Writes the trail to `path` (json by the suffix, else csv). The Export button asks for the path.
    void exportTo(const QString& path);

signals:
    void loaded(int rows);
    void verified(const motcua::security::AuditVerification& verification);
    void exported(bool ok, const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void chooseExportFile();
    void setBusy(bool busy);

    QString m_databasePath;
    QPointer<UserSession> m_session;
    AuditTableModel* m_model;
    QLabel* m_heading;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QLabel* m_actorLabel;
    QLineEdit* m_actor;
    QLabel* m_actionLabel;
    QComboBox* m_action;
    QLabel* m_dossierLabel;
    QLineEdit* m_dossier;
    QPushButton* m_apply;
    QPushButton* m_verify;
    QPushButton* m_export;
    QLabel* m_status;
    QTableView* m_table;
    int m_busy = 0;
    bool m_loadedOnce = false;
};

} // namespace motcua
