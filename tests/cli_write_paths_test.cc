// End-to-end, writes that must not destroy data (issue 15, item 5): another
// program's SQLite file is not taken over by ingest, an output that is one of
// the inputs is refused, CSV's two files are both new or both old, and the
// temporary files of a killed export are cleaned up by the next export.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

namespace fs = std::filesystem;
using testing::CliRun;
using testing::ReadFile;
using testing::TempDir;

CliRun Polgraph(const TempDir& dir, const std::string& args, const std::string& prefix = "") {
  return testing::RunPolgraph(dir.path(), args, "/dev/null", prefix);
}

std::set<std::string> Listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  return names;
}

const std::string kFeed =
    "02.05.2026, 11:00 40\n"
    "Talks on the river treaty\n"
    "Foreign minister Halvard Strenge met Ottilie Brask in the capital.\n";

TEST_CASE("ingest refuses another program's SQLite database and leaves it as it was",
          "[write-paths]") {
  TempDir dir;
  const std::string other = dir.File("notes.db");
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(other.c_str(), &db) == SQLITE_OK);
  REQUIRE(sqlite3_exec(db,
                       "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                       "INSERT INTO notes (body) VALUES ('buy stamps');",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
  sqlite3_close(db);
  std::ofstream(dir.File("news.txt")) << kFeed;
  const std::string before = ReadFile(other);

  CliRun run = Polgraph(dir, "ingest news.txt --db notes.db");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "polgraph: notes.db: not a polgraph store (it holds a table 'notes'): refusing to write "
        "into another program's database\n");
  CHECK(ReadFile(other) == before);  // no tables added, still not in WAL mode
  CHECK(Listing(dir.path()) == std::set<std::string>{"news.txt", "notes.db"});

  SECTION("a database marked as another application's is refused even when empty") {
    REQUIRE(sqlite3_open(dir.File("app.db").c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA application_id = 1234", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(db);
    CliRun app = Polgraph(dir, "ingest news.txt --db app.db");
    CHECK(app.exit_code == 1);
    CHECK_THAT(app.err, Catch::Contains("app.db: not a polgraph store (application id 1234)"));
    CHECK(Polgraph(dir, "stats --db app.db").exit_code == 1);
  }
  SECTION("polgraph's own store is opened again, for writing and reading") {
    REQUIRE(Polgraph(dir, "ingest news.txt --db mine.db").exit_code == 0);
    CliRun again = Polgraph(dir, "ingest news.txt --db mine.db");
    INFO(again.err);
    CHECK(again.exit_code == 0);
    CHECK(Polgraph(dir, "stats --db mine.db").exit_code == 0);
  }
}

TEST_CASE("an output that is one of the inputs is refused", "[write-paths]") {
  TempDir dir;
  fs::create_directory(dir.File("feeds"));
  std::ofstream(dir.File("feeds/news.txt")) << kFeed;
  for (const std::string& command : {std::string("extract feeds/news.txt -o feeds/news.txt"),
                                     std::string("extract feeds -o ./feeds/../feeds/news.txt"),
                                     std::string("items feeds/news.txt -o feeds/news.txt")}) {
    CAPTURE(command);
    CliRun run = Polgraph(dir, command);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("is also an input") &&
                            Catch::Contains("writing it would destroy it"));
    CHECK(ReadFile(dir.File("feeds/news.txt")) == kFeed);
  }
  CHECK(Polgraph(dir, "extract feeds/news.txt -o feeds/triples.jsonl").exit_code == 0);
}

// `count` meetings among `people` people, each pair new until `count` passes
// `people` times `people`.
std::string Meetings(int count, int people) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    auto person = [&](int k) { return "Councillor Number " + std::to_string(k % people); };
    text += R"({"item":)" + std::to_string(i + 1) + R"(,"id":"c-)" + std::to_string(i) +
            R"(","date":"2026-04-)" + std::to_string(10 + i % 19) + R"(","subject":")" + person(i) +
            R"(","subject_type":"person","relation":"met","object":")" +
            person(i * 7 + 3 + i / people) +
            R"(","object_type":"person","role":"","sentence":"They met.","rule":"test.met",)" +
            R"("source":"c.jsonl"})" + "\n";
  }
  return text;
}

TEST_CASE("csv export keeps the older pair when the edges file fails last", "[write-paths]") {
  TempDir dir;
  std::ofstream(dir.File("c.jsonl")) << Meetings(1400, 900);
  REQUIRE(Polgraph(dir, "ingest --triples c.jsonl --db c.db").exit_code == 0);
  fs::create_directory(dir.File("out"));
  REQUIRE(Polgraph(dir, "export --db c.db -o out/g.csv").exit_code == 0);
  const auto nodes_size = fs::file_size(dir.File("out/g.nodes.csv"));
  const auto edges_size = fs::file_size(dir.File("out/g.edges.csv"));
  // The case: the nodes file fits under the limit below and is renamed into
  // place; the edges file, held whole in the 64 KiB write buffer until its
  // commit, fails only then.
  CAPTURE(nodes_size, edges_size);
  constexpr std::uintmax_t kKiB = 1024;
  REQUIRE(nodes_size < 40 * kKiB);
  REQUIRE(edges_size > 40 * kKiB);
  REQUIRE(edges_size < 64 * kKiB);
  std::ofstream(dir.File("out/g.nodes.csv")) << "older nodes\n";
  std::ofstream(dir.File("out/g.edges.csv")) << "older edges\n";

  const std::string full_disk = "bash -c 'trap \"\" XFSZ; ulimit -f 40; exec \"$@\"' full-disk ";
  CliRun run = Polgraph(dir, "export --db c.db -o out/g.csv", full_disk);
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains("g.edges.csv: write failed"));
  CHECK(ReadFile(dir.File("out/g.nodes.csv")) == "older nodes\n");
  CHECK(ReadFile(dir.File("out/g.edges.csv")) == "older edges\n");
  CHECK(Listing(dir.File("out")) == std::set<std::string>{"g.edges.csv", "g.nodes.csv"});
}

TEST_CASE("temporary files of a killed export go with the next export of that file",
          "[write-paths]") {
  TempDir dir;
  std::ofstream(dir.File("c.jsonl")) << Meetings(20, 10);
  REQUIRE(Polgraph(dir, "ingest --triples c.jsonl --db c.db").exit_code == 0);
  fs::create_directory(dir.File("out"));
  // Left by a writer that was killed: nobody holds them.
  std::ofstream(dir.File("out/.g.json.tmp-a1B2c3")) << "half a graph";
  std::ofstream(dir.File("out/.g.json.tmp-Zz9yX8")) << "another half";
  // Another file's, and one a live writer holds (this test, by its lock).
  std::ofstream(dir.File("out/.h.json.tmp-q1w2e3")) << "not ours";
  std::ofstream(dir.File("out/.g.json.tmp-Held01")) << "being written";
  const int held = open(dir.File("out/.g.json.tmp-Held01").c_str(), O_RDONLY);
  REQUIRE(held >= 0);
  REQUIRE(flock(held, LOCK_EX | LOCK_NB) == 0);

  CliRun run = Polgraph(dir, "export --db c.db -o out/g.json");
  INFO(run.err);
  CHECK(run.exit_code == 0);
  CHECK(Listing(dir.File("out")) ==
        std::set<std::string>{"g.json", ".h.json.tmp-q1w2e3", ".g.json.tmp-Held01"});
  close(held);
}

}  // namespace
}  // namespace polgraph
