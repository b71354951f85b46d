// End-to-end: runs the built `polgraph items` on the samples and on bad
// input, checking exit codes, the JSON Lines on stdout and the messages on
// stderr.
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <catch2/catch.hpp>

#include "feed/feed_reader.h"
#include "tests/cli_run.h"
#include "tests/temp_dir.h"

namespace polgraph {
namespace {

using testing::TempDir;

const std::string kSamples = POLGRAPH_SOURCE_DIR "/samples";
const std::string kNews = kSamples + "/news.txt";

using Run = testing::CliRun;
using testing::Lines;
using testing::ReadFile;

Run Polgraph(const TempDir& dir, const std::string& args, const std::string& shell_prefix = "",
             const std::string& input = "/dev/null") {
  return testing::RunPolgraph(dir.path(), args, input, shell_prefix);
}

std::vector<Item> ReadWithLibrary(const std::string& path) {
  FeedReader reader({path}, ReadOptions{});
  std::vector<Item> items;
  for (Item item; reader.Next(&item);) items.push_back(item);
  return items;
}

// The names of the files in `dir` (hidden ones included).
std::vector<std::string> Listing(const TempDir& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST_CASE("polgraph items prints each sample item as a JSON line", "[items]") {
  TempDir dir;
  const Run run = Polgraph(dir, "items '" + kNews + "'");
  REQUIRE(run.exit_code == 0);
  CHECK(run.err == "");
  const std::vector<Item> items = ReadWithLibrary(kNews);
  const std::vector<std::string> lines = Lines(run.out);
  REQUIRE(items.size() >= 14);
  REQUIRE(lines.size() == items.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    CAPTURE(lines[i]);
    rapidjson::Document json;
    json.Parse(lines[i].c_str());
    REQUIRE_FALSE(json.HasParseError());
    CHECK(json["file"].GetString() == kNews);
    CHECK(json["position"].GetInt64() == static_cast<int64_t>(i + 1));
    CHECK(json["line"].GetInt64() == items[i].line);
    CHECK(json["id"].GetString() == items[i].id);
    CHECK(json["date"].GetString() == items[i].date.ToIso());
    CHECK(json["time"].GetString() == items[i].time);
    CHECK(json["views"].GetInt64() == *items[i].views);
    CHECK(json["title"].GetString() == items[i].title);
    CHECK(json["chars"].GetUint64() == items[i].TextLength());
  }
  CHECK(lines[0].starts_with(R"({"file":")" + kNews +
                             R"(","position":1,"line":1,"id":"2026-02-12-1810-)"));
}

TEST_CASE("polgraph items reads JSON Lines, directories and stdin", "[items]") {
  TempDir dir;
  const Run jsonl = Polgraph(dir, "items '" + kSamples + "/news.jsonl'");
  REQUIRE(jsonl.exit_code == 0);
  const std::vector<std::string> lines = Lines(jsonl.out);
  REQUIRE(lines.size() == 4);
  rapidjson::Document json;
  json.Parse(lines[3].c_str());
  CHECK(json["date"].IsNull());  // an undated JSON item
  CHECK(json["time"].IsNull());
  CHECK(json["views"].IsNull());

  const Run all = Polgraph(dir, "items '" + kSamples + "'");
  REQUIRE(all.exit_code == 0);
  CHECK(Lines(all.out).size() == 4 + ReadWithLibrary(kNews).size());
  CHECK(all.out.starts_with(jsonl.out));  // news.jsonl comes before news.txt

  const Run piped = Polgraph(dir, "items -", "", kNews);
  REQUIRE(piped.exit_code == 0);
  const std::vector<std::string> piped_lines = Lines(piped.out);
  CHECK(piped_lines.size() == ReadWithLibrary(kNews).size());
  CHECK(piped_lines[0].starts_with(R"({"file":"-","position":1,)"));

  const Run empty = Polgraph(dir, "items -");
  CHECK(empty.exit_code == 1);
  CHECK(empty.err == "polgraph: <stdin>: empty file: no items\n");
}

TEST_CASE("polgraph items --summary counts items per file", "[items]") {
  TempDir dir;
  const Run run = Polgraph(dir, "items '" + kSamples + "' --summary");
  REQUIRE(run.exit_code == 0);
  const size_t news_items = ReadWithLibrary(kNews).size();
  const std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == kSamples + "/news.jsonl: 4 item(s), 10 paragraph(s), 2026-01-22 to 2026-02-13");
  CHECK(lines[1].starts_with(kSamples + "/news.txt: " + std::to_string(news_items) + " item(s)"));
  CHECK(lines[2] == std::to_string(4 + news_items) + " item(s) from 2 file(s)");
}

TEST_CASE("polgraph items fails on bad input with file, line and problem", "[items]") {
  const std::string good = "01.03.2026, 10:00 5\nA title\nA body line.\n";
  auto [name, contents, problem] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"date.txt", good + "32.13.2026, 10:00 5\nTitle\n",
       ":4: impossible date '32.13.2026' in item header"},
      {"eof.txt", good + "02.03.2026, 11:00 7\n",
       ":4: item header is not followed by a title (end of file)"},
      {"twice.txt", "02.03.2026, 11:00 7\n" + good,
       ":1: item header is not followed by a title (line 2 is another header)"},
      {"binary.txt", good + std::string("\x01\x02\x03", 3) + "\n",
       ":4: binary data: control character 0x01 at column 1"},
      {"latin1.txt", good + "Caf\xE9\n", ":4: invalid UTF-8 at column 4"},
      {"cut.jsonl", R"({"title": "Japarov visits Astana", "te)",
       ":1: malformed JSON at column 39: Missing a closing quotation mark in string."},
      {"notext.jsonl", R"({"title": "Japarov visits Astana"})", ":1: JSON item has no \"text\""},
      {"prose.txt", "Just some prose.\n" + good,
       ":1: text before the first item header (expected 'DD.MM.YYYY, HH:MM N')"},
      {"empty.txt", "", ": empty file: no items"},
      {"long.txt", good + std::string(2 << 20, 'x') + "\n",
       ":4: line is longer than 1048576 bytes"},
  }));
  CAPTURE(name);
  TempDir dir;
  const std::string path = dir.Write(name, contents);
  const Run run = Polgraph(dir, "items '" + path + "'");
  CHECK(run.exit_code == 1);
  CHECK(run.err == "polgraph: " + path + problem + "\n");
}

