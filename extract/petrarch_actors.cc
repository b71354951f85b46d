#include "extract/petrarch_actors.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "base/date.h"
#include "base/error.h"
#include "base/utf8.h"
#include "extract/word_lists.h"

namespace polgraph {
namespace {

// Words that make an actor's name a title, a body or a group, not a person.
bool IsNotPersonWord(std::string_view word) {
  static const std::set<std::string, std::less<>> kWords = {"president",
                                                            "presidents",
                                                            "minister",
                                                            "ministers",
                                                            "ministry",
                                                            "prime",
                                                            "premier",
                                                            "secretary",
                                                            "secretary-general",
                                                            "general",
                                                            "chief",
                                                            "head",
                                                            "leader",
                                                            "king",
                                                            "queen",
                                                            "prince",
                                                            "princess",
                                                            "emir",
                                                            "sheikh",
                                                            "sultan",
                                                            "pope",
                                                            "chancellor",
                                                            "governor",
                                                            "mayor",
                                                            "ambassador",
                                                            "envoy",
                                                            "spokesman",
                                                            "spokeswoman",
                                                            "commander",
                                                            "colonel",
                                                            "gen.",
                                                            "lt.",
                                                            "maj.",
                                                            "capt.",
                                                            "col.",
                                                            "dr.",
                                                            "mr.",
                                                            "mrs.",
                                                            "ms.",
                                                            "sir",
                                                            "lord",
                                                            "former",
                                                            "ex",
                                                            "ex-president",
                                                            "ex-soviet",
                                                            "deputy",
                                                            "vice",
                                                            "acting",
                                                            "party",
                                                            "council",
                                                            "committee",
                                                            "commission",
                                                            "government",
                                                            "army",
                                                            "forces",
                                                            "force",
                                                            "front",
                                                            "movement",
                                                            "brigade",
                                                            "brigades",
                                                            "union",
                                                            "organization",
                                                            "organisation",
                                                            "association",
                                                            "agency",
                                                            "bank",
                                                            "company",
                                                            "corporation",
                                                            "group",
                                                            "council",
                                                            "court",
                                                            "assembly",
                                                            "parliament",
                                                            "congress",
                                                            "senate",
                                                            "national",
                                                            "republic",
                                                            "federation",
                                                            "kingdom",
                                                            "state",
                                                            "states",
                                                            "people's",
                                                            "peoples",
                                                            "liberation",
                                                            "revolutionary",
                                                            "islamic",
                                                            "militia",
                                                            "police",
                                                            "office",
                                                            "department",
                                                            "university",
                                                            "institute",
                                                            "foundation",
                                                            "fund",
                                                            "church",
                                                            "the",
                                                            "of",
                                                            "and",
                                                            "for",
                                                            "rebels",
                                                            "insurgents",
                                                            "regime",
                                                            "administration",
                                                            "cabinet"};
  return kWords.count(word) > 0;
}

// "SAMIR_AL_RIFAI_" -> "Samir al Rifai"; "VLADIMIR_V._PUTIN" -> "Vladimir V. Putin".
std::string ReadableName(std::string_view phrase) {
  while (!phrase.empty() && phrase.back() == '_') phrase.remove_suffix(1);
  static const std::set<std::string, std::less<>> kParticles = {"al",  "el",  "bin", "ibn", "bint",
                                                                "de",  "da",  "del", "der", "di",
                                                                "van", "von", "la",  "le",  "du"};
  std::string out;
  size_t start = 0;
  bool first_word = true;
  while (start <= phrase.size()) {
    size_t end = phrase.find('_', start);
    if (end == std::string_view::npos) end = phrase.size();
    std::string word(phrase.substr(start, end - start));
    if (!word.empty()) {
      std::string lower;
      for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      bool particle = !first_word && kParticles.count(lower) > 0;
      bool capital = !particle;
      for (char& c : lower) {
        if (capital && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        capital = c == '-' || c == '\'' || c == '.';
      }
      if (!out.empty()) out += ' ';
      out += lower;
      first_word = false;
    }
    start = end + 1;
  }
  return out;
}

std::vector<std::string> Words(std::string_view readable) {
  std::vector<std::string> words;
  std::string key;
  for (char c : readable) {
    if (c == ' ') {
      if (!key.empty()) words.push_back(key);
      key.clear();
    } else {
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (!key.empty()) words.push_back(key);
  return words;
}

bool ReadsAsPerson(std::string_view readable) {
  std::vector<std::string> words = Words(readable);
  if (words.size() < 2 || words.size() > 6) return false;
  for (const std::string& w : words) {
    if (IsNotPersonWord(w)) return false;
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  }
  return true;
}

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

// "991001" -> 1999-10-01, "20100711" -> 2010-07-11.
std::optional<Date> ParseActorDate(std::string_view digits) {
  if (digits.size() != 6 && digits.size() != 8) return std::nullopt;
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  auto number = [&](size_t at, size_t n) { return std::stoi(std::string(digits.substr(at, n))); };
  int year, month, day;
  if (digits.size() == 6) {
    year = number(0, 2);
    year += year < 30 ? 2000 : 1900;
    month = number(2, 2);
    day = number(4, 2);
  } else {
    year = number(0, 4);
    month = number(4, 2);
    day = number(6, 2);
  }
  return Date::FromYmd(year, month, day);
}

struct Role {
  std::string code;
  Date from, to;
};

struct Actor {
  std::string name;  // readable
  std::vector<std::string> spellings;
  std::vector<Role> roles;
  bool skip = false;
};

// Parses "[RUSGOV 000507-080507]" (without the brackets); throws a problem text.
Role ParseRole(std::string_view inside) {
  std::string text = Trim(inside);
  Role role;
  size_t space = text.find(' ');
  role.code = text.substr(0, space);
  if (role.code.empty() || role.code.size() % 3 != 0 ||
      !std::all_of(role.code.begin(), role.code.end(),
                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))
    throw std::string("'" + role.code + "' is not a CAMEO code (groups of three capitals)");
  if (space == std::string::npos) return role;
  std::string dates = Trim(text.substr(space + 1));
  auto date = [&](std::string_view d) {
    std::optional<Date> parsed = ParseActorDate(Trim(d));
    if (!parsed)
      throw std::string("'" + std::string(Trim(d)) + "' is not a date (YYMMDD or YYYYMMDD)");
    return *parsed;
  };
  if (dates.empty()) return role;
  if (dates[0] == '<') {
    role.to = date(std::string_view(dates).substr(1));
  } else if (dates[0] == '>') {
    role.from = date(std::string_view(dates).substr(1));
  } else if (size_t dash = dates.find('-'); dash != std::string::npos) {
    role.from = date(std::string_view(dates).substr(0, dash));
    role.to = date(std::string_view(dates).substr(dash + 1));
    if (role.to < role.from) throw std::string("the role ends before it begins: " + dates);
  } else {
    throw std::string("'" + dates + "' is not a date range (<D, >D or D1-D2)");
  }
  return role;
}

// The dictionaries' own country blocks name the three-letter codes
// ("KAZAKHSTAN_ ... [KAZ >911221]"); polgraph's country table gives the name
// the mention finder uses ("Kazakhstan", "United Kingdom").
class CountryCodes {
 public:
  CountryCodes() {
    static const WordLists words = WordLists::Default();
    for (const CountryWords& c : words.countries()) {
      by_key_[utf8::NameKey(c.name)] = c.name;
      for (const std::string& variant : c.variants) by_key_[utf8::NameKey(variant)] = c.name;
    }
  }
  void Learn(const Actor& actor) {
    for (const Role& r : actor.roles) {
      if (r.code.size() != 3 || names_.count(r.code)) continue;
      for (const std::string& spelling : actor.spellings)
        if (auto it = by_key_.find(utf8::NameKey(spelling)); it != by_key_.end()) {
          names_[r.code] = it->second;
          break;
        }
    }
  }
  std::string NameOf(std::string_view code) const {
    auto it = names_.find(std::string(code.substr(0, 3)));
    return it == names_.end() ? std::string() : it->second;
  }

 private:
  std::unordered_map<std::string, std::string> by_key_;  // folded name -> table name
  std::map<std::string, std::string> names_;             // "KAZ" -> "Kazakhstan"
};

bool IsCountryBlock(const Actor& a) {
  return std::any_of(a.roles.begin(), a.roles.end(),
                     [](const Role& r) { return r.code.size() == 3; });
}

std::vector<Actor> Parse(const std::vector<ActorFile>& files, bool lenient, ActorImport& out) {
  std::vector<Actor> actors;
  for (const ActorFile& file : files) {
    bool have_actor = false;
    size_t line_no = 0, start = 0;
    std::string_view text = file.content;
    while (start < text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view raw = text.substr(start, end - start);
      start = end + 1;
      ++line_no;
      try {
        std::string line = Trim(raw.substr(0, raw.find('#')));
        // Control characters (a stray 0x1A in the Phoenix file) have no place
        // in a name, and an aliases file refuses them: dropped here.
        std::erase_if(line, [](char c) {
          return (static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F;
        });
        if (line.empty() || line[0] == '<') continue;  // comments, XML comments
        if (line[0] == '+') {
          if (!have_actor) throw std::string("a spelling (+) before any actor");
          std::string spelling = Trim(std::string_view(line).substr(1));
          spelling = Trim(spelling.substr(0, spelling.find('[')));
          if (spelling.empty()) throw std::string("an empty spelling");
          actors.back().spellings.push_back(ReadableName(spelling));
          continue;
        }
        if (line[0] == '[') {
          if (!have_actor) throw std::string("a role ([...]) before any actor");
          size_t close = line.find(']');
          if (close == std::string::npos) throw std::string("a role without ']'");
          actors.back().roles.push_back(ParseRole(std::string_view(line).substr(1, close - 1)));
          continue;
        }
        Actor actor;
        size_t bracket = line.find('[');
        actor.name = ReadableName(Trim(std::string_view(line).substr(0, bracket)));
        if (actor.name.empty()) throw std::string("an actor without a name");
        actor.spellings.push_back(actor.name);
        actors.push_back(std::move(actor));
        have_actor = true;
        if (bracket != std::string::npos) {
          size_t close = line.find(']', bracket);
          if (close == std::string::npos) throw std::string("a role without ']'");
          actors.back().roles.push_back(
              ParseRole(std::string_view(line).substr(bracket + 1, close - bracket - 1)));
        }
      } catch (const std::string& problem) {
        if (!lenient) throw Error(problem, Place{file.name, static_cast<long>(line_no), ""});
        ++out.skipped_lines;
        out.problems.push_back(file.name + ":" + std::to_string(line_no) + ": " + problem);
      }
    }
  }
  return actors;
}

}  // namespace

ActorImport ImportPetrarchActors(const std::vector<ActorFile>& files, bool lenient,
                                 const Aliases* known) {
  ActorImport out;
  std::vector<Actor> actors = Parse(files, lenient, out);
  if (known) {
    for (Actor& a : actors) {
      std::optional<EntityRef> same = known->Canonical(a.name);
      if (same && same->type == EntityType::kPerson) a.name = same->name;
      std::erase_if(a.spellings, [&](const std::string& s) {
        std::optional<EntityRef> other = known->Canonical(s);
        return other && other->name != a.name;
      });
    }
  }
  CountryCodes codes;
  for (const Actor& a : actors)
    if (IsCountryBlock(a)) codes.Learn(a);

  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("description");
  w.String(
      "People and their dated roles converted from TABARI/PETRARCH actor dictionaries by "
      "'polgraph aliases import'. Offices are named by CAMEO code.");

  std::unordered_map<std::string, size_t> owner;  // folded spelling -> person index
  std::vector<const Actor*> people;
  w.Key("entities");
  w.StartArray();
  for (const Actor& a : actors) {
    if (IsCountryBlock(a) || !ReadsAsPerson(a.name) ||
        (known && known->Canonical(a.name) &&
         known->Canonical(a.name)->type != EntityType::kPerson)) {
      ++out.skipped_actors;
      continue;
    }
    std::string key = utf8::NameKey(a.name);
    if (auto it = owner.find(key); it != owner.end() && people[it->second]->name != a.name) {
      ++out.skipped_actors;  // the name is another actor's spelling
      continue;
    }
    owner.emplace(key, people.size());
    people.push_back(&a);
    w.StartObject();
    w.Key("name");
    w.String(a.name.c_str());
    w.Key("type");
    w.String("person");
    std::vector<std::string> aliases;
    for (const std::string& s : a.spellings) {
      std::string k = utf8::NameKey(s);
      if (k.empty() || !ReadsAsPerson(s)) continue;
      if (!owner.emplace(k, people.size() - 1).second && people[owner[k]] != &a) continue;
      if (s != a.name && std::find(aliases.begin(), aliases.end(), s) == aliases.end())
        aliases.push_back(s);
    }
    if (!aliases.empty()) {
      w.Key("aliases");
      w.StartArray();
      for (const std::string& s : aliases) w.String(s.c_str());
      w.EndArray();
    }
    w.EndObject();
    ++out.people;
  }
  w.EndArray();

  // One office per CAMEO code, each person's dated terms as holders.
  std::map<std::string, std::vector<std::pair<const Actor*, const Role*>>> by_code;
  for (const Actor* a : people)
    for (const Role& r : a->roles)
      if (r.from.IsKnown() && !codes.NameOf(r.code).empty()) by_code[r.code].push_back({a, &r});
  w.Key("offices");
  w.StartArray();
  for (const auto& [code, terms] : by_code) {
    w.StartObject();
    w.Key("names");
    w.StartArray();
    w.String(("CAMEO " + code).c_str());
    w.EndArray();
    w.Key("country");
    w.String(codes.NameOf(code).c_str());
    w.Key("holders");
    w.StartArray();
    for (const auto& [actor, role] : terms) {
      w.StartObject();
      w.Key("name");
      w.String(actor->name.c_str());
      w.Key("from");
      w.String(role->from.ToIso().c_str());
      if (role->to.IsKnown()) {
        w.Key("to");
        w.String(role->to.ToIso().c_str());
      }
      w.EndObject();
      ++out.offices;
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out.json = std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  return out;
}

}  // namespace polgraph
