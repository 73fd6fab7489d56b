#pragma once

#include "Error.h"
#include "domain/EnumNames.h"
#include "domain/PersonVocabulary.h"

#include <optional>
#include <string>

namespace majakka::cli {

// An --office value (joutseno, helsinki, oulu, tampere), refused as a usage
// error when it names no office.
inline std::optional<domain::Office> officeOption(const std::optional<std::string>& text)
{
    if (!text) {
        return std::nullopt;
    }
    if (const auto office = domain::enumFromName<domain::Office>(*text)) {
        return office;
    }
    throw Error(ErrorCode::Usage,
                "unknown office \"" + *text + "\"; use joutseno, helsinki, oulu or tampere");
}

} // namespace majakka::cli
