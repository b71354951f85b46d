#include "extract/aliases.h"

#include <algorithm>

#include "base/error.h"
#include "base/line_reader.h"
#include "base/located_json.h"
#include "base/utf8.h"
#include "extract/embedded_data.h"

namespace polgraph {

struct Aliases::Document {
  const JsonNode& root;
  const std::string& source;

  [[noreturn]] void Fail(const std::string& where, const std::string& problem, long line) const {
    throw Error(where.empty() ? problem : where + ": " + problem, {source, line, {}});
  }
};

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// A key that also folds common transliteration differences of Kazakh,
// Russian and Uzbek names: zh/j, kh/h, doubled letters, y between vowels
// ("kasym zhomart tokaev" and "kassym jomart tokayev" meet).
std::string LooseKey(std::string_view key) {
  // One pass over the key, reading it with "zh" as j and "kh" as h.
  auto letter_at = [key](size_t i, size_t* length) {
    if (i >= key.size()) {
      *length = 0;
      return '\0';
    }
    char c = key[i];
    *length = 1;
    if ((c == 'z' || c == 'k') && i + 1 < key.size() && key[i + 1] == 'h') {
      *length = 2;
      return c == 'z' ? 'j' : 'h';
    }
    return c;
  };
  std::string out;
  size_t length = 0;
  char c = letter_at(0, &length);
  for (size_t next_at = length; length != 0;) {
    size_t next_length = 0;
    const char next = letter_at(next_at, &next_length);
    const bool doubled = !out.empty() && out.back() == c;
    const bool between_vowels =
        c == 'y' && !out.empty() && IsVowel(out.back()) && next_length != 0 && IsVowel(next);
    if (!doubled && !between_vowels) out += c;
    c = next;
    length = next_length;
    next_at += next_length;
  }
  return out;
}

std::string Where(std::string_view list, size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

const JsonNode& Field(const Aliases::Document& doc, const JsonNode& object, std::string_view key,
                      JsonNode::Kind kind, const std::string& where) {
  const JsonNode* value = object.Get(key);
  if (!value) doc.Fail(where, "missing '" + std::string(key) + "'", object.line);
  if (value->kind != kind)
    doc.Fail(where,
             "'" + std::string(key) + "' must be " + std::string(Describe(kind)) + ", not " +
                 std::string(Describe(value->kind)),
             value->line);
  return *value;
}

void CheckKeys(const Aliases::Document& doc, const JsonNode& object,
               std::initializer_list<std::string_view> allowed, const std::string& where) {
  for (const auto& [key, value] : object.members)
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      doc.Fail(where, "unknown key '" + key + "'", value.line);
}

const JsonNode& ArrayAt(const Aliases::Document& doc, std::string_view key) {
  static const JsonNode kEmpty = [] {
    JsonNode empty;
    empty.kind = JsonNode::Kind::kArray;
    return empty;
  }();
  const JsonNode* list = doc.root.Get(key);
  if (!list) return kEmpty;
  if (!list->IsArray()) doc.Fail("", "'" + std::string(key) + "' must be an array", list->line);
  return *list;
}

std::string NonEmptyString(const Aliases::Document& doc, const JsonNode& node,
                           const std::string& where) {
  if (!node.IsString() || node.text.empty())
    doc.Fail(where, "must be a non-empty string", node.line);
  if (std::string problem = NameProblem(node.text); !problem.empty())
    doc.Fail(where, problem, node.line);
  return node.text;
}

// A date as written in an aliases file: a day ("2005-03-14"), a month
// ("2005-03") or a year ("2005"), as the span of days it covers.
struct WrittenDate {
  Date first, last;
};

std::optional<WrittenDate> ParseWrittenDate(std::string_view text) {
  if (std::optional<Date> day = Date::ParseIso(text); day && text.size() == 10)
    return WrittenDate{*day, *day};
  auto digits = [&](size_t pos, size_t width) -> std::optional<int> {
    int value = 0;
    for (size_t i = pos; i < pos + width; ++i) {
      if (i >= text.size() || text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  std::optional<int> year = digits(0, 4);
  if (!year) return std::nullopt;
  if (text.size() == 4) {
    auto first = Date::FromYmd(*year, 1, 1), last = Date::FromYmd(*year, 12, 31);
    if (!first || !last) return std::nullopt;
    return WrittenDate{*first, *last};
  }
  std::optional<int> month = text.size() == 7 && text[4] == '-' ? digits(5, 2) : std::nullopt;
  if (!month) return std::nullopt;
  std::optional<Date> first = Date::FromYmd(*year, *month, 1);
  if (!first) return std::nullopt;
  for (int day = 31; day >= 28; --day)
    if (std::optional<Date> last = Date::FromYmd(*year, *month, day))
      return WrittenDate{*first, *last};
  return std::nullopt;
}

// The day after `d` (the unknown date past 9999-12-31).
Date NextDay(Date d) {
  if (auto next = Date::FromYmd(d.year(), d.month(), d.day() + 1)) return *next;
  if (auto next = Date::FromYmd(d.year(), d.month() + 1, 1)) return *next;
  return Date::FromYmd(d.year() + 1, 1, 1).value_or(Date());
}

// The day before `d` (the unknown date before 0001-01-01).
Date PreviousDay(Date d) {
  if (auto previous = Date::FromYmd(d.year(), d.month(), d.day() - 1)) return *previous;
  for (int day = 31; day >= 28; --day) {
    if (d.month() > 1) {
      if (auto previous = Date::FromYmd(d.year(), d.month() - 1, day)) return *previous;
    } else if (auto previous = Date::FromYmd(d.year() - 1, 12, day)) {
      return *previous;
    }
  }
  return Date();
}

WrittenDate DateField(const Aliases::Document& doc, const JsonNode& object, std::string_view key,
                      const std::string& where) {
  const JsonNode& value = Field(doc, object, key, JsonNode::Kind::kString, where);
  std::optional<WrittenDate> date = ParseWrittenDate(value.text);
  if (!date)
    doc.Fail(where,
             "'" + std::string(key) + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY): \"" +
                 value.text + "\"",
             value.line);
  return *date;
}

}  // namespace

Aliases Aliases::Default() {
  Aliases aliases;
  for (const EmbeddedFile& file : DefaultAliasFiles())
    aliases.Load(file.content, std::string(file.name));
  return aliases;
}

void Aliases::Load(std::string_view json, const std::string& source) {
  JsonNode root = ParseLocatedJson(json, source);
  Document doc{root, source};
  if (!root.IsObject()) doc.Fail("", "the document must be an object", root.line);
  CheckKeys(doc, root, {"description", "entities", "offices"}, "");
  try {
    LoadEntities(doc);
    LoadOffices(doc);
  } catch (...) {
    GroupOffices();  // what was added before the error stays consistent
    throw;
  }
  GroupOffices();
}

void Aliases::GroupOffices() {
  // Offices (one per holder and term) with the same list of names are one
  // office for SameOffice: numbered once, so that a name's offices become a
  // short sorted list of numbers (a generic name like "President" has
  // thousands of terms but a few hundred name lists). Only the offices added
  // since the last call are looked at.
  for (; grouped_ < offices_.size(); ++grouped_) {
    const std::vector<std::string>& names = offices_[grouped_].names;
    if (grouped_ > 0 && names == offices_[grouped_ - 1].names) continue;  // next term
    auto [it, added] =
        office_numbers_.emplace(names, static_cast<uint32_t>(office_numbers_.size()));
    if (!added) continue;
    for (const std::string& name : names) {
      std::vector<uint32_t>& groups = office_groups_by_name_[utf8::NameKey(name)];
      auto at = std::lower_bound(groups.begin(), groups.end(), it->second);
      if (at == groups.end() || *at != it->second) groups.insert(at, it->second);
    }
  }
}

size_t Aliases::AddEntity(const Document& doc, EntityRef entity, const std::string& where,
                          long line) {
  std::string key = utf8::NameKey(entity.name);
  if (auto it = by_key_.find(key); it != by_key_.end()) {
    const EntityRef& existing = entries_[it->second].entity;
    if (existing.type != entity.type)
      doc.Fail(where,
               "'" + entity.name + "' is already a " + std::string(ToString(existing.type)) +
                   " ('" + existing.name + "')",
               line);
    return it->second;
  }
  entries_.push_back({std::move(entity), {}});
  size_t index = entries_.size() - 1;
  by_key_.emplace(key, index);
  by_loose_[LooseKey(key)].push_back(index);
  return index;
}

void Aliases::AddAlias(const Document& doc, size_t entry, std::string_view alias,
                       const std::string& where, long line) {
  std::string key = utf8::NameKey(alias);
  auto [it, added] = by_key_.emplace(key, entry);
  if (!added && it->second != entry)
    doc.Fail(where,
             "'" + std::string(alias) + "' is already a name of '" +
                 entries_[it->second].entity.name + "'",
             line);
  if (!added) return;
  entries_[entry].aliases.emplace_back(alias);
  std::vector<size_t>& loose = by_loose_[LooseKey(key)];
  if (std::find(loose.begin(), loose.end(), entry) == loose.end()) loose.push_back(entry);
}

void Aliases::LoadEntities(const Document& doc) {
  const JsonNode& list = ArrayAt(doc, "entities");
  for (size_t i = 0; i < list.items.size(); ++i) {
    const JsonNode& item = list.items[i];
    std::string where = Where("entities", i);
    if (!item.IsObject()) doc.Fail(where, "must be an object", item.line);
    CheckKeys(doc, item, {"name", "type", "aliases"}, where);
    const JsonNode& name = Field(doc, item, "name", JsonNode::Kind::kString, where);
    if (name.text.empty()) doc.Fail(where, "'name' is empty", name.line);
    if (std::string problem = NameProblem(name.text); !problem.empty())
      doc.Fail(where + ".name", problem, name.line);
    const JsonNode& type_node = Field(doc, item, "type", JsonNode::Kind::kString, where);
    std::optional<EntityType> type = ParseEntityType(type_node.text);
    if (!type || *type == EntityType::kUnknown)
      doc.Fail(where,
               "'type' must be person, organization or country, not \"" + type_node.text + "\"",
               type_node.line);
    size_t entry = AddEntity(doc, {name.text, *type}, where, name.line);
    const JsonNode* aliases = item.Get("aliases");
    if (!aliases) continue;
    if (!aliases->IsArray()) doc.Fail(where, "'aliases' must be an array", aliases->line);
    for (size_t a = 0; a < aliases->items.size(); ++a) {
      const JsonNode& alias = aliases->items[a];
      std::string alias_where = where + ".aliases[" + std::to_string(a) + "]";
      AddAlias(doc, entry, NonEmptyString(doc, alias, alias_where), alias_where, alias.line);
    }
  }
}

void Aliases::LoadOffices(const Document& doc) {
  const JsonNode& list = ArrayAt(doc, "offices");
  for (size_t i = 0; i < list.items.size(); ++i) {
    const JsonNode& item = list.items[i];
    std::string where = Where("offices", i);
    if (!item.IsObject()) doc.Fail(where, "must be an object", item.line);
    CheckKeys(doc, item, {"names", "country", "holders"}, where);
    Office office;
    const JsonNode& names = Field(doc, item, "names", JsonNode::Kind::kArray, where);
    if (names.items.empty()) doc.Fail(where, "'names' is empty", names.line);
    for (size_t n = 0; n < names.items.size(); ++n)
      office.names.push_back(
          NonEmptyString(doc, names.items[n], where + ".names[" + std::to_string(n) + "]"));
    if (item.Get("country"))
      office.country = NonEmptyString(doc, *item.Get("country"), where + ".country");
    // The office's index lists, looked up once for all its holders (a world
    // gazetteer has thousands of terms under the same few generic names).
    std::vector<std::vector<size_t>*> indexes;
    for (const std::string& name : office.names) {
      std::vector<size_t>* index = &offices_by_name_[utf8::NameKey(name)];
      if (std::find(indexes.begin(), indexes.end(), index) == indexes.end())
        indexes.push_back(index);
    }
    const JsonNode& holders = Field(doc, item, "holders", JsonNode::Kind::kArray, where);
    for (size_t h = 0; h < holders.items.size(); ++h) {
      const JsonNode& holder = holders.items[h];
      std::string holder_where = where + ".holders[" + std::to_string(h) + "]";
      if (!holder.IsObject()) doc.Fail(holder_where, "must be an object", holder.line);
      CheckKeys(doc, holder, {"name", "from", "to"}, holder_where);
      Office held = office;
      held.holder =
          NonEmptyString(doc, Field(doc, holder, "name", JsonNode::Kind::kString, holder_where),
                         holder_where + ".name");
      // A month or a year is a span the handover lies in: the holder is
      // taken to hold the office only on the days surely inside the term
      // (from the next span on, until the span before), so a title in the
      // month of a handover resolves to nobody rather than to a wrong person.
      WrittenDate from = DateField(doc, holder, "from", holder_where);
      held.from = from.first == from.last ? from.first : NextDay(from.last);
      if (holder.Get("to")) {
        WrittenDate to = DateField(doc, holder, "to", holder_where);
        if (to.last < from.first)
          doc.Fail(holder_where, "'to' is before 'from'", holder.Get("to")->line);
        held.to = to.first == to.last ? to.last : PreviousDay(to.first);
      }
      size_t entry = AddEntity(doc, {held.holder, EntityType::kPerson}, holder_where, holder.line);
      held.holder = entries_[entry].entity.name;
      if (!held.country.empty()) {
        std::vector<std::string>& countries = countries_by_holder_[utf8::NameKey(held.holder)];
        if (std::find(countries.begin(), countries.end(), held.country) == countries.end())
          countries.push_back(held.country);
      }
      offices_.push_back(std::move(held));
      for (std::vector<size_t>* index : indexes) index->push_back(offices_.size() - 1);
    }
  }
}

std::optional<EntityRef> Aliases::Canonical(std::string_view name) const {
  std::string key = utf8::NameKey(name);
  if (key.empty()) return std::nullopt;
  if (auto it = by_key_.find(key); it != by_key_.end()) return entries_[it->second].entity;
  auto loose = by_loose_.find(LooseKey(key));
  if (loose != by_loose_.end() && loose->second.size() == 1)
    return entries_[loose->second.front()].entity;
  return std::nullopt;
}

std::optional<EntityRef> Aliases::Holder(std::string_view office, Date date) const {
  return Holder(office, date, {});
}

std::optional<EntityRef> Aliases::Holder(std::string_view office, Date date,
                                         std::string_view country) const {
  return FindHolder(office, date, country, false);
}

std::optional<EntityRef> Aliases::FindHolder(std::string_view office, Date date,
                                             std::string_view country,
                                             bool country_required) const {
  auto it = offices_by_name_.find(utf8::NameKey(office));
  if (it == offices_by_name_.end()) return std::nullopt;
  std::optional<EntityRef> found;
  for (size_t index : it->second) {
    const Office& o = offices_[index];
    if (country_required ? o.country != country
                         : !country.empty() && !o.country.empty() && o.country != country)
      continue;
    bool in_office =
        date.IsKnown() ? o.from <= date && (!o.to.IsKnown() || date <= o.to) : !o.to.IsKnown();
    if (!in_office) continue;
    if (found && found->name != o.holder) return std::nullopt;  // ambiguous
    found = EntityRef{o.holder, EntityType::kPerson};
  }
  return found;
}

std::optional<EntityRef> Aliases::HolderIn(std::string_view office, Date date,
                                           std::string_view country) const {
  if (country.empty()) return std::nullopt;
  return FindHolder(office, date, country, true);
}

std::vector<std::string> Aliases::OfficeCountries(std::string_view person) const {
  std::optional<EntityRef> known = Canonical(person);
  if (!known || known->type != EntityType::kPerson) return {};
  auto it = countries_by_holder_.find(utf8::NameKey(known->name));
  return it == countries_by_holder_.end() ? std::vector<std::string>{} : it->second;
}

std::vector<const Aliases::Office*> Aliases::OfficesNamed(std::string_view name) const {
  std::vector<const Office*> found;
  auto it = offices_by_name_.find(utf8::NameKey(name));
  if (it == offices_by_name_.end()) return found;
  for (size_t index : it->second) found.push_back(&offices_[index]);
  return found;
}

bool Aliases::SameOffice(std::string_view a, std::string_view b) const {
  auto first = office_groups_by_name_.find(utf8::NameKey(a));
  if (first == office_groups_by_name_.end()) return false;
  auto second = office_groups_by_name_.find(utf8::NameKey(b));
  if (second == office_groups_by_name_.end()) return false;
  // Both sorted: one office has both names when the lists share a number.
  const std::vector<uint32_t>& x = first->second;
  const std::vector<uint32_t>& y = second->second;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] == y[j]) return true;
    x[i] < y[j] ? ++i : ++j;
  }
  return false;
}

std::string SurnameSpellingKey(std::string_view word) {
  if (word.size() < 5 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  std::string key;
  int consonants = 0;
  for (char c : LooseKey(word)) {
    bool vowel = IsVowel(c) || c == 'y';
    key += vowel ? '*' : c;
    consonants += !vowel;
  }
  return consonants >= 3 ? key : std::string();
}

}  // namespace polgraph
