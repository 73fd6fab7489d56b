#pragma once

#include "statistics/KAnonymity.h"
#include "statistics/StatisticsCase.h"

#include <string>
#include <vector>

namespace majakka::statistics {

// An anonymised record-level export in the shape of the Counter Trafficking
// Data Collaborative's public data: one row per admitted victim (children of
// victims and witnesses are not victims and are left out), with
// yearOfRegistration (year of admission), gender, ageBroad (at admission),
// citizenship, typeOfExploitConcatenated, typeOfLabourConcatenated,
// meansOfControlConcatenated, recruiterRelation and CountryOfExploitation.
// Every column is a quasi-identifier; the release is k-anonymous over all of
// them (KAnonymity.h). A withheld value is an empty field, an unrecorded one
// "unknown"; lists are joined with ";".
struct CtdcExport
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> levels; // the generalisation level of each column
    std::size_t victims = 0; // rows before suppression
    std::size_t suppressedRows = 0;
    int k = 5;

    // The CSV text: the header line, then the rows.
    std::string toCsv() const;
    // E.g. "yearOfRegistration: 2 years; citizenship: region; ..." for the columns generalised.
    std::string generalisationSummary() const;
};

// Throws Error(Usage) for k below Suppression::MinimumThreshold, with a sentence that says why.
void requireCtdcK(int k);

// Throws Error(Usage) for k below Suppression::MinimumThreshold.
CtdcExport makeCtdcExport(const std::vector<StatisticsCase>& cases, const KAnonymityOptions& options);

} // namespace majakka::statistics
