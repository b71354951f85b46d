// End-to-end, errors that named the wrong cause or none (issue 15, item 8): a
// folder given as a rules or triples file, a loop of symbolic links given as
// a feed, and a database in a folder that does not exist.
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::CliRun;
using testing::TempDir;

TEST_CASE("clear errors for folders, symlink loops and missing database folders", "[errors]") {
  TempDir dir;
  std::filesystem::create_directory(dir.File("rules"));
  std::filesystem::create_directory(dir.File("triples"));
  std::filesystem::create_symlink("loop-b.txt", dir.File("loop-a.txt"));
  std::filesystem::create_symlink("loop-a.txt", dir.File("loop-b.txt"));
  std::ofstream(dir.File("news.txt")) << "02.05.2026, 11:00 40\nA title\nSome text.\n";

  auto [command, message] = GENERATE(table<std::string, std::string>({
      {"extract --rules rules news.txt", "polgraph: rules: is a directory, not a rules file\n"},
      {"ingest --triples triples --db t.db",
       "polgraph: triples: is a directory, not a triples file\n"},
      {"items loop-a.txt", "polgraph: loop-a.txt: too many levels of symbolic links\n"},
      {"ingest news.txt --db no/such/folder/s.db",
       "polgraph: no/such/folder/s.db: cannot create database: folder 'no/such/folder' does not "
       "exist\n"},
  }));
  CAPTURE(command);
  CliRun run = testing::RunPolgraph(dir.path(), command);
  CHECK(run.exit_code == 1);
  CHECK(run.err == message);
}

}  // namespace
}  // namespace polgraph
