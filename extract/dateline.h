// A wire dateline at the start of a paragraph: the place in capitals, then
// perhaps a state or country, a date and the agency, then a dash ("BISHKEK,
// Jan 23 (Reuters) - ", "LIMA, Peru (AP) — ", "ASTANA. KAZINFORM – ",
// "MOSCOW, March 3. /TASS/. "). It is no part of the first sentence: left in,
// it stands before a sentence's fronted phrase ("At a meeting with X, Y
// said") or its first subject, where the rules look for a sentence's start.
#pragma once

#include <cstddef>
#include <string_view>

namespace polgraph {

/// Bytes of `paragraph` taken by a dateline at its start (with the spaces
/// after it); 0 if it does not start with one.
size_t DatelineLength(std::string_view paragraph);

}  // namespace polgraph