TEST_CASE("polgraph items fails on a missing path or a folder without feeds", "[items]") {
  TempDir dir;
  dir.Write("notes.md", "no feeds");
  const Run missing = Polgraph(dir, "items '" + dir.File("nope.txt") + "'");
  CHECK(missing.exit_code == 1);
  CHECK(missing.err == "polgraph: " + dir.File("nope.txt") + ": no such file or directory\n");
  const Run folder = Polgraph(dir, "items '" + dir.path().string() + "'");
  CHECK(folder.exit_code == 1);
  CHECK(folder.err ==
        "polgraph: " + dir.path().string() + ": directory has no .txt or .jsonl files\n");
}

TEST_CASE("polgraph items --lenient keeps good items and reports the count", "[items]") {
  TempDir dir;
  const std::string feed = dir.Write("feed.txt",
                                     "01.03.2026, 10:00 5\nFirst\nBody.\n"
                                     "32.13.2026, 10:00 5\nBad date\nBody.\n"
                                     "02.03.2026, 11:00 7\nLast\nBody.\n");
  const std::string missing = dir.File("gone.txt");
  const Run run = Polgraph(dir, "items --lenient '" + feed + "' '" + missing + "'");
  CHECK(run.exit_code == 0);
  const std::vector<std::string> lines = Lines(run.out);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find(R"("position":1,)") != std::string::npos);
  CHECK(lines[1].find(R"("position":3,)") != std::string::npos);
  CHECK(run.err == "polgraph: warning: " + missing + ": no such file or directory\n" +
                       "polgraph: warning: " + feed +
                       ":4: impossible date '32.13.2026' in item header\n" +
                       "polgraph: skipped 2 bad item(s)\n");
}

TEST_CASE("polgraph items -o writes the file whole or not at all", "[items]") {
  TempDir dir;
  const std::string out = dir.File("items.jsonl");
  const Run written = Polgraph(dir, "items '" + kNews + "' -o '" + out + "'");
  REQUIRE(written.exit_code == 0);
  CHECK(written.out == "");
  CHECK(ReadFile(out) == Polgraph(dir, "items '" + kNews + "'").out);

  SECTION("a bad input leaves the old file untouched and no temporary file") {
    const std::string bad = dir.Write("bad.txt", "32.13.2026, 10:00 5\nTitle\n");
    const std::string before = ReadFile(out);
    const Run failed = Polgraph(dir, "items '" + kNews + "' '" + bad + "' -o '" + out + "'");
    CHECK(failed.exit_code == 1);
    CHECK(ReadFile(out) == before);
    CHECK(Listing(dir) == std::vector<std::string>{"bad.txt", "items.jsonl"});
  }
  SECTION("a missing folder is named") {
    const std::string nowhere = dir.File("no-such-folder/items.jsonl");
    const Run failed = Polgraph(dir, "items '" + kNews + "' -o '" + nowhere + "'");
    CHECK(failed.exit_code == 1);
    CHECK(failed.err ==
          "polgraph: " + nowhere + ": cannot create file: No such file or directory\n");
  }
  SECTION("a write failure (file size limit, as on a full disk) is named") {
    const std::string small = dir.File("small.jsonl");
    // SIGXFSZ ignored: the write fails with EFBIG instead of killing polgraph.
    const Run failed =
        Polgraph(dir, "items '" + kNews + "' -o '" + small + "'", "trap '' XFSZ; ulimit -f 1; ");
    CHECK(failed.exit_code == 1);
    CHECK(failed.err == "polgraph: " + small + ": write failed: File too large\n");
    CHECK(Listing(dir) == std::vector<std::string>{"items.jsonl"});
  }
}

TEST_CASE("polgraph --help and items --help explain themselves", "[items]") {
  TempDir dir;
  const Run top = Polgraph(dir, "--help");
  CHECK(top.exit_code == 0);
  CHECK(top.out.find("items") != std::string::npos);
  CHECK(top.out.find("Read news items") != std::string::npos);

  const Run items = Polgraph(dir, "items --help");
  CHECK(items.exit_code == 0);
  for (const char* part : {"FILE", "--lenient", "--output", "--summary", "DD.MM.YYYY, HH:MM N",
                           "JSON Lines", "Examples:"}) {
    CAPTURE(part);
    CHECK(items.out.find(part) != std::string::npos);
  }
  const Run bare = Polgraph(dir, "items");
  CHECK(bare.exit_code != 0);
  CHECK(bare.err.find("FILE is required") != std::string::npos);
}

}  // namespace
}  // namespace polgraph
