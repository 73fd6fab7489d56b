// majakka-bench-sync: export and import of changed clients between two office
// databases of N clients each that have exchanged everything before. Run by
// hand; prints figures (docs/benchmarks.md).
//
//   build/tests/bench/majakka-bench-sync [--clients N] [--changed M] [--dir DIR]
//
// Defaults: 100,000 clients, 10,000 changed (about 200,000 values). The two
// databases are made once in DIR (default /tmp/majakka-bench-sync) and reused
// by later runs, since 100,000 demo clients take about ten minutes to write;
// each run changes M more clients. Every phase runs in a child process of its
// own, so its peak memory is its own. `--phase import-from-copy` imports the
// last package again into a copy of the receiver as it was before (for perf).
#include "Clock.h"
#include "casework/ClientService.h"
#include "casework/DemoGenerator.h"
#include "crypto/PassphraseKdf.h"
#include "session/Session.h"
#include "store/IdColumns.h"
#include "store/KeyHeader.h"
#include "store/OperationHistory.h"
#include "store/Statement.h"
#include "sync/SyncService.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace majakka;
namespace fs = std::filesystem;

namespace {

const std::string Passphrase = "bench passphrase 1";

struct Options
{
    std::size_t clients = 100000;
    std::size_t changed = 10000;
    fs::path dir = "/tmp/majakka-bench-sync";
    std::string phase; // export, import or again: one phase alone (the parent runs each so)
};

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--clients") {
            options.clients = std::stoul(argv[i + 1]);
        } else if (flag == "--changed") {
            options.changed = std::stoul(argv[i + 1]);
        } else if (flag == "--dir") {
            options.dir = argv[i + 1];
        } else if (flag == "--phase") {
            options.phase = argv[i + 1];
        }
    }
    return options;
}

// The peak resident memory of this process so far, in MiB (VmHWM, which after
// exec counts this program alone).
double peakMemoryMiB()
{
    std::FILE* status = std::fopen("/proc/self/status", "r");
    char line[256];
    double kib = 0;
    while (status && std::fgets(line, sizeof line, status)) {
        if (std::sscanf(line, "VmHWM: %lf kB", &kib) == 1) {
            break;
        }
    }
    if (status) {
        std::fclose(status);
    }
    return kib / 1024.0;
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The processor time (user and system) of this process so far, in seconds:
// beside the wall time, it tells waiting for the disk from work.
double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& time) {
        return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Runs this program again for one phase, which prints its own figures.
void phase(const Options& options, const std::string& name)
{
    std::fflush(stdout);
    const std::string clients = std::to_string(options.clients);
    const std::string dir = options.dir.string();
    std::vector<char*> arguments {const_cast<char*>("majakka-bench-sync"),
                                  const_cast<char*>("--clients"),
                                  const_cast<char*>(clients.c_str()),
                                  const_cast<char*>("--dir"),
                                  const_cast<char*>(dir.c_str()),
                                  const_cast<char*>("--phase"),
                                  const_cast<char*>(name.c_str()),
                                  nullptr};
    pid_t child = 0;
    int status = 0;
    if (::posix_spawn(&child, "/proc/self/exe", nullptr, nullptr, arguments.data(), environ) != 0
        || ::waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "the %s phase failed\n", name.c_str());
        std::exit(1);
    }
}

store::Id siteOf(Session& session)
{
    store::Statement query(session.database(), "SELECT value FROM meta WHERE key = 'site_id'");
    query.step();
    return store::idColumn(query, 0);
}

