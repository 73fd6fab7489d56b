#include "statistics/Determinability.h"

#include <catch2/catch.hpp>

using namespace majakka::statistics;

TEST_CASE("two unknowns in one sum are not determined", "[statistics]")
{
    CHECK(determinedUnknowns({{{0, 1}, {1, 1}}}, 2) == std::vector<bool> {false, false});
}

TEST_CASE("a sum and a difference determine both unknowns", "[statistics]")
{
    CHECK(determinedUnknowns({{{0, 1}, {1, 1}}, {{0, 1}, {1, -1}}}, 2) == std::vector<bool> {true, true});
}

TEST_CASE("an unknown is determined by sums that each hold two unknowns", "[statistics]")
{
    // x + y + z = a, y + z = b: x = a - b, while y and z stay open.
    CHECK(determinedUnknowns({{{0, 1}, {1, 1}, {2, 1}}, {{1, 1}, {2, 1}}}, 3)
          == std::vector<bool> {true, false, false});
}

TEST_CASE("a two-by-two block of suppressed cells with all margins published stays open", "[statistics]")
{
    // Rows a+b, c+d; columns a+c, b+d: one degree of freedom is left.
    const std::vector<Equation> sums {{{0, 1}, {1, 1}}, {{2, 1}, {3, 1}}, {{0, 1}, {2, 1}}, {{1, 1}, {3, 1}}};
    CHECK(determinedUnknowns(sums, 4) == std::vector<bool>(4, false));
}

TEST_CASE("an unknown in no equation is not determined, one alone in an equation is", "[statistics]")
{
    CHECK(determinedUnknowns({{{1, 1}}}, 2) == std::vector<bool> {false, true});
}
