// The mention finder's view of a sentence: tokens merged into units, each a
// word or a known phrase ("United States of America", "press service") with
// its lexicon classes. A unit's folded key is a view into one buffer of the
// sentence's folded words, filled by BuildUnits. Shared by the finder
// (mention_finder.cc) and its list splitter; internal to extract/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/tokenizer.h"

namespace polgraph {

struct Unit {
  uint32_t begin = 0, end = 0;  // bytes in the text
  uint32_t classes = 0;         // WordClass bits, after case is taken into account
  std::string_view country;     // canonical country the unit stands for, if any
  std::string_view key;         // folded text, in the buffer BuildUnits filled
  Token::Kind kind = Token::Kind::kOther;
  bool upper = false, all_caps = false, possessive = false, initial = false;
  bool roman = false;           // an all-capitals roman numeral: II, III, IV
  bool sentence_start = false;  // the first word of the text
  bool post_nominal = false;    // "MP", "QC" after a name: a stop word, no part of the name

  bool IsWord() const { return kind == Token::Kind::kWord; }
  bool Has(uint32_t bits) const { return (classes & bits) != 0; }
  bool Is(std::string_view word) const { return IsWord() && !upper && key == word; }
};

/// Classes that make a capitalized word "known", i.e. not part of a name.
inline constexpr uint32_t kKnownWord = kTitle | kOrgHead | kDescriptor | kDemonym | kCountry |
                                       kPlace | kSource | kStop | kPronoun | kOrgName | kNotEntity |
                                       kArticle | kDeterminer | kPlaceNoun;

/// The units of `text`: phrases are matched longest first. Their keys view
/// `keys`, which the call fills (dropping what it held): keep it unchanged
/// while the units are in use.
std::vector<Unit> BuildUnits(std::string_view text, const Lexicon& lexicon, std::string& keys);

}  // namespace polgraph
