#pragma once

#include "statistics/Period.h"

#include <cstddef>
#include <filesystem>
#include <string>

namespace majakka {
class Session;
}

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

// Writes the anonymised statistics of a database to a file: only a supervisor
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

    // Throws Error(Usage) for a threshold below 3, a period that has not begun,
    // or an existing file; Error(Permission) for a user who is not a supervisor.
    ReportWritten
    writeReport(const Period& period, ReportFormat format, const std::filesystem::path& file, int threshold);
    CtdcWritten writeCtdc(const std::filesystem::path& file, int k);

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
