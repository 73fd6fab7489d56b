#include "ui/reports/Documents.h"

#include "ui/reports/CaseDocumentPdf.h"
#include "ui/reports/DocumentLanguage.h"
#include "ui/reports/StatisticsPdf.h"

#include <algorithm>

namespace majakka::reports {

std::vector<std::string> documentLanguages()
{
    std::vector<std::string> codes;
    for (const QString& code : DocumentLanguage::codes()) {
        codes.push_back(code.toStdString());
    }
    return codes;
}

bool isDocumentLanguage(const std::string& code)
{
    const auto codes = documentLanguages();
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

std::string statisticsPdf(const statistics::ReleasedReport& report, const std::string& language)
{
    return StatisticsPdf::render(report, QString::fromStdString(language)).toStdString();
}

std::string caseDocumentPdf(const CaseDocument& document, const std::string& language)
{
    return CaseDocumentPdf::render(document, QString::fromStdString(language)).toStdString();
}

} // namespace majakka::reports
