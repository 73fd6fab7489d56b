#include "Error.h"
#include "domain/PassphrasePolicy.h"

#include <catch2/catch.hpp>

using namespace majakka::domain;

TEST_CASE("passphrases shorter than ten characters are refused", "[domain]")
{
    CHECK_THROWS_AS(validateNewPassphrase("short"), majakka::Error);
    CHECK_NOTHROW(validateNewPassphrase("ten chars!"));
    // Characters, not bytes: nine letters with diacritics are still too short.
    CHECK_THROWS_AS(validateNewPassphrase("äääääääää"), majakka::Error);
    CHECK(estimatePassphraseStrength("short") == PassphraseStrength::TooShort);
}

TEST_CASE("the strength hint grows with length and variety", "[domain]")
{
    CHECK(estimatePassphraseStrength("aaaaaaaaaaaa") == PassphraseStrength::Weak);
    CHECK(estimatePassphraseStrength("correct horse battery staple") == PassphraseStrength::Strong);
    CHECK(estimatePassphraseStrength("tampere2026") == PassphraseStrength::Fair);
}
