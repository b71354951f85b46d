#include "extract/rule_set.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/error.h"

using polgraph::Error;
using polgraph::Relation;
using polgraph::RuleSet;

namespace {

// A rules document with one rule of `relation` and `pattern` (JSON-escaped),
// plus `extra` fields (", \"examples\": [...]").
std::string OneRule(const std::string& id, const std::string& relation, const std::string& pattern,
                    const std::string& extra = "") {
  return "{\"rules\": [{\"id\": \"" + id + "\", \"relation\": \"" + relation +
         "\", \"pattern\": \"" + pattern + "\"" + extra + "}]}";
}

// The message Load() throws for `json`, or "" when it loads.
std::string LoadError(const std::string& json) {
  RuleSet set;
  try {
    set.Load(json, "rules.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("RuleSet::Default loads and compiles the built-in rules", "[rules]") {
  RuleSet set = RuleSet::Default();
  REQUIRE(set.size() >= 20);
  int met = 0, appointed = 0, dismissed = 0, announced = 0;
  for (const polgraph::Rule& rule : set.rules()) {
    CAPTURE(rule.id);
    CHECK(rule.re->ok());
    CHECK(rule.expanded.find("{ACTOR}") == std::string::npos);  // macros expanded
    // Small programs keep RE2 on its fast paths (DFA states, BitState
    // submatches); \p{L} under a counted repetition once made them 290,000.
    CHECK(rule.re->ProgramSize() < 40000);
    met += rule.relation == Relation::kMet;
    appointed += rule.relation == Relation::kAppointed;
    dismissed += rule.relation == Relation::kDismissed;
    announced += rule.relation == Relation::kAnnounced;
  }
  CHECK(met > 0);
  CHECK(appointed > 0);
  CHECK(dismissed > 0);
  CHECK(announced > 0);
}

TEST_CASE("RuleSet expands file macros recursively before compiling", "[rules]") {
  RuleSet set;
  set.Load(R"j({"macros": {"GREET": "greeted|welcomed", "GREETED": "{GREET} warmly"},
    "rules": [{"id": "met.greeted", "relation": "met",
               "pattern": "(?P<subject>\\w+) {GREETED} (?P<object>\\w+)",
               "examples": ["Smith greeted warmly Jones"]}]})j",
           "greet.json");
  REQUIRE(set.size() == 1);
  const polgraph::Rule& rule = set.rules()[0];
  CHECK(rule.id == "met.greeted");
  CHECK(rule.source == "greet.json");
  CHECK(rule.expanded == "(?P<subject>\\w+) (?:(?:greeted|welcomed) warmly) (?P<object>\\w+)");
  CHECK(rule.subject == 1);
  CHECK(rule.object == 2);
  CHECK(rule.objects == -1);
  CHECK(RE2::PartialMatch("Smith welcomed warmly Jones", *rule.re));
}

TEST_CASE("RuleSet sees the mention macros and macros of files loaded before", "[rules]") {
  RuleSet set;
  set.Load(R"j({"macros": {"VISIT": "visited|toured"}, "relations": ["visited"]})j", "macros.json");
  set.Load(
      OneRule("visited.country", "visited", "(?P<subject>{PERSON}) {VISIT} (?P<object>{COUNTRY})",
              R"j(, "examples": ["President John Smith toured France"])j"),
      "visits.json");
  REQUIRE(set.size() == 1);
  CHECK(set.rules()[0].relation.name() == "visited");
}

TEST_CASE("RuleSet refuses a rules file nested deeper than any rule needs", "[rules]") {
  // Parsed without recursion: 300,000 brackets are an error, not a stack overflow.
  const std::string json =
      "{\"rules\": " + std::string(300000, '[') + std::string(300000, ']') + "}";
  RuleSet set;
  CHECK_THROWS_WITH(set.Load(json, "deep.json"),
                    Catch::Equals("deep.json: rule #1: a rule must be an object"));
}

TEST_CASE("RuleSet reports each bad rule with the file, the rule id and the problem", "[rules]") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {OneRule("met.with", "met", R"j((\\w+ works)j"),
       R"j(rules.json: rule met.with: missing ): (\w+ works)j"},
      {OneRule("met.x", "met", R"j((?P<subject>{NOPE}) met (?P<object>\\w+))j"),
       "rules.json: rule met.x: unknown macro {NOPE}"},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met \\w+)j"),
       "rules.json: rule met.x: missing group: needs (?P<subject>...) and (?P<object>...) or "
       "(?P<objects>...), or (?P<subjects>...) alone"},
      {OneRule("appointed.x", "appointed", R"j((?P<subject>\\w+) appointed \\w+)j"),
       "rules.json: rule appointed.x: missing group (?P<object>...) or (?P<objects>...)"},
      {OneRule("announced.x", "announced", R"j(\\w+ said)j"),
       "rules.json: rule announced.x: missing group (?P<subject>...) or (?P<subjects>...)"},
      {OneRule("met.x", "meets", R"j((?P<subject>\\w+) met (?P<object>\\w+))j"),
       "rules.json: rule met.x: unknown relation \"meets\" (met, appointed, dismissed, announced, "
       "or declare it in \"relations\")"},
      {OneRule("met.x", "Met!", R"j((?P<subject>\\w+) met (?P<object>\\w+))j"),
       "rules.json: rule met.x: unknown relation \"Met!\" (met, appointed, dismissed, announced, "
       "or declare it in \"relations\")"},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<objekt>\\w+))j"),
       "rules.json: rule met.x: unknown group (?P<objekt>): use subject, subjects, object, "
       "objects, role, content"},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "object_types": ["person"])j"),
       "rules.json: rule met.x: unknown field \"object_types\" (entity types are declared with "
       "the relation)"},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "examples": ["Smith visited Jones"])j"),
       "rules.json: rule met.x: example does not match: \"Smith visited Jones\" (as the rules "
       "read it: \"ZQ visited ZQ\")"},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "trigger": "\\bvisited\\b", "examples": ["Smith met Jones"])j"),
       "rules.json: rule met.x: example does not match the trigger: \"Smith met Jones\""},
      // The extractor looks for a second match only where the trigger still
      // matches: a trigger must match from where the pattern's match starts.
      {OneRule(
           "met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
           R"j(, "trigger": "\\bvisited\\b", "examples": ["After he visited Oslo, Smith met Jones"])j"),
       "rules.json: rule met.x: the trigger matches the example only before the pattern's match: "
       "\"After he visited Oslo, Smith met Jones\""},
      {OneRule(
           "met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
           R"j(, "trigger": "\\bmet\\b", "examples": ["After he visited Oslo, Smith met Jones"])j"),
       ""},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "flags": ["loud"])j"),
       "rules.json: rule met.x: unknown flag \"loud\""},
      // A group that met needs its subject; objects are not needed.
      {OneRule("met.x", "met", R"j(The two leaders met)j", R"j(, "flags": ["group"])j"),
       "rules.json: rule met.x: missing group (?P<subject>...): the group that met"},
      {OneRule("met.x", "met", R"j((?P<subject>The two leaders) met)j",
               R"j(, "flags": ["group"])j"),
       ""},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "patern": "x")j"),
       "rules.json: rule met.x: unknown field \"patern\""},
      {OneRule("met.x", "met", R"j((?P<subject>\\w+) met (?P<object>\\w+))j",
               R"j(, "unless": "(oops")j"),
       "rules.json: rule met.x: unless: missing ): (oops"},
      {R"j({"rules": [{"relation": "met", "pattern": "x"}]})j",
       "rules.json: rule #1: missing \"id\""},
      {R"j({"rules": [{"id": "met.x", "relation": "met"}]})j",
       "rules.json: rule met.x: missing \"pattern\""},
      {R"j({"rules": [{"id": "met.a", "relation": "met", "pattern": "(?P<subject>a) (?P<object>b)"},
                     {"id": "met.a", "relation": "met", "pattern": "(?P<subject>c) (?P<object>d)"}]})j",
       "rules.json: rule met.a: duplicate rule id"},
      {R"j({"macros": {"A": "x{B}", "B": "y{A}"}, "rules": [{"id": "met.loop",
           "relation": "met", "pattern": "(?P<subject>{A}) (?P<object>b)"}]})j",
       "rules.json: rule met.loop: macro {A} refers to itself (through {B})"},
      {R"j({"rules": [{"id": "met.x", "relation": "met", "pattern": "(?P<subject>a) (?P<object>b)",
           "relation": "appointed"}]})j",
       "rules.json:2: key \"relation\" appears twice in one object"},
      {R"j({"macros": {"PERSON": "x"}})j", "rules.json: macro PERSON is already defined"},
      {R"j({"macros": {"bad-name": "x"}})j",
       "rules.json: bad macro name \"bad-name\" (use A-Z, 0-9 and _)"},
      {"{\"rules\": [\n{\"id\": \"met.x\",}",
       "rules.json:2: not valid JSON: Missing a name for object member."},
      {R"j({"rule": []})j", "rules.json: unknown field \"rule\""},
      {R"j([1, 2])j", "rules.json: a rules file is a JSON object with \"rules\""},
  }));
  CAPTURE(json);
  CHECK(LoadError(json) == message);
}

