#include "casework/ClientIndex.h"

#include "Error.h"
#include "domain/ClientNumber.h"
#include "domain/EnumNames.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <cctype>

namespace majakka {

namespace {

std::string digitsOf(const std::string& text)
{
    std::string digits;
    for (char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits.push_back(c);
        }
    }
    return digits;
}

// A phone number as one token in both its international and its domestic
// form: "+358 40 123 4567" is found by "0401234567" and by "358401234567".
std::string phoneTokens(const std::string& phone)
{
    const std::string digits = digitsOf(phone);
    if (digits.empty()) {
        return {};
    }
    std::string tokens = digits;
    if (digits.rfind("358", 0) == 0) {
        tokens += " 0" + digits.substr(3);
    }
    return tokens;
}

bool looksLikePhone(const std::string& typed)
{
    std::size_t digits = 0;
    for (char c : typed) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            ++digits;
        } else if (c != ' ' && c != '+' && c != '-') {
            return false;
        }
    }
    return digits >= 6;
}

// The first text after every text that starts with `prefix`, in the index's
// (binary) order: the upper bound of the prefix's range. A number prefix is
// ASCII below '~', so its last byte has a successor.
std::string afterPrefix(std::string prefix)
{
    prefix.back() = static_cast<char>(prefix.back() + 1);
    return prefix;
}

constexpr const char* SummaryColumns
    = "s.record_id, s.number, s.given_names, s.family_name, s.kind, s.office, s.worker, s.ended, "
      "(SELECT count(*) FROM client_summaries n WHERE n.number = s.number) > 1";

} // namespace

const char* ClientIndex::summaryColumns()
{
    return SummaryColumns;
}

ClientSummary ClientIndex::summaryFrom(store::Statement& query)
{
    const crypto::Bytes id = query.columnBlob(0);
    return {store::Id::fromBytes(id.data(), id.size()).hex(),
            query.columnText(1),
            query.columnText(2),
            query.columnText(3),
            query.columnText(4),
            query.columnText(5),
            query.columnText(6),
            query.columnInt(7) != 0,
            query.columnInt(8) != 0};
}

std::string ClientIndex::matchExpression(const std::string& typed)
{
    if (looksLikePhone(typed) && typed.find('-') == std::string::npos) {
        std::string digits = digitsOf(typed);
        if (digits.rfind("358", 0) == 0) {
            digits = "0" + digits.substr(3);
        }
        return digits + "*";
    }
    // Words of letters and digits (UTF-8 bytes kept); everything else, including
    // FTS syntax such as quotes, '*', '-' and ':', separates words.
    std::string expression;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) {
            expression += (expression.empty() ? "" : " ") + word + "*";
            word.clear();
        }
    };
    for (char c : typed) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            word.push_back(c);
        } else {
            flush();
        }
    }
    flush();
    return expression;
}

