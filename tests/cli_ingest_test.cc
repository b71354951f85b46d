// End-to-end: `polgraph ingest`, `polgraph query` and `polgraph stats` run as
// the built binary on samples/, in a temporary directory: what ingest adds,
// that ingesting again adds nothing, the met table and its JSON, the errors,
// and that `extract` + `ingest --triples` gives the graph a direct ingest does.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TempDir;

const std::string kSamples = POLGRAPH_SOURCE_DIR "/samples";

using Run = testing::CliRun;
using testing::Lines;
using testing::ReadFile;

Run Polgraph(const TempDir& dir, const std::string& args, const std::string& input = "/dev/null") {
  return testing::RunPolgraph(dir.File(""), args, input);
}

// Code points in `text` (the samples' names have no wide or combining characters).
size_t Width(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80;
  return width;
}

struct Added {
  long items = -1, triples = -1, entities = -1, already = -1, read = -1;
};

// Reads "DB: added I items, T triples, E entities (A of R items read were already stored)".
Added ParseAdded(const std::string& out) {
  static const std::regex kLine(
      R"(^.*: added (\d+) items, (\d+) triples, (\d+) entities \((\d+) of (\d+) items read were already stored\)\n$)");
  std::smatch m;
  Added added;
  if (std::regex_match(out, m, kLine)) {
    added = {std::stol(m[1]), std::stol(m[2]), std::stol(m[3]), std::stol(m[4]), std::stol(m[5])};
  }
  return added;
}

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  CAPTURE(text);
  REQUIRE_FALSE(doc.HasParseError());
  return doc;
}

TEST_CASE("ingest stores the samples once; again it adds nothing", "[ingest]") {
  TempDir dir;
  Run first = Polgraph(dir, "ingest '" + kSamples + "'");
  CAPTURE(first.out, first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(first.err.empty());  // no progress bar: stderr is not a terminal
  CHECK(std::filesystem::exists(dir.File("polgraph.db")));  // the default, in the cwd
  Added added = ParseAdded(first.out);
  CHECK(added.items == 20);  // 16 in news.txt, 4 in news.jsonl
  CHECK(added.triples >= 40);
  CHECK(added.entities >= 25);
  CHECK(added.already == 0);

  Run again = Polgraph(dir, "ingest '" + kSamples + "'");
  REQUIRE(again.exit_code == 0);
  Added none = ParseAdded(again.out);
  CHECK(none.items == 0);
  CHECK(none.triples == 0);
  CHECK(none.entities == 0);
  CHECK(none.already == 20);

  Run stats = Polgraph(dir, "stats --json");
  REQUIRE(stats.exit_code == 0);
  rapidjson::Document doc = ParseJson(stats.out);
  CHECK(doc["items"].GetInt64() == 20);
  CHECK(doc["triples"].GetInt64() == added.triples);
  CHECK(doc["entities"].GetInt64() == added.entities);
  CHECK(std::string(doc["first"].GetString()) == "2025-02-10");
  CHECK(doc["triples_by_relation"]["met"].GetInt64() >= 15);
}

TEST_CASE("ingest adds only the new items of a feed", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "/news.jsonl' --db g.db").exit_code == 0);
  Run both = Polgraph(dir, "ingest '" + kSamples + "' --db g.db");
  REQUIRE(both.exit_code == 0);
  Added added = ParseAdded(both.out);
  CHECK(added.items == 16);
  CHECK(added.already == 4);
}

