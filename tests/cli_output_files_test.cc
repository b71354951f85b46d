// End-to-end, file faults (issue 7): an output folder that is missing or not
// writable and a full disk (a file size limit: `ulimit -f` with SIGXFSZ
// ignored, so write() fails with EFBIG) give a clear error naming the file and
// leave no partial file, for export, render, extract -o and ingest; a full
// disk mid-ingest leaves the store as it was before the batch.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/graph_test_data.h"

namespace polgraph {
namespace {

using testing::TempDir;

const std::string kSamples = POLGRAPH_SOURCE_DIR "/samples/news.txt";
// A full disk: a file size limit of 40 KB, with SIGXFSZ ignored so that past
// it write() fails with EFBIG ("File too large") as it would with ENOSPC,
// instead of the signal killing polgraph. 40 KB leaves room for SQLite's
// 32 KB shared-memory file of a store being read. bash, because sh (dash)
// counts ulimit -f in 512-byte blocks.
constexpr char kFullDisk[] = "bash -c 'trap \"\" XFSZ; ulimit -f 40; exec \"$@\"' full-disk ";

using Run = testing::CliRun;
using testing::ReadFile;

// Runs `polgraph ARGS` (under `wrapper`, a command prefix) in `capture`, a
// folder of its own (so that listings of other folders show only what
// polgraph left).
Run Polgraph(const TempDir& capture, const std::string& args, const std::string& wrapper = "") {
  return testing::RunPolgraph(capture.File(""), args, "/dev/null", wrapper);
}

std::set<std::string> Listing(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    names.insert(entry.path().filename().string());
  return names;
}

// Triples (as `polgraph extract` prints them) among `people` people, `count`
// of them, one item each, item ids starting at `first`.
std::string Triples(int first, int count, int people) {
  std::string text;
  for (int i = first; i < first + count; ++i) {
    auto name = [&](int k) { return "Person " + std::to_string(k % people); };
    text += R"({"item":)" + std::to_string(i + 1) + R"(,"id":"item-)" + std::to_string(i) +
            R"(","date":"2026-01-)" + std::to_string(10 + i % 20) + R"(","subject":")" + name(i) +
            R"(","subject_type":"person","relation":"met","object":")" +
            name(i * 7 + 1 + i / people) +
            R"(","object_type":"person","role":"","sentence":"They met.","rule":"test.met",)" +
            R"("source":"t.jsonl"})" + "\n";
  }
  return text;
}