void ClientIndex::update(const store::Id& id, const domain::ClientRecord& record)
{
    const crypto::ByteView key(id.bytes.data(), id.bytes.size());
    store::Statement existing = m_database.cached("SELECT id FROM client_summaries WHERE record_id = ?1");
    existing.bind(1, key);
    std::optional<std::int64_t> rowId;
    if (existing.step()) {
        rowId = existing.columnInt(0);
    }
    // An update writes only when a value differs: most changes (a phone, an
    // address, a note) leave the summary as it was, and its row and its five
    // index entries are then not dirtied at all.
    store::Statement write = m_database.cached(
        rowId ? "UPDATE OR FAIL client_summaries SET number = ?3, given_names = ?4, family_name = ?5, "
                "kind = ?6, office = ?7, worker = ?8, ended = ?9 WHERE id = ?1 AND NOT (number IS ?3 AND "
                "given_names IS ?4 AND family_name IS ?5 AND kind IS ?6 AND office IS ?7 AND worker IS ?8 "
                "AND ended IS ?9)"
              : "INSERT OR FAIL INTO client_summaries (id, record_id, number, given_names, family_name, "
                "kind, office, worker, ended) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (rowId) {
        write.bind(1, *rowId);
    } else {
        write.bindNull(1).bind(2, key);
    }
    write.bind(3, record.number ? record.number->toString() : std::string())
        .bind(4, record.person.givenNames)
        .bind(5, record.person.familyName)
        .bind(6, domain::nameOf(record.person.kind))
        .bind(7, domain::nameOf(record.person.office))
        .bind(8, record.person.worker)
        .bind(9, record.isEnded() ? 1 : 0)
        .run();
    const std::int64_t docId = rowId ? *rowId : m_database.lastInsertRowId();

    std::string names = record.person.givenNames + " " + record.person.familyName;
    for (const auto& alias : record.person.aliases) {
        names += " " + alias;
    }
    std::string identifiers = record.number ? record.number->toString() : std::string();
    if (record.person.personalId) {
        identifiers += " " + record.person.personalId->text();
    }
    identifiers += " " + phoneTokens(record.person.phone);

    if (rowId) {
        // The full-text index writes a delete and an insert into its segments
        // for every rewrite: only when the searchable text changed. Read from
        // its content table (FTS4's shadow table, part of the file format):
        // a lookup through client_search prepares a statement each time.
        store::Statement held
            = m_database.cached("SELECT c0names, c1identifiers FROM client_search_content WHERE docid = ?1");
        held.bind(1, docId);
        if (held.step() && held.columnTextView(0) == names && held.columnTextView(1) == identifiers) {
            return;
        }
    }
    store::Statement remove = m_database.cached("DELETE FROM client_search WHERE docid = ?1");
    remove.bind(1, docId).run();
    store::Statement index = m_database.cached(
        "INSERT OR FAIL INTO client_search (docid, names, identifiers) VALUES (?1, ?2, ?3)");
    index.bind(1, docId).bind(2, names).bind(3, identifiers).run();
}

void ClientIndex::remove(const store::Id& id)
{
    const crypto::ByteView key(id.bytes.data(), id.bytes.size());
    store::Statement row = m_database.cached("SELECT id FROM client_summaries WHERE record_id = ?1");
    row.bind(1, key);
    if (!row.step()) {
        return;
    }
    const std::int64_t docId = row.columnInt(0);
    store::Statement search = m_database.cached("DELETE FROM client_search WHERE docid = ?1");
    search.bind(1, docId).run();
    store::Statement summary = m_database.cached("DELETE FROM client_summaries WHERE id = ?1");
    summary.bind(1, docId).run();
}

std::vector<store::Id> ClientIndex::idsOf(const std::optional<std::string>& worker,
                                          const std::optional<std::string>& office)
{
    store::Statement query(m_database,
                           "SELECT record_id FROM client_summaries WHERE (?1 IS NULL OR worker = ?1) AND "
                           "(?2 IS NULL OR office = ?2) ORDER BY record_id");
    if (worker) {
        query.bind(1, *worker);
    } else {
        query.bindNull(1);
    }
    if (office) {
        query.bind(2, *office);
    } else {
        query.bindNull(2);
    }
    std::vector<store::Id> out;
    while (query.step()) {
        const crypto::Bytes bytes = query.columnBlob(0);
        out.push_back(store::Id::fromBytes(bytes.data(), bytes.size()));
    }
    return out;
}

ClientSummary ClientIndex::summary(const store::Id& id)
{
    if (auto found = summaryIfAny(id)) {
        return *found;
    }
    throw Error(ErrorCode::NotFound, "there is no client with the id " + id.hex());
}

std::optional<ClientSummary> ClientIndex::summaryIfAny(const store::Id& id)
{
    store::Statement query = m_database.cached(std::string("SELECT ") + SummaryColumns
                                               + " FROM client_summaries s WHERE s.record_id = ?1");
    query.bind(1, crypto::ByteView(id.bytes.data(), id.bytes.size()));
    if (!query.step()) {
        return std::nullopt;
    }
    return summaryFrom(query);
}

