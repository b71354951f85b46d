#include "extract/gender_words.h"

#include "extract/lexicon.h"
#include "extract/word_lists.h"

namespace polgraph {
namespace {

// Calls `f` on each word of `text` (split at spaces, hyphens kept), until it
// returns something other than kUnknown.
template <typename F>
Gender FirstTelling(std::string_view text, F f) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start)
      if (Gender g = f(text.substr(start, end - start)); g != Gender::kUnknown) return g;
    start = end + 1;
  }
  return Gender::kUnknown;
}

}  // namespace

GenderWords::GenderWords(const WordLists& words) {
  for (const std::string& w : words.Get("female_words").words) female_.insert(Lexicon::Key(w));
  for (const std::string& w : words.Get("male_words").words) male_.insert(Lexicon::Key(w));
}

Gender GenderWords::OfWord(std::string_view word) const {
  std::string key = Lexicon::Key(word);
  if (female_.contains(key)) return Gender::kFemale;
  if (male_.contains(key)) return Gender::kMale;
  return Gender::kUnknown;
}

bool GenderWords::Has(std::string_view key) const {
  std::string word(key);
  return female_.contains(word) || male_.contains(word);
}

Gender GenderWords::Of(std::string_view name, std::string_view title) const {
  if (Gender g = FirstTelling(title, [&](std::string_view w) { return OfWord(w); });
      g != Gender::kUnknown)
    return g;
  size_t space = name.find(' ');
  if (space == std::string_view::npos) return Gender::kUnknown;  // a surname tells nothing
  return OfWord(name.substr(0, space));
}

Gender GenderWords::OfPronoun(std::string_view pronoun) {
  std::string key = Lexicon::Key(pronoun);
  if (key == "he" || key == "him" || key == "his") return Gender::kMale;
  if (key == "she" || key == "her" || key == "hers") return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace polgraph
