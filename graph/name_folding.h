// Names as people type them: folding for lookups (case, accents, hyphens and
// runs of spaces do not matter: "kassym jomart TOKAYEV" and
// "Kassym-Jomart Tokayev" fold alike), Latin spellings of names typed in
// another script (ICU's transliterators: "Токаев" is "Tokayev" or "Tokaev"),
// and an edit distance between folded names to suggest the closest known
// names for one that is not known.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace polgraph {

/// The lookup key of a name: utf8::NameKey (lowercased, Latin accents
/// stripped, hyphens, dots and apostrophes as spaces, spaces collapsed).
std::string FoldName(std::string_view name);

/// The Latin ASCII spellings of `name` (UTF-8) as ICU transliterates it:
/// Russian's BGN romanization ("Жомарт" -> "Zhomart", as the English press
/// writes it), then "Any-Latin; Latin-ASCII" ("Zomart"); distinct ones only.
/// Empty when `name` is ASCII already or ICU cannot transliterate it.
std::vector<std::string> LatinSpellings(std::string_view name);

/// Levenshtein distance between two strings, counted in code points.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace polgraph
