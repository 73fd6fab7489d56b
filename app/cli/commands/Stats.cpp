#include "Error.h"
#include "commands/Commands.h"
#include "session/Session.h"
#include "statistics/CtdcExport.h"
#include "statistics/StatisticsExport.h"
#include "statistics/Suppression.h"

#ifdef MAJAKKA_CLI_DOCUMENTS
#include "ui/reports/Documents.h"
#include "ui/reports/OffscreenGui.h"
#endif

#include <ostream>

namespace majakka::cli {

namespace {

using statistics::Period;
using statistics::ReportFormat;

int wholeNumber(const std::string& option, const std::string& text)
{
    std::size_t used = 0;
    int value = 0;
    try {
        value = std::stoi(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size()) {
        throw Error(ErrorCode::Usage, "--" + option + " takes a whole number; \"" + text + "\" is not one");
    }
    return value;
}

domain::Date dateOption(const std::string& option, const std::string& text)
{
    if (const auto date = domain::Date::tryParse(text)) {
        return *date;
    }
    throw Error(ErrorCode::Usage,
                "--" + option + " takes a date written YYYY-MM-DD; \"" + text + "\" is not one");
}

void refuse(const Arguments& arguments, std::initializer_list<const char*> options, const std::string& why)
{
    for (const char* option : options) {
        if (arguments.value(option) || arguments.flag(option)) {
            throw Error(ErrorCode::Usage, std::string("--") + option + " " + why);
        }
    }
}

// The anonymised statistics (docs/statistics.md): the half-year report, or
// with --ctdc the record-level export in the CTDC's shape.
class StatsCommand : public Command
{
public:
    std::string name() const override { return "stats"; }
    std::string summary() const override
    {
        return "Write the anonymised half-year statistics (or a custom range) as CSV, JSON or a PDF report "
               "with "
               "charts in English, Finnish or Swedish (--lang, default en), small counts suppressed "
               "(threshold "
               "K, default 5, at least 3); with --ctdc, the k-anonymous record-level export in the Counter "
               "Trafficking Data Collaborative's shape. Supervisors only; audited.";
    }
    std::string synopsis() const override
    {
        return "(--period YYYYH1|YYYYH2 | --from DATE --to DATE) --format csv|json|pdf --out FILE "
               "[--threshold K] [--lang en|fi|sv] | --ctdc --out FILE [--k K]";
    }
    OptionSpec options() const override
    {
        return {{"period", "from", "to", "format", "out", "threshold", "k", "lang"}, {"ctdc"}};
    }

    int run(CommandContext& context) override
    {
        const Arguments& arguments = context.arguments;
        arguments.expectPositionals(0);
        const std::string out = arguments.required("out");
        return arguments.flag("ctdc") ? ctdc(context, out) : report(context, out);
    }

private:
    static int report(CommandContext& context, const std::string& out)
    {
        const Arguments& arguments = context.arguments;
        refuse(arguments, {"k"}, "is for --ctdc; the half-year report takes --threshold");
        const std::string format = arguments.required("format");
        if (format != "csv" && format != "json" && format != "pdf") {
            throw Error(ErrorCode::Usage,
                        "--format is csv, json or pdf; \"" + format + "\" is not one of them");
        }
        if (format != "pdf") {
            refuse(arguments,
                   {"lang"},
                   "is for --format pdf; CSV and JSON are for programs to read and keep the stable English "
                   "names of the indicators");
        }
        const Period period = periodOf(arguments);
        const int threshold = arguments.value("threshold")
            ? wholeNumber("threshold", *arguments.value("threshold"))
            : statistics::Suppression::DefaultThreshold;
        const statistics::Suppression check(threshold); // refuses a threshold below 3 before unlocking
        const std::string language = format == "pdf" ? pdfLanguage(arguments) : std::string();

        auto session = context.unlock();
        statistics::StatisticsExport exporter(*session);
        const auto written = format == "pdf"
            ? writePdf(exporter, period, threshold, language, out)
            : exporter.writeReport(
                period, format == "csv" ? ReportFormat::Csv : ReportFormat::Json, out, threshold);
        context.out << "Wrote " << out << ": statistics for " << written.periodLabel << " with "
                    << written.previousLabel << " for comparison; " << written.suppressedCells
                    << " counts suppressed.\nRule: " << written.rule << "\n";
        return 0;
    }

    // The language of the PDF, checked before unlocking.
    static std::string pdfLanguage(const Arguments& arguments)
    {
        const std::string language = arguments.value("lang").value_or("en");
#ifdef MAJAKKA_CLI_DOCUMENTS
        if (!reports::isDocumentLanguage(language)) {
            throw Error(ErrorCode::Usage, "--lang is en, fi or sv; \"" + language + "\" is not one of them");
        }
        return language;
#else
        throw Error(ErrorCode::Usage,
                    "--format pdf needs Majakka's Qt libraries, and this majakka-cli was built without them "
                    "(MAJAKKA_BUILD_UI=OFF); use --format csv or --format json");
#endif
    }

    // The report is made and suppressed by the core, then drawn: the PDF sees
    // only the released report. Qt starts only here, on its offscreen platform.
    static statistics::ReportWritten writePdf(statistics::StatisticsExport& exporter,
                                              const Period& period,
                                              int threshold,
                                              const std::string& language,
                                              const std::string& out)
    {
#ifdef MAJAKKA_CLI_DOCUMENTS
        statistics::StatisticsExport::refuseExisting(out);
        const statistics::ReleasedReport report = exporter.prepareReport(period, threshold);
        const reports::OffscreenGui gui;
        return exporter.writeReport(
            report, "pdf, " + language, reports::statisticsPdf(report, language), out);
#else
        (void)exporter, (void)period, (void)threshold, (void)language, (void)out;
        return {};
#endif
    }

    static int ctdc(CommandContext& context, const std::string& out)
    {
        const Arguments& arguments = context.arguments;
        refuse(arguments,
               {"period", "from", "to", "format", "threshold", "lang"},
               "is for the half-year report; the CTDC export covers every year and takes --k");
        const int k = arguments.value("k") ? wholeNumber("k", *arguments.value("k"))
                                           : statistics::Suppression::DefaultThreshold;
        statistics::requireCtdcK(k); // before unlocking
        auto session = context.unlock();
        const auto written = statistics::StatisticsExport(*session).writeCtdc(out, k);
        context.out << "Wrote " << out << ": " << written.rows << " rows of " << written.victims
                    << " admitted victims (" << written.suppressedRows
                    << " left out), every combination at least " << k
                    << " times.\nGeneralised: " << written.generalisation << "\n";
        return 0;
    }

    static Period periodOf(const Arguments& arguments)
    {
        const auto period = arguments.value("period");
        const auto from = arguments.value("from");
        const auto to = arguments.value("to");
        if (period && (from || to)) {
            throw Error(ErrorCode::Usage, "give either --period or --from and --to, not both");
        }
        if (period) {
            return Period::parse(*period);
        }
        if (!from || !to) {
            throw Error(ErrorCode::Usage, "give --period (e.g. 2026H1), or --from and --to");
        }
        return Period::custom(dateOption("from", *from), dateOption("to", *to));
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace majakka::cli
