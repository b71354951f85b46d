#include "extract/rule_set.h"

#include <catch2/catch.hpp>
#include <string>

#include "extract/error.h"

using polgraph::Error;
using polgraph::Relation;
using polgraph::RuleSet;

namespace {

// A rules document with one rule of `relation` and `pattern`, plus extra fields.
std::string OneRule(const std::string& id, const std::string& relation, const std::string& pattern,
                    const std::string& extra = "") {
  return R"({"rules": [{"id": ")" + id + R"(", "relation": ")" + relation + R"(", "pattern": ")" +
         pattern + "\"" + extra + "}]}";
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
    CHECK(rule.expanded.find('{') == std::string::npos);  // every macro expanded
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
  set.Load(R"({"macros": {"GREET": "greeted|welcomed", "GREETED": "{GREET} warmly"},
               "rules": [{"id": "met.greeted", "relation": "met",
                          "pattern": "(?P<subject>\\w+) {GREETED} (?P<object>\\w+)",
                          "examples": ["Smith greeted warmly Jones"]
}]
})",
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
  set.Load(R"({"macros": {"VISIT": "visited|toured"}})", "macros.json");
  set.Load(OneRule("visit.person", "visited", "(?P<subject>{PERSON}) {VISIT} (?P<object>{COUNTRY})",
                   R"(, "examples": ["President John Smith visited France"])"),
           "visits.json");
  // "visited" is not a built-in relation: the second file must declare it.
  CHECK_THROWS_WITH(
      set.Load(OneRule("visit.x", "visited", "(?P<subject>\\w+) saw (?P<object>\\w+)"), "v.json"),
      Catch::Contains("unknown relation \"visited\""));
}

TEST_CASE("RuleSet accepts relations a file declares", "[rules]") {
  RuleSet set;
  set.Load(R"({"relations": ["visited"], "rules": [{"id": "visited.plain", "relation": "visited",
               "pattern": "(?P<subject>\\w+) visited (?P<object>\\w+)"
}]
})",
           "v.json");
REQUIRE(set.size() == 1);
CHECK(set.rules()[0].relation.name() == "visited");
}

TEST_CASE("RuleSet reports each bad rule with the file, the rule id and the problem", "[rules]") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {OneRule("met.with", "met", "(\\\\w+ works"), "rules.json: rule met.with: missing ): (\\w+ works"},
      {OneRule("met.x", "met", "(?P<subject>{NOPE}) met (?P<object>\\\\w+)"),
       "rules.json: rule met.x: unknown macro {NOPE}"},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met \\\\w+"),
       "rules.json: rule met.x: missing group: needs (?P<subject>...) and (?P<object>...) or "
       "(?P<objects>...)"},
      {OneRule("appointed.x", "appointed", "(?P<subject>\\\\w+) appointed \\\\w+"),
       "rules.json: rule appointed.x: missing group (?P<object>...) or (?P<objects>...)"},
      {OneRule("announced.x", "announced", "\\\\w+ said"),
       "rules.json: rule announced.x: missing group (?P<subject>...)"},
      {OneRule("met.x", "meets", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)"),
       "rules.json: rule met.x: unknown relation \"meets\" (met, appointed, dismissed, announced, "
       "or declare it in \"relations\")"},
      {OneRule("met.x", "Met!", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)"),
       "rules.json: rule met.x: unknown relation \"Met!\" (met, appointed, dismissed, announced, "
       "or declare it in \"relations\")"},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met (?P<objekt>\\\\w+)"),
       "rules.json: rule met.x: unknown group (?P<objekt>): use subject, object, objects, role, "
       "content"},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)",
               R"(, "examples": ["Smith visited Jones"])"),
       "rules.json: rule met.x: example does not match: \"Smith visited Jones\""},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)",
               R"(, "flags": ["loud"])"),
       "rules.json: rule met.x: unknown flag \"loud\""},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)",
               R"(, "patern": "x")"),
       "rules.json: rule met.x: unknown field \"patern\""},
      {OneRule("met.x", "met", "(?P<subject>\\\\w+) met (?P<object>\\\\w+)",
               R"(, "unless": "(oops")"),
       "rules.json: rule met.x: unless: missing ): (oops"},
      {R"({"rules": [{"relation": "met", "pattern": "x"}]})", "rules.json: rule #1: missing \"id\""},
      {R"({"rules": [{"id": "met.x", "relation": "met"}]})",
       "rules.json: rule met.x: missing \"pattern\""},
      {R"({"rules": [{"id": "met.a", "relation": "met", "pattern": "(?P<subject>a) (?P<object>b)"},
                     {"id": "met.a", "relation": "met", "pattern": "(?P<subject>c) (?P<object>d)"}]})",
       "rules.json: rule met.a: duplicate rule id"},
      {R"({"macros": {"A": "x{B}", "B": "y{A}"},
           "rules": [{"id": "met.loop", "relation": "met", "pattern": "(?P<subject>{A}) (?P<object>b)"}]
})",
       "rules.json: rule met.loop: macro {A} nests too deep (does it refer to itself?)"
}
, {R"({"macros": {"PERSON": "x"}})", "rules.json: macro PERSON is already defined"},
    {R"({"macros": {"bad-name": "x"}})",
     "rules.json: bad macro name \"bad-name\" (use A-Z, 0-9 and _)"},
    {R"({"rules": [)"
     "\n"
     R"({"id": "met.x",})",
     "rules.json:2: not valid JSON: Missing a name for object member."},
    {R"({"rule": []})", "rules.json: unknown field \"rule\""},
    {R"([1, 2])", "rules.json: a rules file is a JSON object with \"rules\""},
}));
CAPTURE(json);
CHECK(LoadError(json) == message);
}

TEST_CASE("RuleSet::Candidates gives only the rules whose trigger matches", "[rules]") {
  RuleSet set;
  set.Load(R"({"rules": [
      {"id": "met.met", "relation": "met", "pattern": "(?P<subject>\\w+) met (?P<object>\\w+)",
       "trigger": "\\bmet\\b"
},
      {"id": "met.hosted", "relation": "met", "pattern": "(?P<subject>\\w+) hosted (?P<object>\\w+)"}]
})",
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

TEST_CASE("RuleSet::Expand reports unknown macros", "[rules]") {
  RuleSet set;
  CHECK(set.Expand("a\\{B}c") == "a\\{B}c");  // an escaped brace is no macro
  CHECK(set.Expand("x{2,3}") == "x{2,3}");    // nor is a repetition
  CHECK_THROWS_WITH(set.Expand("{MISSING}"), "unknown macro {MISSING}");
}