TEST_CASE("RuleSet::Candidates gives only the rules whose trigger matches", "[rules]") {
  RuleSet set;
  set.Load(R"j({"rules": [
      {"id": "met.met", "relation": "met", "pattern": "(?P<subject>\\w+) met (?P<object>\\w+)",
       "trigger": "\\bmet\\b"},
      {"id": "met.hosted", "relation": "met",
       "pattern": "(?P<subject>\\w+) hosted (?P<object>\\w+)"}]})j",
           "r.json");
  using V = std::vector<int>;
  CHECK(set.Candidates("Smith met Jones") == V{0});
  CHECK(set.Candidates("Smith hosted Jones") == V{1});
  CHECK(set.Candidates("Smith hosted Jones and met Brown") == V{0, 1});
  CHECK(set.Candidates("Smith metered the water") == V{});
  CHECK(RuleSet().Candidates("anything").empty());
}

TEST_CASE("RuleSet::IsNotEntity matches news agencies and press services", "[rules]") {
  RuleSet set = RuleSet::Default();
  CHECK(set.IsNotEntity("Qazinform News Agency"));
  CHECK(set.IsNotEntity("the Akorda press service"));
  CHECK(set.IsNotEntity("primeminister.kz"));
  CHECK_FALSE(set.IsNotEntity("Financial Monitoring Agency"));
  CHECK_FALSE(set.IsNotEntity("Kassym-Jomart Tokayev"));
}

