#include "extract/entity_resolver.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "base/utf8.h"

namespace polgraph {
namespace {

bool Contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A name in capitals, two to six letters (dots aside): "IFS", "QCA", "U.N.".
// Its letters, or empty when it is no such name.
std::string AcronymLetters(std::string_view name) {
  std::string letters;
  for (char c : name) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return {};
    letters += c;
  }
  return letters.size() >= 2 && letters.size() <= 6 ? letters : std::string();
}

// The acronym a name of several words spells: each word's capital, a word
// in capitals whole, small words left out ("Institute for Fiscal Studies":
// IFS, "UK Independence Party": UKIP). Empty for a name of one word.
std::string SpelledAcronym(std::string_view name) {
  std::string letters;
  int words = 0;
  for (size_t pos = 0; pos < name.size();) {
    size_t end = name.find_first_of(" -", pos);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    ++words;
    if (word[0] < 'A' || word[0] > 'Z') continue;  // "for", "of", "and", "the"
    std::string whole = AcronymLetters(word);
    letters += whole.empty() ? std::string(1, word[0]) : whole;
  }
  return words >= 2 ? letters : std::string();
}

// A title of someone who no longer holds the office ("the former president",
// "the late king"): never the office's holder on the item's date.
bool NamesPastHolder(const std::vector<std::string>& title) {
  return std::any_of(title.begin(), title.end(), [](const std::string& w) {
    return w == "former" || w == "ex" || w == "late" || w.starts_with("ex-");
  });
}

// A title of a head of state: "President", "Federal President", "Head of
// State", "King".
bool IsHeadOfState(const std::vector<std::string>& words) {
  std::string_view core[2];  // the words other than "federal", when no more than two
  size_t n = 0;
  for (const std::string& w : words)
    if (w != "federal") {
      if (n == 2) return false;
      core[n++] = w;
    }
  if (n == 2) return core[0] == "head" && core[1] == "state";
  if (n != 1) return false;
  for (std::string_view w : {"president", "king", "queen", "emir", "sultan", "monarch", "emperor"})
    if (core[0] == w) return true;
  return false;
}

// "leader", "counterpart": stand for the head of state or government.
bool IsLeaderWord(const std::vector<std::string>& words) {
  return words.size() == 1 && (words[0] == "leader" || words[0] == "counterpart");
}

}  // namespace

struct EntityResolver::State {
  using Words = std::vector<std::string>;

  // What the item's mentions of one name share, worked out once (NameOf;
  // the rest when first needed).
  struct NameFacts {
    Words words;                               // utf8::NameWords: "kassym", "jomart", "tokayev"
    bool aliased = false;                      // `known` and `person` are set (Aliased)
    std::optional<EntityRef> known;            // aliases.Canonical
    std::string person;                        // Canonical(name, kPerson).name
    std::optional<Gender> gender;              // what the name alone tells (a given name)
    std::vector<std::vector<size_t>*> people;  // its lists in people_by_token, by_canonical
  };

  // What the item's mentions of one title share, worked out once, when first
  // needed (TitleOf reads the words, GenderOf the gender).
  struct TitleFacts {
    bool read = false;             // the words and what they tell are set
    Words words;                   // finder.TitleWords
    bool past = false;             // NamesPastHolder(words)
    bool head_of_state = false;    // IsHeadOfState(words)
    std::optional<Gender> gender;  // what the title alone tells ("Mrs")
  };

  struct Seen {
    Mention mention;
    int sentence = 0;
    size_t order = 0;
    const Words* tokens = nullptr;     // folded name parts (never null)
    TitleFacts* title = nullptr;       // of the title, if any (TitleOf(seen) reads it)
    std::string_view canonical;        // the aliases' name for a named person, or the name
    Gender gender = Gender::kUnknown;  // what the title and given name tell
  };

  State(const Aliases& a, const MentionFinder& f, Date d) : aliases(a), finder(f), date(d) {
    seen.reserve(64);  // most items name fewer: no moving what was seen
  }

