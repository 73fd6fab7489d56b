#pragma once

#include "domain/PersonVocabulary.h"

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace majakka::domain {

// The number people read and say: office prefix, year, and a sequence number
// of at least four digits, e.g. "HKI-2026-0042". Who hands out the sequence
// (and keeps it unique across merged databases) is the store's business.
struct ClientNumber
{
    Office office = Office::Helsinki;
    int year = 2006; // 2000-9999
    unsigned sequence = 1; // 1 or more

    // The written form; the sequence is padded with zeros to four digits.
    std::string toString() const;

    // Only the written form toString gives is accepted (so equal texts mean
    // equal numbers): throws Error(Invalid, sentence, field) otherwise.
    static ClientNumber parse(std::string_view text, const std::string& field = "number");
    static std::optional<ClientNumber> tryParse(std::string_view text);

    // The start of a written number as someone types it into a search
    // ("hki-20", " HKI-2026-00"), in the written (upper) case; nullopt for
    // anything that cannot begin one. It needs the office prefix and its dash:
    // three letters alone may as well begin a name ("Tre…").
    static std::optional<std::string> typedPrefix(std::string_view text);

    auto operator<=>(const ClientNumber&) const = default;
};

} // namespace majakka::domain
