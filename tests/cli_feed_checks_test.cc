// End-to-end: what `extract` and `ingest` say about feeds that are not what
// they seem. A line shaped like a broken item header is an error naming
// file:line (a counted warning with --lenient) instead of gluing two items
// together under the first one's date; real feeds read as before.
#include <catch2/catch.hpp>
#include <filesystem>
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

// A feed of three items whose second header (line 4) is written in `broken`'s shape.
std::string FeedWithBrokenHeader(const std::string& broken) {
  return "02.02.2026, 10:15 812\n"
         "Lee meets Brandt\n"
         "President Ann Lee met Prime Minister Otto Brandt in the capital.\n" +
         broken +
         "\n"
         "Quist appointed\n"
         "President Ann Lee appointed Mara Quist as Minister of Finance.\n"
         "01.02.2026, 09:00 40\n"
         "Berg meets Brink\n"
         "Minister Anna Berg met Minister Anna Brink in Oslo.\n";
}

}  // namespace

TEST_CASE("cli: a broken item header is an error at file:line, a warning with --lenient",
          "[cli][feed][honest]") {
  const std::string broken = GENERATE(as<std::string>{}, "29.01.2026 18:52 100",
                                      "29/01/2026, 18:52", "2026-01-29, 18:52", "13.02.2026, 18:");
  CAPTURE(broken);
  TempDir dir;
  dir.Write("feed.txt", FeedWithBrokenHeader(broken));

  Run strict = Polgraph(dir, "extract feed.txt -o out.jsonl");
  CHECK(strict.exit_code == 1);
  CHECK(strict.err == "polgraph: feed.txt:4: broken item header '" + broken +
                          "' (expected 'DD.MM.YYYY, HH:MM N')\n");
  CHECK_FALSE(std::filesystem::exists(dir.File("out.jsonl")));

  // Lenient: the items around it are read whole and keep their own dates;
  // the broken one is left out and counted.
  Run lenient = Polgraph(dir, "extract feed.txt --lenient");
  CHECK(lenient.exit_code == 0);
  CHECK(Has(lenient.err, "polgraph: warning: feed.txt:4: broken item header"));
  CHECK(Has(lenient.err, "polgraph: skipped 1 bad item(s)\n"));
  CHECK(Has(lenient.out, R"("date":"2026-02-02","subject":"Ann Lee","subject_type":"person",)"
                         R"("relation":"met","object":"Otto Brandt")"));
  CHECK_FALSE(Has(lenient.out, "Mara Quist"));
  CHECK(Has(lenient.out, R"("item":3,"id":)"));
  CHECK(Has(lenient.out, R"("date":"2026-02-01","subject":"Anna Berg")"));
}

TEST_CASE("cli: real feeds hold no broken item header", "[cli][feed][honest]") {
  const std::string corpus = POLGRAPH_SOURCE_DIR "/../shared/corpus";
  if (!std::filesystem::is_directory(corpus)) {
    WARN("skipped: " << corpus << " is absent");
    return;
  }
  TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    CAPTURE(entry.path());
    Run run = Polgraph(dir, "extract '" + entry.path().string() + "' -o out.jsonl");
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
  }
}

}  // namespace polgraph

namespace polgraph {
namespace {

// Two items of invented news in JSON Lines, with ids.
constexpr const char* kTwoItems =
    R"j({"id": "m1", "date": "2025-02-03", "title": "Talks", "text": "President Ann Lee met Prime Minister Otto Brandt in the capital."}
{"id": "m2", "date": "2025-02-10", "title": "A minister", "text": "President Ann Lee appointed Mara Quist as Minister of Finance."}
)j";

// A feed in Russian, which the built-in (English) rules cannot read.
constexpr const char* kCyrillicFeed =
    "02.02.2026, 10:15 812\n"
    "Президент Анна Ли встретилась с премьер-министром\n"
    "Президент Анна Ли встретилась с премьер-министром Отто Брандтом в столице.\n";

}  // namespace

