// The word knowledge the mention finder looks up: which words are titles
// ("Minister"), organization head words ("Agency"), descriptive words of
// offices and bodies ("Foreign", "Constitutional"), countries and demonyms,
// cities and other places, news sources, particles of names ("von", "bin")
// and common words that never start a name ("According", "Monday").
//
// The words come from word lists (word_lists.h: extract/words/*.json and any
// --words files); a list's words get the list's classes, and titles and
// organization heads their English plurals too. Single words and multi-word
// phrases ("United States of America", "press service", "Central Asia") live
// in one hash table keyed by folded text (lowercase, accents and dots
// removed), built once. Lookups are O(1) per word; no regex is involved.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace polgraph {

class WordLists;
struct CountryWords;

/// Classes of a word or phrase; a word may have several.
enum WordClass : uint32_t {
  kArticle = 1u << 0,       // the, a, an
  kDeterminer = 1u << 1,    // his, her, its, their, our, this, ...
  kParticle = 1u << 2,      // von, van, der, de, al, bin, ibn, ul, ...
  kTitle = 1u << 3,         // head noun of a person's title: president, minister, king
  kOrgHead = 1u << 4,       // head noun of an organization: ministry, agency, senate, inc
  kDescriptor = 1u << 5,    // other words of offices and bodies: deputy, foreign, affairs
  kDemonym = 1u << 6,       // Kazakh, Russian, U.S.
  kCountry = 1u << 7,       // Kazakhstan, Kyrgyz Republic
  kPlace = 1u << 8,         // a city, region or landmark: Astana, Central Asia, Akorda
  kSource = 1u << 9,        // a news agency or press service: Qazinform, TASS, press service
  kStop = 1u << 10,         // a common word that never starts a name: According, Monday
  kPronoun = 1u << 11,      // he, she, him, her
  kPlural = 1u << 12,       // a plural title or head: ministers, presidents
  kOrgName = 1u << 13,      // a name of an organization without a head word: NATO, Rosneft
  kPlaceNoun = 1u << 14,    // lowercase noun making the name before it a place: region, district
  kGeneric = 1u << 15,      // an organization head that names nothing alone: agency, commission
  kNotEntity = 1u << 16,    // an acronym that is not an organization: AI, GDP, CEO
  kPhraseStart = 1u << 17,  // the key also begins a longer phrase ("united" -> "united states")
  kPatronymic = 1u << 18,   // uulu, kyzy, ogly: a lowercase word that ends a Turkic name
  kTakesTo = 1u << 19,  // a title followed by "to": ambassador, assistant ("Ambassador to the US")
  kHonorific = 1u << 20,    // Mr, Mrs, Dr, Sir, Lord: the word after it is a name ("Mr Law")
  kPostNominal = 1u << 21,  // MP, QC, OBE in capitals after a name: no part of it ("X MP said")
  kThing = 1u << 22,        // a document or event: Declaration, Decree, Summit (also a descriptor)
};

struct LexiconEntry {
  uint32_t classes = 0;
  std::string_view country;  // canonical country a country word, demonym or body stands for
};

class Lexicon {
 public:
  /// The lexicon of `words`: every list's words with the list's classes (the
  /// lists read by name have none and stay out), and the countries' names,
  /// variants, demonyms and bodies.
  explicit Lexicon(const WordLists& words);
  Lexicon(const Lexicon&) = delete;  // large tables: share one
  Lexicon& operator=(const Lexicon&) = delete;

  /// The entry of a folded word or phrase (words joined by one space); null if unknown.
  const LexiconEntry* Find(std::string_view key) const;

  /// True when some phrase of two or more words starts with the folded words
  /// `prefix` (one or more, joined by one space). Find() tells the same with
  /// the kPhraseStart bit, in the same lookup.
  bool StartsPhrase(std::string_view prefix) const {
    const LexiconEntry* entry = Find(prefix);
    return entry && (entry->classes & kPhraseStart);
  }

  /// Folds a word for lookup: lowercase, accents stripped, dots removed.
  static std::string Key(std::string_view word);
  /// Appends Key(word) to `out`, without a string of its own.
  static void AppendKey(std::string_view word, std::string& out);
  /// Writes Key(word) at `out` when `word` is ASCII and returns its length
  /// (at most word.size(): `out` needs room for that many bytes); returns
  /// std::string_view::npos, `out` unspecified, when it is not ASCII.
  static size_t WriteAsciiKey(std::string_view word, char* out) {
    size_t n = 0;
    for (char c : word) {
      if (static_cast<unsigned char>(c) >= 0x80) return std::string_view::npos;
      out[n] = kAsciiFold[static_cast<unsigned char>(c)];
      n += c != '.';  // a dot is dropped
    }
    return n;
  }

 private:
  // Key() of each ASCII byte: itself, capitals lowercase.
  static constexpr std::array<char, 128> kAsciiFold = [] {
    std::array<char, 128> fold{};
    for (int c = 0; c < 0x80; ++c)
      fold[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return fold;
  }();

  // The lookup table: open addressing with linear probing over 8-byte slots
  // (a hash and an index into entries), so that the mention finder's lookup
  // of every word of every sentence touches one small array and, on a hash
  // hit, one entry.
  struct Slot {
    uint32_t hash = 0;   // high half of the key's hash
    uint32_t index = 0;  // into table_, plus one; 0 for an empty slot
  };
  struct Entry {
    uint32_t key_begin = 0, key_size = 0;  // in keys_
    LexiconEntry entry;
  };
  static uint64_t Hash(std::string_view key);
  void AddWord(std::string_view word, uint32_t classes);
  void AddEntry(std::string_view phrase, uint32_t classes, std::string_view country);
  void AddCountries(const std::vector<CountryWords>& countries);
  void BuildTable();

  std::deque<std::string> country_names_;  // what entries' `country` views point into
  std::unordered_map<std::string, LexiconEntry> entries_;  // while building
  std::string keys_;                                       // every key, end to end
  std::vector<Entry> table_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

}  // namespace polgraph
