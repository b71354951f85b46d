#include "extract/word_lists.h"

#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "base/located_json.h"
#include "extract/embedded_data.h"
#include "extract/lexicon.h"

namespace polgraph {
namespace {

// The word classes a list may give, by the name a word file uses. Countries
// and demonyms come from "countries"; plurals and phrase starts are derived.
struct ClassName {
  std::string_view name;
  WordClass bit;
};
constexpr ClassName kClassNames[] = {
    {"article", kArticle},  {"determiner", kDeterminer}, {"particle", kParticle},
    {"title", kTitle},      {"org_head", kOrgHead},      {"descriptor", kDescriptor},
    {"place", kPlace},      {"source", kSource},         {"stop", kStop},
    {"pronoun", kPronoun},  {"org_name", kOrgName},      {"place_noun", kPlaceNoun},
    {"generic", kGeneric},  {"not_entity", kNotEntity},  {"patronymic", kPatronymic},
    {"takes_to", kTakesTo}, {"honorific", kHonorific},   {"post_nominal", kPostNominal},
    {"thing", kThing},
};

std::string ClassNames() {
  std::string out;
  for (const ClassName& c : kClassNames) out += (out.empty() ? "" : ", ") + std::string(c.name);
  return out;
}

bool IsNamedList(std::string_view name) {
  return std::find(std::begin(kNamedLists), std::end(kNamedLists), name) != std::end(kNamedLists);
}

std::string NamedLists() {
  std::string out;
  for (std::string_view name : kNamedLists) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

bool IsName(std::string_view name, char first_low, char first_high) {
  if (name.empty() || name[0] < first_low || name[0] > first_high) return false;
  return std::all_of(name.begin(), name.end(), [&](char c) {
    return (c >= first_low && c <= first_high) || (c >= '0' && c <= '9') || c == '_';
  });
}

// Reads the parts of one word file, failing with its name and the line.
class FileReader {
 public:
  explicit FileReader(const std::string& source) : source_(source) {}

  [[noreturn]] void Fail(long line, const std::string& problem) const {
    throw Error(problem, {source_, line, {}});
  }

  // The array at `object[key]`, or null when absent.
  const JsonNode* OptionalArray(const JsonNode& object, std::string_view key,
                                const std::string& where) const {
    const JsonNode* value = object.Get(key);
    if (value && !value->IsArray())
      Fail(value->line, where + "\"" + std::string(key) + "\" must be a list");
    return value;
  }

  void CheckKeys(const JsonNode& object, std::initializer_list<std::string_view> allowed,
                 const std::string& where) const {
    for (const auto& [key, value] : object.members)
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
        Fail(value.line, where + "unknown field \"" + key + "\"");
  }

  // A word or phrase: a non-empty string, words separated by one space.
  std::string Word(const JsonNode& node, const std::string& where) const {
    if (!node.IsString())
      Fail(node.line, where + "a word must be a string, not " + std::string(Describe(node.kind)));
    const std::string& word = node.text;
    if (word.find_first_not_of(" \t\n\r") == std::string::npos)
      Fail(node.line, where + "empty word");
    if (word.front() == ' ' || word.back() == ' ' || word.find("  ") != std::string::npos ||
        word.find_first_of("\t\n\r") != std::string::npos)
      Fail(node.line, where + "\"" + word + "\" has stray spaces (separate words with one space)");
    return word;
  }

  std::vector<std::string> Words(const JsonNode& object, std::string_view key,
                                 const std::string& where) const {
    std::vector<std::string> out;
    if (const JsonNode* list = OptionalArray(object, key, where))
      for (const JsonNode& item : list->items) out.push_back(Word(item, where));
    return out;
  }

  std::string String(const JsonNode& object, std::string_view key, const std::string& where,
                     bool required) const {
    const JsonNode* value = object.Get(key);
    if (!value) {
      if (required) Fail(object.line, where + "missing \"" + std::string(key) + "\"");
      return "";
    }
    if (!value->IsString())
      Fail(value->line, where + "\"" + std::string(key) + "\" must be a string");
    return value->text;
  }

  uint32_t Classes(const JsonNode& list, const std::string& where) const {
    uint32_t classes = 0;
    const JsonNode* names = OptionalArray(list, "classes", where);
    if (!names) return 0;
    for (const JsonNode& name : names->items) {
      auto it =
          std::find_if(std::begin(kClassNames), std::end(kClassNames),
                       [&](const ClassName& c) { return name.IsString() && c.name == name.text; });
      if (it == std::end(kClassNames))
        Fail(name.line, where + "unknown word class " +
                            (name.IsString() ? "\"" + name.text + "\"" : "") + " (" + ClassNames() +
                            ")");
      classes |= it->bit;
    }
    if (classes == 0) Fail(names->line, where + "\"classes\" is empty");
    return classes;
  }

  const std::string& source() const { return source_; }

 private:
  const std::string& source_;
};

WordList* FindList(std::vector<WordList>& lists, std::string_view name) {
  for (WordList& list : lists)
    if (list.name == name) return &list;
  return nullptr;
}

// Reads one entry of "lists": a new list, or more words for a known one.
void LoadList(const FileReader& file, const JsonNode& node, std::vector<WordList>* lists) {
  if (!node.IsObject()) file.Fail(node.line, "a list must be an object");
  const std::string name = file.String(node, "name", "", true);
  const std::string where = "list " + name + ": ";
  const long line = node.Get("name")->line;
  file.CheckKeys(node, {"name", "description", "classes", "macro", "words"}, where);
  if (!IsName(name, 'a', 'z')) file.Fail(line, where + "bad list name (use a-z, 0-9 and _)");
  const std::string macro = file.String(node, "macro", where, false);
  if (!macro.empty() && !IsName(macro, 'A', 'Z'))
    file.Fail(node.Get("macro")->line,
              where + "bad macro name \"" + macro + "\" (use A-Z, 0-9 and _)");
  const uint32_t classes = file.Classes(node, where);
  WordList* list = FindList(*lists, name);
  if (!list) {
    if (classes == 0 && !IsNamedList(name))
      file.Fail(line, where + "a new list needs \"classes\" (only the lists read by name, " +
                          NamedLists() + ", have none)");
    for (const WordList& other : *lists)
      if (!macro.empty() && other.macro == macro)
        file.Fail(node.Get("macro")->line,
                  where + "macro " + macro + " is already built from list " + other.name);
    list = &lists->emplace_back(WordList{name, classes, macro, {}, {file.source(), line, {}}});
  } else if ((classes != 0 && classes != list->classes) ||
             (!macro.empty() && macro != list->macro)) {
    file.Fail(line, where + "classes and macro must stay as " + list->place.file + ":" +
                        std::to_string(list->place.line) + " declares them");
  }
  std::set<std::string> keys;
  for (const std::string& word : list->words) keys.insert(Lexicon::Key(word));
  const JsonNode* words = file.OptionalArray(node, "words", where);
  if (!words || words->items.empty()) file.Fail(line, where + "no \"words\"");
  for (const JsonNode& item : words->items) {
    std::string word = file.Word(item, where);
    if (!keys.insert(Lexicon::Key(word)).second)
      file.Fail(item.line, where + "\"" + word + "\" is listed twice");
    list->words.push_back(std::move(word));
  }
}

// Reads one entry of "countries". `names` holds the folded names of the
// countries known so far.
void LoadCountry(const FileReader& file, const JsonNode& node, std::set<std::string>* names,
                 std::vector<CountryWords>* countries) {
  if (!node.IsObject()) file.Fail(node.line, "a country must be an object");
  const JsonNode* name = node.Get("name");
  if (!name) file.Fail(node.line, "country: missing \"name\"");
  CountryWords country;
  country.name = file.Word(*name, "country: ");
  const std::string where = "country " + country.name + ": ";
  file.CheckKeys(node, {"name", "variants", "demonyms", "bodies"}, where);
  if (!names->insert(Lexicon::Key(country.name)).second)
    file.Fail(name->line, where + "defined twice");
  country.variants = file.Words(node, "variants", where);
  country.demonyms = file.Words(node, "demonyms", where);
  country.bodies = file.Words(node, "bodies", where);
  countries->push_back(std::move(country));
}

// Reads one entry of "spellings". `variants` maps the folded variants known
// so far to their spelling.
void LoadSpelling(const FileReader& file, const JsonNode& node,
                  std::map<std::string, std::string>* variants, std::vector<Spelling>* spellings) {
  if (!node.IsObject()) file.Fail(node.line, "a spelling must be an object");
  const JsonNode* name = node.Get("name");
  if (!name) file.Fail(node.line, "spelling: missing \"name\"");
  Spelling spelling;
  spelling.name = file.Word(*name, "spelling: ");
  const std::string where = "spelling " + spelling.name + ": ";
  file.CheckKeys(node, {"name", "variants"}, where);
  spelling.variants = file.Words(node, "variants", where);
  if (spelling.variants.empty()) file.Fail(name->line, where + "no \"variants\"");
  for (size_t i = 0; i < spelling.variants.size(); ++i) {
    auto [known, added] = variants->emplace(Lexicon::Key(spelling.variants[i]), spelling.name);
    if (!added)
      file.Fail(
          node.Get("variants")->items[i].line,
          where + "\"" + spelling.variants[i] + "\" is already spelled \"" + known->second + "\"");
  }
  spellings->push_back(std::move(spelling));
}

}  // namespace

WordLists WordLists::Default() {
  WordLists words;
  for (const EmbeddedFile& file : DefaultWordFiles())
    words.Load(file.content, std::string(file.name));
  return words;
}

const WordList* WordLists::Find(std::string_view name) const {
  for (const WordList& list : lists_)
    if (list.name == name) return &list;
  return nullptr;
}

const WordList& WordLists::Get(std::string_view name) const {
  if (const WordList* list = Find(name)) return *list;
  throw Error("no word list \"" + std::string(name) + "\" (extract/words/ declares it)");
}

void WordLists::Load(std::string_view json, const std::string& source) {
  JsonNode root = ParseLocatedJson(json, source);
  FileReader file(source);
  if (!root.IsObject())
    file.Fail(root.line,
              "a word file is a JSON object with \"lists\", \"spellings\" or \"countries\"");
  file.CheckKeys(root, {"description", "lists", "spellings", "countries"}, "");
  const JsonNode* lists = file.OptionalArray(root, "lists", "");
  const JsonNode* spellings = file.OptionalArray(root, "spellings", "");
  const JsonNode* countries = file.OptionalArray(root, "countries", "");
  if (!lists && !spellings && !countries)
    file.Fail(root.line, "no \"lists\", \"spellings\" or \"countries\"");
  if (lists)
    for (const JsonNode& list : lists->items) LoadList(file, list, &lists_);
  if (spellings) {
    std::map<std::string, std::string> variants;
    for (const Spelling& known : spellings_)
      for (const std::string& variant : known.variants)
        variants.emplace(Lexicon::Key(variant), known.name);
    for (const JsonNode& spelling : spellings->items)
      LoadSpelling(file, spelling, &variants, &spellings_);
  }
  if (countries) {
    std::set<std::string> names;
    for (const CountryWords& known : countries_) names.insert(Lexicon::Key(known.name));
    for (const JsonNode& country : countries->items)
      LoadCountry(file, country, &names, &countries_);
  }
}

std::string MacroPattern(const WordList& list) {
  std::string pattern;
  for (const std::string& word : list.words)
    pattern += (pattern.empty() ? "" : "|") + RE2::QuoteMeta(word);
  return pattern;
}

}  // namespace polgraph
