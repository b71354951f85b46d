// End-to-end, one SQLite store used by several polgraph processes at once
// (issue 15, item 4): parallel ingests take turns (none fails on an entity
// another one added), readers see one consistent snapshot while writers
// commit, and a store in a folder nobody may write to can still be read.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::CliRun;
using testing::ReadFile;
using testing::TempDir;

const std::string kPolgraph = POLGRAPH_BINARY;

// Triples (as `polgraph extract` prints them), one item each, items numbered
// from `first`; people are drawn from a pool shared by every writer, so each
// writer adds entities the others also add.
std::string MeetingTriples(int first, int count) {
  std::string text;
  for (int i = first; i < first + count; ++i) {
    auto person = [](int k) { return "Delegate " + std::to_string(k % 400); };
    text += R"({"item":)" + std::to_string(i + 1) + R"(,"id":"meeting-)" + std::to_string(i) +
            R"(","date":"2026-03-)" + std::to_string(10 + i % 19) + R"(","subject":")" +
            person(i * 13) + R"(","subject_type":"person","relation":"met","object":")" +
            person(i * 29 + 7) +
            R"(","object_type":"person","role":"","sentence":"The delegates met.",)" +
            R"("rule":"test.met","source":"m.jsonl"})" + "\n";
  }
  return text;
}

long StoredItems(const TempDir& dir, const std::string& db) {
  CliRun stats = testing::RunPolgraph(dir.path(), "stats --json --db '" + db + "'");
  INFO(stats.err);
  REQUIRE(stats.exit_code == 0);
  rapidjson::Document doc;
  doc.Parse(stats.out.c_str());
  REQUIRE(doc.IsObject());
  return doc["items"].GetInt64();
}

TEST_CASE("four ingests and two readers share one SQLite store at once", "[concurrency]") {
  TempDir dir;
  const std::string db = dir.File("shared.db");
  std::ofstream(dir.File("start.jsonl")) << MeetingTriples(0, 50);
  REQUIRE(
      testing::RunPolgraph(dir.path(), "ingest --triples start.jsonl --db shared.db").exit_code ==
      0);
  constexpr int kWriters = 4, kItemsEach = 3000;
  for (int w = 0; w < kWriters; ++w) {
    std::ofstream(dir.File("w" + std::to_string(w) + ".jsonl"))
        << MeetingTriples(50 + w * kItemsEach, kItemsEach);
  }
  // Each process writes its exit code to a file of its own; readers go on
  // reading (network, edges, stats) until the writers are done.
  const std::string p = "'" + kPolgraph + "'";
  std::string script;
  for (int w = 0; w < kWriters; ++w) {
    const std::string n = std::to_string(w);
    script += "(" + p + " ingest --triples w" + n + ".jsonl --db shared.db >w" + n +
              ".out 2>&1; echo $? >w" + n + ".rc) & ";
  }
  for (int r = 0; r < 2; ++r) {
    const std::string n = std::to_string(r);
    script += "(rc=0; for i in 1 2 3 4 5 6; do " + p + " export --format json --db shared.db -o r" +
              n + ".json >>r" + n + ".out 2>&1 || rc=1; " + p + " query top --db shared.db >>r" +
              n + ".out 2>&1 || rc=1; done; echo $rc >r" + n + ".rc) & ";
  }
  script += "wait";
  CliRun all = testing::RunShell(dir.path(), script);
  REQUIRE(all.exit_code == 0);
  for (int w = 0; w < kWriters; ++w) {
    const std::string n = std::to_string(w);
    INFO("writer " << n << ": " << ReadFile(dir.File("w" + n + ".out")));
    CHECK(ReadFile(dir.File("w" + n + ".rc")) == "0\n");
  }
  for (int r = 0; r < 2; ++r) {
    const std::string n = std::to_string(r);
    INFO("reader " << n << ": " << ReadFile(dir.File("r" + n + ".out")));
    CHECK(ReadFile(dir.File("r" + n + ".rc")) == "0\n");
  }
  CHECK(StoredItems(dir, db) == 50 + kWriters * kItemsEach);
}

TEST_CASE("a store in a folder nobody may write to can be read", "[concurrency]") {
  namespace fs = std::filesystem;
  TempDir dir;
  fs::create_directory(dir.File("archive"));
  std::ofstream(dir.File("t.jsonl")) << MeetingTriples(0, 40);
  REQUIRE(
      testing::RunPolgraph(dir.path(), "ingest --triples t.jsonl --db archive/old.db").exit_code ==
      0);
  // As root every folder is writable: read as "nobody" then. Under the
  // sanitizers, their suppression files may be where nobody cannot read them
  // (a clone under /root): the reads as nobody run without them, and without
  // the leak check those files tune.
  std::string as_reader;
  if (geteuid() == 0) {
    as_reader =
        "env ASAN_OPTIONS=detect_leaks=0 LSAN_OPTIONS= "
        "setpriv --reuid=65534 --regid=65534 --clear-groups ";
    fs::permissions(dir.path(), fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::add);
  }
  fs::permissions(dir.File("archive"), fs::perms::owner_read | fs::perms::owner_exec |
                                           fs::perms::others_read | fs::perms::others_exec);
  fs::permissions(dir.File("archive/old.db"), fs::perms::owner_read | fs::perms::others_read);

  for (const std::string& command :
       {std::string("stats"), std::string("query top"), std::string("export --format json")}) {
    CliRun run =
        testing::RunPolgraph(dir.path(), command + " --db archive/old.db", "/dev/null", as_reader);
    CAPTURE(command, run.err);
    CHECK(run.exit_code == 0);
    CHECK_FALSE(run.out.empty());
  }
  fs::permissions(dir.File("archive"), fs::perms::owner_all);
}

}  // namespace
}  // namespace polgraph
