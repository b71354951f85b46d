// End-to-end: events and offices through the built polgraph, on news items
// written for this test. An item's url, source (publisher) and title go
// through extract, ingest, query evidence, query events and the events CSV;
// a speech keeps what was said; query office and query timeline show the
// aliases' office holders (and the user's --aliases); ingest --reextract runs
// other rules over the stored items.
#include <cstdlib>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::CliRun;
using testing::Lines;
using testing::ReadFile;
using testing::TempDir;

constexpr const char* kNews =
    R"({"id": "geneva-1", "date": "2025-04-02", "source": "Example Wire", "url": "https://wire.example/2025/geneva", "title": "Ministers meet in Geneva", "text": "President Kassym-Jomart Tokayev met President Ilham Aliyev in Geneva on Tuesday.\nTokayev said the two countries would open a joint trade office next year."})"
    "\n"
    R"({"id": "cabinet-2", "date": "2025-04-05", "source": "Capital Daily", "title": "A new finance minister", "text": "President Kassym-Jomart Tokayev appointed Arman Zhaksybekov as Minister of Finance."})"
    "\n";

CliRun Polgraph(const TempDir& dir, const std::string& args) {
  return testing::RunPolgraph(dir.File(""), args);
}

rapidjson::Document Json(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  INFO(text);
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

std::string Text(const rapidjson::Value& object, const char* key) {
  return object.HasMember(key) && object[key].IsString() ? object[key].GetString() : "<none>";
}

// A store of kNews in `dir` (news.jsonl, news.db).
void Ingest(const TempDir& dir) {
  dir.Write("news.jsonl", kNews);
  CliRun ingest = Polgraph(dir, "ingest news.jsonl --db news.db");
  INFO(ingest.err);
  REQUIRE(ingest.exit_code == 0);
}

}  // namespace

TEST_CASE("extract keeps an item's title, url and source with each triple", "[cli][events]") {
  TempDir dir;
  dir.Write("news.jsonl", kNews);
  CliRun run = Polgraph(dir, "extract news.jsonl");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  bool saw_met = false, saw_said = false;
  for (const std::string& line : Lines(run.out)) {
    rapidjson::Document t = Json(line);
    CAPTURE(line);
    if (Text(t, "id") == "geneva-1") {
      CHECK(Text(t, "title") == "Ministers meet in Geneva");
      CHECK(Text(t, "url") == "https://wire.example/2025/geneva");
      CHECK(Text(t, "publisher") == "Example Wire");
    } else {
      CHECK(Text(t, "title") == "A new finance minister");
      CHECK(Text(t, "url").empty());
      CHECK(Text(t, "publisher") == "Capital Daily");
    }
    saw_met |= Text(t, "relation") == "met";
    if (Text(t, "relation") == "announced") {
      saw_said = true;
      CHECK(Text(t, "statement") == "the two countries would open a joint trade office next year");
    }
  }
  CHECK(saw_met);
  CHECK(saw_said);

  CliRun tsv = Polgraph(dir, "extract --format tsv news.jsonl");
  REQUIRE(tsv.exit_code == 0);
  CHECK(Lines(tsv.out).at(0).ends_with("\tsource\ttitle\turl\tpublisher\tstatement"));
}

