// majakka-bench-statistics: what the anonymised statistics cost on a database
// of synthetic clients: the half-year report as CSV and JSON and the CTDC
// export, each as a supervisor runs it (read the tables, compute, suppress,
// write the file atomically, audit), and the peak memory of doing so. Run by
// hand; prints figures.
//
//   build/tests/bench/majakka-bench-statistics [--clients N] [--seed S]   (default 10000, 1)
#include "Clock.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "crypto/Random.h"
#include "session/Session.h"
#include "session/UserAdministration.h"
#include "statistics/CaseSource.h"
#include "statistics/CtdcExport.h"
#include "statistics/StatisticsExport.h"
#include "statistics/StatisticsReport.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <string>
#include <sys/resource.h>
#include <vector>

using namespace majakka;
using Stopwatch = std::chrono::steady_clock;

namespace {

const std::string Passphrase = "benchmark passphrase";

double msSince(Stopwatch::time_point start)
{
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

std::size_t option(int argc, char** argv, const std::string& name, std::size_t fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name) {
            return static_cast<std::size_t>(std::stoul(argv[i + 1]));
        }
    }
    return fallback;
}

// The process's peak resident memory since the last reset, in MiB (VmHWM).
double peakMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("VmHWM:", 0) == 0) {
            return std::stod(line.substr(6)) / 1024.0;
        }
    }
    return 0;
}

// Starts a new peak at the current resident memory (Linux: clear_refs 5).
void resetPeak()
{
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
}

void build(const std::filesystem::path& path, std::size_t count, std::uint32_t seed, domain::Date today)
{
    auto session = Session::create(path, "admin", Passphrase, crypto::KdfParams::forTests());
    UserAdministration(*session).addUser(
        "supervisor", domain::Role::Supervisor, Passphrase, crypto::KdfParams::forTests());
    auto records = DemoGenerator::generateClients(count, seed, today, {"caseworker"});
    const auto split = static_cast<std::ptrdiff_t>(DemoGenerator::firstChild(records));
    std::vector<domain::ClientRecord> children(records.begin() + split, records.end());
    records.erase(records.begin() + split, records.end());
    ClientService clients(*session);
    const auto parents = clients.importAll(std::move(records));
    DemoGenerator::linkChildren(children, parents);
    clients.importAll(std::move(children));
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t count = option(argc, argv, "--clients", 10000);
    const auto seed = static_cast<std::uint32_t>(option(argc, argv, "--seed", 1));
    const auto folder
        = std::filesystem::temp_directory_path() / ("majakka-bench-" + crypto::toHex(crypto::randomBytes(6)));
    std::filesystem::create_directories(folder);
    const auto path = folder / "statistics.db";
    const domain::Date today = domain::Date::fromTimePoint(Clock::system().now());
    const statistics::Period period = statistics::Period::halfYearOf(today).previous();

    auto start = Stopwatch::now();
    build(path, count, seed, today);
    const double buildMs = msSince(start);
    const double buildPeak = peakMiB();

    auto session = Session::unlock(path, std::string("supervisor"), Passphrase);
    resetPeak();
    const double baseline = peakMiB();

    start = Stopwatch::now();
    const auto cases = statistics::CaseSource(session->database()).all();
    const double loadMs = msSince(start);
    start = Stopwatch::now();
    const auto report = statistics::buildReport(cases, period, statistics::Suppression(5));
    const double reportMs = msSince(start);
    start = Stopwatch::now();
    statistics::KAnonymityOptions options;
    const auto release = statistics::makeCtdcExport(cases, options);
    const double ctdcOnlyMs = msSince(start);

    statistics::StatisticsExport exporter(*session);
    start = Stopwatch::now();
    const auto csv = exporter.writeReport(period, statistics::ReportFormat::Csv, folder / "report.csv", 5);
    const double csvMs = msSince(start);
    start = Stopwatch::now();
    exporter.writeReport(period, statistics::ReportFormat::Json, folder / "report.json", 5);
    const double jsonMs = msSince(start);
    start = Stopwatch::now();
    const auto ctdc = exporter.writeCtdc(folder / "ctdc.csv", 5);
    const double ctdcMs = msSince(start);
    const double exportPeak = peakMiB();

    std::printf("Majakka statistics benchmark: %zu synthetic clients (seed %u), period %s\n\n",
                count,
                seed,
                period.label().c_str());
    std::printf("%-52s %10.1f ms\n", "build the database (not part of the figures)", buildMs);
    std::printf(
        "%-52s %10.1f ms  (%zu cases)\n", "read the statistics cases (CaseSource)", loadMs, cases.size());
    std::printf("%-52s %10.1f ms  (%zu counts suppressed)\n",
                "compute and suppress the half-year chain",
                reportMs,
                report.current.suppressedCount() + report.previous.suppressedCount());
    std::printf("%-52s %10.1f ms  (%zu rows, %zu left out)\n",
                "generalise and suppress the CTDC rows",
                ctdcOnlyMs,
                release.rows.size(),
                release.suppressedRows);
    std::printf("%-52s %10.1f ms\n", "half-year CSV export, end to end", csvMs);
    std::printf("%-52s %10.1f ms\n", "half-year JSON export, end to end", jsonMs);
    std::printf("%-52s %10.1f ms  (generalised: %s)\n",
                "CTDC export, end to end",
                ctdcMs,
                ctdc.generalisation.c_str());
    std::printf("%-52s %10.1f MiB (%.1f MiB before, %.1f MiB added)\n",
                "peak resident memory of the exports",
                exportPeak,
                baseline,
                exportPeak - baseline);
    std::printf("%-52s %10.1f MiB\n", "peak resident memory while building", buildPeak);
    std::printf("\n%zu counts suppressed in %s and %s\n",
                csv.suppressedCells,
                csv.periodLabel.c_str(),
                csv.previousLabel.c_str());
    session.reset();
    std::filesystem::remove_all(folder);
    return 0;
}
