#include "Error.h"
#include "Input.h"
#include "casework/ClientService.h"
#include "commands/Commands.h"
#include "domain/ClientJson.h"
#include "session/Session.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace majakka::cli {

namespace {

// The line on which each element of a top-level JSON array starts, so an error
// can point at the record in the file a person edits.
std::vector<int> elementLines(const std::string& text)
{
    std::vector<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectElement = false;
    for (char c : text) {
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            escaped = !escaped && c == '\\';
            if (c == '"' && !escaped) {
                inString = false;
            }
            continue;
        }
        if (depth == 1 && expectElement && c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ']') {
            lines.push_back(line);
            expectElement = false;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
            expectElement = depth == 1;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectElement = true;
        }
    }
    return lines;
}

std::size_t indexIn(const std::string& field)
{
    if (field.size() > 1 && field.front() == '[') {
        return static_cast<std::size_t>(std::stoul(field.substr(1)));
    }
    return 0;
}

class ImportCommand : public Command
{
public:
    std::string name() const override { return "import"; }
    std::string summary() const override
    {
        return "Import a JSON list of client documents (e.g. from a legacy system): all of them or none. An "
               "error names the line where the first bad record starts.";
    }
    std::string synopsis() const override { return "--json FILE|-"; }
    OptionSpec options() const override { return {{"json"}, {}}; }

    int run(CommandContext& context) override
    {
        context.arguments.expectPositionals(0);
        const std::string text = readInput(context.arguments.required("json"));
        const nlohmann::json list = nlohmann::json::parse(text, nullptr, false);
        if (list.is_discarded() || !list.is_array()) {
            throw Error(ErrorCode::Invalid, "the import file must hold a JSON list of client documents");
        }
        const std::vector<int> lines = elementLines(text);
        auto lineOf = [&](std::size_t index) {
            return index < lines.size() ? lines[index] : 0;
        };

        std::vector<domain::ClientRecord> records;
        for (std::size_t i = 0; i < list.size(); ++i) {
            try {
                records.push_back(domain::clientFromJson(list[i].dump()));
            } catch (const Error& error) {
                throw Error(error.code(),
                            "the record starting on line " + std::to_string(lineOf(i)) + ": " + error.what(),
                            error.field());
            }
        }
        auto session = context.unlock();
        try {
            const auto stored = ClientService(*session).importAll(std::move(records));
            context.out << "Imported " << stored.size() << " clients\n";
        } catch (const Error& error) {
            throw Error(error.code(),
                        "the record starting on line " + std::to_string(lineOf(indexIn(error.field()))) + ": "
                            + error.what() + "; nothing was imported",
                        error.field());
        }
        return 0;
    }
};
} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace majakka::cli
