#include "domain/EnumNames.h"

namespace majakka::domain::detail {

std::string
unknownNameMessage(std::string_view field, std::string_view name, std::span<const std::string_view> known)
{
    std::string message = "\"" + std::string(field) + "\" must be one of ";
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (i > 0) {
            message += ", ";
        }
        message += known[i];
    }
    message += "; \"" + std::string(name) + "\" is not one of them.";
    return message;
}

} // namespace majakka::domain::detail