  const Aliases& aliases;
  const MentionFinder& finder;
  Date date;
  std::vector<Seen> seen;
  // Indexes into `seen` of the named people, by folded name part and by
  // canonical name, in order: Person looks only at these (not at every mention).
  std::unordered_map<std::string, std::vector<size_t>> people_by_token, people_by_canonical;
  int observe_current = 0, observe_next = 0;
  // The second pass. Mutable: a pronoun settles the antecedents left for later
  // (EndSentence() without a subject), resolving those sentences' subjects again.
  mutable int current = 0;  // sentence of the second pass
  mutable std::optional<size_t>
      position;  // where in the current sentence the resolved mention starts
  mutable std::optional<EntityRef> antecedent;  // of the sentences before `settled`
  mutable int settled = 0;   // sentences [settled, current) left their subject for later
  SubjectSource subject_of;  // the subject of such a sentence, when a pronoun needs it
  bool office_holders = true;
  mutable std::optional<std::string> item_country;  // ItemCountry(), once observation is done
  // NameOf() and TitleOf() so far; `seen` points into them (their nodes stay put).
  mutable std::unordered_map<std::string, NameFacts> names;
  mutable std::unordered_map<std::string, TitleFacts> titles;

  void Add(const Mention& m, int sentence) {
    const size_t order = seen.size();
    Seen& s = seen.emplace_back();
    s.mention = m;
    s.sentence = sentence;
    s.order = order;
    NameFacts& name = m.type == EntityType::kPerson ? Aliased(m.name) : NameOf(m.name);
    s.tokens = &name.words;
    if (!m.title.empty()) s.title = &TitleEntry(m.title);
    if (m.type == EntityType::kPerson) {
      if (!m.name.empty()) s.canonical = name.person;
      s.gender = GenderOf(m.name, m.title);
      if (name.people.empty()) {  // first as a person: its lists, in the order they fill
        for (const std::string& t : name.words) name.people.push_back(&people_by_token[t]);
        name.people.push_back(&people_by_canonical[std::string(s.canonical)]);
      }
      for (size_t i = 0; i + 1 < name.people.size(); ++i) {
        std::vector<size_t>& list = *name.people[i];
        if (list.empty() || list.back() != order) list.push_back(order);
      }
      name.people.back()->push_back(order);
    }
    item_country.reset();
  }

