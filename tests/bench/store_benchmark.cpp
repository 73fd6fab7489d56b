// majakka-bench-store: what encryption costs the storage layer, in figures.
//
// Run by hand (see docs/benchmarks.md); it is not a test and never fails on a slow
// machine. It measures
//   1. the unlock time a person waits for (Argon2id included), and
//   2. the same workload on a plain and an encrypted database, opened through the
//      core's store::Database with the same settings, side by side in one process.
//
// Usage: majakka-bench-store [--rows N] [--cache-kib N]

#include "Error.h"
#include "crypto/Bytes.h"
#include "crypto/PassphraseKdf.h"
#include "crypto/Random.h"
#include "crypto/Secret.h"
#include "session/Session.h"
#include "store/Database.h"
#include "store/Statement.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace majakka;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr std::size_t RowsPerTransaction = 1000;
constexpr int Repetitions = 3;
constexpr int UnlockRuns = 5;
constexpr std::uint32_t Seed = 20240611;
constexpr std::string_view Passphrase = "benchmark-passphrase";

// Targets from the issue "Foundation". Informative only: the exit code ignores them.
constexpr double InsertRatioTarget = 1.5;
constexpr double LookupRatioTarget = 1.3;
constexpr double UnlockTargetMs = 1000.0;

struct Options
{
    std::size_t rows = 100000;
    // PRAGMA cache_size = -N on both connections; without it, the library's default.
    std::optional<int> cacheKiB;
};

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// A folder under the system's temporary directory, removed with everything in it.
class TemporaryFolder
{
public:
    TemporaryFolder()
        : m_path(fs::temp_directory_path() / ("majakka-bench-" + crypto::toHex(crypto::randomBytes(6))))
    {
        fs::create_directory(m_path);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    ~TemporaryFolder()
    {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }

    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// ---------------------------------------------------------------------------
// The workload: made once, up front, so that plain and encrypted runs see the
// same rows and the same lookups and no string building is timed.

struct Row
{
    std::string name;
    std::optional<std::string> born;
    std::string note;
};

struct Workload
{
    std::vector<Row> rows;
    std::vector<std::int64_t> idLookups;
    std::vector<std::size_t> nameLookups; // indexes into rows
    std::size_t payloadBytes = 0;
};

constexpr std::array FirstNames {
    "Aino",   "Eino",   "Helmi",    "Juho",    "Kerttu", "Lauri",  "Maria", "Mikael", "Nelli",  "Oskari",
    "Pihla",  "Rasmus", "Saana",    "Tuomas",  "Venla",  "Aleksi", "Ilona", "Joonas", "Linnea", "Onni",
    "Sofia",  "Eetu",   "Amira",    "Yusuf",   "Fatima", "Ahmed",  "Leyla", "Omar",   "Nadia",  "Tariq",
    "Olena",  "Dmytro", "Irina",    "Sergei",  "Anna",   "Ivan",   "Mai",   "Thanh",  "Linh",   "Minh",
    "Grace",  "Joy",    "Blessing", "Chinedu", "Rosa",   "Carlos", "Lucía", "Mateo",  "Elif",   "Mehmet",
    "Zeynep", "Priya",  "Arjun",    "Kavya",   "Rahul",  "Ewa",    "Piotr", "Ioana",  "Andrei", "Maryam",
    "Hassan", "Samira", "Daniel",   "Sara",
};

constexpr std::array LastNames {
    "Virtanen",  "Korhonen",   "Mäkinen",    "Nieminen", "Mäkelä",   "Hämäläinen", "Laine",     "Heikkinen",
    "Koskinen",  "Järvinen",   "Lehtonen",   "Lehtinen", "Saarinen", "Salminen",   "Heinonen",  "Niemi",
    "Andersson", "Lindqvist",  "Nyström",    "Holm",     "Ali",      "Hassan",     "Mohamed",   "Abdullahi",
    "Kovalenko", "Shevchenko", "Bondarenko", "Ivanova",  "Petrov",   "Smirnova",   "Nguyen",    "Tran",
    "Pham",      "Okafor",     "Adeyemi",    "Eze",      "García",   "Rodríguez",  "López",     "Yılmaz",
    "Kaya",      "Demir",      "Sharma",     "Patel",    "Singh",    "Kowalska",   "Nowak",     "Popescu",
    "Ionescu",   "Rahimi",     "Karimi",     "Haddad",   "Mansour",  "Silva",      "Santos",    "Chen",
    "Wang",      "Li",         "Zhang",      "Kim",      "Park",     "Ahmadi",     "Jovanović", "Horvat",
};

constexpr std::array NoteWords {
    "asiakas",  "tapaaminen", "puhelu",  "sovittu",      "seuraava",    "viikolla",    "poliisi", "tulkki",
    "majoitus", "turvakoti",  "lääkäri", "oleskelulupa", "hakemus",     "työnantaja",  "palkka",  "velka",
    "passi",    "avustaja",   "kunta",   "sosiaalityö",  "kela",        "pankki",      "tili",    "todistus",
    "met",      "with",       "the",     "client",       "interpreter", "appointment", "housing", "lawyer",
    "and",      "ja",         "sekä",    "ei",           "on",          "oli",         "hän",     "kanssa",
    "jälkeen",  "ennen",      "klo",     "10.30",        "huomenna",    "kertoi",      "pelkää",  "turvassa",
};

template<typename Array> const char* pick(const Array& words, std::mt19937& rng)
{
    std::uniform_int_distribution<std::size_t> index(0, words.size() - 1);
    return words[index(rng)];
}

Workload makeWorkload(std::size_t rowCount)
{
    std::mt19937 rng(Seed);
    Workload workload;
    workload.rows.reserve(rowCount);

    std::uniform_int_distribution<int> year(1950, 2008);
    std::uniform_int_distribution<int> month(1, 12);
    std::uniform_int_distribution<int> day(1, 28);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<std::size_t> noteLength(80, 160);

    for (std::size_t i = 0; i < rowCount; ++i) {
        Row row;
        row.name
            = std::string(pick(FirstNames, rng)) + ' ' + pick(FirstNames, rng) + ' ' + pick(LastNames, rng);
        if (percent(rng) >= 10) { // one in ten has no known birth date
            char date[16];
            std::snprintf(date, sizeof date, "%04d-%02d-%02d", year(rng), month(rng), day(rng));
            row.born = date;
        }
        const std::size_t length = noteLength(rng);
        while (row.note.size() < length) {
            if (!row.note.empty()) {
                row.note += ' ';
            }
            row.note += pick(NoteWords, rng);
        }
        workload.payloadBytes += row.name.size() + (row.born ? row.born->size() : 0) + row.note.size() + 8;
        workload.rows.push_back(std::move(row));
    }

    std::uniform_int_distribution<std::int64_t> id(1, static_cast<std::int64_t>(rowCount));
    workload.idLookups.reserve(rowCount);
    for (std::size_t i = 0; i < rowCount; ++i) {
        workload.idLookups.push_back(id(rng));
    }
    std::uniform_int_distribution<std::size_t> rowIndex(0, rowCount - 1);
    const std::size_t nameLookupCount = std::max<std::size_t>(1, rowCount / 10);
    workload.nameLookups.reserve(nameLookupCount);
    for (std::size_t i = 0; i < nameLookupCount; ++i) {
        workload.nameLookups.push_back(rowIndex(rng));
    }
    return workload;
}

// ---------------------------------------------------------------------------

struct RunResult
{
    double insertMs = 0;
    double idLookupMs = 0;
    double nameLookupMs = 0;
    std::uintmax_t fileBytes = 0;
    std::int64_t pageSize = 0;
    std::int64_t cacheSize = 0;
    // Bytes read back by the lookups: the same in both runs, or the run is wrong.
    std::uint64_t checksum = 0;
};

std::int64_t pragmaValue(store::Database& database, std::string_view pragma)
{
    store::Statement query(database, "PRAGMA " + std::string(pragma));
    return query.step() ? query.columnInt(0) : 0;
}

RunResult runWorkload(const fs::path& path,
                      const std::optional<crypto::Secret>& key,
                      const Workload& workload,
                      const Options& options)
{
    RunResult result;
    {
        store::Database database = store::Database::open(path, key, store::Database::Mode::Create);
        if (options.cacheKiB) {
            database.exec("PRAGMA cache_size = -" + std::to_string(*options.cacheKiB));
        }
        database.exec("CREATE TABLE item(id INTEGER PRIMARY KEY, name TEXT NOT NULL, born TEXT, note TEXT)");
        database.exec("CREATE INDEX item_name ON item(name)");
        result.pageSize = pragmaValue(database, "page_size");
        result.cacheSize = pragmaValue(database, "cache_size");

        auto start = Clock::now();
        {
            store::Statement insert(database,
                                    "INSERT INTO item(id, name, born, note) VALUES (?1, ?2, ?3, ?4)");
            const std::size_t count = workload.rows.size();
            for (std::size_t first = 0; first < count; first += RowsPerTransaction) {
                store::Transaction transaction(database);
                const std::size_t last = std::min(count, first + RowsPerTransaction);
                for (std::size_t i = first; i < last; ++i) {
                    const Row& row = workload.rows[i];
                    insert.bind(1, static_cast<std::int64_t>(i + 1)).bind(2, row.name).bind(4, row.note);
                    if (row.born) {
                        insert.bind(3, *row.born);
                    } else {
                        insert.bindNull(3);
                    }
                    insert.run();
                    insert.reset();
                }
                transaction.commit();
            }
        }
        result.insertMs = millisecondsSince(start);

        start = Clock::now();
        {
            store::Statement byId(database, "SELECT name, born, note FROM item WHERE id = ?1");
            for (const std::int64_t id : workload.idLookups) {
                byId.bind(1, id);
                if (byId.step()) {
                    result.checksum
                        += byId.columnText(0).size() + byId.columnText(1).size() + byId.columnText(2).size();
                }
                byId.reset();
            }
        }
        result.idLookupMs = millisecondsSince(start);

        start = Clock::now();
        {
            store::Statement byName(database, "SELECT id, born, note FROM item WHERE name = ?1");
            for (const std::size_t index : workload.nameLookups) {
                byName.bind(1, workload.rows[index].name);
                while (byName.step()) {
                    result.checksum += static_cast<std::uint64_t>(byName.columnInt(0))
                        + byName.columnText(1).size() + byName.columnText(2).size();
                }
                byName.reset();
            }
        }
        result.nameLookupMs = millisecondsSince(start);
    }
    result.fileBytes = fs::file_size(path);
    fs::remove(path);
    return result;
}

// ---------------------------------------------------------------------------
// Output

const char* verdict(bool met)
{
    return met ? "PASS" : "MISS";
}

double perSecond(std::size_t count, double milliseconds)
{
    return milliseconds > 0 ? static_cast<double>(count) * 1000.0 / milliseconds : 0.0;
}

std::string sizeText(std::uintmax_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

void printPhase(const char* phase, std::size_t count, double plainMs, double encryptedMs, double target)
{
    const double ratio = encryptedMs / plainMs;
    std::printf("%-32s %10.1f %10.0f %10.1f %10.0f %6.2f   <= %.1fx  %s\n",
                phase,
                plainMs,
                perSecond(count, plainMs),
                encryptedMs,
                perSecond(count, encryptedMs),
                ratio,
                target,
                verdict(ratio <= target));
}

std::string libraryVersions(const fs::path& folder)
{
    const fs::path path = folder / "version.db";
    std::string text;
    {
        store::Database database = store::Database::open(path, std::nullopt, store::Database::Mode::Create);
        store::Statement query(database, "SELECT sqlite_version()");
        const std::string sqlite = query.step() ? query.columnText(0) : "?";
        store::Statement cipher(database, "PRAGMA cipher_version");
        const std::string sqlcipher = cipher.step() ? cipher.columnText(0) : "?";
        text = "SQLCipher " + sqlcipher + " (SQLite " + sqlite + ")";
    }
    fs::remove(path);
    return text;
}

// ---------------------------------------------------------------------------

void measureUnlock(const fs::path& folder)
{
    const fs::path path = folder / "unlock.db";

    const crypto::KdfParams calibrated = crypto::KdfParams::calibrated();
    Session::create(path, "bench", Passphrase, calibrated).reset();

    std::vector<double> kdfRuns;
    const crypto::Bytes salt = crypto::randomBytes(crypto::KdfSaltSize);
    for (int i = 0; i < UnlockRuns; ++i) {
        const auto start = Clock::now();
        const crypto::Secret key
            = crypto::deriveKeyFromPassphrase(Passphrase, salt, crypto::KdfParams::standard());
        kdfRuns.push_back(millisecondsSince(start));
    }

    std::vector<double> unlockRuns;
    for (int i = 0; i < UnlockRuns; ++i) {
        const auto start = Clock::now();
        auto session = Session::unlock(path, std::nullopt, Passphrase);
        unlockRuns.push_back(millisecondsSince(start));
        session.reset();
    }
    const double unlockMs = median(unlockRuns);
    const crypto::KdfParams standard = crypto::KdfParams::standard();

    char standardLabel[96];
    std::snprintf(standardLabel,
                  sizeof standardLabel,
                  "Argon2id alone, standard (%u KiB, %u passes)",
                  standard.memoryKiB,
                  standard.passes);

    std::printf("Unlock (median of %d runs)\n", UnlockRuns);
    std::printf("  %-46s Argon2id %u KiB, %u passes, %u lane\n",
                "KDF chosen at create (calibrated):",
                calibrated.memoryKiB,
                calibrated.passes,
                calibrated.lanes);
    std::printf("  %-46s %8.1f ms\n", standardLabel, median(kdfRuns));
    std::printf("  %-46s %8.1f ms   target < %.0f ms  %s\n\n",
                "Session::unlock, calibrated KDF included",
                unlockMs,
                UnlockTargetMs,
                verdict(unlockMs < UnlockTargetMs));

    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (entry.path().filename().string().starts_with("unlock.db")) {
            fs::remove(entry.path(), ec);
        }
    }
}

void measureStorage(const fs::path& folder, const Options& options)
{
    const Workload workload = makeWorkload(options.rows);
    const crypto::Secret key = crypto::randomSecret(32);

    std::vector<RunResult> plain;
    std::vector<RunResult> encrypted;
    for (int repetition = 0; repetition < Repetitions; ++repetition) {
        std::fprintf(stderr, "  repetition %d of %d: plain...", repetition + 1, Repetitions);
        std::fflush(stderr);
        plain.push_back(runWorkload(folder / "plain.db", std::nullopt, workload, options));
        std::fprintf(stderr, " encrypted...");
        std::fflush(stderr);
        encrypted.push_back(runWorkload(folder / "encrypted.db", key, workload, options));
        std::fprintf(stderr, " done\n");
    }

    for (int i = 0; i < Repetitions; ++i) {
        if (plain[i].checksum != encrypted[i].checksum || plain[i].checksum != plain[0].checksum) {
            throw Error(ErrorCode::Internal, "the plain and encrypted runs read back different data");
        }
    }

    auto medianOf = [](const std::vector<RunResult>& runs, double RunResult::*field) {
        std::vector<double> values;
        for (const RunResult& run : runs) {
            values.push_back(run.*field);
        }
        return median(values);
    };
    const double plainInsert = medianOf(plain, &RunResult::insertMs);
    const double encryptedInsert = medianOf(encrypted, &RunResult::insertMs);
    const double plainById = medianOf(plain, &RunResult::idLookupMs);
    const double encryptedById = medianOf(encrypted, &RunResult::idLookupMs);
    const double plainByName = medianOf(plain, &RunResult::nameLookupMs);
    const double encryptedByName = medianOf(encrypted, &RunResult::nameLookupMs);

    const std::size_t rows = workload.rows.size();
    std::printf("Storage: %zu rows (%.0f bytes/row on average), transactions of %zu rows,\n",
                rows,
                static_cast<double>(workload.payloadBytes) / static_cast<double>(rows),
                RowsPerTransaction);
    std::printf(
        "  %zu lookups by id, %zu by name; median of %d repetitions, plain and encrypted alternating\n",
        workload.idLookups.size(),
        workload.nameLookups.size(),
        Repetitions);
    std::printf("  page cache: %s; plain: page_size %lld, cache_size %lld; encrypted: page_size %lld, "
                "cache_size %lld\n\n",
                options.cacheKiB
                    ? ("PRAGMA cache_size = -" + std::to_string(*options.cacheKiB) + " on both").c_str()
                    : "as the core sets it (no --cache-kib)",
                static_cast<long long>(plain[0].pageSize),
                static_cast<long long>(plain[0].cacheSize),
                static_cast<long long>(encrypted[0].pageSize),
                static_cast<long long>(encrypted[0].cacheSize));

    std::printf("%-32s %10s %10s %10s %10s %6s   %-7s  %s\n",
                "phase",
                "plain ms",
                "plain /s",
                "encr. ms",
                "encr. /s",
                "ratio",
                "target",
                "result");
    printPhase("insert (1000 rows/transaction)", rows, plainInsert, encryptedInsert, InsertRatioTarget);
    printPhase(
        "lookup by primary key", workload.idLookups.size(), plainById, encryptedById, LookupRatioTarget);
    printPhase("lookup by name (index)",
               workload.nameLookups.size(),
               plainByName,
               encryptedByName,
               LookupRatioTarget);
    const std::string plainSize = sizeText(plain.back().fileBytes);
    const std::string encryptedSize = sizeText(encrypted.back().fileBytes);
    std::printf("%-32s %10s %10s %10s %10s %6.2f\n",
                "file size",
                plainSize.c_str(),
                "",
                encryptedSize.c_str(),
                "",
                static_cast<double>(encrypted.back().fileBytes)
                    / static_cast<double>(plain.back().fileBytes));

    std::printf("\nEach repetition (ms: insert / by id / by name):\n");
    for (int i = 0; i < Repetitions; ++i) {
        std::printf("  %d  plain %8.1f / %8.1f / %8.1f    encrypted %8.1f / %8.1f / %8.1f\n",
                    i + 1,
                    plain[i].insertMs,
                    plain[i].idLookupMs,
                    plain[i].nameLookupMs,
                    encrypted[i].insertMs,
                    encrypted[i].idLookupMs,
                    encrypted[i].nameLookupMs);
    }
}

bool parseCount(std::string_view text, std::size_t minimum, std::size_t maximum, std::size_t& out)
{
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < minimum || value > maximum) {
        return false;
    }
    out = value;
    return true;
}

void printUsage()
{
    std::puts("Usage: majakka-bench-store [--rows N] [--cache-kib N]\n"
              "  --rows N       rows to insert and lookups by id (default 100000); lookups by name: N/10\n"
              "  --cache-kib N  set PRAGMA cache_size = -N (KiB) on both connections (default: library's)\n"
              "The database files go to a new folder under $TMPDIR (or /tmp), removed at the end.");
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    const std::vector<std::string_view> arguments(argv + 1, argv + argc);
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        std::size_t value = 0;
        if (argument == "--help" || argument == "-h") {
            printUsage();
            return 0;
        }
        if (argument == "--rows" && i + 1 < arguments.size()
            && parseCount(arguments[i + 1], 1, 100'000'000, value)) {
            options.rows = value;
            ++i;
        } else if (argument == "--cache-kib" && i + 1 < arguments.size()
                   && parseCount(arguments[i + 1], 1, 16 * 1024 * 1024, value)) {
            options.cacheKiB = static_cast<int>(value);
            ++i;
        } else {
            std::fprintf(stderr,
                         "majakka-bench-store: unexpected argument '%.*s'\n\n",
                         static_cast<int>(argument.size()),
                         argument.data());
            printUsage();
            return 2;
        }
    }

    try {
        const TemporaryFolder folder;
        std::printf("Majakka storage benchmark\n");
        std::printf("  %s; files in %s\n\n", libraryVersions(folder.path()).c_str(), folder.path().c_str());
        std::fflush(stdout);
        measureUnlock(folder.path());
        std::fflush(stdout);
        measureStorage(folder.path(), options);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "majakka-bench-store: %s\n", error.what());
        return 1;
    }
    return 0;
}
