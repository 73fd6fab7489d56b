#pragma once

#include "statistics/Period.h"
#include "statistics/ReleasedReport.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace majakka {
class Progress;
class Session;
} // namespace majakka

namespace majakka::statistics {

enum class ReportFormat
{
    Csv,
    Json,
};

struct ReportWritten
{
    std::string periodLabel;
    std::string previousLabel;
    std::size_t suppressedCells = 0;
    std::string rule;
};

struct CtdcWritten
{
    std::size_t victims = 0;
    std::size_t rows = 0;
    std::size_t suppressedRows = 0;
    std::string generalisation;
};

// Makes and writes the anonymised statistics of a database: only a supervisor
// may, the file is written whole or not at all (never over an existing file,
// since a release that has gone out must stay as it was), and the export is
// written to the audit log in the same unit of work, so there is no export
// without its audit entry.
class StatisticsExport
{
public:
    explicit StatisticsExport(Session& session)
        : m_session(session)
    { }

    // The anonymised report of `period`, as it may be shown or published; it
    // reads and writes nothing else. Throws Error(Usage) for a threshold below 3
    // or a period that has not begun, Error(Permission) for a user who is not a
    // supervisor, and Cancelled when `progress` asks to stop.
    ReleasedReport prepareReport(const Period& period, int threshold, Progress* progress = nullptr);

    // Writes a prepared report: `content` is the file made from it (reportToCsv,
    // reportToJson, or the PDF of ui/reports), `format` how the audit entry names
    // it ("csv", "pdf, fi"). Throws Error(Usage) for an existing file.
    ReportWritten writeReport(const ReleasedReport& report,
                              std::string_view format,
                              const std::string& content,
                              const std::filesystem::path& file);
    // Prepares the report and writes it as CSV or JSON.
    ReportWritten
    writeReport(const Period& period, ReportFormat format, const std::filesystem::path& file, int threshold);
    CtdcWritten writeCtdc(const std::filesystem::path& file, int k);

    // Throws Error(Usage) when `file` exists, so that a caller can say so before the work.
    static void refuseExisting(const std::filesystem::path& file);

private:
    void requireSupervisor() const;
    // Audits, writes the file, and commits; removes the file if the commit fails.
    void writeAudited(const std::filesystem::path& file,
                      const std::string& content,
                      std::string_view action,
                      const std::string& detail);

    Session& m_session;
};

} // namespace majakka::statistics
