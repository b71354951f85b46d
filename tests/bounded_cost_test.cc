// Extraction's cost is bounded by the input's size (issue 15): a sentence
// listing many names that "met" gives at most TripleBuilder's cap of pairs
// (tests/triple_builder_test.cc shows the cap itself); many short sentences
// with new names each keep all their triples, and repeated ones count once.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/triple_builder.h"
#include "tests/default_extractor.h"

namespace polgraph {
namespace {

const Extractor& Default() { return testing::DefaultExtractor(); }

Item MakeItem(const std::vector<std::string>& paragraphs) {
  Item item;
  item.source = "test.txt";
  item.position = 1;
  item.id = "test-1";
  item.date = *Date::ParseIso("2025-05-01");
  item.title = "Talks";
  item.paragraphs = paragraphs;
  return item;
}

// `n` made-up two-word person names, all different ("Aral Bekaliev", ...).
std::vector<std::string> Names(size_t n) {
  const std::vector<std::string> first = {"Aral",  "Bolat", "Daulet", "Erlan", "Galym",
                                          "Kanat", "Marat", "Nurlan", "Serik", "Timur"};
  const std::vector<std::string> stem = {"Bek", "Dos",   "Zhan", "Kair", "Mukh",
                                         "Nur", "Ospan", "Sar",  "Tok",  "Ysk"};
  const std::vector<std::string> tail = {"aliev", "anov", "enov", "imov", "urov"};
  std::vector<std::string> out;
  for (size_t i = 0; out.size() < n; ++i)
    out.push_back(first[i % first.size()] + " " + stem[i / first.size() % stem.size()] +
                  tail[i / (first.size() * stem.size()) % tail.size()]);
  return out;
}

TEST_CASE("a sentence of 300 names that met gives at most the cap of pairs", "[bounded]") {
  std::vector<std::string> names = Names(300);
  std::string sentence;
  for (size_t i = 0; i + 1 < names.size(); ++i) sentence += names[i] + ", ";
  sentence += "and " + names.back() + " met.";
  std::vector<Triple> triples = Default().Extract(MakeItem({sentence}));
  // Unbounded, 300 names would give 44850 pairs, each holding the sentence;
  // the list reading and TripleBuilder's cap keep it to a few dozen.
  CHECK(!triples.empty());
  CHECK(triples.size() <= TripleBuilder::kMaxTriplesPerSentence);
  std::set<std::pair<std::string, std::string>> pairs;
  for (const Triple& t : triples) {
    CHECK(t.relation == Relation::kMet);
    pairs.emplace(t.subject.name, t.object.name);
  }
  CHECK(pairs.size() == triples.size());
}

TEST_CASE("many short sentences keep every new pair and count a repeated one once", "[bounded]") {
  std::vector<std::string> names = Names(500);
  std::string paragraph;
  for (size_t i = 0; i + 1 < names.size(); i += 2)
    paragraph += names[i] + " met " + names[i + 1] + ". ";
  paragraph += names[1] + " met " + names[0] + ".";  // the first pair again, reversed
  std::vector<Triple> triples = Default().Extract(MakeItem({paragraph}));
  CHECK(triples.size() == names.size() / 2);
  std::set<std::string> subjects;
  for (const Triple& t : triples) subjects.insert(t.subject.name);
  CHECK(subjects.size() == names.size() / 2);
}

}  // namespace
}  // namespace polgraph
