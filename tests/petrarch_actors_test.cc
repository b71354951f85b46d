#include "extract/petrarch_actors.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/error.h"
#include "extract/aliases.h"

using polgraph::ActorFile;
using polgraph::ActorImport;
using polgraph::Aliases;
using polgraph::Date;
using polgraph::Error;
using polgraph::ImportPetrarchActors;

namespace {

// A small dictionary in the TABARI format, made up for the tests.
const char* const kDictionary =
    "# actors of a made-up archive\n"
    "KAZAKHSTAN_\n"
    "+QAZAQSTAN_\n"
    "+ASTANA_\n"
    "\t[KAZ >911221]\n"
    "ARMAN_SERIKOV_  # regional governor\n"
    "+ARMAN_SERIKOFF_\n"
    "+GOVERNOR_ARMAN_SERIKOV_\n"
    "\t[KAZGOV 150110-210630]\n"
    "\t[KAZELI]\n"
    "STEPPE_GRAIN_AGENCY_ [KAZGOV]\n"
    "BOLAT_OMAROV_\n"
    "\t[KAZGOVAGR >20210701]\n"
    "AIGUL_AL_FARABI_\n"
    "+SERIKOV_\n"
    "\t[KAZELI <150101]\n"
    "SERIKOV_\n";

Aliases Load(const std::string& json) {
  Aliases aliases;
  aliases.Load(json, "imported.json");
  return aliases;
}

std::string ImportError(const std::string& text) {
  try {
    ImportPetrarchActors({{"bad.actors.txt", text}}, false);
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("ImportPetrarchActors turns actors into people with spellings and dated roles",
          "[petrarch]") {
  ActorImport result = ImportPetrarchActors({{"made-up.actors.txt", kDictionary}}, false);
  CHECK(result.people == 3);
  CHECK(result.offices == 2);         // the dated roles; [KAZELI] has no dates
  CHECK(result.skipped_actors == 3);  // the country, the agency, the one-word "Serikov"
  Aliases aliases = Load(result.json);
  REQUIRE(aliases.Canonical("Arman Serikoff"));
  CHECK(aliases.Canonical("Arman Serikoff")->name == "Arman Serikov");
  CHECK(aliases.Canonical("Aigul al Farabi")->name == "Aigul al Farabi");
  CHECK_FALSE(aliases.Canonical("Governor Arman Serikov"));  // a title is no spelling
  CHECK_FALSE(aliases.Canonical("Steppe Grain Agency"));     // an organization
  CHECK_FALSE(aliases.Canonical("Astana"));                  // the country block's city
  // the role codes become offices of the code's country, by date
  CHECK(aliases.Holder("CAMEO KAZGOV", *Date::ParseIso("2016-05-01"), "Kazakhstan")->name ==
        "Arman Serikov");
  CHECK_FALSE(aliases.Holder("CAMEO KAZGOV", *Date::ParseIso("2022-05-01"), "Kazakhstan"));
  CHECK(aliases.Holder("CAMEO KAZGOVAGR", *Date::ParseIso("2022-05-01"), "Kazakhstan")->name ==
        "Bolat Omarov");
  CHECK(aliases.OfficeCountries("Bolat Omarov") == std::vector<std::string>{"Kazakhstan"});
}

TEST_CASE("ImportPetrarchActors names the file and line of a bad line", "[petrarch]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"A_B_\n\t[KAZGOV 1501100-210630]\n",
       "bad.actors.txt:2: '1501100' is not a date (YYMMDD or YYYYMMDD)"},
      {"+LONELY_SPELLING_\n", "bad.actors.txt:1: a spelling (+) before any actor"},
      {"A_B_\n\t[kazgov]\n",
       "bad.actors.txt:2: 'kazgov' is not a CAMEO code (groups of three capitals)"},
      {"A_B_\n\t[KAZGOV 210101-150101]\n",
       "bad.actors.txt:2: the role ends before it begins: 210101-150101"},
      {"A_B_\n\n\t[KAZGOV 150101\n", "bad.actors.txt:3: a role without ']'"},
  }));
  CAPTURE(text);
  CHECK(ImportError(text) == expected);
}

TEST_CASE("ImportPetrarchActors --lenient skips bad lines and counts them", "[petrarch]") {
  std::string text = std::string(kDictionary) + "\t[KAZGOV 9912-000101]\n+\n";
  ActorImport result = ImportPetrarchActors({{"x.actors.txt", text}}, true);
  CHECK(result.skipped_lines == 2);
  REQUIRE(result.problems.size() == 2);
  CHECK(result.problems[0] == "x.actors.txt:18: '9912' is not a date (YYMMDD or YYYYMMDD)");
  CHECK(result.people == 3);
  CHECK_NOTHROW(Load(result.json));
}

TEST_CASE("ImportPetrarchActors output loads on top of the table it was given", "[petrarch]") {
  Aliases defaults = Aliases::Default();
  // A spelling the defaults give another person is dropped; an actor the
  // defaults know takes their name.
  const char* text =
      "NURSULTAN_NAZARBAEV_\n"
      "\t[KAZGOV >900424]\n"
      "DARIGA_NAZARBAYEVA_\n"
      "+NURSULTAN_NAZARBAYEV_\n";
  ActorImport result = ImportPetrarchActors({{"kz.actors.txt", text}}, false, &defaults);
  defaults.Load(result.json, "kz.json");
  CHECK(defaults.Canonical("Nursultan Nazarbaev")->name == "Nursultan Nazarbayev");
  CHECK(defaults.Canonical("Nursultan Nazarbayev")->name == "Nursultan Nazarbayev");
}

TEST_CASE("ImportPetrarchActors reads the Phoenix country actors", "[petrarch]") {
  // ../shared beside the checkout (or beside the worktrees' folder)
  std::filesystem::path path;
  for (const char* shared : {"/../shared", "/../../shared"}) {
    std::filesystem::path candidate =
        std::string(POLGRAPH_SOURCE_DIR) + shared + "/data/petrarch/Phoenix.Countries.actors.txt";
    if (path.empty() && std::filesystem::exists(candidate)) path = candidate;
  }
  if (path.empty()) {
    WARN("skipped: the PETRARCH dictionaries are not in ../shared");
    return;
  }
  std::ifstream in(path);
  std::ostringstream content;
  content << in.rdbuf();
  CHECK_THROWS_AS(ImportPetrarchActors({{path.string(), content.str()}}, false), Error);
  ActorImport result = ImportPetrarchActors({{path.string(), content.str()}}, true);
  CHECK(result.people > 5000);
  CHECK(result.offices > 5000);
  CHECK(result.skipped_lines < 50);
  Aliases defaults = Aliases::Default();
  Aliases loaded = Aliases::Default();
  ActorImport on_defaults = ImportPetrarchActors({{path.string(), content.str()}}, true, &defaults);
  CHECK_NOTHROW(loaded.Load(on_defaults.json, "phoenix.json"));
  CHECK(loaded.OfficeCountries("Vladimir Putin") == std::vector<std::string>{"Russia"});
}
