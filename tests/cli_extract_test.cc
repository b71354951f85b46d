// End-to-end: runs the built `polgraph extract` and `polgraph explain` on the
// samples, on stdin and on bad rules, checking exit codes, the JSON Lines or
// TSV on stdout and the messages on stderr.
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::TempDir;

const std::string kNews = POLGRAPH_SOURCE_DIR "/samples/news.txt";

using Run = testing::CliRun;
using testing::Lines;
using testing::ReadFile;

Run Polgraph(const TempDir& dir, const std::string& args, const std::string& input = "/dev/null") {
  return testing::RunPolgraph(dir.path(), args, input);
}

// "item subject relation object [role]" per JSON line; checks each line's fields.
std::set<std::string> Triples(const std::string& jsonl) {
  std::set<std::string> out;
  for (const std::string& line : Lines(jsonl)) {
    CAPTURE(line);
    rapidjson::Document d;
    d.Parse(line.c_str());
    REQUIRE(d.IsObject());
    for (const char* field : {"id", "date", "subject", "subject_type", "relation", "object",
                              "object_type", "role", "sentence", "rule", "source"}) {
      CAPTURE(field);
      REQUIRE(d.HasMember(field));
      CHECK(d[field].IsString());
    }
    REQUIRE(d["item"].IsInt());
    std::string triple = std::to_string(d["item"].GetInt()) + " " + d["subject"].GetString() + " " +
                         d["relation"].GetString() + " " + d["object"].GetString();
    if (d["role"].GetStringLength() > 0) triple += " [" + std::string(d["role"].GetString()) + "]";
    out.insert(triple);
  }
  return out;
}

std::string WithoutSource(std::string jsonl, const std::string& source) {
  for (size_t at; (at = jsonl.find(source)) != std::string::npos;) jsonl.erase(at, source.size());
  return jsonl;
}

}  // namespace

TEST_CASE("polgraph extract prints the sample feed's clear triples as JSON lines", "[extract]") {
  TempDir dir;
  Run run = Polgraph(dir, "extract '" + kNews + "'");
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty());
  std::set<std::string> triples = Triples(run.out);
  for (const char* expected : {
           "1 Yermek Kosherbayev met Bakhtiyor Saidov",
           "2 Kassym-Jomart Tokayev met Shavkat Mirziyoyev",
           "5 Kassym-Jomart Tokayev met Olzhas Bektenov",
           "5 Kassym-Jomart Tokayev met Yerlan Koshanov",
           "5 Kassym-Jomart Tokayev met Maulen Ashimbayev",
           // One triple split for length, not a missing comma:
           // NOLINTNEXTLINE(bugprone-suspicious-missing-comma)
           "7 Kassym-Jomart Tokayev appointed Askarbek Yertayev [Minister of Labor and Social "
           "Protection]",
           "9 Kassym-Jomart Tokayev met Ministry of Emergency Situations",
       }) {
    CAPTURE(expected);
    CHECK(triples.count(expected) == 1);
  }
  // Item 8 holds only planned and negated meetings.
  CHECK(std::none_of(triples.begin(), triples.end(),
                     [](const std::string& t) { return t.starts_with("8 "); }));
  // Press services and agencies are never entities.
  CHECK(run.out.find("press service\",\"subject_type") == std::string::npos);
  CHECK(run.out.find("\"subject\":\"Qazinform") == std::string::npos);
}

TEST_CASE("polgraph extract reads stdin and writes the same triples", "[extract]") {
  TempDir dir;
  Run from_file = Polgraph(dir, "extract '" + kNews + "'");
  Run from_stdin = Polgraph(dir, "extract -", kNews);
  REQUIRE(from_stdin.exit_code == 0);
  CHECK(!from_stdin.out.empty());
  CHECK(WithoutSource(from_stdin.out, "\"source\":\"-\"") ==
        WithoutSource(from_file.out, "\"source\":\"" + kNews + "\""));
}

TEST_CASE("polgraph extract --threads gives the output of one thread", "[extract]") {
  TempDir dir;
  Run one = Polgraph(dir, "extract '" + kNews + "' '" + kNews + "'");
  Run three = Polgraph(dir, "extract '" + kNews + "' '" + kNews + "' --threads 3");
  REQUIRE(three.exit_code == 0);
  CHECK(three.out == one.out);
}

TEST_CASE("polgraph extract --threads keeps order over many batches, and stops at bad input",
          "[extract]") {
  TempDir dir;
  std::ifstream in(kNews, std::ios::binary);
  std::string news((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string feed;
  for (int i = 0; i < 12; ++i) feed += news;  // 192 items: several batches per thread
  std::string path = dir.Write("many.txt", feed);
  Run one = Polgraph(dir, "extract many.txt --threads 1");
  Run three = Polgraph(dir, "extract many.txt --threads 3");
  REQUIRE(one.exit_code == 0);
  CHECK(Lines(one.out).size() > size_t{12} * 20);
  CHECK(three.out == one.out);
  // Each worker formats its batches (triples, TSV rows, explanations): the
  // output is still the one thread's, in input order.
  for (std::string flags : {"--format tsv", "--explain"}) {
    Run one_more = Polgraph(dir, "extract many.txt --threads 1 " + flags);
    Run three_more = Polgraph(dir, "extract many.txt --threads 3 " + flags);
    REQUIRE(one_more.exit_code == 0);
    CHECK(Lines(one_more.out).size() > size_t{12} * 20);
    CHECK(three_more.out == one_more.out);
  }

  long lines = std::count(feed.begin(), feed.end(), '\n');
  dir.Write("bad.txt", feed + "12.02.2026, 18:10 2104\nA title with a bad \xff byte\nText.\n");
  Run bad = Polgraph(dir, "extract bad.txt --threads 3 -o out.jsonl");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("bad.txt:" + std::to_string(lines + 2) + ": invalid UTF-8") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.File("out.jsonl")));
}

