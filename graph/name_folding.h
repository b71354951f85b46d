// Names as people type them: folding for lookups (case, accents, hyphens and
// runs of spaces do not matter: "kassym jomart TOKAYEV" and
// "Kassym-Jomart Tokayev" fold alike), and an edit distance between folded
// names to suggest the closest known names for one that is not known.
#pragma once

#include <string>
#include <string_view>

namespace polgraph {

/// The lookup key of a name: utf8::NameKey (lowercased, Latin accents
/// stripped, hyphens, dots and apostrophes as spaces, spaces collapsed).
std::string FoldName(std::string_view name);

/// Levenshtein distance between two strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace polgraph
