// Fuzzes the reader of triples as JSON Lines (`polgraph ingest --triples`),
// strict and lenient: bad lines must give polgraph::Error, never a crash, a
// hang or a stack overflow; every triple read has a subject and an item id.
#include <sstream>
#include <string>

#include "extract/error.h"
#include "graph/triple_json_reader.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using polgraph::fuzz::Check;

void Read(std::string_view text, bool lenient) {
  std::istringstream in{std::string(text)};
  polgraph::ReadOptions options;
  options.lenient = lenient;
  options.max_line_bytes = 2048;
  polgraph::TripleJsonReader reader(in, "fuzz.jsonl", options);
  try {
    for (polgraph::Triple triple; reader.Next(&triple);) {
      Check(!triple.subject.name.empty(), "a triple has a subject");
      Check(!triple.evidence.item_id.empty(), "a triple has an item id");
      Check(triple.evidence.item >= 0, "an item position is not negative");
    }
  } catch (const polgraph::Error&) {
    Check(!lenient, "lenient reading skips bad lines, it does not stop");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = polgraph::fuzz::Text(data, size);
  Read(text, false);
  Read(text, true);
  return 0;
}