  // The country the item is about: the one its mentions name most often,
  // counting countries named ("Egypt", "the Kyrgyz Republic"), the
  // countries of titles and bodies ("the Kazakh President", "Prime Minister
  // of Japan") and of people who held offices of one country only in the
  // aliases ("Tokayev"); the headline counts twice. Empty when no country is named or
  // two lead with the same count: then no title resolves through the aliases.
  const std::string& ItemCountry() const {
    if (item_country) return *item_country;
    std::vector<std::pair<std::string, int>> counts;
    std::unordered_map<std::string_view, std::string> held_only;  // a person's one office country
    for (const Seen& s : seen) {
      if (s.mention.source) continue;
      std::string country = s.mention.country;
      if (country.empty() && !s.canonical.empty()) {
        auto [it, added] = held_only.try_emplace(s.canonical);
        if (added) {
          std::vector<std::string> held = aliases.OfficeCountries(s.canonical);
          if (held.size() == 1) it->second = held.front();
        }
        country = it->second;
      }
      if (country.empty()) continue;
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& c) { return c.first == country; });
      if (it == counts.end()) it = counts.insert(counts.end(), {country, 0});
      it->second += s.sentence == 0 ? 2 : 1;
    }
    std::string best;
    int top = 0;
    bool tie = false;
    for (const auto& [country, count] : counts) {
      if (count > top) {
        best = country;
        top = count;
        tie = false;
      } else if (count == top) {
        tie = true;
      }
    }
    item_country = tie ? std::string() : best;
    return *item_country;
  }

  // Whether the seen mention `s` comes before the one being resolved: an
  // earlier sentence, or earlier in this sentence where that is known.
  bool Before(const Seen& s) const {
    if (s.sentence != current) return s.sentence < current;
    return !position || s.mention.begin < *position;
  }

  // Index of the best of `candidates` (indexes into `seen`): the nearest
  // earlier mention, else (when `later_ok`) the first later one.
  std::optional<size_t> Nearest(const std::vector<size_t>& candidates, bool later_ok) const {
    std::optional<size_t> earlier, later;
    for (size_t i : candidates) {
      if (Before(seen[i])) {
        if (!earlier || seen[i].order > seen[*earlier].order) earlier = i;
      } else if (!later || seen[i].order < seen[*later].order) {
        later = i;
      }
    }
    if (earlier) return earlier;
    return later_ok ? later : std::nullopt;
  }

  EntityRef Canonical(const std::string& name, EntityType type) const {
    if (const auto& known = Known(name); known && known->type == type) return *known;
    return {name, type};
  }

  // What a name tells, remembered for the item: a name comes back with each
  // of its mentions.
  NameFacts& NameOf(const std::string& name) const {
    auto [it, added] = names.try_emplace(name);
    if (added) it->second.words = utf8::NameWords(name);
    return it->second;
  }

  // NameOf(name) with what the aliases say of it (they are large: cache misses).
  NameFacts& Aliased(const std::string& name) const {
    NameFacts& facts = NameOf(name);
    if (!facts.aliased) {
      facts.aliased = true;
      facts.known = aliases.Canonical(name);
      facts.person =
          facts.known && facts.known->type == EntityType::kPerson ? facts.known->name : name;
    }
    return facts;
  }

  // aliases.Canonical(name).
  const std::optional<EntityRef>& Known(const std::string& name) const {
    return Aliased(name).known;
  }

  // What a title tells, remembered for the item: titles come back with their
  // people ("the Prime Minister", "the minister"), and reading one takes the
  // mention finder's word lookups.
  TitleFacts& TitleEntry(const std::string& title) const {
    return titles.try_emplace(title).first->second;
  }

  // The facts of `title` (whose entry `facts` is), with its words read.
  const TitleFacts& Read(TitleFacts& facts, const std::string& title) const {
    if (!facts.read) {
      facts.read = true;
      facts.words = finder.TitleWords(title);
      facts.past = NamesPastHolder(facts.words);
      facts.head_of_state = IsHeadOfState(facts.words);
    }
    return facts;
  }

  const TitleFacts& TitleOf(const std::string& title) const {
    return Read(TitleEntry(title), title);
  }

  // The facts of the title of `s` (none: no words).
  const TitleFacts& TitleOf(const Seen& s) const {
    static const TitleFacts kNoTitle;
    return s.title ? Read(*s.title, s.mention.title) : kNoTitle;
  }

  const Words& TitleWords(const std::string& title) const { return TitleOf(title).words; }

  // finder.GenderOf(name, title): the title's gender, else the given name's
  // (as gender_words.h tells them).
  Gender GenderOf(const std::string& name, const std::string& title) const {
    if (!title.empty()) {
      TitleFacts& facts = TitleEntry(title);
      if (!facts.gender) facts.gender = finder.GenderOf({}, title);
      if (*facts.gender != Gender::kUnknown) return *facts.gender;
    }
    return NameGender(name);
  }

  // finder.GenderOf(name, {}).
  Gender NameGender(const std::string& name) const {
    NameFacts& facts = NameOf(name);
    if (!facts.gender) facts.gender = finder.GenderOf(name, {});
    return *facts.gender;
  }

  // Indexes into `seen`, in order, of the people whose name holds every one
  // of `tokens` or whose canonical name is `known`'s (and maybe others).
  std::vector<size_t> PeopleSharing(const std::vector<std::string>& tokens,
                                    const std::optional<EntityRef>& known) const {
    static const std::vector<size_t> kNone;
    const std::vector<size_t>* rarest = nullptr;
    for (const std::string& t : tokens) {
      auto it = people_by_token.find(t);
      const std::vector<size_t>& list = it == people_by_token.end() ? kNone : it->second;
      if (!rarest || list.size() < rarest->size()) rarest = &list;
    }
    std::vector<size_t> out = rarest ? *rarest : kNone;
    if (known) {
      auto it = people_by_canonical.find(known->name);
      if (it != people_by_canonical.end()) {
        std::vector<size_t> both;
        std::set_union(out.begin(), out.end(), it->second.begin(), it->second.end(),
                       std::back_inserter(both));
        out = std::move(both);
      }
    }
    return out;
  }

  // The people of the item, named in full, whose surname is `word` spelled
  // another way (SurnameSpellingKey: "Zhaparov" for "Akylbek Zheparov"), of
  // a gender that agrees; each one's canonical name added to `distinct`.
  std::vector<size_t> SpelledOtherwise(const std::string& word, Gender gender,
                                       std::vector<std::string_view>* distinct) const {
    std::vector<size_t> out;
    std::string key = SurnameSpellingKey(word);
    if (key.empty()) return out;
    for (size_t i = 0; i < seen.size(); ++i) {
      const Seen& s = seen[i];
      if (s.mention.type != EntityType::kPerson || s.tokens->size() < 2 ||
          !GendersAgree(s.gender, gender) || SurnameSpellingKey(s.tokens->back()) != key)
        continue;
      out.push_back(i);
      if (std::find(distinct->begin(), distinct->end(), s.canonical) == distinct->end())
        distinct->push_back(s.canonical);
    }
    return out;
  }

  // The item's fullest name for a person called `name` ("Tokayev" ->
  // "Kassym-Jomart Tokayev"), with `how` saying how it was found.
  Resolution Person(const std::string& name, Gender gender = Gender::kUnknown) const {
    const NameFacts& facts = Aliased(name);
    const Words& tokens = facts.words;
    if (tokens.empty()) return {{}, "nothing: empty name"};
    const std::optional<EntityRef>& known = facts.known;
    std::vector<size_t> fuller;
    std::vector<std::string_view> distinct;
    for (size_t i : PeopleSharing(tokens, known)) {
      const Seen& s = seen[i];
      if (s.mention.type != EntityType::kPerson || s.tokens->size() <= tokens.size()) continue;
      bool same = std::all_of(tokens.begin(), tokens.end(),
                              [&](const std::string& t) { return Contains(*s.tokens, t); });
      if (!same && known) same = s.canonical == known->name;
      if (!same || !GendersAgree(s.gender, gender)) continue;  // "Mrs Howard" is not Michael
      fuller.push_back(i);
      if (std::find(distinct.begin(), distinct.end(), s.canonical) == distinct.end())
        distinct.push_back(s.canonical);
    }
    bool respelled = false;  // "Zhaparov" for the item's "Akylbek Zheparov"
    if (fuller.empty() && tokens.size() == 1 && !known) {
      fuller = SpelledOtherwise(tokens[0], gender, &distinct);
      respelled = distinct.size() == 1;
      if (!respelled) fuller.clear();
    }
    if (fuller.empty()) {
      EntityRef entity = Canonical(name, EntityType::kPerson);
      if (known && known->type == EntityType::kPerson && known->name != name)
        return {entity, "alias of " + entity.name};
      if (tokens.size() > 1) return {entity, "full name"};
      return {entity, "name as written (no fuller name in item)", /*as_written=*/true};
    }
    std::optional<size_t> pick =
        distinct.size() == 1 ? Nearest(fuller, true) : Nearest(fuller, false);
    if (!pick) return {{}, "nothing: '" + name + "' is ambiguous in the item"};
    const std::string& full = seen[*pick].mention.name;
    EntityRef entity = Canonical(full, EntityType::kPerson);
    std::string how = (respelled              ? "surname spelled otherwise in full name '"
                       : distinct.size() == 1 ? "part of full name '"
                                              : "nearest earlier of several: '") +
                      full + "'";
    if (entity.name != full) how += ", alias of " + entity.name;
    return {entity, how};
  }

  bool TitleMatches(const TitleFacts& query_facts, const std::string& query_text,
                    const std::string& query_country, const Seen& s) const {
    const Words& query = query_facts.words;
    const TitleFacts& title_facts = TitleOf(s);
    const Words& title = title_facts.words;
    if (title.empty() || s.mention.name.empty()) return false;
    if (!query_country.empty() && !s.mention.country.empty() && query_country != s.mention.country)
      return false;
    if (!query_country.empty() && s.mention.country.empty()) {
      // "his Kyrgyz counterpart" is not a president the aliases place in
      // Uzbekistan, nor one whose country nothing tells
      std::vector<std::string> held = aliases.OfficeCountries(s.canonical);
      if (held.empty() ? IsLeaderWord(query) : !Contains(held, query_country)) return false;
    }
    if (query_facts.past && !title_facts.past) return false;
    if (IsLeaderWord(query)) return title_facts.head_of_state || Contains(title, "prime");
    for (const std::string& w : title)
      if (finder.IsRankModifier(w) && !Contains(query, w)) return false;
    bool all = std::all_of(query.begin(), query.end(),
                           [&](const std::string& w) { return Contains(title, w); });
    if (all) return true;
    if (query_facts.head_of_state && title_facts.head_of_state) return true;
    return aliases.SameOffice(query_text, s.mention.title);
  }

  Resolution Title(const Mention& m) const {
    const TitleFacts& query = TitleOf(m.title);
    const Words& words = query.words;
    if (words.empty()) return {{}, "nothing: empty title"};
    std::vector<size_t> matches, same_words;
    for (size_t i = 0; i < seen.size(); ++i)
      if (seen[i].mention.type == EntityType::kPerson &&
          TitleMatches(query, m.title, m.country, seen[i])) {
        matches.push_back(i);
        if (TitleOf(seen[i]).words == words) same_words.push_back(i);
      }
    // A title without a country is the one the item gives without a country
    // ("President Tokayev", not "U.S. President Joe Biden": news name the
    // country of foreign office holders), and the item's own words first:
    // "the Head of State" is the one it called "Head of State".
    if (m.country.empty()) {
      auto foreign = [&](size_t i) { return !seen[i].mention.country.empty(); };
      if (!std::all_of(matches.begin(), matches.end(), foreign)) {
        std::erase_if(matches, foreign);
        std::erase_if(same_words, foreign);
      }
    }
    if (!same_words.empty()) matches = same_words;
    if (matches.empty() && !m.country.empty() && words == Words{"counterpart"}) {
      // "his Finnish counterpart" in an item naming no Finnish leader: the
      // Finnish person it names, whatever the office (the Foreign Minister's).
      for (size_t i = 0; i < seen.size(); ++i)
        if (seen[i].mention.type == EntityType::kPerson && !seen[i].mention.name.empty() &&
            seen[i].mention.country == m.country)
          matches.push_back(i);
    }
    if (std::optional<size_t> pick = PreferHolder(matches, m)) {
      Resolution person = Person(seen[*pick].mention.name);
      if (!person.entity.empty())
        return {person.entity,
                "title '" + m.title + "' given to " + person.entity.name + " in the item"};
    }
    if (!office_holders) return {{}, "nothing: no one in the item holds '" + m.title + "'"};
    if (query.past)
      return {{},
              "nothing: '" + m.title + "' names a past holder, not the office holder on " +
                  "the item's date"};
    const std::string& country = m.country.empty() ? ItemCountry() : m.country;
    if (country.empty())
      return {{},
              "nothing: no one in the item holds '" + m.title +
                  "', and the item has no country to look its office holders up in"};
    if (auto holder = HolderOf(m.title, country))
      return {*holder, "office holder of '" + m.title + "' of " + country + " on " +
                           (date.IsKnown() ? date.ToIso() : std::string("the current date")) +
                           " (aliases)"};
    return {{}, "nothing: no one in the item or the aliases holds '" + m.title + "' of " + country};
  }

  // The aliases' holder of `title` among `country`'s offices on the item's
  // date: by the title as written ("Head of State"), else by the words that
  // name the office ("the Egyptian Foreign Minister" -> "foreign minister").
  std::optional<EntityRef> HolderOf(const std::string& title, const std::string& country) const {
    if (auto holder = aliases.HolderIn(title, date, country)) return holder;
    std::string words;
    for (const std::string& w : TitleWords(title)) words += (words.empty() ? "" : " ") + w;
    if (words.empty()) return std::nullopt;
    return aliases.HolderIn(words, date, country);
  }

  // Among the item's people who match a title, the one the aliases table
  // says held the office on the item's date ("the Head of State" in an item
  // naming two presidents), else the nearest.
  std::optional<size_t> PreferHolder(const std::vector<size_t>& matches, const Mention& m) const {
    if (matches.size() > 1) {
      if (auto holder = HolderOf(m.title, m.country.empty() ? ItemCountry() : m.country)) {
        for (size_t i : matches)
          if (seen[i].canonical == holder->name ||
              Person(seen[i].mention.name).entity.name == holder->name)
            return i;
      }
    }
    return Nearest(matches, true);
  }

  // "the Agency" -> the organization of the item whose name has that head.
  Resolution ShortForm(const Mention& m) const {
    std::vector<std::string> words = utf8::NameWords(m.title);
    if (words.empty()) return {{}, "nothing: empty short form"};
    std::vector<size_t> matches;
    for (size_t i = 0; i < seen.size(); ++i)
      if (seen[i].mention.type == EntityType::kOrganization && !seen[i].mention.name.empty() &&
          Contains(*seen[i].tokens, words.back()))
        matches.push_back(i);
    std::optional<size_t> pick = Nearest(matches, true);
    if (!pick) return {{}, "nothing: '" + m.title + "' is not named in the item"};
    EntityRef entity = Canonical(seen[*pick].mention.name, EntityType::kOrganization);
    return {entity, "short form of '" + entity.name + "'"};
  }

  // The one organization of the item whose name `acronym` spells ("IFS":
  // "Institute for Fiscal Studies"); null when none, or two, do.
  const Seen* SpelledOut(const std::string& acronym) const {
    std::string letters = AcronymLetters(acronym);
    if (letters.empty()) return nullptr;
    const Seen* found = nullptr;
    for (const Seen& s : seen)
      if (s.mention.type == EntityType::kOrganization &&
          SpelledAcronym(s.mention.name) == letters) {
        if (found && found->mention.name != s.mention.name) return nullptr;
        found = &s;
      }
    return found;
  }

  Resolution Organization(const Mention& m) const {
    // An acronym's spelled-out name first: "IMF" is the "International
    // Monetary Fund" of the item, not its "IMF Managing Director's Office".
    if (const Seen* spelled = SpelledOut(m.name)) {
      EntityRef entity = Canonical(spelled->mention.name, EntityType::kOrganization);
      return {entity, "acronym of '" + spelled->mention.name + "'"};
    }
    const Words& tokens = NameOf(m.name).words;
    const Seen* fullest = nullptr;
    if (tokens.size() == 1) {  // "Senate" -> "Senate of the Parliament of Kazakhstan"
      for (const Seen& s : seen)
        if (s.mention.type == EntityType::kOrganization && !s.tokens->empty() &&
            s.tokens->front() == tokens.front() && s.tokens->size() > 1 &&
            (!fullest || s.tokens->size() > fullest->tokens->size()))
          fullest = &s;
    }
    if (fullest) {
      EntityRef entity = Canonical(fullest->mention.name, EntityType::kOrganization);
      return {entity, "fuller name in the item"};
    }
    EntityRef entity = Canonical(m.name, EntityType::kOrganization);
    return {entity, entity.name == m.name ? "organization as named" : "alias of " + entity.name};
  }

  Resolution Country(const Mention& m) const {
    const Seen* fullest = nullptr;
    for (const Seen& s : seen)
      if (s.mention.type == EntityType::kCountry && s.mention.country == m.country &&
          (!fullest || s.mention.name.size() > fullest->mention.name.size()))
        fullest = &s;
    if (fullest && fullest->mention.name.size() > m.name.size())
      return {{fullest->mention.name, EntityType::kCountry}, "country: fullest form in the item"};
    return {{m.name, EntityType::kCountry}, "country as named"};
  }

  // A sentence's subject that later pronouns stand for: a person who can be
  // an antecedent, or someone unnamed ("a spokesman said"), who stops the
  // search for one.
  bool StandsForPronouns(const EntityRef& subject) const {
    return subject == EntityRef::UnnamedPerson() || CanBeAntecedent(subject);
  }

  // Whether a pronoun may stand for `person`: someone the item names with a
  // given name and surname ("Doug Smith"), with a title ("President
  // Reagan"), or whom the aliases know. A lone capitalized word the finder
  // took for a person ("Asked", "Tory", "Guildford", "the Attlee
  // government") is too weak to be an antecedent.
  bool CanBeAntecedent(const EntityRef& person) const {
    if (person.type != EntityType::kPerson || person.empty() || person.IsUnnamed()) return false;
    if (const auto& known = Known(person.name); known && known->type == EntityType::kPerson)
      return true;
    bool bare = false, weakly_titled = false;
    for (const Seen& s : seen) {
      if (s.mention.type != EntityType::kPerson || s.mention.name != person.name) continue;
      if (s.mention.title.empty())
        bare = true;
      else if (finder.IsPersonTitle(s.mention.title))
        return true;  // "President Reagan", "Lord Hanningfield"
      else
        weakly_titled = true;  // "East Kilbride", "Joint Strike Fighter": no title word
    }
    if (person.name.find(' ') == std::string::npos) return false;  // "Asked", "Guildford"
    // "Doug Smith", "Margaret Hodge"; not "Franco-American"
    return bare || !weakly_titled || NameGender(person.name) != Gender::kUnknown;
  }

  // The gender of a person the item names: what the name tells ("Margaret
  // Hodge"), else what the titles of its mentions tell ("Lord Walker",
  // "Mrs Howard") when they agree.
  Gender GenderOf(const EntityRef& person) const {
    Gender g = NameGender(person.name);
    if (g != Gender::kUnknown) return g;
    const Words& tokens = NameOf(person.name).words;
    for (const Seen& s : seen) {
      if (s.mention.type != EntityType::kPerson || s.gender == Gender::kUnknown) continue;
      bool same = s.canonical == person.name ||
                  (!s.tokens->empty() && std::all_of(s.tokens->begin(), s.tokens->end(),
                                                     [&](auto& t) { return Contains(tokens, t); }));
      if (!same) continue;
      if (g != Gender::kUnknown && g != s.gender) return Gender::kUnknown;  // they disagree
      g = s.gender;
    }
    return g;
  }

  // A pronoun ("he", "She", "him") stands for the subject of an earlier
  // sentence, else the last person named before (else the first of this
  // sentence), of a gender that agrees with it: "she" is never a man the
  // item calls "Mr" or names "Michael".
  // Brings `antecedent` up to the end of sentence `before` - 1: the subjects
  // of the sentences left for later, the latest first, until one can be an
  // antecedent (each is resolved as in its own sentence). A subject that
  // holds a pronoun settles the sentences before its own first (the
  // recursion), so the answer is the one EndSentence(subject) in order gives.
  void Settle(int before) const {
    if (settled >= before) return;
    const int saved_current = current;
    const std::optional<size_t> saved_position = position;
    for (int j = before - 1; j >= settled; --j) {
      current = j;
      position.reset();
      std::optional<EntityRef> subject = subject_of(j);
      if (subject && StandsForPronouns(*subject)) {
        antecedent = std::move(subject);
        break;
      }
    }
    settled = before;
    current = saved_current;
    position = saved_position;
  }

  Resolution Pronoun(std::string_view span) const {
    Settle(current);
    Gender want = GenderWords::OfPronoun(span);
    if (antecedent == EntityRef::UnnamedPerson())
      return {{}, "nothing: the pronoun stands for someone unnamed"};
    if (antecedent && GendersAgree(GenderOf(*antecedent), want))
      return {*antecedent, "pronoun: subject of an earlier sentence"};
    std::optional<size_t> last, first_here;
    for (size_t i = 0; i < seen.size(); ++i) {
      const Seen& s = seen[i];
      if (s.mention.type != EntityType::kPerson || !GendersAgree(s.gender, want)) continue;
      if (!s.mention.name.empty() &&
          (!CanBeAntecedent({s.mention.name, EntityType::kPerson}) ||
           (antecedent && Person(s.mention.name, s.gender).entity == *antecedent)))
        continue;  // too weak, or the antecedent whose gender disagrees
      if (s.sentence < current) last = i;
      if (s.sentence == current && !first_here) first_here = i;
    }
    std::optional<size_t> pick = last ? last : first_here;
    if (!pick) return {{}, "nothing: pronoun without antecedent"};
    const Mention& m = seen[*pick].mention;
    Resolution r = m.name.empty() ? Title(m) : Person(m.name, seen[*pick].gender);
    if (r.entity.empty() || !GendersAgree(GenderOf(r.entity), want))
      return {{}, "nothing: pronoun without antecedent"};
    return {r.entity, "pronoun: last person mentioned"};
  }

  Resolution Resolve(const Mention& m, std::string_view span) const {
    if (m.source) return {{}, "nothing: a news source, never an entity"};
    if (MentionFinder::IsPersonalPronoun(span)) return Pronoun(span);
    if (!m.name.empty()) {
      switch (m.type) {
        case EntityType::kPerson:
          return Person(m.name, GenderOf(m.name, m.title));
        case EntityType::kOrganization:
          return Organization(m);
        case EntityType::kCountry:
          return Country(m);
        case EntityType::kUnknown:
          break;
      }
      return {{}, "nothing: unknown type"};
    }
    if (m.title.empty()) return {{}, "nothing: names no entity"};
    return m.type == EntityType::kOrganization ? ShortForm(m) : Title(m);
  }
};

