// Entity mentions found in a sentence: a span of text naming a person, an
// organization or a country, with any title standing before a person's name.
//
// The finder is a hand-written scanner: it tokenizes the sentence once, groups
// capitalized words (with "of", "the", particles and dashes between them) into
// chunks, and splits each chunk into title and name by looking words up in
// hash tables (titles, organization head words, countries and demonyms,
// cities, news sources: the word lists of word_lists.h). No regex runs per sentence. Cities, months
// and news agencies or press services cited as sources (Qazinform, Akorda, TASS, "the press
// service") are never mentions.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/gender_words.h"
#include "extract/triple.h"

namespace polgraph {

class WordLists;

struct Mention {
  size_t begin = 0, end = 0;  // byte offsets of the whole span in the sentence
  std::string name;           // the name with titles stripped ("Bakyt Nurmukhanov")
  std::string title;          // title before the name, if any ("Deputy Chairman of ...")
  EntityType type = EntityType::kUnknown;
  // Added by the mention finder's author:
  std::string country;  // country the title names or implies ("Kazakh President" -> "Kazakhstan")
  bool source = false;  // Classify only: a news agency / press service, never an entity
};

/// Finds person, organization and country mentions in `sentence`, left to
/// right, non-overlapping. Stateless and thread-safe once constructed.
class MentionFinder {
 public:
  /// A finder that knows the default word lists (WordLists::Default()).
  MentionFinder();
  /// A finder that knows `words` (its titles, organization words, countries, ...).
  explicit MentionFinder(const WordLists& words);
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;  // owns compiled patterns
  MentionFinder& operator=(const MentionFinder&) = delete;

  /// Mentions of `sentence`. A lone capitalized word that is not a known
  /// title, organization, country, city or common word ("Tokayev") is a
  /// person mention (an all-capitals one, "NATO", an organization).
  std::vector<Mention> Find(std::string_view sentence) const;

  /// Classifies a span a rule captured ("Deputy Chairman of the Constitutional
  /// Court Bakyt Nurmukhanov", "the Financial Monitoring Agency", "Kazakhstan"):
  /// strips titles and articles and gives the type. `name` is empty when the
  /// span names nothing (a common noun, a pronoun, a bare title).
  ///
  /// For a bare title or short form, `name` is empty and `title` holds the
  /// phrase without articles or possessive ("the Kazakh President" -> title
  /// "Kazakh President", country "Kazakhstan", type kPerson; "the Agency" ->
  /// title "Agency", type kOrganization); the resolver looks such titles up.
  /// A pronoun gives type kPerson and an empty name and title. A news source
  /// gives an empty name with `source` set. `begin`/`end` cover the mention
  /// (title included) within `span`; the whole span when nothing is found.
  Mention Classify(std::string_view span) const;

  /// Splits a span captured by {NAME_LIST} ("A, B and C", "President X and
  /// Prime Minister Y") into its items, as trimmed views into `list`. An "and"
  /// inside an office ("Minister of Labor and Social Protection X") does not
  /// split.
  std::vector<std::string_view> SplitList(std::string_view list) const;

  /// The words that say which office a title names, folded, in order, without
  /// articles, connectors, countries and demonyms, and with variants made
  /// one ("chairwoman", "chair" and "speaker" are "chairman"): "the Kazakh
  /// Foreign Minister" -> {"foreign", "minister"}; "the Commission’s chair" ->
  /// {"commission", "chairman"}. For comparing titles.
  std::vector<std::string> TitleWords(std::string_view title) const;

  /// True when `word`, one of TitleWords(), sets an office apart from another
  /// of the same name: a deputy chairman is not the chairman (the word list
  /// rank_modifiers: deputy, vice, former, acting, ...).
  bool IsRankModifier(std::string_view word) const;

  /// True when `title` holds a word of a person's title or form of address
  /// ("Mr", "minister", "Lord"), not only descriptors ("North", "Joint").
  bool IsPersonTitle(std::string_view title) const;

  /// The gender a person's title and name tell (gender_words.h): "Mrs" or
  /// "Baroness" in `title`, else a given name opening `name`.
  Gender GenderOf(std::string_view name, std::string_view title) const;

  /// True when `word` ("he", "She", "him", "her", "his" in lower case) is a personal pronoun.
  static bool IsPersonalPronoun(std::string_view word);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// RE2 building blocks for rules, as (macro name without braces, pattern).
/// A rule writes {PERSON}; the rule set substitutes the pattern. Every pattern
/// is self-contained (no macro references left) and uses only non-capturing
/// groups (so rule group numbers are not disturbed). Rules read masked
/// sentences (masked_sentence.h): each mention found by MentionFinder::Find
/// is the placeholder word, so the entity macros match placeholders, not
/// the shapes of names; which entity a group holds is read afterwards from
/// the mentions it covers.
///
///   UPPER, LOWER, LETTER   one capital letter, lowercase letter, letter or
///              digit of a word (Latin with its accents, Cyrillic): use them
///              instead of \p{Lu}, \p{Ll}, \p{L}, which are thousands of
///              instructions each in UTF-8 and multiply under repetition
///   CAPWORD    one capitalized word: "Tokayev", "Kassym-Jomart", "O'Brien",
///              "Sha’ban", "Žižek", "al-Sisi", an acronym "U.S." / "NATO"
///   PERSON, NAME, TITLE, ORG, COUNTRY, ENTITY
///              a placeholder, running on over placeholders and capitalized
///              words beside it or joined by of / for / to / on (the): a
///              title and name the finder split ("ZQ to Turkiye ZQ") read
///              as one; all six match the same, the type is decided later
///   NAME_LIST  "A", "A and B", "A, B and C", "A, B, and C" where each item is
///              such a run with an optional "the": split it with SplitList()
///   PRONOUN    he / she / him / her (either case at the start)
const std::vector<std::pair<std::string, std::string>>& MentionMacros();

}  // namespace polgraph
