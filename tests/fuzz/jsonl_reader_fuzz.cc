// Fuzzes the feed reader on JSON Lines (ItemParser, as FeedReader runs it on
// a .jsonl file): every input is read as JSON Lines (a '{' is put in front
// when it does not start with one), strict and lenient. Bad lines must give
// polgraph::Error, never a crash, a hang or a stack overflow (deep nesting).
#include <sstream>
#include <string>

#include "extract/error.h"
#include "extract/feed_reader.h"
#include "extract/line_reader.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using polgraph::fuzz::Check;

void Read(const std::string& text, bool lenient) {
  std::istringstream in(text);
  polgraph::ReadOptions options;
  options.lenient = lenient;
  options.max_line_bytes = 2048;
  polgraph::ItemParser parser(in, "fuzz.jsonl", options);
  try {
    for (polgraph::Item item; parser.Next(&item);) {
      Check(!item.title.empty(), "an item has a title");
      Check(polgraph::TextProblem(item.title).empty(), "a title is valid text");
      for (const std::string& paragraph : item.paragraphs)
        Check(polgraph::TextProblem(paragraph).empty(), "a paragraph is valid text");
      Check(!item.id.empty(), "an item has an id");
    }
  } catch (const polgraph::Error&) {
    Check(!lenient, "lenient reading skips bad lines, it does not stop");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(polgraph::fuzz::Text(data, size));
  if (!text.starts_with('{')) text.insert(0, "{");
  Read(text, false);
  Read(text, true);
  return 0;
}
