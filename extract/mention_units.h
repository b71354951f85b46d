// The mention finder's view of a sentence: tokens merged into units, each a
// word or a known phrase ("United States of America", "press service") with
// its lexicon classes. A unit's folded key is a view into one buffer of the
// sentence's folded words. A UnitReader keeps its buffers from one text to
// the next. Shared by the finder (mention_finder.cc) and its list splitter;
// internal to extract/.
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
  std::string_view key;         // folded text, in the UnitReader's buffer
  Token::Kind kind = Token::Kind::kOther;
  bool upper = false, all_caps = false, possessive = false, initial = false;
  bool roman = false;           // an all-capitals roman numeral: II, III, IV
  bool sentence_start = false;  // the first word of the text
  bool post_nominal = false;    // "MP", "QC" after a name: a stop word, no part of the name

  bool IsWord() const { return kind == Token::Kind::kWord; }
  bool Has(uint32_t bits) const { return (classes & bits) != 0; }
  bool Is(std::string_view word) const { return IsWord() && !upper && key == word; }
  /// "&", a joint of names ("Marks & Spencer") and of fields ("Health & Safety").
  bool IsAmpersand() const { return kind == Token::Kind::kOther && key == "&"; }
};

/// Classes that make a capitalized word "known", i.e. not part of a name.
inline constexpr uint32_t kKnownWord = kTitle | kOrgHead | kDescriptor | kDemonym | kCountry |
                                       kPlace | kSource | kStop | kPronoun | kOrgName | kNotEntity |
                                       kArticle | kDeterminer | kPlaceNoun;

/// Reads texts into units, one text at a time, in buffers it keeps from one
/// text to the next: a reader per thread spares each sentence the allocation
/// of its tokens, keys and units.
class UnitReader {
 public:
  UnitReader() = default;
  UnitReader(const UnitReader&) = delete;  // its units view its own keys
  UnitReader& operator=(const UnitReader&) = delete;

  /// The units of `text`: phrases are matched longest first. They and their
  /// keys are valid until the next Read.
  const std::vector<Unit>& Read(std::string_view text, const Lexicon& lexicon);

  /// A token's folded key, as bytes of the reader's keys, and its lexicon
  /// entry (null when unknown or not a word).
  struct WordKey {
    uint32_t begin = 0, end = 0;
    const LexiconEntry* entry = nullptr;
  };

 private:
  std::vector<Token> tokens_;
  std::vector<WordKey> words_;  // of each token
  std::string keys_;            // every word's key, end to end
  std::vector<Unit> units_;
};

}  // namespace polgraph