// Two offices holding the same N clients, as if they had exchanged everything:
// the second is a copy of the first under a new site id and device identity,
// and each knows the other's vector.
void makeDatabases(const Options& options, const fs::path& first, const fs::path& second)
{
    const auto started = std::chrono::steady_clock::now();
    {
        auto session = Session::create(first, "admin", Passphrase, crypto::KdfParams::forTests());
        ClientService clients(*session);
        DemoGenerator::addClients(clients,
                                  options.clients,
                                  7,
                                  domain::Date::fromTimePoint(Clock::system().now()),
                                  {"kaisa", "mikko"});
    }
    fs::copy_file(first, second);
    fs::copy_file(store::KeyHeader::pathFor(first), store::KeyHeader::pathFor(second));
    {
        auto session = Session::unlock(second, std::nullopt, Passphrase);
        store::Transaction transaction(session->database());
        session->database().exec("UPDATE meta SET value = randomblob(16) WHERE key = 'site_id'");
        transaction.commit();
    }
    auto a = Session::unlock(first, std::nullopt, Passphrase);
    auto b = Session::unlock(second, std::nullopt, Passphrase);
    sync::SyncService syncA(*a);
    sync::SyncService syncB(*b);
    syncA.trust(syncB.identityFile(), "oulu", syncB.fingerprint(), std::nullopt, std::nullopt);
    syncB.trust(syncA.identityFile(), "helsinki", syncA.fingerprint(), std::nullopt, std::nullopt);
    const store::Id siteA = siteOf(*a);
    const std::uint64_t newest = store::OperationHistory(a->database()).newestBySite().at(siteA);
    const auto know = [&](Session& session, const store::Id& peer) {
        store::Statement vector(
            session.database(),
            "INSERT OR REPLACE INTO peer_vectors (device_id, site_id, hlc) VALUES (?1, ?2, ?3)");
        vector.bind(1, store::idView(peer))
            .bind(2, store::idView(siteA))
            .bind(3, static_cast<std::int64_t>(newest))
            .run();
    };
    know(*a, siteOf(*b)); // helsinki knows oulu holds everything made at helsinki
    know(*b, siteA);
    store::Statement watermark(b->database(),
                               "INSERT OR REPLACE INTO site_watermarks (site_id, hlc) VALUES (?1, ?2)");
    watermark.bind(1, store::idView(siteA)).bind(2, static_cast<std::int64_t>(newest)).run();
    std::printf("made two databases of %zu clients in %.0f s\n", options.clients, secondsSince(started));
}

// Changes about twenty values of each of `count` clients: contact details, the
// notes of measures and contacts, and two new contacts.
std::size_t changeClients(Session& session, std::size_t count, int round)
{
    ClientService clients(session);
    ClientFilter filter;
    filter.ended = false;
    const std::size_t active = clients.count(filter);
    filter.limit = count;
    // Another stretch of the active clients each run, so every run changes values.
    filter.offset = active > count ? static_cast<std::size_t>(round) * 7919 % (active - count) : 0;
    std::size_t changed = 0;
    for (const ClientSummary& summary : clients.list(filter)) {
        domain::ClientRecord record = clients.show(summary.id);
        const std::string mark = " (round " + std::to_string(round) + ")";
        record.person.phone = "+358 40 " + std::to_string(1000000 + changed);
        record.person.email = "moved" + std::to_string(changed) + "@example.org";
        record.person.address = "Uusikatu " + std::to_string(changed % 90 + 1) + mark;
        for (auto& measure : record.measures) {
            measure.note += mark;
        }
        for (auto& contact : record.contacts) {
            contact.note += mark;
        }
        for (int i = 0; i < 2; ++i) {
            domain::Contact contact;
            contact.kind = domain::ContactKind::Call;
            contact.date = domain::Date::fromTimePoint(Clock::system().now());
            contact.municipality = "Oulu";
            contact.worker = record.person.worker;
            contact.interpreter = true;
            contact.note = "Follow-up call" + mark;
            record.contacts.push_back(contact);
        }
        clients.update(summary.id, record);
        ++changed;
    }
    return changed;
}

} // namespace

