#pragma once

#include "domain/ClientRecord.h"

#include <map>
#include <optional>
#include <string>

namespace majakka {

// A client record as the operation log holds it: one field per value, so that
// an edit records only what changed and two people who changed different
// values of one record never conflict.
//
//   person values        "family_name", "birth_date", "aliases"
//   parts of the case    "referral.source", "admission.appeal.court"
//   entries of lists     "measures[<entry id>]" (present), "measures[<entry id>].status"
//
// A list of names (aliases, citizenships, forms) is one value. Each entry of a
// list is named by its id (see OperationLog::newEntryId) rather than by its
// place, and carries a presence field, so that an entry removed on one laptop
// while edited on another shows as a conflict instead of half an entry. The
// reflection periods are one list here, whatever the JSON calls the latest.
// Empty values ("", [], null) are not stored: clearing a value is an operation
// that leaves the field without one.
using ClientFieldValues = std::map<std::string, std::optional<std::string>>;

// Every stored value of the record (its id aside). Every entry of a list must
// have an id by now.
ClientFieldValues clientFields(const domain::ClientRecord& record);

// The record the fields make, lists in the order of their entries' ids
// (reflection periods by their start). Throws Error(Damaged) for fields that
// make no valid client document.
domain::ClientRecord clientFromFields(const std::string& id, const ClientFieldValues& fields);

} // namespace majakka
