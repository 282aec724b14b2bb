#include "AuditViewer.h"

#include "AuditExport.h"
#include "AuditTableModel.h"
#include "AuditTrail.h"
#include "DeskSession.h"
#include "UserSession.h"
#include "WorkerConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace motcua {

namespace {

using Rows = Result<QList<security::AuditEntry>>;
using Verified = Result<security::AuditVerification>;

Rows loadRows(const QString& path, const security::AuditQuery& query)
{
    auto db = security::openWorkerConnection(path);
    if (!db)
        return db.error();
    security::AuditTrail trail(**db);
    // Changes made by any module since the last look become audit rows first.
    if (auto imported = trail.importDossierEvents(); !imported)
        return imported.error();
    return trail.query(query);
}

Verified verifyChain(const QString& path)
{
    auto db = security::openWorkerConnection(path);
    if (!db)
        return db.error();
    security::AuditTrail trail(**db);
    if (auto imported = trail.importDossierEvents(); !imported)
        return imported.error();
    return trail.verify();
}

Status exportTrail(const QString& path, const QString& target)
{
    auto db = security::openWorkerConnection(path);
    if (!db)
        return db.error();
    const security::AuditTrail trail(**db);
    return security::AuditExport::writeFile(trail, target, security::AuditExport::formatForPath(target));
}

template <typename T, typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

QString AuditViewer::problemText(security::AuditVerification::Problem kind)
{
    using Problem = security::AuditVerification::Problem;
    switch (kind) {
    case Problem::RowsMissing:
        return tr("rows before it are missing.");
    case Problem::OutOfOrder:
        return tr("its number is out of order.");
    case Problem::BrokenLink:
        return tr("it does not follow the row before it (a row was removed, inserted or rewritten).");
    case Problem::Altered:
        return tr("its content was changed after it was written.");
    case Problem::HeadMissing:
        return tr("the newest rows were removed.");
    case Problem::None:
        break;
    }
    return {};
}

AuditViewer::AuditViewer(QString databasePath, UserSession* session, QWidget* parent)
    : QWidget(parent), m_databasePath(std::move(databasePath)), m_session(session), m_model(new AuditTableModel(this)),
      m_heading(new QLabel(this)), m_fromCheck(new QCheckBox(this)), m_from(new QDateEdit(this)),
      m_toCheck(new QCheckBox(this)), m_to(new QDateEdit(this)), m_actorLabel(new QLabel(this)),
      m_actor(new QLineEdit(this)), m_actionLabel(new QLabel(this)), m_action(new QComboBox(this)),
      m_dossierLabel(new QLabel(this)), m_dossier(new QLineEdit(this)), m_apply(new QPushButton(this)),
      m_verify(new QPushButton(this)), m_export(new QPushButton(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditViewer"));
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_toCheck->setObjectName(QStringLiteral("auditToCheck"));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_dossier->setObjectName(QStringLiteral("auditDossier"));
    m_apply->setObjectName(QStringLiteral("auditApply"));
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("auditTable"));

    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setDate(QDate::currentDate());
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_action->setEditable(true);
    m_action->addItems({QString(), QStringLiteral("dossier."), QStringLiteral("dossier.view"),
                        QStringLiteral("dossier.print"), QStringLiteral("dossier.export"), QStringLiteral("session."),
                        QStringLiteral("audit."), QStringLiteral("retention.")});

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto* filters = new QGridLayout;
    filters->addWidget(m_fromCheck, 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(m_toCheck, 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(m_actorLabel, 1, 0);
    filters->addWidget(m_actor, 1, 1);
    filters->addWidget(m_actionLabel, 1, 2);
    filters->addWidget(m_action, 1, 3);
    filters->addWidget(m_dossierLabel, 1, 4);
    filters->addWidget(m_dossier, 1, 5);
    filters->addWidget(m_apply, 1, 6);
    filters->setColumnStretch(5, 1);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_verify);
    actions->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);

    connect(m_apply, &QPushButton::clicked, this, &AuditViewer::refresh);
    for (QLineEdit* edit : {m_actor, m_dossier})
        connect(edit, &QLineEdit::returnPressed, this, &AuditViewer::refresh);
    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::chooseExportFile);
    retranslate();
}