int runPhase(const std::string& name, const fs::path& first, const fs::path& second, const fs::path& package)
{
    if (name == "unlock") {
        Session::unlock(first, std::nullopt, Passphrase);
        std::printf("unlock alone: peak memory %.0f MiB\n", peakMemoryMiB());
    } else if (name == "export") {
        auto session = Session::unlock(first, std::nullopt, Passphrase);
        const auto started = std::chrono::steady_clock::now();
        const double cpu = cpuSeconds();
        const auto summary = sync::SyncService(*session).exportTo("oulu", std::nullopt, package);
        std::printf(
            "export: %.2f s (CPU %.2f s), %zu operations of %zu records, package %.2f MB, peak memory "
            "%.0f MiB\n",
            secondsSince(started),
            cpuSeconds() - cpu,
            summary.operations,
            summary.records,
            static_cast<double>(summary.bytes) / 1e6,
            peakMemoryMiB());
    } else if (name == "import" || name == "again" || name == "import-from-copy") {
        if (name == "import-from-copy") {
            // The receiver as it was before the last import, for profiling the import again and again.
            fs::copy_file(
                fs::path(second.string() + ".before"), second, fs::copy_options::overwrite_existing);
        }
        auto session = Session::unlock(second, std::nullopt, Passphrase);
        const auto started = std::chrono::steady_clock::now();
        const double cpu = cpuSeconds();
        const auto report = sync::SyncService(*session).importFrom(package, false);
        std::printf("%s: %.3f s (CPU %.3f s), %zu new operations, %zu records changed, %zu conflicts%s, peak "
                    "memory %.0f MiB\n",
                    name == "again" ? "import again" : "import",
                    secondsSince(started),
                    cpuSeconds() - cpu,
                    report.newOperations,
                    report.changed.size(),
                    report.conflicts.size(),
                    report.alreadyImported ? " (recognised as imported already)" : "",
                    peakMemoryMiB());
    } else if (name == "reply") {
        // Oulu tells Helsinki what it holds now, as it would at the next meeting,
        // so that the next run's export carries only that run's changes.
        const fs::path reply = package.parent_path() / "reply.majakka-sync";
        fs::remove(reply);
        auto oulu = Session::unlock(second, std::nullopt, Passphrase);
        sync::SyncService(*oulu).exportTo("helsinki", std::nullopt, reply);
        oulu.reset();
        auto helsinki = Session::unlock(first, std::nullopt, Passphrase);
        sync::SyncService(*helsinki).importFrom(reply, false);
        fs::remove(reply);
    } else {
        std::fprintf(stderr, "unknown phase %s\n", name.c_str());
        return 2;
    }
    return 0;
}

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    fs::create_directories(options.dir);
    const fs::path first = options.dir / ("helsinki-" + std::to_string(options.clients) + ".db");
    const fs::path second = options.dir / ("oulu-" + std::to_string(options.clients) + ".db");
    const fs::path package = options.dir / "changes.majakka-sync";
    if (!options.phase.empty()) {
        return runPhase(options.phase, first, second, package);
    }
    if (!fs::exists(first) || !fs::exists(second)) {
        makeDatabases(options, first, second);
    }
    const int round = static_cast<int>(std::chrono::system_clock::now().time_since_epoch().count() % 1000);
    std::size_t changed = 0;
    std::size_t values = 0;
    {
        auto session = Session::unlock(first, std::nullopt, Passphrase);
        const store::Id site = siteOf(*session);
        const auto before = store::OperationHistory(session->database()).newestBySite().at(site);
        changed = changeClients(*session, options.changed, round);
        values = store::OperationHistory(session->database()).countSince(site, before);
    }
    std::printf("changed %zu clients (%zu values) at helsinki; %zu clients in each database\n",
                changed,
                values,
                options.clients);
    fs::remove(package);

    phase(options, "unlock");
    phase(options, "export");
    fs::copy_file(second, fs::path(second.string() + ".before"), fs::copy_options::overwrite_existing);
    phase(options, "import");
    phase(options, "again");
    phase(options, "reply");
    return 0;
}
