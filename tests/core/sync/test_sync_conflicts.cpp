#include "Error.h"
#include "SyncReplica.h"
#include "TestSupport.h"
#include "sync/Conflicts.h"

#include <catch2/catch.hpp>

using namespace majakka;
using test::SyncReplica;

namespace {

const auto Start = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'795'000'000'000));

struct Pair
{
    test::TemporaryFolder folder;
    SyncReplica a {folder / "a.db", "a", Start};
    SyncReplica b {folder / "b.db", "b", Start + std::chrono::milliseconds(5)};
    store::Id note = store::Id::random();

    Pair()
    {
        a.trust(b);
        b.trust(a);
        a.edit(note, "title", "\"first\"");
        b.import(a.exportTo(b));
    }

    void exchange()
    {
        b.import(a.exportTo(b));
        a.import(b.exportTo(a));
    }
};

} // namespace

TEST_CASE("two devices' edits of one field become one conflict that keeps both values", "[sync][conflicts]")
{
    Pair pair;
    pair.a.edit(pair.note, "title", "\"from a\"");
    pair.b.edit(pair.note, "title", "\"from b\"");
    pair.exchange();
    REQUIRE(pair.a.dump() == pair.b.dump());

    const auto conflicts = sync::Conflicts(pair.a.context()).list();
    REQUIRE(conflicts.size() == 1);
    const sync::Conflict& conflict = conflicts.front();
    CHECK(conflict.field == "title");
    CHECK(conflict.id.size() == 12);
    REQUIRE(conflict.heads.size() == 2);
    CHECK(conflict.heads[0].shown);
    // Each device knows which value is its own, and names the other device.
    const auto& local = conflict.heads[0].local ? conflict.heads[0] : conflict.heads[1];
    const auto& remote = conflict.heads[0].local ? conflict.heads[1] : conflict.heads[0];
    CHECK(local.value == std::optional<std::string>("\"from a\""));
    CHECK(remote.value == std::optional<std::string>("\"from b\""));
    CHECK(remote.siteName == "b");
    // The same id on the other device.
    CHECK(sync::Conflicts(pair.b.context()).list().front().id == conflict.id);
}

TEST_CASE("keeping one value resolves the conflict everywhere once the resolution syncs", "[sync][conflicts]")
{
    Pair pair;
    pair.a.edit(pair.note, "title", "\"from a\"");
    pair.b.edit(pair.note, "title", "\"from b\"");
    pair.exchange();
    const std::string id = sync::Conflicts(pair.b.context()).list().front().id;
    sync::Conflicts(pair.b.context()).resolve(id, sync::Take::Remote); // b keeps a's value
    CHECK(sync::Conflicts(pair.b.context()).list().empty());
    pair.exchange();
    CHECK(sync::Conflicts(pair.a.context()).list().empty());
    CHECK(pair.a.dump() == pair.b.dump());
    CHECK(pair.a.dump().find("\"title\":\"from a\"") != std::string::npos);
    // Asking for a conflict that is gone says so.
    CHECK_THROWS_AS(sync::Conflicts(pair.a.context()).resolve(id, sync::Take::Local), Error);
}

TEST_CASE("with no value of its own a device resolves by naming the head it keeps", "[sync][conflicts]")
{
    Pair pair;
    SyncReplica c(pair.folder / "c.db", "c", Start);
    c.trust(pair.a);
    c.trust(pair.b);
    pair.a.trust(c);
    pair.b.trust(c);
    c.import(pair.a.exportTo(c));
    pair.a.edit(pair.note, "title", "\"from a\"");
    pair.b.edit(pair.note, "title", "\"from b\"");
    c.import(pair.a.exportTo(c));
    c.import(pair.b.exportTo(c));
    sync::Conflicts conflicts(c.context());
    const sync::Conflict conflict = conflicts.list().front();
    CHECK_THROWS_AS(conflicts.resolve(conflict.id, sync::Take::Local), Error);
    CHECK_THROWS_AS(conflicts.resolve(conflict.id, sync::Take::Remote), Error); // two remote values
    const auto& fromB = conflict.heads[0].value == std::optional<std::string>("\"from b\"")
        ? conflict.heads[0]
        : conflict.heads[1];
    conflicts.resolve(conflict.id, fromB.opId.hex().substr(0, 24));
    CHECK(conflicts.list().empty());
    CHECK(c.dump().find("\"title\":\"from b\"") != std::string::npos);
}

TEST_CASE("a value is chosen by its number as listed, and a number past the list is refused",
          "[sync][conflicts]")
{
    Pair pair;
    pair.a.edit(pair.note, "title", "\"from a\"");
    pair.b.edit(pair.note, "title", "\"from b\"");
    pair.exchange();
    sync::Conflicts conflicts(pair.a.context());
    const sync::Conflict conflict = conflicts.list().front();
    CHECK_THROWS_AS(conflicts.resolve(conflict.id, "3"), Error);
    const std::string second = *conflict.heads[1].value;
    conflicts.resolve(conflict.id, "2");
    CHECK(conflicts.list().empty());
    CHECK(pair.a.dump().find("\"title\":" + second) != std::string::npos);
}

TEST_CASE(
    "a delete against an edit made elsewhere is a conflict, and keeping the edit brings the record back",
    "[sync][conflicts]")
{
    Pair pair;
    pair.a.edit(pair.note, "status", "\"open\"");
    pair.exchange();
    pair.a.remove(pair.note);
    pair.b.edit(pair.note, "status", "\"closed\"");
    pair.exchange();
    REQUIRE(pair.a.dump() == pair.b.dump());

    sync::Conflicts conflicts(pair.a.context());
    const auto list = conflicts.list();
    REQUIRE(list.size() == 1);
    CHECK(list.front().isDelete());
    CHECK(list.front().heads.size() == 2); // the delete and the edit

    conflicts.resolve(list.front().id, sync::Take::Remote); // a keeps b's edit: the note comes back
    const std::string dump = pair.a.dump();
    CHECK(dump.find("\"deleted\":false") != std::string::npos);
    CHECK(dump.find("\"status\":\"closed\"") != std::string::npos);
    CHECK(dump.find("\"title\":\"first\"") != std::string::npos); // what the delete had replaced
    CHECK(conflicts.list().empty());
    pair.exchange();
    CHECK(pair.b.dump() == dump);
}

TEST_CASE("keeping the delete removes the record and the edit with it", "[sync][conflicts]")
{
    Pair pair;
    pair.a.remove(pair.note);
    pair.b.edit(pair.note, "status", "\"closed\"");
    pair.exchange();
    sync::Conflicts conflicts(pair.a.context());
    conflicts.resolve(conflicts.list().front().id, sync::Take::Local);
    CHECK(conflicts.list().empty());
    pair.exchange();
    CHECK(pair.b.dump() == pair.a.dump());
    CHECK(pair.b.dump().find("\"fields\":{}") != std::string::npos);
}
