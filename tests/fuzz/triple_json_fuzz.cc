// Fuzzes the reader of triples as JSON Lines (`polgraph ingest --triples`),
// strict and lenient: bad lines must give polgraph::Error, never a crash, a
// hang or a stack overflow; every triple read has a subject and an item id.
#include <string>

#include "graph/triple_json_reader.h"
#include "tests/fuzz/fuzz_input.h"

using polgraph::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  polgraph::fuzz::ReadStrictAndLenient(
      std::string(polgraph::fuzz::Text(data, size)), 2048,
      [](std::istream& in, const polgraph::ReadOptions& options) {
        polgraph::TripleJsonReader reader(in, "fuzz.jsonl", options);
        for (polgraph::Triple triple; reader.Next(&triple);) {
          Check(!triple.subject.name.empty(), "a triple has a subject");
          Check(!triple.evidence.item_id.empty(), "a triple has an item id");
          Check(triple.evidence.item >= 0, "an item position is not negative");
        }
      });
  return 0;
}
