#pragma once

#include <string>
#include <string_view>

namespace majakka::domain {

constexpr std::size_t MaximumUserNameLength = 64;

// Throws Error(Invalid) when the name is empty, too long, not UTF-8 text or
// holds control characters; the message names the rule broken.
void validateUserName(std::string_view name);

// The form names are compared in: surrounding spaces removed, ASCII letters in
// lower case (so "Kaisa" and "kaisa " are the same user).
std::string normalizedUserName(std::string_view name);

} // namespace majakka::domain
