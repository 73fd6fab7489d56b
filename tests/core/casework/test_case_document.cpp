#include "Error.h"
#include "SessionFixture.h"
#include "casework/CaseDocumentExport.h"
#include "casework/ClientService.h"
#include "domain/ClientJson.h"
#include "session/UserAdministration.h"
#include "store/Statement.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace majakka;

namespace {

domain::Date today()
{
    return domain::Date::fromTimePoint(Clock::system().now());
}

// Two caseworkers; "kaisa" has one client whose family name was corrected
// once and who has one disclosure on record.
struct DocumentFixture : test::SessionFixture
{
    std::string clientId;

    DocumentFixture()
    {
        auto session = create();
        UserAdministration users(*session);
        users.addUser("kaisa", domain::Role::Caseworker, "kaisa passphrase", test::CheapKdf);
        users.addUser("ville", domain::Role::Caseworker, "ville passphrase", test::CheapKdf);
        session.reset();
        session = unlock("kaisa", "kaisa passphrase");
        ClientService clients(*session);
        domain::ClientRecord record = domain::exampleClient(today());
        record.person.worker = "kaisa";
        record.person.familyName = "Santoss";
        record.disclosures.push_back(
            {today(), "Police of Eastern Finland", "Address", domain::DisclosureBasis::ClientConsent});
        record = clients.add(record);
        record.person.familyName = "Santos";
        clients.update(record.id, record);
        clientId = record.id;
    }

    std::int64_t auditCount(Session& session, const std::string& action)
    {
        store::Statement count(session.database(), "SELECT count(*) FROM audit_log WHERE action = ?1");
        count.bind(1, action);
        count.step();
        return count.columnInt(0);
    }
};

std::string text(const std::filesystem::path& file)
{
    const auto bytes = test::readBytes(file);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

TEST_CASE("a client's JSON export holds the record, every value written and the audit trail ending with it",
          "[casework][export]")
{
    DocumentFixture fx;
    auto session = fx.unlock("kaisa", "kaisa passphrase");
    const auto file = fx.folder / "access-request.json";
    CaseDocumentExport(*session).write(fx.clientId, "record, json", caseDocumentToJson, file);

    const auto json = nlohmann::json::parse(text(file));
    CHECK(json["exported_by"] == "kaisa");
    CHECK(json["client"]["id"] == fx.clientId);
    CHECK(json["client"]["family_name"] == "Santos");
    const auto& disclosures = json["client"]["disclosures"];
    CHECK(std::any_of(disclosures.begin(), disclosures.end(), [](const auto& disclosure) {
        return disclosure["to_whom"] == "Police of Eastern Finland" && disclosure["what"] == "Address";
    }));
    std::vector<std::string> familyNames;
    for (const auto& write : json["history"]) {
        CHECK(write["author"] == "kaisa");
        if (write["field"] == "family_name") {
            familyNames.push_back(write["value"].get<std::string>());
        }
    }
    CHECK(familyNames == std::vector<std::string> {"Santoss", "Santos"});
    const auto& trail = json["audit_trail"];
    REQUIRE(trail.size() >= 3);
    CHECK(trail[0]["action"] == "client.add");
    CHECK(trail.back()["action"] == "client.export");
    CHECK(trail.back()["detail"] == "record, json, access-request.json");
    CHECK(fx.auditCount(*session, "client.export") == 1);
}

TEST_CASE("a client outside the user's scope is not found, and nothing is written or audited",
          "[casework][export]")
{
    DocumentFixture fx;
    auto session = fx.unlock("ville", "ville passphrase");
    const auto file = fx.folder / "out.json";
    try {
        CaseDocumentExport(*session).write(fx.clientId, "record, json", caseDocumentToJson, file);
        FAIL("exported another caseworker's client");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::NotFound);
        CHECK(std::string(error.what()) == "there is no client with the id " + fx.clientId);
    }
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(fx.auditCount(*session, "client.export") == 0);
    CHECK_THROWS_AS(CaseDocumentExport(*session).print(fx.clientId, "case summary"), Error);
    CHECK(fx.auditCount(*session, "client.print") == 0);
}

TEST_CASE(
    "a client export never writes over a file, and a failed rendering leaves no file and no audit entry",
    "[casework][export]")
{
    DocumentFixture fx;
    auto session = fx.unlock("kaisa", "kaisa passphrase");
    const auto existing = fx.folder / "existing.json";
    test::writeBytes(existing, {'x'});
    CHECK_THROWS_WITH(
        CaseDocumentExport(*session).write(fx.clientId, "record, json", caseDocumentToJson, existing),
        Catch::Contains("a file already exists"));
    CHECK(test::readBytes(existing) == std::vector<std::uint8_t> {'x'});

    const auto file = fx.folder / "broken.pdf";
    const auto failing = [](const CaseDocument&) -> std::string {
        throw Error(ErrorCode::Internal, "the PDF could not be made");
    };
    CHECK_THROWS_WITH(CaseDocumentExport(*session).write(fx.clientId, "record, pdf", failing, file),
                      "the PDF could not be made");
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK(fx.auditCount(*session, "client.export") == 0);
}

TEST_CASE("printing a client's summary is audited and gives the record as stored", "[casework][export]")
{
    DocumentFixture fx;
    auto session = fx.unlock("kaisa", "kaisa passphrase");
    const CaseDocument document = CaseDocumentExport(*session).print(fx.clientId, "case summary");
    CHECK(document.record.person.familyName == "Santos");
    REQUIRE_FALSE(document.auditTrail.empty());
    CHECK(document.auditTrail.back().action == "client.print");
    CHECK(document.auditTrail.back().detail == "case summary");
    CHECK(fx.auditCount(*session, "client.print") == 1);
}
