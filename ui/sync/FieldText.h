#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

namespace majakka::ui {

// The fields and values of the operation log as people read them, for
// conflicts and sync reports. The log names a field by its path in the
// client document, entries of lists by their ids:
//
//   "family_name"                   -> "Family name"
//   "measures[0000018c4…].status"   -> "Support measure › Status"
//   "admission.appeal.court"        -> "Admission decision › Appeal › Court"
//
// and holds each value as JSON text ("\"active\"", "[\"PH\",\"FI\"]", "true").
class FieldText
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    // A path not known here (from a newer Majakka) is shown as stored.
    static QString fieldName(const std::string& field);
    // Strings without quotes, vocabulary names in words, dates in the chosen
    // language, lists joined; "(no value)" for a value that was cleared.
    static QString value(const std::string& field, const std::optional<std::string>& json);
};

} // namespace majakka::ui