TEST_CASE("RuleSet::Expand leaves escapes and repetitions alone", "[rules]") {
  RuleSet set;
  CHECK(set.Expand(R"j(a\{B}c)j") == R"j(a\{B}c)j");  // an escaped brace is no macro
  CHECK(set.Expand(R"j(\p{Lu}x{2,3})j") == R"j(\p{Lu}x{2,3})j");
  CHECK_THROWS_WITH(set.Expand("{MISSING}"), "unknown macro {MISSING}");
}

// Issue 15, item 8: the nesting limit of macros is stated, and reached.
TEST_CASE("RuleSet allows macros nested 8 deep and names the limit past it", "[rules]") {
  // {M1} -> {M2} -> ... -> {Mn} -> "b": n macros open at once.
  auto chain = [](int n) {
    std::string macros;
    for (int i = 1; i <= n; ++i) {
      if (i > 1) macros += ", ";
      macros += "\"M" + std::to_string(i) + "\": \"" +
                (i < n ? "{M" + std::to_string(i + 1) + "}" : std::string("b")) + "\"";
    }
    return R"j({"macros": {)j" + macros +
           R"j(}, "rules": [{"id": "met.deep", "relation": "met", )j"
           R"j("pattern": "(?P<subject>a) (?P<object>{M1})"}]})j";
  };
  CHECK(LoadError(chain(8)) == "");
  CHECK(LoadError(chain(9)) ==
        "rules.json: rule met.deep: macro {M9} nests more than 8 macros deep (the limit)");
}

TEST_CASE("RuleSet numbers groups alike whether a macro holds groups or not", "[rules]") {
  // GREET holds no group (left out when the groups are read at load); PAIR
  // holds an unnamed one, which shifts the numbers of the groups after it.
  RuleSet set;
  set.Load(R"j({"macros": {"GREET": "greeted|welcomed", "PAIR": "(\\w+) and"},
    "rules": [{"id": "met.pair", "relation": "met",
               "pattern": "{PAIR} (?P<subject>\\w+) {GREET} (?P<object>\\w+)",
               "examples": ["Tom and Smith greeted Jones"]}]})j",
           "pair.json");
  const polgraph::Rule& rule = set.rules()[0];
  CHECK(rule.subject == 2);
  CHECK(rule.object == 3);
  CHECK(rule.re->NamedCapturingGroups().at("subject") == 2);
}
