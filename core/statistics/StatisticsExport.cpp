#include "statistics/StatisticsExport.h"

#include "Error.h"
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

namespace {

void refuseExisting(const std::filesystem::path& file)
{
    std::error_code error;
    if (std::filesystem::exists(file, error)) {
        throw Error(ErrorCode::Usage,
                    "a file already exists at " + file.string()
                        + "; choose another name (a published release is never overwritten)");
    }
}

} // namespace

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
    store::writeFileAtomically(file, crypto::asBytes(content));
    try {
        transaction.commit();
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw;
    }
}

ReportWritten StatisticsExport::writeReport(const Period& period,
                                            ReportFormat format,
                                            const std::filesystem::path& file,
                                            int threshold)
{
    const Suppression suppression(threshold);
    requireSupervisor();
    refuseExisting(file);
    const domain::Date today = domain::Date::fromTimePoint(m_session.clock().now());
    if (period.from() > today) {
        throw Error(ErrorCode::Usage, "the period " + period.label() + " has not begun yet");
    }
    const StatisticsReport report = buildReport(CaseSource(m_session.database()).all(), period, suppression);
    const bool csv = format == ReportFormat::Csv;
    writeAudited(file,
                 csv ? reportToCsv(report) : reportToJson(report),
                 "statistics.export",
                 period.label() + " " + (csv ? "csv" : "json") + ", threshold " + std::to_string(threshold)
                     + ", " + file.filename().string());
    return ReportWritten {report.current.period.label(),
                          report.previous.period.label(),
                          report.current.suppressedCount() + report.previous.suppressedCount(),
                          report.rule};
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
