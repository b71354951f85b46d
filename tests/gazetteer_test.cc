// The compiled-in world gazetteer (extract/aliases/*.json) as data: each
// person is listed in one file only, no alias merely re-spells a name the
// folded lookup already meets, each country's offices sit in one file,
// an office with one holder never has two on the same day (beyond the day of
// a handover), office countries are countries the word lists know, and
// leaders of every region resolve from a title alone in their own country.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/located_json.h"
#include "base/utf8.h"
#include "extract/aliases.h"
#include "extract/embedded_data.h"

using polgraph::Aliases;
using polgraph::Date;
using polgraph::DefaultAliasFiles;
using polgraph::DefaultWordFiles;
using polgraph::EmbeddedFile;
using polgraph::JsonNode;
using polgraph::ParseLocatedJson;

namespace {

JsonNode Parse(const EmbeddedFile& file) {
  return ParseLocatedJson(file.content, std::string(file.name));
}

const JsonNode& ListAt(const JsonNode& root, const char* key) {
  static const JsonNode kNone;
  const JsonNode* list = root.Get(key);
  return list ? *list : kNone;
}

}  // namespace

TEST_CASE("Gazetteer: each person is listed in one file, once", "[gazetteer]") {
  std::map<std::string, std::string> listed;  // folded name or alias -> file
  for (const EmbeddedFile& file : DefaultAliasFiles()) {
    JsonNode root = Parse(file);
    for (const JsonNode& entity : ListAt(root, "entities").items) {
      std::vector<std::string> names{entity.Get("name")->text};
      if (const JsonNode* aliases = entity.Get("aliases"))
        for (const JsonNode& alias : aliases->items) names.push_back(alias.text);
      // An accented spelling folds to the same key as the plain one: one name.
      std::set<std::string> keys;
      for (const std::string& name : names) keys.insert(polgraph::utf8::NameKey(name));
      for (const std::string& key : keys) {
        auto [it, added] = listed.emplace(key, std::string(file.name));
        CAPTURE(names.front(), key, file.name, it->second);
        CHECK(added);
      }
    }
  }
  CHECK(listed.size() > 1000);
}

TEST_CASE("Gazetteer: an alias is a spelling the lookup would not meet otherwise", "[gazetteer]") {
  // Names are compared folded (case, Latin accents, hyphens, dots), so an
  // alias that folds to its own name or to an earlier alias of the entity
  // only costs start-up time: "Lech Kaczyński" needs no "Lech Kaczynski".
  for (const EmbeddedFile& file : DefaultAliasFiles()) {
    JsonNode root = Parse(file);
    for (const JsonNode& entity : ListAt(root, "entities").items) {
      const JsonNode* aliases = entity.Get("aliases");
      if (!aliases) continue;
      std::set<std::string> keys{polgraph::utf8::NameKey(entity.Get("name")->text)};
      for (const JsonNode& alias : aliases->items) {
        CAPTURE(file.name, entity.Get("name")->text, alias.text);
        CHECK(keys.insert(polgraph::utf8::NameKey(alias.text)).second);
      }
    }
  }
}

TEST_CASE("Gazetteer: each country's offices are in one file", "[gazetteer]") {
  std::map<std::string, std::string> file_of;  // country -> file
  for (const EmbeddedFile& file : DefaultAliasFiles()) {
    JsonNode root = Parse(file);
    for (const JsonNode& office : ListAt(root, "offices").items) {
      const JsonNode* country = office.Get("country");
      if (!country) continue;
      auto [it, added] = file_of.emplace(country->text, std::string(file.name));
      CAPTURE(country->text, file.name);
      CHECK(it->second == file.name);
    }
  }
  CHECK(file_of.size() >= 190);  // the UN's 193 members, less a few left out where unsure
}

TEST_CASE("Gazetteer: an office has one holder a day, but on the day of a handover",
          "[gazetteer]") {
  Aliases aliases = Aliases::Default();
  // Terms by office: the country and the office's names.
  std::map<std::pair<std::string, std::vector<std::string>>, std::vector<const Aliases::Office*>>
      terms;
  for (const Aliases::Office& office : aliases.offices())
    if (!office.country.empty() && (!office.to.IsKnown() || office.from <= office.to))
      terms[{office.country, office.names}].push_back(&office);
  REQUIRE(terms.size() > 400);
  for (auto& [office, held] : terms) {
    std::sort(held.begin(), held.end(),
              [](const Aliases::Office* a, const Aliases::Office* b) { return a->from < b->from; });
    for (size_t i = 1; i < held.size(); ++i) {
      const Aliases::Office& before = *held[i - 1];
      const Aliases::Office& after = *held[i];
      CAPTURE(office.first, office.second.front(), before.holder, after.holder);
      REQUIRE(before.to.IsKnown());  // only the last term is still running
      CHECK(before.to <= after.from);
    }
  }
}

