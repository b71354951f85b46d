// The word knowledge of extraction as data: named lists of words (titles,
// office nouns, organization heads, descriptors, places, news sources, stop
// words, ...) and the world's countries, read from JSON word files. The
// default files (extract/words/*.json) are compiled in; `--words FILE` adds
// more. docs/rules.md ("Word lists") describes the format.
//
// Each list has one home and its readers: the mention finder's lexicon
// (lexicon.h) gives its words the list's word classes, a list that names a
// macro ("macro": "OFFICE_NOUN") becomes that rules macro, built from the
// same words, and a few lists without classes are read by name by one step of
// extraction (kNamedLists: "rank_modifiers", "clause_words", "female_words", "male_words",
// "leader_titles", "people_nouns").
// Spellings map variants of a title word to one spelling ("chairwoman" -> "chairman"). Loading
// checks every list and names the file and line of a problem: "titles.json:14: list office_nouns:
// \"minister\" is listed twice".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace polgraph {

/// One named list of words or phrases.
struct WordList {
  std::string name;                // "office_nouns"
  uint32_t classes = 0;            // WordClass bits (lexicon.h) its words get
  std::string macro;               // rules macro built from the words; empty for none
  std::vector<std::string> words;  // as written, in file order (later files append)
  Place place;                     // where the list was first declared
};

/// One spelling of a title word and the variants written for it: "chairman"
/// for "chair", "chairwoman" and "speaker".
struct Spelling {
  std::string name;
  std::vector<std::string> variants;
};

/// The lists that steps of extraction read by name (WordLists::Get) rather
/// than through word classes: a new one needs no "classes".
inline constexpr std::string_view kNamedLists[] = {
    "rank_modifiers",      // title words that set an office apart: deputy, former
    "clause_words",        // words after which a new clause begins: where, that
    "female_words",        // titles and given names of women: Mrs, Baroness, Margaret
    "male_words",          // titles and given names of men: Mr, Lord, Michael
    "leader_titles",       // the offices of "the two leaders": president, prime minister, king
    "people_nouns",        // group nouns that stand for anyone named: pair, men, sides
    "listener_nouns",      // what ends the listener of "told": programme, reporters, members
    "organization_nouns",  // what makes the name after it an organization: charity, group
    "denial_words",        // what denies the clause after "that": denied, rejected
    "speaking_seats",      // seats of government that speak for it: Downing Street, the Kremlin
};

/// A country: its usual English name, other names, demonyms and the bodies
/// that stand for it ("Majilis" -> Kazakhstan).
struct CountryWords {
  std::string name;
  std::vector<std::string> variants, demonyms, bodies;
};

class WordLists {
 public:
  /// The word files compiled into polgraph (extract/words/*.json).
  static WordLists Default();

  /// Adds the lists, spellings and countries of one JSON word file; `source` names it in
  /// errors. A list whose name is already known takes more words (its
  /// classes and macro, if given again, must be the same); a new list needs
  /// "classes". Throws Error with the file and line: malformed JSON, an
  /// unknown field or word class, a bad list or macro name, an empty word or
  /// one with stray spaces, a word listed twice in a list, a country defined
  /// twice, a variant given two spellings.
  void Load(std::string_view json, const std::string& source);

  const std::vector<WordList>& lists() const { return lists_; }
  const std::vector<CountryWords>& countries() const { return countries_; }
  const std::vector<Spelling>& spellings() const { return spellings_; }

  /// The list called `name`, or null.
  const WordList* Find(std::string_view name) const;

  /// The list called `name`, one of kNamedLists. Throws Error when no word
  /// file declared it (the default files do).
  const WordList& Get(std::string_view name) const;

 private:
  std::vector<WordList> lists_;
  std::vector<CountryWords> countries_;
  std::vector<Spelling> spellings_;
};

/// The rules macro a list defines: its words as RE2 literals, alternatives in
/// list order ("minister|secretary|..."). Case is as written.
std::string MacroPattern(const WordList& list);

}  // namespace polgraph
