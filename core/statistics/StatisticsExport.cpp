#include "statistics/StatisticsExport.h"

#include "Error.h"
#include "Progress.h"
#include "domain/Role.h"
#include "session/Session.h"
#include "statistics/CaseSource.h"
#include "statistics/CtdcExport.h"
#include "statistics/ReportCsv.h"
#include "statistics/ReportJson.h"
#include "statistics/StatisticsReport.h"
#include "store/AtomicFile.h"
#include "store/Statement.h"

#include <system_error>

namespace majakka::statistics {

void StatisticsExport::refuseExisting(const std::filesystem::path& file)
{
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        throw Error(ErrorCode::Usage,
                    "a file already exists at " + file.string()
                        + "; choose another name (a published release is never overwritten)");
    }
}

void StatisticsExport::requireSupervisor() const
{
    const domain::User& user = m_session.user();
    if (user.role != domain::Role::Supervisor) {
        throw Error(ErrorCode::Permission,
                    "only a supervisor may export statistics; " + user.name + " is "
                        + (user.role == domain::Role::Administrator ? "an " : "a ")
                        + std::string(domain::roleName(user.role)));
    }
}

void StatisticsExport::writeAudited(const std::filesystem::path& file,
                                    const std::string& content,
                                    std::string_view action,
                                    const std::string& detail)
{
    store::Transaction transaction(m_session.database());
    m_session.audit(action, std::nullopt, detail);
    store::writeNewFileAtomically(file, crypto::asBytes(content));
    try {
        transaction.commit();
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw;
    }
}

ReleasedReport StatisticsExport::prepareReport(const Period& period, int threshold, Progress* progress)
{
    const Suppression suppression(threshold);
    requireSupervisor();
    const domain::Date today = domain::Date::fromTimePoint(m_session.clock().now());
    if (period.from() > today) {
        throw Error(ErrorCode::Usage, "the period " + period.label() + " has not begun yet");
    }
    // Reading the tables is most of the work; the chain of half-years the rest.
    ScaledProgress reading(progress, 0, 80);
    const std::vector<StatisticsCase> cases = CaseSource(m_session.database()).all(&reading);
    ScaledProgress computing(progress, 80, 100);
    return ReleasedReport::of(buildReport(cases, period, suppression, &computing));
}

ReportWritten StatisticsExport::writeReport(const ReleasedReport& report,
                                            std::string_view format,
                                            const std::string& content,
                                            const std::filesystem::path& file)
{
    requireSupervisor();
    refuseExisting(file);
    writeAudited(file,
                 content,
                 "statistics.export",
                 report.current().period.label() + " " + std::string(format) + ", threshold "
                     + std::to_string(report.threshold()) + ", " + file.filename().string());
    return ReportWritten {report.current().period.label(),
                          report.previous().period.label(),
                          report.suppressedCount(),
                          report.rule()};
}

ReportWritten StatisticsExport::writeReport(const Period& period,
                                            ReportFormat format,
                                            const std::filesystem::path& file,
                                            int threshold)
{
    (void)Suppression(threshold); // a threshold below 3 is refused before anything else
    requireSupervisor();
    refuseExisting(file);
    const ReleasedReport report = prepareReport(period, threshold);
    const bool csv = format == ReportFormat::Csv;
    return writeReport(report, csv ? "csv" : "json", csv ? reportToCsv(report) : reportToJson(report), file);
}

CtdcWritten StatisticsExport::writeCtdc(const std::filesystem::path& file, int k)
{
    requireCtdcK(k);
    KAnonymityOptions options;
    options.k = k;
    requireSupervisor();
    refuseExisting(file);
    const CtdcExport release = makeCtdcExport(CaseSource(m_session.database()).all(), options);
    writeAudited(file,
                 release.toCsv(),
                 "statistics.ctdc_export",
                 "k " + std::to_string(k) + ", " + std::to_string(release.rows.size()) + " rows, "
                     + std::to_string(release.suppressedRows) + " left out, " + file.filename().string());
    return CtdcWritten {
        release.victims, release.rows.size(), release.suppressedRows, release.generalisationSummary()};
}

} // namespace majakka::statistics
