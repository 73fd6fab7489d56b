#include "Error.h"
#include "SessionFixture.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "store/IdColumns.h"
#include "store/Statement.h"
#include "sync/SyncService.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace majakka;

namespace {

domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

domain::ClientRecord client(const std::string& familyName, const std::string& worker)
{
    domain::ClientRecord record = domain::exampleClient(today());
    record.person.familyName = familyName;
    record.person.worker = worker;
    return record;
}

// An office database and a caseworker's laptop, each with its administrator,
// enrolled with each other the way the programs do it: identity file and fingerprint.
struct OfficeAndLaptop
{
    test::SessionFixture officeFiles;
    test::SessionFixture laptopFiles;
    std::unique_ptr<Session> office = officeFiles.create();
    std::unique_ptr<Session> laptop = laptopFiles.create();
    std::filesystem::path package = officeFiles.folder / "package.majakka-sync";

    OfficeAndLaptop()
    {
        sync::SyncService officeSync(*office);
        sync::SyncService laptopSync(*laptop);
        officeSync.trust(laptopSync.identityFile(),
                         "laptop of kaisa",
                         laptopSync.fingerprint(),
                         std::nullopt,
                         std::nullopt);
        laptopSync.trust(
            officeSync.identityFile(), "office", officeSync.fingerprint(), std::nullopt, std::nullopt);
    }

    sync::ImportReport toLaptop()
    {
        std::filesystem::remove(package);
        sync::SyncService(*office).exportTo("laptop of kaisa", std::nullopt, package);
        return sync::SyncService(*laptop).importFrom(package, false);
    }

    sync::ImportReport toOffice()
    {
        std::filesystem::remove(package);
        sync::SyncService(*laptop).exportTo("office", std::nullopt, package);
        return sync::SyncService(*office).importFrom(package, false);
    }

    std::size_t operationsOf(Session& session, const std::string& id)
    {
        store::Statement query(session.database(), "SELECT count(*) FROM operations WHERE record_id = ?1");
        query.bind(1, store::idView(store::Id::fromHex(id)));
        query.step();
        return static_cast<std::size_t>(query.columnInt(0));
    }
};

} // namespace

TEST_CASE("a fingerprint that does not match enrols nothing", "[sync][clients]")
{
    test::SessionFixture a;
    test::SessionFixture b;
    auto first = a.create();
    auto second = b.create();
    sync::SyncService service(*first);
    std::string fingerprint = sync::SyncService(*second).fingerprint();
    fingerprint[0] = fingerprint[0] == '1' ? '2' : '1';
    try {
        service.trust(
            sync::SyncService(*second).identityFile(), "b", fingerprint, std::nullopt, std::nullopt);
        FAIL("enrolled");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Authentication);
        CHECK(std::string(error.what()).find("does not match") != std::string::npos);
    }
    CHECK(service.devices().empty());
}

TEST_CASE("clients made at the office appear on the laptop as whole records, and its changes come back",
          "[sync][clients]")
{
    OfficeAndLaptop fx;
    ClientService office(*fx.office);
    const auto first = office.add(client("Virtanen", "kaisa"));
    office.add(client("Korhonen", "kaisa"));

    const auto report = fx.toLaptop();
    CHECK(report.added.size() == 2);
    ClientService laptop(*fx.laptop);
    REQUIRE(laptop.list({}).size() == 2);
    domain::ClientRecord onLaptop = laptop.show(first.id);
    CHECK(onLaptop == office.show(first.id));
    ClientFilter search;
    search.search = "virt";
    CHECK(laptop.list(search).size() == 1); // the search index follows

    onLaptop.person.phone = "+358 40 765 4321";
    laptop.update(first.id, onLaptop);
    const auto back = fx.toOffice();
    CHECK(back.changed.size() == 1);
    CHECK(office.show(first.id).person.phone == "+358 40 765 4321");
    // The office's audit trail names the import as the change's source.
    bool audited = false;
    for (const auto& entry : fx.office->auditLog().forRecord(store::Id::fromHex(first.id))) {
        audited
            = audited || (entry.action == "sync.change" && entry.detail.find("phone") != std::string::npos);
    }
    CHECK(audited);
}

