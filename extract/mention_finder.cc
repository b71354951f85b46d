// MentionFinder: reads each chunk of a sentence (mention_chunker.h) as a
// titled person, a bare title, an organization or a country, and drops
// cities, news sources and common words.
#include <algorithm>
#include <optional>

#include "extract/mention.h"
#include "extract/mention_chunker.h"
#include "extract/mention_units.h"
#include "extract/word_lists.h"

namespace polgraph {

class MentionFinder::Impl {
 public:
  explicit Impl(const WordLists& words) : lexicon_(words), genders_(words) {
    for (const Spelling& spelling : words.spellings())
      for (const std::string& variant : spelling.variants)
        spellings_.emplace_back(Lexicon::Key(variant), Lexicon::Key(spelling.name));
    for (const std::string& word : words.Get("rank_modifiers").words)
      rank_modifiers_.push_back(Lexicon::Key(word));
    for (const std::string& word : words.Get("organization_nouns").words)
      organization_nouns_.push_back(Lexicon::Key(word));
  }

  bool IsRankModifier(std::string_view word) const {
    return std::find(rank_modifiers_.begin(), rank_modifiers_.end(), word) != rank_modifiers_.end();
  }

  const GenderWords& genders() const { return genders_; }

  bool IsPersonTitle(std::string_view title) const {
    for (const Unit& u : UnitsOf(title))
      if (u.Has(kTitle)) return true;
    return false;
  }

  std::vector<Mention> Find(std::string_view sentence) const {
    const std::vector<Unit>& units = UnitsOf(sentence);
    std::vector<Mention> mentions;
    std::string_view possessor;  // country of a possessive chunk just before
    size_t possessor_end = 0;
    for (const Range& chunk : Chunk(units)) {
      if (IsCitedSource(units, chunk)) continue;
      std::vector<Mention> found = Analyze(sentence, units, chunk);
      for (Mention& m : found) {
        if (m.country.empty() && possessor_end == chunk.first && !possessor.empty() &&
            m.type == EntityType::kPerson)
          m.country = std::string(possessor);
        if (IsPlaceName(units, chunk, m)) continue;
        // "David Smith MP", "Richard Roe, QC": the letters are masked with the name.
        for (size_t k = chunk.end; k < units.size(); ++k) {
          bool comma = units[k].kind == Token::Kind::kComma && k + 1 < units.size() &&
                       units[k + 1].post_nominal;
          if (!comma && !units[k].post_nominal) break;
          if (units[k].post_nominal && m.type == EntityType::kPerson && !m.name.empty())
            m.end = units[k].end;
        }
        mentions.push_back(std::move(m));
      }
      const Unit& last = units[chunk.end - 1];
      possessor = last.possessive ? last.country : std::string_view();
      possessor_end = chunk.end;
    }
    return mentions;
  }

  Mention Classify(std::string_view span) const {
    const std::vector<Unit>& units = UnitsOf(span);
    Range range{0, units.size()};
    while (range.first < range.end && !units[range.first].IsWord()) ++range.first;
    while (range.first < range.end && units[range.first].Has(kArticle | kDeterminer) &&
           !units[range.first].Has(kPronoun | kCountry))
      ++range.first;
    while (range.end > range.first &&
           (!units[range.end - 1].IsWord() || units[range.end - 1].post_nominal))
      --range.end;
    Mention none;
    none.begin = 0;
    none.end = span.size();
    if (range.first >= range.end) return none;
    if (range.end - range.first == 1 && units[range.first].Has(kPronoun)) {
      none.type = EntityType::kPerson;
      return none;
    }
    if (std::optional<size_t> cut = FirstSeparator(units, range)) range.end = *cut;
    if (IsCitedSource(units, range)) {
      none.source = true;
      return none;
    }
    std::vector<Mention> found = Analyze(span, units, range);
    if (found.empty() || IsPlaceName(units, range, found.front())) return none;
    return found.front();
  }

  std::vector<std::string> TitleWords(std::string_view title) const {
    std::vector<std::string> words;
    for (const Unit& u : UnitsOf(title)) {
      if (!u.IsWord() || u.Has(kArticle | kDeterminer | kCountry | kDemonym | kPronoun)) continue;
      if (IsJoint(u) || (u.Has(kStop) && !u.Has(kTitle | kDescriptor | kOrgHead))) continue;
      if (u.key == "pm" || u.key == "fm") {  // the common abbreviations
        words.insert(words.end(), {u.key == "pm" ? "prime" : "foreign", "minister"});
        continue;
      }
      words.push_back(NormalTitleWord(u.key));
    }
    return words;
  }

