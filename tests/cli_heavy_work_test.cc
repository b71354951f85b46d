// End-to-end, heavy queries and renders (issue 15, item 9): betweenness and
// drawing on a network of more than 20 000 entities warn before they start,
// and --timeout stops them with an error instead of letting them run for
// minutes.
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

// One connected network of `people` people: a chain through all of them and
// as many links across it.
std::string Network(int people) {
  std::string text;
  auto person = [](int k) { return "Envoy " + std::to_string(k); };
  for (int i = 0; i < 2 * people; ++i) {
    const int a = i % people, b = i < people ? (a + 1) % people : (a * 7919 + 13) % people;
    text += R"({"item":)" + std::to_string(i + 1) + R"(,"id":"e-)" + std::to_string(i) +
            R"(","date":"2026-06-01","subject":")" + person(a) +
            R"(","subject_type":"person","relation":"met","object":")" + person(b) +
            R"(","object_type":"person","role":"","sentence":"They met.","rule":"test.met",)" +
            R"("source":"e.jsonl"})" + "\n";
  }
  return text;
}

// Long enough for the store to load and the warning to be printed before the
// deadline: the sanitizer build loads several times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kTimeout = 20;
#else
constexpr int kTimeout = 3;
#endif

TEST_CASE("heavy queries and renders warn first and stop at --timeout", "[heavy]") {
  TempDir dir;
  std::ofstream(dir.File("e.jsonl")) << Network(24000);
  REQUIRE(testing::RunPolgraph(dir.path(), "ingest --triples e.jsonl --db e.db").exit_code == 0);

  for (const std::string& command :
       {std::string("query top --by betweenness"), std::string("render -o e.svg")}) {
    CAPTURE(command);
    const std::string timeout = std::to_string(kTimeout);
    CliRun run = testing::RunPolgraph(dir.path(), command + " --db e.db --timeout " + timeout);
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.err, Catch::Contains("polgraph: warning: ") &&
                            Catch::Contains(" on 24000 entities and ") &&
                            Catch::Contains("--timeout SECONDS"));
    CHECK_THAT(run.err, Catch::EndsWith(": stopped after " + timeout + " s (--timeout " +
                                        timeout + ")\n"));
    CHECK(run.out.empty());
  }
  CHECK_FALSE(std::filesystem::exists(dir.File("e.svg")));

  // Light work on the same network: no warning, no stop.
  CliRun degree = testing::RunPolgraph(dir.path(), "query top --db e.db --timeout 60");
  CHECK(degree.exit_code == 0);
  CHECK(degree.err.empty());
}

}  // namespace
}  // namespace polgraph