store::Statement ClientIndex::select(const std::string& columns,
                                     const ClientFilter& filter,
                                     const ClientScope& scope,
                                     const std::string& tail,
                                     const char* lead)
{
    std::string where;
    auto condition = [&](const std::string& text) {
        where += (where.empty() ? " WHERE " : " AND ") + text;
    };
    // The start of a client number is a range of the number index: the
    // full-text index would search "HKI-20" as the words "HKI*" and "20*",
    // every client of an office (85 ms at 100,000 clients against 0.4 ms).
    std::optional<std::string> number;
    std::string match;
    if (filter.search) {
        number = domain::ClientNumber::typedPrefix(*filter.search);
        if (!number) {
            match = matchExpression(*filter.search);
        }
    }
    // CROSS JOIN keeps the full-text index the outer loop: SQLite would rather
    // walk the scope's index in number order (no sort) and run the full-text
    // query once for each of the worker's clients.
    std::string sql = lead
        + ("SELECT " + columns
           + (match.empty() ? " FROM client_summaries s"
                            : " FROM client_search f CROSS JOIN client_summaries s ON s.id = f.docid"));
    if (!match.empty()) {
        condition("client_search MATCH ?1");
    }
    if (number) {
        condition("s.number >= ?10 AND s.number < ?11");
    }
    if (scope.worker) {
        condition("s.worker = ?2");
    }
    if (scope.office) {
        condition("s.office = ?8");
    }
    if (filter.office) {
        condition("s.office = ?3");
    }
    if (filter.ended) {
        condition("s.ended = ?4");
    }
    if (filter.worker) {
        condition("s.worker = ?6");
    }
    if (filter.kind) {
        condition("s.kind = ?7");
    }
    store::Statement query = m_database.cached(sql + where + tail);
    if (!match.empty()) {
        query.bind(1, match);
    }
    if (number) {
        query.bind(10, *number).bind(11, afterPrefix(*number));
    }
    if (scope.worker) {
        query.bind(2, *scope.worker);
    }
    if (scope.office) {
        query.bind(8, *scope.office);
    }
    if (filter.office) {
        query.bind(3, *filter.office);
    }
    if (filter.ended) {
        query.bind(4, *filter.ended ? 1 : 0);
    }
    if (filter.worker) {
        query.bind(6, *filter.worker);
    }
    if (filter.kind) {
        query.bind(7, *filter.kind);
    }
    return query;
}

store::Statement
ClientIndex::findStatement(const ClientFilter& filter, const ClientScope& scope, const char* lead)
{
    // A client number held by two clients comes from two databases merged
    // (two laptops numbering offline); the list shows it so that one is renumbered.
    // Pages by OFFSET: the list asks for a few hundred rows at a time, and the
    // scope's index in number order makes each page a range scan.
    store::Statement query
        = select(SummaryColumns, filter, scope, " ORDER BY s.number LIMIT ?5 OFFSET ?9", lead);
    query.bind(5, filter.limit ? static_cast<std::int64_t>(*filter.limit) : std::int64_t {-1});
    query.bind(9, filter.offset ? static_cast<std::int64_t>(*filter.offset) : std::int64_t {0});
    return query;
}

std::vector<ClientSummary> ClientIndex::find(const ClientFilter& filter, const ClientScope& scope)
{
    store::Statement query = findStatement(filter, scope, "");
    std::vector<ClientSummary> out;
    while (query.step()) {
        out.push_back(summaryFrom(query));
    }
    return out;
}

std::size_t ClientIndex::count(const ClientFilter& filter, const ClientScope& scope)
{
    store::Statement query = select("count(*)", filter, scope, "");
    query.step();
    return static_cast<std::size_t>(query.columnInt(0));
}

std::vector<std::string> ClientIndex::plan(const ClientFilter& filter, const ClientScope& scope)
{
    store::Statement query = findStatement(filter, scope, "EXPLAIN QUERY PLAN ");
    std::vector<std::string> steps;
    while (query.step()) {
        steps.push_back(query.columnText(3));
    }
    return steps;
}

std::vector<ClientSummary> ClientIndex::childrenOf(const store::Id& parent, const ClientScope& scope)
{
    // `parent != ''` lets SQLite use the partial index clients_by_parent.
    store::Statement query
        = m_database.cached(std::string("SELECT ") + SummaryColumns
                            + " FROM clients c JOIN client_summaries s ON s.record_id = c.client_id "
                              "WHERE c.parent = ?1 AND c.parent != '' AND (?2 IS NULL OR s.worker = ?2) "
                              "AND (?3 IS NULL OR s.office = ?3) ORDER BY s.number, s.record_id");
    query.bind(1, parent.hex());
    if (scope.worker) {
        query.bind(2, *scope.worker);
    } else {
        query.bindNull(2);
    }
    if (scope.office) {
        query.bind(3, *scope.office);
    } else {
        query.bindNull(3);
    }
    std::vector<ClientSummary> out;
    while (query.step()) {
        out.push_back(summaryFrom(query));
    }
    return out;
}

} // namespace majakka