TEST_CASE("Gazetteer: offices are in countries the word lists know", "[gazetteer]") {
  std::set<std::string> countries;
  for (const EmbeddedFile& file : DefaultWordFiles()) {
    if (file.name != "countries.json") continue;
    JsonNode root = Parse(file);
    for (const JsonNode& country : ListAt(root, "countries").items)
      countries.insert(country.Get("name")->text);
  }
  REQUIRE(countries.size() > 190);
  Aliases aliases = Aliases::Default();
  for (const Aliases::Office& office : aliases.offices()) {
    CAPTURE(office.holder);
    if (!office.country.empty()) CHECK(countries.count(office.country) == 1);
  }
}

TEST_CASE("Gazetteer: a title alone resolves in its own country on every continent",
          "[gazetteer]") {
  Aliases aliases = Aliases::Default();
  auto [office, country, date, expected] =
      GENERATE(table<std::string, std::string, std::string, std::string>({
          {"President", "Chile", "2015-06-01", "Michelle Bachelet"},
          {"President", "Peru", "2019-01-01", "Martin Vizcarra"},
          {"Foreign Minister", "Canada", "2018-01-01", "Chrystia Freeland"},
          {"Chancellor", "Austria", "2023-01-01", "Karl Nehammer"},
          {"Taoiseach", "Ireland", "2021-01-01", "Micheal Martin"},
          {"President", "Switzerland", "2022-06-01", "Ignazio Cassis"},
          {"Prime Minister", "Hungary", "2015-01-01", "Viktor Orban"},
          {"Prime Minister", "Hungary", "2005-01-01", "Ferenc Gyurcsany"},
          {"Prime Minister", "Mali", "2016-06-01", "Modibo Keita"},
          {"Foreign Minister", "Iceland", "2019-03-01", "Gudlaugur Thor Thordarson"},
          {"Chairman of the Presidency", "Bosnia and Herzegovina", "2020-01-10", "Zeljko Komsic"},
          {"Emperor", "Japan", "2010-01-01", "Akihito"},
          {"Yang di-Pertuan Agong", "Malaysia", "2020-06-01", "Abdullah of Pahang"},
          {"Foreign Minister", "Liechtenstein", "2015-01-01", "Aurelia Frick"},
          {"Prime Minister", "Togo", "2010-01-01", "Gilbert Houngbo"},
          {"Episcopal Co-Prince", "Andorra", "2010-01-01", "Joan-Enric Vives"},
          // Two co-princes reign at once and the French one is not listed:
          // the shared title answers nobody rather than one of the two.
          {"Head of State", "Andorra", "2010-01-01", ""},
          // A handover known to the year only: the holder answers in the
          // full years of the term, the year of the handover is left open.
          {"Foreign Minister", "Malawi", "2015-06-01", "George Chaponda"},
          {"Foreign Minister", "Malawi", "2014-06-01", ""},
          // Offices added where a state listed none: foreign ministers of
          // the small states, prime ministers of Guinea-Bissau and Sao Tome.
          {"Foreign Minister", "Tuvalu", "2016-01-01", "Taukelina Finikaso"},
          {"Foreign Minister", "Somalia", "2013-06-01", "Fowsiyo Yusuf Haji Adan"},
          {"Foreign Minister", "Palau", "2022-01-01", "Gustav Aitaro"},
          {"Foreign Minister", "Marshall Islands", "2015-06-01", "Tony deBrum"},
          {"Prime Minister", "Guinea-Bissau", "2021-06-01", "Nuno Gomes Nabiam"},
          {"Prime Minister", "Sao Tome and Principe", "2016-06-01", "Patrice Trovoada"},
          // A head of government other than a prime minister: Nepal's
          // chairman of the interim council, Pakistan's Chief Executive.
          {"Head of Government", "Nepal", "2013-06-01", "Khil Raj Regmi"},
          {"Head of Government", "Pakistan", "2001-01-01", "Pervez Musharraf"},
          {"Prime Minister", "Pakistan", "2001-01-01", ""},
          {"Head of State", "Libya", "2013-01-10", "Mohammed Magariaf"},
          {"Head of State", "Egypt", "2011-06-01", "Mohamed Hussein Tantawi"},
      }));
  CAPTURE(office, country, date);
  auto holder = aliases.HolderIn(office, *Date::ParseIso(date), country);
  CHECK((holder ? holder->name : std::string()) == expected);
}

TEST_CASE("Gazetteer: two people of one name are one entity with both offices", "[gazetteer]") {
  // Latvia had a prime minister (2000-2002) and a president (2011-2015)
  // both named Andris Berzins. An entity is its folded name, so the table
  // holds one entity for both (docs/aliases.md): each title still resolves
  // on its own dates, and the entity belongs to Latvia only.
  Aliases aliases = Aliases::Default();
  auto on = [&](const char* office, const char* date) {
    auto holder = aliases.HolderIn(office, *Date::ParseIso(date), "Latvia");
    return holder ? holder->name : std::string();
  };
  CHECK(on("Prime Minister", "2001-06-01") == "Andris Bērziņš");
  CHECK(on("Prime Minister", "2013-06-01") == "Valdis Dombrovskis");
  CHECK(on("President", "2013-06-01") == "Andris Bērziņš");
  CHECK(on("President", "2001-06-01") == "Vaira Vīķe-Freiberga");
  CHECK(aliases.OfficeCountries("Andris Berzins") == std::vector<std::string>{"Latvia"});
}
