// End-to-end: a relation that is one rules file and no code. The file given
// with --rules declares `visited` (person -> country, orange, dotted) and a
// symmetric `phoned`; the built `polgraph` extracts them, stores them,
// answers queries about them and draws them in the declared colour.
#include <catch2/catch.hpp>
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

constexpr const char* kVisitRules = R"j({
  "relations": [
    {"name": "visited", "subject_types": ["person"], "object_types": ["country"],
     "color": "#ff7f0e", "style": "dotted", "cameo": "042"},
    {"name": "phoned", "symmetric": true, "color": "#17becf"}
  ],
  "rules": [
    {"id": "visited.entity", "relation": "visited",
     "pattern": "(?P<subject>{PERSON}) (?:visited|toured) (?P<object>{ENTITY})",
     "examples": ["President Ann Lee toured Chile."]},
    {"id": "phoned.with", "relation": "phoned",
     "pattern": "(?P<subject>{PERSON}) spoke by phone to (?P<object>{PERSON})"}
  ]
})j";

// Two items: a visit (and a "visit" of a person, which `visited` does not
// allow), and a call reported both ways.
constexpr const char* kNews =
    R"j({"id": "v1", "date": "2025-03-04", "title": "Lee in France", "text": "President Ann Lee visited France on Monday. President Ann Lee visited Minister Bob Ray on Tuesday."}
{"id": "v2", "date": "2025-03-06", "title": "A call", "text": "Chancellor Otto Brandt spoke by phone to President Ann Lee. President Ann Lee spoke by phone to Chancellor Otto Brandt."}
)j";

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: a relation declared in a --rules file is extracted, stored, queried and drawn",
          "[relations][cli]") {
  TempDir dir;
  dir.Write("visits.json", kVisitRules);
  dir.Write("news.jsonl", kNews);

  Run extract = Polgraph(dir, "extract news.jsonl --no-default-rules --rules visits.json");
  CAPTURE(extract.err);
  REQUIRE(extract.exit_code == 0);
  CHECK(testing::Lines(extract.out).size() == 2);
  CHECK(Has(extract.out, R"("subject":"Ann Lee","subject_type":"person","relation":"visited",)"
                         R"("object":"France","object_type":"country")"));
  CHECK_FALSE(Has(extract.out, "Bob Ray"));
  CHECK(Has(extract.out, R"("relation":"phoned")"));

  Run ingest = Polgraph(dir, "ingest news.jsonl --no-default-rules --rules visits.json --db t.db");
  CAPTURE(ingest.err);
  REQUIRE(ingest.exit_code == 0);

  Run neighbors = Polgraph(dir, "query neighbors Lee --db t.db --json");
  CAPTURE(neighbors.err);
  REQUIRE(neighbors.exit_code == 0);
  CHECK(Has(neighbors.out, "France"));
  CHECK(Has(neighbors.out, "visited"));

  // phoned is symmetric as declared: the call both ways is one pair.
  Run pairs = Polgraph(dir, "query met --relation phoned --rules visits.json --db t.db --json");
  CAPTURE(pairs.err);
  REQUIRE(pairs.exit_code == 0);
  CHECK(Has(pairs.out, R"("a":"Ann Lee","b":"Otto Brandt","count":1,)"));
  Run not_mutual = Polgraph(dir, "query met --relation visited --rules visits.json --db t.db");
  CHECK(not_mutual.exit_code == 1);
  CHECK(not_mutual.err ==
        "polgraph: query met counts meetings only; --relation visited does not apply\n");

  Run dot = Polgraph(dir, "export --format dot --rules visits.json --db t.db");
  CAPTURE(dot.err);
  REQUIRE(dot.exit_code == 0);
  CHECK(Has(dot.out,
            "color=\"#ff7f0e\",\n\t\tfontcolor=\"#ff7f0e\",\n\t\tlabel=visited,\n\t\t"
            "penwidth=1.0,\n\t\tstyle=dotted,"));
  CHECK(Has(dot.out, "color=\"#17becf\""));
  // Without the file the store's relations are undeclared: grey.
  Run plain = Polgraph(dir, "export --format dot --db t.db");
  REQUIRE(plain.exit_code == 0);
  CHECK_FALSE(Has(plain.out, "#ff7f0e"));
  CHECK(Has(plain.out, "color=\"#7f7f7f\",\n\t\tfontcolor=\"#7f7f7f\",\n\t\tlabel=visited,"));
}

}  // namespace polgraph
