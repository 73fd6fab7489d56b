#pragma once

#include <string_view>

namespace majakka::domain {

constexpr std::size_t MinimumPassphraseLength = 10;

// A rough strength estimate for the hint shown while a passphrase is typed.
enum class PassphraseStrength
{
    TooShort, // refused
    Weak, // allowed, with a warning
    Fair,
    Strong,
};

PassphraseStrength estimatePassphraseStrength(std::string_view passphrase);

// Throws Error(Invalid) when the passphrase is refused.
void validateNewPassphrase(std::string_view passphrase);

} // namespace majakka::domain
