#include "ui/sync/FieldText.h"

#include "ui/common/DateText.h"
#include "ui/sync/DeviceText.h"
#include "ui/sync/ExportPage.h"

#include <QDate>
#include <catch2/catch.hpp>

using namespace majakka::ui;

TEST_CASE("field paths of the operation log are shown in words", "[ui][sync]")
{
    CHECK(FieldText::fieldName("family_name") == QStringLiteral("Family name"));
    CHECK(FieldText::fieldName("measures[0000018c4f2a7b10a3f09c12].status")
          == QStringLiteral("Support measure › Status"));
    CHECK(FieldText::fieldName("admission.appeal.court")
          == QStringLiteral("Admission decision › Appeal › Court"));
    CHECK(FieldText::fieldName("reflection_periods[0192a].end") == QStringLiteral("Reflection period › End"));
    CHECK(FieldText::fieldName("measures[0000018c4f2a7b10a3f09c12]")
          == QStringLiteral("Support measure (the whole entry)"));
    CHECK(FieldText::fieldName("$deleted") == QStringLiteral("The whole record (deleted)"));
    // A field from a newer Majakka is shown as stored rather than hidden.
    CHECK(FieldText::fieldName("referral.new_thing") == QStringLiteral("referral.new_thing"));
}

TEST_CASE("values of the operation log are shown in words, not as JSON", "[ui][sync]")
{
    CHECK(FieldText::value("family_name", std::string("\"Santos\"")) == QStringLiteral("Santos"));
    CHECK(FieldText::value("measures[01].status", std::string("\"active\"")) == QStringLiteral("Active"));
    CHECK(FieldText::value("measures[01].type", std::string("\"safe_housing\""))
          == QStringLiteral("Safe housing"));
    CHECK(FieldText::value("exploitation.forms", std::string("[\"forced_labour\",\"begging\"]"))
          == QStringLiteral("Forced labour, Begging"));
    CHECK(FieldText::value("citizenships", std::string("[\"PH\",\"FI\"]")) == QStringLiteral("PH, FI"));
    CHECK(FieldText::value("interpreter_needed", std::string("true")) == QStringLiteral("Yes"));
    CHECK(FieldText::value("office", std::string("\"oulu\"")) == QStringLiteral("Oulu"));
    CHECK(FieldText::value("measures[01].start", std::string("\"2026-04-21\""))
          == DateText::format(*majakka::domain::Date::fromYmd(2026, 4, 21)));
    CHECK(FieldText::value("measures[01].note", std::nullopt) == QStringLiteral("(no value)"));
    CHECK(FieldText::value("measures[01]", std::string("true")) == QStringLiteral("Present"));
    CHECK(FieldText::value("measures[01]", std::nullopt) == QStringLiteral("(no value)"));
    CHECK(FieldText::value("$deleted", std::string("true")) == QStringLiteral("Deleted"));
}

TEST_CASE("a package's suggested file name says for which device and when", "[ui][sync]")
{
    CHECK(ExportPage::suggestedFileName(QStringLiteral("Kaisa's laptop"), QDate(2026, 12, 1))
          == QStringLiteral("to-kaisa-s-laptop-2026-12-01.majakka-sync"));
    CHECK(ExportPage::suggestedFileName(QStringLiteral("Työpöytä / Oulu"), QDate(2026, 12, 1))
          == QStringLiteral("to-työpöytä-oulu-2026-12-01.majakka-sync"));
    CHECK(ExportPage::suggestedFileName(QStringLiteral("../.."), QDate(2026, 12, 1))
          == QStringLiteral("to-device-2026-12-01.majakka-sync"));
}

TEST_CASE("a fingerprint is shown in two lines of three groups", "[ui][sync]")
{
    CHECK(DeviceText::fingerprintLines("04917 55120 88213 11234 56789 01234")
          == QStringLiteral("04917  55120  88213\n11234  56789  01234"));
}