// Issue 15, item 2: a second item titled like the first was dropped as
// "already stored" when ids came from the title alone.
TEST_CASE("ingest keeps items of one title apart and knows them again", "[ingest]") {
  TempDir dir;
  std::ofstream(dir.File("updates.jsonl"))
      << R"({"title": "Update", "text": "Ruth Calloway met Omar Lindqvist in the capital."})"
         "\n"
         R"({"title": "Update", "text": "Ruth Calloway met Ines Marchetti at the summit."})"
         "\n";
  Run first = Polgraph(dir, "ingest updates.jsonl --db u.db");
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  CHECK(ParseAdded(first.out).items == 2);
  Run again = Polgraph(dir, "ingest updates.jsonl --db u.db");
  REQUIRE(again.exit_code == 0);
  CHECK(ParseAdded(again.out).items == 0);
  CHECK(ParseAdded(again.out).already == 2);

  // One given id for two different items: an error naming both places, or
  // with --lenient a warning and a count.
  std::ofstream(dir.File("ids.jsonl"))
      << R"({"id": "a1", "title": "Update", "text": "Ruth Calloway met Omar Lindqvist."})"
         "\n"
         R"({"id": "a1", "title": "Update", "text": "Ines Marchetti met Omar Lindqvist."})"
         "\n";
  Run strict = Polgraph(dir, "ingest ids.jsonl --db ids.db");
  CHECK(strict.exit_code == 1);
  CHECK(strict.err ==
        "polgraph: ids.jsonl:2: item id 'a1' was given to a different item at ids.jsonl:1 (ids "
        "must tell items apart)\n");
  Run lenient = Polgraph(dir, "ingest ids.jsonl --db ids.db --lenient");
  CHECK(lenient.exit_code == 0);
  CHECK_THAT(lenient.err, Catch::Contains("warning: ids.jsonl:2: item id 'a1'") &&
                              Catch::Contains("skipped 1 bad item(s)"));
  CHECK(ParseAdded(lenient.out).items == 1);
}

TEST_CASE("query met prints an aligned table, and JSON with --json", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "' --db g.db").exit_code == 0);
  Run table = Polgraph(dir, "query met --db g.db");
  CAPTURE(table.out, table.err);
  REQUIRE(table.exit_code == 0);
  std::vector<std::string> lines = Lines(table.out);
  REQUIRE(lines.size() >= 15);
  CHECK(lines[0].rfind("entity ", 0) == 0);
  // Every row ends its "times" column where the header does.
  size_t times_end = Width(lines[0].substr(0, lines[0].find("times") + 5));
  const std::regex kTopPair(R"(^Kassym-Jomart Tokayev +Shavkat Mirziyoyev\b.*)");
  bool found_pair = false;
  for (size_t i = 1; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    std::smatch m;
    REQUIRE(std::regex_match(lines[i], m, std::regex(R"(^(.*\S) +(\d+)  (\S+) +(\S+)$)")));
    CHECK(Width(lines[i].substr(0, m.position(2) + m.length(2))) == times_end);
    found_pair |= std::regex_match(m[1].str(), kTopPair) && m[2] == "2";
  }
  CHECK(found_pair);  // a phone call and a summit: the most meetings, listed first
  CHECK(std::regex_search(lines[1], kTopPair));

  Run json = Polgraph(dir, "query met --db g.db --json");
  REQUIRE(json.exit_code == 0);
  rapidjson::Document doc = ParseJson(json.out);
  REQUIRE(doc.IsArray());
  CHECK(doc.Size() == lines.size() - 1);
  const rapidjson::Value& top = doc[0];
  CHECK(std::string(top["a"].GetString()) == "Kassym-Jomart Tokayev");
  CHECK(std::string(top["b"].GetString()) == "Shavkat Mirziyoyev");
  CHECK(top["count"].GetInt64() == 2);
  CHECK(std::string(top["first"].GetString()) == "2025-11-16");
  CHECK(std::string(top["last"].GetString()) == "2026-02-11");

  Run mine = Polgraph(dir, "query met tokayev --db g.db --json");
  REQUIRE(mine.exit_code == 0);
  rapidjson::Document counterparts = ParseJson(mine.out);
  REQUIRE(counterparts.Size() >= 8);
  for (const rapidjson::Value& pair : counterparts.GetArray()) {
    CHECK(std::string(pair["a"].GetString()) == "Kassym-Jomart Tokayev");
  }
}