  std::vector<std::string_view> SplitList(std::string_view list) const {
    const std::vector<Unit>& units = UnitsOf(list);
    std::vector<Range> chunks = Chunk(units);
    std::vector<std::string_view> items;
    size_t piece = 0, c = 0;
    for (size_t i = 0; i < units.size(); ++i) {
      while (c < chunks.size() && chunks[c].end <= i) ++c;
      bool inside = c < chunks.size() && chunks[c].first <= i && i < chunks[c].end;
      size_t width = SeparatorWidth(units, i);
      if (inside || width == 0) continue;
      AddPiece(list, piece, units[i].begin, items);
      piece = units[i + width - 1].end;
      i += width - 1;
    }
    AddPiece(list, piece, list.size(), items);
    return items;
  }

 private:
  // The units of `text`, valid until the next call on this thread. A reader
  // per thread, as the extraction pool's threads share one finder: each
  // reuses its buffers from one sentence to the next. No caller here asks
  // for units while it still reads others.
  const std::vector<Unit>& UnitsOf(std::string_view text) const {
    thread_local UnitReader reader;
    return reader.Read(text, lexicon_);
  }

  static size_t SeparatorWidth(const std::vector<Unit>& units, size_t i) {
    const Unit& u = units[i];
    if (u.kind == Token::Kind::kComma || u.Is("and")) return 1;  // "&" joins a firm's names
    if (u.Is("as") && i + 2 < units.size() && units[i + 1].Is("well") && units[i + 2].Is("as"))
      return 3;
    return 0;
  }

  static void AddPiece(std::string_view text, size_t begin, size_t end,
                       std::vector<std::string_view>& items) {
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    if (end > begin) items.push_back(text.substr(begin, end - begin));
  }

  // A comma or "and" that separates list items, for Classify of a list.
  static std::optional<size_t> FirstSeparator(const std::vector<Unit>& units, Range range) {
    bool seen_capital = false;
    for (size_t i = range.first; i < range.end; ++i) {
      const Unit& u = units[i];
      bool firm = u.IsAmpersand() && i + 1 < range.end && IsNameLike(units[i + 1]);
      if (seen_capital &&
          (u.kind == Token::Kind::kComma ||
           ((u.Is("and") || (u.IsAmpersand() && !firm)) && i > 0 && IsNameLike(units[i - 1]))))
        return i;
      seen_capital |= IsCapital(u);
    }
    return std::nullopt;
  }

  // "Qazinform", "the Majilis press service", "the press service of the
  // Central Referendum Commission": sources, not entities. A journalist named
  // after the outlet ("BBC political correspondent Vicky Young") is a person.
  bool IsCitedSource(const std::vector<Unit>& units, Range chunk) const {
    for (size_t i = chunk.first; i < chunk.end; ++i)
      if (units[i].Has(kSource)) return !IsNamedStaff(units, chunk, i);
    if (chunk.end < units.size() && units[chunk.end].Has(kSource) && !units[chunk.end].upper)
      return true;
    size_t i = chunk.first;
    while (i > 0 && (units[i - 1].Is("the") || units[i - 1].Is("of"))) --i;
    return i < chunk.first && i > 0 && units[i - 1].Has(kSource);
  }

  // True when the source at `source` is followed, within the chunk, by a
  // title and a name: "BBC political correspondent Vicky Young".
  bool IsNamedStaff(const std::vector<Unit>& units, Range chunk, size_t source) const {
    size_t name = NameStart(units, chunk);
    if (name >= chunk.end || name <= source + 1) return false;
    for (size_t i = source + 1; i < name; ++i)
      if (units[i].Has(kTitle) && !units[i].Has(kSource)) return true;
    return false;
  }

