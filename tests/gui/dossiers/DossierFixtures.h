#pragma once

// A temporary desk for the dossier list and page tests: the intake test bed (database, file store,
// built-in catalogue and calendar) shared with the pages, dossiers received through ReceptionService
// or stored through DossierRepository with chosen states and times, and screenshots of what is shown.

#include "DossierRepository.h"
#include "IntakeFixtures.h"
#include "Outbox.h"
#include "ReceptionService.h"
#include "UserSession.h"

#include <QDir>
#include <QTranslator>
#include <QWidget>
#include <memory>

namespace motcua::test {

struct DossierDesk : IntakeTestBed
{
    std::shared_ptr<intake::IntakeEnvironment> shared;

    bool openDesk()
    {
        if (!open())
            return false;
        shared = std::make_shared<intake::IntakeEnvironment>(env);
        return true;
    }

    // A birth registration received at the desk, both kept components scanned into real PDFs.
    Dossier receive(const QString& name, const QString& idNumber, const QString& address, const QDateTime& at)
    {
        static int files = 0;
        ++files;
        intake::ReceptionDraft draft =
            birthDraft(makePdf(QStringLiteral("to-khai-%1.pdf").arg(files), QStringLiteral("Tờ khai %1").arg(name)),
                       makePdf(QStringLiteral("chung-sinh-%1.pdf").arg(files), QStringLiteral("Giấy chứng sinh"), 2));
        draft.receivedAt = at;
        draft.applicant.fullName = name;
        draft.applicant.idNumber = idNumber;
        draft.applicant.address = address;
        auto result = intake::ReceptionService(*shared).receive(draft, at.addSecs(60));
        if (!std::holds_alternative<intake::ReceptionOutcome>(result))
            qFatal("reception failed: %s", qPrintable(std::get<intake::ReceptionError>(result).error.code));
        return std::get<intake::ReceptionOutcome>(result).dossier;
    }

    // A dossier stored as it stands: any procedure, state and times (as the registry pull would).
    Dossier store(const QString& name, const QString& idNumber, const QString& procedureCode, DossierState state,
                  const QDateTime& receivedAt, const QDateTime& dueAt)
    {
        Dossier d = birthDossier();
        d.uuid.clear();
        d.code.clear();
        const auto procedure = env.catalogue.find(procedureCode);
        d.procedureCode = procedureCode;
        d.procedureName = procedure ? procedure->name : procedureCode;
        d.applicant.fullName = name;
        d.applicant.idNumber = idNumber;
        d.applicant.address = QStringLiteral("Thôn Bắc, xã Tân Lập");
        d.state = state;
        d.receivedAt = receivedAt;
        d.dueAt = dueAt;
        d.components.clear();
        DossierEvent event;
        event.actor = QStringLiteral("canbo2");
        event.at = receivedAt;
        auto created = DossierRepository(*db).create(d, event, CodeRequest{QStringLiteral("Q01"), true});
        if (!created)
            qFatal("store failed: %s", qPrintable(created.error().code));
        return *created;
    }

    qint64 events(const QString& uuid) const
    {
        return count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE dossier_id ="
                                    " (SELECT id FROM dossiers WHERE uuid = '%1')")
                         .arg(uuid)
                         .toUtf8()
                         .constData());
    }

    qint64 outbox(const QString& uuid) const
    {
        const auto entries = Outbox(*db).entriesForDossier(uuid);
        return entries ? entries->size() : -1;
    }

    static QString screenshotPath(const QString& name)
    {
        const QString dir = QStringLiteral(MOTCUA_BINARY_DIR "/tests/screenshots/dossiers");
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name + QStringLiteral(".png");
    }

    static bool screenshot(QWidget* widget, const QString& name) { return widget->grab().save(screenshotPath(name)); }
};

// The signed-in official, with the audit calls the pages make kept for the test to read.
class StubSession : public UserSession
{
    Q_OBJECT
public:
    using UserSession::UserSession;
    QString login() const override { return QStringLiteral("canbo.lan"); }
    QString displayName() const override { return QStringLiteral("Lê Thị Lan"); }
    QString role() const override { return QStringLiteral("official"); }
    bool can(const QString&) const override { return allow; }
    bool recordAccess(const QString& action, const QString& uuid, const QString& code, const QString& detail) override
    {
        if (allow)
            accesses.append(QStringList{action, uuid, code, detail});
        return allow;
    }
    void lock() { emit locked(); }

    bool allow = true;
    QList<QStringList> accesses;
};

// The Vietnamese catalogue the desk shows by default.
inline std::unique_ptr<QTranslator> installVietnamese()
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/motcua_vi.qm")))
        return {};
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace motcua::test