TEST_CASE("queries answer in tables and JSON", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "' --db g.db").exit_code == 0);
  auto [args, expected] = GENERATE(table<std::string, std::string>({
      {"query path Saidov Japarov", "Yermek Kosherbayev"},
      {"query neighbors Japarov --depth 1", "Kamchybek Tashiev"},
      {"query top --by betweenness --limit 3", "Kassym-Jomart Tokayev"},
      {"query top --by pagerank", "Kassym-Jomart Tokayev"},
      {"query timeline Kosherbayev", "Minister of Foreign Affairs of Kazakhstan  2025-09-26  -"},
      {"query evidence Tokayev Mirziyoyev", "had a phone conversation with"},
      {"query met --since 2026-02-11 --until 2026-02-11", "Shavkat Mirziyoyev"},
  }));
  CAPTURE(args);
  Run table = Polgraph(dir, args + " --db g.db");
  CAPTURE(table.out, table.err);
  CHECK(table.exit_code == 0);
  CHECK(table.out.find(expected) != std::string::npos);
  Run json = Polgraph(dir, args + " --db g.db --json");
  CHECK(json.exit_code == 0);
  rapidjson::Document doc = ParseJson(json.out);
  CHECK((doc.IsArray() || doc.IsObject()));
}

TEST_CASE("ingest --triples loads extract's output into the same graph", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "' --db direct.db").exit_code == 0);
  Run extracted = Polgraph(dir, "extract '" + kSamples + "'");
  REQUIRE(extracted.exit_code == 0);
  // Two shards split between items (as extracting two feeds would), the
  // second through stdin.
  std::vector<std::string> lines = Lines(extracted.out);
  REQUIRE(lines.size() > 10);
  auto item_id = [&](size_t i) {
    std::smatch m;
    std::regex_search(lines[i], m, std::regex(R"re("id":"([^"]*)")re"));
    return m[1].str();
  };
  size_t split = lines.size() / 2;
  while (split < lines.size() && item_id(split) == item_id(split - 1)) ++split;
  std::ofstream shard1(dir.File("shard1.jsonl")), shard2(dir.File("shard2.jsonl"));
  for (size_t i = 0; i < lines.size(); ++i) (i < split ? shard1 : shard2) << lines[i] << "\n";
  shard1.close();
  shard2.close();
  Run first = Polgraph(dir, "ingest --triples shard1.jsonl --db sharded.db");
  REQUIRE(first.exit_code == 0);
  Run second = Polgraph(dir, "ingest --triples - --db sharded.db", dir.File("shard2.jsonl"));
  CAPTURE(second.out, second.err);
  REQUIRE(second.exit_code == 0);
  // Loading a shard again adds nothing.
  CHECK(ParseAdded(Polgraph(dir, "ingest --triples shard1.jsonl --db sharded.db").out).triples ==
        0);

  for (std::string query :
       {"query met --json", "query top --by pagerank --limit 100 --json",
        "query top --by betweenness --limit 100 --json", "query neighbors Tokayev --depth 3 --json",
        "query timeline Kosherbayev --json", "query evidence Tokayev Mirziyoyev --json"}) {
    CAPTURE(query);
    Run direct = Polgraph(dir, query + " --db direct.db");
    Run sharded = Polgraph(dir, query + " --db sharded.db");
    REQUIRE(direct.exit_code == 0);
    CHECK(sharded.out == direct.out);
  }
  rapidjson::Document direct = ParseJson(Polgraph(dir, "stats --json --db direct.db").out);
  rapidjson::Document sharded = ParseJson(Polgraph(dir, "stats --json --db sharded.db").out);
  CHECK(sharded["triples"] == direct["triples"]);
  CHECK(sharded["entities"] == direct["entities"]);
  CHECK(sharded["triples_by_relation"] == direct["triples_by_relation"]);
  CHECK(sharded["items"].GetInt64() <= direct["items"].GetInt64());  // items that gave triples
}

TEST_CASE("ingest --triples names the file and line of a bad triple", "[ingest]") {
  TempDir dir;
  std::ofstream(dir.File("bad.jsonl"))
      << R"({"item":1,"id":"x1","date":"2024-05-02","subject":"Aida Balayeva","subject_type":"person","relation":"announced","object":"","object_type":"unknown","role":"","sentence":"Balayeva said so.","rule":"r","source":"f.txt"})"
      << "\n\n"
      << R"({"item":2,"id":"x2","date":"2024-05-03","relation":"met","object":"Senate"})"
      << "\n"
      << R"({"item":3,"id":"x3","date":"May 4","subject":"A B","relation":"met","object":"C"})"
      << "\n";
  Run strict = Polgraph(dir, "ingest --triples bad.jsonl --db g.db");
  CHECK(strict.exit_code == 1);
  CHECK(strict.err == "polgraph: bad.jsonl:3: missing \"subject\"\n");

  Run lenient = Polgraph(dir, "ingest --triples bad.jsonl --db g.db --lenient");
  CAPTURE(lenient.err);
  CHECK(lenient.exit_code == 0);
  CHECK(lenient.err.find("bad.jsonl:4: \"date\" is not a date (YYYY-MM-DD): \"May 4\"") !=
        std::string::npos);
  CHECK(lenient.err.find("skipped 2 bad line(s)") != std::string::npos);
  CHECK(ParseAdded(lenient.out).triples == 1);
}

TEST_CASE("query errors: unknown names, missing databases, bad options", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "' --db g.db").exit_code == 0);
  Run unknown = Polgraph(dir, "query neighbors 'Kosherbaev Yermak' --db g.db");
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.out.empty());
  CHECK_THAT(unknown.err,
             Catch::StartsWith("polgraph: no entity named 'Kosherbaev Yermak'; closest: ") &&
                 Catch::Contains("Yermek Kosherbayev"));

  Run missing = Polgraph(dir, "query met --db nowhere.db");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "polgraph: nowhere.db: no such database (polgraph ingest creates one)\n");
  CHECK_FALSE(std::filesystem::exists(dir.File("nowhere.db")));
  Run no_stats = Polgraph(dir, "stats");
  CHECK(no_stats.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir.File("polgraph.db")));

  Run since = Polgraph(dir, "query top --since yesterday --db g.db");
  CHECK(since.exit_code == 1);
  CHECK(since.err == "polgraph: --since: not a date (YYYY-MM-DD): 'yesterday'\n");
  Run relation = Polgraph(dir, "query met --relation appointed --db g.db");
  CHECK(relation.exit_code == 1);
  CHECK(relation.err ==
        "polgraph: query met counts meetings only; --relation appointed does not apply\n");
  CHECK(Polgraph(dir, "query top --by fame --db g.db").exit_code == 2);
  CHECK(Polgraph(dir, "query path Tokayev --db g.db").exit_code == 2);
}

TEST_CASE("stats prints counts by relation and by type", "[ingest]") {
  TempDir dir;
  REQUIRE(Polgraph(dir, "ingest '" + kSamples + "/news.jsonl' --db g.db").exit_code == 0);
  Run stats = Polgraph(dir, "stats --db g.db");
  REQUIRE(stats.exit_code == 0);
  std::vector<std::string> lines = Lines(stats.out);
  REQUIRE(lines.size() >= 8);
  CHECK(lines[0] == "database  g.db");
  CHECK(std::regex_match(lines[1],
                         std::regex(R"(items     4 \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\))")));
  CHECK(stats.out.find("\nrelation   triples\n") != std::string::npos);
  CHECK(std::regex_search(stats.out, std::regex(R"(\nmet +3\n)")));
  CHECK(std::regex_search(stats.out, std::regex(R"(\nperson +\d+\n)")));
}

}  // namespace
}  // namespace polgraph