  // "Akmola region", "Saryagash district": a bare name before a place noun;
  // "Gibraltarians": a people;
  // "Flights link ...": a capitalized plural opening the sentence;
  // "Speaking to ...": a participle opening it.
  static bool IsPlaceName(const std::vector<Unit>& units, Range chunk, const Mention& m) {
    if (m.type != EntityType::kPerson || !m.title.empty()) return false;
    bool next_lower =
        chunk.end < units.size() && units[chunk.end].IsWord() && !units[chunk.end].upper;
    if (next_lower && units[chunk.end].Has(kPlaceNoun)) return true;
    if (m.name.find(' ') == std::string::npos && LooksLikePeople(units[chunk.end - 1].key))
      return true;
    if (chunk.end - chunk.first != 1 || !units[chunk.first].sentence_start || !next_lower)
      return false;
    return LooksPlural(units[chunk.first].key) ||
           (LooksParticiple(units[chunk.first].key) && units[chunk.end].Has(kStop));
  }

  // "Speaking to reporters, ...", "Laying into ...": a participle that opens
  // the sentence before a function word, no name.
  static bool LooksParticiple(std::string_view key) {
    return key.size() >= 6 && key.ends_with("ing");
  }

  // "Gibraltarians", "Muscovites": a people named after a place, no one person.
  static bool LooksLikePeople(std::string_view key) {
    return (key.size() >= 7 && key.ends_with("ians")) || (key.size() >= 8 && key.ends_with("ites"));
  }

  static bool LooksPlural(std::string_view key) {
    if (key.size() < 4 || key.back() != 's') return false;
    char before = key[key.size() - 2];
    return before != 'a' && before != 'i' && before != 'u' && before != 'o' && before != 's' &&
           before != 'y';
  }

  static std::string Text(std::string_view text, const std::vector<Unit>& units, size_t first,
                          size_t end) {
    return std::string(text.substr(units[first].begin, units[end - 1].end - units[first].begin));
  }

  static std::string_view CountryOf(const std::vector<Unit>& units, size_t first, size_t end) {
    for (size_t i = first; i < end; ++i)
      if (!units[i].country.empty()) return units[i].country;
    return {};
  }

  // Start of the name at the end of the chunk, or `end` when there is none.
  size_t NameStart(const std::vector<Unit>& units, Range chunk) const {
    size_t k = chunk.end;
    while (k > chunk.first) {
      const Unit& u = units[k - 1];
      bool particle = u.Has(kParticle) && !u.upper && k < chunk.end && k - 1 > chunk.first;
      bool patronymic = u.Has(kPatronymic) && !u.upper && k == chunk.end;
      if (IsNameLike(u) || (u.roman && k == chunk.end) || particle || patronymic) {
        --k;
        continue;
      }
      break;
    }
    while (k < chunk.end && !(IsNameLike(units[k]) && !units[k].initial) &&
           !(units[k].initial && k + 1 < chunk.end))
      ++k;
    if (k == chunk.end && IsSurnameAfterHonorific(units, chunk)) return chunk.end - 1;
    if (k == chunk.end && IsSurnameAfterGivenName(units, chunk)) return chunk.end - 2;
    // "... Young People and Families Margaret Hodge": a plural noun ending an
    // office's list of fields is no first name.
    if (chunk.end - k >= 3 && units[k].key.size() >= 7 && units[k].key.ends_with("ies")) ++k;
    return k;
  }

  // "Mr Law", "Dr Green", "Baroness Scotland": after a form of address, a
  // last word that tables know only as part of offices ("law", "green") or
  // as a place (a peer's title) is a surname.
  static bool IsSurnameAfterHonorific(const std::vector<Unit>& units, Range chunk) {
    if (chunk.end - chunk.first < 2) return false;
    const Unit& address = units[chunk.end - 2];
    if (!address.Has(kHonorific) || address.Has(kPlural)) return false;  // not "the Lords"
    return CanBeSurname(units[chunk.end - 1]);
  }

  // "William Hague", "Andrew Green": after a common given name, such a last
  // word is a surname too.
  bool IsSurnameAfterGivenName(const std::vector<Unit>& units, Range chunk) const {
    if (chunk.end - chunk.first < 2) return false;
    const Unit& given = units[chunk.end - 2];
    return IsNameLike(given) && !given.initial && !given.all_caps && !given.possessive &&
           genders_.Has(given.key) && CanBeSurname(units[chunk.end - 1]);
  }

  // A capitalized word the tables know only as part of offices or as a place.
  static bool CanBeSurname(const Unit& last) {
    return last.IsWord() && last.upper && !last.possessive && last.Has(kDescriptor | kPlace) &&
           !last.Has(kTitle | kOrgHead | kOrgName | kCountry | kDemonym | kStop);
  }

