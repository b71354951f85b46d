// Fuzzes the feed reader on JSON Lines (ItemParser, as FeedReader runs it on
// a .jsonl file): every input is read as JSON Lines (a '{' is put in front
// when it does not start with one), strict and lenient. Bad lines must give
// polgraph::Error, never a crash, a hang or a stack overflow (deep nesting).
#include <string>

#include "feed/feed_reader.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(polgraph::fuzz::Text(data, size));
  if (!text.starts_with('{')) text.insert(0, "{");
  polgraph::fuzz::ReadStrictAndLenient(text, 2048,
                                       [](std::istream& in, const polgraph::ReadOptions& options) {
                                         polgraph::ItemParser parser(in, "fuzz.jsonl", options);
                                         for (polgraph::Item item; parser.Next(&item);)
                                           polgraph::fuzz::CheckItem(item);
                                       });
  return 0;
}
