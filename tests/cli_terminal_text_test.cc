// End-to-end, control characters and text reordering (issue 15, item 3): an
// aliases file with ESC, BEL or a bidirectional override in a name is refused
// as triples are; C1 controls in feed text are binary data; and what the
// store holds reaches the terminal escaped, never obeyed.
#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::CliRun;
using testing::TempDir;

CliRun Polgraph(const TempDir& dir, const std::string& args) {
  return testing::RunPolgraph(dir.path(), args);
}

const std::string kFeed =
    "02.05.2026, 11:00 40\n"
    "Talks on the river treaty\n"
    "Foreign minister Halvard Strenge met his counterpart in the capital.\n";

TEST_CASE("an aliases file with control or reordering characters in a name is refused",
          "[terminal]") {
  TempDir dir;
  std::ofstream(dir.File("news.txt")) << kFeed;
  struct Case {
    std::string json_name, problem;
  };
  auto [json_name, problem] =
      GENERATE(Case{R"(Halvard\u001b]0;owned\u0007 Strenge)", "control character 0x1B at column 8"},
               Case{R"(Halvard Strenge\u0000)", "control character 0x00 at column 16"},
               Case{R"(Halvard \u202eegnertS)", "bidirectional control U+202E at column 9"},
               Case{R"(Halvard\u009b31m Strenge)", "control character U+009B at column 8"});
  CAPTURE(json_name);
  std::ofstream(dir.File("aliases.json"))
      << R"({"entities": [{"name": "Halvard Strenge", "type": "person", "aliases": [")" << json_name
      << "\"]}]}\n";
  CliRun run = Polgraph(dir, "extract --aliases aliases.json news.txt");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::StartsWith("polgraph: aliases.json:1: entities[0].aliases[0]: ") &&
                          Catch::Contains(problem));
  CHECK(run.err.find('\x1b') == std::string::npos);
  CHECK(run.out.empty());

  std::ofstream(dir.File("aliases.json"))
      << R"({"entities": [{"name": ")" << json_name << R"(", "type": "person"}]})"
      << "\n";
  run = Polgraph(dir, "extract --aliases aliases.json news.txt");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err,
             Catch::Contains("aliases.json:1: entities[0].name: ") && Catch::Contains(problem));
}

TEST_CASE("C1 control characters in feed text are binary data", "[terminal]") {
  TempDir dir;
  std::string feed = kFeed;
  feed.insert(feed.find("met"),
              "\xC2\x9B"
              "2J");  // CSI: "clear the screen"
  std::ofstream(dir.File("news.txt")) << feed;
  CliRun run = Polgraph(dir, "items news.txt");
  CHECK(run.exit_code == 1);
  CHECK(run.err == "polgraph: news.txt:3: binary data: control character U+009B at column 34\n");
}

// A triple whose subject holds a right-to-left override, as a triples file
// may carry it (only control characters are refused there).
constexpr const char* kOverriddenTriple =
    R"({"item":1,"id":"a-1","date":"2026-05-02","subject":"Halvard \u202eegnertS",)"
    R"("subject_type":"person","relation":"met","object":"Ottilie Brask",)"
    R"("object_type":"person","role":"","sentence":"They met.","rule":"test.met",)"
    R"("source":"t.jsonl"})";

TEST_CASE("names and errors reach the terminal escaped", "[terminal]") {
  TempDir dir;
  std::ofstream(dir.File("t.jsonl")) << kOverriddenTriple << "\n";
  REQUIRE(Polgraph(dir, "ingest --triples t.jsonl --db s.db").exit_code == 0);
  CliRun top = Polgraph(dir, "query top --db s.db");
  REQUIRE(top.exit_code == 0);
  CHECK(top.out.find("\xE2\x80\xAE") == std::string::npos);
  CHECK_THAT(top.out, Catch::Contains("Halvard \\u202EegnertS"));
  // The machine-readable forms keep the name as stored.
  CliRun json = Polgraph(dir, "query top --db s.db --json");
  CHECK_THAT(json.out, Catch::Contains("Halvard \xE2\x80\xAE"
                                       "egnertS"));

  // A name typed by the user comes back in the error escaped.
  CliRun error =
      Polgraph(dir, "query neighbors \"$(printf 'Nobody\\033]0;owned\\007')\" --db s.db");
  CHECK(error.exit_code == 1);
  CHECK(error.err.find('\x1b') == std::string::npos);
  CHECK(error.err.find('\x07') == std::string::npos);
  CHECK_THAT(error.err, Catch::Contains("Nobody\\x1B]0;owned\\x07"));
}

TEST_CASE("a timeline's table is as wide as its names are shown, escaped", "[terminal][timeline]") {
  TempDir dir;
  // The timeline measures each name once, not each row: the escaped name
  // (longer than the stored one) still sets its column's width.
  std::ofstream(dir.File("t.jsonl"))
      << kOverriddenTriple << "\n"
      << R"({"item":2,"id":"a-2","date":"2026-05-03","subject":"Ola Nord",)"
         R"("subject_type":"person","relation":"met","object":"Ottilie Brask",)"
         R"("object_type":"person","role":"","sentence":"They met.","rule":"test.met",)"
         R"("source":"t.jsonl"})"
      << "\n";
  REQUIRE(Polgraph(dir, "ingest --triples t.jsonl --db s.db").exit_code == 0);
  CliRun timeline = Polgraph(dir, "query timeline \"Ottilie Brask\" --db s.db");
  REQUIRE(timeline.exit_code == 0);
  CAPTURE(timeline.out);
  CHECK(timeline.out.find("\xE2\x80\xAE") == std::string::npos);
  const size_t events = timeline.out.find("\nevents\n");
  REQUIRE(events != std::string::npos);
  std::istringstream table(timeline.out.substr(events + 8));
  std::string header, first, second;
  REQUIRE(std::getline(table, header));
  REQUIRE(std::getline(table, first));
  REQUIRE(std::getline(table, second));
  const size_t relation = header.find("relation");
  REQUIRE(relation != std::string::npos);
  CHECK_THAT(first, Catch::Contains("Halvard \\u202EegnertS"));
  CHECK(first.substr(relation, 4) == "met ");
  CHECK(second.substr(relation, 4) == "met ");
}

}  // namespace
}  // namespace polgraph