  std::vector<Mention> Analyze(std::string_view text, const std::vector<Unit>& units,
                               Range chunk) const {
    if (IsFirmName(units, chunk)) {
      Mention m;
      m.type = EntityType::kOrganization;
      m.begin = units[chunk.first].begin;
      m.end = units[chunk.end - 1].end;
      m.name = Text(text, units, chunk.first, chunk.end);
      return {m};
    }
    size_t name = NameStart(units, chunk);
    bool complement = name > chunk.first && name < chunk.end && IsJoint(units[name - 1]);
    if (name < chunk.end && !complement) {
      Mention m = Named(text, units, chunk, name);
      if (m.title.empty() && AfterOrganizationNoun(units, chunk)) {
        m.type = EntityType::kOrganization;  // "the charity Age Concern", "pressure group X"
        m.begin = units[chunk.first].begin;
        m.name = Text(text, units, chunk.first, chunk.end);
      }
      return {m};
    }
    return Headless(text, units, chunk);
  }

  // One of the organization_nouns, in lowercase, right before the chunk: what
  // follows is its name ("the civil rights group Liberty", "the charity Age
  // Concern").
  bool AfterOrganizationNoun(const std::vector<Unit>& units, Range chunk) const {
    if (chunk.first == 0) return false;
    const Unit& before = units[chunk.first - 1];
    return before.IsWord() && !before.upper && !before.possessive &&
           std::find(organization_nouns_.begin(), organization_nouns_.end(), before.key) !=
               organization_nouns_.end();
  }

  // Names joined by "&" and nothing else: a firm ("Marks & Spencer"), not
  // two people.
  static bool IsFirmName(const std::vector<Unit>& units, Range chunk) {
    bool joined = false;
    for (size_t i = chunk.first; i < chunk.end; ++i) {
      if (units[i].IsAmpersand() && i > chunk.first && i + 1 < chunk.end) {
        joined = true;
      } else if (!IsNameLike(units[i])) {
        return false;
      }
    }
    return joined;
  }

  // A chunk ending in a name: a person, with the title before it if any.
  static Mention Named(std::string_view text, const std::vector<Unit>& units, Range chunk,
                       size_t name) {
    Mention m;
    m.type = EntityType::kPerson;
    m.end = units[chunk.end - 1].end;
    m.name = Text(text, units, name, chunk.end);
    auto any = [&](uint32_t bits) {
      for (size_t i = chunk.first; i < name; ++i)
        if (units[i].Has(bits)) return true;
      return false;
    };
    if (name == chunk.first) {
      m.begin = units[name].begin;
      return m;
    }
    if (!any(kTitle) && any(kOrgHead | kOrgName)) {  // "Bank of America Merrill Lynch"
      m.type = EntityType::kOrganization;
      m.name = Text(text, units, chunk.first, chunk.end);
      m.begin = units[chunk.first].begin;
      m.country = std::string(CountryOf(units, chunk.first, chunk.end));
      return m;
    }
    if (!any(kTitle | kDescriptor | kDemonym)) {  // "Kazakhstan Tokayev": no title
      m.begin = units[name].begin;
      return m;
    }
    m.begin = units[chunk.first].begin;
    size_t title_end = name;
    while (title_end > chunk.first && !units[title_end - 1].IsWord()) --title_end;
    m.title = Text(text, units, chunk.first, title_end);
    m.country = std::string(CountryOf(units, chunk.first, name));
    return m;
  }

  // A chunk without a name: a bare title, an organization, countries.
  static std::vector<Mention> Headless(std::string_view text, const std::vector<Unit>& units,
                                       Range chunk) {
    size_t main_end = chunk.first;
    while (main_end < chunk.end && !(IsJoint(units[main_end]) && main_end > chunk.first))
      ++main_end;
    const Unit* head = LastHead(units, chunk.first, main_end);
    if (!head) head = LastHead(units, chunk.first, chunk.end);
    if (!head) return Countries(text, units, chunk);
    if (head->Has(kPlural)) return Countries(text, units, chunk);  // "envoys of the United States"
    if (std::optional<size_t> end = EndBeforeCountries(units, chunk, head)) {
      // "EU China arms ban": the body, then the countries the headline pairs it with.
      std::vector<Mention> out = Headless(text, units, {chunk.first, *end});
      std::vector<Mention> countries = Countries(text, units, {*end, chunk.end});
      out.insert(out.end(), countries.begin(), countries.end());
      return out;
    }
    Mention m;
    m.begin = units[chunk.first].begin;
    m.end = units[chunk.end - 1].end;
    m.country = std::string(CountryOf(units, chunk.first, chunk.end));
    std::string phrase = Text(text, units, chunk.first, chunk.end);
    bool single = chunk.end - chunk.first == 1;
    if (head->Has(kTitle) && !head->Has(kOrgHead | kOrgName)) {
      m.type = EntityType::kPerson;
      m.title = std::move(phrase);
    } else if (single && head->Has(kGeneric)) {
      m.type = EntityType::kOrganization;  // "the Agency": resolve it
      m.title = std::move(phrase);
    } else {
      m.type = EntityType::kOrganization;
      m.name = std::move(phrase);
    }
    return {m};
  }

