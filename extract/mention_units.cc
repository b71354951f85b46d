#include "extract/mention_units.h"

#include <algorithm>

namespace polgraph {
namespace {

// Classes a lowercase word may have: "press service" is a source, "minister"
// a title, but "china" or "us" in lowercase are no country.
constexpr uint32_t kLowercaseClasses = kArticle | kDeterminer | kParticle | kTitle | kDescriptor |
                                       kPlaceNoun | kPronoun | kStop | kPlural | kGeneric |
                                       kOrgHead | kPatronymic | kTakesTo;

bool IsRoman(std::string_view text) {
  if (text.empty() || text.size() > 5) return false;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// "primeminister.kz", "gov.kz", "akorda.kz", "tass.ru", "example.com".
bool IsWebSite(std::string_view word) {
  // The known domains have two or three letters: the last dot, if any, is
  // among the last four bytes (a search of the whole word costs every word).
  std::string_view tail = word.substr(word.size() - std::min<size_t>(word.size(), 4));
  size_t dot = tail.rfind('.');
  if (dot == std::string_view::npos) return false;
  dot += word.size() - tail.size();
  if (dot == 0 || dot + 1 >= word.size()) return false;
  std::string_view domain = word.substr(dot + 1);
  for (std::string_view known : {"kz", "com", "ru", "uz", "kg", "tj", "gov", "org", "net", "az"})
    if (domain == known) return true;
  return false;
}

// Unknown capitalized words with these endings are common nouns or
// adjectives, not names: "Friendship", "Interparliamentary", "Cooperation".
bool LooksLikeCommonWord(std::string_view key) {
  struct Ending {
    std::string_view text;
    size_t min_length;
  };
  static constexpr Ending kEndings[] = {
      {"ship", 7},  {"ness", 7}, {"tion", 6},  {"tions", 7}, {"sion", 6}, {"ity", 6},
      {"ities", 7}, {"ment", 8}, {"ments", 8}, {"ism", 6},   {"ogy", 6},  {"ogies", 8},
      {"ics", 7},   {"ary", 9},  {"ous", 6},   {"ive", 7},   {"ful", 6},  {"less", 6},
      {"able", 6},  {"ible", 6}, {"ised", 7},  {"ized", 7},  {"ally", 6}, {"ization", 9}};
  if (key.ends_with("vics")) return false;  // Baltic surnames: "Rinkevics", "Jurkevics"
  for (const Ending& e : kEndings)
    if (key.size() >= e.min_length && key.ends_with(e.text)) return true;
  return false;
}

// Lookup of one word, trying the parts of a hyphenated word when the whole is
// unknown: "Ex-President" is a title, "Military-Industrial" a descriptor.
const LexiconEntry* FindWord(const Lexicon& lexicon, std::string_view key) {
  const LexiconEntry* entry = lexicon.Find(key);
  if (entry && (entry->classes & ~kPhraseStart)) return entry;
  size_t hyphen = key.find('-');
  if (hyphen == std::string_view::npos) return entry;
  std::string_view head = key.substr(0, hyphen);
  if (head == "ex" || head == "co" || head == "vice" || head == "acting" || head == "deputy")
    return lexicon.Find(key.substr(hyphen + 1));
  // "Military-Industrial", "Franco-American": the last part says what the word is.
  const LexiconEntry* last = lexicon.Find(key.substr(key.rfind('-') + 1));
  if (last && last->classes & (kDescriptor | kOrgHead | kDemonym)) return last;
  return entry;
}

// One UnitReader::Read: takes the reader's buffers of tokens and words and
// gives them back when done (held as members, not references, the compiler
// keeps their ends in registers).
class UnitBuilder {
 public:
  using Word = UnitReader::WordKey;

  UnitBuilder(std::string_view text, const Lexicon& lexicon, std::vector<Token>& tokens,
              std::vector<Word>& words, std::string& keys)
      : text_(text), lexicon_(lexicon), tokens_buffer_(tokens), words_buffer_(words), keys_(keys) {
    tokens_.swap(tokens_buffer_);
    words_.swap(words_buffer_);
    Tokenize(text, tokens_);
    // Room for every key, written in place: an ASCII word's key is no longer
    // than the word, and "'s" and a space follow it (AddWord grows the room
    // for a longer key).
    keys_.resize(text.size() + 3 * tokens_.size());
    words_.clear();
    words_.reserve(tokens_.size());
    for (const Token& token : tokens_) words_.push_back(token.IsWord() ? AddWord(token) : Word{});
    keys_.resize(used_);
  }
  ~UnitBuilder() {
    tokens_buffer_.swap(tokens_);
    words_buffer_.swap(words_);
  }
  UnitBuilder(const UnitBuilder&) = delete;
  UnitBuilder& operator=(const UnitBuilder&) = delete;

  void Build(std::vector<Unit>& out) {
    std::vector<Unit> units;
    units.swap(out);
    units.clear();
    units.reserve(tokens_.size());
    for (size_t i = 0; i < tokens_.size();) {
      size_t length = PhraseLength(i);
      units.push_back(length > 1 ? PhraseUnit(i, length) : WordUnit(i));
      i += length;
    }
    ReadAfterNames(units);
    out.swap(units);
  }

 private:
  // Writes the key of a word token to keys_, then "'s" if it is possessive,
  // then a space: the key of a phrase of consecutive words is then one view.
  Word AddWord(const Token& token) {
    std::string_view text = token.Text(text_);
    Word word;
    word.begin = static_cast<uint32_t>(used_);
    size_t n = Lexicon::WriteAsciiKey(text, keys_.data() + used_);
    if (n == std::string_view::npos) {
      std::string key = Lexicon::Key(text);
      if (key.size() > text.size()) keys_.resize(keys_.size() + key.size() - text.size());
      key.copy(keys_.data() + used_, key.size());
      n = key.size();
    }
    used_ += n;
    word.end = static_cast<uint32_t>(used_);
    if (token.possessive) {
      keys_[used_++] = '\'';
      keys_[used_++] = 's';
    }
    keys_[used_++] = ' ';
    word.entry = FindWord(lexicon_, Keys(word.begin, word.end));
    return word;
  }

  std::string_view Keys(size_t begin, size_t end) const {
    return std::string_view(keys_).substr(begin, end - begin);
  }

  // The number of tokens of the longest known phrase starting at token i (1 if
  // none), grown word by word while the words so far begin some phrase. An
  // inner possessive is part of the phrase's key ("people's republic of china").
  size_t PhraseLength(size_t i) const {
    const LexiconEntry* first = words_[i].entry;
    if (!tokens_[i].IsWord() || !first || !(first->classes & kPhraseStart)) return 1;
    size_t longest = 1;
    for (size_t j = i + 1; j < tokens_.size() && tokens_[j].IsWord(); ++j) {
      const LexiconEntry* entry = lexicon_.Find(Keys(words_[i].begin, words_[j].end));
      if (entry && (entry->classes & ~kPhraseStart)) longest = j - i + 1;
      bool more = tokens_[j].possessive  // the key with its "'s"
                      ? lexicon_.StartsPhrase(Keys(words_[i].begin, words_[j].end + 2))
                      : entry && (entry->classes & kPhraseStart);
      if (!more) break;
    }
    return longest;
  }

  Unit FromToken(const Token& token) {
    Unit unit;
    unit.begin = token.begin;
    unit.end = token.end;
    unit.kind = token.kind;
    unit.upper = token.upper;
    unit.all_caps = token.all_caps;
    unit.possessive = token.possessive;
    unit.initial = token.initial;
    unit.sentence_start = token.sentence_start;
    return unit;
  }

  void ApplyEntry(Unit& unit, const LexiconEntry* entry, bool phrase) {
    if (entry) {
      unit.classes = entry->classes;
      unit.country = entry->country;
    }
    if (!unit.upper) {
      uint32_t mask = kLowercaseClasses | (phrase ? kSource : 0u);
      unit.classes &= mask;
      unit.country = {};
    }
  }

  Unit WordUnit(size_t i) {
    const Token& token = tokens_[i];
    Unit unit = FromToken(token);
    if (!token.IsWord()) {
      if (token.Text(text_) == "&") unit.key = "&";
      return unit;
    }
    unit.key = Keys(words_[i].begin, words_[i].end);
    std::string_view text = token.Text(text_);
    unit.roman = IsRoman(text) && (text.size() > 1 || !token.sentence_start);
    ApplyEntry(unit, words_[i].entry, false);
    if (IsWebSite(text)) unit.classes |= kSource;  // cited as a source: "primeminister.kz reports"
    auto digits = [&] {
      return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if ((unit.all_caps || (unit.upper && digits())) && !unit.roman && !unit.Has(kKnownWord))
      unit.classes |= kOrgName;  // "NATO", "G20", "C5+1"
    if (unit.upper && !unit.Has(kKnownWord | kParticle) && LooksLikeCommonWord(unit.key))
      unit.classes |= kDescriptor;
    return unit;
  }

  Unit PhraseUnit(size_t i, size_t length) {
    Unit unit = FromToken(tokens_[i]);
    const Token& last = tokens_[i + length - 1];
    unit.end = last.end;
    unit.possessive = last.possessive;
    unit.initial = false;
    unit.key = Keys(words_[i].begin, words_[i + length - 1].end);
    // Leading words with an empty key (combining marks alone) add no space.
    unit.key.remove_prefix(std::min(unit.key.find_first_not_of(' '), unit.key.size()));
    ApplyEntry(unit, lexicon_.Find(unit.key), true);
    return unit;
  }

  // What a word right after a name is: "Blunkett MP", "Kennedy QC" (a
  // post-nominal in capitals ends the name and stands for no one: a stop
  // word; the finder masks it with the name); "Theresa May", "Mrs May" (the month after a given
  // name or a form of address, with no day number after it, is a surname).
  static void ReadAfterNames(std::vector<Unit>& units) {
    for (size_t i = 0; i + 1 < units.size(); ++i) {
      Unit& u = units[i];
      const Unit& next = units[i + 1];
      // "Jan Kowal", "Bill Cash": an abbreviated month or a common noun that is
      // also a given name, before a name, is the given name.
      if ((u.key == "jan" || u.key == "bill") && u.upper && !u.all_caps && next.IsWord() &&
          next.upper && !next.Has(kKnownWord) && !next.all_caps && !next.possessive &&
          (i == 0 || !units[i - 1].IsWord() || !units[i - 1].upper || units[i - 1].possessive))
        u.classes = 0;
    }
    for (size_t i = 1; i < units.size(); ++i) {
      Unit& u = units[i];
      const Unit& before = units[i - 1];
      if (i >= 2 && before.kind == Token::Kind::kComma && u.all_caps && u.Has(kPostNominal) &&
          units[i - 2].IsWord() && units[i - 2].upper && !units[i - 2].Has(kKnownWord) &&
          !(i + 1 < units.size() && units[i + 1].IsWord() &&
            (units[i + 1].upper || units[i + 1].Is("for") || units[i + 1].Is("of")))) {
        u.classes = kStop;  // "Richard Roe, QC told the court"; not "X, MP for Y"
        u.post_nominal = true;
        continue;
      }
      if (!u.IsWord() || !u.upper || !before.IsWord() || !before.upper || before.possessive)
        continue;
      bool after_name = !before.Has(kKnownWord) && !before.all_caps;
      // Not "the Salford MP", "Salford MP Hazel Blears": there the letters are a title.
      bool titled = (i >= 2 && units[i - 2].Has(kArticle | kDeterminer)) ||
                    (i + 1 < units.size() && units[i + 1].IsWord() && units[i + 1].upper &&
                     !units[i + 1].Has(kKnownWord));
      if (u.all_caps && u.Has(kPostNominal) && after_name && !titled) {
        u.classes = kStop;
        u.post_nominal = true;
      } else if (u.key == "may" && !u.all_caps && (after_name || before.Has(kHonorific)) &&
                 !(i + 1 < units.size() && units[i + 1].kind == Token::Kind::kNumber)) {
        u.classes = 0;  // a name word
      }
    }
  }

  std::string_view text_;
  const Lexicon& lexicon_;
  std::vector<Token>& tokens_buffer_;
  std::vector<Word>& words_buffer_;
  std::string& keys_;  // the reader's own: the units' keys view it
  size_t used_ = 0;    // bytes of keys_ written
  std::vector<Token> tokens_;
  std::vector<Word> words_;  // of each token
};

}  // namespace

const std::vector<Unit>& UnitReader::Read(std::string_view text, const Lexicon& lexicon) {
  UnitBuilder(text, lexicon, tokens_, words_, keys_).Build(units_);
  return units_;
}

}  // namespace polgraph
