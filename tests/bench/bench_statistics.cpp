// majakka-bench-statistics: what the anonymised statistics cost on a database
// of synthetic clients: the half-year report as CSV, JSON and PDF (with its
// charts) and the CTDC export, each as majakka-cli runs it: a fresh session
// (its page cache empty), read the tables, compute, suppress, render, write the
// file atomically, audit. Also the parts on their own, and the peak memory of
// each export. Run by hand; prints figures.
//
//   build/tests/bench/majakka-bench-statistics [--clients N] [--seed S] [--db PATH] [--runs R]
//
// Defaults: 10000 clients, seed 1, 3 runs (the median is printed). With --db,
// the database at PATH is used when it exists (made by an earlier run with the
// same --clients and --seed), else built there and kept: building 100,000
// clients takes about ten minutes, the exports seconds.
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

#ifdef MAJAKKA_BENCH_PDF
#include "ui/reports/Documents.h"
#include "ui/reports/OffscreenGui.h"
#endif

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <malloc.h>
#include <memory>
#include <string>
#include <vector>

using namespace majakka;
using Stopwatch = std::chrono::steady_clock;

namespace {

const std::string Passphrase = "benchmark passphrase";

double msSince(Stopwatch::time_point start)
{
    return std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count();
}

std::string option(int argc, char** argv, const std::string& name, const std::string& fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (argv[i] == name) {
            return argv[i + 1];
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

struct Measured
{
    std::vector<double> ms;
    double peakAddedMiB = 0; // the most any run added to the resident memory of the open session

    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[sorted.size() / 2];
    }
};

// Runs `work` `runs` times, each on a session of its own (opened untimed), as
// a separate majakka-cli run would.
Measured
measure(const std::filesystem::path& db, int runs, const std::function<void(Session&, int run)>& work)
{
    Measured measured;
    for (int run = 0; run < runs; ++run) {
        auto session = Session::unlock(db, std::string("supervisor"), Passphrase);
        resetPeak();
        const double before = peakMiB();
        const auto start = Stopwatch::now();
        work(*session, run);
        measured.ms.push_back(msSince(start));
        measured.peakAddedMiB = std::max(measured.peakAddedMiB, peakMiB() - before);
    }
    return measured;
}

void print(const char* what, const Measured& measured, const std::string& note = {})
{
    std::printf(
        "%-44s %9.1f ms  %7.1f MiB  %s\n", what, measured.median(), measured.peakAddedMiB, note.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    const auto count = static_cast<std::size_t>(std::stoul(option(argc, argv, "--clients", "10000")));
    const auto seed = static_cast<std::uint32_t>(std::stoul(option(argc, argv, "--seed", "1")));
    const int runs = std::max(1, std::stoi(option(argc, argv, "--runs", "3")));
    const std::string kept = option(argc, argv, "--db", "");
    const auto folder
        = std::filesystem::temp_directory_path() / ("majakka-bench-" + crypto::toHex(crypto::randomBytes(6)));
    std::filesystem::create_directories(folder);
    const auto db = kept.empty() ? folder / "statistics.db" : std::filesystem::path(kept);
    const domain::Date today = domain::Date::fromTimePoint(Clock::system().now());
    const statistics::Period period = statistics::Period::halfYearOf(today).previous();

#ifdef MAJAKKA_BENCH_PDF
    const reports::OffscreenGui gui;
#endif

    double buildMs = 0;
    if (!std::filesystem::exists(db)) {
        std::fprintf(stderr, "building %zu clients in %s …\n", count, db.string().c_str());
        const auto start = Stopwatch::now();
        build(db, count, seed, today);
        buildMs = msSince(start);
    }
    const double openPeak = [&] {
        resetPeak();
        auto session = Session::unlock(db, std::string("supervisor"), Passphrase);
        return peakMiB();
    }();

    std::size_t cases = 0;
    const Measured load = measure(db, runs, [&](Session& session, int) {
        cases = statistics::CaseSource(session.database()).all().size();
    });
    std::size_t suppressed = 0;
    std::vector<statistics::StatisticsCase> loaded;
    {
        auto session = Session::unlock(db, std::string("supervisor"), Passphrase);
        loaded = statistics::CaseSource(session->database()).all();
    }
    const Measured chain = measure(db, runs, [&](Session&, int) {
        const auto report = statistics::buildReport(loaded, period, statistics::Suppression(5));
        suppressed = report.current.suppressedCount() + report.previous.suppressedCount();
    });
    std::size_t ctdcRows = 0;
    std::size_t ctdcLeftOut = 0;
    const Measured ctdcOnly = measure(db, runs, [&](Session&, int) {
        const auto release = statistics::makeCtdcExport(loaded, statistics::KAnonymityOptions {});
        ctdcRows = release.rows.size();
        ctdcLeftOut = release.suppressedRows;
    });
    loaded.clear();
    loaded.shrink_to_fit();

    const auto file = [&](const char* name, int run) {
        return folder / (name + std::to_string(run));
    };
    const Measured csv = measure(db, runs, [&](Session& session, int run) {
        statistics::StatisticsExport(session).writeReport(
            period, statistics::ReportFormat::Csv, file("report.csv.", run), 5);
    });
    const Measured json = measure(db, runs, [&](Session& session, int run) {
        statistics::StatisticsExport(session).writeReport(
            period, statistics::ReportFormat::Json, file("report.json.", run), 5);
    });
#ifdef MAJAKKA_BENCH_PDF
    std::size_t pdfBytes = 0;
    const Measured pdf = measure(db, runs, [&](Session& session, int run) {
        statistics::StatisticsExport exporter(session);
        const auto report = exporter.prepareReport(period, 5);
        const std::string content = reports::statisticsPdf(report, "fi");
        pdfBytes = content.size();
        exporter.writeReport(report, "pdf, fi", content, file("report.pdf.", run));
    });
#endif
    std::string generalised;
    const Measured ctdc = measure(db, runs, [&](Session& session, int run) {
        generalised
            = statistics::StatisticsExport(session).writeCtdc(file("ctdc.csv.", run), 5).generalisation;
    });

    std::printf(
        "Majakka statistics benchmark: %zu synthetic clients (seed %u), period %s, median of %d runs\n\n",
        count,
        seed,
        period.label().c_str(),
        runs);
    if (buildMs > 0) {
        std::printf("%-44s %9.1f ms\n", "build the database (not part of the figures)", buildMs);
    }
    std::printf("%-44s %12s  %10s\n", "", "time", "peak added");
    print("read the statistics cases (CaseSource)", load, std::to_string(cases) + " cases");
    print(
        "compute and suppress the half-year chain", chain, std::to_string(suppressed) + " counts suppressed");
    print("generalise and thin the CTDC rows",
          ctdcOnly,
          std::to_string(ctdcRows) + " rows, " + std::to_string(ctdcLeftOut) + " left out");
    print("half-year CSV export, end to end", csv);
    print("half-year JSON export, end to end", json);
#ifdef MAJAKKA_BENCH_PDF
    print("half-year PDF export with charts, end to end", pdf, std::to_string(pdfBytes / 1024) + " KiB");
#endif
    print("CTDC export, end to end", ctdc, "generalised: " + generalised);
    std::printf("\nEach export runs on a session of its own, opened untimed (%.1f MiB resident once open);\n"
                "\"peak added\" is the most one run raised the resident memory above that.\n",
                openPeak);
    std::filesystem::remove_all(folder);
    return 0;
}