  // The end of a body named without a head word ("EU", "NATO") when only
  // country names follow it in the chunk, as in a headline's "EU China".
  static std::optional<size_t> EndBeforeCountries(const std::vector<Unit>& units, Range chunk,
                                                  const Unit* head) {
    size_t end = static_cast<size_t>(head - units.data()) + 1;
    if (!head->Has(kOrgName) || head->Has(kOrgHead) || head->possessive || end >= chunk.end)
      return std::nullopt;
    for (size_t i = end; i < chunk.end; ++i)
      if (!units[i].Has(kCountry) || units[i].Has(kOrgHead | kOrgName | kTitle))
        return std::nullopt;
    return end;
  }

  static const Unit* LastHead(const std::vector<Unit>& units, size_t first, size_t end) {
    for (size_t i = end; i > first; --i)
      if (units[i - 1].Has(kTitle | kOrgHead | kOrgName)) return &units[i - 1];
    return nullptr;
  }

  static std::vector<Mention> Countries(std::string_view text, const std::vector<Unit>& units,
                                        Range chunk) {
    std::vector<Mention> out;
    for (size_t i = chunk.first; i < chunk.end; ++i) {
      if (!units[i].Has(kCountry)) continue;
      Mention m;
      m.begin = units[i].begin;
      m.end = units[i].end;
      m.name = Text(text, units, i, i + 1);
      m.country = std::string(units[i].country);
      m.type = EntityType::kCountry;
      out.push_back(std::move(m));
    }
    return out;
  }

  // One spelling for words that name the same office (the word files' spellings).
  std::string NormalTitleWord(std::string_view key) const {
    for (const auto& [variant, normal] : spellings_)
      if (key == variant) return normal;
    return std::string(key);
  }

  Lexicon lexicon_;
  GenderWords genders_;
  std::vector<std::pair<std::string, std::string>> spellings_;  // folded: variant, spelling
  std::vector<std::string> rank_modifiers_;                     // folded
  std::vector<std::string> organization_nouns_;                 // folded
};

MentionFinder::MentionFinder() : MentionFinder(WordLists::Default()) {}
MentionFinder::MentionFinder(const WordLists& words) : impl_(std::make_unique<Impl>(words)) {}
MentionFinder::~MentionFinder() = default;

std::vector<Mention> MentionFinder::Find(std::string_view sentence) const {
  return impl_->Find(sentence);
}

Mention MentionFinder::Classify(std::string_view span) const { return impl_->Classify(span); }

std::vector<std::string_view> MentionFinder::SplitList(std::string_view list) const {
  return impl_->SplitList(list);
}

std::vector<std::string> MentionFinder::TitleWords(std::string_view title) const {
  return impl_->TitleWords(title);
}

bool MentionFinder::IsRankModifier(std::string_view word) const {
  return impl_->IsRankModifier(word);
}

bool MentionFinder::IsPersonTitle(std::string_view title) const {
  return impl_->IsPersonTitle(title);
}

Gender MentionFinder::GenderOf(std::string_view name, std::string_view title) const {
  return impl_->genders().Of(name, title);
}

bool MentionFinder::IsPersonalPronoun(std::string_view word) {
  // "his" too, in lower case only: a rule's group may be the possessive alone ("his
  // appointment as"), while a capitalized "His" opening a sentence is read as a word of a
  // name by the rules' name macros ("His declared interests include ...").
  static constexpr std::string_view kPronouns[] = {"he",  "she", "him", "her", "his", "He",
                                                   "She", "Him", "Her", "HE",  "SHE"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), word) != std::end(kPronouns);
}

}  // namespace polgraph