TEST_CASE("query evidence names the item by position, title and url", "[cli][events]") {
  TempDir dir;
  Ingest(dir);
  CliRun run = Polgraph(dir, "query evidence Tokayev Aliyev --db news.db");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK_THAT(run.out, Catch::Contains("news.jsonl item 1"));
  CHECK_THAT(run.out, Catch::Contains("Ministers meet in Geneva"));
  CHECK_THAT(run.out, Catch::Contains("https://wire.example/2025/geneva"));
  CHECK_THAT(run.out, !Catch::Contains("news.jsonl:1"));

  CliRun json = Polgraph(dir, "query evidence Tokayev Aliyev --db news.db --json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document doc = Json(json.out);
  REQUIRE(doc.IsArray());
  REQUIRE(doc.Size() >= 1);
  CHECK(Text(doc[0], "url") == "https://wire.example/2025/geneva");
  CHECK(Text(doc[0], "publisher") == "Example Wire");
}

TEST_CASE("query events lists one row per event, filtered", "[cli][events]") {
  TempDir dir;
  Ingest(dir);
  CliRun all = Polgraph(dir, "query events Tokayev --db news.db --json");
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  rapidjson::Document events = Json(all.out);
  REQUIRE(events.IsArray());
  std::vector<std::string> relations;
  for (const auto& e : events.GetArray()) relations.push_back(Text(e, "relation"));
  CHECK(relations == std::vector<std::string>{"met", "announced", "appointed"});
  const auto& said = events[1];
  CHECK(Text(said, "label") == "said (about)");
  CHECK(Text(said, "cameo") == "010");
  CHECK(Text(said, "statement") == "the two countries would open a joint trade office next year");
  const auto& appointed = events[2];
  CHECK(Text(appointed, "object") == "Arman Zhaksybekov");
  CHECK(Text(appointed, "role") == "Minister of Finance");
  CHECK(Text(appointed, "title") == "A new finance minister");

  CliRun since = Polgraph(dir, "query events --since 2025-04-03 --db news.db --json");
  REQUIRE(since.exit_code == 0);
  CHECK(Json(since.out).Size() == 1);
  CliRun met = Polgraph(dir, "query events --relation met --db news.db");
  REQUIRE(met.exit_code == 0);
  std::vector<std::string> lines = Lines(met.out);
  REQUIRE(lines.size() == 2);  // header, one row
  CHECK_THAT(lines[0], Catch::StartsWith("date") && Catch::Contains("said") &&
                           Catch::Contains("title") && Catch::Contains("url") &&
                           Catch::Contains("sentence"));
  CHECK_THAT(lines[1], Catch::Contains("Example Wire") && Catch::Contains("Ilham Aliyev"));
}

TEST_CASE("export --format events writes a CSV that Python reads", "[cli][events]") {
  TempDir dir;
  Ingest(dir);
  CliRun run = Polgraph(dir, "export --format events -o events.csv --db news.db");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  if (std::system("test -x /usr/bin/python3") != 0) {
    WARN("skipped: no /usr/bin/python3");
    return;
  }
  dir.Write("read.py",
            "import csv, json, sys\n"
            "try:\n"
            "    import pandas\n"
            "    rows = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)"
            ".to_dict('records')\n"
            "except ImportError:\n"
            "    rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
            "print(json.dumps(rows))\n");
  CliRun read = testing::RunShell(dir.File(""), "/usr/bin/python3 read.py events.csv");
  INFO(read.err);
  REQUIRE(read.exit_code == 0);
  rapidjson::Document rows = Json(read.out);
  REQUIRE(rows.Size() == 3);
  CHECK(Text(rows[0], "source_actor") == "Kassym-Jomart Tokayev");
  CHECK(Text(rows[0], "cameo_code") == "040");
  CHECK(Text(rows[0], "url") == "https://wire.example/2025/geneva");
  CHECK(Text(rows[1], "event_text") == "said (about)");
  CHECK(Text(rows[2], "target_actor") == "Arman Zhaksybekov");
  CHECK(Text(rows[2], "role") == "Minister of Finance");
  CHECK(Text(rows[2], "date") == "2025-04-05");
  CHECK(Text(rows[2], "item_id") == "cabinet-2");
}

TEST_CASE("query office merges stored appointments with the aliases' holders", "[cli][office]") {
  TempDir dir;
  Ingest(dir);
  CliRun finance = Polgraph(dir, "query office \"Minister of Finance\" --db news.db --json");
  INFO(finance.err);
  REQUIRE(finance.exit_code == 0);
  rapidjson::Document doc = Json(finance.out);
  const auto& holders = doc["holders"];
  REQUIRE(holders.Size() >= 1);
  const auto& last = holders[holders.Size() - 1];
  CHECK(Text(last, "holder") == "Arman Zhaksybekov");
  CHECK(Text(last, "from") == "2025-04-05");
  REQUIRE(last["events"].Size() == 1);
  CHECK(Text(last["events"][0], "title") == "A new finance minister");

  CliRun president = Polgraph(dir, "query office \"President of Kazakhstan\" --db news.db");
  REQUIRE(president.exit_code == 0);
  CHECK_THAT(president.out, Catch::Contains("Nursultan Nazarbayev") &&
                                Catch::Contains("Kassym-Jomart Tokayev") &&
                                Catch::Contains("aliases"));
  CliRun none = Polgraph(dir, "query office \"Keeper of the Royal Swans\" --db news.db");
  CHECK(none.exit_code != 0);
  CHECK_THAT(none.err, Catch::Contains("Keeper of the Royal Swans"));
}

TEST_CASE("query timeline shows the offices the aliases know, with --aliases", "[cli][office]") {
  TempDir dir;
  Ingest(dir);
  CliRun tokayev = Polgraph(dir, "query timeline Tokayev --db news.db");
  INFO(tokayev.err);
  REQUIRE(tokayev.exit_code == 0);
  CHECK_THAT(tokayev.out, Catch::Contains("President of Kazakhstan") &&
                              Catch::Contains("2019-03-20") && Catch::Contains("aliases"));
  // The exact name is settled in the store without the aliases table; the
  // table is still read for the offices it holds.
  CliRun exact = Polgraph(dir, "query timeline \"Kassym-Jomart Tokayev\" --db news.db");
  INFO(exact.err);
  REQUIRE(exact.exit_code == 0);
  CHECK(exact.out == tokayev.out);

  CliRun unknown = Polgraph(dir, "query timeline Zhaksybekoff --db news.db");
  CHECK(unknown.exit_code != 0);
  dir.Write("mine.json",
            R"({"entities": [{"name": "Arman Zhaksybekov", "type": "person",
                 "aliases": ["Zhaksybekoff"]}]})");
  CliRun known = Polgraph(dir, "query timeline Zhaksybekoff --aliases mine.json --db news.db");
  INFO(known.err);
  REQUIRE(known.exit_code == 0);
  CHECK_THAT(known.out, Catch::Contains("Minister of Finance") && Catch::Contains("news"));
}

