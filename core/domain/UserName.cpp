#include "domain/UserName.h"

#include "Error.h"

namespace majakka::domain {

namespace {
bool isValidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        if (c < 0x80) {
            extra = 0;
        } else if ((c & 0xe0) == 0xc0 && c >= 0xc2) {
            extra = 1;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2;
        } else if ((c & 0xf8) == 0xf0 && c <= 0xf4) {
            extra = 3;
        } else {
            return false;
        }
        if (extra > 0 && i + extra >= text.size()) {
            return false;
        }
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) {
                return false;
            }
        }
        i += extra + 1;
    }
    return true;
}

std::string_view trimmed(std::string_view name)
{
    while (!name.empty() && name.front() == ' ') {
        name.remove_prefix(1);
    }
    while (!name.empty() && name.back() == ' ') {
        name.remove_suffix(1);
    }
    return name;
}
} // namespace

void validateUserName(std::string_view name)
{
    const std::string_view core = trimmed(name);
    if (core.empty()) {
        throw Error(ErrorCode::Invalid, "a user name cannot be empty");
    }
    if (core.size() > MaximumUserNameLength) {
        throw Error(ErrorCode::Invalid, "a user name can be at most 64 bytes long");
    }
    for (char c : core) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            throw Error(ErrorCode::Invalid, "a user name cannot contain control characters");
        }
    }
    if (!isValidUtf8(core)) {
        throw Error(ErrorCode::Invalid, "a user name must be UTF-8 text");
    }
}

std::string normalizedUserName(std::string_view name)
{
    std::string out(trimmed(name));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

} // namespace majakka::domain
