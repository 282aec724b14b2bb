#pragma once

#include "Dossier.h"
#include "DossierEvent.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <optional>

namespace motcua {

class Database;

// Where a new dossier's code comes from when the caller has none yet: the next number of the daily
// sequence of `issuerId` on the reception date, taken in the dossier's own transaction.
struct CodeRequest
{
    QString issuerId;        // agency electronic id (official code) or desk id (provisional code)
    bool provisional = true; // desk offline or not authorised to mint official codes (DOMAIN.md §1.3)
};

// Details of one life-cycle action.
struct ActionContext
{
    QString actor;             // user name of the official
    QDateTime at;              // when; "now" when invalid
    QJsonObject payload;       // reasons, receiver of the result, …
    QDateTime newDueAt;        // required for ExtendWithApology; the restarted due time for CompleteSupplement
    bool fromRegistry = false; // the change came from the registry: recorded, not sent back (no outbox)
};

// Filters of the dossier list. Empty fields don't filter.
struct DossierFilter
{
    QList<DossierState> states;
    QString procedureCode;
    QDate receivedFrom;  // inclusive, local dates
    QDate receivedTo;    // inclusive
    QDateTime overdueAt; // only dossiers still open and past their due time at this moment
    QDateTime dueBefore; // only open dossiers due before this moment (due soon)
    std::optional<bool> demo;
    int limit = 200;
    int offset = 0;
};

// A dossier as the list shows it, with its sync state.
struct DossierSummary
{
    QString uuid;
    QString code;
    bool codeProvisional = true;
    QString applicantName;
    QString applicantIdNumber;
    QString procedureCode;
    QString procedureName;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;
    QDateTime dueAt;
    QString syncState; // outboxStateKey of the worst pending entry, "synced" when none
    QString syncError; // reason of the last failure when syncState is "failed"
};

// Dossiers with their components, timeline and outbox, written by one rule: a dossier change, its
// event and the event's outbox entry (and the search index row) commit in ONE transaction, or none
// of them does. Calls join the caller's Transaction when there is one (as a savepoint), so intake can
// add files and several linked dossiers to the same transaction.
class DossierRepository
{
public:
    explicit DossierRepository(Database& db) : m_db(db) {}

    // Stores a new dossier. Mints the uuid when empty; takes the code from `code` when the dossier has
    // none. The event defaults to action "create" into the dossier's state. Returns the stored dossier.
    Result<Dossier> create(Dossier dossier, DossierEvent event = {}, const std::optional<CodeRequest>& code = {});

    // Stores corrections to an existing dossier (not its state: that goes through applyAction). The
    // event defaults to action "edit". Entries of this dossier being sent go back to queued.
    Result<Dossier> save(Dossier dossier, DossierEvent event = {});

    // Applies a life-cycle action with the legal rules of DossierLifecycle. An illegal transition
    // returns the lifecycle error and writes nothing.
    Result<Dossier> applyAction(const QString& uuid, DossierAction action, const ActionContext& context = {});

    // The registry assigned the official code: the provisional one stays searchable (it is printed on
    // the citizen's receipt). Recorded as an event, not sent back.
    Result<Dossier> assignOfficialCode(const QString& uuid, const QString& officialCode, const QString& actor = {});

    Result<Dossier> find(const QString& uuid) const;
    // By current code, or by the provisional code it had before.
    Result<Dossier> findByCode(const QString& code) const;
    Result<QList<DossierEvent>> events(const QString& uuid) const;
    Result<QList<DossierSummary>> list(const DossierFilter& filter = {}) const;
    // Earlier dossiers of the same citizen (by ID number), newest first: for reusing digitised results.
    Result<QList<Dossier>> findByApplicantId(const QString& idNumber, int limit = 20) const;

private:
    Result<Dossier> load(const char* where, const QString& key, qint64* id, QString* provisionalCode,
                         qint64* revision) const;
    Result<Dossier> writeChange(qint64 id, const QString& provisionalCode, qint64 revision, Dossier updated,
                                DossierEvent event, bool enqueue);
    Result<qint64> writeEvent(qint64 dossierId, const QString& dossierUuid, DossierEvent& event);

    Database& m_db;
};

} // namespace motcua
