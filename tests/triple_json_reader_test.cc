// The reader of triples as JSON Lines (ingest --triples) on hostile lines:
// deep nesting, control characters and invalid UTF-8 give an error naming the
// file, line and field, never a crash, and lenient mode reads on.
#include "graph/triple_json_reader.h"

#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "base/error.h"

namespace polgraph {
namespace {

const std::string kGood =
    R"({"item":1,"id":"kz-1","date":"2026-03-04","subject":"Aida Balayeva","subject_type":"person",)"
    R"("relation":"met","object":"Erlan Karin","object_type":"person","role":"",)"
    R"("sentence":"Balayeva met Karin.","rule":"met.met_with","source":"news.txt"})";

// The triples read from `text`, or the message of the error thrown.
std::string Read(const std::string& text, std::vector<Triple>* triples = nullptr) {
  std::istringstream in(text);
  TripleJsonReader reader(in, "t.jsonl", ReadOptions{});
  try {
    for (Triple triple; reader.Next(&triple);)
      if (triples) triples->push_back(triple);
  } catch (const Error& e) {
    return e.what();
  }
  return "(no error)";
}

TEST_CASE("TripleJsonReader reads a triple back", "[triples]") {
  std::vector<Triple> triples;
  REQUIRE(Read(kGood + "\n", &triples) == "(no error)");
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].subject.name == "Aida Balayeva");
  CHECK(triples[0].object.name == "Erlan Karin");
  CHECK(triples[0].evidence.item_id == "kz-1");
}

// Issue 7, hostile input: a line of deeply nested arrays ran RapidJSON's
// recursive parser out of stack (a segfault); names with control characters
// or invalid UTF-8 went into the store and on to every export.
TEST_CASE("TripleJsonReader names the problem of a hostile line", "[triples]") {
  const std::string deep(300000, '[');
  auto [what, line, message] = GENERATE_COPY(table<std::string, std::string, std::string>({
      {"deep nesting", R"({"item":)" + deep + std::string(300000, ']') + R"(,"id":"x"})",
       "t.jsonl:2: missing \"subject\""},
      {"deep nesting, cut", R"({"item":)" + deep,
       "t.jsonl:2: not JSON: Invalid value. (at byte 300009)"},
      {"NUL in a name", R"({"item":2,"id":"x","subject":"A\u0000B","relation":"met"})",
       "t.jsonl:2: in \"subject\": binary data: control character 0x00 at column 2"},
      {"newline in a name", R"({"item":2,"id":"x","subject":"A","relation":"met","object":"B\nC"})",
       "t.jsonl:2: in \"object\": binary data: control character 0x0A at column 2"},
      {"escape in a sentence",
       R"({"item":2,"id":"x","subject":"A","relation":"met","sentence":"\u001b[31m"})",
       "t.jsonl:2: in \"sentence\": binary data: control character 0x1B at column 1"},
      {"invalid UTF-8", "{\"item\":2,\"id\":\"x\",\"subject\":\"Caf\xE9\",\"relation\":\"met\"}",
       "t.jsonl:2: not JSON: Invalid encoding in string. (at byte 34)"},
  }));
  CAPTURE(what);
  CHECK(Read(kGood + "\n" + line + "\n") == message);
}

TEST_CASE("TripleJsonReader in lenient mode skips hostile lines and reads on", "[triples]") {
  const std::string text = kGood + "\n" + R"({"item":)" + std::string(300000, '[') + "\n" +
                           R"({"item":2,"id":"x","subject":"A\u0000B","relation":"met"})" + "\n" +
                           kGood + "\n";
  std::istringstream in(text);
  ReadOptions options;
  options.lenient = true;
  std::vector<std::string> warnings;
  options.on_skip = [&](const Error& e) { warnings.push_back(e.what()); };
  TripleJsonReader reader(in, "t.jsonl", options);
  size_t read = 0;
  for (Triple triple; reader.Next(&triple);) ++read;
  CHECK(read == 2);
  CHECK(reader.skipped() == 2);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[1] ==
        "t.jsonl:3: in \"subject\": binary data: control character 0x00 at column 2");
}

}  // namespace
}  // namespace polgraph
