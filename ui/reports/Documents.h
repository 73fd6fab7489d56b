#pragma once

#include <string>
#include <vector>

namespace majakka {
struct CaseDocument;
namespace statistics {
class ReleasedReport;
}
} // namespace majakka

// The documents of ui/reports for programs that speak std::string and need
// no Qt headers (majakka-cli, the benchmark). Each needs a Qt application:
// make an OffscreenGui first.
namespace majakka::reports {

// The languages documents are made in: "en", "fi", "sv".
std::vector<std::string> documentLanguages();
bool isDocumentLanguage(const std::string& code);

// The half-year statistics as a PDF (StatisticsPdf).
std::string statisticsPdf(const statistics::ReleasedReport& report, const std::string& language);
// Everything held about a client as a PDF (CaseDocumentPdf).
std::string caseDocumentPdf(const CaseDocument& document, const std::string& language);

} // namespace majakka::reports
