#include "extract/word_lists.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/error.h"
#include "extract/aliases.h"
#include "extract/entity_resolver.h"
#include "extract/extractor.h"
#include "extract/lexicon.h"
#include "extract/mention.h"
#include "extract/phrase_text.h"
#include "extract/rule_set.h"

namespace polgraph {
namespace {

bool Lists(const WordList& list, std::string_view word) {
  return std::find(list.words.begin(), list.words.end(), word) != list.words.end();
}

// The default lists plus one word file adding "registrar" to the office nouns.
WordLists WithRegistrar() {
  WordLists words = WordLists::Default();
  words.Load(R"j({"lists": [{"name": "office_nouns", "words": ["registrar"]}]})j", "court.json");
  return words;
}

// "name | title" of each mention of `sentence`.
std::vector<std::string> Mentions(const MentionFinder& finder, std::string_view sentence) {
  std::vector<std::string> out;
  for (const Mention& m : finder.Find(sentence)) out.push_back(m.name + " | " + m.title);
  return out;
}

// "subject | relation | object | role" of each triple the extractor finds in `sentence`.
std::vector<std::string> Triples(const Extractor& extractor, const std::string& sentence) {
  Item item;
  item.source = "test.txt";
  item.id = "test-1";
  item.date = *Date::ParseIso("2025-05-01");
  item.paragraphs = {sentence};
  std::vector<std::string> out;
  for (const Triple& t : extractor.Extract(item))
    out.push_back(t.subject.name + " | " + t.relation.name() + " | " + t.object.name + " | " +
                  t.role);
  return out;
}

// The message WordLists::Load throws for `json` (as file "words.json"), or "".
std::string LoadError(const std::string& json) {
  WordLists words = WordLists::Default();
  try {
    words.Load(json, "words.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("The default word lists hold titles, organization words, sources and countries",
          "[words]") {
  WordLists words = WordLists::Default();
  const WordList* office = words.Find("office_nouns");
  REQUIRE(office);
  CHECK(office->macro == "OFFICE_NOUN");
  CHECK(Lists(*office, "minister"));
  CHECK(Lists(*office, "akim"));
  REQUIRE(words.Find("news_sources"));
  CHECK(Lists(*words.Find("news_sources"), "reuters"));
  REQUIRE(words.Find("org_heads"));
  CHECK(Lists(*words.Find("org_heads"), "ministry"));
  auto kazakhstan = std::find_if(words.countries().begin(), words.countries().end(),
                                 [](const CountryWords& c) { return c.name == "Kazakhstan"; });
  REQUIRE(kazakhstan != words.countries().end());
  CHECK(kazakhstan->demonyms == std::vector<std::string>{"Kazakh", "Kazakhstani"});
  CHECK(std::find(kazakhstan->bodies.begin(), kazakhstan->bodies.end(), "majilis") !=
        kazakhstan->bodies.end());
}

TEST_CASE("A list's macro is its words as RE2 literals, in list order", "[words]") {
  WordList list{"sites", kSource, "SITE", {"gazeta.uz", "opec+", "Kazakhstan Today"}, {}};
  CHECK(MacroPattern(list) == R"(gazeta\.uz|opec\+|Kazakhstan\ Today)");
}

TEST_CASE("An office noun added by a word file reaches the mention finder and the rules",
          "[words]") {
  const std::string met = "Registrar Jane Holt met Prime Minister Olzhas Bektenov.";
  const std::string appointed =
      "President Kassym-Jomart Tokayev appointed Jane Holt as registrar of the Supreme Court.";

  // Without the word: "Registrar" reads as part of a name, and the rules'
  // {OFFICE_NOUN} does not start a role with it.
  MentionFinder plain;
  CHECK(Mentions(plain, met)[0] == "Registrar Jane Holt | ");
  RuleSet default_rules = RuleSet::Default();
  CHECK(default_rules.Expand("{OFFICE_NOUN}").find("registrar") == std::string::npos);
  Extractor before(RuleSet::Default(), Aliases::Default());
  CHECK(Triples(before, appointed).empty());

  // With it: the finder strips the title, and the default rule appointed.as,
  // whose {ROLE} starts at an office noun, reads the lowercase role.
  WordLists words = WithRegistrar();
  CHECK(Lists(*words.Find("office_nouns"), "registrar"));
  MentionFinder finder(words);
  CHECK(Mentions(finder, met)[0] == "Jane Holt | Registrar");
  RuleSet rules = RuleSet::Default(WithRegistrar());
  CHECK(rules.Expand("{OFFICE_NOUN}").find("|registrar)") != std::string::npos);
  Extractor after(std::move(rules), Aliases::Default());
  CHECK(Triples(after, met) == std::vector<std::string>{"Jane Holt | met | Olzhas Bektenov | "});
  CHECK(Triples(after, appointed) ==
        std::vector<std::string>{
            "Kassym-Jomart Tokayev | appointed | Jane Holt | registrar of the Supreme Court"});
}

TEST_CASE("A user's rules check their examples with the user's words", "[words]") {
  const std::string rule = R"j({"rules": [{"id": "appointed.named", "relation": "appointed",
      "pattern": "(?P<subject>{PERSON}) named (?P<object>{PERSON}) (?P<role>{OFFICE_NOUN})\\b",
      "examples": ["Tokayev named Jane Holt registrar."]}]})j";
  RuleSet plain = RuleSet::Default();
  CHECK_THROWS_WITH(plain.Load(rule, "named.json"),
                    Catch::Contains("named.json: rule appointed.named: example does not match"));
  RuleSet rules = RuleSet::Default(WithRegistrar());
  CHECK_NOTHROW(rules.Load(rule, "named.json"));
}

