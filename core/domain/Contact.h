#pragma once

#include "domain/Date.h"
#include "domain/ProcessVocabulary.h"

#include <string>

namespace majakka::domain {

// A visit, call or meeting with the client.
struct Contact
{
    ContactKind kind = ContactKind::Visit;
    Date date;
    std::string municipality; // where it took place
    std::string worker; // user name
    bool interpreter = false; // an interpreter was used
    std::string note;

    // Names the entry among the client's list across edits and replicas (see
    // ElementId.h); empty until the store assigns one.
    std::string id {};

    bool operator==(const Contact&) const = default;
};

// `path` is e.g. "contacts[3]".
void validate(const Contact& contact, const std::string& path);

} // namespace majakka::domain