TEST_CASE("ingest --reextract runs other rules over the stored items", "[cli][reextract]") {
  TempDir dir;
  Ingest(dir);
  // A rules file that adds a relation and its rule: "A criticized B".
  dir.Write("criticized.json", R"j({
    "relations": [{"name": "criticized", "description": "A spoke against B.",
                   "subject_types": ["person"], "object_types": ["person", "country"]}],
    "rules": [{"id": "criticized.plain", "relation": "criticized",
               "pattern": "(?P<subject>{PERSON}) criticized (?P<object>{PERSON})",
               "examples": []}]
  })j");
  dir.Write(
      "more.jsonl",
      R"({"id": "row-3", "date": "2025-04-09", "title": "A row", "text": "President Kassym-Jomart Tokayev criticized President Ilham Aliyev over the pipeline."})"
      "\n");
  CliRun more = Polgraph(dir, "ingest more.jsonl --db news.db");
  REQUIRE(more.exit_code == 0);
  CliRun before = Polgraph(
      dir, "query events --relation criticized --db news.db --json --rules criticized.json");
  REQUIRE(before.exit_code == 0);
  CHECK(Json(before.out).Size() == 0);

  CliRun again = Polgraph(dir, "ingest --reextract --db news.db --rules criticized.json");
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  CHECK_THAT(again.out, Catch::Contains("re-extracted 3 items"));
  CliRun after = Polgraph(
      dir, "query events --relation criticized --db news.db --json --rules criticized.json");
  REQUIRE(after.exit_code == 0);
  rapidjson::Document events = Json(after.out);
  REQUIRE(events.Size() == 1);
  CHECK(Text(events[0], "object") == "Ilham Aliyev");
  CHECK(Text(events[0], "title") == "A row");

  // The default rules again: the criticized triple goes, the others stay as they were.
  CliRun back = Polgraph(dir, "ingest --reextract --db news.db");
  REQUIRE(back.exit_code == 0);
  CliRun all = Polgraph(dir, "query events --db news.db --json");
  REQUIRE(all.exit_code == 0);
  CHECK(Json(all.out).Size() == 3);

  CliRun both = Polgraph(dir, "ingest --reextract news.jsonl --db news.db");
  CHECK(both.exit_code != 0);
  CHECK_THAT(both.err, Catch::Contains("give no FILE"));
}

}  // namespace polgraph