TEST_CASE("Word file errors name the file and the line", "[words]") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {"{\"lists\": [\n"
       "  {\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "   \"words\": [\"sir\",\n"
       "             \"Sir\"]}]}",
       "words.json:4: list court_titles: \"Sir\" is listed twice"},
      {"{\"lists\": [\n"
       "  {\"name\": \"court_titles\",\n"
       "   \"classes\": [\"titel\"], \"words\": [\"sir\"]}]}",
       "words.json:3: list court_titles: unknown word class \"titel\" (article, determiner, "
       "particle, title, org_head, descriptor, place, source, stop, pronoun, org_name, "
       "place_noun, generic, not_entity, patronymic, takes_to, honorific, post_nominal, thing)"},
      {"{\"lists\": [{\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "  \"words\": [\"sir \"]}]}",
       "words.json:2: list court_titles: \"sir \" has stray spaces (separate words with one "
       "space)"},
      {"{\"lists\": [{\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "  \"words\": [\"\"]}]}",
       "words.json:2: list court_titles: empty word"},
      {"{\"lists\": [{\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "  \"words\": [\"sir\", 7]}]}",
       "words.json:2: list court_titles: a word must be a string, not a number"},
      {"{\"lists\": [{\"name\": \"court_titles\",\n"
       "  \"words\": [\"sir\"]}]}",
       "words.json:1: list court_titles: a new list needs \"classes\" (only the lists read by "
       "name, rank_modifiers, clause_words, female_words, male_words, leader_titles, "
       "people_nouns, listener_nouns, organization_nouns, denial_words, speaking_seats, have "
       "none)"},
      {"{\"spellings\": [\n"
       "  {\"name\": \"chairman\", \"variants\": [\"presiding officer\",\n"
       "                                       \"Chair\"]}]}",
       "words.json:3: spelling chairman: \"Chair\" is already spelled \"chairman\""},
      {"{\"spellings\": [\n  {\"name\": \"governor\"}]}",
       "words.json:2: spelling governor: no \"variants\""},
      {"{\"lists\": [{\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "  \"macro\": \"MONTH\", \"words\": [\"sir\"]}]}",
       "words.json:2: list court_titles: macro MONTH is already built from list months"},
      {"{\"lists\": [{\"name\": \"Honorifics\", \"classes\": [\"title\"], \"words\": [\"sir\"]}]}",
       "words.json:1: list Honorifics: bad list name (use a-z, 0-9 and _)"},
      {"{\"lists\": [{\"name\": \"court_titles\", \"classes\": [\"title\"],\n"
       "  \"wrods\": [\"sir\"]}]}",
       "words.json:2: list court_titles: unknown field \"wrods\""},
      {"{\"countries\": [\n"
       "  {\"name\": \"Narnia\"},\n"
       "  {\"name\": \"Kazakhstan\", \"demonyms\": [\"Kazakh\"]}]}",
       "words.json:3: country Kazakhstan: defined twice"},
      {"{\"countries\": [\n  {\"name\": \"Narnia\", \"capital\": \"Cair Paravel\"}]}",
       "words.json:2: country Narnia: unknown field \"capital\""},
      {"{\"lists\": [\n  {\"name\": \"court_titles\",]}", "words.json:2: invalid JSON: "},
      {"{\"description\": \"nothing\"}",
       "words.json:1: no \"lists\", \"spellings\" or \"countries\""},
  }));
  CAPTURE(json);
  CHECK_THAT(LoadError(json), Catch::StartsWith(message));
}

