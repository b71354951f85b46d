// End-to-end: honest answers from `query`, `export` and `render` on a small
// store of invented news. A name the filters hide says so (not "no entity
// named"); an unknown relation and --since after --until are errors; names
// are found as people type them (a surname, a family name written first, a
// unique first name, an office title at a date, Cyrillic), and suggestions
// for a name not known put what was typed first.
#include <catch2/catch.hpp>
#include <string>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::TempDir;
using Run = testing::CliRun;

Run Polgraph(const TempDir& dir, const std::string& args) {
  return testing::RunPolgraph(dir.path(), args);
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Invented people, and two Kazakh presidents (from the built-in aliases,
// whose office holders answer "President of Kazakhstan").
constexpr const char* kNews =
    R"j({"id": "n1", "date": "2025-02-03", "title": "Talks", "text": "President Ann Lee met Prime Minister Otto Brandt in the capital on Monday."}
{"id": "n2", "date": "2025-02-10", "title": "A minister", "text": "President Ann Lee appointed Mara Quist as Minister of Finance."}
{"id": "n3", "date": "2025-03-01", "title": "In Beijing", "text": "Chinese President Xi Jinping met President Ann Lee in Beijing."}
{"id": "n4", "date": "2018-05-14", "title": "Old talks", "text": "President Nursultan Nazarbayev met Prime Minister Otto Brandt in Astana."}
{"id": "n5", "date": "2024-06-20", "title": "New talks", "text": "President Kassym-Jomart Tokayev met Prime Minister Otto Brandt in Astana."}
{"id": "n6", "date": "2025-03-08", "title": "Ministers", "text": "Minister Anna Berg met Minister Anna Brink in Oslo."}
)j";

// A store of kNews in `dir` (t.db).
void Ingest(const TempDir& dir) {
  dir.Write("news.jsonl", kNews);
  Run ingest = Polgraph(dir, "ingest news.jsonl --db t.db");
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
}

}  // namespace

TEST_CASE("cli: a name the filters hide says so, with its other links", "[cli][honest]") {
  TempDir dir;
  Ingest(dir);
  // Mara Quist was appointed: no meeting.
  Run met = Polgraph(dir, "query met Quist --db t.db");
  CHECK(met.exit_code == 1);
  CHECK(met.err == "polgraph: Mara Quist has no `met` link; 1 other link\n");

  Run dated = Polgraph(dir, "query neighbors Brandt --db t.db --since 2025-03-01");
  CHECK(dated.exit_code == 1);
  CHECK(dated.err == "polgraph: Otto Brandt has no link from 2025-03-01; 3 other links\n");

  Run around = Polgraph(
      dir, "export --format json --db t.db --relation dismissed --around Quist --until 2025-12-31");
  CHECK(around.exit_code == 1);
  CHECK(around.err ==
        "polgraph: Mara Quist has no `dismissed` link until 2025-12-31; 1 other link\n");

  // A name the store does not hold at all is still "no entity named".
  Run unknown = Polgraph(dir, "query met Zorro --db t.db");
  CHECK(unknown.exit_code == 1);
  CHECK(Has(unknown.err, "no entity named 'Zorro'"));
}

TEST_CASE("cli: an unknown relation is an error listing the known ones", "[cli][honest]") {
  TempDir dir;
  Ingest(dir);
  const std::string known =
      "; known: met, appointed, dismissed, announced (a --rules file may declare more)\n";
  for (const std::string command :
       {"query neighbors Lee --relation visted", "query met --relation visted",
        "export --format json --relation visted", "render -o out.svg --relation visted"}) {
    CAPTURE(command);
    Run run = Polgraph(dir, command + " --db t.db");
    CHECK(run.exit_code == 1);
    CHECK(run.out.empty());
    CHECK(Has(run.err, "polgraph: --relation: unknown relation 'visted'"));
    CHECK(Has(run.err, known));
  }
  CHECK_FALSE(std::filesystem::exists(dir.File("out.svg")));
  Run typo = Polgraph(dir, "export --format json --relation apointed --db t.db");
  CHECK(Has(typo.err, "unknown relation 'apointed' (did you mean appointed?)"));

  // A relation a --rules file declares is known, and so is one the store holds.
  dir.Write("visits.json", R"j({"relations": [{"name": "visited"}], "rules": []})j");
  Run declared =
      Polgraph(dir, "export --format json --relation visited --rules visits.json --db t.db");
  CHECK(declared.exit_code == 0);
  CHECK(Has(declared.out, R"("nodes":[])"));
}

TEST_CASE("cli: --since after --until is an error", "[cli][honest]") {
  TempDir dir;
  Ingest(dir);
  for (const std::string command : {"query top", "export --format json", "query met"}) {
    CAPTURE(command);
    Run run = Polgraph(dir, command + " --db t.db --since 2025-03-01 --until 2025-02-01");
    CHECK(run.exit_code == 1);
    CHECK(run.err ==
          "polgraph: --since 2025-03-01 is after --until 2025-02-01: no date is in between\n");
  }
  Run same_day = Polgraph(dir, "query top --db t.db --since 2025-03-01 --until 2025-03-01");
  CHECK(same_day.exit_code == 0);
}

TEST_CASE("cli: names are found as people type them", "[cli][honest][names]") {
  TempDir dir;
  Ingest(dir);
  auto center_of = [&](const std::string& name, const std::string& options = "") {
    Run run = Polgraph(dir, "query neighbors '" + name + "' --db t.db --json " + options);
    INFO(name << ": " << run.err);
    return run;
  };
  // A family name written first; a first name only one person has.
  CHECK(Has(center_of("Xi").out, "Ann Lee"));
  CHECK(Has(center_of("Mara").out, "Ann Lee"));
  // A first name two people share is ambiguous, and says who.
  Run two = center_of("Anna");
  CHECK(two.exit_code == 1);
  CHECK(two.err == "polgraph: 'Anna' is ambiguous: Anna Berg, Anna Brink\n");
  // An office title: its holder at the end of the window, else today's.
  CHECK(Has(center_of("President of Kazakhstan").out, "Kassym-Jomart Tokayev"));
  Run then = center_of("President of Kazakhstan", "--until 2018-12-31");
  CHECK(Has(then.out, "Otto Brandt"));
  Run path =
      Polgraph(dir, "query path 'President of Kazakhstan' Brandt --db t.db --until 2018-12-31");
  CHECK(path.exit_code == 0);
  CHECK(Has(path.out, "Nursultan Nazarbayev"));
  // Cyrillic, through ICU's transliteration: the aliases' spelling and the store's.
  Run tokayev = center_of("Токаев");
  CHECK(tokayev.exit_code == 0);
  CHECK(Has(tokayev.out, "Otto Brandt"));
  Run brandt = center_of("Отто Брандт");
  CHECK(brandt.exit_code == 0);
  CHECK(Has(brandt.out, "Ann Lee"));
}

TEST_CASE("cli: suggestions for an unknown name put what was typed first", "[cli][honest][names]") {
  TempDir dir;
  Ingest(dir);
  // "Bri" begins Brink's surname and nothing else; by edit distance alone
  // shorter names (Ann Lee, Xi Jinping) would come first.
  Run prefix = Polgraph(dir, "query neighbors Bri --db t.db");
  CHECK(prefix.exit_code == 1);
  CHECK(Has(prefix.err, "no entity named 'Bri'; closest: Anna Brink, "));
  Run words = Polgraph(dir, "query neighbors 'Otto Brant' --db t.db");
  CHECK(Has(words.err, "closest: Otto Brandt, "));
}

}  // namespace polgraph
