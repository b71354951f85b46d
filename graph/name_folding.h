// Folding of entity names for lookups typed by people: case, accents,
// hyphens and runs of spaces do not matter ("kassym jomart TOKAYEV" and
// "Kassym-Jomart Tokayev" fold alike), and an edit distance between folded
// names to suggest the closest known names for one that is not known.
#pragma once

#include <string>
#include <string_view>

namespace polgraph {

/// Lowercases (ASCII, Latin-1, Latin Extended-A, Cyrillic), strips accents
/// from Latin letters, turns hyphens, dots and apostrophes into spaces and
/// collapses whitespace. Invalid UTF-8 bytes are kept as they are.
std::string FoldName(std::string_view name);

/// Levenshtein distance between two strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace polgraph