TEST_CASE("More words for a known list keep its classes and macro", "[words]") {
  WordLists words = WordLists::Default();
  const Place declared = words.Find("office_nouns")->place;
  CHECK(declared.file == "titles.json");
  CHECK_THROWS_WITH(
      words.Load("{\"lists\": [\n  {\"name\": \"office_nouns\", \"classes\": [\"stop\"], "
                 "\"words\": [\"registrar\"]}]}",
                 "court.json"),
      "court.json:2: list office_nouns: classes and macro must stay as titles.json:" +
          std::to_string(declared.line) + " declares them");
}

TEST_CASE("A list macro may not replace a mention macro", "[words]") {
  WordLists words = WordLists::Default();
  words.Load(
      "{\"lists\": [\n  {\"name\": \"people\", \"classes\": [\"title\"], \"macro\": "
      "\"PERSON\", \"words\": [\"sir\"]}]}",
      "people.json");
  CHECK_THROWS_WITH(RuleSet(words), "people.json:2: list people: macro PERSON is already defined");
}

// The tables that steps of extraction read by name or by a word class of
// their own, each edited through a word file.

TEST_CASE("A title added to titles_taking_to takes its \"to\" phrase along", "[words]") {
  const std::string sentence = "Special Commissioner to Ukraine Anna Ivanova met Pavel Orlov.";
  MentionFinder plain;
  CHECK(Mentions(plain, sentence)[0] == " | Special Commissioner");  // a bare title
  WordLists words = WordLists::Default();
  words.Load(R"j({"lists": [{"name": "titles_taking_to", "words": ["commissioner"]}]})j",
             "to.json");
  MentionFinder finder(words);
  CHECK(Mentions(finder, sentence)[0] == "Anna Ivanova | Special Commissioner to Ukraine");
}

TEST_CASE("A word added to rank_modifiers keeps two offices apart", "[words]") {
  const std::vector<std::string> item = {"Chief Adviser Anna Ivanova met reporters in Astana.",
                                         "The adviser said the talks went well."};
  const Aliases aliases = Aliases::Default();
  auto resolve = [&](const MentionFinder& finder) {
    EntityResolver resolver(aliases, finder, *Date::ParseIso("2025-05-01"));
    for (const std::string& sentence : item) resolver.ObserveSentence(sentence);
    resolver.EndSentence(std::nullopt);
    return resolver.Resolve("The adviser").entity.name;
  };
  MentionFinder plain;
  CHECK_FALSE(plain.IsRankModifier("chief"));
  CHECK(resolve(plain) == "Anna Ivanova");

  WordLists words = WordLists::Default();
  words.Load(R"j({"lists": [{"name": "rank_modifiers", "words": ["chief"]}]})j", "ranks.json");
  MentionFinder finder(words);
  CHECK(finder.IsRankModifier("chief"));
  CHECK(resolve(finder).empty());  // a chief adviser is not the adviser
}

TEST_CASE("A spelling makes a variant the same title word", "[words]") {
  MentionFinder plain;
  CHECK(plain.TitleWords("the Commission's chairwoman") ==
        std::vector<std::string>{"commission", "chairman"});
  CHECK(plain.TitleWords("the akim of the region") == std::vector<std::string>{"akim", "region"});

  WordLists words = WordLists::Default();
  words.Load(R"j({"spellings": [{"name": "governor", "variants": ["akim", "hakim"]}]})j",
             "akims.json");
  MentionFinder finder(words);
  CHECK(finder.TitleWords("the akim of the region") ==
        std::vector<std::string>{"governor", "region"});
  CHECK(finder.TitleWords("Governor") == std::vector<std::string>{"governor"});
}

TEST_CASE("A word added to clause_words starts the subject after it", "[words]") {
  const std::string text = "Ivanova thanked the hosts, whereupon the minister";
  auto tail = [&](const WordList& clause_words) {
    TextSpan span = TailPhrase(text, {0, text.size()}, clause_words);
    return text.substr(span.begin, span.end - span.begin);
  };
  WordLists words = WordLists::Default();
  CHECK(tail(words.Get("clause_words")) == text);
  words.Load(R"j({"lists": [{"name": "clause_words", "words": ["whereupon"]}]})j", "clauses.json");
  CHECK(tail(words.Get("clause_words")) == "the minister");
}

TEST_CASE("The lists read by name are in the default word files", "[words]") {
  WordLists words = WordLists::Default();
  for (std::string_view name : kNamedLists) {
    CAPTURE(name);
    REQUIRE(words.Find(name));
    CHECK(words.Get(name).classes == 0);
  }
  WordLists none;
  CHECK_THROWS_WITH(none.Get("clause_words"), Catch::Contains("no word list \"clause_words\""));
}

}  // namespace polgraph
