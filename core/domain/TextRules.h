#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Shape checks shared by the record types. Each throws Error(Invalid, sentence, field).
namespace majakka::domain::text {

constexpr std::size_t ShortTextLength = 200; // names, places, organisations
constexpr std::size_t LongTextLength = 20'000; // plans, notes, descriptions

// "referral" + "date" -> "referral.date"; "" + "kind" -> "kind".
std::string path(std::string_view prefix, std::string_view key);
// "measures" + 2 -> "measures[2]".
std::string indexed(std::string_view key, std::size_t index);

// UTF-8 text without control characters (line breaks allowed in long text), at most `maximum` bytes.
void checkText(const std::string& value, const std::string& field, std::size_t maximum = ShortTextLength);
void checkLongText(const std::string& value, const std::string& field);
// As checkText, and not empty.
void checkRequiredText(const std::string& value,
                       const std::string& field,
                       std::size_t maximum = ShortTextLength);

// ISO 3166-1 alpha-2 shape: two capital letters, e.g. "FI".
bool isCountryCode(std::string_view code);
void checkCountryCode(const std::string& code, const std::string& field);
// ISO 639-1 or 639-2 shape: two or three small letters, e.g. "fi", "ru", "tgl".
bool isLanguageCode(std::string_view code);

// Every element checked with `check`, and none twice; fields are "key[i]".
void checkCodeList(const std::vector<std::string>& codes,
                   const std::string& key,
                   bool (*isValid)(std::string_view),
                   std::string_view expected);

void checkPhone(const std::string& phone, const std::string& field);
void checkEmail(const std::string& email, const std::string& field);

} // namespace majakka::domain::text
