// The relations table: the built-in declarations, declarations read from a
// user's rules file with their errors, and every layer (rules, extractor,
// deduplication, queries, DOT) doing what a new relation declares, with no
// code of its own.
#include "extract/relation_traits.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/error.h"
#include "export/dot_writer.h"
#include "extract/extractor.h"
#include "graph/queries.h"

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

// A rules file declaring three relations of its own, each with a rule:
// a visit (person -> country, drawn orange and dotted), a warning (a speech:
// the object is what was warned about) and a symmetric phone call.
constexpr const char* kTravelRules = R"j({
  "relations": [
    {"name": "visited", "subject_types": ["person"], "object_types": ["country"],
     "color": "#ff7f0e", "style": "dotted", "cameo": "042"},
    {"name": "warned", "speech": true, "color": "#8c564b"},
    {"name": "phoned", "symmetric": true}
  ],
  "rules": [
    {"id": "visited.entity", "relation": "visited",
     "pattern": "(?P<subject>{PERSON}) visited (?P<object>{ENTITY})"},
    {"id": "warned.that", "relation": "warned",
     "pattern": "(?P<subject>{PERSON}) warned that"},
    {"id": "phoned.with", "relation": "phoned",
     "pattern": "(?P<subject>{PERSON}) spoke by phone to (?P<object>{PERSON})"}
  ]
})j";

Relation Named(const char* name) { return *Relation::Parse(name); }

