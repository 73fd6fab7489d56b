#include "Error.h"
#include "casework/CaseDocumentExport.h"
#include "commands/Commands.h"
#include "session/Session.h"

#ifdef MAJAKKA_CLI_DOCUMENTS
#include "ui/reports/Documents.h"
#include "ui/reports/OffscreenGui.h"
#endif

#include <memory>
#include <ostream>

namespace majakka::cli {

namespace {

// Everything held about one client, for the client's access request
// (casework/CaseDocumentExport.h): the record, every value written to it and
// the audit trail, as JSON or a PDF. Audited as an export.
class ClientExportCommand : public Command
{
public:
    std::string name() const override { return "client export"; }
    std::string summary() const override
    {
        return "Write everything held about one client (the whole record, every value written to it, the "
               "audit trail of who saw or changed it, the disclosures) to a new file, for the client's "
               "access "
               "request: JSON, or a PDF in English, Finnish or Swedish (--lang, default en). The file is not "
               "encrypted. Audited as an export.";
    }
    std::string synopsis() const override { return "ID --format json|pdf --out FILE [--lang en|fi|sv]"; }
    OptionSpec options() const override { return {{"format", "out", "lang"}, {}}; }

    int run(CommandContext& context) override
    {
        const Arguments& arguments = context.arguments;
        const std::string id = arguments.positional(0, "the client's id");
        arguments.expectPositionals(1);
        const std::string out = arguments.required("out");
        const std::string format = arguments.required("format");
        if (format != "json" && format != "pdf") {
            throw Error(ErrorCode::Usage, "--format is json or pdf; \"" + format + "\" is not one of them");
        }
        if (format == "json" && arguments.value("lang")) {
            throw Error(ErrorCode::Usage,
                        "--lang is for --format pdf; the JSON keeps the record's stable English names");
        }
        const std::string language = arguments.value("lang").value_or("en");
#ifdef MAJAKKA_CLI_DOCUMENTS
        if (format == "pdf" && !reports::isDocumentLanguage(language)) {
            throw Error(ErrorCode::Usage, "--lang is en, fi or sv; \"" + language + "\" is not one of them");
        }
#else
        if (format == "pdf") {
            throw Error(
                ErrorCode::Usage,
                "--format pdf needs Majakka's Qt libraries, and this majakka-cli was built without them "
                "(MAJAKKA_BUILD_UI=OFF); use --format json");
        }
#endif

        auto session = context.unlock();
        std::size_t values = 0;
        std::size_t entries = 0;
        std::string number;
        const auto counted = [&](const CaseDocument& document) {
            values = document.history.size();
            entries = document.auditTrail.size();
            number = document.record.number ? document.record.number->toString() : document.record.id;
        };
        if (format == "json") {
            CaseDocumentExport(*session).write(
                id,
                "record, json",
                [&](const CaseDocument& document) {
                    counted(document);
                    return caseDocumentToJson(document);
                },
                out);
        } else {
#ifdef MAJAKKA_CLI_DOCUMENTS
            const reports::OffscreenGui gui;
            CaseDocumentExport(*session).write(
                id,
                "record, pdf, " + language,
                [&](const CaseDocument& document) {
                    counted(document);
                    return reports::caseDocumentPdf(document, language);
                },
                out);
#endif
        }
        context.out << "Wrote " << out << ": everything held about client " << number << " (" << values
                    << " values written, " << entries
                    << " audit entries), for an access request.\nThe file is not encrypted: give it to the "
                       "client only, and delete other copies.\n";
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeClientExportCommand()
{
    return std::make_unique<ClientExportCommand>();
}

} // namespace majakka::cli