security::AuditQuery AuditViewer::currentQuery() const
{
    security::AuditQuery q;
    if (m_fromCheck->isChecked())
        q.from = m_from->date().startOfDay();
    if (m_toCheck->isChecked())
        q.to = m_to->date().addDays(1).startOfDay();
    q.actor = m_actor->text().trimmed();
    q.action = m_action->currentText().trimmed();
    q.dossier = m_dossier->text().trimmed();
    q.limit = 1000;
    return q;
}

void AuditViewer::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool idle = m_busy == 0;
    m_apply->setEnabled(idle);
    m_verify->setEnabled(idle);
    m_export->setEnabled(idle);
}

void AuditViewer::refresh()
{
    if (isBusy())
        return;
    setBusy(true);
    m_status->setText(tr("Loading…"));
    runInBackground<Rows>(
        this, [path = m_databasePath, query = currentQuery()] { return loadRows(path, query); },
        [this](const Rows& rows) {
            setBusy(false);
            if (!rows) {
                m_status->setText(tr("The audit trail could not be read (%1).").arg(rows.error().code));
                emit loaded(-1);
                return;
            }
            m_model->setEntries(rows.value());
            m_table->resizeColumnsToContents();
            m_status->setText(rows->isEmpty() ? tr("No rows match the filters.")
                                              : tr("%n row(s), newest first.", nullptr, int(rows->size())));
            emit loaded(int(rows->size()));
        });
}

void AuditViewer::verify()
{
    if (isBusy())
        return;
    setBusy(true);
    m_status->setText(tr("Verifying the chain…"));
    runInBackground<Verified>(
        this, [path = m_databasePath] { return verifyChain(path); },
        [this](const Verified& outcome) {
            setBusy(false);
            if (!outcome) {
                m_status->setText(tr("The audit trail could not be read (%1).").arg(outcome.error().code));
                return;
            }
            const security::AuditVerification& v = outcome.value();
            if (auto* desk = qobject_cast<security::DeskSession*>(m_session.data()))
                desk->record(QStringLiteral("audit.verify"),
                             v.intact ? QStringLiteral("intact, %1 rows").arg(v.rows)
                                      : QStringLiteral("broken at row %1").arg(v.firstBadSeq));
            m_model->setBrokenSeq(v.intact ? 0 : v.firstBadSeq);
            if (v.intact) {
                m_status->setStyleSheet(QString());
                m_status->setToolTip(QString());
                m_status->setText(
                    tr("The chain is intact: %n row(s) verified. Last row's hash: %1", nullptr, int(v.rows))
                        .arg(v.headHash));
            } else {
                m_status->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
                m_status->setText(tr("The chain is BROKEN at row %1: %2 Rows from there on cannot be trusted; "
                                     "keep this database and report it.")
                                      .arg(v.firstBadSeq)
                                      .arg(problemText(v.kind)));
                m_status->setToolTip(v.problem);
                if (const int row = m_model->rowOf(v.firstBadSeq); row >= 0)
                    m_table->selectRow(row);
            }
            emit verified(v);
        });
}

void AuditViewer::chooseExportFile()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
        QStringLiteral("/audit-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested, tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditViewer::exportTo(const QString& path)
{
    if (isBusy())
        return;
    setBusy(true);
    m_status->setText(tr("Exporting…"));
    runInBackground<Status>(
        this, [db = m_databasePath, path] { return exportTrail(db, path); },
        [this, path](const Status& st) {
            setBusy(false);
            if (st) {
                if (auto* desk = qobject_cast<security::DeskSession*>(m_session.data()))
                    desk->record(QStringLiteral("audit.export"), QFileInfo(path).suffix().toLower());
                m_status->setText(tr("The audit trail was written to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                m_status->setText(
                    tr("The export failed (%1). Choose another folder and try again.").arg(st.error().code));
            }
            emit exported(st.ok(), path);
        });
}

void AuditViewer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        if (auto* desk = qobject_cast<security::DeskSession*>(m_session.data()))
            desk->record(QStringLiteral("audit.view"));
        refresh();
    }
}

void AuditViewer::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditViewer::retranslate()
{
    m_heading->setText(tr("Audit trail"));
    m_fromCheck->setText(tr("&From"));
    m_toCheck->setText(tr("&To"));
    m_actorLabel->setText(tr("Official:"));
    m_actionLabel->setText(tr("Action:"));
    //: Dossier = hồ sơ
    m_dossierLabel->setText(tr("Dossier code:"));
    m_apply->setText(tr("&Filter"));
    m_verify->setText(tr("&Verify the chain"));
    m_export->setText(tr("&Export…"));
}

} // namespace motcua
