#pragma once

#include "domain/ClientRecord.h"

#include <string>
#include <string_view>

namespace majakka::domain {

// The client document of the CLI (`client add`, `client show --json`,
// `client update`, `import --json`): the person's keys at the top level,
// nested referral, admission, exploitation, measures, reflection period, ...
// See docs/domain-model.md. Every key is written, absent values as null.
std::string clientToJson(const ClientRecord& record, int indent = 2);

// Reads a client document. Throws Error(Invalid, sentence, field) for text
// that is not JSON, a key Majakka does not know, a missing required key, or a
// value of the wrong type or shape, with the JSON path in `field`. Reading
// checks each value's form only; validateClient checks the rules.
ClientRecord clientFromJson(std::string_view text);

// A complete, valid example client dated around `today`: what `client
// template` prints. validateClient(exampleClient(today), today) passes.
ClientRecord exampleClient(Date today);

} // namespace majakka::domain
