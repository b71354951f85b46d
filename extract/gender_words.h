// Whether a person is a woman or a man, as far as the words of a name tell:
// a form of address or title (Mrs, Baroness, Lord, King) anywhere in the
// title before the name, else a common given name as the name's first word
// ("Margaret Hodge"). The words are the named word lists female_words and
// male_words (extract/words/gender.json). Most names tell nothing: then the
// gender is unknown, and a pronoun may stand for the person either way.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace polgraph {

class WordLists;

enum class Gender { kUnknown, kFemale, kMale };

/// True when a person of gender `a` may be called by a pronoun of gender `b`
/// (either unknown, or the same).
inline bool GendersAgree(Gender a, Gender b) {
  return a == Gender::kUnknown || b == Gender::kUnknown || a == b;
}

class GenderWords {
 public:
  /// The lists female_words and male_words of `words`.
  explicit GenderWords(const WordLists& words);

  /// The gender `title` and `name` tell: the title's first gendered word,
  /// else the name's first word; kUnknown when neither tells.
  Gender Of(std::string_view name, std::string_view title) const;

  /// True when the folded word `key` (Lexicon::Key) is on either list: a
  /// given name, or a form of address or title the lists also hold.
  bool Has(std::string_view key) const;

  /// he/him/his: kMale; she/her/hers: kFemale; anything else kUnknown.
  static Gender OfPronoun(std::string_view pronoun);

 private:
  Gender OfWord(std::string_view word) const;

  std::unordered_set<std::string> female_, male_;  // folded (Lexicon::Key)
};

}  // namespace polgraph
