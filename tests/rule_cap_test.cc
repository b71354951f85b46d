// The cap on one rule's triples in one item: the first triples of a rule that
// gives too many are kept, in reading order, the other rules' are untouched,
// and each capped rule gets one warning naming the item's place.
#include "extract/rule_cap.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace polgraph {
namespace {

Item MakeItem(const std::string& source) {
  Item item;
  item.source = source;
  item.line = 41;
  item.id = "kz-7";
  return item;
}

Triple MetBy(const std::string& rule, int n) {
  Triple triple;
  triple.subject = {"Aida Balayeva", EntityType::kPerson};
  triple.object = {"Delegate " + std::to_string(n), EntityType::kPerson};
  triple.evidence.rule = rule;
  return triple;
}

// "rule:object" per triple, in order.
std::vector<std::string> Read(const std::vector<Triple>& triples) {
  std::vector<std::string> out;
  out.reserve(triples.size());
  for (const Triple& t : triples) out.push_back(t.evidence.rule + ":" + t.object.name);
  return out;
}

TEST_CASE("rule cap keeps the first triples of a rule that gives too many", "[extract]") {
  std::vector<Triple> triples;
  for (int n = 1; n <= 4; ++n) triples.push_back(MetBy("loose", n));
  triples.insert(triples.begin() + 1, MetBy("met.with", 9));
  std::vector<std::string> warnings = CapTriplesPerRule(MakeItem("feeds/kz.txt"), &triples, 2);
  CHECK(Read(triples) ==
        std::vector<std::string>{"loose:Delegate 1", "met.with:Delegate 9", "loose:Delegate 2"});
  CHECK(warnings == std::vector<std::string>{
                        "feeds/kz.txt:41: rule 'loose' gave 4 triples in one item; kept the first "
                        "2 (does its pattern match too much?)"});
}

TEST_CASE("rule cap leaves rules within the cap alone", "[extract]") {
  auto [source, count, max] = GENERATE(table<std::string, int, size_t>({
      {"feeds/kz.txt", 0, 2},
      {"feeds/kz.txt", 2, 2},
      {"-", 3, 1000},
  }));
  CAPTURE(count, max);
  std::vector<Triple> triples;
  for (int n = 1; n <= count; ++n) triples.push_back(MetBy(n % 2 ? "a" : "b", n));
  const std::vector<std::string> before = Read(triples);
  CHECK(CapTriplesPerRule(MakeItem(source), &triples, max).empty());
  CHECK(Read(triples) == before);
}

TEST_CASE("rule cap names stdin as <stdin>", "[extract]") {
  std::vector<Triple> triples = {MetBy("r", 1), MetBy("r", 2)};
  std::vector<std::string> warnings = CapTriplesPerRule(MakeItem("-"), &triples, 1);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].rfind("<stdin>:41: rule 'r' gave 2 triples", 0) == 0);
  CHECK(triples.size() == 1);
}

}  // namespace
}  // namespace polgraph