// A store of 1500 triples among 600 people: every export of it passes 40 KB.
class BigStore {
 public:
  BigStore() {
    std::ofstream(dir_.File("t.jsonl")) << Triples(0, 1500, 600);
    Run run = Polgraph(dir_, "ingest --triples '" + dir_.File("t.jsonl") + "' --db " + db());
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  std::string db() const { return "'" + dir_.File("big.db") + "'"; }

 private:
  TempDir dir_;
};

TEST_CASE("files: a missing or unwritable folder is named and nothing is left", "[files]") {
  TempDir capture, out;
  BigStore store;
  std::ofstream(out.File("a-file")) << "not a folder";
  // As root every folder is writable: then a path through a file stands in.
  const bool root = geteuid() == 0;
  if (!root) {
    namespace fs = std::filesystem;
    fs::create_directory(out.File("read-only"));
    fs::permissions(out.File("read-only"), fs::perms::owner_read | fs::perms::owner_exec);
  }
  const std::set<std::string> listed = Listing(out.File(""));

  auto [what, command, file] = GENERATE(table<std::string, std::string, std::string>({
      {"export", "export -o '{}' --db {db}", "g.json"},
      {"render", "render -o '{}' --db {db}", "g.svg"},
      {"extract", "extract '" + kSamples + "' -o '{}'", "t.jsonl"},
      {"ingest", "ingest '" + kSamples + "' --db '{}'", "s.db"},
  }));
  for (const std::string folder : {"no/such/folder/", root ? "a-file/" : "read-only/"}) {
    const std::string path = out.File(folder + file);
    std::string args = command;
    args.replace(args.find("{}"), 2, path);
    if (size_t db = args.find("{db}"); db != std::string::npos) args.replace(db, 4, store.db());
    CAPTURE(what, args);
    Run run = Polgraph(capture, args);
    CHECK(run.exit_code == 1);
    CHECK(run.err.rfind("polgraph: " + path + ": ", 0) == 0);
    CHECK(run.out.empty());
    CHECK(Listing(out.File("")) == listed);
    if (!root) CHECK(Listing(out.File("read-only")).empty());
  }
}

TEST_CASE("files: a full disk is named and leaves no partial file", "[files]") {
  TempDir capture, out;
  BigStore store;
  std::ofstream(out.File("old.json")) << "keep me";
  auto [what, args, file] = GENERATE(table<std::string, std::string, std::string>({
      {"export json", "export -o '{}' --db {db}", "old.json"},
      {"export graphml", "export -o '{}' --db {db}", "g.graphml"},
      {"export gexf", "export -o '{}' --db {db}", "g.gexf"},
      {"export csv", "export -o '{}' --db {db}", "g.csv"},
      {"render", "render -o '{}' --db {db}", "g.svg"},
      {"extract", "extract {in} -o '{}'", "t.jsonl"},
  }));
  std::string command = args;
  const std::string path = out.File(file);
  command.replace(command.find("{}"), 2, path);
  if (size_t db = command.find("{db}"); db != std::string::npos) command.replace(db, 4, store.db());
  if (size_t in = command.find("{in}"); in != std::string::npos) {
    std::string samples;  // five times over: more than 40 KB of triples
    for (int i = 0; i < 5; ++i) samples += " '" + kSamples + "'";
    command.replace(in, 4, samples);
  }
  CAPTURE(what, command);
  Run run = Polgraph(capture, command, kFullDisk);
  CHECK(run.exit_code == 1);
  // (libxml2 may print "I/O error : write error" first, for GEXF.)
  CAPTURE(run.err);
  if (what == "export csv") {  // names the nodes or the edges file
    CHECK((run.err.ends_with(out.File("g.nodes.csv") + ": write failed: File too large\n") ||
           run.err.ends_with(out.File("g.edges.csv") + ": write failed: File too large\n")));
  } else {
    CHECK(run.err.ends_with("polgraph: " + path + ": write failed: File too large\n"));
  }
  CHECK(Listing(out.File("")) == std::set<std::string>{"old.json"});
  CHECK(ReadFile(out.File("old.json")) == "keep me");
}

TEST_CASE("files: a full disk mid-ingest leaves the store as before the batch", "[files]") {
  TempDir capture, dir;
  const std::string db = "'" + dir.File("s.db") + "'";
  std::ofstream(dir.File("first.jsonl")) << Triples(0, 200, 150);
  std::ofstream(dir.File("more.jsonl")) << Triples(200, 3000, 2000);
  REQUIRE(Polgraph(capture, "ingest --triples '" + dir.File("first.jsonl") + "' --db " + db)
              .exit_code == 0);
  const std::string before = Polgraph(capture, "stats --json --db " + db).out;
  REQUIRE_FALSE(before.empty());

  Run full =
      Polgraph(capture, "ingest --triples '" + dir.File("more.jsonl") + "' --db " + db, kFullDisk);
  INFO(full.err);
  CHECK(full.exit_code == 1);
  CHECK(full.err.rfind("polgraph: " + dir.File("s.db") + ": ", 0) == 0);
  CHECK(Polgraph(capture, "stats --json --db " + db).out == before);

  // With room again, the same ingest completes the store.
  Run again = Polgraph(capture, "ingest --triples '" + dir.File("more.jsonl") + "' --db " + db);
  INFO(again.err);
  REQUIRE(again.exit_code == 0);
  const std::string clean = "'" + dir.File("clean.db") + "'";
  for (const char* part : {"first.jsonl", "more.jsonl"})
    REQUIRE(
        Polgraph(capture, "ingest --triples '" + dir.File(part) + "' --db " + clean).exit_code ==
        0);
  std::string completed = Polgraph(capture, "stats --json --db " + db).out;
  std::string whole = Polgraph(capture, "stats --json --db " + clean).out;
  // The database's own path aside.
  auto without_path = [](std::string stats, const std::string& path) {
    size_t at = stats.find(path);
    if (at != std::string::npos) stats.erase(at, path.size());
    return stats;
  };
  CHECK(without_path(completed, dir.File("s.db")) == without_path(whole, dir.File("clean.db")));
}

}  // namespace
}  // namespace polgraph
