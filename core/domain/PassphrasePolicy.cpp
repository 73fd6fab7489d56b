#include "domain/PassphrasePolicy.h"

#include "Error.h"

#include <cmath>
#include <set>

namespace majakka::domain {

namespace {
// Counts code points, not bytes, so "äääää" is five characters as a person sees it.
std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xc0) != 0x80) {
            ++count;
        }
    }
    return count;
}

// Bits of a passphrase drawn from the character classes it uses, lowered for
// repeats. Crude on purpose: it is a hint, the real protection is Argon2id.
double estimatedBits(std::string_view passphrase)
{
    bool lower = false, upper = false, digit = false, other = false;
    std::set<char> distinct;
    for (char c : passphrase) {
        distinct.insert(c);
        if (c >= 'a' && c <= 'z') {
            lower = true;
        } else if (c >= 'A' && c <= 'Z') {
            upper = true;
        } else if (c >= '0' && c <= '9') {
            digit = true;
        } else {
            other = true;
        }
    }
    const double alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const double length = static_cast<double>(characterCount(passphrase));
    const double variety = std::min(1.0, static_cast<double>(distinct.size()) / std::max(1.0, length) * 1.5);
    return length * std::log2(std::max(2.0, alphabet)) * variety;
}
} // namespace

PassphraseStrength estimatePassphraseStrength(std::string_view passphrase)
{
    if (characterCount(passphrase) < MinimumPassphraseLength) {
        return PassphraseStrength::TooShort;
    }
    const double bits = estimatedBits(passphrase);
    if (bits < 45) {
        return PassphraseStrength::Weak;
    }
    if (bits < 70) {
        return PassphraseStrength::Fair;
    }
    return PassphraseStrength::Strong;
}

void validateNewPassphrase(std::string_view passphrase)
{
    if (characterCount(passphrase) < MinimumPassphraseLength) {
        throw Error(ErrorCode::Invalid, "a passphrase must be at least 10 characters long");
    }
}

} // namespace majakka::domain