EntityResolver::EntityResolver(const Aliases& aliases, const MentionFinder& finder, Date item_date)
    : state_(std::make_shared<State>(aliases, finder, item_date)) {}

void EntityResolver::Observe(const Mention& mention) {
  State& s = *state_;
  if (!s.seen.empty() && mention.begin <= s.seen.back().mention.begin) ++s.observe_current;
  s.observe_next = std::max(s.observe_next, s.observe_current + 1);
  s.Add(mention, s.observe_current);
}

void EntityResolver::Observe(const Mention& mention, int sentence) {
  state_->observe_current = sentence;
  state_->observe_next = std::max(state_->observe_next, sentence + 1);
  state_->Add(mention, sentence);
}

std::vector<Mention> EntityResolver::ObserveSentence(std::string_view sentence) {
  int index = state_->observe_next++;
  state_->observe_current = index;
  std::vector<Mention> mentions = state_->finder.Find(sentence);
  for (const Mention& m : mentions) state_->Add(m, index);
  return mentions;
}

namespace {

// `span` without the spaces and tabs at either end.
std::string_view TrimBlanks(std::string_view span) {
  while (!span.empty() && (span.front() == ' ' || span.front() == '\t')) span.remove_prefix(1);
  while (!span.empty() && (span.back() == ' ' || span.back() == '\t')) span.remove_suffix(1);
  return span;
}

}  // namespace

