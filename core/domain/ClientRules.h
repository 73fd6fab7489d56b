#pragma once

#include "domain/CaseRules.h"
#include "domain/ClientRecord.h"

#include <optional>

namespace majakka::domain {

// Checks every record of the client on its own and the rules across them:
// dates in order and none in the future except planned ones (reassessment,
// court, expected decision, planned measure starts, reflection period ends);
// a child is under the adult age at admission and has a parent; the identity
// code agrees with the birth date; support measures need an admission, or are
// urgent ones on an emergency referral; planned and active measures need the
// client's consent; reflection periods do not overlap and at most one is open;
// assistance ends after admission. Throws Error(Invalid, sentence, field) for
// the first rule broken, `field` being its JSON path.
void validateClient(const ClientRecord& record, Date today, const CaseRules& rules = {});

// Whether the client's consent is in force on `day`: the latest of the needs
// assessment's consent date and the consent records on or before `day` gives
// consent (a later record in the list wins on the same day).
bool consentInForce(const ClientRecord& record, Date day);

// The index of the reflection period open on `today`, if any: one that has
// started and has no end yet or ends on or after `today`.
std::optional<std::size_t> openReflectionPeriod(const ClientRecord& record, Date today);

// When a child client reaches the adult age and needs a decision of their own;
// nullopt for other clients and for an unknown birth date. For a year-only
// birth date, the earliest possible day (1 January), so the deadline comes early.
std::optional<Date> turns18On(const Person& person, const CaseRules& rules = {});

} // namespace majakka::domain