TEST_CASE("a laptop enrolled for one worker receives only that worker's clients and gives up one reassigned",
          "[sync][clients]")
{
    OfficeAndLaptop fx;
    sync::SyncService officeSync(*fx.office);
    const std::string laptopIdentity = sync::SyncService(*fx.laptop).identityFile();
    officeSync.trust(laptopIdentity,
                     "laptop of kaisa",
                     sync::SyncService(*fx.laptop).fingerprint(),
                     std::string("anna"),
                     std::nullopt); // the laptop is anna's: its cases only
    ClientService office(*fx.office);
    const auto mine = office.add(client("Virtanen", "anna"));
    const auto moving = office.add(client("Korhonen", "anna"));
    const auto other = office.add(client("Nieminen", "mikko"));

    fx.toLaptop();
    ClientService laptop(*fx.laptop);
    CHECK(laptop.list({}).size() == 2);
    CHECK(fx.operationsOf(*fx.laptop, other.id) == 0);

    domain::ClientRecord reassigned = office.show(moving.id);
    reassigned.person.worker = "mikko";
    office.update(moving.id, reassigned);
    fx.toOffice(); // the laptop tells the office what it holds
    const auto report = fx.toLaptop();
    CHECK(report.removed.size() == 1);
    const auto left = laptop.list({});
    REQUIRE(left.size() == 1);
    CHECK(left.front().id == mine.id);
    // Gone from the laptop, operations and all.
    CHECK(fx.operationsOf(*fx.laptop, moving.id) == 0);
    CHECK_THROWS_AS(laptop.show(moving.id), Error);
}

TEST_CASE("edits of one value on both sides become a conflict that either side resolves", "[sync][clients]")
{
    OfficeAndLaptop fx;
    ClientService office(*fx.office);
    const auto added = office.add(client("Virtanen", "anna"));
    fx.toLaptop();
    ClientService laptop(*fx.laptop);

    domain::ClientRecord atOffice = office.show(added.id);
    atOffice.person.phone = "+358 40 111 1111";
    office.update(added.id, atOffice);
    domain::ClientRecord onLaptop = laptop.show(added.id);
    onLaptop.person.phone = "+358 40 222 2222";
    laptop.update(added.id, onLaptop);

    CHECK(fx.toOffice().conflicts.size() == 1);
    fx.toLaptop();
    const auto conflicts = sync::SyncService(*fx.office).conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.front().field == "phone");
    CHECK(conflicts.front().label.find("Virtanen") != std::string::npos);
    REQUIRE(sync::SyncService(*fx.laptop).conflicts().size() == 1);

    sync::SyncService(*fx.office).resolve(conflicts.front().id, sync::Take::Remote); // the laptop's number
    fx.toLaptop();
    CHECK(sync::SyncService(*fx.laptop).conflicts().empty());
    CHECK(office.show(added.id).person.phone == "+358 40 222 2222");
    CHECK(laptop.show(added.id).person.phone == "+358 40 222 2222");
    std::ostringstream officeDump;
    std::ostringstream laptopDump;
    sync::SyncService(*fx.office).dump(officeDump);
    sync::SyncService(*fx.laptop).dump(laptopDump);
    CHECK(officeDump.str() == laptopDump.str());
}

TEST_CASE("a part removed on one side while changed on the other leaves a client that opens, and a conflict",
          "[sync][clients]")
{
    OfficeAndLaptop fx;
    ClientService office(*fx.office);
    const auto added = office.add(client("Virtanen", "anna"));
    REQUIRE(added.needsAssessment);
    fx.toLaptop();
    ClientService laptop(*fx.laptop);

    domain::ClientRecord atOffice = office.show(added.id);
    atOffice.needsAssessment.reset(); // removed at the office
    office.update(added.id, atOffice);
    domain::ClientRecord onLaptop = laptop.show(added.id);
    onLaptop.needsAssessment->plan = "Housing first, then language courses";
    laptop.update(added.id, onLaptop);

    fx.toOffice();
    fx.toLaptop();
    // Half a needs assessment (its plan, nothing else) is no needs assessment: both sides open the client
    // without one.
    CHECK_FALSE(office.show(added.id).needsAssessment);
    CHECK_FALSE(laptop.show(added.id).needsAssessment);
    const auto conflicts = sync::SyncService(*fx.office).conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts.front().field == "needs_assessment.plan");
    // Keeping the removal settles it everywhere.
    const auto& removal
        = conflicts.front().heads[0].value ? conflicts.front().heads[1] : conflicts.front().heads[0];
    sync::SyncService(*fx.office).resolve(conflicts.front().id, removal.opId.hex());
    fx.toLaptop();
    CHECK(sync::SyncService(*fx.laptop).conflicts().empty());
}
