#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace majakka::statistics {

// One linear equation over unknowns: sum of coefficient * x[index] = a known value.
using Equation = std::vector<std::pair<std::size_t, int>>;

// Which of `unknownCount` unknowns a system of linear equations fixes, whatever
// the known right-hand sides: x[i] is fixed exactly when every solution of the
// homogeneous system has x[i] = 0, i.e. when in the reduced row echelon form
// x[i] is a pivot whose row has no free unknown.
//
// The elimination runs modulo two large primes rather than over the rationals,
// to stay exact without growing numbers. A value fixed over the rationals is
// fixed modulo a prime unless the prime divides a determinant of the system, so
// an unknown counts as fixed when either prime says so: the errors this allows
// are on the cautious side (an undetermined unknown reported as fixed).
std::vector<bool> determinedUnknowns(const std::vector<Equation>& equations, std::size_t unknownCount);

} // namespace majakka::statistics
