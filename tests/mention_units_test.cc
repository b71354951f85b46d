#include "extract/mention_units.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extract/word_lists.h"

using polgraph::Lexicon;
using polgraph::Unit;
using polgraph::UnitReader;
using polgraph::WordLists;

namespace {

const Lexicon& DefaultLexicon() {
  static const Lexicon lexicon(WordLists::Default());
  return lexicon;
}

// The units' keys, with ' marking a possessive unit; "," and other
// punctuation as "_".
std::vector<std::string> Keys(const std::vector<Unit>& units) {
  std::vector<std::string> out;
  for (const Unit& u : units) {
    std::string key = u.IsWord() ? std::string(u.key) : "_";
    if (u.possessive) key += "'";
    out.push_back(key);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("UnitReader folds words and joins known phrases into one unit", "[mentions]") {
  auto [text, expected] = GENERATE(table<std::string, Lines>({
      {"Tokayev met the U.S. envoy.", {"tokayev", "met", "the", "us", "envoy", "_"}},
      // An inner possessive is part of the phrase's key; the last is the unit's.
      {"The People's Republic of China's envoy", {"the", "people's republic of china'", "envoy"}},
      {"the United States of America, Russia", {"the", "united states of america", "_", "russia"}},
      {"the press service said", {"the", "press service", "said"}},
      // A phrase start that no phrase completes stays a word.
      {"the United way", {"the", "united", "way"}},
      {"\u017di\u017eek's Ex-President", {"zizek'", "ex-president"}},
  }));
  CAPTURE(text);
  UnitReader reader;
  CHECK(Keys(reader.Read(text, DefaultLexicon())) == expected);
  // A reader that read a longer text before gives the same units.
  UnitReader used;
  used.Read(
      "Deputy Chairman of the Constitutional Court Bakyt Nurmukhanov met the "
      "People's Republic of China's envoy, the press service said.",
      DefaultLexicon());
  CHECK(Keys(used.Read(text, DefaultLexicon())) == expected);
}

TEST_CASE("UnitReader gives a phrase the classes of the phrase", "[mentions]") {
  UnitReader reader;
  const std::vector<Unit>& units =
      reader.Read("Officials of the People's Republic of China", DefaultLexicon());
  REQUIRE(units.size() == 4);
  CHECK(units[3].key == "people's republic of china");
  CHECK(units[3].Has(polgraph::kCountry));
  CHECK(units[3].country == "China");
  CHECK(units[2].Is("the"));
}

TEST_CASE("UnitReader reads web sites as sources and capitals with digits as bodies",
          "[mentions]") {
  auto [text, source, org_name] = GENERATE(table<std::string, bool, bool>({
      {"primeminister.kz", true, false},
      {"tass.ru", true, false},
      {"akorda.gov", true, false},
      {"example.com", true, false},
      {"kz.example", false, false},
      {"example.comm", false, false},
      {"example.c", false, false},
      {"G20", false, true},
      {"C5+1", false, true},
      {"g20", false, false},
      {"NATO", false, true},
  }));
  CAPTURE(text);
  UnitReader reader;
  const std::vector<Unit>& units = reader.Read("via " + text + " today", DefaultLexicon());
  REQUIRE(units.size() == 3);
  CHECK(units[1].Has(polgraph::kSource) == source);
  CHECK(units[1].Has(polgraph::kOrgName) == org_name);
}
