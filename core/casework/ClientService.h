#pragma once

#include "domain/ClientRecord.h"
#include "domain/Deadlines.h"
#include "store/Id.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka {

class Session;
namespace store {
class OperationLog;
}

// What a client list shows: enough to find the client, nothing more.
struct ClientSummary
{
    std::string id;
    std::string number;
    std::string givenNames;
    std::string familyName;
    std::string kind;
    std::string office;
    std::string worker;
    bool ended = false;
    bool numberTakenTwice = false; // another client has the same number (databases merged)
};

// Whose clients a user may see: everyone's (both empty), one worker's, or one office's.
struct ClientScope
{
    std::optional<std::string> worker; // a user name
    std::optional<std::string> office; // office name, e.g. "oulu"
};

struct ClientFilter
{
    std::optional<std::string> search; // a name, alias or client number, any case
    std::optional<std::string> office; // office name, e.g. "oulu"
    std::optional<bool> ended; // true: ended cases, false: active ones
    std::optional<std::size_t> limit;
    std::optional<std::string> worker; // a user name
    std::optional<std::string> kind; // victim, child or witness
    std::optional<std::size_t> offset {}; // rows to skip, for a list that fetches page by page
};

struct DeadlineFilter
{
    std::optional<std::string> worker; // a user name
    std::optional<std::string> office; // office name, e.g. "oulu"
    int days = 30; // how far ahead to look; overdue ones always show
};

struct ClientDeadline
{
    ClientSummary client;
    domain::Deadline deadline;
};

// One user action on one client, as an undo stack holds it: the record before
// and after. Undoing writes the earlier values back as a new change (so that it
// syncs like any other), and only while the record still shows what the
// action wrote: an undo never overwrites someone else's later change.
struct ClientChange
{
    std::string clientId;
    domain::ClientRecord before;
    domain::ClientRecord after;
};

// The one write path for clients: it checks the role, validates the record
// against the case rules, writes one operation per changed value (see
// ClientFields.h), keeps the summaries and the per-kind tables, and appends to
// the audit log, all in one transaction. Looking at a record is audited too.
//
// Roles: a caseworker sees and edits the clients assigned to them; an office
// worker those of their office; administrators see and edit all; supervisors
// read all.
class ClientService
{
public:
    // Fills the per-kind tables first if the database was made before them.
    explicit ClientService(Session& session);

    // Assigns the id, the client number and the ids of list entries; returns the stored record.
    domain::ClientRecord add(domain::ClientRecord record);
    // Adds all the records in one transaction, or none: the first bad one throws
    // Error(Invalid) with its index in the field path ("[3].referral.date").
    std::vector<domain::ClientRecord> importAll(std::vector<domain::ClientRecord> records);
    // Ends the assistance: the case becomes read-only until reopened.
    ClientChange end(const std::string& id, domain::EndOfAssistance end);
    domain::ClientRecord show(const std::string& id);
    // The record as the user may see it, without auditing a view: for callers
    // that audit what they do with it themselves (an export, a print). Throws
    // Error(NotFound) for a client out of the user's scope, as for no client.
    domain::ClientRecord read(const std::string& id);
    // Takes the document `show` gives, edited. Records operations only for the
    // values that differ. An ended case changes only by being reopened.
    domain::ClientRecord update(const std::string& id, domain::ClientRecord record);
    // The same, returning the change for an undo stack.
    ClientChange change(const std::string& id, domain::ClientRecord record);
    // Writes `change.before` back, or `change.after` again. Throws
    // Error(Invalid) when the record has changed since.
    domain::ClientRecord undo(const ClientChange& change);
    domain::ClientRecord redo(const ClientChange& change);
    // Gives the client the next free number of their office and year (for a
    // number that two merged databases both gave out).
    ClientChange renumber(const std::string& id);

    std::vector<ClientSummary> list(const ClientFilter& filter);
    // How many clients `list` would give without a limit.
    std::size_t count(const ClientFilter& filter);
    // Deadlines of the active clients the user may see, soonest (or most overdue)
    // first, as the deadlines list shows them: an event long past is left out
    // (domain::isShownOn).
    std::vector<ClientDeadline> deadlines(const DeadlineFilter& filter);
    // The clients whose record names this client as their parent, those the
    // user may see, by client number. Not audited: like the list, it opens no record.
    std::vector<ClientSummary> children(const std::string& parentId);
    // The summary of one client the user may see (a child's parent, say);
    // nothing for a client out of sight or not there. Not audited either.
    std::optional<ClientSummary> summary(const std::string& id);
    // Whose clients the signed-in user may see.
    ClientScope scope() const;

private:
    void fillStaleTables();
    domain::ClientRecord load(const store::Id& id);
    domain::ClientRecord loadVisible(const store::Id& id);
    domain::ClientRecord addInTransaction(domain::ClientRecord record);
    // Validates and writes `record` over `stored`; returns the record as stored.
    domain::ClientRecord write(const store::Id& id,
                               const domain::ClientRecord& stored,
                               domain::ClientRecord record,
                               std::string_view action);
    void assignEntryIds(domain::ClientRecord& record, store::OperationLog& log);
    bool maySee(const domain::ClientRecord& record) const;
    void requireMayEdit(const domain::ClientRecord& record) const;
    domain::ClientNumber nextNumber(domain::Office office, int year);
    domain::Date today() const;

    Session& m_session;
};

} // namespace majakka