Resolution EntityResolver::Resolve(std::string_view span) const {
  std::string_view trimmed = TrimBlanks(span);
  return state_->Resolve(state_->finder.Classify(trimmed), trimmed);
}

Resolution EntityResolver::Resolve(std::string_view span, const Mention& classified) const {
  if (TrimBlanks(span).size() != span.size()) return Resolve(span);  // classified with blanks
  return state_->Resolve(classified, span);
}

Resolution EntityResolver::Resolve(const Mention& mention) const {
  state_->position = mention.begin;
  Resolution r = state_->Resolve(mention, {});
  state_->position.reset();
  return r;
}

std::vector<NamedPerson> EntityResolver::PeopleBefore() const {
  const State& state = *state_;
  std::vector<NamedPerson> out;
  for (const State::Seen& s : state.seen) {
    if (s.sentence >= state.current || s.mention.source || s.mention.type != EntityType::kPerson ||
        s.mention.name.empty())
      continue;
    EntityRef person = state.Person(s.mention.name, s.gender).entity;
    if (person.empty()) continue;
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const NamedPerson& p) { return p.entity == person; });
    if (it == out.end()) it = out.insert(out.end(), NamedPerson{person, s.sentence, {}});
    it->last_sentence = std::max(it->last_sentence, s.sentence);
    const std::vector<std::string>& title = state.TitleOf(s).words;
    if (!title.empty() &&
        std::find(it->titles.begin(), it->titles.end(), title) == it->titles.end())
      it->titles.push_back(title);
  }
  return out;
}

const std::string& EntityResolver::ItemCountry() const { return state_->ItemCountry(); }

void EntityResolver::EndSentence(const std::optional<EntityRef>& subject) {
  State& s = *state_;
  s.Settle(s.current);
  if (subject && s.StandsForPronouns(*subject)) s.antecedent = subject;
  s.settled = ++s.current;
}

void EntityResolver::EndSentence() { ++state_->current; }

void EntityResolver::set_subject_source(SubjectSource subject_of) {
  state_->subject_of = std::move(subject_of);
}

void EntityResolver::set_office_holders(bool enabled) { state_->office_holders = enabled; }

}  // namespace polgraph
