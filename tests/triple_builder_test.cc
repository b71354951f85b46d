#include "extract/triple_builder.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace polgraph {
namespace {

using Lines = std::vector<std::string>;

Lines Show(const std::vector<Triple>& triples) {
  Lines out;
  for (const Triple& t : triples)
    out.push_back(t.subject.name + " | " + t.relation.name() + " | " + t.object.name + " | " +
                  t.role);
  return out;
}

Rule RuleOf(const Relation& relation) {
  Rule r;
  r.id = relation.name() + ".test";
  r.relation = relation;
  return r;
}

EntityRef Person(const std::string& name) { return {name, EntityType::kPerson}; }
ResolvedArgument Object(const std::string& name, const std::string& title = "") {
  return {name.empty() ? EntityRef{} : Person(name), "", {}, title};
}

struct Fixture {
  Item item;
  std::string text = "Ivan Petrov appointed Anna Ivanova and Pavel Orlov as deputy ministers.";
  Sentence sentence{text, false, {}};
  Fixture() {
    item.source = "feed.txt";
    item.position = 7;
    item.id = "feed-7";
    item.date = *Date::ParseIso("2025-05-01");
  }
};

}  // namespace

TEST_CASE("TripleBuilder gives one triple per object, the role made singular", "[triple_builder]") {
  Fixture f;
  TripleBuilder builder(f.item);
  Rule rule = RuleOf(Relation::kAppointed);
  std::vector<Triple> out;
  builder.Build(rule, f.sentence, Person("Ivan Petrov"),
                {Object("Anna Ivanova"), Object(""), Object("Pavel Orlov")}, "deputy ministers",
                &out);
  CHECK(Show(out) == Lines{"Ivan Petrov | appointed | Anna Ivanova | deputy minister",
                           "Ivan Petrov | appointed | Pavel Orlov | deputy minister"});
  REQUIRE_FALSE(out.empty());
  const Evidence& e = out[0].evidence;
  CHECK(e.source == "feed.txt");
  CHECK(e.item == 7);
  CHECK(e.item_id == "feed-7");
  CHECK(e.sentence == f.text);
  CHECK(e.rule == "appointed.test");
  CHECK(builder.met_people().empty());  // only met triples count
}

TEST_CASE("TripleBuilder takes the object's title as the role where the rule says so",
          "[triple_builder]") {
  Fixture f;
  TripleBuilder builder(f.item);
  Rule rule = RuleOf(Relation::kDismissed);
  rule.role_from_title = true;
  std::vector<Triple> out;
  builder.Build(rule, f.sentence, Person("Ivan Petrov"),
                {Object("Anna Ivanova", "Finance Minister")}, std::nullopt, &out);
  CHECK(Show(out) == Lines{"Ivan Petrov | dismissed | Anna Ivanova | Finance Minister"});
}

TEST_CASE("TripleBuilder keeps a statement that names nothing, never a self-loop",
          "[triple_builder]") {
  Fixture f;
  TripleBuilder builder(f.item);
  std::vector<Triple> out;
  builder.Build(RuleOf(Relation::kAnnounced), f.sentence, Person("Ivan Petrov"), {Object("")},
                std::nullopt, &out);
  builder.Build(RuleOf(Relation::kMet), f.sentence, Person("Ivan Petrov"), {Object("Ivan Petrov")},
                std::nullopt, &out);
  CHECK(Show(out) == Lines{"Ivan Petrov | announced |  | "});
}

TEST_CASE("TripleBuilder pairs the people of a list and remembers who met", "[triple_builder]") {
  Fixture f;
  TripleBuilder builder(f.item);
  std::vector<Triple> out;
  builder.BuildPairs(RuleOf(Relation::kMet), f.sentence,
                     {Person("A"), {"Steppe Bank", EntityType::kOrganization}, Person("C")}, &out);
  CHECK(Show(out) ==
        Lines{"A | met | Steppe Bank | ", "A | met | C | ", "Steppe Bank | met | C | "});
  CHECK(builder.met_people() == std::vector<EntityRef>{Person("A"), Person("C")});
}

TEST_CASE("TripleBuilder makes no triple with a type its relation does not allow",
          "[triple_builder]") {
  Fixture f;
  TripleBuilder builder(f.item);
  std::vector<Triple> out;
  // The built-in `met` meets people and bodies, never a country; `announced`
  // has people and bodies as speakers.
  ResolvedArgument country{{"Freedonia", EntityType::kCountry}, "", {}, ""};
  builder.Build(RuleOf(Relation::kMet), f.sentence, Person("Ivan Petrov"),
                {country, Object("Anna Ivanova")}, std::nullopt, &out);
  builder.Build(RuleOf(Relation::kAnnounced), f.sentence, {"Freedonia", EntityType::kCountry},
                {Object("Anna Ivanova")}, std::nullopt, &out);
  CHECK(Show(out) == Lines{"Ivan Petrov | met | Anna Ivanova | "});
}

TEST_CASE("TripleBuilder stops a sentence at its cap of pairs, the first names' pairs first",
          "[triple_builder][bounded]") {
  Fixture f;
  TripleBuilder builder(f.item);
  std::vector<EntityRef> people;
  people.reserve(300);
  for (int i = 0; i < 300; ++i) people.push_back(Person("Delegate " + std::to_string(i)));
  std::vector<Triple> out;
  builder.BuildPairs(RuleOf(Relation::kMet), f.sentence, people, &out);
  // Unbounded, 300 people give 44,850 pairs, each holding the sentence.
  REQUIRE(out.size() == TripleBuilder::kMaxTriplesPerSentence);
  CHECK(out.front().subject.name == "Delegate 0");
  CHECK(out.front().object.name == "Delegate 1");
  CHECK(out.back().subject.name == "Delegate 8");
  CHECK(out.back().object.name == "Delegate 9");
  CHECK(TripleBuilder::Full(out));
}

}  // namespace polgraph