// The message Load() throws for `json`, or "" when it loads.
std::string LoadError(const std::string& json) {
  RelationTraits traits = RelationTraits::Builtin();
  try {
    traits.Load(json, "travel.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

Item MakeItem(const Lines& paragraphs) {
  Item item;
  item.source = "test.txt";
  item.position = 1;
  item.id = "test-1";
  item.date = *Date::ParseIso("2025-05-01");
  item.paragraphs = paragraphs;
  return item;
}

// "subject | relation | object" per triple.
Lines Read(const std::vector<Triple>& triples) {
  Lines out;
  for (const Triple& t : triples)
    out.push_back(t.subject.name + " | " + t.relation.name() + " | " + t.object.name);
  return out;
}

const Extractor& Travel() {
  static const Extractor extractor = [] {
    RuleSet rules;
    rules.Load(kTravelRules, "travel.json");
    return Extractor(std::move(rules), Aliases::Default());
  }();
  return extractor;
}

}  // namespace

TEST_CASE("RelationTraits: the built-in relations as extract/rules/relations.json declares them",
          "[relations]") {
  const RelationTraits& builtin = RelationTraits::Builtin();
  CHECK(builtin.Names() == "met, appointed, dismissed, announced");
  const DeclaredRelation& met = builtin.Of(Relation::kMet);
  CHECK(met.symmetric);
  CHECK_FALSE(met.speech);
  CHECK_FALSE(met.carries_office());
  CHECK(met.cameo == "040");
  CHECK(met.color == "#1f77b4");
  CHECK(met.place.file == "relations.json");
  CHECK(builtin.OfficeChangeOf(Relation::kAppointed) == OfficeChange::kBegins);
  CHECK(builtin.OfficeChangeOf(Relation::kDismissed) == OfficeChange::kEnds);
  CHECK(builtin.Of(Relation::kAppointed).cameo.empty());
  CHECK(builtin.IsSpeech(Relation::kAnnounced));
  CHECK(builtin.Of(Relation::kAnnounced).cameo == "010");
  CHECK(builtin.Of(Relation::kAnnounced).style == "dashed");
  // A speech may name nothing; an unnamed appointer is always allowed.
  CHECK(
      builtin.Allows(Relation::kAnnounced, {"Ministry of Energy", EntityType::kOrganization}, {}));
  CHECK_FALSE(builtin.Allows(Relation::kAnnounced, {"Turkey", EntityType::kCountry}, {}));
  CHECK(builtin.Allows(Relation::kAppointed, EntityRef::Unnamed(), {"A B", EntityType::kPerson}));
}

TEST_CASE("RelationTraits: a rules file declares a relation and its traits", "[relations]") {
  RelationTraits traits = RelationTraits::Builtin();
  traits.Load(kTravelRules, "travel.json");
  CHECK(traits.Names() == "met, appointed, dismissed, announced, visited, warned, phoned");
  const DeclaredRelation& visited = traits.Of(Named("visited"));
  CHECK(visited.color == "#ff7f0e");
  CHECK(visited.style == "dotted");
  CHECK(visited.cameo == "042");
  CHECK(visited.place.line == 3);
  CHECK(traits.Allows(visited.relation, {"Ann Lee", EntityType::kPerson},
                      {"France", EntityType::kCountry}));
  CHECK_FALSE(traits.Allows(visited.relation, {"Ann Lee", EntityType::kPerson},
                            {"Bob Ray", EntityType::kPerson}));
  CHECK(traits.IsSpeech(Named("warned")));
  CHECK(traits.IsSymmetric(Named("phoned")));

  // Undeclared: no behaviour of its own, drawn grey; a bare name declares it.
  CHECK_FALSE(traits.IsDeclared(Named("signed")));
  CHECK(traits.Of(Named("signed")).color == "#7f7f7f");
  traits.Load(R"j({"relations": ["signed", "met"]})j", "signed.json");
  CHECK(traits.IsDeclared(Named("signed")));
  CHECK_FALSE(traits.IsSymmetric(Named("signed")));
  CHECK(traits.IsSymmetric(Relation::kMet));  // naming a relation again changes nothing
}

TEST_CASE("RelationTraits: a bad declaration names the file, the line and the relation",
          "[relations]") {
  auto [json, message] = GENERATE(table<std::string, std::string>({
      {"{\"relations\": {\"visited\": {}}}",
       "travel.json:1: \"relations\" must be a list of names and declarations"},
      {"{\"relations\": [\n  \"Visited!\"]}",
       "travel.json:2: bad relation name \"Visited!\" (use a-z, 0-9 and _)"},
      {"{\"relations\": [\n  {\"symmetric\": true}]}",
       "travel.json:2: a relation is a name or an object with a \"name\""},
      {"{\"relations\": [{\"name\": \"visited\",\n  \"colour\": \"#ff7f0e\"}]}",
       "travel.json:2: relation visited: unknown field \"colour\""},
      {"{\"relations\": [{\"name\": \"visited\",\n\n  \"color\": \"orange\"}]}",
       "travel.json:3: relation visited: \"color\" must be \"#rrggbb\", not \"orange\""},
      {"{\"relations\": [{\"name\": \"visited\", \"style\": \"wavy\"}]}",
       "travel.json:1: relation visited: unknown style \"wavy\" (solid, dashed, dotted, bold)"},
      {"{\"relations\": [{\"name\": \"visited\",\n \"object_types\": [\n \"city\"]}]}",
       "travel.json:3: relation visited: object_types: unknown type \"city\" (person, "
       "organization, country, unknown)"},
      {"{\"relations\": [{\"name\": \"visited\", \"cameo\": \"visit\"}]}",
       "travel.json:1: relation visited: \"cameo\" must be a code of 2 to 4 digits or \"\", not "
       "\"visit\""},
      {"{\"relations\": [{\"name\": \"elected\", \"office\": \"starts\"}]}",
       "travel.json:1: relation elected: \"office\" must be \"begins\" or \"ends\", not "
       "\"starts\""},
      {"{\"relations\": [{\"name\": \"visited\", \"symmetric\": \"yes\"}]}",
       "travel.json:1: relation visited: \"symmetric\" must be true or false"},
      {"{\"relations\": [\n{\"name\": \"talked\", \"symmetric\": true, \"speech\": true}]}",
       "travel.json:2: relation talked: symmetric, office and speech exclude each other"},
      {"{\"relations\": [\n\n{\"name\": \"met\", \"color\": \"#000000\"}]}",
       "travel.json:3: relation met is already declared (relations.json:4)"},
  }));
  CAPTURE(json);
  CHECK(LoadError(json) == message);
}

TEST_CASE("RuleSet: a declared relation's rules need the groups its traits ask for",
          "[relations][rules]") {
  RuleSet rules;
  rules.Load(kTravelRules, "travel.json");
  CHECK(rules.relations().IsSpeech(Named("warned")));
  // A speech needs only a subject; any other relation, an object too.
  RuleSet plain;
  plain.Load(R"j({"relations": ["warned"]})j", "plain.json");
  CHECK_THROWS_WITH(plain.Load(R"j({"rules": [{"id": "warned.that", "relation": "warned",
                                  "pattern": "(?P<subject>{PERSON}) warned that"}]})j",
                               "warn.json"),
                    Catch::Contains("warn.json: rule warned.that: missing group"));
}