TEST_CASE("cli: a feed that yields nothing says so", "[cli][feed][honest]") {
  TempDir dir;
  dir.Write("ru.txt", kCyrillicFeed);
  Run extract = Polgraph(dir, "extract ru.txt");
  CHECK(extract.exit_code == 0);
  CHECK(extract.out.empty());
  CHECK(Has(extract.err,
            "polgraph: notice: no triple found in 1 item; their titles are mostly not in Latin "
            "letters: are the rules for this language?"));
  Run ingest = Polgraph(dir, "ingest ru.txt --db t.db");
  CHECK(ingest.exit_code == 0);
  CHECK(Has(ingest.err, "polgraph: notice: no triple found in 1 item"));
  // An English feed that gives triples gets no notice.
  dir.Write("en.jsonl", kTwoItems);
  Run english = Polgraph(dir, "extract en.jsonl");
  CHECK(english.err.empty());
}

TEST_CASE("cli: an input with no item leaves no database behind", "[cli][feed][honest]") {
  TempDir dir;
  dir.Write("empty.txt", "\n\n");
  Run strict = Polgraph(dir, "ingest empty.txt --db t.db");
  CHECK(strict.exit_code == 1);
  CHECK_FALSE(std::filesystem::exists(dir.File("t.db")));
  Run lenient = Polgraph(dir, "ingest empty.txt --lenient --db t.db");
  CHECK(lenient.exit_code == 0);
  CHECK(Has(lenient.out, "t.db: not created: no item to store\n"));
  CHECK_FALSE(std::filesystem::exists(dir.File("t.db")));
  // A database that was there stays, even when nothing is added to it.
  dir.Write("news.jsonl", kTwoItems);
  REQUIRE(Polgraph(dir, "ingest news.jsonl --db t.db").exit_code == 0);
  Run again = Polgraph(dir, "ingest empty.txt --lenient --db t.db");
  CHECK(again.exit_code == 0);
  CHECK(std::filesystem::exists(dir.File("t.db")));
}

TEST_CASE("cli: items repeated in the input are duplicates, not already stored",
          "[cli][feed][honest]") {
  TempDir dir;
  dir.Write("news.jsonl", kTwoItems);
  dir.Write("twice.jsonl", std::string(kTwoItems) + kTwoItems);
  Run first = Polgraph(dir, "ingest twice.jsonl --db t.db");
  CHECK(first.exit_code == 0);
  CHECK(first.out ==
        "t.db: added 2 items, 2 triples, 3 entities (0 of 4 items read were already stored; 2 "
        "repeated an item read before in the input)\n");
  Run second = Polgraph(dir, "ingest news.jsonl --db t.db");
  CHECK(second.out ==
        "t.db: added 0 items, 0 triples, 0 entities (2 of 2 items read were already stored)\n");
}

TEST_CASE("cli: progress and a summary on a terminal, never in a pipe", "[cli][feed][honest]") {
  TempDir dir;
  dir.Write("news.jsonl", kTwoItems);
  // In a pipe (as every test runs): no bar, no summary, no escape codes.
  Run piped = Polgraph(dir, "extract news.jsonl -o out.jsonl");
  CHECK(piped.exit_code == 0);
  CHECK(piped.err.empty());
  // On a terminal (util-linux `script` gives the command one).
  if (std::system("command -v script >/dev/null 2>&1") != 0) {
    WARN("skipped: no `script` to run polgraph on a terminal");
    return;
  }
  Run terminal = testing::RunShell(dir.path(), "script -qec \"'" POLGRAPH_BINARY
                                               "' extract news.jsonl -o out2.jsonl\" /dev/null");
  CHECK(terminal.exit_code == 0);
  CHECK(Has(terminal.out, "polgraph: wrote 2 triples from 2 items to out2.jsonl in 0:00"));
  Run ingest = testing::RunShell(
      dir.path(), "script -qec \"'" POLGRAPH_BINARY "' ingest news.jsonl --db t.db\" /dev/null");
  CHECK(Has(ingest.out, "polgraph: read 2 items in 0:00"));
}

}  // namespace polgraph
