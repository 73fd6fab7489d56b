#include "sync/OperationCheck.h"

#include "Error.h"
#include "sync/SyncHooks.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace majakka::sync {

namespace {

constexpr std::size_t MaxFieldName = 256;
constexpr std::size_t MaxValue = 1 << 20;
constexpr std::size_t MaxAuthor = 128;
constexpr std::size_t MaxSuperseded = 100000;

bool hasControlCharacters(const std::string& text)
{
    for (char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return true;
        }
    }
    return false;
}

} // namespace

void checkOperation(const store::Operation& op, std::size_t index, const SyncHooks& hooks)
{
    const auto refuse = [&](const std::string& problem) {
        throw Error(ErrorCode::Damaged,
                    "the sync package is signed by a trusted device but its operation "
                        + std::to_string(index + 1) + " is malformed: " + problem + "; nothing was imported");
    };
    if (!hooks.knowsRecordType(op.recordType)) {
        refuse("it is of an unknown kind of record (\"" + op.recordType + "\")");
    }
    if (op.field.empty() || op.field.size() > MaxFieldName || hasControlCharacters(op.field)) {
        refuse("its field name is empty, too long or holds control characters");
    }
    if (op.author.empty() || op.author.size() > MaxAuthor || hasControlCharacters(op.author)) {
        refuse("its author is empty, too long or holds control characters");
    }
    // The database keeps time stamps as signed 64-bit numbers.
    if (op.hlc == 0 || op.hlc > static_cast<std::uint64_t>(INT64_MAX)) {
        refuse("it has no usable time stamp");
    }
    if (op.supersedes.size() > MaxSuperseded) {
        refuse("it replaces an impossible number of operations");
    }
    for (const store::Id& old : op.supersedes) {
        if (old == op.opId) {
            refuse("it replaces itself");
        }
    }
    // A delete says true; bringing a record back clears the field.
    if (op.field == store::DeletedField && op.value && *op.value != "true") {
        refuse("a delete has a value other than true");
    }
    if (op.value) {
        if (op.value->size() > MaxValue || !nlohmann::json::accept(*op.value)) {
            refuse("its value is not JSON");
        }
    }
}

} // namespace majakka::sync