TEST_CASE("Extractor: a relation from a rules file behaves as declared", "[relations][extractor]") {
  auto [sentences, expected] = GENERATE(table<Lines, Lines>({
      // object_types: a country, not a person
      {{"President Ann Lee visited France on Monday."}, {"Ann Lee | visited | France"}},
      {{"President Ann Lee visited Minister Bob Ray on Monday."}, {}},
      // speech: the object is the first entity of what was said
      {{"President Ann Lee warned that France would answer."}, {"Ann Lee | warned | France"}},
      // symmetric: the call both ways is one fact
      {{"President Ann Lee spoke by phone to Chancellor Otto Brandt.",
        "Chancellor Otto Brandt spoke by phone to President Ann Lee."},
       {"Ann Lee | phoned | Otto Brandt"}},
  }));
  CAPTURE(sentences);
  CHECK(Read(Travel().Extract(MakeItem(sentences))) == expected);
}

TEST_CASE("Graph: queries and DOT ask the graph's relations", "[relations][queries][dot]") {
  RelationTraits traits = RelationTraits::Builtin();
  traits.Load(kTravelRules, "travel.json");
  KnowledgeGraph graph;
  graph.SetRelations(traits);
  EntityId lee = graph.AddEntity({"Ann Lee", EntityType::kPerson, {}, 3});
  EntityId brandt = graph.AddEntity({"Otto Brandt", EntityType::kPerson, {}, 2});
  EntityId france = graph.AddEntity({"France", EntityType::kCountry, {}, 1});
  graph.AddEdge({lee, brandt, Named("phoned"), 2, {}, {}, {}});
  graph.AddEdge({brandt, lee, Named("phoned"), 1, {}, {}, {}});
  graph.AddEdge({lee, france, Named("visited"), 1, {}, {}, {}});

  // The symmetric relation is counted as pairs, as met is; the visit is not.
  std::vector<MetPair> pairs = Met(graph);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].a == lee);
  CHECK(pairs[0].b == brandt);
  CHECK(pairs[0].count == 3);

  std::ostringstream dot;
  WriteDot(graph, dot);
  CAPTURE(dot.str());
  CHECK(dot.str().find("color=\"#ff7f0e\",\n\t\tfontcolor=\"#ff7f0e\",\n\t\tlabel=visited,\n\t\t"
                       "penwidth=1.0,\n\t\tstyle=dotted,") != std::string::npos);
}

}  // namespace polgraph

namespace polgraph {

TEST_CASE("a relation's label names it in pictures, else its name", "[relations][label]") {
  const RelationTraits& builtin = RelationTraits::Builtin();
  CHECK(builtin.LabelOf(Relation::kAnnounced) == "said (about)");
  CHECK(builtin.LabelOf(Relation::kMet) == "met");
  CHECK(builtin.LabelOf(*Relation::Parse("lobbied")) == "lobbied");  // declared nowhere

  RelationTraits mine;
  mine.Load(R"j({"relations": [{"name": "lobbied", "label": "lobbied (for)"}]})j", "mine.json");
  CHECK(mine.LabelOf(*Relation::Parse("lobbied")) == "lobbied (for)");
  CHECK_THROWS_WITH(
      mine.Load(R"({"relations": [{"name": "urged", "label": "urged\nhard"}]})", "bad.json"),
      Catch::Contains("bad.json") && Catch::Contains("\"label\" must be one line"));
}

}  // namespace polgraph
