#pragma once

#include "domain/ClientRecord.h"
#include "domain/Deadlines.h"
#include "store/Id.h"

#include <optional>
#include <string>
#include <vector>

namespace majakka {

class Session;

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
};

struct ClientFilter
{
    std::optional<std::string> search; // a name, alias or client number, any case
    std::optional<std::string> office; // office name, e.g. "oulu"
    std::optional<bool> ended; // true: ended cases, false: active ones
    std::optional<std::size_t> limit;
    std::optional<std::string> worker; // a user name
    std::optional<std::string> kind; // victim, child or witness
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

// The one write path for clients: it checks the role, validates the record
// against the case rules, writes one operation per changed top-level part of
// the client document (see docs/domain-model.md), and appends to the audit log,
// all in one transaction. Looking at a record is audited too.
//
// Roles: a caseworker sees and edits the clients assigned to them; office
// workers and administrators see and edit all; supervisors read all.
class ClientService
{
public:
    explicit ClientService(Session& session)
        : m_session(session)
    { }

    // Assigns the id and the client number; returns the stored record.
    domain::ClientRecord add(domain::ClientRecord record);
    // Adds all the records in one transaction, or none: the first bad one throws
    // Error(Invalid) with its index in the field path ("[3].referral.date").
    std::vector<domain::ClientRecord> importAll(std::vector<domain::ClientRecord> records);
    // Ends the assistance: the case becomes read-only until reopened.
    domain::ClientRecord end(const std::string& id, domain::EndOfAssistance end);
    domain::ClientRecord show(const std::string& id);
    // Takes the document `show` gives, edited. Records operations only for the
    // parts that differ. An ended case changes only by being reopened.
    domain::ClientRecord update(const std::string& id, domain::ClientRecord record);
    std::vector<ClientSummary> list(const ClientFilter& filter);
    // Deadlines of the active clients the user may see, soonest (or most overdue) first.
    std::vector<ClientDeadline> deadlines(const DeadlineFilter& filter);

private:
    domain::ClientRecord load(const store::Id& id);
    domain::ClientRecord addInTransaction(domain::ClientRecord record);
    // Every stored, undeleted client the user may see. Not audited: lists show
    // summaries, and opening a record (show) is what the audit log records.
    std::vector<domain::ClientRecord> visibleRecords();
    bool maySee(const domain::ClientRecord& record) const;
    void requireMayEdit(const domain::ClientRecord& record) const;
    domain::ClientNumber nextNumber(domain::Office office, int year);
    domain::Date today() const;

    Session& m_session;
};

} // namespace majakka