TEST_CASE("polgraph extract --format tsv prints a header and one row per triple", "[extract]") {
  TempDir dir;
  Run json = Polgraph(dir, "extract '" + kNews + "'");
  Run tsv = Polgraph(dir, "extract '" + kNews + "' --format tsv");
  REQUIRE(tsv.exit_code == 0);
  std::vector<std::string> rows = Lines(tsv.out);
  REQUIRE(rows.size() == Lines(json.out).size() + 1);
  CHECK(rows[0] ==
        "item\tid\tdate\tsubject\tsubject_type\trelation\tobject\tobject_type\trole\tsentence\t"
        "rule\tsource\ttitle\turl\tpublisher\tstatement");
  for (const std::string& row : rows) {
    CAPTURE(row);
    CHECK(std::count(row.begin(), row.end(), '\t') == 15);
  }
  CHECK(tsv.out.find("\tKassym-Jomart Tokayev\tperson\tappointed\tAskarbek Yertayev\tperson\t") !=
        std::string::npos);
}

TEST_CASE("polgraph extract stops with the rules file, rule and problem", "[extract]") {
  TempDir dir;
  std::string bad = dir.Write(
      "bad.json",
      R"j({"rules": [{"id": "met.with", "relation": "met", "pattern": "(\\w+ works"}]})j");
  Run run = Polgraph(dir, "extract '" + kNews + "' --rules '" + bad + "'");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err == "polgraph: " + bad + ": rule met.with: missing ): (\\w+ works\n");

  Run missing = Polgraph(dir, "extract '" + kNews + "' --rules '" + dir.File("none.json") + "'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "polgraph: " + dir.File("none.json") +
                           ": cannot read rules file: No such file or directory\n");

  Run no_rules = Polgraph(dir, "extract '" + kNews + "' --no-default-rules");
  CHECK(no_rules.exit_code == 1);
  CHECK(no_rules.err == "polgraph: --no-default-rules needs at least one --rules FILE\n");
}

TEST_CASE("polgraph extract --no-default-rules runs only the user's rules", "[extract]") {
  TempDir dir;
  std::string rules = dir.Write("visits.json", R"j({"relations": ["spoke_with"], "rules": [
      {"id": "spoke_with.phone", "relation": "spoke_with",
       "pattern": "(?P<subject>{PERSON}) had a phone conversation with (?P<objects>{NAME_LIST})"}]})j");
  Run run = Polgraph(dir, "extract '" + kNews + "' --no-default-rules --rules '" + rules + "'");
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(Triples(run.out) ==
        std::set<std::string>{"2 Kassym-Jomart Tokayev spoke_with Shavkat Mirziyoyev"});
}

TEST_CASE("polgraph --words adds to the word lists the finder and the rules read", "[extract]") {
  TempDir dir;
  std::string words =
      dir.Write("court.json", R"j({"lists": [{"name": "office_nouns", "words": ["registrar"]}]})j");
  const std::string sentence =
      "'President Kassym-Jomart Tokayev appointed Jane Holt as registrar of the Supreme Court.'";
  Run plain = Polgraph(dir, "explain " + sentence);
  CHECK(plain.out.find("TRIPLE") == std::string::npos);
  Run run = Polgraph(dir, "explain " + sentence + " --words '" + words + "'");
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("TRIPLE Kassym-Jomart Tokayev -appointed-> Jane Holt  [role: registrar of "
                     "the Supreme Court]") != std::string::npos);

  std::string bad = dir.Write("bad.json",
                              "{\"lists\": [\n  {\"name\": \"office_nouns\",\n"
                              "   \"words\": [\"registrar\", \"Registrar\"]}]}");
  Run error = Polgraph(dir, "extract '" + kNews + "' --words '" + bad + "'");
  CHECK(error.exit_code == 1);
  CHECK(error.err == "polgraph: " + bad + ":3: list office_nouns: \"Registrar\" is listed twice\n");
}

TEST_CASE("polgraph explain shows how a sentence was read", "[extract]") {
  TempDir dir;
  Run run = Polgraph(dir,
                     "explain 'President Emmanuel Macron appointed Michel Barnier as Prime "
                     "Minister.' --date 2024-09-05");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("appointed.as: matched") != std::string::npos);
  CHECK(
      run.out.find("TRIPLE Emmanuel Macron -appointed-> Michel Barnier  [role: Prime Minister]") !=
      std::string::npos);

  Run nothing = Polgraph(dir, "explain 'The weather was fine.'");
  CHECK(nothing.out.find("no rule's trigger matches this sentence") != std::string::npos);
  CHECK(nothing.out.find("triples: none") != std::string::npos);

  Run bad_date = Polgraph(dir, "explain 'Text.' --date 05.09.2024");
  CHECK(bad_date.exit_code == 1);
  CHECK(bad_date.err == "polgraph: --date: expected YYYY-MM-DD, got \"05.09.2024\"\n");
}

TEST_CASE("polgraph extract --explain explains every item", "[extract]") {
  TempDir dir;
  Run run = Polgraph(dir, "extract '" + kNews + "' --explain");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("== item 1 of " + kNews) != std::string::npos);
  CHECK(run.out.find("TRIPLE Yermek Kosherbayev -met-> Bakhtiyor Saidov") != std::string::npos);
}

}  // namespace polgraph
